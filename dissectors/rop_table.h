/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rop_table.h: the dispatch table, the one place that says which ROPs exist
 * and where each is decoded (rop_table.c).
 */
#ifndef ROP_TABLE_H
#define ROP_TABLE_H

#include "oxcrops.h"

/* Decodes the ROP-specific part after the common header. */
typedef void (*rop_body_fn)(rop_ctx_t *c);

/* Common request header after RopId. */
typedef enum {
    RQ_NONE = 0,    /* response-only ROP: never in a request */
    RQ_IN,          /* LogonId, InputHandleIndex */
    RQ_IN_OUT,      /* LogonId, InputHandleIndex, OutputHandleIndex */
    RQ_OUT,         /* LogonId, OutputHandleIndex (RopLogon) */
    RQ_CUSTOM       /* the body decodes everything after RopId */
} rop_req_hdr_t;

/* Common response header after RopId. */
typedef enum {
    RS_NONE = 0,    /* request-only ROP: the server sends no response */
    RS_IN,          /* InputHandleIndex, ReturnValue */
    RS_OUT,         /* OutputHandleIndex, ReturnValue */
    RS_CUSTOM       /* the body decodes everything after RopId */
} rop_rsp_hdr_t;

/* flags */
#define ROP_FAILURE_BODY 0x01   /* the response has fields after ReturnValue on failure too */

typedef struct rop_desc {
    const char   *name;         /* exactly as MS-OXCROPS 2.2.2 */
    rop_req_hdr_t req_hdr;
    rop_body_fn   request;      /* NULL: not decoded (or RQ_NONE) */
    rop_rsp_hdr_t rsp_hdr;
    rop_body_fn   response;     /* NULL: success form not decoded (or RS_NONE) */
    guint8        flags;
} rop_desc_t;

/* The descriptor of a RopId, or NULL for a reserved / unknown RopId. */
const rop_desc_t *rop_desc(guint8 rop_id);

/* RopId names, for oxcrops.rop_id. */
extern value_string_ext oxcrops_rop_id_vals_ext;

/* A body with nothing after the common header. */
void rop_empty_body(rop_ctx_t *c);

#endif

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* state.h: what oxcrops remembers across frames (design.md section 4).
 *
 * Built on the first pass only, in wmem_file_scope() maps: sessions (an EMSMDB
 * context handle, or a MAPI/HTTP session cookie, else the TCP conversation),
 * the server objects each session's handles stand for, and the columns of each
 * table. Every lookup a frame makes is cached for that frame on the first pass,
 * so later passes (tshark -2, the GUI) show what was true at that frame.
 */
#ifndef OXCROPS_STATE_H
#define OXCROPS_STATE_H

#include "oxcrops.h"

typedef enum {
    OBJ_UNKNOWN = 0,
    OBJ_LOGON,
    OBJ_FOLDER,
    OBJ_MESSAGE,
    OBJ_ATTACHMENT,
    OBJ_TABLE,
    OBJ_STREAM,
    OBJ_NOTIFICATION,
    OBJ_FAST_TRANSFER,
    OBJ_SYNCHRONIZATION,
    OBJ_COLLECTOR
} oxc_object_kind_t;

/* A server object, from the response that returned its handle to its release. */
typedef struct oxc_object {
    guint32  frame;             /* frame of the response that returned the handle */
    guint32  handle;
    guint8   rop_id;            /* the ROP that created it */
    guint8   kind;              /* oxc_object_kind_t */
    guint32  released_frame;    /* RopRelease request, 0 while alive */
    /* tables: the columns of the last successful RopSetColumns */
    const guint32 *columns;
    guint16  column_count;
    guint32  columns_frame;
    /* what the creating request asked for (e.g. a subscription's notification_request_t) */
    const void *detail;
} oxc_object_t;

/* RopRegisterNotification's request, kept with the subscription it creates. */
typedef struct notification_request {
    guint16  notification_types;
    gboolean want_whole_store;
    guint64  folder_id;
    guint64  message_id;
    guint32  frame;
} notification_request_t;

/* Private mailbox or public folders (MS-OXCSTOR 2.2.1.1.1, LogonFlags Private):
 * several layouts depend on it (design.md 7). */
typedef enum { LOGON_TYPE_UNKNOWN = 0, LOGON_TYPE_PRIVATE, LOGON_TYPE_PUBLIC } logon_type_t;

typedef struct oxc_session {
    guint32     number;         /* running number in the capture, from 1 */
    guint32     frame;          /* frame that created it (EcDoConnectEx / Connect response), 0 if not seen */
    const char *user_dn;
    gint32      session_index;  /* picxr, -1 when none (MAPI/HTTP, or connect not seen) */
    guint32     icxr_link;      /* ulIcxrLink, 0xFFFFFFFF for none */
    guint32     conv_index;     /* TCP conversation it was created on */
    address     client;         /* client address */
    gboolean    mapihttp;
    wmem_map_t *objects;        /* live handle value -> oxc_object_t */
    guint8      logon_types[256];   /* by LogonId: logon_type_t of its last successful RopLogon */
    wmem_map_t *named;          /* property ID -> name it was mapped from */
} oxc_session_t;

/* What a frame saw when it looked a handle up (cached per frame). */
typedef struct oxc_lookup {
    const oxc_object_t *obj;    /* NULL: no object known for the handle */
    const guint32      *columns;
    guint16             column_count;
    guint32             columns_frame;
} oxc_lookup_t;

void state_register(void);

/* ---- sessions (carriers) ---- */
/* The session of an EMSMDB context handle (created on first sight). */
oxc_session_t *state_emsmdb_session(packet_info *pinfo, const e_guid_t *cxh);
/* EcDoConnectEx: the request's user DN and link, then the response's handle and index. */
void state_emsmdb_connect_request(packet_info *pinfo, guint32 request_frame, const char *user_dn, guint32 icxr_link);
void state_emsmdb_connect_response(packet_info *pinfo, guint32 request_frame, const e_guid_t *cxh,
                                   guint16 session_index);
/* The session of a MAPI/HTTP session cookie value (created on first sight). */
oxc_session_t *state_mapihttp_session(packet_info *pinfo, const char *context_cookie, const char *user_dn,
                                      gboolean is_connect);
/* Tells the ROP layer which session this frame's ROP buffers belong to. */
void state_set_frame_session(packet_info *pinfo, oxc_session_t *session);
/* The frame's session: the one a carrier set, else the TCP conversation's. */
oxc_session_t *state_frame_session(packet_info *pinfo, gboolean from_client);

/* ---- objects (the ROP layer) ---- */
const oxc_lookup_t *state_lookup_handle(rop_ctx_t *c, guint32 handle);
void state_after_request(rop_ctx_t *c);
void state_after_response(rop_ctx_t *c, guint8 slot);
/* The type of the logon a LogonId stands for, as of this frame. */
logon_type_t state_logon_type(rop_ctx_t *c, guint8 logon_id);
/* The columns a table ROP (RopQueryRows, RopFindRow, RopExpandRow) is typed
 * by: set earlier in the same call, else the table's last RopSetColumns. */
gboolean state_table_columns(rop_ctx_t *c, guint8 handle_index, const guint32 **tags, guint *count);

/* ---- named properties (MS-OXCPRPT 3.1.5.1): IDs from 0x8000 mapped per session ---- */
/* What RopGetPropertyIdsFromNames / RopGetNamesFromPropertyIds asked for. */
typedef struct named_list {
    guint32      count;
    guint16     *ids;
    const char **names;
} named_list_t;
void state_map_named_property(rop_ctx_t *c, guint16 id, const char *name);
/* The name a property ID was mapped from, as of this frame, or NULL. */
const char *state_named_property(rop_ctx_t *c, guint16 id);

/* ---- RopPending (MS-OXCNOTIF 3.2.5.5.3) ---- */
typedef enum { PENDING_UNRESOLVED = 0, PENDING_LINKED, PENDING_SAME_CONNECTION, PENDING_SAME_CLIENT,
               PENDING_MAPIHTTP } pending_rule_t;
const oxc_session_t *state_resolve_session_index(rop_ctx_t *c, guint16 session_index, pending_rule_t *rule);

const char *state_object_kind_name(guint8 kind);
/* Generated items for an object: kind, creating ROP and frame (ropfields.c). */
void rop_show_object(rop_ctx_t *c, proto_tree *t, proto_item *ti, const oxc_lookup_t *l);
extern const value_string oxc_object_kind_vals[];

#endif

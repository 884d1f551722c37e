/* SPDX-License-Identifier: GPL-2.0-or-later */
/* mapihttp.c: MAPI over HTTP (MS-OXCMAPIHTTP), the bodies HTTP hands to the
 * "application/mapi-http" media type.
 *
 * A request's type is its X-RequestType header (2.2.3.3.1); a response carries
 * it too, and where it does not, the type of the paired request is used (HTTP
 * pairs requests and responses on a connection). A response body starts with
 * meta-tags (PROCESSING, PENDING..., DONE; 2.2.7), then additional headers up
 * to an empty line, then the binary body.
 *
 * Bodies (2.2.4 mailbox endpoint, 2.2.5 address book endpoint, 2.2.6 PING): a
 * request body is type-specific fields then AuxiliaryBufferSize and
 * AuxiliaryBuffer; a response body is StatusCode, then on success (StatusCode 0)
 * ErrorCode and type-specific fields, then the auxiliary buffer; on failure the
 * auxiliary buffer follows StatusCode directly. Of the address book types, Bind
 * and Unbind are decoded; the others are named and their bodies shown as bytes.
 *
 * The common headers (2.2.3.3) are read from the header map HTTP passes in
 * media_content_info_t->data (lower-cased names; kept from the first pass by
 * httpheaders.c) and shown as generated fields.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/proto_data.h>
#include <epan/unit_strings.h>
#include <wsutil/str_util.h>

#include "wscompat.h"
#include "httpheaders.h"
#include "oxcrops.h"
#include "mapihttp.h"
#include "auxbuf.h"
#include "errcodes.h"
#include "state.h"
#include "stats.h"

static int proto_mapihttp = -1;
static int proto_http = -1;
static int hf_request_type = -1;
static int hf_request_frame = -1;
static int hf_request_id = -1;
static int hf_client_info = -1;
static int hf_client_application = -1;
static int hf_server_application = -1;
static int hf_response_code = -1;
static int hf_pending_period = -1;
static int hf_expiration_info = -1;
static int hf_device_info = -1;
static int hf_meta_tag = -1;
static int hf_additional_header = -1;
static int hf_elapsed_time = -1;
static int hf_start_time = -1;
static int hf_failure_lid = -1;
static int hf_failure_description = -1;
static int hf_diagnostic = -1;
static int hf_status_code = -1;
static int hf_error_code = -1;
static int hf_execute_flags = -1;
static int hf_execute_flags_no_compression = -1;
static int hf_execute_flags_no_xor_magic = -1;
static int hf_execute_flags_chain = -1;
static int hf_execute_rop_buffer_size = -1;
static int hf_execute_rop_buffer = -1;
static int hf_execute_max_rop_out = -1;
static int hf_connect_user_dn = -1;
static int hf_connect_flags = -1;
static int hf_connect_flags_admin = -1;
static int hf_connect_flags_ignore_no_pf = -1;
static int hf_connect_default_code_page = -1;
static int hf_connect_lcid_sort = -1;
static int hf_connect_lcid_string = -1;
static int hf_connect_polls_max = -1;
static int hf_connect_retry_count = -1;
static int hf_connect_retry_delay = -1;
static int hf_connect_dn_prefix = -1;
static int hf_connect_display_name = -1;
static int hf_notification_wait_flags = -1;
static int hf_notification_wait_event_pending = -1;
static int hf_bind_flags = -1;
static int hf_bind_flags_anonymous_login = -1;
static int hf_bind_has_state = -1;
static int hf_bind_server_guid = -1;
static int hf_unbind_reserved = -1;
static int hf_stat = -1;
static int hf_stat_sort_type = -1;
static int hf_stat_container_id = -1;
static int hf_stat_current_rec = -1;
static int hf_stat_delta = -1;
static int hf_stat_num_pos = -1;
static int hf_stat_total_recs = -1;
static int hf_stat_code_page = -1;
static int hf_stat_template_locale = -1;
static int hf_stat_sort_locale = -1;
static int hf_aux_buffer_size = -1;
static int hf_aux_buffer = -1;
static int hf_body = -1;

static gint ett_mapihttp = -1;
static gint ett_flags = -1;
static gint ett_buffer = -1;
static gint ett_meta = -1;
static gint ett_stat = -1;

static expert_field ei_not_decoded = EI_INIT;
static expert_field ei_no_request_type = EI_INIT;
static expert_field ei_unknown_request_type = EI_INIT;
static expert_field ei_size = EI_INIT;
static expert_field ei_no_done = EI_INIT;
static expert_field ei_status = EI_INIT;
static expert_field ei_response_code = EI_INIT;
static expert_field ei_header_value = EI_INIT;
static expert_field ei_trailing = EI_INIT;
static expert_field ei_string = EI_INIT;
static expert_field ei_bad_value = EI_INIT;
static expert_field ei_aux_no_header = EI_INIT;
static expert_field ei_undefined_bits = EI_INIT;

static dissector_handle_t mapihttp_handle;

/* What a request frame said (first pass), for its response. */
typedef struct mapihttp_request {
    const char *request_type;
    const char *context_cookie;     /* MapiContext cookie of the request, or NULL */
    const char *user_dn;            /* Connect: UserDn */
} mapihttp_request_t;

static wmem_map_t *requests;

/* MS-OXCMAPIHTTP 2.2.4.2.1: Execute Flags, the pulFlags of EcDoRpcExt2 */
#define EXECUTE_FLAGS_DEFINED 0x00000007
static int *const execute_flags[] = {
    &hf_execute_flags_no_compression, &hf_execute_flags_no_xor_magic, &hf_execute_flags_chain, NULL
};

/* MS-OXCMAPIHTTP 2.2.4.1.1: Connect Flags, the ulFlags of EcDoConnectEx (MS-OXCRPC 3.1.4.1) */
#define CONNECT_FLAGS_DEFINED 0x00008001
static int *const connect_flags[] = { &hf_connect_flags_admin, &hf_connect_flags_ignore_no_pf, NULL };

/* MS-OXCMAPIHTTP 2.2.5.1.1: Bind Flags, only fAnonymousLogin is looked at */
#define BIND_FLAGS_DEFINED 0x00000020
static int *const bind_flags[] = { &hf_bind_flags_anonymous_login, NULL };

/* MS-OXCMAPIHTTP 2.2.2.2: StatusCode 0 is success; failures carry only the
 * auxiliary buffer after it. */
static const value_string status_code_vals[] = {
    { 0, "Success" },
    { 0, NULL }
};

/* MS-OXCMAPIHTTP 2.2.3.3.3: X-ResponseCode */
static const value_string response_code_vals[] = {
    { 0, "Success" },
    { 1, "Unknown Failure" },
    { 2, "Invalid Verb" },
    { 3, "Invalid Path" },
    { 4, "Invalid Header" },
    { 5, "Invalid Request Type" },
    { 6, "Invalid Context Cookie" },
    { 7, "Missing Header" },
    { 8, "Anonymous Not Allowed" },
    { 9, "Too Large" },
    { 10, "Context Not Found" },
    { 11, "No Privilege" },
    { 12, "Invalid Request Body" },
    { 13, "Missing Cookie" },
    { 14, "Reserved" },
    { 15, "Invalid Sequence" },
    { 16, "Endpoint Disabled" },
    { 17, "Invalid Response" },
    { 18, "Endpoint Shutting Down" },
    { 0, NULL }
};

/* MS-OXCMAPIHTTP 2.2.4.4.2: EventPending */
static const value_string event_pending_vals[] = {
    { 0, "No event is pending" },
    { 1, "An event is pending" },
    { 0, NULL }
};

/* MS-OXNSPI 2.2.1.1: STAT SortType */
static const value_string sort_type_vals[] = {
    { 0x00000000, "SortTypeDisplayName" },
    { 0x00000003, "SortTypePhoneticDisplayName" },
    { 0x000003E8, "SortTypeDisplayName_RO" },
    { 0x000003E9, "SortTypeDisplayName_W" },
    { 0, NULL }
};

typedef struct body_ctx {
    tvbuff_t    *tvb;
    packet_info *pinfo;
    proto_tree  *tree;
    int          offset;
    mapihttp_request_t *req;    /* requests: the record being filled (first pass), else NULL */
    guint32      request_frame; /* responses: the frame of their request, 0 if unknown */
} body_ctx_t;

static guint32
body_uint32(body_ctx_t *b, int hf)
{
    guint32 v;

    proto_tree_add_item_ret_uint(b->tree, hf, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN, &v);
    b->offset += 4;
    return v;
}

static void
body_bitmask(body_ctx_t *b, int hf, int *const *bits, guint32 defined)
{
    guint64 v;
    proto_item *ti;

    ti = proto_tree_add_bitmask_ret_uint64(b->tree, b->tvb, b->offset, hf, ett_flags, bits, ENC_LITTLE_ENDIAN, &v);
    if (v & ~(guint64)defined)
        expert_add_info_format(b->pinfo, ti, &ei_undefined_bits, "Undefined bits set: 0x%08x",
                               (guint)(v & ~(guint64)defined));
    b->offset += 4;
}

/* A null-terminated string (ASCII, or UTF-16LE with `unicode`); returns it. */
static const char *
body_stringz(body_ctx_t *b, int hf, gboolean unicode)
{
    int end = tvb_reported_length(b->tvb), len = -1, o;
    const guint8 *s = NULL;

    if (unicode) {
        for (o = b->offset; o + 1 < end && len < 0; o += 2)
            if (tvb_get_letohs(b->tvb, o) == 0)
                len = o + 2 - b->offset;
    } else {
        o = tvb_find_uint8(b->tvb, b->offset, -1, 0);
        if (o >= 0)
            len = o + 1 - b->offset;
    }
    if (len < 0) {
        proto_tree_add_expert_format(b->tree, b->pinfo, &ei_string, b->tvb, b->offset, -1,
                                     "String without its terminating NUL");
        b->offset = end;
        return "";
    }
    proto_tree_add_item_ret_string(b->tree, hf, b->tvb, b->offset, len,
                                   unicode ? ENC_UTF_16 | ENC_LITTLE_ENDIAN : ENC_ASCII, b->pinfo->pool, &s);
    b->offset += len;
    return (const char *)s;
}

/* A size field then that many bytes; returns a subset tvb of what is present. */
static tvbuff_t *
sized_buffer(body_ctx_t *b, int hf_size, int hf_buf, proto_tree **subtree)
{
    guint32 size;
    int avail;
    proto_item *si, *ti;

    si = proto_tree_add_item_ret_uint(b->tree, hf_size, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN, &size);
    b->offset += 4;
    avail = tvb_reported_length_remaining(b->tvb, b->offset);
    if ((gint64)size > avail) {
        expert_add_info_format(b->pinfo, si, &ei_size, "Size %u runs past the body (%d bytes left)", size, avail);
        size = avail;
    }
    ti = proto_tree_add_item(b->tree, hf_buf, b->tvb, b->offset, size, ENC_NA);
    *subtree = proto_item_add_subtree(ti, ett_buffer);
    b->offset += size;
    return tvb_new_subset_length(b->tvb, b->offset - size, size);
}

/* Does an auxiliary buffer start with an RPC_HEADER_EXT covering all of it? */
static gboolean
has_rpc_header_ext(tvbuff_t *aux)
{
    guint len = tvb_reported_length(aux);

    return len >= 8 && tvb_get_letohs(aux, 0) == 0 && (guint)tvb_get_letohs(aux, 4) + 8 <= len;
}

/* AuxiliaryBufferSize and AuxiliaryBuffer: an extended buffer (RPC_HEADER_EXT
 * and AUX_HEADER blocks, MS-OXCRPC 3.1.4.1.1-2). In failure bodies Exchange
 * 2013 SP1 to 2016 RTM send the blocks without the RPC_HEADER_EXT
 * (MS-OXCMAPIHTTP 2.2.4.1.3 note <2>, 2.2.4.2.3 note <3>). */
static void
aux_buffer(body_ctx_t *b, gboolean failure)
{
    proto_tree *t;
    tvbuff_t *aux = sized_buffer(b, hf_aux_buffer_size, hf_aux_buffer, &t);

    if (tvb_reported_length(aux) == 0)
        return;
    if (failure && !has_rpc_header_ext(aux)) {
        proto_tree_add_expert(t, b->pinfo, &ei_aux_no_header, aux, 0, 0);
        dissect_aux_blocks(aux, b->pinfo, t);
        return;
    }
    dissect_aux_extended_buffer(aux, b->pinfo, t, "AuxiliaryBuffer");
}

/* Bytes after the last field of a body. */
static void
body_end(body_ctx_t *b)
{
    int left = tvb_reported_length_remaining(b->tvb, b->offset);

    if (left > 0)
        proto_tree_add_expert_format(b->tree, b->pinfo, &ei_trailing, b->tvb, b->offset, left,
                                     "%d bytes after the end of the body", left);
}

/* The rest of a body this version does not decode. */
static void
body_bytes(body_ctx_t *b, const char *request_type)
{
    int left = tvb_reported_length_remaining(b->tvb, b->offset);
    proto_item *bi;

    if (left <= 0)
        return;
    bi = proto_tree_add_item(b->tree, hf_body, b->tvb, b->offset, left, ENC_NA);
    expert_add_info_format(b->pinfo, bi, &ei_not_decoded, "%s body fields are not decoded by this version",
                           request_type);
    b->offset += left;
}

/* ---- mailbox endpoint (MS-OXCMAPIHTTP 2.2.4) ---- */

/* 2.2.4.1.1 Connect request: UserDn, Flags, DefaultCodePage, LcidSort, LcidString */
static void
connect_request(body_ctx_t *b)
{
    const char *user_dn = body_stringz(b, hf_connect_user_dn, FALSE);

    if (b->req)
        b->req->user_dn = wmem_strdup(wmem_file_scope(), user_dn);
    body_bitmask(b, hf_connect_flags, connect_flags, CONNECT_FLAGS_DEFINED);
    body_uint32(b, hf_connect_default_code_page);
    body_uint32(b, hf_connect_lcid_sort);
    body_uint32(b, hf_connect_lcid_string);
}

/* 2.2.4.1.2 Connect success response, after ErrorCode; DisplayName is UTF-16LE */
static void
connect_success(body_ctx_t *b)
{
    body_uint32(b, hf_connect_polls_max);
    body_uint32(b, hf_connect_retry_count);
    body_uint32(b, hf_connect_retry_delay);
    body_stringz(b, hf_connect_dn_prefix, FALSE);
    body_stringz(b, hf_connect_display_name, TRUE);
}

/* 2.2.4.2.1 Execute request: Flags, RopBufferSize, RopBuffer, MaxRopOut */
static void
execute_request(body_ctx_t *b)
{
    proto_tree *t;
    tvbuff_t *rops;

    body_bitmask(b, hf_execute_flags, execute_flags, EXECUTE_FLAGS_DEFINED);
    rops = sized_buffer(b, hf_execute_rop_buffer_size, hf_execute_rop_buffer, &t);
    col_set_fence(b->pinfo->cinfo, COL_INFO);
    if (tvb_reported_length(rops) > 0)
        dissect_rop_extended_buffer(rops, b->pinfo, t, ROP_REQUEST, b->pinfo->num);
    body_uint32(b, hf_execute_max_rop_out);
}

/* 2.2.4.2.2 Execute success response, after ErrorCode: Flags (reserved, 0),
 * RopBufferSize, RopBuffer */
static void
execute_success(body_ctx_t *b)
{
    proto_tree *t;
    tvbuff_t *rops;
    proto_item *fi;
    guint32 flags;

    fi = proto_tree_add_item_ret_uint(b->tree, hf_execute_flags, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN, &flags);
    if (flags != 0)     /* "The server MUST set this field to 0x00000000" */
        expert_add_info_format(b->pinfo, fi, &ei_bad_value, "Flags 0x%08x; MUST be 0 in a response", flags);
    b->offset += 4;
    rops = sized_buffer(b, hf_execute_rop_buffer_size, hf_execute_rop_buffer, &t);
    col_set_fence(b->pinfo->cinfo, COL_INFO);
    if (tvb_reported_length(rops) > 0)
        dissect_rop_extended_buffer(rops, b->pinfo, t, ROP_RESPONSE, b->request_frame);
}

/* 2.2.4.4.1 NotificationWait request: Flags (reserved, 0) */
static void
notification_wait_request(body_ctx_t *b)
{
    proto_item *fi;
    guint32 flags;

    fi = proto_tree_add_item_ret_uint(b->tree, hf_notification_wait_flags, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN,
                                      &flags);
    if (flags != 0)     /* "The client MUST set this field to 0x00000000" */
        expert_add_info_format(b->pinfo, fi, &ei_bad_value, "Flags 0x%08x; MUST be 0", flags);
    b->offset += 4;
}

/* 2.2.4.4.2 NotificationWait success response, after ErrorCode: EventPending */
static void
notification_wait_success(body_ctx_t *b)
{
    if (body_uint32(b, hf_notification_wait_event_pending) == 1)
        col_append_str(b->pinfo->cinfo, COL_INFO, ", event pending");
}

/* ---- address book endpoint (MS-OXCMAPIHTTP 2.2.5) ---- */

/* MS-OXNSPI 2.2.8 STAT: nine 4-byte fields */
static void
stat_block(body_ctx_t *b)
{
    static int *const fields[] = {
        &hf_stat_sort_type, &hf_stat_container_id, &hf_stat_current_rec, &hf_stat_delta, &hf_stat_num_pos,
        &hf_stat_total_recs, &hf_stat_code_page, &hf_stat_template_locale, &hf_stat_sort_locale
    };
    proto_item *ti = proto_tree_add_item(b->tree, hf_stat, b->tvb, b->offset, 36, ENC_NA);
    proto_tree *t = proto_item_add_subtree(ti, ett_stat);
    guint i;

    for (i = 0; i < G_N_ELEMENTS(fields); i++, b->offset += 4)
        proto_tree_add_item(t, *fields[i], b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN);
}

/* 2.2.5.1.1 Bind request: Flags, HasState, State (present when HasState != 0) */
static void
bind_request(body_ctx_t *b)
{
    guint32 has_state;

    body_bitmask(b, hf_bind_flags, bind_flags, BIND_FLAGS_DEFINED);
    proto_tree_add_item_ret_uint(b->tree, hf_bind_has_state, b->tvb, b->offset, 1, ENC_NA, &has_state);
    b->offset += 1;
    if (has_state)
        stat_block(b);
}

/* 2.2.5.1.2 Bind success response, after ErrorCode: ServerGuid */
static void
bind_success(body_ctx_t *b)
{
    proto_tree_add_item(b->tree, hf_bind_server_guid, b->tvb, b->offset, 16, ENC_LITTLE_ENDIAN);
    b->offset += 16;
}

/* 2.2.5.2.1 Unbind request: Reserved */
static void
unbind_request(body_ctx_t *b)
{
    body_uint32(b, hf_unbind_reserved);
}

static void
no_fields(body_ctx_t *b _U_)
{
}

/* ---- the request types ---- */

typedef struct mapihttp_type {
    const char *name;                       /* X-RequestType (2.2.3.3.1) */
    void (*request)(body_ctx_t *b);         /* fields before the auxiliary buffer; NULL: not decoded */
    void (*success)(body_ctx_t *b);         /* success fields after ErrorCode; NULL: not decoded */
} mapihttp_type_t;

static const mapihttp_type_t request_types_table[] = {
    /* mailbox endpoint, 2.2.4 */
    { "Connect", connect_request, connect_success },
    { "Execute", execute_request, execute_success },
    { "Disconnect", no_fields, no_fields },
    { "NotificationWait", notification_wait_request, notification_wait_success },
    /* address book endpoint, 2.2.5 */
    { "Bind", bind_request, bind_success },
    { "Unbind", unbind_request, no_fields },
    { "CompareMIds", NULL, NULL },
    { "DNToMId", NULL, NULL },
    { "GetMatches", NULL, NULL },
    { "GetPropList", NULL, NULL },
    { "GetProps", NULL, NULL },
    { "GetSpecialTable", NULL, NULL },
    { "GetTemplateInfo", NULL, NULL },
    { "ModLinkAtt", NULL, NULL },
    { "ModProps", NULL, NULL },
    { "QueryColumns", NULL, NULL },
    { "QueryRows", NULL, NULL },
    { "ResolveNames", NULL, NULL },
    { "ResortRestriction", NULL, NULL },
    { "SeekEntries", NULL, NULL },
    { "UpdateStat", NULL, NULL },
    { "GetMailboxUrl", NULL, NULL },
    { "GetAddressBookUrl", NULL, NULL },
    /* both endpoints, 2.2.6: no body */
    { "PING", NULL, NULL },
};

/* Request types are compared case-insensitively, as Exchange does. */
static const mapihttp_type_t *
find_request_type(const char *name)
{
    guint i;

    for (i = 0; name && i < G_N_ELEMENTS(request_types_table); i++)
        if (!g_ascii_strcasecmp(request_types_table[i].name, name))
            return &request_types_table[i];
    return NULL;
}

static gboolean
is_ping(const mapihttp_type_t *t)
{
    return t && !strcmp(t->name, "PING");
}

static void
dissect_request_body(body_ctx_t *b, const mapihttp_type_t *t)
{
    if (is_ping(t)) {
        body_end(b);        /* 2.2.6: PING has no request body */
        return;
    }
    if (!t->request) {
        body_bytes(b, t->name);
        return;
    }
    t->request(b);
    aux_buffer(b, FALSE);
    body_end(b);
}

static void
dissect_response_body(body_ctx_t *b, const mapihttp_type_t *t)
{
    proto_item *ti;
    guint32 status;

    if (is_ping(t) || tvb_reported_length_remaining(b->tvb, b->offset) <= 0) {
        body_end(b);
        return;
    }
    ti = proto_tree_add_item_ret_uint(b->tree, hf_status_code, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN, &status);
    b->offset += 4;
    if (status != 0) {
        oxcrops_msg_stats(b->pinfo)->status = status;
        expert_add_info_format(b->pinfo, ti, &ei_status, "%s failed: StatusCode 0x%08x", t->name, status);
        col_append_fstr(b->pinfo->cinfo, COL_INFO, " [StatusCode 0x%08x]", status);
        aux_buffer(b, TRUE);
        body_end(b);
        return;
    }
    oxcrops_msg_stats(b->pinfo)->status = body_uint32(b, hf_error_code);
    if (!t->success) {
        body_bytes(b, t->name);
        return;
    }
    t->success(b);
    aux_buffer(b, FALSE);
    body_end(b);
}

/* ---- meta-tags and additional headers (MS-OXCMAPIHTTP 2.2.7, 2.2.2.2) ---- */

/* Additional headers after DONE that get their own field. */
typedef struct additional_header {
    const char *name;       /* with the colon */
    int        *hf;
    gboolean    numeric;
} additional_header_t;

static const additional_header_t additional_headers[] = {
    { "X-ElapsedTime:", &hf_elapsed_time, TRUE },
    { "X-StartTime:", &hf_start_time, FALSE },
    { "X-ResponseCode:", &hf_response_code, TRUE },
    { "X-FailureLID:", &hf_failure_lid, TRUE },             /* seen from Exchange, not in the spec */
    { "X-FailureDescription:", &hf_failure_description, FALSE },
};

/* Parses a decimal header value; FALSE if it is not one. */
static gboolean
parse_decimal(const char *s, guint32 *v)
{
    char *end;
    guint64 n;

    while (*s == ' ' || *s == '\t')
        s++;
    n = g_ascii_strtoull(s, &end, 10);
    if (end == s || n > G_MAXUINT32)
        return FALSE;
    while (*end == ' ' || *end == '\t')
        end++;
    *v = (guint32)n;
    return *end == '\0';
}

/* One additional header line; a non-zero X-ResponseCode goes to *response_code. */
static void
additional_header(tvbuff_t *tvb, int offset, int len, const char *line, packet_info *pinfo, proto_tree *tree,
                  guint32 *response_code)
{
    guint i;

    proto_tree_add_item(tree, hf_additional_header, tvb, offset, len, ENC_ASCII);
    for (i = 0; i < G_N_ELEMENTS(additional_headers); i++) {
        const additional_header_t *h = &additional_headers[i];
        size_t n = strlen(h->name);
        proto_item *ti;
        guint32 v;

        if (g_ascii_strncasecmp(line, h->name, n))
            continue;
        if (!h->numeric) {
            ti = proto_tree_add_string(tree, *h->hf, tvb, offset, len, g_strstrip(wmem_strdup(pinfo->pool, line + n)));
        } else if (parse_decimal(line + n, &v)) {
            ti = proto_tree_add_uint(tree, *h->hf, tvb, offset, len, v);
            if (h->hf == &hf_response_code)
                *response_code = v;
        } else {
            proto_tree_add_expert_format(tree, pinfo, &ei_header_value, tvb, offset, len,
                                         "%s value is not a decimal number", h->name);
            return;
        }
        proto_item_set_generated(ti);
        return;
    }
}

static gboolean
is_meta_tag(const char *line)
{
    return !strcmp(line, "PROCESSING") || !strcmp(line, "PENDING") || !strcmp(line, "DONE");
}

/* Meta-tags and additional headers (MS-OXCMAPIHTTP 2.2.7); returns the offset
 * of the binary body, or -1 if there is no DONE meta-tag. */
static int
dissect_meta_tags(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, guint32 *response_code)
{
    int offset = 0, next;
    gboolean done = FALSE;
    proto_tree *t = proto_tree_add_subtree(tree, tvb, 0, -1, ett_meta, NULL, "Meta-tags and additional headers");

    while (tvb_offset_exists(tvb, offset)) {
        int len = tvb_find_line_end(tvb, offset, -1, &next, FALSE);
        const char *line;

        if (next <= offset || len < 0)
            break;
        if (len == 0) {         /* the empty line after the additional headers */
            offset = next;
            if (done)
                break;
            continue;
        }
        line = (const char *)tvb_get_string_enc(pinfo->pool, tvb, offset, len, ENC_ASCII);
        if (!done && is_meta_tag(line)) {
            proto_tree_add_item(t, hf_meta_tag, tvb, offset, len, ENC_ASCII);
            done = !strcmp(line, "DONE");
        } else if (done) {
            additional_header(tvb, offset, len, line, pinfo, t, response_code);
        } else {
            break;              /* not a meta-tag: no meta-tag block */
        }
        offset = next;
    }
    proto_item_set_len(proto_tree_get_parent(t), offset);
    if (!done) {
        proto_tree_add_expert(t, pinfo, &ei_no_done, tvb, 0, offset);
        return -1;
    }
    return offset;
}

/* ---- HTTP headers (MS-OXCMAPIHTTP 2.2.3.3) ---- */

typedef struct common_header {
    const char *key;        /* lower-cased, as HTTP's header map has them (and header_names below) */
    int        *hf;
    gboolean    numeric;
} common_header_t;

static const common_header_t common_headers[] = {
    { "x-requestid", &hf_request_id, FALSE },               /* 2.2.3.3.2 */
    { "x-clientinfo", &hf_client_info, FALSE },             /* 2.2.3.3.4 */
    { "x-clientapplication", &hf_client_application, FALSE },
    { "x-serverapplication", &hf_server_application, FALSE },
    { "x-responsecode", &hf_response_code, TRUE },          /* 2.2.3.3.3 */
    { "x-pendingperiod", &hf_pending_period, TRUE },        /* 2.2.3.3.5 */
    { "x-expirationinfo", &hf_expiration_info, TRUE },
    { "x-deviceinfo", &hf_device_info, FALSE },
};

/* The common headers as generated fields; returns X-ResponseCode, or 0. */
static guint32
dissect_common_headers(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const oxc_http_headers_t *headers)
{
    guint32 response_code = 0;
    guint i;

    for (i = 0; headers && i < G_N_ELEMENTS(common_headers); i++) {
        const char *v = oxc_http_header(headers, common_headers[i].key);
        proto_item *ti;
        guint32 n;

        if (!v)
            continue;
        if (!common_headers[i].numeric) {
            ti = proto_tree_add_string(tree, *common_headers[i].hf, tvb, 0, 0, v);
        } else if (parse_decimal(v, &n)) {
            ti = proto_tree_add_uint(tree, *common_headers[i].hf, tvb, 0, 0, n);
            if (common_headers[i].hf == &hf_response_code)
                response_code = n;
        } else {
            ti = proto_tree_add_string_format(tree, hf_additional_header, tvb, 0, 0, v, "%s: %s",
                                              common_headers[i].key, v);
            expert_add_info_format(pinfo, ti, &ei_header_value, "%s value \"%s\" is not a decimal number",
                                   common_headers[i].key, v);
        }
        proto_item_set_generated(ti);
    }
    return response_code;
}

/* The value of cookie `name` in a Cookie / Set-Cookie header value (pinfo->pool). */
static const char *
cookie_value(packet_info *pinfo, const char *header, const char *name)
{
    gchar **pairs;
    const char *found = NULL;
    size_t n = strlen(name);
    int i;

    if (!header)
        return NULL;
    pairs = wmem_strsplit(pinfo->pool, header, ";", -1);
    for (i = 0; pairs[i] && !found; i++) {
        const char *p = g_strstrip(pairs[i]);
        if (!g_ascii_strncasecmp(p, name, n) && p[n] == '=')
            found = p + n + 1;
    }
    return found;
}

/* ---- the dissector ---- */

/* MAPI/HTTP sessions are keyed by the session context cookie (Exchange names it
 * MapiContext, MS-OXCMAPIHTTP 4.2). HTTP's header map keeps only the last of
 * repeated Cookie / Set-Cookie lines (design.md 6): a cookie on an earlier line is
 * missed and the frame falls back to its TCP conversation's session. */
#define CONTEXT_COOKIE "MapiContext"

static void
request_state(packet_info *pinfo, const oxc_http_headers_t *headers, const char *request_type, mapihttp_request_t **rec)
{
    const char *cookie = headers ? cookie_value(pinfo, oxc_http_header(headers, "cookie"),
                                                CONTEXT_COOKIE) : NULL;

    if (!PINFO_FD_VISITED(pinfo)) {
        *rec = wmem_new0(wmem_file_scope(), mapihttp_request_t);
        (*rec)->request_type = request_type ? wmem_strdup(wmem_file_scope(), request_type) : NULL;
        (*rec)->context_cookie = cookie ? wmem_strdup(wmem_file_scope(), cookie) : NULL;
        wmem_map_insert(requests, GUINT_TO_POINTER(pinfo->num), *rec);
    }
    if (cookie) {
        oxc_session_t *s = state_mapihttp_session(pinfo, cookie, NULL, FALSE);
        state_set_frame_session(pinfo, s);
        oxcrops_msg_stats(pinfo)->session = s;
    }
}

/* A Connect response creates the session its Set-Cookie names; other responses
 * belong to the session of their request. */
static void
response_state(packet_info *pinfo, const oxc_http_headers_t *headers, const mapihttp_request_t *req, gboolean is_connect)
{
    const char *cookie = NULL;

    if (is_connect && headers)
        cookie = cookie_value(pinfo, oxc_http_header(headers, "set-cookie"), CONTEXT_COOKIE);
    if (!cookie && req)
        cookie = req->context_cookie;
    if (cookie) {
        oxc_session_t *s = state_mapihttp_session(pinfo, cookie, req ? req->user_dn : NULL, is_connect);
        state_set_frame_session(pinfo, s);
        oxcrops_msg_stats(pinfo)->session = s;
    }
}

/* A response whose X-ResponseCode is not 0: its body is diagnostic text
 * (MS-OXCMAPIHTTP 2.2.3.3.3), not a binary body. */
static void
diagnostic_body(body_ctx_t *b, guint32 response_code)
{
    int left = tvb_reported_length_remaining(b->tvb, b->offset);
    proto_item *ti;

    col_append_fstr(b->pinfo->cinfo, COL_INFO, " [X-ResponseCode %u: %s]", response_code,
                    val_to_str_const(response_code, response_code_vals, "unknown"));
    if (left > 0) {
        ti = proto_tree_add_item(b->tree, hf_diagnostic, b->tvb, b->offset, left, ENC_UTF_8);
        expert_add_info_format(b->pinfo, ti, &ei_response_code, "X-ResponseCode %u (%s): diagnostic text",
                               response_code, val_to_str_const(response_code, response_code_vals, "unknown"));
    }
}

static void
dissect_body(body_ctx_t *b, const char *request_type, gboolean is_request, guint32 response_code)
{
    const mapihttp_type_t *t = find_request_type(request_type);

    if (response_code != 0) {
        diagnostic_body(b, response_code);
    } else if (!t) {
        proto_item *ti = proto_tree_add_item(b->tree, hf_body, b->tvb, b->offset, -1, ENC_NA);
        if (request_type)
            expert_add_info_format(b->pinfo, ti, &ei_unknown_request_type,
                                   "X-RequestType \"%s\" is not one of MS-OXCMAPIHTTP 2.2.3.3.1", request_type);
    } else if (is_request) {
        dissect_request_body(b, t);
    } else {
        dissect_response_body(b, t);
    }
}

static int
dissect_mapihttp(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
    /* the headers read here: X-RequestType, the session cookies, the common headers */
    static const char *const header_names[] = {
        "x-requesttype", "cookie", "set-cookie", "x-requestid", "x-clientinfo", "x-clientapplication",
        "x-serverapplication", "x-responsecode", "x-pendingperiod", "x-expirationinfo", "x-deviceinfo", NULL
    };
    media_content_info_t *info = (media_content_info_t *)data;
    gboolean is_request = info && info->type == MEDIA_CONTAINER_HTTP_REQUEST;
    const oxc_http_headers_t *headers = oxc_http_headers(pinfo, info, proto_mapihttp, header_names);
    const char *request_type = NULL, *dir = is_request ? "request" : "response";
    mapihttp_request_t *req = NULL;
    guint32 request_frame = 0, response_code;
    proto_item *ti, *rti;
    proto_tree *mt;
    body_ctx_t b;

    if (headers)
        request_type = oxc_http_header(headers, "x-requesttype");
    if (is_request) {
        request_state(pinfo, headers, request_type, &req);
    } else {
        request_frame = oxc_http_request_frame(pinfo, proto_http);
        req = request_frame ? (mapihttp_request_t *)wmem_map_lookup(requests, GUINT_TO_POINTER(request_frame)) : NULL;
        if (!request_type && req)
            request_type = req->request_type;
        response_state(pinfo, headers, req, request_type && !g_ascii_strcasecmp(request_type, "Connect"));
    }

    col_set_str(pinfo->cinfo, COL_PROTOCOL, "MAPIHTTP");
    col_add_fstr(pinfo->cinfo, COL_INFO, "%s %s", request_type ? request_type : "Unknown", dir);
    ti = proto_tree_add_item(tree, proto_mapihttp, tvb, 0, -1, ENC_NA);
    proto_item_append_text(ti, ", %s %s", request_type ? request_type : "Unknown", dir);
    mt = proto_item_add_subtree(ti, ett_mapihttp);
    rti = proto_tree_add_string(mt, hf_request_type, tvb, 0, 0, request_type ? request_type : "");
    proto_item_set_generated(rti);
    if (!request_type)
        expert_add_info(pinfo, rti, &ei_no_request_type);
    if (request_frame) {
        proto_item *fi = proto_tree_add_uint(mt, hf_request_frame, tvb, 0, 0, request_frame);
        proto_item_set_generated(fi);
    }
    response_code = dissect_common_headers(tvb, pinfo, mt, headers);

    memset(&b, 0, sizeof b);
    b.tvb = tvb;
    b.pinfo = pinfo;
    b.tree = mt;
    b.req = PINFO_FD_VISITED(pinfo) ? NULL : req;
    if (is_request && headers)
        oxcrops_msg_stats(pinfo)->client_app = oxc_http_header(headers, "x-clientapplication");
    if (!is_request && response_code == 0) {
        int body = dissect_meta_tags(tvb, pinfo, mt, &response_code);
        if (body < 0) {
            oxcrops_tap_call(pinfo, OXC_CARRIER_MAPIHTTP, request_type, ROP_RESPONSE, request_frame);
            return tvb_captured_length(tvb);
        }
        b.offset = body;
    }
    b.request_frame = request_frame;
    dissect_body(&b, request_type, is_request, is_request ? 0 : response_code);
    if (response_code != 0)
        oxcrops_msg_stats(pinfo)->status = response_code;
    oxcrops_tap_call(pinfo, OXC_CARRIER_MAPIHTTP, request_type, is_request ? ROP_REQUEST : ROP_RESPONSE,
                     is_request ? pinfo->num : request_frame);
    return tvb_captured_length(tvb);
}

void
mapihttp_register(void)
{
    static hf_register_info hf[] = {
        { &hf_request_type,
          { "X-RequestType", "mapihttp.request_type", FT_STRING, BASE_NONE, NULL, 0,
            "Request type of the request (and of its response), MS-OXCMAPIHTTP 2.2.3.3.1", HFILL } },
        { &hf_request_frame,
          { "Request in frame", "mapihttp.request_frame", FT_FRAMENUM, BASE_NONE,
            FRAMENUM_TYPE(FT_FRAMENUM_REQUEST), 0, NULL, HFILL } },
        { &hf_request_id,
          { "X-RequestId", "mapihttp.request_id", FT_STRING, BASE_NONE, NULL, 0,
            "Client GUID and request counter (MS-OXCMAPIHTTP 2.2.3.3.2)", HFILL } },
        { &hf_client_info,
          { "X-ClientInfo", "mapihttp.client_info", FT_STRING, BASE_NONE, NULL, 0,
            "Client instance GUID and counter (MS-OXCMAPIHTTP 2.2.3.3.4)", HFILL } },
        { &hf_client_application,
          { "X-ClientApplication", "mapihttp.client_application", FT_STRING, BASE_NONE, NULL, 0,
            "Client version", HFILL } },
        { &hf_server_application,
          { "X-ServerApplication", "mapihttp.server_application", FT_STRING, BASE_NONE, NULL, 0,
            "Server version", HFILL } },
        { &hf_response_code,
          { "X-ResponseCode", "mapihttp.response_code", FT_UINT32, BASE_DEC, VALS(response_code_vals), 0,
            "Transport status of the response (MS-OXCMAPIHTTP 2.2.3.3.3)", HFILL } },
        { &hf_pending_period,
          { "X-PendingPeriod", "mapihttp.pending_period", FT_UINT32, BASE_DEC|BASE_UNIT_STRING,
            &units_milliseconds, 0, "Time between PENDING meta-tags (MS-OXCMAPIHTTP 2.2.3.3.5)", HFILL } },
        { &hf_expiration_info,
          { "X-ExpirationInfo", "mapihttp.expiration_info", FT_UINT32, BASE_DEC|BASE_UNIT_STRING,
            &units_milliseconds, 0, "Time before the session context expires", HFILL } },
        { &hf_device_info,
          { "X-DeviceInfo", "mapihttp.device_info", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_meta_tag,
          { "Meta-tag", "mapihttp.meta_tag", FT_STRING, BASE_NONE, NULL, 0,
            "PROCESSING, PENDING or DONE (MS-OXCMAPIHTTP 2.2.7)", HFILL } },
        { &hf_additional_header,
          { "Additional header", "mapihttp.additional_header", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_elapsed_time,
          { "X-ElapsedTime", "mapihttp.elapsed_time", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0,
            "Time the server took to process the request", HFILL } },
        { &hf_start_time,
          { "X-StartTime", "mapihttp.start_time", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_failure_lid,
          { "X-FailureLID", "mapihttp.failure_lid", FT_UINT32, BASE_DEC, NULL, 0,
            "Exchange's failure location (not in MS-OXCMAPIHTTP)", HFILL } },
        { &hf_failure_description,
          { "X-FailureDescription", "mapihttp.failure_description", FT_STRING, BASE_NONE, NULL, 0,
            "Exchange's failure text (not in MS-OXCMAPIHTTP)", HFILL } },
        { &hf_diagnostic,
          { "Diagnostic text", "mapihttp.diagnostic", FT_STRING, BASE_NONE, NULL, 0,
            "Body of a response whose X-ResponseCode is not 0", HFILL } },
        { &hf_status_code,
          { "StatusCode", "mapihttp.status_code", FT_UINT32, BASE_HEX, VALS(status_code_vals), 0, NULL, HFILL } },
        { &hf_error_code,
          { "ErrorCode", "mapihttp.error_code", FT_UINT32, BASE_HEX|BASE_EXT_STRING, &oxcdata_error_code_vals_ext, 0,
            NULL, HFILL } },
        { &hf_execute_flags,
          { "Flags", "mapihttp.execute.flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_execute_flags_no_compression,
          { "NoCompression", "mapihttp.execute.flags.no_compression", FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_execute_flags_no_xor_magic,
          { "NoXorMagic", "mapihttp.execute.flags.no_xor_magic", FT_BOOLEAN, 32, NULL, 0x00000002, NULL, HFILL } },
        { &hf_execute_flags_chain,
          { "Chain", "mapihttp.execute.flags.chain", FT_BOOLEAN, 32, NULL, 0x00000004, NULL, HFILL } },
        { &hf_execute_rop_buffer_size,
          { "RopBufferSize", "mapihttp.execute.rop_buffer_size", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_execute_rop_buffer,
          { "RopBuffer", "mapihttp.execute.rop_buffer", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            NULL, HFILL } },
        { &hf_execute_max_rop_out,
          { "MaxRopOut", "mapihttp.execute.max_rop_out", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_connect_user_dn,
          { "UserDn", "mapihttp.connect.user_dn", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_connect_flags,
          { "Flags", "mapihttp.connect.flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_connect_flags_admin,
          { "UseAdminPrivilege", "mapihttp.connect.flags.use_admin_privilege", FT_BOOLEAN, 32, NULL, 0x00000001,
            "Administrator behavior requested", HFILL } },
        { &hf_connect_flags_ignore_no_pf,
          { "IgnoreNoPublicFolders", "mapihttp.connect.flags.ignore_no_public_folders", FT_BOOLEAN, 32, NULL,
            0x00008000, "Connect even without public folders (clients before 12.0)", HFILL } },
        { &hf_connect_default_code_page,
          { "DefaultCodePage", "mapihttp.connect.default_code_page", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_connect_lcid_sort,
          { "LcidSort", "mapihttp.connect.lcid_sort", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_connect_lcid_string,
          { "LcidString", "mapihttp.connect.lcid_string", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_connect_polls_max,
          { "PollsMax", "mapihttp.connect.polls_max", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0,
            NULL, HFILL } },
        { &hf_connect_retry_count,
          { "RetryCount", "mapihttp.connect.retry_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_connect_retry_delay,
          { "RetryDelay", "mapihttp.connect.retry_delay", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds,
            0, NULL, HFILL } },
        { &hf_connect_dn_prefix,
          { "DnPrefix", "mapihttp.connect.dn_prefix", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_connect_display_name,
          { "DisplayName", "mapihttp.connect.display_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_notification_wait_flags,
          { "Flags", "mapihttp.notification_wait.flags", FT_UINT32, BASE_HEX, NULL, 0, "Reserved: MUST be 0", HFILL } },
        { &hf_notification_wait_event_pending,
          { "EventPending", "mapihttp.notification_wait.event_pending", FT_UINT32, BASE_DEC, VALS(event_pending_vals),
            0, NULL, HFILL } },
        { &hf_bind_flags,
          { "Flags", "mapihttp.bind.flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_bind_flags_anonymous_login,
          { "fAnonymousLogin", "mapihttp.bind.flags.anonymous_login", FT_BOOLEAN, 32, NULL, 0x00000020, NULL,
            HFILL } },
        { &hf_bind_has_state,
          { "HasState", "mapihttp.bind.has_state", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_bind_server_guid,
          { "ServerGuid", "mapihttp.bind.server_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_unbind_reserved,
          { "Reserved", "mapihttp.unbind.reserved", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_stat,
          { "State", "mapihttp.stat", FT_NONE, BASE_NONE, NULL, 0, "STAT (MS-OXNSPI 2.2.8)", HFILL } },
        { &hf_stat_sort_type,
          { "SortType", "mapihttp.stat.sort_type", FT_UINT32, BASE_HEX, VALS(sort_type_vals), 0, NULL, HFILL } },
        { &hf_stat_container_id,
          { "ContainerID", "mapihttp.stat.container_id", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_stat_current_rec,
          { "CurrentRec", "mapihttp.stat.current_rec", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_stat_delta,
          { "Delta", "mapihttp.stat.delta", FT_INT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_stat_num_pos,
          { "NumPos", "mapihttp.stat.num_pos", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_stat_total_recs,
          { "TotalRecs", "mapihttp.stat.total_recs", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_stat_code_page,
          { "CodePage", "mapihttp.stat.code_page", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_stat_template_locale,
          { "TemplateLocale", "mapihttp.stat.template_locale", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_stat_sort_locale,
          { "SortLocale", "mapihttp.stat.sort_locale", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_aux_buffer_size,
          { "AuxiliaryBufferSize", "mapihttp.auxiliary_buffer_size", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_aux_buffer,
          { "AuxiliaryBuffer", "mapihttp.auxiliary_buffer", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            NULL, HFILL } },
        { &hf_body,
          { "Body", "mapihttp.body", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_mapihttp, &ett_flags, &ett_buffer, &ett_meta, &ett_stat };
    static ei_register_info ei[] = {
        { &ei_not_decoded, { "mapihttp.not_decoded", PI_UNDECODED, PI_NOTE,
            "Body not decoded by this version", EXPFILL } },
        { &ei_no_request_type, { "mapihttp.no_request_type", PI_PROTOCOL, PI_WARN,
            "No X-RequestType header, and no paired request that had one", EXPFILL } },
        { &ei_unknown_request_type, { "mapihttp.unknown_request_type", PI_PROTOCOL, PI_WARN,
            "X-RequestType not defined by MS-OXCMAPIHTTP", EXPFILL } },
        { &ei_size, { "mapihttp.size_invalid", PI_MALFORMED, PI_ERROR,
            "Size runs past the body", EXPFILL } },
        { &ei_no_done, { "mapihttp.no_done", PI_PROTOCOL, PI_WARN,
            "Response body without a DONE meta-tag: no binary body", EXPFILL } },
        { &ei_status, { "mapihttp.status_failure", PI_RESPONSE_CODE, PI_NOTE,
            "Request failed (StatusCode)", EXPFILL } },
        { &ei_response_code, { "mapihttp.response_code_failure", PI_RESPONSE_CODE, PI_NOTE,
            "Request failed (X-ResponseCode): the body is diagnostic text", EXPFILL } },
        { &ei_header_value, { "mapihttp.header_invalid", PI_PROTOCOL, PI_WARN,
            "Header value is not a decimal number", EXPFILL } },
        { &ei_trailing, { "mapihttp.trailing", PI_MALFORMED, PI_WARN,
            "Bytes after the end of the body", EXPFILL } },
        { &ei_string, { "mapihttp.string_unterminated", PI_MALFORMED, PI_ERROR,
            "String without terminating NUL", EXPFILL } },
        { &ei_bad_value, { "mapihttp.value_invalid", PI_PROTOCOL, PI_WARN,
            "A value MS-OXCMAPIHTTP does not allow", EXPFILL } },
        { &ei_aux_no_header, { "mapihttp.auxiliary_buffer.no_rpc_header_ext", PI_COMMENTS_GROUP, PI_COMMENT,
            "Failure AuxiliaryBuffer without RPC_HEADER_EXT (Exchange 2013 SP1 to 2016 RTM, MS-OXCMAPIHTTP "
            "2.2.4.1.3 note 2)", EXPFILL } },
        { &ei_undefined_bits, { "mapihttp.undefined_bits", PI_PROTOCOL, PI_WARN,
            "Undefined flag bits set", EXPFILL } },
    };
    expert_module_t *expert;

    proto_mapihttp = proto_register_protocol("MAPI over HTTP (MS-OXCMAPIHTTP)", "MAPIHTTP", "mapihttp");
    proto_register_field_array(proto_mapihttp, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_mapihttp);
    expert_register_field_array(expert, ei, array_length(ei));
    mapihttp_handle = register_dissector("mapihttp", dissect_mapihttp, proto_mapihttp);
    requests = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
}

void
mapihttp_handoff(void)
{
    proto_http = proto_get_id_by_filter_name("http");
    dissector_add_string("media_type", "application/mapi-http", mapihttp_handle);
}

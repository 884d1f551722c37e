/* SPDX-License-Identifier: GPL-2.0-or-later */
/* state.c: sessions, server objects and table columns across frames (design.md 4). */
#include <epan/packet.h>
#include <epan/conversation.h>
#include <epan/proto_data.h>
#include <epan/guid-utils.h>
#include <epan/to_str.h>

#include "state.h"

#define NO_LINK 0xFFFFFFFF
#define NO_OBJECT 0xFFFFFFFF

/* proto data keys of proto_oxcrops (0 is ropbuf.c's Info-column flag) */
#define KEY_CACHE   1       /* file scope: this frame's lookups and their values */
#define KEY_COUNTER 2       /* packet scope: how often each lookup was made in this pass */
#define KEY_SESSION 3       /* packet scope: the session a carrier set */

static wmem_map_t *sessions_by_cxh;       /* guid string -> session */
static wmem_map_t *sessions_by_cookie;    /* MapiContext cookie -> session */
static wmem_map_t *sessions_by_conv;      /* conv_index -> implicit session */
static wmem_map_t *sessions_by_index;     /* picxr -> wmem_list of sessions */
static wmem_map_t *connect_requests;      /* EcDoConnectEx request frame -> connect_req_t */
static guint32 session_count;

typedef struct connect_req {
    const char *user_dn;
    guint32     icxr_link;
} connect_req_t;

static void
state_init(void)
{
    session_count = 0;
}

/* ---- the per-frame cache ---- */

/* What a lookup asks about: the kind is part of the cache key, so a value is
 * only ever replayed to a lookup of the same kind and key. */
typedef enum { LOOKUP_HANDLE = 1, LOOKUP_LOGON, LOOKUP_NAMED, LOOKUP_PENDING } lookup_kind_t;

typedef const void *(*resolver_fn)(packet_info *pinfo, const void *arg1, guint32 arg2);

/* The value of a lookup in this frame: resolved on the first pass, replayed on
 * later ones. The key is (kind, arg2, how many times this pass already asked
 * it): later passes need not repeat the first pass's lookups in the same
 * order (Wireshark's DCE/RPC can hand a stub of another length when it builds
 * a tree), and a lookup the first pass did not make finds nothing. */
static const void *
cached(rop_ctx_t *c, lookup_kind_t kind, resolver_fn resolve, const void *arg1, guint32 arg2)
{
    packet_info *pinfo = c->pinfo;
    rop_call_info_t *ci = c->callinfo;     /* keeps the maps once found (may be NULL) */
    wmem_map_t *cache = ci && ci->lookup_cache ? ci->lookup_cache
                        : (wmem_map_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_oxcrops, KEY_CACHE);
    wmem_map_t *asked = ci && ci->lookup_asked ? ci->lookup_asked
                        : (wmem_map_t *)p_get_proto_data(pinfo->pool, pinfo, proto_oxcrops, KEY_COUNTER);
    guint64 query = ((guint64)kind << 56) | arg2;
    guint n;
    guint64 key;
    const void *v;

    if (!asked) {
        asked = wmem_map_new(pinfo->pool, g_int64_hash, g_int64_equal);
        p_set_proto_data(pinfo->pool, pinfo, proto_oxcrops, KEY_COUNTER, asked);
    }
    if (ci) {
        ci->lookup_asked = asked;
        ci->lookup_cache = cache;
    }
    n = GPOINTER_TO_UINT(wmem_map_lookup(asked, &query));
    /* a key already in the map keeps its stored copy: only a new one is copied */
    wmem_map_insert(asked, n ? (void *)&query : wmem_memdup(pinfo->pool, &query, sizeof query),
                    GUINT_TO_POINTER(n + 1));
    key = query | ((guint64)(n & 0xFFFF) << 32);
    if (PINFO_FD_VISITED(pinfo))
        return cache ? wmem_map_lookup(cache, &key) : NULL;
    if (!cache) {
        cache = wmem_map_new(wmem_file_scope(), g_int64_hash, g_int64_equal);
        p_add_proto_data(wmem_file_scope(), pinfo, proto_oxcrops, KEY_CACHE, cache);
        if (ci)
            ci->lookup_cache = cache;
    }
    v = resolve(pinfo, arg1, arg2);
    if (v)
        wmem_map_insert(cache, wmem_memdup(wmem_file_scope(), &key, sizeof key), (void *)v);
    return v;
}

/* ---- sessions ---- */

static oxc_session_t *
new_session(packet_info *pinfo, const address *client)
{
    oxc_session_t *s = wmem_new0(wmem_file_scope(), oxc_session_t);

    s->number = ++session_count;
    s->session_index = -1;
    s->icxr_link = NO_LINK;
    s->conv_index = find_or_create_conversation(pinfo)->conv_index;
    copy_address_wmem(wmem_file_scope(), &s->client, client);
    s->objects = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
    s->named = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
    return s;
}

static const char *
cxh_key(packet_info *pinfo, const e_guid_t *guid)
{
    char *buf = (char *)wmem_alloc(pinfo->pool, GUID_STR_LEN);

    return guid_to_str_buf(guid, buf, GUID_STR_LEN);
}

oxc_session_t *
state_emsmdb_session(packet_info *pinfo, const e_guid_t *cxh)
{
    const char *key = cxh_key(pinfo, cxh);
    oxc_session_t *s = (oxc_session_t *)wmem_map_lookup(sessions_by_cxh, key);

    if (!s && !PINFO_FD_VISITED(pinfo)) {
        s = new_session(pinfo, &pinfo->src);
        wmem_map_insert(sessions_by_cxh, wmem_strdup(wmem_file_scope(), key), s);
    }
    return s;
}

void
state_emsmdb_connect_request(packet_info *pinfo, guint32 request_frame, const char *user_dn, guint32 icxr_link)
{
    connect_req_t *r;

    if (PINFO_FD_VISITED(pinfo))
        return;
    r = wmem_new(wmem_file_scope(), connect_req_t);
    r->user_dn = wmem_strdup(wmem_file_scope(), user_dn);
    r->icxr_link = icxr_link;
    wmem_map_insert(connect_requests, GUINT_TO_POINTER(request_frame), r);
}

static void
index_session(oxc_session_t *s)
{
    wmem_list_t *l = (wmem_list_t *)wmem_map_lookup(sessions_by_index, GINT_TO_POINTER(s->session_index));

    if (!l) {
        l = wmem_list_new(wmem_file_scope());
        wmem_map_insert(sessions_by_index, GINT_TO_POINTER(s->session_index), l);
    }
    wmem_list_prepend(l, s);    /* newest first */
}

void
state_emsmdb_connect_response(packet_info *pinfo, guint32 request_frame, const e_guid_t *cxh, guint16 session_index)
{
    connect_req_t *r;
    oxc_session_t *s;

    if (PINFO_FD_VISITED(pinfo))
        return;
    s = new_session(pinfo, &pinfo->dst);
    s->frame = pinfo->num;
    s->session_index = session_index;
    r = (connect_req_t *)wmem_map_lookup(connect_requests, GUINT_TO_POINTER(request_frame));
    if (r) {
        s->user_dn = r->user_dn;
        s->icxr_link = r->icxr_link;
    }
    wmem_map_insert(sessions_by_cxh, wmem_strdup(wmem_file_scope(), cxh_key(pinfo, cxh)), s);
    index_session(s);
}

oxc_session_t *
state_mapihttp_session(packet_info *pinfo, const char *context_cookie, const char *user_dn, gboolean is_connect)
{
    oxc_session_t *s = (oxc_session_t *)wmem_map_lookup(sessions_by_cookie, context_cookie);

    if (!s && !PINFO_FD_VISITED(pinfo)) {
        s = new_session(pinfo, &pinfo->dst);
        s->mapihttp = TRUE;
        if (is_connect) {
            s->frame = pinfo->num;
            s->user_dn = user_dn ? wmem_strdup(wmem_file_scope(), user_dn) : NULL;
        }
        wmem_map_insert(sessions_by_cookie, wmem_strdup(wmem_file_scope(), context_cookie), s);
    }
    return s;
}

void
state_set_frame_session(packet_info *pinfo, oxc_session_t *session)
{
    p_set_proto_data(pinfo->pool, pinfo, proto_oxcrops, KEY_SESSION, session);
}

oxc_session_t *
state_frame_session(packet_info *pinfo, gboolean from_client)
{
    oxc_session_t *s = (oxc_session_t *)p_get_proto_data(pinfo->pool, pinfo, proto_oxcrops, KEY_SESSION);
    guint32 conv;

    if (s)
        return s;
    /* No carrier session (e.g. the connect is not in the capture): the TCP
     * conversation stands for the session. */
    conv = find_or_create_conversation(pinfo)->conv_index;
    s = (oxc_session_t *)wmem_map_lookup(sessions_by_conv, GUINT_TO_POINTER(conv));
    if (!s && !PINFO_FD_VISITED(pinfo)) {
        s = new_session(pinfo, from_client ? &pinfo->src : &pinfo->dst);
        wmem_map_insert(sessions_by_conv, GUINT_TO_POINTER(conv), s);
    }
    return s;
}

/* ---- objects ---- */

/* The objects a ROP's successful response creates (MS-OXCROPS 2.2, output handles). */
static guint8
created_kind(guint8 rop_id)
{
    switch (rop_id) {
    case 0xFE:                          /* RopLogon */
        return OBJ_LOGON;
    case 0x02: case 0x1C:               /* RopOpenFolder, RopCreateFolder */
        return OBJ_FOLDER;
    case 0x03: case 0x06: case 0x46:    /* RopOpenMessage, RopCreateMessage, RopOpenEmbeddedMessage */
        return OBJ_MESSAGE;
    case 0x22: case 0x23:               /* RopOpenAttachment, RopCreateAttachment */
        return OBJ_ATTACHMENT;
    case 0x04: case 0x05: case 0x21:    /* RopGetHierarchyTable, RopGetContentsTable, RopGetAttachmentTable */
    case 0x3E: case 0x3F:               /* RopGetPermissionsTable, RopGetRulesTable */
        return OBJ_TABLE;
    case 0x2B: case 0x3B:               /* RopOpenStream, RopCloneStream */
        return OBJ_STREAM;
    case 0x29:                          /* RopRegisterNotification */
        return OBJ_NOTIFICATION;
    case 0x4B: case 0x4C: case 0x4D:    /* RopFastTransferSourceCopyMessages, ...CopyFolder, ...CopyTo */
    case 0x69: case 0x53: case 0x82:    /* ...CopyProperties, RopFastTransferDestinationConfigure,
                                           RopSynchronizationGetTransferState */
        return OBJ_FAST_TRANSFER;
    case 0x70:                          /* RopSynchronizationConfigure */
        return OBJ_SYNCHRONIZATION;
    case 0x7E:                          /* RopSynchronizationOpenCollector */
        return OBJ_COLLECTOR;
    default:
        return OBJ_UNKNOWN;
    }
}

const value_string oxc_object_kind_vals[] = {
    { OBJ_UNKNOWN, "unknown" },
    { OBJ_LOGON, "Logon" },
    { OBJ_FOLDER, "Folder" },
    { OBJ_MESSAGE, "Message" },
    { OBJ_ATTACHMENT, "Attachment" },
    { OBJ_TABLE, "Table" },
    { OBJ_STREAM, "Stream" },
    { OBJ_NOTIFICATION, "Notification subscription" },
    { OBJ_FAST_TRANSFER, "FastTransfer context" },
    { OBJ_SYNCHRONIZATION, "Synchronization context" },
    { OBJ_COLLECTOR, "Synchronization upload context" },
    { 0, NULL }
};

const char *
state_object_kind_name(guint8 kind)
{
    return val_to_str_const(kind, oxc_object_kind_vals, "unknown");
}

static const void *
resolve_handle(packet_info *pinfo _U_, const void *session, guint32 handle)
{
    const oxc_session_t *s = (const oxc_session_t *)session;
    const oxc_object_t *obj = s ? (const oxc_object_t *)wmem_map_lookup(s->objects, GUINT_TO_POINTER(handle)) : NULL;
    oxc_lookup_t *l;

    if (!obj)
        return NULL;
    l = wmem_new(wmem_file_scope(), oxc_lookup_t);
    l->obj = obj;
    l->columns = obj->columns;      /* the columns as they are now, at this frame */
    l->column_count = obj->column_count;
    l->columns_frame = obj->columns_frame;
    return l;
}

const oxc_lookup_t *
state_lookup_handle(rop_ctx_t *c, guint32 handle)
{
    if (handle == NO_OBJECT || !c->callinfo)
        return NULL;
    return (const oxc_lookup_t *)cached(c, LOOKUP_HANDLE, resolve_handle, c->callinfo->session, handle);
}

static oxc_object_t *
live_object(rop_ctx_t *c, guint8 slot)
{
    oxc_session_t *s = c->callinfo ? c->callinfo->session : NULL;

    if (!s || slot >= c->handle_count)
        return NULL;
    return (oxc_object_t *)wmem_map_lookup(s->objects, GUINT_TO_POINTER(c->handles[slot]));
}

/* First pass, after a request ROP: RopRelease ends the object's life. */
void
state_after_request(rop_ctx_t *c)
{
    oxc_object_t *obj;

    if (PINFO_FD_VISITED(c->pinfo) || c->rop_id != 0x01)
        return;
    obj = live_object(c, c->input_index);
    if (obj) {
        obj->released_frame = c->pinfo->num;
        wmem_map_remove(c->callinfo->session->objects, GUINT_TO_POINTER(obj->handle));
    }
}

/* First pass, after a successful response ROP: new objects, table columns,
 * the type of a logon. */
void
state_after_response(rop_ctx_t *c, guint8 slot)
{
    oxc_session_t *s = c->callinfo ? c->callinfo->session : NULL;
    guint8 kind = created_kind(c->rop_id);

    if (PINFO_FD_VISITED(c->pinfo) || !s || c->return_value != 0)
        return;
    if (c->rop_id == 0xFE && c->req && c->req->detail)    /* RopLogon: the request's LogonId and flags */
        s->logon_types[((const guint8 *)c->req->detail)[0]] = ((const guint8 *)c->req->detail)[1];
    if (slot >= c->handle_count)
        return;
    if (kind != OBJ_UNKNOWN && c->handles[slot] != NO_OBJECT) {
        oxc_object_t *obj = wmem_new0(wmem_file_scope(), oxc_object_t);
        obj->frame = c->pinfo->num;
        obj->handle = c->handles[slot];
        obj->rop_id = c->rop_id;
        obj->kind = kind;
        obj->detail = c->req ? c->req->detail : NULL;
        wmem_map_insert(s->objects, GUINT_TO_POINTER(obj->handle), obj);
    } else if (c->rop_id == 0x12 || c->rop_id == 0x81) {   /* RopSetColumns, RopResetTable */
        oxc_object_t *obj = live_object(c, slot);
        gboolean set = c->rop_id == 0x12 && c->req && c->req->tags;
        if (obj) {  /* MS-OXCTABL 3.2.5.15: RopResetTable drops the columns */
            obj->columns = set ? c->req->tags : NULL;
            obj->column_count = set ? c->req->tag_count : 0;
            obj->columns_frame = c->pinfo->num;
        }
    }
}

static const void *
resolve_logon(packet_info *pinfo _U_, const void *session, guint32 logon_id)
{
    static const guint8 types[3] = { LOGON_TYPE_UNKNOWN, LOGON_TYPE_PRIVATE, LOGON_TYPE_PUBLIC };
    const oxc_session_t *s = (const oxc_session_t *)session;

    return s ? &types[s->logon_types[logon_id & 0xFF]] : &types[0];
}

logon_type_t
state_logon_type(rop_ctx_t *c, guint8 logon_id)
{
    const guint8 *t = (const guint8 *)cached(c, LOOKUP_LOGON, resolve_logon,
                                             c->callinfo ? c->callinfo->session : NULL, logon_id);

    return t ? (logon_type_t)*t : LOGON_TYPE_UNKNOWN;
}

gboolean
state_table_columns(rop_ctx_t *c, guint8 handle_index, const guint32 **tags, guint *count)
{
    rop_call_info_t *ci = c->callinfo;
    const oxc_lookup_t *l;

    if (ci && ci->columns && ci->columns[handle_index]) {
        *tags = ci->columns[handle_index];
        *count = ci->column_counts[handle_index];
        return TRUE;
    }
    if (handle_index >= c->handle_count)
        return FALSE;
    l = state_lookup_handle(c, c->handles[handle_index]);
    if (!l || !l->columns)
        return FALSE;
    *tags = l->columns;
    *count = l->column_count;
    return TRUE;
}

/* ---- named properties ---- */

void
state_map_named_property(rop_ctx_t *c, guint16 id, const char *name)
{
    oxc_session_t *s = c->callinfo ? c->callinfo->session : NULL;

    if (!s || PINFO_FD_VISITED(c->pinfo) || id < 0x8000)
        return;
    wmem_map_insert(s->named, GUINT_TO_POINTER(id), wmem_strdup(wmem_file_scope(), name));
}

static const void *
resolve_named(packet_info *pinfo _U_, const void *session, guint32 id)
{
    const oxc_session_t *s = (const oxc_session_t *)session;

    return s ? wmem_map_lookup(s->named, GUINT_TO_POINTER(id)) : NULL;
}

const char *
state_named_property(rop_ctx_t *c, guint16 id)
{
    if (id < 0x8000 || !c->callinfo)
        return NULL;
    return (const char *)cached(c, LOOKUP_NAMED, resolve_named, c->callinfo->session, id);
}

/* ---- RopPending ---- */

typedef struct pending_result {
    const oxc_session_t *session;
    pending_rule_t rule;
} pending_result_t;

static gboolean
linked(const oxc_session_t *x, const oxc_session_t *s)
{
    if (x == s)
        return TRUE;
    if (x->icxr_link != NO_LINK && (gint32)(x->icxr_link & 0xFFFF) == s->session_index)
        return TRUE;
    if (s->icxr_link != NO_LINK && (gint32)(s->icxr_link & 0xFFFF) == x->session_index)
        return TRUE;
    return x->icxr_link != NO_LINK && x->icxr_link == s->icxr_link;
}

static const void *
resolve_pending(packet_info *pinfo, const void *session, guint32 session_index)
{
    const oxc_session_t *s = (const oxc_session_t *)session;
    wmem_list_t *l = (wmem_list_t *)wmem_map_lookup(sessions_by_index, GINT_TO_POINTER((gint32)session_index));
    pending_result_t *r = wmem_new0(wmem_file_scope(), pending_result_t);
    const oxc_session_t *by_conv = NULL, *by_client = NULL;
    wmem_list_frame_t *f;

    if (s && s->mapihttp) {
        r->rule = PENDING_MAPIHTTP;
        return r;
    }
    for (f = l ? wmem_list_head(l) : NULL; f; f = wmem_list_frame_next(f)) {
        const oxc_session_t *x = (const oxc_session_t *)wmem_list_frame_data(f);
        if (s && linked(x, s)) {
            r->session = x;
            r->rule = PENDING_LINKED;
            return r;
        }
        if (!by_conv && x->conv_index == find_or_create_conversation(pinfo)->conv_index)
            by_conv = x;
        if (!by_client && addresses_equal(&x->client, &pinfo->dst))
            by_client = x;
    }
    r->session = by_conv ? by_conv : by_client;
    r->rule = by_conv ? PENDING_SAME_CONNECTION : by_client ? PENDING_SAME_CLIENT : PENDING_UNRESOLVED;
    return r;
}

const oxc_session_t *
state_resolve_session_index(rop_ctx_t *c, guint16 session_index, pending_rule_t *rule)
{
    const pending_result_t *r = (const pending_result_t *)cached(c, LOOKUP_PENDING, resolve_pending,
                                                                 c->callinfo ? c->callinfo->session : NULL,
                                                                 session_index);

    *rule = r ? r->rule : PENDING_UNRESOLVED;
    return r ? r->session : NULL;
}

void
state_register(void)
{
    sessions_by_cxh = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_str_hash, g_str_equal);
    sessions_by_cookie = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_str_hash, g_str_equal);
    sessions_by_conv = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
    sessions_by_index = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
    connect_requests = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
    register_init_routine(state_init);
}

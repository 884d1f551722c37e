/* SPDX-License-Identifier: GPL-2.0-or-later */
/* wscompat.h: the one place that knows which Wireshark release the plugin is
 * built against. The code is written in the newest supported API (4.6); each
 * shim below gives an older release (4.0, 4.4) that API, and says which release
 * changed it. Private libwireshark internals the plugin cannot do without are
 * reached only through the functions at the end, each saying why no public path
 * exists.
 *
 * Supported and tested: Wireshark 4.0, 4.4 and 4.6 (Debian 12, 13 and sid).
 */
#ifndef OXCROPS_WSCOMPAT_H
#define OXCROPS_WSCOMPAT_H

#include <ws_version.h>
#include <epan/packet.h>

#define OXC_WS_AT_LEAST(major, minor) \
    (WIRESHARK_VERSION_MAJOR > (major) || \
     (WIRESHARK_VERSION_MAJOR == (major) && WIRESHARK_VERSION_MINOR >= (minor)))

#if OXC_WS_AT_LEAST(4, 2)
#include <wsutil/plugins.h>
#include <epan/dissectors/packet-media-type.h>
#else
/* 4.2 named the tvb accessors after the C99 types (tvb_get_uint8 ...); 4.4
 * deprecates the glib names. */
#define tvb_get_uint8   tvb_get_guint8
#define tvb_get_uint16  tvb_get_guint16
#define tvb_find_uint8  tvb_find_guint8
/* ... and called ws_strcasestr ws_ascii_strcasestr (it folds ASCII case only) */
#include <wsutil/str_util.h>
#define ws_ascii_strcasestr ws_strcasestr
#include <epan/dissectors/packet-http.h>
/* 4.2 added plugin_describe(), which 4.4's loader looks for; 4.0 ignores it. */
#define WS_PLUGIN_DESC_DISSECTOR (1UL << 0)
/* 4.2 turned HTTP's http_message_info_t (what HTTP hands a media_type
 * dissector) into the media-neutral media_content_info_t: the same members
 * (type, media_str, content_id, data), the types renamed. 4.0's content_id is
 * not set: never read it. */
typedef http_message_info_t media_content_info_t;
#define MEDIA_CONTAINER_HTTP_REQUEST  HTTP_REQUEST
#define MEDIA_CONTAINER_HTTP_RESPONSE HTTP_RESPONSE
#endif

#if OXC_WS_AT_LEAST(4, 6)
/* 4.6: a stat_tap_ui init callback returns whether it started. */
#define OXC_STAT_TAP_INIT(fn) fn
#define OXC_DEFINE_STAT_TAP_INIT(fn)
#else
/* Before 4.6 a stat_tap_ui init callback returned nothing: the plugin's
 * callbacks are written as 4.6 has them (bool) and wrapped. */
#define OXC_STAT_TAP_INIT(fn) fn##_void
#define OXC_DEFINE_STAT_TAP_INIT(fn) \
    static void fn##_void(const char *opt_arg, void *userdata) { (void)fn(opt_arg, userdata); }
#endif

#if !GLIB_CHECK_VERSION(2, 82, 0)
/* GLib 2.82 (Debian 13's 2.84 and sid's warn) deprecates g_qsort_with_data for
 * g_sort_array (size_t count); Debian 12 has 2.74. */
#define g_sort_array(base, n, size, cmp, data) g_qsort_with_data((base), (gint)(n), (size), (cmp), (data))
#endif

/* Whether item ti's tree is shown, so that its label gets written (false in the
 * hidden tree a filter-only pass builds). No function tells; proto.h's own
 * label functions test the tree_data's visible flag (PTREE_DATA, the same in
 * 4.0, 4.4 and 4.6). */
static inline gboolean
oxc_item_label_shown(proto_item *ti)
{
    return ti && PTREE_DATA(ti)->visible;
}

/* ---- DCE/RPC interface registrations ----
 * An interface UUID's registration (dcerpc_uuid_value: protocol, ett, name,
 * procedure table, opnum field) sits in the exported dcerpc_uuids table.
 * DCE/RPC has functions to read parts of it but none to replace it, and
 * registering a registered UUID again frees the new key and then uses it in
 * 4.0 (valgrind: invalid reads in dissector_add_guid): the EMSMDB takeover
 * (emsmdb.c) patches the built-in mapi dissector's entry in place. Table, key
 * and struct are the same in 4.0, 4.4 and 4.6 (procs became const in 4.2);
 * testcaps/test_valgrind.py checks the takeover on each. */
#include <epan/dissectors/packet-dcerpc.h>

static inline dcerpc_uuid_value *
oxc_dcerpc_registration(const e_guid_t *uuid, guint16 ver)
{
    guid_key key;

    key.guid = *uuid;
    key.ver = ver;
    return (dcerpc_uuid_value *)g_hash_table_lookup(dcerpc_uuids, &key);
}

/* ---- HTTP's request/response pairing ----
 * HTTP hands a media_type dissector only the headers. Which request a response
 * answers, and a request's URI, are in HTTP's per-frame http_req_res_t, which
 * 4.2 and later publish in packet-http.h under the key HTTP_PROTO_DATA_REQRES
 * (Wireshark's own gRPC and JSON dissectors read it so). */
#include <epan/proto_data.h>
#include <epan/conversation.h>
#include <epan/dissectors/packet-http.h>

#if !OXC_WS_AT_LEAST(4, 2)
/* 4.0 keeps the pair under key 0 without naming it; its http_req_res_t has no
 * request_uri, which is in the conversation's http_conv_t, valid for the
 * request being dissected on the first pass. */
#define HTTP_PROTO_DATA_REQRES 0
#endif

/* The frame of the request this HTTP response answers; 0 where HTTP paired none. */
static inline guint32
oxc_http_request_frame(packet_info *pinfo, int proto_http)
{
    const http_req_res_t *rr = (const http_req_res_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_http,
                                                                        HTTP_PROTO_DATA_REQRES);

    return rr ? rr->req_framenum : 0;
}

/* The URI of the HTTP request being dissected, on the first pass (NULL when unknown). */
static inline const char *
oxc_http_request_uri(packet_info *pinfo, int proto_http)
{
#if OXC_WS_AT_LEAST(4, 2)
    const http_req_res_t *rr = (const http_req_res_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_http,
                                                                        HTTP_PROTO_DATA_REQRES);

    return rr ? rr->request_uri : NULL;
#else
    conversation_t *conv = find_conversation_pinfo(pinfo, 0);
    const http_conv_t *hc = conv ? (const http_conv_t *)conversation_get_proto_data(conv, proto_http) : NULL;

    return hc ? hc->request_uri : NULL;
#endif
}

#endif

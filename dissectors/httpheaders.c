/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpheaders.c: HTTP header values kept from the first pass (httpheaders.h). */
#include <epan/packet.h>
#include <epan/proto_data.h>

#include "httpheaders.h"

/* proto data keys of a frame: HEADERS_BASE + the body's index in the frame (a
 * frame can carry several pipelined HTTP messages); the per-packet counter of
 * bodies seen sits under COUNTER_KEY. Both are the same on every pass. */
#define COUNTER_KEY  0x48000000u
#define HEADERS_BASE 0x48000001u

wmem_map_t *
oxc_http_headers(packet_info *pinfo, const media_content_info_t *info, int proto, const char *const *names)
{
    guint index = GPOINTER_TO_UINT(p_get_proto_data(pinfo->pool, pinfo, proto, COUNTER_KEY));
    wmem_map_t *http, *kept;

    p_add_proto_data(pinfo->pool, pinfo, proto, COUNTER_KEY, GUINT_TO_POINTER(index + 1));
    if (PINFO_FD_VISITED(pinfo))
        return (wmem_map_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto, HEADERS_BASE + index);
    if (!info || (info->type != MEDIA_CONTAINER_HTTP_REQUEST && info->type != MEDIA_CONTAINER_HTTP_RESPONSE))
        return NULL;
    http = (wmem_map_t *)info->data;
    if (!http)
        return NULL;
    /* made only for a body that has one of the headers (ews.c sees every XML body) */
    kept = NULL;
    for (; *names; names++) {
        const char *v = (const char *)wmem_map_lookup(http, *names);

        if (!v)
            continue;
        if (!kept) {
            kept = wmem_map_new(wmem_file_scope(), g_str_hash, g_str_equal);
            p_add_proto_data(wmem_file_scope(), pinfo, proto, HEADERS_BASE + index, kept);
        }
        wmem_map_insert(kept, *names, wmem_strdup(wmem_file_scope(), v));
    }
    return kept;
}

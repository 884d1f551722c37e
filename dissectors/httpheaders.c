/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpheaders.c: HTTP header values, kept from the first pass on 4.6 (httpheaders.h). */
#include <string.h>

#include <epan/packet.h>
#include <epan/proto_data.h>

#include "httpheaders.h"

struct oxc_http_headers {
    wmem_map_t *http;           /* 4.0, 4.4: HTTP's map (lower-cased name -> value) */
    guint n;                    /* 4.6: the headers kept */
    struct {
        const char *name;       /* one of the caller's static names */
        const char *value;
    } kept[];
};

static wmem_map_t *
http_map(const media_content_info_t *info)
{
    if (!info || (info->type != MEDIA_CONTAINER_HTTP_REQUEST && info->type != MEDIA_CONTAINER_HTTP_RESPONSE))
        return NULL;
    return (wmem_map_t *)info->data;
}

#if OXC_WS_AT_LEAST(4, 6)
/* proto data keys of a frame: HEADERS_BASE + the body's index in the frame (a
 * frame can carry several pipelined HTTP messages); the per-packet counter of
 * bodies seen sits under COUNTER_KEY. Both are the same on every pass. */
#define COUNTER_KEY  0x48000000u
#define HEADERS_BASE 0x48000001u

/* Every value kept, once: most repeat from message to message (cookies, client
 * and server application, device info), so a message's block holds pointers. */
static wmem_map_t *values_kept;

static const char *
keep_value(const char *v)
{
    const char *kept;

    if (!values_kept)
        values_kept = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_str_hash, g_str_equal);
    kept = (const char *)wmem_map_lookup(values_kept, v);
    if (!kept) {
        kept = wmem_strdup(wmem_file_scope(), v);
        wmem_map_insert(values_kept, kept, (void *)kept);
    }
    return kept;
}

const oxc_http_headers_t *
oxc_http_headers(packet_info *pinfo, const media_content_info_t *info, int proto, const char *const *names)
{
    guint body = GPOINTER_TO_UINT(p_get_proto_data(pinfo->pool, pinfo, proto, COUNTER_KEY));
    const char *values[32];
    guint i, n = 0;
    oxc_http_headers_t *h;
    wmem_map_t *http;

    p_add_proto_data(pinfo->pool, pinfo, proto, COUNTER_KEY, GUINT_TO_POINTER(body + 1));
    if (PINFO_FD_VISITED(pinfo))
        return (const oxc_http_headers_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto, HEADERS_BASE + body);
    http = http_map(info);
    if (!http)
        return NULL;
    for (i = 0; names[i] && i < G_N_ELEMENTS(values); i++) {
        values[i] = (const char *)wmem_map_lookup(http, names[i]);
        n += values[i] != NULL;
    }
    if (!n)
        return NULL;    /* ews.c sees every XML body: most have none */
    h = (oxc_http_headers_t *)wmem_alloc(wmem_file_scope(), sizeof *h + n * sizeof h->kept[0]);
    h->http = NULL;
    h->n = 0;
    for (i = 0; names[i] && i < G_N_ELEMENTS(values); i++) {
        if (values[i]) {
            h->kept[h->n].name = names[i];
            h->kept[h->n].value = keep_value(values[i]);
            h->n++;
        }
    }
    p_add_proto_data(wmem_file_scope(), pinfo, proto, HEADERS_BASE + body, h);
    return h;
}
#else
const oxc_http_headers_t *
oxc_http_headers(packet_info *pinfo, const media_content_info_t *info, int proto _U_,
                 const char *const *names _U_)
{
    wmem_map_t *http = http_map(info);
    oxc_http_headers_t *h;

    if (!http)
        return NULL;
    h = wmem_new(pinfo->pool, oxc_http_headers_t);
    h->http = http;
    h->n = 0;
    return h;
}
#endif

const char *
oxc_http_header(const oxc_http_headers_t *headers, const char *name)
{
    guint i;

    if (!headers)
        return NULL;
    if (headers->http)
        return (const char *)wmem_map_lookup(headers->http, name);
    for (i = 0; i < headers->n; i++)
        if (headers->kept[i].name == name || !strcmp(headers->kept[i].name, name))
            return headers->kept[i].value;
    return NULL;
}

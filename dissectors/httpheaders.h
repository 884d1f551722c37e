/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpheaders.h: the HTTP headers a media_type dissector (mapihttp.c, ews.c)
 * reads, the same on every pass. */
#ifndef OXCROPS_HTTPHEADERS_H
#define OXCROPS_HTTPHEADERS_H

#include <epan/packet.h>

#include "wscompat.h"

typedef struct oxc_http_headers oxc_http_headers_t;

/* The headers HTTP handed this body, NULL when HTTP gave none (not an HTTP
 * body). Wireshark 4.6's HTTP hands later passes an empty header map, so a
 * dissector that read it then would lose every header-derived field in the GUI
 * and with tshark -2: on 4.6 the headers in `names` (NULL-terminated,
 * lower-cased, static) are read on the first pass and kept for the frame in one
 * file-scope block of pointers to values kept once per capture (nothing for a
 * body with none of them: NULL), and handed back on later passes. On 4.0 and 4.4 HTTP's own map, which holds every header
 * on every pass, is read. */
const oxc_http_headers_t *oxc_http_headers(packet_info *pinfo, const media_content_info_t *info, int proto,
                                           const char *const *names);

/* The value of header `name` (lower-cased, one of the `names` above), or NULL. */
const char *oxc_http_header(const oxc_http_headers_t *headers, const char *name);

#endif

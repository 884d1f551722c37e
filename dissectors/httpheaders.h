/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpheaders.h: the HTTP headers a media_type dissector (mapihttp.c, ews.c)
 * reads, the same on every pass. */
#ifndef OXCROPS_HTTPHEADERS_H
#define OXCROPS_HTTPHEADERS_H

#include <epan/packet.h>

#include "wscompat.h"

/* The headers HTTP handed this body (lower-cased name -> value), restricted to
 * `names` (NULL-terminated, lower-cased): read from HTTP's map on the first pass
 * and kept for the frame (file scope, under proto's proto data), handed back on
 * later passes; NULL when none of them is there, or HTTP gave no headers (not
 * an HTTP body). Wireshark 4.6's HTTP hands later passes an empty map, so a
 * dissector that read it then would lose every header-derived field in the GUI
 * and with tshark -2. */
wmem_map_t *oxc_http_headers(packet_info *pinfo, const media_content_info_t *info, int proto,
                             const char *const *names);

#endif

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lz77.h: bounded LZ77 decompression (lz77.c). */
#ifndef OXCROPS_LZ77_H
#define OXCROPS_LZ77_H

#include <glib.h>

typedef enum {
    LZ77_OK,
    LZ77_CORRUPT,       /* truncated token, or a match before the start of the output */
    LZ77_TOO_LONG       /* the output would pass out_max */
} lz77_result_t;

/* Decompresses in[0..len) into out (at most out_max bytes); *out_len gets the size. */
lz77_result_t oxc_lz77_decompress(const guint8 *in, guint len, guint8 *out, guint out_max, guint *out_len);

#endif

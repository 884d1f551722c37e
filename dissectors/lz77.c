/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lz77.c: the LZ77 + DIRECT2 decompression of MS-OXCRPC 3.1.4.1.1.2 (the
 * "Plain LZ77" of MS-XCA 2.3/2.4), bounded by the size the RPC_HEADER_EXT
 * announces.
 *
 * libwireshark's tvb_uncompress_lz77() decodes the same format but grows its
 * output without limit: 64 KiB of crafted matches could expand to about a
 * gigabyte. Here the output may not pass SizeActual (at most 65535 bytes), so
 * a payload either decompresses to what its header says or is reported.
 */
#include <epan/packet.h>

#include "lz77.h"

/* Reads `n` little-endian bytes at in[*pos] (bounded by len), advancing *pos. */
static gboolean
take(const guint8 *in, guint len, guint *pos, guint n, guint32 *v)
{
    guint i;

    if (*pos + n > len)
        return FALSE;
    *v = 0;
    for (i = 0; i < n; i++)
        *v |= (guint32)in[*pos + i] << (8 * i);
    *pos += n;
    return TRUE;
}

/* The length of a match (MS-XCA 2.4.4: 3 bits, then a shared nibble, a byte, a
 * 16-bit and a 32-bit field). */
static gboolean
match_length(const guint8 *in, guint len, guint *pos, guint *nibble_pos, guint32 *length)
{
    guint32 v;

    if (*length < 7)
        goto done;
    if (*nibble_pos == 0) {                 /* a new shared byte: its low nibble */
        *nibble_pos = *pos;
        if (!take(in, len, pos, 1, &v))
            return FALSE;
        v &= 0x0F;
    } else {                                /* the high nibble of the last one */
        v = in[*nibble_pos] >> 4;
        *nibble_pos = 0;
    }
    if (v == 15) {
        if (!take(in, len, pos, 1, &v))
            return FALSE;
        if (v == 255) {
            if (!take(in, len, pos, 2, &v))
                return FALSE;
            if (v == 0 && !take(in, len, pos, 4, &v))
                return FALSE;
            if (v < 15 + 7)
                return FALSE;
            v -= 15 + 7;
        }
        v += 15;
    }
    *length = v + 7;
done:
    *length += 3;
    return TRUE;
}

lz77_result_t
oxc_lz77_decompress(const guint8 *in, guint len, guint8 *out, guint out_max, guint *out_len)
{
    guint pos = 0, o = 0, nibble_pos = 0, bits = 0;
    guint32 flags = 0;

    *out_len = 0;
    while (pos < len) {
        if (bits == 0) {
            if (!take(in, len, &pos, 4, &flags))
                return LZ77_CORRUPT;
            bits = 32;
        }
        bits--;
        if (!(flags & (1u << bits))) {      /* a literal */
            if (pos >= len)
                break;
            if (o >= out_max)
                return LZ77_TOO_LONG;
            out[o++] = in[pos++];
        } else {                            /* a match, or the end marker */
            guint32 token, length, distance, i;
            if (pos == len)
                break;
            if (!take(in, len, &pos, 2, &token))
                return LZ77_CORRUPT;
            length = token & 7;
            distance = (token >> 3) + 1;
            if (!match_length(in, len, &pos, &nibble_pos, &length))
                return LZ77_CORRUPT;
            if (distance > o)
                return LZ77_CORRUPT;
            if (length > out_max - o)
                return LZ77_TOO_LONG;
            for (i = 0; i < length; i++, o++)   /* byte by byte: copies may overlap */
                out[o] = out[o - distance];
        }
    }
    *out_len = o;
    return LZ77_OK;
}

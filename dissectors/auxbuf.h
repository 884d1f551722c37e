/* SPDX-License-Identifier: GPL-2.0-or-later */
/* auxbuf.h: auxiliary blocks (MS-OXCRPC 2.2.2.2), auxbuf.c. */
#ifndef AUXBUF_H
#define AUXBUF_H

#include <epan/packet.h>

void auxbuf_register(void);
/* Decodes AUX_HEADER blocks from the start to the end of tvb (an auxiliary
 * payload once its RPC_HEADER_EXT has been undone). */
void dissect_aux_blocks(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree);

#endif

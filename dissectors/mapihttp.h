/* SPDX-License-Identifier: GPL-2.0-or-later */
/* mapihttp.h: the MAPI over HTTP carrier (mapihttp.c). */
#ifndef MAPIHTTP_H
#define MAPIHTTP_H

void mapihttp_register(void);
void mapihttp_handoff(void);

#endif

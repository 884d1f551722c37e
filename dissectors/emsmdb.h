/* SPDX-License-Identifier: GPL-2.0-or-later */
/* emsmdb.h: the EMSMDB DCE/RPC carrier (emsmdb.c). */
#ifndef EMSMDB_H
#define EMSMDB_H

void emsmdb_register(void);
void emsmdb_handoff(void);

#endif

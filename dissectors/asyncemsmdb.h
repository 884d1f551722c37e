/* SPDX-License-Identifier: GPL-2.0-or-later */
/* asyncemsmdb.h: the AsyncEMSMDB DCE/RPC interface (asyncemsmdb.c). */
#ifndef ASYNCEMSMDB_H
#define ASYNCEMSMDB_H

void asyncemsmdb_register(void);
void asyncemsmdb_handoff(void);

#endif

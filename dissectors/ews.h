/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ews.h: Exchange Web Services, the SOAP summary over text/xml bodies (ews.c). */
#ifndef EWS_H
#define EWS_H

void ews_register(void);
void ews_handoff(void);

#endif

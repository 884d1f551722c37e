/* SPDX-License-Identifier: GPL-2.0-or-later */
/* oxcrops_plugin.h: what plugin/plugin.c needs from the dissectors. */
#ifndef OXCROPS_PLUGIN_H
#define OXCROPS_PLUGIN_H

void oxcrops_register_protocols(void);
void oxcrops_register_handoffs(void);

#endif

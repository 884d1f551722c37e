/* SPDX-License-Identifier: GPL-2.0-or-later */
/* plugin.c: Wireshark plugin entry points for oxcrops.
 *
 * Every supported loader (4.0, 4.4, 4.6) looks for plugin_version and the
 * plugin_want_major / plugin_want_minor pair (doc/plugins.example) and refuses
 * a plugin built for another major.minor; 4.2 and later also call
 * plugin_describe() to learn what kind of plugin it is (4.0 ignores it).
 */
#include <wireshark.h>
#include <epan/packet.h>
#include <epan/proto.h>

#include "wscompat.h"
#include "oxcrops_plugin.h"

#ifndef PLUGIN_VERSION
#define PLUGIN_VERSION "0.0.0"
#endif

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = PLUGIN_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);
WS_DLL_PUBLIC guint32 plugin_describe(void);

void
plugin_register(void)
{
    static proto_plugin oxcrops_plugin;

    oxcrops_plugin.register_protoinfo = oxcrops_register_protocols;
    oxcrops_plugin.register_handoff = oxcrops_register_handoffs;
    proto_register_plugin(&oxcrops_plugin);
}

guint32
plugin_describe(void)
{
    return WS_PLUGIN_DESC_DISSECTOR;
}

/* plugin.c: Wireshark plugin entry points for oxcrops.
 *
 * Wireshark 4.0 loads a plugin only if it exports plugin_version and the
 * plugin_want_major / plugin_want_minor pair (doc/plugins.example).
 */
#include <wireshark.h>
#include <epan/packet.h>
#include <epan/proto.h>

#include "oxcrops_plugin.h"

#ifndef PLUGIN_VERSION
#define PLUGIN_VERSION "0.0.0"
#endif

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = PLUGIN_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);

void
plugin_register(void)
{
    static proto_plugin oxcrops_plugin;

    oxcrops_plugin.register_protoinfo = oxcrops_register_protocols;
    oxcrops_plugin.register_handoff = oxcrops_register_handoffs;
    proto_register_plugin(&oxcrops_plugin);
}

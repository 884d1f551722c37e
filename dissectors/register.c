/* register.c: registers every protocol of the plugin, in dependency order. */
#include <epan/packet.h>

#include "oxcrops_plugin.h"
#include "oxcrops.h"
#include "emsmdb.h"
#include "mapihttp.h"

void
oxcrops_register_protocols(void)
{
    ropbuf_register();      /* oxcrops: the ROP buffer and every ROP family */
    extbuf_register();      /* RPC_HEADER_EXT and auxiliary buffers (under oxcrops) */
    emsmdb_register();      /* DCE/RPC carrier */
    mapihttp_register();    /* MAPI over HTTP carrier */
}

void
oxcrops_register_handoffs(void)
{
    emsmdb_handoff();
    mapihttp_handoff();
}

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* register.c: registers every protocol of the plugin, in dependency order. */
#include <epan/packet.h>

#include "oxcrops_plugin.h"
#include "oxcrops.h"
#include "emsmdb.h"
#include "mapihttp.h"
#include "auxbuf.h"
#include "asyncemsmdb.h"
#include "state.h"
#include "ews.h"
#include "stats.h"

void
oxcrops_register_protocols(void)
{
    ropbuf_register();      /* oxcrops: the ROP buffer and every ROP family */
    state_register();       /* sessions, objects, columns across frames */
    extbuf_register();      /* RPC_HEADER_EXT chains (under oxcrops) */
    auxbuf_register();      /* AUX_HEADER blocks of auxiliary buffers (under oxcrops) */
    emsmdb_register();      /* DCE/RPC carrier */
    asyncemsmdb_register(); /* its AsyncEMSMDB companion interface */
    mapihttp_register();    /* MAPI over HTTP carrier */
    ews_register();         /* Exchange Web Services summary over text/xml */
    stats_register();       /* -z oxcrops,counts / srt / sessions and their GUI statistics */
}

void
oxcrops_register_handoffs(void)
{
    emsmdb_handoff();
    asyncemsmdb_handoff();
    mapihttp_handoff();
    ews_handoff();
}

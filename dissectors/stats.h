/* SPDX-License-Identifier: GPL-2.0-or-later */
/* stats.h: the plugin's statistics (stats.c) and what the carriers tell them.
 *
 *   tshark -z oxcrops,counts    ROPs per RopId (requests, responses), failures per
 *                               RopId and per error code (a stats_tree: also
 *                               Statistics > OXCROPS > ROP counts in the GUI)
 *   tshark -z oxcrops,srt       service response time per ROP (an SRT table: also
 *                               Statistics > Service Response Time > OXCROPS)
 *   tshark -z oxcrops,sessions  one row per session (a stat_tap_table: also
 *                               Statistics > OXCROPS Sessions)
 *
 * ROP counts and response times come from the "oxcrops" tap (ropbuf.c, one
 * record per ROP). The session summary comes from the "oxcrops.call" tap: the
 * carriers (emsmdb.c, mapihttp.c) queue one record per call message, with what
 * the ROP layer and the extended buffers of that message counted in its
 * oxcrops_msg_stats_t (below).
 */
#ifndef OXCROPS_STATS_H
#define OXCROPS_STATS_H

#include <stdbool.h>
#include "oxcrops.h"

#define OXCROPS_CALL_TAP "oxcrops.call"

typedef enum {
    OXC_CARRIER_EMSMDB,
    OXC_CARRIER_MAPIHTTP
} oxc_carrier_t;

/* What one call message saw, built up while it is dissected (pinfo->pool, proto
 * data key 0 of proto_oxcrops). The counters restart with each message of the
 * frame; frame_rops and info do not (the Info column's ROP names, ropbuf.c). */
typedef struct oxcrops_msg_stats {
    guint32     frame_rops;     /* ROPs of the whole frame so far */
    guint32     rops;           /* ROPs of this message (requests, responses) */
    guint32     rop_failures;   /* response ROPs with ReturnValue != 0 */
    guint32     buffers;        /* ROP extended buffers (or legacy EcDoRpc buffers) */
    guint64     wire_bytes;     /* their payloads as sent (RPC_HEADER_EXT Size) */
    guint64     plain_bytes;    /* the same once uncompressed (what the ROP decoder read) */
    guint32     status;         /* the call's own failure code, 0 if none */
    const char *client_app;     /* X-ClientApplication, or rgwClientVersion (packet scope) */
    const struct oxc_session *session;  /* the session the message belongs to, if known */
    wmem_strbuf_t *info;        /* ROP names not yet in the Info column (ropbuf.c), frame long */
} oxcrops_msg_stats_t;

/* One call message (request or response) of a carrier, on the "oxcrops.call" tap. */
typedef struct oxcrops_call_tap_info {
    oxc_carrier_t carrier;
    const char   *call;             /* opnum name or X-RequestType ("EcDoRpcExt2", "Execute") */
    rop_dir_t     dir;
    guint32       request_frame;    /* frame of the call's request, 0 if not in the capture */
    oxcrops_msg_stats_t counts;     /* what the message held (session NULL: none known) */
} oxcrops_call_tap_info_t;

/* The counters of the message being dissected (created on first use). */
oxcrops_msg_stats_t *oxcrops_msg_stats(packet_info *pinfo);
/* End of a carrier's message: queues its record on the "oxcrops.call" tap and
 * restarts the message counters. */
void oxcrops_tap_call(packet_info *pinfo, oxc_carrier_t carrier, const char *call, rop_dir_t dir,
                      guint32 request_frame);

/* tshark -z CLI[,filter] for the stats_tree registered as ABBR: queues tshark's
 * own -z ABBR,tree[,filter] (stat_tap_ui init); false if tshark has none. */
bool oxcrops_stats_tree_cli_init(const char *abbr, const char *cli, const char *opt_arg);

void stats_register(void);

#endif

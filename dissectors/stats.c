/* SPDX-License-Identifier: GPL-2.0-or-later */
/* stats.c: statistics over the plugin's taps (stats.h).
 *
 *   -z oxcrops,counts[,filter]    stats_tree "oxcrops_counts" (GUI: Statistics > OXCROPS > ROP counts;
 *                                 tshark also knows it as -z oxcrops_counts,tree)
 *   -z oxcrops,srt[,filter]       SRT table per RopId (GUI: Statistics > Service Response Time > OXCROPS)
 *   -z oxcrops,sessions[,filter]  stat_tap_table (GUI: Statistics > OXCROPS Sessions)
 *
 * tshark's own -z handler for a stats_tree wants "<abbr>,tree", and prints a
 * stat_tap_table without aligning its columns: the two "-z oxcrops,..." forms
 * above are registered here with the same trees and tables and a printer each.
 */
#include <stdio.h>
#include <string.h>

#include <epan/packet.h>
#include <epan/proto_data.h>
#include <epan/tap.h>
#include <epan/stat_tap_ui.h>
#include <epan/stats_tree.h>
#include <epan/srt_table.h>
#include <wsutil/report_message.h>

#include "wscompat.h"
#include "stats.h"
#include "state.h"
#include "rop_table.h"
#include "errcodes.h"

static int call_tap = -1;

/* ---------------------------------------------------------------- per-message counters */

/* proto data key 0 of proto_oxcrops: ropbuf.c's Info column uses frame_rops */
#define KEY_MSG_STATS 0

oxcrops_msg_stats_t *
oxcrops_msg_stats(packet_info *pinfo)
{
    oxcrops_msg_stats_t *m = (oxcrops_msg_stats_t *)p_get_proto_data(pinfo->pool, pinfo, proto_oxcrops, KEY_MSG_STATS);

    if (!m) {
        m = wmem_new0(pinfo->pool, oxcrops_msg_stats_t);
        p_add_proto_data(pinfo->pool, pinfo, proto_oxcrops, KEY_MSG_STATS, m);
    }
    return m;
}

void
oxcrops_tap_call(packet_info *pinfo, oxc_carrier_t carrier, const char *call, rop_dir_t dir, guint32 request_frame)
{
    oxcrops_msg_stats_t *m = oxcrops_msg_stats(pinfo);
    guint32 frame_rops = m->frame_rops;
    wmem_strbuf_t *info = m->info;

    if (have_tap_listener(call_tap)) {
        oxcrops_call_tap_info_t *t = wmem_new(pinfo->pool, oxcrops_call_tap_info_t);
        t->carrier = carrier;
        t->call = call ? call : "Unknown";
        t->dir = dir;
        t->request_frame = request_frame;
        t->counts = *m;
        tap_queue_packet(call_tap, pinfo, t);
    }
    memset(m, 0, sizeof *m);
    m->frame_rops = frame_rops;
    m->info = info;
}

/* ---------------------------------------------------------------- names */

static const char *
rop_name(guint8 rop_id, wmem_allocator_t *scope)
{
    const rop_desc_t *d = rop_desc(rop_id);

    return d ? d->name : wmem_strdup_printf(scope, "Unknown RopId 0x%02x", rop_id);
}

static const char *
error_name(guint32 code, wmem_allocator_t *scope)
{
    return wmem_strdup_printf(scope, "%s (0x%08x)",
                              val_to_str_ext_const(code, &oxcdata_error_code_vals_ext, "unknown error"), code);
}

/* ---------------------------------------------------------------- ROP counts (stats_tree) */

#define COUNTS_ABBR "oxcrops_counts"
#define COUNTS_CLI  "oxcrops,counts"

static const char st_requests[] = "ROP requests";
static const char st_responses[] = "ROP responses";
static const char st_failed[] = "Failed ROPs by RopId";
static const char st_errors[] = "Failed ROPs by error code";
static int st_node_requests = -1;
static int st_node_responses = -1;
static int st_node_failed = -1;
static int st_node_errors = -1;

static void
counts_init(stats_tree *st)
{
    st_node_requests = stats_tree_create_node(st, st_requests, 0, STAT_DT_INT, TRUE);
    st_node_responses = stats_tree_create_node(st, st_responses, 0, STAT_DT_INT, TRUE);
    st_node_failed = stats_tree_create_node(st, st_failed, 0, STAT_DT_INT, TRUE);
    st_node_errors = stats_tree_create_node(st, st_errors, 0, STAT_DT_INT, TRUE);
}

static tap_packet_status
counts_packet(stats_tree *st, packet_info *pinfo, epan_dissect_t *edt _U_, const void *data, tap_flags_t flags _U_)
{
    const oxcrops_tap_info_t *t = (const oxcrops_tap_info_t *)data;
    const char *rop = rop_name(t->rop_id, pinfo->pool);
    const char *err;
    int node;

    if (t->dir == ROP_REQUEST) {
        tick_stat_node(st, st_requests, 0, FALSE);
        tick_stat_node(st, rop, st_node_requests, FALSE);
        return TAP_PACKET_REDRAW;
    }
    tick_stat_node(st, st_responses, 0, FALSE);
    tick_stat_node(st, rop, st_node_responses, FALSE);
    if (!t->has_status || t->return_value == 0)
        return TAP_PACKET_REDRAW;
    err = error_name(t->return_value, pinfo->pool);
    tick_stat_node(st, st_failed, 0, FALSE);
    node = tick_stat_node(st, rop, st_node_failed, TRUE);
    tick_stat_node(st, err, node, FALSE);
    tick_stat_node(st, st_errors, 0, FALSE);
    node = tick_stat_node(st, err, st_node_errors, TRUE);
    tick_stat_node(st, rop, node, FALSE);
    return TAP_PACKET_REDRAW;
}

/* ---------------------------------------------------------------- tshark -z for a stats_tree */

/* A stats_tree printed at the end of a tshark run, as tshark prints stats_trees. */
/* `-z <cli>[,filter]` for the stats_tree registered as <abbr>: handed on to the
 * `-z <abbr>,tree[,filter]` that tshark registers for every stats_tree, through
 * the public -z queue (start_requested_stats() also starts what is queued while
 * it runs). tshark then draws and frees the tree as it does its own. */
bool
oxcrops_stats_tree_cli_init(const char *abbr, const char *cli, const char *opt_arg)
{
    size_t n = strlen(cli);
    char *arg = g_strdup_printf("%s,tree%s", abbr, !strncmp(opt_arg, cli, n) && opt_arg[n] == ',' ? opt_arg + n : "");
    bool ok = process_stat_cmd_arg(arg);

    if (!ok)
        report_failure("-z %s: the %s stats tree is not registered", opt_arg, abbr);
    g_free(arg);
    return ok;
}

/* tshark -z oxcrops,counts[,filter]: the tree above */
static bool
counts_cli_init(const char *opt_arg, void *userdata _U_)
{
    return oxcrops_stats_tree_cli_init(COUNTS_ABBR, COUNTS_CLI, opt_arg);
}
OXC_DEFINE_STAT_TAP_INIT(counts_cli_init)

/* ---------------------------------------------------------------- service response time (SRT table) */

static void
srt_init(struct register_srt *srt _U_, GArray *srt_array)
{
    srt_stat_table *table = init_srt_table("OXCROPS ROPs", NULL, srt_array, 256, "ROP", "oxcrops.rop_id", NULL);
    guint i;

    for (i = 0; i < 256; i++) {
        const rop_desc_t *d = rop_desc((guint8)i);
        char *name = d ? NULL : g_strdup_printf("Unknown RopId 0x%02x", i);
        init_srt_table_row(table, i, d ? d->name : name);
        g_free(name);
    }
}

/* One sample per response ROP paired with its request ROP: the time from the
 * call's request to the frame that carried the response (ROPs are batched, so
 * the ROPs of one call share it). */
static tap_packet_status
srt_packet(void *tapdata, packet_info *pinfo, epan_dissect_t *edt _U_, const void *data, tap_flags_t flags _U_)
{
    srt_data_t *sd = (srt_data_t *)tapdata;
    const oxcrops_tap_info_t *t = (const oxcrops_tap_info_t *)data;
    srt_stat_table *table;

    if (t->dir != ROP_RESPONSE || !t->paired)
        return TAP_PACKET_DONT_REDRAW;
    table = g_array_index(sd->srt_array, srt_stat_table *, 0);
    add_srt_table_data(table, t->rop_id, &t->request_time, pinfo);
    return TAP_PACKET_REDRAW;
}

/* ---------------------------------------------------------------- sessions (stat_tap_table) */

#define SESSIONS_CLI   "oxcrops,sessions"
#define SESSIONS_TABLE "OXCROPS sessions"

enum {
    COL_SESSION, COL_CARRIER, COL_FRAME, COL_CALLS, COL_FAILED_CALLS, COL_ROPS, COL_FAILED_ROPS,
    COL_WIRE_BYTES, COL_PLAIN_BYTES, COL_CLIENT, COL_USER_DN, NUM_COLS
};

static stat_tap_table_item session_fields[NUM_COLS] = {
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Session", "%u" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Carrier", "%s" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Created in frame", "%u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Calls", "%u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Failed calls", "%u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "ROPs", "%u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Failed ROPs", "%u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Bytes on the wire", "%u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Bytes decompressed", "%u" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Client", "%s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "User DN", "%s" },
};

/* What a row sums up (or a call message with no session yet: an EcDoConnectEx or
 * Connect request, merged into the session its response creates). */
typedef struct session_sums {
    guint32 calls, failed_calls, rops, failed_rops;
    guint64 wire_bytes, plain_bytes;
    char   *client;         /* g_malloc */
} session_sums_t;

/* What a table needs besides its rows: kept per table (a GUI window, a -z instance). */
typedef struct sessions_state {
    GHashTable *rows;           /* session number -> row index + 1 */
    GHashTable *pending;        /* request frame -> session_sums_t, calls before their session */
    GHashTable *call_sessions;  /* request frame -> session number, calls awaiting their response */
} sessions_state_t;

static GHashTable *table_states;    /* stat_tap_table * -> sessions_state_t */

static void
sums_free(gpointer p)
{
    session_sums_t *s = (session_sums_t *)p;

    if (s) {
        g_free(s->client);
        g_free(s);
    }
}

static void
state_free(gpointer p)
{
    sessions_state_t *st = (sessions_state_t *)p;

    g_hash_table_destroy(st->rows);
    g_hash_table_destroy(st->pending);
    g_hash_table_destroy(st->call_sessions);
    g_free(st);
}

static void
sums_add(session_sums_t *to, const session_sums_t *from)
{
    to->calls += from->calls;
    to->failed_calls += from->failed_calls;
    to->rops += from->rops;
    to->failed_rops += from->failed_rops;
    to->wire_bytes += from->wire_bytes;
    to->plain_bytes += from->plain_bytes;
    if (!to->client && from->client)
        to->client = g_strdup(from->client);
}

static void
sums_of_call(session_sums_t *s, const oxcrops_call_tap_info_t *t, gboolean request_seen)
{
    memset(s, 0, sizeof *s);
    /* a call is counted by its request, or by its response when this listener did
     * not see the request (not in the capture, or not matching the tap's filter) */
    s->calls = t->dir == ROP_REQUEST || !request_seen;
    s->failed_calls = t->dir == ROP_RESPONSE && t->counts.status != 0;
    s->rops = t->counts.rops;
    s->failed_rops = t->counts.rop_failures;
    s->wire_bytes = t->counts.wire_bytes;
    s->plain_bytes = t->counts.plain_bytes;
    s->client = (char *)t->counts.client_app;     /* borrowed: sums_add copies it */
}

static sessions_state_t *
table_state(const stat_tap_table *table)
{
    return (sessions_state_t *)g_hash_table_lookup(table_states, table);
}

static void
sessions_init(stat_tap_table_ui *ui)
{
    stat_tap_table *table;
    sessions_state_t *st;

    if (stat_tap_find_table(ui, SESSIONS_TABLE))
        return;
    table = stat_tap_init_table(SESSIONS_TABLE, NUM_COLS, 0, NULL);
    stat_tap_add_table(ui, table);
    st = g_new0(sessions_state_t, 1);
    st->rows = g_hash_table_new(g_direct_hash, g_direct_equal);
    st->pending = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, sums_free);
    st->call_sessions = g_hash_table_new(g_direct_hash, g_direct_equal);
    if (!table_states)
        table_states = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, state_free);
    /* replaces the state of a freed table that had the same address */
    g_hash_table_insert(table_states, table, st);
}

static guint
saturate(guint64 v)
{
    return v > G_MAXUINT ? G_MAXUINT : (guint)v;
}

static void
set_string(stat_tap_table *table, guint row, guint col, const char *s)
{
    stat_tap_table_item_type *item = stat_tap_get_field_data(table, row, col);

    g_free((char *)item->value.string_value);
    item->value.string_value = g_strdup(s ? s : "");
}

/* The row of a session, created on first sight. */
static guint
session_row(stat_tap_table *table, sessions_state_t *st, const oxc_session_t *s, oxc_carrier_t carrier)
{
    gpointer v = g_hash_table_lookup(st->rows, GUINT_TO_POINTER(s->number));
    stat_tap_table_item_type items[NUM_COLS];
    guint row, i;

    if (v) {
        row = GPOINTER_TO_UINT(v) - 1;
        if (!*stat_tap_get_field_data(table, row, COL_CARRIER)->value.string_value)   /* emptied by a reset */
            set_string(table, row, COL_CARRIER, carrier == OXC_CARRIER_MAPIHTTP ? "MAPI/HTTP" : "EMSMDB");
        return row;
    }
    row = table->num_elements;
    memset(items, 0, sizeof items);
    for (i = 0; i < NUM_COLS; i++)
        items[i].type = session_fields[i].type;
    items[COL_SESSION].value.uint_value = s->number;
    items[COL_CARRIER].value.string_value = g_strdup(carrier == OXC_CARRIER_MAPIHTTP ? "MAPI/HTTP" : "EMSMDB");
    items[COL_FRAME].value.uint_value = s->frame;
    items[COL_CLIENT].value.string_value = g_strdup("");
    items[COL_USER_DN].value.string_value = g_strdup(s->user_dn ? s->user_dn : "");
    items[COL_SESSION].user_data.ptr_value = g_new0(session_sums_t, 1);
    stat_tap_init_table_row(table, row, NUM_COLS, items);
    g_hash_table_insert(st->rows, GUINT_TO_POINTER(s->number), GUINT_TO_POINTER(row + 1));
    return row;
}

static void
update_row(stat_tap_table *table, guint row, const oxc_session_t *s, const session_sums_t *add)
{
    session_sums_t *sums = (session_sums_t *)stat_tap_get_field_data(table, row, COL_SESSION)->user_data.ptr_value;

    sums_add(sums, add);
    stat_tap_get_field_data(table, row, COL_CALLS)->value.uint_value = sums->calls;
    stat_tap_get_field_data(table, row, COL_FAILED_CALLS)->value.uint_value = sums->failed_calls;
    stat_tap_get_field_data(table, row, COL_ROPS)->value.uint_value = sums->rops;
    stat_tap_get_field_data(table, row, COL_FAILED_ROPS)->value.uint_value = sums->failed_rops;
    stat_tap_get_field_data(table, row, COL_WIRE_BYTES)->value.uint_value = saturate(sums->wire_bytes);
    stat_tap_get_field_data(table, row, COL_PLAIN_BYTES)->value.uint_value = saturate(sums->plain_bytes);
    if (sums->client && !*stat_tap_get_field_data(table, row, COL_CLIENT)->value.string_value)
        set_string(table, row, COL_CLIENT, sums->client);
    if (s) {    /* what the session knows now (first pass: it may learn its user later) */
        stat_tap_get_field_data(table, row, COL_FRAME)->value.uint_value = s->frame;
        if (s->user_dn && !*stat_tap_get_field_data(table, row, COL_USER_DN)->value.string_value)
            set_string(table, row, COL_USER_DN, s->user_dn);
    }
}

static tap_packet_status
sessions_packet(void *tapdata, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *data,
                tap_flags_t flags _U_)
{
    stat_data_t *sd = (stat_data_t *)tapdata;
    const oxcrops_call_tap_info_t *t = (const oxcrops_call_tap_info_t *)data;
    const oxc_session_t *s = t->counts.session;
    stat_tap_table *table = stat_tap_find_table(sd->stat_tap_data, SESSIONS_TABLE);
    sessions_state_t *st = table ? table_state(table) : NULL;
    gpointer key = GUINT_TO_POINTER(t->request_frame);
    session_sums_t call, *pending;
    guint row;

    if (!st)
        return TAP_PACKET_DONT_REDRAW;
    sums_of_call(&call, t, t->request_frame && (g_hash_table_contains(st->call_sessions, key) ||
                                                g_hash_table_contains(st->pending, key)));
    if (s) {
        row = session_row(table, st, s, t->carrier);
    } else {
        /* no session in this message: a response belongs to its request's session
         * (EcDoDisconnect answers with a zeroed handle); a connect request waits for
         * the response that creates its session */
        gpointer number = t->request_frame && t->dir == ROP_RESPONSE ? g_hash_table_lookup(st->call_sessions, key)
                                                                     : NULL;
        gpointer v = number ? g_hash_table_lookup(st->rows, number) : NULL;
        if (!v) {
            if (t->dir == ROP_RESPONSE) {   /* a call that never had a session (a failed connect) */
                g_hash_table_remove(st->pending, key);
                return TAP_PACKET_DONT_REDRAW;
            }
            if (!t->request_frame)
                return TAP_PACKET_DONT_REDRAW;
            pending = (session_sums_t *)g_hash_table_lookup(st->pending, key);
            if (!pending) {
                pending = g_new0(session_sums_t, 1);
                g_hash_table_insert(st->pending, key, pending);
            }
            sums_add(pending, &call);
            return TAP_PACKET_DONT_REDRAW;
        }
        row = GPOINTER_TO_UINT(v) - 1;
    }
    update_row(table, row, s, &call);
    if (!t->request_frame)
        return TAP_PACKET_REDRAW;
    pending = (session_sums_t *)g_hash_table_lookup(st->pending, key);
    if (pending) {
        update_row(table, row, s, pending);
        g_hash_table_remove(st->pending, key);
    }
    if (t->dir == ROP_REQUEST && s)
        g_hash_table_insert(st->call_sessions, key, GUINT_TO_POINTER(s->number));
    else if (t->dir == ROP_RESPONSE)
        g_hash_table_remove(st->call_sessions, key);
    return TAP_PACKET_REDRAW;
}

static void
sessions_free_item(stat_tap_table *table _U_, guint row _U_, guint column, stat_tap_table_item_type *item)
{
    if (column == COL_SESSION) {
        sums_free(item->user_data.ptr_value);
        item->user_data.ptr_value = NULL;
    } else if (session_fields[column].type == TABLE_ITEM_STRING) {
        g_free((char *)item->value.string_value);
        item->value.string_value = NULL;
    }
}

/* A reset (a retap, another file) empties every row but keeps the rows: the GUI's
 * windows on this table hold pointers to them. A row reused for a session of the
 * same number is filled again; rows left empty are not printed (tshark) and show
 * zeros (GUI, as other stat_tap_tables do). */
static void
sessions_reset(stat_tap_table *table)
{
    sessions_state_t *st = table_state(table);
    guint row, col;

    for (row = 0; row < table->num_elements; row++) {
        session_sums_t *sums = (session_sums_t *)stat_tap_get_field_data(table, row, COL_SESSION)->user_data.ptr_value;
        for (col = 0; col < table->num_fields; col++) {
            if (session_fields[col].type == TABLE_ITEM_STRING)
                set_string(table, row, col, "");
            else if (col != COL_SESSION)
                stat_tap_get_field_data(table, row, col)->value.uint_value = 0;
        }
        if (sums) {
            g_free(sums->client);
            memset(sums, 0, sizeof *sums);
        }
    }
    if (st) {
        g_hash_table_remove_all(st->pending);
        g_hash_table_remove_all(st->call_sessions);
    }
}

static stat_tap_table_ui sessions_ui = {
    REGISTER_PACKET_STAT_GROUP_UNSORTED,
    "OXCROPS Sessions",
    OXCROPS_CALL_TAP,
    SESSIONS_CLI,
    sessions_init,
    sessions_packet,
    sessions_reset,
    sessions_free_item,
    NULL,
    NUM_COLS, session_fields,
    0, NULL,
    NULL,
    0
};

/* tshark -z oxcrops,sessions[,filter]: the table (one per -z), columns aligned, by session number */
typedef struct sessions_cli {
    stat_tap_table_ui ui;       /* a copy of sessions_ui with its own table */
    stat_data_t       data;
    char             *filter;
} sessions_cli_t;

static gint
compare_rows(gconstpointer a, gconstpointer b, gpointer user_data)
{
    const stat_tap_table *table = (const stat_tap_table *)user_data;
    guint x = stat_tap_get_field_data(table, *(const guint *)a, COL_SESSION)->value.uint_value;
    guint y = stat_tap_get_field_data(table, *(const guint *)b, COL_SESSION)->value.uint_value;

    return x < y ? -1 : x > y;
}

static char *
cell_text(const stat_tap_table *table, guint row, guint col)
{
    const stat_tap_table_item_type *item = stat_tap_get_field_data(table, row, col);

    if (session_fields[col].type == TABLE_ITEM_STRING)
        return g_strdup(item->value.string_value && *item->value.string_value ? item->value.string_value : "-");
    if (col == COL_FRAME && item->value.uint_value == 0)
        return g_strdup("-");
    return g_strdup_printf("%u", item->value.uint_value);
}

/* A row a reset emptied and no session filled again. */
static gboolean
row_is_empty(const stat_tap_table *table, guint row)
{
    return !*stat_tap_get_field_data(table, row, COL_CARRIER)->value.string_value;
}

static void
sessions_cli_draw(void *tapdata)
{
    sessions_cli_t *cli = (sessions_cli_t *)((stat_data_t *)tapdata)->user_data;
    stat_tap_table *table = stat_tap_find_table(&cli->ui, SESSIONS_TABLE);
    guint n = table ? table->num_elements : 0;
    guint *order = g_new(guint, n ? n : 1);
    int width[NUM_COLS];
    guint row, col;

    for (col = 0; col < NUM_COLS; col++)
        width[col] = (int)strlen(session_fields[col].column_name);
    for (row = 0; row < n; row++) {
        order[row] = row;
        if (row_is_empty(table, row))
            continue;
        for (col = 0; col < NUM_COLS; col++) {
            char *text = cell_text(table, row, col);
            width[col] = MAX(width[col], (int)strlen(text));
            g_free(text);
        }
    }
    if (n)
        g_sort_array(order, n, sizeof(guint), compare_rows, table);
    printf("\n===================================================================\n");
    printf("OXCROPS sessions:\n");
    printf("Filter: %s\n", cli->filter ? cli->filter : "");
    for (col = 0; col + 1 < NUM_COLS; col++)
        printf("%*s  ", session_fields[col].align == TAP_ALIGN_RIGHT ? width[col] : -width[col],
               session_fields[col].column_name);
    printf("%s\n", session_fields[NUM_COLS - 1].column_name);
    for (row = 0; row < n; row++) {
        if (row_is_empty(table, order[row]))
            continue;
        for (col = 0; col < NUM_COLS; col++) {
            char *text = cell_text(table, order[row], col);
            if (col + 1 < NUM_COLS)
                printf("%*s  ", session_fields[col].align == TAP_ALIGN_RIGHT ? width[col] : -width[col], text);
            else
                printf("%s\n", text);
            g_free(text);
        }
    }
    printf("===================================================================\n");
    g_free(order);
}

static void
sessions_cli_reset(void *tapdata)
{
    sessions_cli_t *cli = (sessions_cli_t *)((stat_data_t *)tapdata)->user_data;
    stat_tap_table *table = stat_tap_find_table(&cli->ui, SESSIONS_TABLE);

    if (table)
        sessions_reset(table);
}

static void
sessions_cli_free(sessions_cli_t *cli)
{
    stat_tap_table *table = stat_tap_find_table(&cli->ui, SESSIONS_TABLE);

    if (table)
        g_hash_table_remove(table_states, table);
    if (cli->ui.tables) {
        free_stat_tables(&cli->ui);
        g_array_free(cli->ui.tables, TRUE);
    }
    g_free(cli->filter);
    g_free(cli);
}

static void
sessions_cli_finish(void *tapdata)
{
    sessions_cli_free((sessions_cli_t *)((stat_data_t *)tapdata)->user_data);
}

static bool
sessions_cli_init(const char *opt_arg, void *userdata _U_)
{
    sessions_cli_t *cli = g_new0(sessions_cli_t, 1);
    GString *err;

    if (!strncmp(opt_arg, SESSIONS_CLI ",", strlen(SESSIONS_CLI ",")))
        cli->filter = g_strdup(opt_arg + strlen(SESSIONS_CLI ","));
    cli->ui = sessions_ui;
    cli->ui.tables = NULL;
    cli->data.stat_tap_data = &cli->ui;
    cli->data.user_data = cli;
    sessions_init(&cli->ui);
    err = register_tap_listener(OXCROPS_CALL_TAP, &cli->data, cli->filter, 0, sessions_cli_reset, sessions_packet,
                                sessions_cli_draw, sessions_cli_finish);
    if (err) {
        report_failure("oxcrops: -z %s: %s", opt_arg, err->str);
        g_string_free(err, TRUE);
        sessions_cli_free(cli);
        return false;
    }
    return true;
}
OXC_DEFINE_STAT_TAP_INIT(sessions_cli_init)

/* ---------------------------------------------------------------- registration */

void
stats_register(void)
{
    static stat_tap_ui counts_cli = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, "OXCROPS ROP counts", COUNTS_CLI, OXC_STAT_TAP_INIT(counts_cli_init), 0, NULL
    };
    static stat_tap_ui sessions_cli = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, "OXCROPS Sessions", SESSIONS_CLI, OXC_STAT_TAP_INIT(sessions_cli_init), 0, NULL
    };

    call_tap = register_tap(OXCROPS_CALL_TAP);
    stats_tree_register_plugin("oxcrops", COUNTS_ABBR, "OXCROPS/ROP counts", 0, counts_packet, counts_init, NULL);
    register_srt_table(proto_oxcrops, "oxcrops", 1, srt_packet, srt_init, NULL);
    register_stat_tap_table_ui(&sessions_ui);
    /* before tshark registers its own handlers for the same strings (the first one registered wins) */
    register_stat_tap_ui(&counts_cli, NULL);
    register_stat_tap_ui(&sessions_cli, NULL);
}

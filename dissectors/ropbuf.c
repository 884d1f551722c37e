/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ropbuf.c: the ROP buffer (MS-OXCROPS 2.2.1) and the walk over its RopsList.
 *
 * ROP input buffer / ROP output buffer:
 *   RopSize (2 bytes: size of RopSize + RopsList) | RopsList | ServerObjectHandleTable (4 bytes each)
 * Each ROP starts with its RopId; rop_table.c says how the rest is decoded.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/exceptions.h>
#include <epan/proto_data.h>
#include <epan/tap.h>

#include "wscompat.h"
#include "oxcrops.h"
#include "rop_table.h"
#include "errcodes.h"
#include "state.h"
#include "stats.h"

int proto_oxcrops = -1;
static int oxcrops_tap = -1;

static int hf_oxcrops_rop_size = -1;
static int hf_oxcrops_rops_list = -1;
static int hf_oxcrops_rop_id = -1;
static int hf_oxcrops_handle_table = -1;
static int hf_oxcrops_handle = -1;
static int hf_oxcrops_undecoded = -1;
static int hf_oxcrops_request_frame = -1;
static int hf_oxcrops_response_frame = -1;
static int hf_oxcrops_response_time = -1;
int hf_oxcrops_logon_id = -1;
int hf_oxcrops_input_handle_index = -1;
int hf_oxcrops_output_handle_index = -1;
int hf_oxcrops_return_value = -1;

static gint ett_oxcrops = -1;
static gint ett_oxcrops_rop = -1;
static gint ett_oxcrops_handles = -1;

expert_field ei_oxcrops_truncated = EI_INIT;
expert_field ei_oxcrops_undefined_bits = EI_INIT;
expert_field ei_oxcrops_bad_value = EI_INIT;
expert_field ei_oxcrops_handle_index = EI_INIT;
expert_field ei_oxcrops_not_decoded = EI_INIT;
expert_field ei_oxcrops_failure = EI_INIT;
expert_field ei_oxcrops_depth = EI_INIT;
expert_field ei_oxcrops_no_context = EI_INIT;
static expert_field ei_oxcrops_unknown_rop = EI_INIT;
static expert_field ei_oxcrops_wrong_direction = EI_INIT;
static expert_field ei_oxcrops_rop_size = EI_INIT;
static expert_field ei_oxcrops_handle_table = EI_INIT;
static expert_field ei_oxcrops_no_request = EI_INIT;

/* Limits: a RopsList is at most 64 KiB, so these only stop hostile nesting. */
#define ROP_MAX_DEPTH 2

void
rop_empty_body(rop_ctx_t *c _U_)
{
}

static void
dissect_request_header(rop_ctx_t *c, const rop_desc_t *d)
{
    switch (d->req_hdr) {
    case RQ_IN:
        rop_uint(c, hf_oxcrops_logon_id, 1);
        c->save_index = c->offset;
        c->input_index = tvb_get_uint8(c->tvb, c->offset);
        rop_handle_index(c, hf_oxcrops_input_handle_index);
        break;
    case RQ_IN_OUT:
        rop_uint(c, hf_oxcrops_logon_id, 1);
        c->input_index = tvb_get_uint8(c->tvb, c->offset);
        rop_handle_index(c, hf_oxcrops_input_handle_index);
        c->save_index = c->offset;
        rop_handle_index(c, hf_oxcrops_output_handle_index);
        break;
    case RQ_OUT:
        rop_uint(c, hf_oxcrops_logon_id, 1);
        c->save_index = c->offset;
        rop_handle_index(c, hf_oxcrops_output_handle_index);
        break;
    case RQ_CUSTOM:
    case RQ_NONE:
        break;
    }
}

/* The request ROP this response answers: the next unanswered request of the
 * call with the same RopId and handle index (MS-OXCROPS 3.1.4.2: responses come
 * in request order; some requests, e.g. RopRelease, have none). */
static rop_req_rec_t *
match_request(rop_ctx_t *c, guint8 handle_index)
{
    rop_call_info_t *ci = c->callinfo;
    guint n, i;

    if (!ci || !ci->call)
        return NULL;
    n = wmem_array_get_count(ci->call->reqs);
    for (i = ci->next_req; i < n; i++) {
        rop_req_rec_t *r = (rop_req_rec_t *)wmem_array_index(ci->call->reqs, i);
        gboolean same_rop = r->rop_id == c->rop_id ||
            /* MS-OXCROPS 2.2.7.2: RopGetMessageStatus (0x1F) is answered with RopId 0x20 */
            (c->rop_id == 0x20 && r->rop_id == 0x1F);
        if (same_rop && r->handle_index == handle_index) {
            ci->next_req = i + 1;
            return r;
        }
    }
    return NULL;
}

/* A response ROP's link to its request ROP, and the call's response time. */
static void
show_request_link(rop_ctx_t *c)
{
    rop_call_info_t *ci = c->callinfo;
    proto_item *ti;
    nstime_t delta;

    if (!ci || !ci->call)
        return;
    if (!c->req) {
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_no_request, c->tvb, c->offset, 0,
                                     "No request ROP of this call matches this response");
        return;
    }
    if (!PINFO_FD_VISITED(c->pinfo))
        c->req->answered = TRUE;
    ti = proto_tree_add_uint(c->tree, hf_oxcrops_request_frame, c->tvb, 0, 0, ci->request_frame);
    proto_item_set_generated(ti);
    nstime_delta(&delta, &c->pinfo->abs_ts, &ci->call->request_time);
    ti = proto_tree_add_time(c->tree, hf_oxcrops_response_time, c->tvb, 0, 0, &delta);
    proto_item_set_generated(ti);
}

/* The statistics of this frame's call message: looked up once per RopsList
 * (p_get_proto_data walks the frame's proto data list on every call). */
static oxcrops_msg_stats_t *
ctx_msg(rop_ctx_t *c)
{
    if (!c->msg)
        c->msg = oxcrops_msg_stats(c->pinfo);
    return c->msg;
}

gboolean
rop_response_status(rop_ctx_t *c, int hf_index)
{
    guint8 idx = tvb_get_uint8(c->tvb, c->offset);
    oxcrops_msg_stats_t *m;
    proto_item *ti;

    rop_handle_index(c, hf_index);
    c->response_index = idx;
    c->has_status = TRUE;
    c->req = match_request(c, idx);
    show_request_link(c);
    ti = proto_tree_add_item_ret_uint(c->tree, hf_oxcrops_return_value, c->tvb, c->offset, 4,
                                      ENC_LITTLE_ENDIAN, &c->return_value);
    c->offset += 4;
    if (c->return_value != 0) {
        const char *err = val_to_str_ext_const(c->return_value, &oxcdata_error_code_vals_ext, "unknown error");
        const rop_desc_t *d = rop_desc(c->rop_id);
        proto_item_append_text(c->item, ": %s", err);
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_failure, "%s failed: %s (0x%08x)",
                               d ? d->name : "ROP", err, c->return_value);
        /* the Info column marks the failed ROP (its name was just added): "RopOpenFolder [NotFound]" */
        m = ctx_msg(c);
        m->rop_failures++;
        if (m->info) {      /* plain appends: cheaper than wmem_strbuf_append_printf */
            if (try_val_to_str_ext(c->return_value, &oxcdata_error_code_vals_ext)) {
                wmem_strbuf_append_len(m->info, " [", 2);
                wmem_strbuf_append(m->info, err);
                wmem_strbuf_append_c(m->info, ']');
            } else {
                wmem_strbuf_append_printf(m->info, " [0x%08x]", c->return_value);
            }
        }
    }
    return c->return_value == 0;
}

/* The record of this request ROP: made on the first pass (what the response
 * needs of it), found again by its position on later passes. */
static rop_req_rec_t *
request_record(rop_ctx_t *c)
{
    rop_call_info_t *ci = c->callinfo;
    guint n;

    if (!ci || !ci->call)
        return NULL;
    n = ci->next_req++;
    if (!PINFO_FD_VISITED(c->pinfo)) {
        rop_req_rec_t rec;
        memset(&rec, 0, sizeof rec);
        rec.rop_id = c->rop_id;
        rec.handle_index = c->save_index >= 0 ? tvb_get_uint8(c->tvb, c->save_index) : 0;
        if (c->save_tags && c->save_tag_count) {
            rec.tags = (guint32 *)wmem_memdup(wmem_file_scope(), c->save_tags, c->save_tag_count * sizeof(guint32));
            rec.tag_count = c->save_tag_count;
        }
        rec.detail = c->save_detail;
        wmem_array_append_one(ci->call->reqs, rec);
    }
    return n < wmem_array_get_count(ci->call->reqs) ? (rop_req_rec_t *)wmem_array_index(ci->call->reqs, n) : NULL;
}

/* A request ROP's link to the frame that answered it (known with -2 and in the GUI). */
static void
show_response_link(rop_ctx_t *c, const rop_req_rec_t *rec)
{
    proto_item *ti;

    if (!rec || !rec->answered || !c->callinfo->call->response_frame)
        return;
    ti = proto_tree_add_uint(c->tree, hf_oxcrops_response_frame, c->tvb, 0, 0, c->callinfo->call->response_frame);
    proto_item_set_generated(ti);
}

/* One tap record per decoded ROP, for statistics (stats.c) and Lua/tshark taps. */
static void
tap_rop(rop_ctx_t *c)
{
    oxcrops_tap_info_t *t;

    if (!have_tap_listener(oxcrops_tap))
        return;
    t = wmem_new0(c->pinfo->pool, oxcrops_tap_info_t);
    t->rop_id = c->rop_id;
    t->dir = c->dir;
    t->has_status = c->has_status;
    t->return_value = c->return_value;
    t->paired = c->req != NULL;
    if (c->callinfo) {
        t->request_frame = c->callinfo->request_frame;
        t->session = c->callinfo->session;
        if (c->callinfo->call)
            t->request_time = c->callinfo->call->request_time;
    }
    tap_queue_packet(oxcrops_tap, c->pinfo, t);
}

/* Adds a ROP name to the Info column (": " before the first of the frame) and
 * counts the ROP for the statistics of its call message (stats.h). The names of
 * a RopsList are collected and go to the column in one append when the list
 * ends (info_flush): appending each name scans the whole column text again
 * (g_strlcat), which cost more than decoding the ROPs in tshark's summary output. */
static void
info_add_rop(rop_ctx_t *c, const char *name)
{
    oxcrops_msg_stats_t *m = ctx_msg(c);

    if (c->pinfo->cinfo) {
        if (!m->info)
            m->info = wmem_strbuf_new(c->pinfo->pool, "");
        /* with its length: wmem_strbuf_append copies with g_strlcpy, a byte at a time */
        wmem_strbuf_append_len(m->info, m->frame_rops ? ", " : ": ", 2);
        wmem_strbuf_append_len(m->info, name, strlen(name));
    }
    m->frame_rops++;
    m->rops++;
}

/* Appends the ROP names collected by info_add_rop to the Info column. */
static void
info_flush(packet_info *pinfo)
{
    oxcrops_msg_stats_t *m = oxcrops_msg_stats(pinfo);

    if (m->info && wmem_strbuf_get_len(m->info)) {
        col_append_str(pinfo->cinfo, COL_INFO, wmem_strbuf_get_str(m->info));
        wmem_strbuf_truncate(m->info, 0);
    }
}

/* "<RopName> request" / "<RopName> response", the label of each ROP's subtree,
 * made once per RopId and direction: formatting it per ROP cost as much as
 * the ROP's other items in a full tree. */
static const char *
rop_label(guint8 rop_id, const rop_desc_t *d, rop_dir_t dir)
{
    static const char *labels[256][2];     /* kept for the life of the process */
    int i = dir == ROP_REQUEST ? 0 : 1;

    if (!labels[rop_id][i])
        labels[rop_id][i] = g_strdup_printf("%s %s", d->name, i == 0 ? "request" : "response");
    return labels[rop_id][i];
}

/* Decodes one ROP at c->offset; returns FALSE when the walk cannot go on. */
static gboolean
dissect_one_rop(rop_ctx_t *c)
{
    const rop_desc_t *d;
    rop_body_fn body;
    int start = c->offset;

    c->rop_id = tvb_get_uint8(c->tvb, c->offset);
    d = rop_desc(c->rop_id);
    if (!d) {
        proto_item *ti = proto_tree_add_item(c->tree, hf_oxcrops_rop_id, c->tvb, c->offset, 1, ENC_NA);
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_unknown_rop,
                               "Unknown RopId 0x%02x: its length is unknown, the rest of the RopsList is not decoded",
                               c->rop_id);
        info_add_rop(c, wmem_strdup_printf(c->pinfo->pool, "Unknown(0x%02x)", c->rop_id));
        return FALSE;
    }
    info_add_rop(c, d->name);
    {
        proto_tree *parent = c->tree;
        c->tree = proto_tree_add_subtree(parent, c->tvb, c->offset, -1, ett_oxcrops_rop, &c->item,
                                         rop_label(c->rop_id, d, c->dir));
        proto_tree_add_item(c->tree, hf_oxcrops_rop_id, c->tvb, c->offset, 1, ENC_NA);
        c->offset++;
        c->return_value = 0;
        c->req = NULL;
        c->save_index = -1;
        c->save_tags = NULL;
        c->save_tag_count = 0;
        c->save_detail = NULL;
        c->has_status = FALSE;
        c->stopped = FALSE;

        if (c->dir == ROP_REQUEST) {
            if (d->req_hdr == RQ_NONE) {
                expert_add_info_format(c->pinfo, c->item, &ei_oxcrops_wrong_direction,
                                       "%s is sent only by the server; its request form is undefined", d->name);
                c->tree = parent;
                return FALSE;
            }
            dissect_request_header(c, d);
            body = d->request;
        } else {
            if (d->rsp_hdr == RS_NONE) {
                expert_add_info_format(c->pinfo, c->item, &ei_oxcrops_wrong_direction,
                                       "%s has no response; a response ROP with this RopId is invalid", d->name);
                c->tree = parent;
                return FALSE;
            }
            if (d->rsp_hdr == RS_IN || d->rsp_hdr == RS_OUT)
                rop_response_status(c, d->rsp_hdr == RS_IN ? hf_oxcrops_input_handle_index
                                                            : hf_oxcrops_output_handle_index);
            body = d->response;
            if (c->return_value != 0 && !(d->flags & ROP_FAILURE_BODY))
                body = rop_empty_body;  /* failure: RopId, handle index, ReturnValue only */
        }
        if (!body) {
            expert_add_info_format(c->pinfo, c->item, &ei_oxcrops_not_decoded,
                                   "%s %s is not decoded by this version: the rest of the RopsList is not decoded",
                                   d->name, c->dir == ROP_REQUEST ? "request" : "response");
            c->tree = parent;
            return FALSE;
        }
        body(c);
        if (c->dir == ROP_REQUEST) {
            show_response_link(c, request_record(c));
            state_after_request(c);
        } else if (c->has_status) {
            state_after_response(c, c->response_index);
        }
        tap_rop(c);
        proto_item_set_len(c->item, c->offset - start);
        c->tree = parent;
    }
    return !c->stopped;
}

void
dissect_rops_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_dir_t dir,
                  const guint32 *handles, guint handle_count, rop_call_info_t *ci, int depth)
{
    rop_ctx_t c;
    volatile gboolean go_on = TRUE;
    volatile int start = 0;

    memset(&c, 0, sizeof c);
    c.tvb = tvb;
    c.pinfo = pinfo;
    c.tree = tree;
    c.dir = dir;
    c.handles = handles;
    c.handle_count = handle_count;
    c.callinfo = ci;
    c.depth = depth;
    if (depth > ROP_MAX_DEPTH) {
        proto_tree_add_expert(tree, pinfo, &ei_oxcrops_depth, tvb, 0, -1);
        return;
    }
    /* One TRY for the whole walk (setting one up per ROP cost more than many
     * ROPs' decoding): `start` says which ROP a bounds error cut short. */
    TRY {
        while (go_on && c.offset < (int)tvb_reported_length(tvb)) {
            start = c.offset;
            go_on = dissect_one_rop(&c);
        }
    }
    CATCH_BOUNDS_ERRORS {
        proto_tree_add_expert_format(tree, pinfo, &ei_oxcrops_truncated, tvb, start, -1,
                                     "ROP truncated: it runs past the end of the RopsList");
        go_on = FALSE;
    }
    CATCH_ALL {
        if (depth == 0)
            info_flush(pinfo);      /* the names so far, before the exception ends the frame */
        RETHROW;
    }
    ENDTRY;
    if (!go_on && c.offset < (int)tvb_reported_length(tvb) && tvb_captured_length_remaining(tvb, c.offset) > 0)
        proto_tree_add_item(tree, hf_oxcrops_undecoded, tvb, c.offset, -1, ENC_NA);
    if (depth == 0)
        info_flush(pinfo);
}

/* MS-OXCROPS 2.2.1: the ServerObjectHandleTable follows the RopsList (4 bytes a handle). */
static guint32 *
read_handle_table(tvbuff_t *tvb, int offset, packet_info *pinfo, guint *count)
{
    int remaining = tvb_reported_length_remaining(tvb, offset);
    guint32 *handles;
    guint i;

    *count = remaining > 0 ? (guint)remaining / 4 : 0;
    handles = wmem_alloc_array(pinfo->pool, guint32, *count ? *count : 1);
    for (i = 0; i < *count; i++)
        handles[i] = tvb_get_letohl(tvb, offset + 4 * i);
    return handles;
}

static void
show_handle_table(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, const guint32 *handles,
                  guint count)
{
    int remaining = tvb_reported_length_remaining(tvb, offset);
    proto_item *ti;
    proto_tree *ht;
    guint i;

    if (remaining < 0)
        remaining = 0;
    ti = proto_tree_add_item(tree, hf_oxcrops_handle_table, tvb, offset, remaining, ENC_NA);
    proto_item_append_text(ti, " (%u handles)", count);
    ht = proto_item_add_subtree(ti, ett_oxcrops_handles);
    if (remaining % 4)
        expert_add_info_format(pinfo, ti, &ei_oxcrops_handle_table,
                               "ServerObjectHandleTable is %d bytes, not a multiple of 4", remaining);
    /* "[0] Handle: 0x..." in one go: proto_item_prepend_text would format the
     * label first (hf_oxcrops_handle is FT_UINT32, BASE_HEX) */
    for (i = 0; i < count; i++)
        proto_tree_add_uint_format(ht, hf_oxcrops_handle, tvb, offset + 4 * i, 4, handles[i],
                                   "[%u] Handle: 0x%08x", i, handles[i]);
}

int
dissect_rop_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_call_info_t *ci)
{
    proto_item *ti, *si;
    proto_tree *rt;
    guint32 rop_size;
    int total = tvb_reported_length(tvb);
    int list_len;
    guint32 *handles;
    guint handle_count;
    tvbuff_t *list_tvb;

    ti = proto_tree_add_item(tree, proto_oxcrops, tvb, 0, -1, ENC_NA);
    proto_item_append_text(ti, ", ROP %s buffer", ci->dir == ROP_REQUEST ? "input" : "output");
    rt = proto_item_add_subtree(ti, ett_oxcrops);
    if (total < 2) {
        proto_tree_add_expert_format(rt, pinfo, &ei_oxcrops_truncated, tvb, 0, -1,
                                     "ROP buffer too short for RopSize");
        return total;
    }
    si = proto_tree_add_item_ret_uint(rt, hf_oxcrops_rop_size, tvb, 0, 2, ENC_LITTLE_ENDIAN, &rop_size);
    list_len = (int)rop_size - 2;
    if (rop_size < 2 || (int)rop_size > total) {
        expert_add_info_format(pinfo, si, &ei_oxcrops_rop_size,
                               "RopSize %u does not fit the %d-byte ROP buffer", rop_size, total);
        list_len = rop_size < 2 ? 0 : total - 2;
        rop_size = list_len + 2;
    }
    handles = read_handle_table(tvb, rop_size, pinfo, &handle_count);
    list_tvb = tvb_new_subset_length(tvb, 2, list_len);
    {
        proto_item *li = proto_tree_add_item(rt, hf_oxcrops_rops_list, tvb, 2, list_len, ENC_NA);
        proto_tree *lt = proto_item_add_subtree(li, ett_oxcrops);
        dissect_rops_list(list_tvb, pinfo, lt, ci->dir, handles, handle_count, ci, 0);
    }
    show_handle_table(tvb, rop_size, pinfo, rt, handles, handle_count);
    return total;
}

/* Named entry points (fuzzing, tests, a user DLT): a whole ROP buffer, one direction each. */
static int
dissect_rop_buffer_entry(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_dir_t dir)
{
    rop_call_info_t ci;

    memset(&ci, 0, sizeof ci);
    ci.dir = dir;
    col_set_str(pinfo->cinfo, COL_PROTOCOL, "OXCROPS");
    col_set_str(pinfo->cinfo, COL_INFO, dir == ROP_REQUEST ? "ROP request buffer" : "ROP response buffer");
    return dissect_rop_buffer(tvb, pinfo, tree, &ci);
}

static int
dissect_rop_request_entry(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return dissect_rop_buffer_entry(tvb, pinfo, tree, ROP_REQUEST);
}

static int
dissect_rop_response_entry(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return dissect_rop_buffer_entry(tvb, pinfo, tree, ROP_RESPONSE);
}

void
ropbuf_register(void)
{
    static hf_register_info hf[] = {
        { &hf_oxcrops_rop_size,
          { "RopSize", "oxcrops.rop_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Size of RopSize and RopsList (MS-OXCROPS 2.2.1)", HFILL } },
        { &hf_oxcrops_rops_list,
          { "RopsList", "oxcrops.rops_list", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            NULL, HFILL } },
        { &hf_oxcrops_rop_id,
          { "RopId", "oxcrops.rop_id", FT_UINT8, BASE_HEX|BASE_EXT_STRING, &oxcrops_rop_id_vals_ext, 0,
            "Remote operation (MS-OXCROPS 2.2.2)", HFILL } },
        { &hf_oxcrops_logon_id,
          { "LogonId", "oxcrops.logon_id", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_input_handle_index,
          { "InputHandleIndex", "oxcrops.input_handle_index", FT_UINT8, BASE_DEC, NULL, 0,
            "Index of the input object's handle in the ServerObjectHandleTable", HFILL } },
        { &hf_oxcrops_output_handle_index,
          { "OutputHandleIndex", "oxcrops.output_handle_index", FT_UINT8, BASE_DEC, NULL, 0,
            "Index in the ServerObjectHandleTable where the output object's handle goes", HFILL } },
        { &hf_oxcrops_return_value,
          { "ReturnValue", "oxcrops.return_value", FT_UINT32, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_error_code_vals_ext, 0, "Status of the ROP (MS-OXCDATA 2.4)", HFILL } },
        { &hf_oxcrops_handle_table,
          { "ServerObjectHandleTable", "oxcrops.handle_table", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE,
            NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_handle,
          { "Handle", "oxcrops.handle", FT_UINT32, BASE_HEX, NULL, 0,
            "Server object handle (ServerObjectHandleTable entry)", HFILL } },
        { &hf_oxcrops_undecoded,
          { "Undecoded ROPs", "oxcrops.undecoded", FT_BYTES, BASE_NONE, NULL, 0,
            "Rest of the RopsList after a ROP that could not be decoded", HFILL } },
        { &hf_oxcrops_request_frame,
          { "Request in frame", "oxcrops.request_frame", FT_FRAMENUM, BASE_NONE,
            FRAMENUM_TYPE(FT_FRAMENUM_REQUEST), 0, "Frame of the request ROP this response answers", HFILL } },
        { &hf_oxcrops_response_frame,
          { "Response in frame", "oxcrops.response_frame", FT_FRAMENUM, BASE_NONE,
            FRAMENUM_TYPE(FT_FRAMENUM_RESPONSE), 0, "Frame of the response ROP that answers this request", HFILL } },
        { &hf_oxcrops_response_time,
          { "Response time", "oxcrops.response_time", FT_RELATIVE_TIME, BASE_NONE, NULL, 0,
            "Time from the call's request to this response", HFILL } },
    };
    static gint *ett[] = { &ett_oxcrops, &ett_oxcrops_rop, &ett_oxcrops_handles };
    static ei_register_info ei[] = {
        { &ei_oxcrops_truncated, { "oxcrops.truncated", PI_MALFORMED, PI_ERROR,
            "Structure runs past the end of its buffer", EXPFILL } },
        { &ei_oxcrops_undefined_bits, { "oxcrops.undefined_bits", PI_PROTOCOL, PI_WARN,
            "Flag bits the specification does not define", EXPFILL } },
        { &ei_oxcrops_bad_value, { "oxcrops.bad_value", PI_PROTOCOL, PI_WARN,
            "Value the specification does not allow", EXPFILL } },
        { &ei_oxcrops_handle_index, { "oxcrops.handle_index_invalid", PI_PROTOCOL, PI_WARN,
            "Handle index outside the ServerObjectHandleTable", EXPFILL } },
        { &ei_oxcrops_not_decoded, { "oxcrops.not_decoded", PI_UNDECODED, PI_WARN,
            "Not decoded by this version", EXPFILL } },
        { &ei_oxcrops_failure, { "oxcrops.failure", PI_RESPONSE_CODE, PI_NOTE,
            "ROP failed", EXPFILL } },
        { &ei_oxcrops_depth, { "oxcrops.too_deep", PI_MALFORMED, PI_ERROR,
            "Nesting deeper than the decoder allows", EXPFILL } },
        { &ei_oxcrops_no_context, { "oxcrops.no_context", PI_UNDECODED, PI_NOTE,
            "Layout depends on earlier traffic that is not in the capture", EXPFILL } },
        { &ei_oxcrops_unknown_rop, { "oxcrops.unknown_rop", PI_MALFORMED, PI_ERROR,
            "Unknown RopId", EXPFILL } },
        { &ei_oxcrops_wrong_direction, { "oxcrops.wrong_direction", PI_MALFORMED, PI_ERROR,
            "ROP not valid in this direction", EXPFILL } },
        { &ei_oxcrops_rop_size, { "oxcrops.rop_size_invalid", PI_MALFORMED, PI_ERROR,
            "RopSize does not fit the buffer", EXPFILL } },
        { &ei_oxcrops_no_request, { "oxcrops.no_request", PI_SEQUENCE, PI_WARN,
            "Response ROP with no matching request ROP in its call", EXPFILL } },
        { &ei_oxcrops_handle_table, { "oxcrops.handle_table_invalid", PI_MALFORMED, PI_WARN,
            "ServerObjectHandleTable size is not a multiple of 4", EXPFILL } },
    };
    expert_module_t *expert;

    proto_oxcrops = proto_register_protocol("Exchange Remote Operations (MS-OXCROPS)", "OXCROPS", "oxcrops");
    oxcrops_tap = register_tap("oxcrops");
    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_oxcrops);
    expert_register_field_array(expert, ei, array_length(ei));

    register_dissector("oxcrops.rop_request", dissect_rop_request_entry, proto_oxcrops);
    register_dissector("oxcrops.rop_response", dissect_rop_response_entry, proto_oxcrops);

    ropfields_register();
    oxcdata_register();
    rops_store_register();
    rops_folder_register();
    rops_table_register();
    rops_message_register();
    rops_property_register();
    rops_notify_register();
    rops_other_register();
    rops_transport_register();
    rops_stream_register();
    rops_permission_register();
    rops_rule_register();
    rops_fast_transfer_register();
    rops_ics_register();
    restriction_register();
    entryid_register();
}

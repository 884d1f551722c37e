/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_other.c: ROPs about the buffer itself (MS-OXCROPS 2.2.15): RopBackoff and
 * RopBufferTooSmall (RopRelease has no fields beyond its header). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "rop_table.h"
#include "rops.h"

static int hf_backoff_duration = -1;
static int hf_backoff_rop_count = -1;
static int hf_backoff_rop_id = -1;
static int hf_backoff_rop_duration = -1;
static int hf_backoff_additional_data_size = -1;
static int hf_backoff_additional_data = -1;
static int hf_buffer_too_small_size_needed = -1;
static int hf_buffer_too_small_request_buffers = -1;

static gint ett_backoff_rop = -1;
static gint ett_request_buffers = -1;

/* MS-OXCROPS 2.2.15.2.1: RopBackoff (response only), sent when the server
 * throttles: a LogonId, a Duration for the logon, then a Duration per ROP. */
void
rop_backoff_response(rop_ctx_t *c)
{
    guint32 count, i;
    proto_tree *saved = c->tree;

    rop_uint(c, hf_oxcrops_logon_id, 1);
    rop_uint(c, hf_backoff_duration, 4);
    count = rop_uint(c, hf_backoff_rop_count, 1);
    for (i = 0; i < count; i++) {
        c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, 5, ett_backoff_rop, NULL, "BackoffRop");
        rop_uint(c, hf_backoff_rop_id, 1);
        rop_uint(c, hf_backoff_rop_duration, 4);
    }
    c->tree = saved;
    rop_counted_bytes(c, hf_backoff_additional_data_size, 2, hf_backoff_additional_data);
}

/* MS-OXCROPS 2.2.15.1.1: RopBufferTooSmall is the last ROP of a response; its
 * RequestBuffers are the request ROPs the server could not answer, to the end
 * of the RopsList. They are decoded as requests, one level deep. */
void
rop_buffer_too_small_response(rop_ctx_t *c)
{
    int len;
    proto_item *ti;

    rop_uint(c, hf_buffer_too_small_size_needed, 2);
    len = tvb_reported_length_remaining(c->tvb, c->offset);
    ti = proto_tree_add_item(c->tree, hf_buffer_too_small_request_buffers, c->tvb, c->offset, len, ENC_NA);
    if (len > 0)
        dissect_rops_list(tvb_new_subset_length(c->tvb, c->offset, len), c->pinfo,
                          proto_item_add_subtree(ti, ett_request_buffers), ROP_REQUEST,
                          c->handles, c->handle_count, NULL, c->depth + 1);
    c->offset += len;
}

void
rops_other_register(void)
{
    static hf_register_info hf[] = {
        { &hf_backoff_duration,
          { "Duration", "oxcrops.backoff.duration", FT_UINT32, BASE_DEC, NULL, 0,
            "Milliseconds to wait before sending ROPs for this logon", HFILL } },
        { &hf_backoff_rop_count,
          { "BackoffRopCount", "oxcrops.backoff.backoff_rop_count", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_backoff_rop_id,
          { "RopIdBackoff", "oxcrops.backoff.rop_id_backoff", FT_UINT8, BASE_HEX|BASE_EXT_STRING,
            &oxcrops_rop_id_vals_ext, 0, "ROP to wait before sending again", HFILL } },
        { &hf_backoff_rop_duration,
          { "Duration", "oxcrops.backoff.rop_duration", FT_UINT32, BASE_DEC, NULL, 0,
            "Milliseconds to wait before sending this ROP", HFILL } },
        { &hf_backoff_additional_data_size,
          { "AdditionalDataSize", "oxcrops.backoff.additional_data_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_backoff_additional_data,
          { "AdditionalData", "oxcrops.backoff.additional_data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_buffer_too_small_size_needed,
          { "SizeNeeded", "oxcrops.buffer_too_small.size_needed", FT_UINT16, BASE_DEC, NULL, 0,
            "Size of the ROP output buffer the response would need", HFILL } },
        { &hf_buffer_too_small_request_buffers,
          { "RequestBuffers", "oxcrops.buffer_too_small.request_buffers", FT_BYTES,
            BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0, "The request ROPs that were not processed", HFILL } },
    };
    static gint *ett[] = { &ett_backoff_rop, &ett_request_buffers };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

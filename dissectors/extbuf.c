/* SPDX-License-Identifier: GPL-2.0-or-later */
/* extbuf.c: extended buffers (MS-OXCRPC 2.2.2.1 RPC_HEADER_EXT) around ROP and
 * auxiliary payloads, shared by the DCE/RPC and MAPI/HTTP carriers, and the
 * AUX_HEADER framing of auxiliary buffers (MS-OXCRPC 2.2.2.2).
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/tvbuff.h>

#include "oxcrops.h"
#include "lz77.h"
#include "auxbuf.h"
#include "state.h"
#include "stats.h"

static int hf_ext = -1;
static int hf_ext_version = -1;
static int hf_ext_flags = -1;
static int hf_ext_flags_compressed = -1;
static int hf_ext_flags_xor_magic = -1;
static int hf_ext_flags_last = -1;
static int hf_ext_size = -1;
static int hf_ext_size_actual = -1;
static int hf_ext_payload = -1;

static gint ett_ext = -1;
static gint ett_ext_flags = -1;

static expert_field ei_ext_version = EI_INIT;
static expert_field ei_ext_size = EI_INIT;
static expert_field ei_ext_size_actual = EI_INIT;
static expert_field ei_ext_lz77 = EI_INIT;
static expert_field ei_ext_no_last = EI_INIT;
static expert_field ei_ext_trailing = EI_INIT;

/* MS-OXCRPC 2.2.2.1: RPC_HEADER_EXT Flags */
#define EXT_COMPRESSED 0x0001
#define EXT_XOR_MAGIC  0x0002
#define EXT_LAST       0x0004
#define EXT_HEADER_LEN 8
/* MS-OXCRPC 3.1.4.1.1.3: every byte XORed with 0xA5 */
#define XOR_MAGIC      0xA5

static int *const ext_flags[] = { &hf_ext_flags_compressed, &hf_ext_flags_xor_magic, &hf_ext_flags_last, NULL };

static void rop_payload(tvbuff_t *payload, packet_info *pinfo, proto_tree *tree, void *data);

/* Undoes XorMagic over len bytes at offset: a new data source of the same
 * length, named source_name. */
tvbuff_t *
extbuf_unxor(tvbuff_t *tvb, int offset, int len, packet_info *pinfo, const char *source_name)
{
    guint8 *buf = (guint8 *)tvb_memdup(pinfo->pool, tvb, offset, len);
    tvbuff_t *out;
    int i;

    for (i = 0; i < len; i++)
        buf[i] ^= XOR_MAGIC;
    out = tvb_new_child_real_data(tvb, buf, len, len);
    add_new_data_source(pinfo, out, source_name);
    return out;
}

/* Decompresses a payload (MS-OXCRPC 3.1.4.1.1.2) to exactly SizeActual bytes,
 * as a new data source; NULL (with an expert item) if it does not. */
static tvbuff_t *
inflate(tvbuff_t *payload, guint32 size, guint32 size_actual, packet_info *pinfo, proto_tree *tree, proto_item *ai)
{
    guint8 *out = (guint8 *)wmem_alloc(pinfo->pool, size_actual ? size_actual : 1);
    guint out_len;
    tvbuff_t *plain;

    switch (oxc_lz77_decompress(tvb_get_ptr(payload, 0, size), size, out, size_actual, &out_len)) {
    case LZ77_CORRUPT:
        proto_tree_add_expert_format(tree, pinfo, &ei_ext_lz77, payload, 0, size,
                                     "LZ77 payload does not decompress (corrupt token or match)");
        return NULL;
    case LZ77_TOO_LONG:
        expert_add_info_format(pinfo, ai, &ei_ext_size_actual,
                               "Payload decompresses to more than SizeActual (%u) bytes", size_actual);
        return NULL;
    case LZ77_OK:
        break;
    }
    if (out_len != size_actual)
        expert_add_info_format(pinfo, ai, &ei_ext_size_actual,
                               "Payload decompresses to %u bytes, SizeActual says %u", out_len, size_actual);
    plain = tvb_new_child_real_data(payload, out, out_len, out_len);
    add_new_data_source(pinfo, plain, "Decompressed payload");
    return plain;
}

/* One RPC_HEADER_EXT and its payload at offset; returns the bytes used and
 * whether it was the Last one. */
static int
dissect_one_extended_buffer(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, guint buffer_number,
                            extbuf_payload_fn payload_fn, void *data, gboolean *last)
{
    proto_item *ti, *vi, *si, *ai;
    proto_tree *t;
    guint32 version, size, size_actual, avail;
    guint64 flags;
    tvbuff_t *payload;

    ti = proto_tree_add_item(tree, hf_ext, tvb, offset, -1, ENC_NA);
    proto_item_append_text(ti, " %u", buffer_number);
    t = proto_item_add_subtree(ti, ett_ext);
    vi = proto_tree_add_item_ret_uint(t, hf_ext_version, tvb, offset, 2, ENC_LITTLE_ENDIAN, &version);
    proto_tree_add_bitmask_ret_uint64(t, tvb, offset + 2, hf_ext_flags, ett_ext_flags, ext_flags,
                                      ENC_LITTLE_ENDIAN, &flags);
    si = proto_tree_add_item_ret_uint(t, hf_ext_size, tvb, offset + 4, 2, ENC_LITTLE_ENDIAN, &size);
    ai = proto_tree_add_item_ret_uint(t, hf_ext_size_actual, tvb, offset + 6, 2, ENC_LITTLE_ENDIAN, &size_actual);
    *last = (flags & EXT_LAST) != 0;
    if (version != 0)
        expert_add_info_format(pinfo, vi, &ei_ext_version, "RPC_HEADER_EXT Version %u; MS-OXCRPC 2.2.2.1 requires 0",
                               version);
    if (flags & ~(guint64)(EXT_COMPRESSED | EXT_XOR_MAGIC | EXT_LAST))
        expert_add_info_format(pinfo, ti, &ei_oxcrops_undefined_bits, "Undefined RPC_HEADER_EXT Flags bits: 0x%04x",
                               (guint)(flags & ~(guint64)(EXT_COMPRESSED | EXT_XOR_MAGIC | EXT_LAST)));
    offset += EXT_HEADER_LEN;
    avail = (guint32)tvb_reported_length_remaining(tvb, offset);
    if (size > avail) {
        expert_add_info_format(pinfo, si, &ei_ext_size, "Size %u runs past the buffer (%u bytes left)", size, avail);
        size = avail;
    }
    if (!(flags & EXT_COMPRESSED) && size_actual != size)
        expert_add_info_format(pinfo, ai, &ei_ext_size_actual,
                               "SizeActual %u differs from Size %u on an uncompressed payload", size_actual, size);
    proto_item_set_len(ti, EXT_HEADER_LEN + size);
    if (payload_fn == rop_payload) {    /* statistics: a ROP buffer's bytes as sent */
        oxcrops_msg_stats_t *m = oxcrops_msg_stats(pinfo);
        m->buffers++;
        m->wire_bytes += size;
    }
    if (size == 0)
        return EXT_HEADER_LEN;

    /* MS-OXCRPC 3.1.4.2.1.1.1: undo the obfuscation first, then decompress. */
    if (flags & EXT_XOR_MAGIC)
        payload = extbuf_unxor(tvb, offset, size, pinfo, "De-obfuscated payload");
    else
        payload = tvb_new_subset_length(tvb, offset, size);
    if (flags & EXT_COMPRESSED) {
        tvbuff_t *plain = inflate(payload, size, size_actual, pinfo, t, ai);
        if (!plain) {
            proto_tree_add_item(t, hf_ext_payload, payload, 0, size, ENC_NA);
            return EXT_HEADER_LEN + size;
        }
        payload = plain;
    }
    payload_fn(payload, pinfo, t, data);
    return EXT_HEADER_LEN + size;
}

int
dissect_extended_buffers(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const char *label,
                         extbuf_payload_fn payload_fn, void *data)
{
    int offset = 0, total = tvb_reported_length(tvb);
    gboolean last = FALSE;
    guint buffer_number = 0;

    while (!last && offset < total) {
        if (total - offset < EXT_HEADER_LEN) {
            proto_tree_add_expert_format(tree, pinfo, &ei_oxcrops_truncated, tvb, offset, -1,
                                         "%s: %d bytes cannot hold an RPC_HEADER_EXT", label, total - offset);
            offset = total;
            break;
        }
        offset += dissect_one_extended_buffer(tvb, offset, pinfo, tree, buffer_number++, payload_fn, data, &last);
    }
    if (!last && total > 0)
        proto_tree_add_expert_format(tree, pinfo, &ei_ext_no_last, tvb, 0, total,
                                     "%s: no RPC_HEADER_EXT has the Last flag", label);
    if (offset < total)
        proto_tree_add_expert_format(tree, pinfo, &ei_ext_trailing, tvb, offset, total - offset,
                                     "%s: %d bytes after the Last extended buffer", label, total - offset);
    return offset;
}

/* ---- ROP payloads ---- */

/* The request ROPs of each call, by request frame (first pass), so that the
 * response can be typed by its request. */
static wmem_map_t *calls_by_request_frame;

typedef struct rop_payload_ctx {
    rop_call_info_t ci;
} rop_payload_ctx_t;

static void
rop_payload(tvbuff_t *payload, packet_info *pinfo, proto_tree *tree, void *data)
{
    rop_payload_ctx_t *pc = (rop_payload_ctx_t *)data;

    oxcrops_msg_stats(pinfo)->plain_bytes += tvb_reported_length(payload);   /* statistics: once uncompressed */
    dissect_rop_buffer(payload, pinfo, tree, &pc->ci);
    pc->ci.buffer_index++;
}

void
rop_call_info_init(rop_call_info_t *ci, wmem_map_t *calls, packet_info *pinfo, rop_dir_t dir,
                   guint32 request_frame)
{
    memset(ci, 0, sizeof *ci);
    ci->dir = dir;
    ci->request_frame = request_frame;
    ci->session = state_frame_session(pinfo, dir == ROP_REQUEST);
    if (ci->session)
        oxcrops_msg_stats(pinfo)->session = ci->session;
    /* 0 (a response whose request is not in the capture) is never a key */
    if (request_frame)
        ci->call = (rop_call_rec_t *)wmem_map_lookup(calls, GUINT_TO_POINTER(request_frame));
    if (PINFO_FD_VISITED(pinfo))
        return;
    if (dir == ROP_REQUEST && !ci->call) {
        ci->call = wmem_new0(wmem_file_scope(), rop_call_rec_t);
        ci->call->reqs = wmem_array_new(wmem_file_scope(), sizeof(rop_req_rec_t));
        ci->call->request_time = pinfo->abs_ts;
        wmem_map_insert(calls, GUINT_TO_POINTER(request_frame), ci->call);
    }
    if (dir == ROP_RESPONSE && ci->call && !ci->call->response_frame)
        ci->call->response_frame = pinfo->num;
}

void
dissect_rop_extended_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_dir_t dir,
                            guint32 request_frame)
{
    rop_payload_ctx_t pc;

    rop_call_info_init(&pc.ci, calls_by_request_frame, pinfo, dir, request_frame);
    dissect_extended_buffers(tvb, pinfo, tree, dir == ROP_REQUEST ? "ROP input buffer" : "ROP output buffer",
                             rop_payload, &pc);
}

/* ---- auxiliary payloads (MS-OXCRPC 2.2.2.2): AUX_HEADER blocks to the end ---- */

static void
aux_payload(tvbuff_t *payload, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    dissect_aux_blocks(payload, pinfo, tree);
}

void
dissect_aux_extended_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const char *label)
{
    dissect_extended_buffers(tvb, pinfo, tree, label, aux_payload, NULL);
}

/* Named entry points: an extended buffer chain of ROPs (each direction) and an
 * auxiliary buffer, as a carrier would hand them over. */
static int
dissect_ext_request_entry(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    col_set_str(pinfo->cinfo, COL_PROTOCOL, "OXCROPS");
    dissect_rop_extended_buffer(tvb, pinfo, tree, ROP_REQUEST, pinfo->num);
    return tvb_captured_length(tvb);
}

static int
dissect_ext_response_entry(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    col_set_str(pinfo->cinfo, COL_PROTOCOL, "OXCROPS");
    dissect_rop_extended_buffer(tvb, pinfo, tree, ROP_RESPONSE, 0);
    return tvb_captured_length(tvb);
}

static int
dissect_aux_entry(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    col_set_str(pinfo->cinfo, COL_PROTOCOL, "OXCROPS");
    dissect_aux_extended_buffer(tvb, pinfo, tree, "Auxiliary buffer");
    return tvb_captured_length(tvb);
}

void
extbuf_register(void)
{
    static hf_register_info hf[] = {
        { &hf_ext,
          { "Extended buffer", "oxcrops.rpc_header_ext", FT_NONE, BASE_NONE, NULL, 0,
            "RPC_HEADER_EXT and its payload (MS-OXCRPC 2.2.2.1)", HFILL } },
        { &hf_ext_version,
          { "Version", "oxcrops.rpc_header_ext.version", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_ext_flags,
          { "Flags", "oxcrops.rpc_header_ext.flags", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_ext_flags_compressed,
          { "Compressed", "oxcrops.rpc_header_ext.flags.compressed", FT_BOOLEAN, 16, NULL, EXT_COMPRESSED,
            "The payload is LZ77-compressed", HFILL } },
        { &hf_ext_flags_xor_magic,
          { "XorMagic", "oxcrops.rpc_header_ext.flags.xor_magic", FT_BOOLEAN, 16, NULL, EXT_XOR_MAGIC,
            "The payload is obfuscated (XOR 0xA5)", HFILL } },
        { &hf_ext_flags_last,
          { "Last", "oxcrops.rpc_header_ext.flags.last", FT_BOOLEAN, 16, NULL, EXT_LAST,
            "No RPC_HEADER_EXT follows this payload", HFILL } },
        { &hf_ext_size,
          { "Size", "oxcrops.rpc_header_ext.size", FT_UINT16, BASE_DEC, NULL, 0,
            "Length of the payload as sent", HFILL } },
        { &hf_ext_size_actual,
          { "SizeActual", "oxcrops.rpc_header_ext.size_actual", FT_UINT16, BASE_DEC, NULL, 0,
            "Length of the payload once uncompressed", HFILL } },
        { &hf_ext_payload,
          { "Payload", "oxcrops.rpc_header_ext.payload", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_ext, &ett_ext_flags };
    static ei_register_info ei[] = {
        { &ei_ext_version, { "oxcrops.rpc_header_ext.version_invalid", PI_PROTOCOL, PI_WARN,
            "RPC_HEADER_EXT Version is not 0", EXPFILL } },
        { &ei_ext_size, { "oxcrops.rpc_header_ext.size_invalid", PI_MALFORMED, PI_ERROR,
            "RPC_HEADER_EXT Size runs past the buffer", EXPFILL } },
        { &ei_ext_size_actual, { "oxcrops.rpc_header_ext.size_actual_mismatch", PI_MALFORMED, PI_ERROR,
            "SizeActual does not match the payload", EXPFILL } },
        { &ei_ext_lz77, { "oxcrops.rpc_header_ext.lz77_error", PI_MALFORMED, PI_ERROR,
            "LZ77 payload does not decompress", EXPFILL } },
        { &ei_ext_no_last, { "oxcrops.rpc_header_ext.no_last", PI_PROTOCOL, PI_WARN,
            "No RPC_HEADER_EXT has the Last flag", EXPFILL } },
        { &ei_ext_trailing, { "oxcrops.rpc_header_ext.trailing", PI_PROTOCOL, PI_WARN,
            "Bytes after the Last extended buffer", EXPFILL } },
    };
    expert_module_t *expert;

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_oxcrops);
    expert_register_field_array(expert, ei, array_length(ei));
    register_dissector("oxcrops.extbuf_request", dissect_ext_request_entry, proto_oxcrops);
    register_dissector("oxcrops.extbuf_response", dissect_ext_response_entry, proto_oxcrops);
    register_dissector("oxcrops.auxbuf", dissect_aux_entry, proto_oxcrops);
    calls_by_request_frame = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
}

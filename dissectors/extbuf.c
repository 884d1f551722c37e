/* extbuf.c: extended buffers (MS-OXCRPC 2.2.2.1 RPC_HEADER_EXT) around ROP and
 * auxiliary payloads, shared by the DCE/RPC and MAPI/HTTP carriers, and the
 * AUX_HEADER framing of auxiliary buffers (MS-OXCRPC 2.2.2.2).
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/tvbuff.h>

#include "oxcrops.h"

static int hf_ext = -1;
static int hf_ext_version = -1;
static int hf_ext_flags = -1;
static int hf_ext_flags_compressed = -1;
static int hf_ext_flags_xor_magic = -1;
static int hf_ext_flags_last = -1;
static int hf_ext_size = -1;
static int hf_ext_size_actual = -1;
static int hf_ext_payload = -1;
static int hf_aux_block = -1;
static int hf_aux_size = -1;
static int hf_aux_version = -1;
static int hf_aux_type = -1;
static int hf_aux_data = -1;

static gint ett_ext = -1;
static gint ett_ext_flags = -1;
static gint ett_aux = -1;

static expert_field ei_ext_version = EI_INIT;
static expert_field ei_ext_size = EI_INIT;
static expert_field ei_ext_size_actual = EI_INIT;
static expert_field ei_ext_lz77 = EI_INIT;
static expert_field ei_ext_no_last = EI_INIT;
static expert_field ei_ext_trailing = EI_INIT;
static expert_field ei_aux_size = EI_INIT;

/* MS-OXCRPC 2.2.2.1: RPC_HEADER_EXT Flags */
#define EXT_COMPRESSED 0x0001
#define EXT_XOR_MAGIC  0x0002
#define EXT_LAST       0x0004
#define EXT_HEADER_LEN 8
/* MS-OXCRPC 3.1.4.1.1.3: every byte XORed with 0xA5 */
#define XOR_MAGIC      0xA5

static int *const ext_flags[] = { &hf_ext_flags_compressed, &hf_ext_flags_xor_magic, &hf_ext_flags_last, NULL };

/* MS-OXCRPC 2.2.2.2: AUX_HEADER Version */
static const value_string aux_version_vals[] = {
    { 0x01, "AUX_VERSION_1" },
    { 0x02, "AUX_VERSION_2" },
    { 0, NULL }
};

/* MS-OXCRPC 2.2.2.2: AUX_HEADER Type (the block structure also depends on Version). */
static const value_string aux_type_vals[] = {
    { 0x01, "AUX_TYPE_PERF_REQUESTID" },
    { 0x02, "AUX_TYPE_PERF_CLIENTINFO" },
    { 0x03, "AUX_TYPE_PERF_SERVERINFO" },
    { 0x04, "AUX_TYPE_PERF_SESSIONINFO" },
    { 0x05, "AUX_TYPE_PERF_DEFMDB_SUCCESS" },
    { 0x06, "AUX_TYPE_PERF_DEFGC_SUCCESS" },
    { 0x07, "AUX_TYPE_PERF_MDB_SUCCESS" },
    { 0x08, "AUX_TYPE_PERF_GC_SUCCESS" },
    { 0x09, "AUX_TYPE_PERF_FAILURE" },
    { 0x0A, "AUX_TYPE_CLIENT_CONTROL" },
    { 0x0B, "AUX_TYPE_PERF_PROCESSINFO" },
    { 0x0C, "AUX_TYPE_PERF_BG_DEFMDB_SUCCESS" },
    { 0x0D, "AUX_TYPE_PERF_BG_DEFGC_SUCCESS" },
    { 0x0E, "AUX_TYPE_PERF_BG_MDB_SUCCESS" },
    { 0x0F, "AUX_TYPE_PERF_BG_GC_SUCCESS" },
    { 0x10, "AUX_TYPE_PERF_BG_FAILURE" },
    { 0x11, "AUX_TYPE_PERF_FG_DEFMDB_SUCCESS" },
    { 0x12, "AUX_TYPE_PERF_FG_DEFGC_SUCCESS" },
    { 0x13, "AUX_TYPE_PERF_FG_MDB_SUCCESS" },
    { 0x14, "AUX_TYPE_PERF_FG_GC_SUCCESS" },
    { 0x15, "AUX_TYPE_PERF_FG_FAILURE" },
    { 0x16, "AUX_TYPE_OSVERSIONINFO" },
    { 0x17, "AUX_TYPE_EXORGINFO" },
    { 0x18, "AUX_TYPE_PERF_ACCOUNTINFO" },
    { 0x46, "AUX_TYPE_SERVER_CAPABILITIES" },
    { 0x48, "AUX_TYPE_ENDPOINT_CAPABILITIES" },
    { 0x4A, "AUX_TYPE_CLIENT_CONNECTION_INFO" },
    { 0x4B, "AUX_TYPE_SERVER_SESSION_INFO" },
    { 0x4E, "AUX_TYPE_PROTOCOL_DEVICE_IDENTIFICATION" },
    { 0, NULL }
};

/* Undoes XorMagic over a payload: a new data source of the same length. */
static tvbuff_t *
unxor(tvbuff_t *tvb, int offset, int len, packet_info *pinfo)
{
    guint8 *buf = (guint8 *)tvb_memdup(pinfo->pool, tvb, offset, len);
    tvbuff_t *out;
    int i;

    for (i = 0; i < len; i++)
        buf[i] ^= XOR_MAGIC;
    out = tvb_new_child_real_data(tvb, buf, len, len);
    add_new_data_source(pinfo, out, "De-obfuscated payload");
    return out;
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
    if (size == 0)
        return EXT_HEADER_LEN;

    /* MS-OXCRPC 3.1.4.2.1.1.1: undo the obfuscation first, then decompress. */
    if (flags & EXT_XOR_MAGIC)
        payload = unxor(tvb, offset, size, pinfo);
    else
        payload = tvb_new_subset_length(tvb, offset, size);
    if (flags & EXT_COMPRESSED) {
        tvbuff_t *plain = tvb_child_uncompress_lz77(payload, payload, 0, size);
        if (!plain) {
            proto_tree_add_item(t, hf_ext_payload, payload, 0, size, ENC_NA);
            proto_tree_add_expert_format(t, pinfo, &ei_ext_lz77, tvb, offset, size,
                                         "LZ77 payload does not decompress");
            return EXT_HEADER_LEN + size;
        }
        add_new_data_source(pinfo, plain, "Decompressed payload");
        if (tvb_reported_length(plain) != size_actual)
            expert_add_info_format(pinfo, ai, &ei_ext_size_actual,
                                   "Payload decompresses to %u bytes, SizeActual says %u",
                                   tvb_reported_length(plain), size_actual);
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

    dissect_rop_buffer(payload, pinfo, tree, &pc->ci);
    pc->ci.buffer_index++;
}

void
dissect_rop_extended_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_dir_t dir,
                            guint32 request_frame)
{
    rop_payload_ctx_t pc;

    memset(&pc, 0, sizeof pc);
    pc.ci.dir = dir;
    pc.ci.request_frame = request_frame;
    if (request_frame)
        pc.ci.call = (rop_call_rec_t *)wmem_map_lookup(calls_by_request_frame, GUINT_TO_POINTER(request_frame));
    if (dir == ROP_REQUEST && !pc.ci.call && !PINFO_FD_VISITED(pinfo)) {
        pc.ci.call = wmem_new0(wmem_file_scope(), rop_call_rec_t);
        pc.ci.call->reqs = wmem_array_new(wmem_file_scope(), sizeof(rop_req_rec_t));
        wmem_map_insert(calls_by_request_frame, GUINT_TO_POINTER(request_frame), pc.ci.call);
    }
    dissect_extended_buffers(tvb, pinfo, tree, dir == ROP_REQUEST ? "ROP input buffer" : "ROP output buffer",
                             rop_payload, &pc);
}

/* ---- auxiliary payloads (MS-OXCRPC 2.2.2.2): AUX_HEADER blocks to the end ---- */

static void
aux_payload(tvbuff_t *payload, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    int offset = 0, total = tvb_reported_length(payload);

    while (offset < total) {
        guint32 size, version, type;
        proto_item *ti, *si;
        proto_tree *t;

        ti = proto_tree_add_item(tree, hf_aux_block, payload, offset, -1, ENC_NA);
        t = proto_item_add_subtree(ti, ett_aux);
        si = proto_tree_add_item_ret_uint(t, hf_aux_size, payload, offset, 2, ENC_LITTLE_ENDIAN, &size);
        proto_tree_add_item_ret_uint(t, hf_aux_version, payload, offset + 2, 1, ENC_NA, &version);
        proto_tree_add_item_ret_uint(t, hf_aux_type, payload, offset + 3, 1, ENC_NA, &type);
        proto_item_append_text(ti, ": %s", val_to_str_const(type, aux_type_vals, "unknown type"));
        if (size < 4 || (int)size > total - offset) {
            expert_add_info_format(pinfo, si, &ei_aux_size, "AUX_HEADER Size %u does not fit the %d bytes left",
                                   size, total - offset);
            proto_item_set_len(ti, total - offset);
            return;
        }
        proto_item_set_len(ti, size);
        if (size > 4)
            proto_tree_add_item(t, hf_aux_data, payload, offset + 4, size - 4, ENC_NA);
        offset += size;
    }
}

void
dissect_aux_extended_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const char *label)
{
    dissect_extended_buffers(tvb, pinfo, tree, label, aux_payload, NULL);
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
        { &hf_aux_block,
          { "Auxiliary block", "oxcrops.aux_header", FT_NONE, BASE_NONE, NULL, 0,
            "AUX_HEADER and its block (MS-OXCRPC 2.2.2.2)", HFILL } },
        { &hf_aux_size,
          { "Size", "oxcrops.aux_header.size", FT_UINT16, BASE_DEC, NULL, 0,
            "Size of the AUX_HEADER and its block", HFILL } },
        { &hf_aux_version,
          { "Version", "oxcrops.aux_header.version", FT_UINT8, BASE_HEX, VALS(aux_version_vals), 0, NULL, HFILL } },
        { &hf_aux_type,
          { "Type", "oxcrops.aux_header.type", FT_UINT8, BASE_HEX, VALS(aux_type_vals), 0, NULL, HFILL } },
        { &hf_aux_data,
          { "Block data", "oxcrops.aux_header.data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_ext, &ett_ext_flags, &ett_aux };
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
        { &ei_aux_size, { "oxcrops.aux_header.size_invalid", PI_MALFORMED, PI_ERROR,
            "AUX_HEADER Size does not fit", EXPFILL } },
    };
    expert_module_t *expert;

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_oxcrops);
    expert_register_field_array(expert, ei, array_length(ei));
    calls_by_request_frame = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
}

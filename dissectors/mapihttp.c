/* mapihttp.c: MAPI over HTTP (MS-OXCMAPIHTTP), the bodies HTTP hands to the
 * "application/mapi-http" media type.
 *
 * A request's type is its X-RequestType header (2.2.3.3.1); a response carries
 * it too, and where it does not, the type of the paired request is used (HTTP
 * pairs requests and responses on a connection). A response body starts with
 * meta-tags (PROCESSING, PENDING..., DONE; 2.2.7), then additional headers up
 * to an empty line, then the binary body.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/proto_data.h>
#include <epan/dissectors/packet-http.h>

#include "oxcrops.h"
#include "mapihttp.h"
#include "errcodes.h"

static int proto_mapihttp = -1;
static int proto_http = -1;
static int hf_request_type = -1;
static int hf_request_frame = -1;
static int hf_meta_tag = -1;
static int hf_additional_header = -1;
static int hf_elapsed_time = -1;
static int hf_start_time = -1;
static int hf_status_code = -1;
static int hf_error_code = -1;
static int hf_execute_flags = -1;
static int hf_execute_flags_no_compression = -1;
static int hf_execute_flags_no_xor_magic = -1;
static int hf_execute_flags_chain = -1;
static int hf_execute_rop_buffer_size = -1;
static int hf_execute_rop_buffer = -1;
static int hf_execute_max_rop_out = -1;
static int hf_aux_buffer_size = -1;
static int hf_aux_buffer = -1;
static int hf_body = -1;

static gint ett_mapihttp = -1;
static gint ett_flags = -1;
static gint ett_buffer = -1;
static gint ett_meta = -1;

static expert_field ei_not_decoded = EI_INIT;
static expert_field ei_no_request_type = EI_INIT;
static expert_field ei_size = EI_INIT;
static expert_field ei_no_done = EI_INIT;
static expert_field ei_status = EI_INIT;

static dissector_handle_t mapihttp_handle;

/* Request type of each request frame (first pass), for responses without one. */
static wmem_map_t *request_types;

/* MS-OXCMAPIHTTP 2.2.4.2.1: Execute Flags, the pulFlags of EcDoRpcExt2 */
static int *const execute_flags[] = {
    &hf_execute_flags_no_compression, &hf_execute_flags_no_xor_magic, &hf_execute_flags_chain, NULL
};

/* MS-OXCMAPIHTTP 2.2.2.2: StatusCode 0 is success; failures carry only the
 * auxiliary buffer after it. */
static const value_string status_code_vals[] = {
    { 0, "Success" },
    { 0, NULL }
};

typedef struct body_ctx {
    tvbuff_t    *tvb;
    packet_info *pinfo;
    proto_tree  *tree;
    int          offset;
} body_ctx_t;

static guint32
body_uint32(body_ctx_t *b, int hf)
{
    guint32 v;

    proto_tree_add_item_ret_uint(b->tree, hf, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN, &v);
    b->offset += 4;
    return v;
}

/* A size field then that many bytes; returns a subset tvb of what is present. */
static tvbuff_t *
sized_buffer(body_ctx_t *b, int hf_size, int hf_buf, proto_tree **subtree)
{
    guint32 size;
    int avail;
    proto_item *si, *ti;

    si = proto_tree_add_item_ret_uint(b->tree, hf_size, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN, &size);
    b->offset += 4;
    avail = tvb_reported_length_remaining(b->tvb, b->offset);
    if ((gint64)size > avail) {
        expert_add_info_format(b->pinfo, si, &ei_size, "Size %u runs past the body (%d bytes left)", size, avail);
        size = avail;
    }
    ti = proto_tree_add_item(b->tree, hf_buf, b->tvb, b->offset, size, ENC_NA);
    *subtree = proto_item_add_subtree(ti, ett_buffer);
    b->offset += size;
    return tvb_new_subset_length(b->tvb, b->offset - size, size);
}

static void
aux_buffer(body_ctx_t *b)
{
    proto_tree *t;
    tvbuff_t *aux = sized_buffer(b, hf_aux_buffer_size, hf_aux_buffer, &t);

    if (tvb_reported_length(aux) > 0)
        dissect_aux_extended_buffer(aux, b->pinfo, t, "AuxiliaryBuffer");
}

/* MS-OXCMAPIHTTP 2.2.4.2.1 */
static void
execute_request(body_ctx_t *b)
{
    proto_tree *t;
    tvbuff_t *rops;

    proto_tree_add_bitmask(b->tree, b->tvb, b->offset, hf_execute_flags, ett_flags, execute_flags, ENC_LITTLE_ENDIAN);
    b->offset += 4;
    rops = sized_buffer(b, hf_execute_rop_buffer_size, hf_execute_rop_buffer, &t);
    if (tvb_reported_length(rops) > 0)
        dissect_rop_extended_buffer(rops, b->pinfo, t, ROP_REQUEST, b->pinfo->num);
    body_uint32(b, hf_execute_max_rop_out);
    aux_buffer(b);
}

/* MS-OXCMAPIHTTP 2.2.4.2.2 (success) and 2.2.4.2.3 (failure) */
static void
execute_response(body_ctx_t *b, guint32 request_frame)
{
    proto_tree *t;
    tvbuff_t *rops;
    proto_item *ti;
    guint32 status;

    ti = proto_tree_add_item_ret_uint(b->tree, hf_status_code, b->tvb, b->offset, 4, ENC_LITTLE_ENDIAN, &status);
    b->offset += 4;
    if (status != 0) {
        expert_add_info_format(b->pinfo, ti, &ei_status, "Execute failed: StatusCode 0x%08x", status);
        aux_buffer(b);
        return;
    }
    body_uint32(b, hf_error_code);
    body_uint32(b, hf_execute_flags);   /* reserved in responses: MUST be 0 */
    rops = sized_buffer(b, hf_execute_rop_buffer_size, hf_execute_rop_buffer, &t);
    if (tvb_reported_length(rops) > 0)
        dissect_rop_extended_buffer(rops, b->pinfo, t, ROP_RESPONSE, request_frame);
    aux_buffer(b);
}

/* Meta-tags and additional headers (MS-OXCMAPIHTTP 2.2.7); returns the offset
 * of the binary body, or -1 if there is no DONE meta-tag. */
static int
dissect_meta_tags(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree)
{
    int offset = 0, next;
    gboolean done = FALSE;
    proto_tree *t = proto_tree_add_subtree(tree, tvb, 0, -1, ett_meta, NULL, "Meta-tags and additional headers");

    while (tvb_offset_exists(tvb, offset)) {
        int len = tvb_find_line_end(tvb, offset, -1, &next, FALSE);
        const guint8 *line;

        if (next <= offset || len < 0)
            break;
        if (len == 0) {         /* the empty line after the additional headers */
            offset = next;
            if (done)
                break;
            continue;
        }
        line = tvb_get_string_enc(pinfo->pool, tvb, offset, len, ENC_ASCII);
        if (!done && (!strcmp((const char *)line, "PROCESSING") || !strcmp((const char *)line, "PENDING") ||
                      !strcmp((const char *)line, "DONE"))) {
            proto_tree_add_item(t, hf_meta_tag, tvb, offset, len, ENC_ASCII);
            done = !strcmp((const char *)line, "DONE");
        } else if (done) {
            proto_tree_add_item(t, hf_additional_header, tvb, offset, len, ENC_ASCII);
            if (g_ascii_strncasecmp((const char *)line, "X-ElapsedTime:", 14) == 0) {
                proto_item *ei = proto_tree_add_uint(t, hf_elapsed_time, tvb, offset, len,
                                                     (guint32)g_ascii_strtoull((const char *)line + 14, NULL, 10));
                proto_item_set_generated(ei);
            } else if (g_ascii_strncasecmp((const char *)line, "X-StartTime:", 12) == 0) {
                proto_item *si = proto_tree_add_string(t, hf_start_time, tvb, offset, len,
                                                       g_strstrip(wmem_strdup(pinfo->pool, (const char *)line + 12)));
                proto_item_set_generated(si);
            }
        } else {
            break;              /* not a meta-tag: no meta-tag block */
        }
        offset = next;
    }
    proto_item_set_len(proto_tree_get_parent(t), offset);
    if (!done) {
        proto_tree_add_expert(t, pinfo, &ei_no_done, tvb, 0, offset);
        return -1;
    }
    return offset;
}

static guint32
paired_request_frame(packet_info *pinfo)
{
    http_req_res_t *rr = (http_req_res_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_http, 0);

    return rr ? rr->req_framenum : 0;
}

static int
dissect_mapihttp(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
    http_message_info_t *info = (http_message_info_t *)data;
    gboolean is_request = info && info->type == HTTP_REQUEST;
    const char *request_type = NULL;
    guint32 request_frame = 0;
    proto_item *ti, *rti;
    proto_tree *mt;
    body_ctx_t b;

    if (info && info->data)
        request_type = (const char *)wmem_map_lookup((wmem_map_t *)info->data, "x-requesttype");
    if (is_request) {
        if (request_type && !PINFO_FD_VISITED(pinfo))
            wmem_map_insert(request_types, GUINT_TO_POINTER(pinfo->num), wmem_strdup(wmem_file_scope(), request_type));
    } else {
        request_frame = paired_request_frame(pinfo);
        if (!request_type && request_frame)
            request_type = (const char *)wmem_map_lookup(request_types, GUINT_TO_POINTER(request_frame));
    }

    col_set_str(pinfo->cinfo, COL_PROTOCOL, "MAPIHTTP");
    col_add_fstr(pinfo->cinfo, COL_INFO, "%s %s", request_type ? request_type : "Unknown",
                 is_request ? "request" : "response");
    ti = proto_tree_add_item(tree, proto_mapihttp, tvb, 0, -1, ENC_NA);
    proto_item_append_text(ti, ", %s %s", request_type ? request_type : "Unknown", is_request ? "request" : "response");
    mt = proto_item_add_subtree(ti, ett_mapihttp);
    rti = proto_tree_add_string(mt, hf_request_type, tvb, 0, 0, request_type ? request_type : "");
    proto_item_set_generated(rti);
    if (!request_type)
        expert_add_info(pinfo, rti, &ei_no_request_type);
    if (request_frame) {
        proto_item *fi = proto_tree_add_uint(mt, hf_request_frame, tvb, 0, 0, request_frame);
        proto_item_set_generated(fi);
    }

    memset(&b, 0, sizeof b);
    b.tvb = tvb;
    b.pinfo = pinfo;
    b.tree = mt;
    if (!is_request) {
        int body = dissect_meta_tags(tvb, pinfo, mt);
        if (body < 0)
            return tvb_captured_length(tvb);
        b.offset = body;
    }
    if (request_type && !g_ascii_strcasecmp(request_type, "Execute")) {
            col_set_fence(pinfo->cinfo, COL_INFO);
        if (is_request)
            execute_request(&b);
        else
            execute_response(&b, request_frame);
    } else if (tvb_reported_length_remaining(tvb, b.offset) > 0) {
        proto_item *bi = proto_tree_add_item(mt, hf_body, tvb, b.offset, -1, ENC_NA);
        expert_add_info_format(pinfo, bi, &ei_not_decoded, "%s bodies are not decoded by this version",
                               request_type ? request_type : "Unknown request type");
        b.offset = tvb_reported_length(tvb);
    }
    return tvb_captured_length(tvb);
}

void
mapihttp_register(void)
{
    static hf_register_info hf[] = {
        { &hf_request_type,
          { "X-RequestType", "mapihttp.request_type", FT_STRING, BASE_NONE, NULL, 0,
            "Request type of the request (and of its response), MS-OXCMAPIHTTP 2.2.3.3.1", HFILL } },
        { &hf_request_frame,
          { "Request in frame", "mapihttp.request_frame", FT_FRAMENUM, BASE_NONE,
            FRAMENUM_TYPE(FT_FRAMENUM_REQUEST), 0, NULL, HFILL } },
        { &hf_meta_tag,
          { "Meta-tag", "mapihttp.meta_tag", FT_STRING, BASE_NONE, NULL, 0,
            "PROCESSING, PENDING or DONE (MS-OXCMAPIHTTP 2.2.7)", HFILL } },
        { &hf_additional_header,
          { "Additional header", "mapihttp.additional_header", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_elapsed_time,
          { "X-ElapsedTime", "mapihttp.elapsed_time", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0,
            "Time the server took to process the request", HFILL } },
        { &hf_start_time,
          { "X-StartTime", "mapihttp.start_time", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_status_code,
          { "StatusCode", "mapihttp.status_code", FT_UINT32, BASE_HEX, VALS(status_code_vals), 0, NULL, HFILL } },
        { &hf_error_code,
          { "ErrorCode", "mapihttp.error_code", FT_UINT32, BASE_HEX|BASE_EXT_STRING, &oxcdata_error_code_vals_ext, 0,
            NULL, HFILL } },
        { &hf_execute_flags,
          { "Flags", "mapihttp.execute.flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_execute_flags_no_compression,
          { "NoCompression", "mapihttp.execute.flags.no_compression", FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_execute_flags_no_xor_magic,
          { "NoXorMagic", "mapihttp.execute.flags.no_xor_magic", FT_BOOLEAN, 32, NULL, 0x00000002, NULL, HFILL } },
        { &hf_execute_flags_chain,
          { "Chain", "mapihttp.execute.flags.chain", FT_BOOLEAN, 32, NULL, 0x00000004, NULL, HFILL } },
        { &hf_execute_rop_buffer_size,
          { "RopBufferSize", "mapihttp.execute.rop_buffer_size", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_execute_rop_buffer,
          { "RopBuffer", "mapihttp.execute.rop_buffer", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            NULL, HFILL } },
        { &hf_execute_max_rop_out,
          { "MaxRopOut", "mapihttp.execute.max_rop_out", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_aux_buffer_size,
          { "AuxiliaryBufferSize", "mapihttp.auxiliary_buffer_size", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_aux_buffer,
          { "AuxiliaryBuffer", "mapihttp.auxiliary_buffer", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            NULL, HFILL } },
        { &hf_body,
          { "Body", "mapihttp.body", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_mapihttp, &ett_flags, &ett_buffer, &ett_meta };
    static ei_register_info ei[] = {
        { &ei_not_decoded, { "mapihttp.not_decoded", PI_UNDECODED, PI_NOTE,
            "Body not decoded by this version", EXPFILL } },
        { &ei_no_request_type, { "mapihttp.no_request_type", PI_PROTOCOL, PI_WARN,
            "No X-RequestType header, and no paired request that had one", EXPFILL } },
        { &ei_size, { "mapihttp.size_invalid", PI_MALFORMED, PI_ERROR,
            "Size runs past the body", EXPFILL } },
        { &ei_no_done, { "mapihttp.no_done", PI_PROTOCOL, PI_WARN,
            "Response body without a DONE meta-tag: no binary body", EXPFILL } },
        { &ei_status, { "mapihttp.status_failure", PI_RESPONSE_CODE, PI_NOTE,
            "Request failed (StatusCode)", EXPFILL } },
    };
    expert_module_t *expert;

    proto_mapihttp = proto_register_protocol("MAPI over HTTP (MS-OXCMAPIHTTP)", "MAPIHTTP", "mapihttp");
    proto_register_field_array(proto_mapihttp, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_mapihttp);
    expert_register_field_array(expert, ei, array_length(ei));
    mapihttp_handle = register_dissector("mapihttp", dissect_mapihttp, proto_mapihttp);
    request_types = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
}

void
mapihttp_handoff(void)
{
    proto_http = proto_get_id_by_filter_name("http");
    dissector_add_string("media_type", "application/mapi-http", mapihttp_handle);
}

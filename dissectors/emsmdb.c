/* SPDX-License-Identifier: GPL-2.0-or-later */
/* emsmdb.c: the EMSMDB DCE/RPC interface (MS-OXCRPC 3.1.4), every opnum.
 *
 * Wireshark's built-in "mapi" dissector registers the EMSMDB UUID and decodes
 * opnums 0-9 of an old IDL (4.0; the pidl-generated mapi of 4.2 and later also
 * decodes EcDoRpcExt2 and a few ROPs, with raw values). Registering the UUID again is a use-after-free in
 * 4.0, so the handoff patches the existing registration (dcerpc_uuids, reached
 * through wscompat.h, which says why no public path exists) to point
 * at this protocol and its procedure table; with `emsmdb` disabled the whole
 * built-in registration comes back (design.md 6).
 *
 * Opnums and where their layout comes from:
 *   0 EcDoConnect        EcDoConnectEx without the auxiliary parameters (the IDL
 *                        Microsoft gave for [MS-OXRPC] 2.0 Opnum0Reserved)
 *   1 EcDoDisconnect     MS-OXCRPC 3.1.4.3
 *   2 EcDoRpc            openchange exchange.idl (no Microsoft IDL confirmed): one
 *                        [in,out] conformant-varying byte buffer, the whole ROP
 *                        buffer XOR-0xA5 obfuscated and without RPC_HEADER_EXT,
 *                        then [in,out] uint16 length and [in] uint16 max_data
 *   3 EcGetMoreRpc       no IDL anywhere: stub shown as bytes
 *   4 EcRRegisterPushNotification  MS-OXCRPC 3.1.4.5
 *   5 EcRUnregisterPushNotification  openchange exchange.idl: the handle and
 *                        "uint32 unknown[2]"
 *   6 EcDummyRpc         MS-OXCRPC 3.1.4.6 (nothing on the wire but the return value)
 *   7 EcRGetDCName, 8 EcRNetGetDCName, 9 EcDoRpcExt  no IDL: stub shown as bytes
 *  10 EcDoConnectEx      MS-OXCRPC 3.1.4.1
 *  11 EcDoRpcExt2        MS-OXCRPC 3.1.4.2
 *  12, 13               reserved (Opnum12/13NotUsedOnWire): stub shown as bytes
 *  14 EcDoAsyncConnectEx MS-OXCRPC 3.1.4.4
 * The built-in routines (Wireshark's mapi.idl) decode opnums 0, 1 and 2, misread
 * 4 and have empty IDL for 3 and 5-9: nothing they show is lost here.
 *
 * NDR is parsed by hand (libwireshark 4.0 exports few NDR helpers): NDR20,
 * 4-byte alignment relative to the stub start.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/dissectors/packet-dcerpc.h>

#include "wscompat.h"
#include "oxcrops.h"
#include "emsmdb.h"
#include "errcodes.h"
#include "state.h"
#include "stats.h"

static int proto_emsmdb = -1;
static int hf_emsmdb_opnum = -1;
static int hf_pcxh = -1;
static int hf_cxh = -1;
static int hf_pacxh = -1;
static int hf_handle_attributes = -1;
static int hf_handle_uuid = -1;
static int hf_ndr_referent_id = -1;
static int hf_ndr_max_count = -1;
static int hf_ndr_offset = -1;
static int hf_ndr_actual_count = -1;
static int hf_ndr_string = -1;
static int hf_return_value = -1;
static int hf_sz_user_dn = -1;
static int hf_ul_flags = -1;
static int hf_ul_flags_admin = -1;
static int hf_ul_flags_ignore_no_pf = -1;
static int hf_ul_con_mod = -1;
static int hf_cb_limit = -1;
static int hf_ul_cpid = -1;
static int hf_ul_lcid_string = -1;
static int hf_ul_lcid_sort = -1;
static int hf_icxr_link = -1;
static int hf_us_f_can_convert_code_pages = -1;
static int hf_rgw_client_version = -1;
static int hf_rgw_server_version = -1;
static int hf_rgw_best_version = -1;
static int hf_version_word = -1;
static int hf_pul_time_stamp = -1;
static int hf_pcms_polls_max = -1;
static int hf_pc_retry = -1;
static int hf_pcms_retry_delay = -1;
static int hf_session_index = -1;
static int hf_sz_dn_prefix = -1;
static int hf_sz_display_name = -1;
static int hf_pul_flags = -1;
static int hf_pul_flags_no_compression = -1;
static int hf_pul_flags_no_xor_magic = -1;
static int hf_pul_flags_chain = -1;
static int hf_rgb_in = -1;
static int hf_cb_in = -1;
static int hf_rgb_out = -1;
static int hf_pcb_out = -1;
static int hf_rgb_aux_in = -1;
static int hf_cb_aux_in = -1;
static int hf_rgb_aux_out = -1;
static int hf_pcb_aux_out = -1;
static int hf_pul_trans_time = -1;
static int hf_mapi_request = -1;
static int hf_mapi_response = -1;
static int hf_length = -1;
static int hf_max_data = -1;
static int hf_i_rpc = -1;
static int hf_rgb_context = -1;
static int hf_rgb_context_data = -1;
static int hf_cb_context = -1;
static int hf_grbit_advise_bits = -1;
static int hf_rgb_callback_address = -1;
static int hf_cb_callback_address = -1;
static int hf_sockaddr_family = -1;
static int hf_sockaddr_port = -1;
static int hf_sockaddr_ipv4 = -1;
static int hf_sockaddr_ipv6 = -1;
static int hf_sockaddr_flowinfo = -1;
static int hf_sockaddr_scope_id = -1;
static int hf_sockaddr_zero = -1;
static int hf_h_notification = -1;
static int hf_unregister_unknown = -1;
static int hf_stub = -1;

static gint ett_emsmdb = -1;
static gint ett_handle = -1;
static gint ett_array = -1;
static gint ett_flags = -1;
static gint ett_version = -1;

static expert_field ei_ndr_count = EI_INIT;
static expert_field ei_ndr_truncated = EI_INIT;
static expert_field ei_return_value = EI_INIT;
static expert_field ei_size_mismatch = EI_INIT;
static expert_field ei_stub_not_decoded = EI_INIT;
static expert_field ei_opnum_reserved = EI_INIT;
static expert_field ei_sockaddr = EI_INIT;
static expert_field ei_undefined_bits = EI_INIT;
static expert_field ei_bad_value = EI_INIT;

static e_guid_t uuid_emsmdb = { 0xa4f1db00, 0xca47, 0x1067, { 0xb3, 0x1f, 0x00, 0xdd, 0x01, 0x06, 0x62, 0xda } };

/* MS-OXCRPC 3.1.4.1: EcDoConnectEx ulFlags */
#define CONNECT_USE_ADMIN_PRIVILEGE    0x00000001
#define CONNECT_IGNORE_NO_PUBLIC_FOLDERS 0x00008000
static int *const ul_flags_bits[] = { &hf_ul_flags_admin, &hf_ul_flags_ignore_no_pf, NULL };

/* MS-OXCRPC 3.1.4.2: EcDoRpcExt2 pulFlags */
#define RPCEXT2_NO_COMPRESSION 0x00000001
#define RPCEXT2_NO_XOR_MAGIC   0x00000002
#define RPCEXT2_CHAIN          0x00000004
static int *const pul_flags_bits[] = {
    &hf_pul_flags_no_compression, &hf_pul_flags_no_xor_magic, &hf_pul_flags_chain, NULL
};

/* SOCKADDR families of rgbCallbackAddress (MS-OXCNOTIF 3.1.5.4, Winsock values) */
#define SOCKADDR_AF_INET  2
#define SOCKADDR_AF_INET6 23
static const value_string sockaddr_family_vals[] = {
    { SOCKADDR_AF_INET, "AF_INET" },
    { SOCKADDR_AF_INET6, "AF_INET6" },
    { 0, NULL }
};

/* ---- NDR helpers ---- */

static int
ndr_align(int offset, int n)
{
    return (offset + n - 1) & ~(n - 1);
}

static guint32
ndr_uint(tvbuff_t *tvb, int *offset, proto_tree *tree, int hf, int len, const guint8 *drep)
{
    guint32 v;

    *offset = ndr_align(*offset, len);
    proto_tree_add_item_ret_uint(tree, hf, tvb, *offset, len, DREP_ENC_INTEGER(drep), &v);
    *offset += len;
    return v;
}

static void
ndr_bitmask32(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, int *const *bits,
              guint32 defined, const guint8 *drep)
{
    guint64 v;
    proto_item *ti;

    *offset = ndr_align(*offset, 4);
    ti = proto_tree_add_bitmask_ret_uint64(tree, tvb, *offset, hf, ett_flags, bits, DREP_ENC_INTEGER(drep), &v);
    if (v & ~(guint64)defined)
        expert_add_info_format(pinfo, ti, &ei_undefined_bits, "Undefined bits set: 0x%08x",
                               (guint)(v & ~(guint64)defined));
    *offset += 4;
}

/* A context handle (CXH / ACXH, MS-OXCRPC 2.2.1.1-2): 4-byte attributes and a
 * UUID. Returns the UUID; *nil is TRUE for the all-zero handle. */
static e_guid_t
ndr_ctx_handle(tvbuff_t *tvb, int *offset, proto_tree *tree, int hf, const guint8 *drep, gboolean *nil)
{
    static const e_guid_t zero_guid;
    proto_item *ti;
    proto_tree *t;
    e_guid_t uuid;

    *offset = ndr_align(*offset, 4);
    ti = proto_tree_add_item(tree, hf, tvb, *offset, 20, ENC_NA);
    t = proto_item_add_subtree(ti, ett_handle);
    proto_tree_add_item(t, hf_handle_attributes, tvb, *offset, 4, DREP_ENC_INTEGER(drep));
    proto_tree_add_item(t, hf_handle_uuid, tvb, *offset + 4, 16, DREP_ENC_INTEGER(drep));
    tvb_get_guid(tvb, *offset + 4, &uuid, DREP_ENC_INTEGER(drep));
    *nil = tvb_get_ntohl(tvb, *offset) == 0 && memcmp(&uuid, &zero_guid, sizeof uuid) == 0;
    *offset += 20;
    return uuid;
}

/* pcxh: the session context handle; tells the state layer whose session the
 * frame's ROP buffers belong to. */
static void
ndr_pcxh(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, const guint8 *drep)
{
    gboolean nil;
    e_guid_t uuid = ndr_ctx_handle(tvb, offset, tree, hf_pcxh, drep, &nil);

    if (!nil) {
        oxc_session_t *s = state_emsmdb_session(pinfo, &uuid);
        state_set_frame_session(pinfo, s);
        oxcrops_msg_stats(pinfo)->session = s;
    }
}

/* A byte array: conformant ([size_is]: max_count) or conformant-varying
 * ([size_is, length_is]: max_count, offset, actual_count). Adds the array item,
 * returns its subtree and sets *data / *len to the elements present. */
static proto_tree *
ndr_byte_array(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, gboolean varying,
               const guint8 *drep, int *data, int *len)
{
    int start = ndr_align(*offset, 4);
    guint32 max_count, count, avail;
    proto_item *ti;
    proto_tree *t;

    *offset = start;
    ti = proto_tree_add_item(tree, hf, tvb, start, -1, ENC_NA);
    t = proto_item_add_subtree(ti, ett_array);
    max_count = ndr_uint(tvb, offset, t, hf_ndr_max_count, 4, drep);
    count = max_count;
    if (varying) {
        guint32 off = ndr_uint(tvb, offset, t, hf_ndr_offset, 4, drep);
        count = ndr_uint(tvb, offset, t, hf_ndr_actual_count, 4, drep);
        if (off != 0 || count > max_count)
            expert_add_info_format(pinfo, ti, &ei_ndr_count,
                                   "Conformant-varying array: offset %u, actual_count %u, max_count %u", off, count,
                                   max_count);
    }
    avail = (guint32)tvb_reported_length_remaining(tvb, *offset);
    if (count > avail) {
        expert_add_info_format(pinfo, ti, &ei_ndr_truncated, "Array of %u bytes, %u present", count, avail);
        count = avail;
    }
    *data = *offset;
    *len = (int)count;
    *offset += (int)count;
    proto_item_set_len(ti, *offset - start);
    proto_item_append_text(ti, " (%d bytes)", *len);
    return t;
}

/* A [string] conformant-varying 8-bit string; with `unique`, behind a referent
 * ID. Returns the string (pinfo->pool), or NULL. */
static const char *
ndr_string(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, gboolean unique,
           const guint8 *drep)
{
    int data, len;
    proto_tree *t;
    const guint8 *s = NULL;

    if (unique) {
        guint32 ref = ndr_uint(tvb, offset, tree, hf_ndr_referent_id, 4, drep);
        if (ref == 0)
            return NULL;
    }
    t = ndr_byte_array(tvb, offset, pinfo, tree, hf_ndr_string, TRUE, drep, &data, &len);
    proto_tree_add_item_ret_string(t, hf, tvb, data, len, ENC_ASCII, pinfo->pool, &s);
    proto_item_set_text(proto_tree_get_parent(t), "%s: %s", proto_registrar_get_name(hf), s);
    return (const char *)s;
}

/* rgwXxxVersion: three WORDs, shown normalized (MS-OXCRPC 3.1.4.1.3.1); returns
 * the normalized version (packet scope). */
static const char *
ndr_version(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, const guint8 *drep)
{
    guint encoding = DREP_ENC_INTEGER(drep);
    const char *version;
    guint16 w[3];
    guint n[4];
    proto_item *ti;
    proto_tree *t;
    int i;

    *offset = ndr_align(*offset, 2);
    for (i = 0; i < 3; i++)
        w[i] = tvb_get_uint16(tvb, *offset + 2 * i, encoding);
    if (w[1] & 0x8000) {
        n[0] = w[0] >> 8;
        n[1] = w[0] & 0xFF;
        n[2] = w[1] & 0x7FFF;
        n[3] = w[2];
    } else {
        n[0] = w[0];
        n[1] = 0;
        n[2] = w[1];
        n[3] = w[2];
    }
    version = wmem_strdup_printf(pinfo->pool, "%u.%u.%u.%u", n[0], n[1], n[2], n[3]);
    ti = proto_tree_add_string_format_value(tree, hf, tvb, *offset, 6, version, "%s", version);
    t = proto_item_add_subtree(ti, ett_version);
    for (i = 0; i < 3; i++)
        proto_tree_add_item(t, hf_version_word, tvb, *offset + 2 * i, 2, encoding);
    *offset += 6;
    return version;
}

static int
return_value(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, const guint8 *drep)
{
    guint32 rv;
    proto_item *ti;

    offset = ndr_align(offset, 4);
    ti = proto_tree_add_item_ret_uint(tree, hf_return_value, tvb, offset, 4, DREP_ENC_INTEGER(drep), &rv);
    oxcrops_msg_stats(pinfo)->status = rv;
    if (rv != 0) {
        const char *err = val_to_str_ext_const(rv, &oxcdata_error_code_vals_ext, "unknown error");
        expert_add_info_format(pinfo, ti, &ei_return_value, "Call failed: %s (0x%08x)", err, rv);
        col_append_fstr(pinfo->cinfo, COL_INFO, " [%s]", err);
    }
    return offset + 4;
}

/* An auxiliary buffer parameter (rgbAuxIn / rgbAuxOut). */
static void
aux_array(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, gboolean varying,
          const guint8 *drep)
{
    int data, len;
    proto_tree *t = ndr_byte_array(tvb, offset, pinfo, tree, hf, varying, drep, &data, &len);

    if (len > 0)
        dissect_aux_extended_buffer(tvb_new_subset_length(tvb, data, len), pinfo, t,
                                    varying ? "rgbAuxOut" : "rgbAuxIn");
}

/* A size parameter that repeats an array's count ([size_is(cbX)]). */
static void
ndr_size_param(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, int len, guint32 count,
               const guint8 *drep)
{
    int at = ndr_align(*offset, len);
    guint32 v = ndr_uint(tvb, offset, tree, hf, len, drep);

    if (v != count)
        proto_tree_add_expert_format(tree, pinfo, &ei_size_mismatch, tvb, at, len,
                                     "%u differs from the array's count %u", v, count);
}

/* A parameter the spec allows one value for (want): an expert item otherwise. */
static void
ndr_uint_must_be(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, int len, guint32 want,
                 const guint8 *drep)
{
    int at = ndr_align(*offset, len);
    guint32 v = ndr_uint(tvb, offset, tree, hf, len, drep);

    if (v != want)
        proto_tree_add_expert_format(tree, pinfo, &ei_bad_value, tvb, at, len, "%s %u; MUST be %u",
                                     proto_registrar_get_name(hf), v, want);
}

/* The frame of the request of this call, the key pairing a response with it
 * (DCE/RPC's call_data->req_frame, the same in request and response); 0 for a
 * response whose request is not in the capture. */
static guint32
call_request_frame(packet_info *pinfo, dcerpc_info *di)
{
    if (di->call_data && di->call_data->req_frame)
        return di->call_data->req_frame;
    return di->ptype == PDU_REQ ? pinfo->num : 0;
}

/* ---- opnums without a layout: 3, 7, 8, 9 (no IDL) and 12, 13 (reserved) ---- */

static int
undecoded_stub(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep _U_)
{
    int len = tvb_reported_length_remaining(tvb, offset);
    proto_item *ti = proto_tree_add_item(tree, hf_stub, tvb, offset, len, ENC_NA);
    guint16 opnum = di->call_data ? di->call_data->opnum : 0;

    if (opnum == 12 || opnum == 13)
        expert_add_info_format(pinfo, ti, &ei_opnum_reserved,
                               "Opnum %u is reserved: MS-OXCRPC 3.1.4 says the client MUST NOT send it", opnum);
    else
        expert_add_info(pinfo, ti, &ei_stub_not_decoded);
    return offset + len;
}

/* ---- opnum 1: EcDoDisconnect (MS-OXCRPC 3.1.4.3) ---- */

static int
ecdodisconnect_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di _U_,
                    guint8 *drep)
{
    ndr_pcxh(tvb, &offset, pinfo, tree, drep);
    return offset;
}

/* ---- opnums 0 and 10: EcDoConnect and EcDoConnectEx (MS-OXCRPC 3.1.4.1) ---- */

/* The [in] parameters both share: szUserDN to pulTimeStamp. */
static void
connect_request_params(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di,
                       const guint8 *drep)
{
    const char *user_dn = ndr_string(tvb, offset, pinfo, tree, hf_sz_user_dn, FALSE, drep);
    guint32 icxr_link;

    ndr_bitmask32(tvb, offset, pinfo, tree, hf_ul_flags, ul_flags_bits,
                  CONNECT_USE_ADMIN_PRIVILEGE | CONNECT_IGNORE_NO_PUBLIC_FOLDERS, drep);
    ndr_uint(tvb, offset, tree, hf_ul_con_mod, 4, drep);
    ndr_uint_must_be(tvb, offset, pinfo, tree, hf_cb_limit, 4, 0, drep);   /* "MUST be set to zero when sent" */
    ndr_uint(tvb, offset, tree, hf_ul_cpid, 4, drep);
    ndr_uint(tvb, offset, tree, hf_ul_lcid_string, 4, drep);
    ndr_uint(tvb, offset, tree, hf_ul_lcid_sort, 4, drep);
    icxr_link = ndr_uint(tvb, offset, tree, hf_icxr_link, 4, drep);
    /* "The client MUST pass a value of 0x0001." */
    ndr_uint_must_be(tvb, offset, pinfo, tree, hf_us_f_can_convert_code_pages, 2, 1, drep);
    oxcrops_msg_stats(pinfo)->client_app = wmem_strdup_printf(pinfo->pool, "rgwClientVersion %s",
                                                              ndr_version(tvb, offset, pinfo, tree, hf_rgw_client_version, drep));
    ndr_uint(tvb, offset, tree, hf_pul_time_stamp, 4, drep);
    state_emsmdb_connect_request(pinfo, call_request_frame(pinfo, di), user_dn ? user_dn : "", icxr_link);
}

/* The [out] parameters both share: pcxh to pulTimeStamp. */
static void
connect_response_params(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di,
                        const guint8 *drep)
{
    gboolean nil;
    e_guid_t cxh = ndr_ctx_handle(tvb, offset, tree, hf_pcxh, drep, &nil);
    guint32 session_index;

    ndr_uint(tvb, offset, tree, hf_pcms_polls_max, 4, drep);
    ndr_uint(tvb, offset, tree, hf_pc_retry, 4, drep);
    ndr_uint(tvb, offset, tree, hf_pcms_retry_delay, 4, drep);
    session_index = ndr_uint(tvb, offset, tree, hf_session_index, 2, drep);
    col_append_fstr(pinfo->cinfo, COL_INFO, ", session index %u", session_index);
    ndr_string(tvb, offset, pinfo, tree, hf_sz_dn_prefix, TRUE, drep);
    ndr_string(tvb, offset, pinfo, tree, hf_sz_display_name, TRUE, drep);
    ndr_version(tvb, offset, pinfo, tree, hf_rgw_server_version, drep);
    ndr_version(tvb, offset, pinfo, tree, hf_rgw_best_version, drep);
    ndr_uint(tvb, offset, tree, hf_pul_time_stamp, 4, drep);
    if (!nil) {
        state_emsmdb_connect_response(pinfo, call_request_frame(pinfo, di), &cxh, (guint16)session_index);
        oxcrops_msg_stats(pinfo)->session = state_emsmdb_session(pinfo, &cxh);    /* the one just made */
    }
}

/* opnum 0: EcDoConnectEx's layout without rgbAuxIn, cbAuxIn, rgbAuxOut and
 * pcbAuxOut (the IDL Microsoft gave for [MS-OXRPC] 2.0 Opnum0Reserved). */
static int
ecdoconnect_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    connect_request_params(tvb, &offset, pinfo, tree, di, drep);
    return offset;
}

static int
ecdoconnect_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    connect_response_params(tvb, &offset, pinfo, tree, di, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

static int
ecdoconnectex_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    connect_request_params(tvb, &offset, pinfo, tree, di, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_in, FALSE, drep);
    ndr_uint(tvb, &offset, tree, hf_cb_aux_in, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    return offset;
}

static int
ecdoconnectex_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    connect_response_params(tvb, &offset, pinfo, tree, di, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_out, TRUE, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 2: EcDoRpc ----
 * No Microsoft IDL is confirmed. openchange's exchange.idl (reverse-engineered,
 * matching Exchange 2003 traffic):
 *   [in,out] policy_handle *handle, [in,out] uint32 size, [in,out] uint32 offset,
 *   [in] mapi_request / [out] mapi_response as subcontext(4) (a 4-byte count and
 *   the bytes), [in,out] uint16 *length, [in] uint16 max_data
 * which on the wire is one conformant-varying byte array (max_count = size). The
 * array is the whole ROP buffer (RopSize, RopsList, ServerObjectHandleTable,
 * MS-OXCROPS 2.2.1) obfuscated with XOR 0xA5 and without an RPC_HEADER_EXT. */

/* Request ROPs of each EcDoRpc call, by request frame, as extbuf.c keeps them
 * for extended buffers, so the response is typed by its request (a map of its
 * own: one frame may hold an EcDoRpc and an EcDoRpcExt2 request). */
static wmem_map_t *legacy_calls;

static void
legacy_rop_buffer(tvbuff_t *tvb, int data, int len, packet_info *pinfo, proto_tree *tree, rop_dir_t dir,
                  guint32 request_frame)
{
    /* MS-OXCRPC 3.1.4.1.1.3: the whole ROP buffer is XORed with 0xA5 */
    tvbuff_t *plain = extbuf_unxor(tvb, data, len, pinfo, "De-obfuscated ROP buffer");
    rop_call_info_t ci;

    rop_call_info_init(&ci, legacy_calls, pinfo, dir, request_frame);
    {
        oxcrops_msg_stats_t *m = oxcrops_msg_stats(pinfo);     /* statistics: no compression here */
        m->buffers++;
        m->wire_bytes += len;
        m->plain_bytes += len;
    }
    dissect_rop_buffer(plain, pinfo, tree, &ci);
}

static int
ecdorpc_common(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep,
               rop_dir_t dir)
{
    int data, len;
    proto_tree *t;

    ndr_pcxh(tvb, &offset, pinfo, tree, drep);
    t = ndr_byte_array(tvb, &offset, pinfo, tree, dir == ROP_REQUEST ? hf_mapi_request : hf_mapi_response, TRUE,
                       drep, &data, &len);
    col_set_fence(pinfo->cinfo, COL_INFO);
    if (len > 0)
        legacy_rop_buffer(tvb, data, len, pinfo, t, dir, call_request_frame(pinfo, di));
    ndr_size_param(tvb, &offset, pinfo, tree, hf_length, 2, (guint32)len, drep);
    return offset;
}

static int
ecdorpc_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    offset = ecdorpc_common(tvb, offset, pinfo, tree, di, drep, ROP_REQUEST);
    ndr_uint(tvb, &offset, tree, hf_max_data, 2, drep);
    return offset;
}

static int
ecdorpc_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    offset = ecdorpc_common(tvb, offset, pinfo, tree, di, drep, ROP_RESPONSE);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 4: EcRRegisterPushNotification (MS-OXCRPC 3.1.4.5) ---- */

/* rgbCallbackAddress: a SOCKADDR (MS-OXCNOTIF 3.1.5.4): the family in host
 * (little-endian) order, then port and address in network order. */
static void
callback_address(tvbuff_t *tvb, int offset, int len, packet_info *pinfo, proto_tree *tree)
{
    guint32 family;
    proto_item *fi;

    if (len < 2)
        return;
    fi = proto_tree_add_item_ret_uint(tree, hf_sockaddr_family, tvb, offset, 2, ENC_LITTLE_ENDIAN, &family);
    if (family == SOCKADDR_AF_INET && len >= 16) {
        proto_tree_add_item(tree, hf_sockaddr_port, tvb, offset + 2, 2, ENC_BIG_ENDIAN);
        proto_tree_add_item(tree, hf_sockaddr_ipv4, tvb, offset + 4, 4, ENC_BIG_ENDIAN);
        proto_tree_add_item(tree, hf_sockaddr_zero, tvb, offset + 8, 8, ENC_NA);
    } else if (family == SOCKADDR_AF_INET6 && len >= 28) {
        proto_tree_add_item(tree, hf_sockaddr_port, tvb, offset + 2, 2, ENC_BIG_ENDIAN);
        proto_tree_add_item(tree, hf_sockaddr_flowinfo, tvb, offset + 4, 4, ENC_BIG_ENDIAN);
        proto_tree_add_item(tree, hf_sockaddr_ipv6, tvb, offset + 8, 16, ENC_NA);
        proto_tree_add_item(tree, hf_sockaddr_scope_id, tvb, offset + 24, 4, ENC_LITTLE_ENDIAN);
    } else {
        expert_add_info_format(pinfo, fi, &ei_sockaddr, "Address family %u in %d bytes is not decoded", family, len);
    }
}

static int
ecrregisterpushnotification_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                                 dcerpc_info *di _U_, guint8 *drep)
{
    int data, len;
    proto_tree *t;

    ndr_pcxh(tvb, &offset, pinfo, tree, drep);
    /* "The client MUST pass a value of 0x00000000." */
    ndr_uint_must_be(tvb, &offset, pinfo, tree, hf_i_rpc, 4, 0, drep);
    t = ndr_byte_array(tvb, &offset, pinfo, tree, hf_rgb_context, FALSE, drep, &data, &len);
    proto_tree_add_item(t, hf_rgb_context_data, tvb, data, len, ENC_NA);
    ndr_size_param(tvb, &offset, pinfo, tree, hf_cb_context, 2, (guint32)len, drep);
    ndr_uint(tvb, &offset, tree, hf_grbit_advise_bits, 4, drep);
    t = ndr_byte_array(tvb, &offset, pinfo, tree, hf_rgb_callback_address, FALSE, drep, &data, &len);
    callback_address(tvb, data, len, pinfo, t);
    ndr_size_param(tvb, &offset, pinfo, tree, hf_cb_callback_address, 2, (guint32)len, drep);
    return offset;
}

static int
ecrregisterpushnotification_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                                 dcerpc_info *di _U_, guint8 *drep)
{
    ndr_pcxh(tvb, &offset, pinfo, tree, drep);
    ndr_uint(tvb, &offset, tree, hf_h_notification, 4, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 5: EcRUnregisterPushNotification ----
 * openchange exchange.idl: [in,out] policy_handle *handle, [in] uint32 unknown[2]. */

static int
ecrunregisterpushnotification_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                                   dcerpc_info *di _U_, guint8 *drep)
{
    ndr_pcxh(tvb, &offset, pinfo, tree, drep);
    ndr_uint(tvb, &offset, tree, hf_unregister_unknown, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_unregister_unknown, 4, drep);
    return offset;
}

/* Responses that are the session context handle and the return value (opnums 1
 * and 5; EcDoDisconnect: "the server MUST set the pcxh parameter to a zero value"). */
static int
pcxh_return_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di _U_,
                 guint8 *drep)
{
    ndr_pcxh(tvb, &offset, pinfo, tree, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 6: EcDummyRpc (MS-OXCRPC 3.1.4.6): [in] handle_t hBinding only ---- */

static int
empty_rqst(tvbuff_t *tvb _U_, int offset, packet_info *pinfo _U_, proto_tree *tree _U_, dcerpc_info *di _U_,
           guint8 *drep _U_)
{
    return offset;
}

static int
return_value_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di _U_,
                  guint8 *drep)
{
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 11: EcDoRpcExt2 (MS-OXCRPC 3.1.4.2) ---- */

/* pcxh, pulFlags and the ROP buffer (rgbIn, or rgbOut with its NDR length):
 * the start both directions share. Returns the ROP buffer's byte count. */
static int
ecdorpcext2_rop_buffer(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di,
                       const guint8 *drep, rop_dir_t dir)
{
    gboolean out = dir == ROP_RESPONSE;
    int data, len;
    proto_tree *t;

    ndr_pcxh(tvb, offset, pinfo, tree, drep);
    ndr_bitmask32(tvb, offset, pinfo, tree, hf_pul_flags, pul_flags_bits,
                  RPCEXT2_NO_COMPRESSION | RPCEXT2_NO_XOR_MAGIC | RPCEXT2_CHAIN, drep);
    t = ndr_byte_array(tvb, offset, pinfo, tree, out ? hf_rgb_out : hf_rgb_in, out, drep, &data, &len);
    col_set_fence(pinfo->cinfo, COL_INFO);
    if (len > 0)
        dissect_rop_extended_buffer(tvb_new_subset_length(tvb, data, len), pinfo, t, dir,
                                    call_request_frame(pinfo, di));
    return len;
}

static int
ecdorpcext2_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    int len = ecdorpcext2_rop_buffer(tvb, &offset, pinfo, tree, di, drep, ROP_REQUEST);

    ndr_size_param(tvb, &offset, pinfo, tree, hf_cb_in, 4, (guint32)len, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_out, 4, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_in, FALSE, drep);
    ndr_uint(tvb, &offset, tree, hf_cb_aux_in, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    return offset;
}

static int
ecdorpcext2_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    ecdorpcext2_rop_buffer(tvb, &offset, pinfo, tree, di, drep, ROP_RESPONSE);
    ndr_uint(tvb, &offset, tree, hf_pcb_out, 4, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_out, TRUE, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pul_trans_time, 4, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 14: EcDoAsyncConnectEx (MS-OXCRPC 3.1.4.4) ---- */

static int
ecdoasyncconnectex_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di _U_,
                        guint8 *drep)
{
    gboolean nil;
    e_guid_t cxh = ndr_ctx_handle(tvb, &offset, tree, hf_cxh, drep, &nil);

    if (!nil)
        state_set_frame_session(pinfo, state_emsmdb_session(pinfo, &cxh));
    return offset;
}

/* pacxh: the asynchronous context handle for AsyncEMSMDB EcDoAsyncWaitEx */
static int
ecdoasyncconnectex_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di _U_,
                        guint8 *drep)
{
    gboolean nil;

    ndr_ctx_handle(tvb, &offset, tree, hf_pacxh, drep, &nil);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- taking the interface over ---- */

/* ---- the calls, and one "oxcrops.call" statistics record per call message (stats.h) ----
 * MS-OXCRPC 3.1.4 names opnums 0-14. DCE/RPC calls emsmdb_procs' routines,
 * which run emsmdb_routines' for the opnum, then queue the call's record. */
static int tapped_rqst(tvbuff_t *, int, packet_info *, proto_tree *, dcerpc_info *, guint8 *);
static int tapped_resp(tvbuff_t *, int, packet_info *, proto_tree *, dcerpc_info *, guint8 *);

#define CALL(opnum, name) { opnum, name, tapped_rqst, tapped_resp }
static dcerpc_sub_dissector emsmdb_procs[] = {
    CALL(0, "EcDoConnect"),
    CALL(1, "EcDoDisconnect"),
    CALL(2, "EcDoRpc"),
    CALL(3, "EcGetMoreRpc"),
    CALL(4, "EcRRegisterPushNotification"),
    CALL(5, "EcRUnregisterPushNotification"),
    CALL(6, "EcDummyRpc"),
    CALL(7, "EcRGetDCName"),
    CALL(8, "EcRNetGetDCName"),
    CALL(9, "EcDoRpcExt"),
    CALL(10, "EcDoConnectEx"),
    CALL(11, "EcDoRpcExt2"),
    CALL(12, "Opnum12NotUsedOnWire"),
    CALL(13, "Opnum13NotUsedOnWire"),
    CALL(14, "EcDoAsyncConnectEx"),
    { 0, NULL, NULL, NULL }
};
#define EMSMDB_OPNUMS (G_N_ELEMENTS(emsmdb_procs) - 1)

/* What decodes each opnum's request and response stub. */
static const struct {
    dcerpc_dissect_fnct_t *rqst, *resp;
} emsmdb_routines[EMSMDB_OPNUMS] = {
    [0] = { ecdoconnect_rqst, ecdoconnect_resp },
    [1] = { ecdodisconnect_rqst, pcxh_return_resp },
    [2] = { ecdorpc_rqst, ecdorpc_resp },
    [3] = { undecoded_stub, undecoded_stub },
    [4] = { ecrregisterpushnotification_rqst, ecrregisterpushnotification_resp },
    [5] = { ecrunregisterpushnotification_rqst, pcxh_return_resp },
    [6] = { empty_rqst, return_value_resp },
    [7] = { undecoded_stub, undecoded_stub },
    [8] = { undecoded_stub, undecoded_stub },
    [9] = { undecoded_stub, undecoded_stub },
    [10] = { ecdoconnectex_rqst, ecdoconnectex_resp },
    [11] = { ecdorpcext2_rqst, ecdorpcext2_resp },
    [12] = { undecoded_stub, undecoded_stub },
    [13] = { undecoded_stub, undecoded_stub },
    [14] = { ecdoasyncconnectex_rqst, ecdoasyncconnectex_resp },
};

/* emsmdb.opnum's names: emsmdb_procs', filled in at registration */
static value_string emsmdb_opnum_vals[EMSMDB_OPNUMS + 1];

static int
tapped(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep, rop_dir_t dir)
{
    guint16 opnum = di->call_data ? di->call_data->opnum : 0;

    if (opnum >= EMSMDB_OPNUMS)
        return offset;      /* DCE/RPC calls only the routines of the opnums listed */
    offset = (dir == ROP_REQUEST ? emsmdb_routines[opnum].rqst : emsmdb_routines[opnum].resp)(tvb, offset, pinfo,
                                                                                             tree, di, drep);
    oxcrops_tap_call(pinfo, OXC_CARRIER_EMSMDB, emsmdb_procs[opnum].name, dir, call_request_frame(pinfo, di));
    return offset;
}

static int
tapped_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    return tapped(tvb, offset, pinfo, tree, di, drep, ROP_REQUEST);
}

static int
tapped_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep)
{
    return tapped(tvb, offset, pinfo, tree, di, drep, ROP_RESPONSE);
}

static dcerpc_uuid_value *emsmdb_registration;  /* the built-in's entry in dcerpc_uuids */
static dcerpc_uuid_value builtin_registration;   /* a copy of it as it was */

/* Runs before each file is dissected, after protocol preferences are known:
 * points the registration at emsmdb, or back at the built-in if disabled. */
static void
emsmdb_init(void)
{
    if (!emsmdb_registration)
        return;
    if (proto_is_protocol_enabled(find_protocol_by_id(proto_emsmdb))) {
        emsmdb_registration->proto = find_protocol_by_id(proto_emsmdb);
        emsmdb_registration->proto_id = proto_emsmdb;
        emsmdb_registration->ett = ett_emsmdb;
        emsmdb_registration->name = "EMSMDB";
        emsmdb_registration->procs = emsmdb_procs;
        emsmdb_registration->opnum_hf = hf_emsmdb_opnum;
    } else {
        *emsmdb_registration = builtin_registration;
    }
}

void
emsmdb_handoff(void)
{
    emsmdb_registration = oxc_dcerpc_registration(&uuid_emsmdb, 0);
    if (!emsmdb_registration) {
        /* No built-in registration: register the interface ourselves. */
        dcerpc_init_uuid(proto_emsmdb, ett_emsmdb, &uuid_emsmdb, 0, emsmdb_procs, hf_emsmdb_opnum);
        return;
    }
    builtin_registration = *emsmdb_registration;
    emsmdb_init();
}

void
emsmdb_register(void)
{
    static hf_register_info hf[] = {
        { &hf_emsmdb_opnum,
          { "Operation", "emsmdb.opnum", FT_UINT16, BASE_DEC, VALS(emsmdb_opnum_vals), 0, NULL, HFILL } },
        { &hf_pcxh,
          { "pcxh", "emsmdb.pcxh", FT_BYTES, BASE_NONE, NULL, 0,
            "Session context handle (CXH, MS-OXCRPC 2.2.1.1)", HFILL } },
        { &hf_cxh,
          { "cxh", "emsmdb.cxh", FT_BYTES, BASE_NONE, NULL, 0,
            "Session context handle (CXH, MS-OXCRPC 2.2.1.1)", HFILL } },
        { &hf_pacxh,
          { "pacxh", "emsmdb.pacxh", FT_BYTES, BASE_NONE, NULL, 0,
            "Asynchronous context handle (ACXH, MS-OXCRPC 2.2.1.2)", HFILL } },
        { &hf_handle_attributes,
          { "Attributes", "emsmdb.handle.attributes", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_handle_uuid,
          { "UUID", "emsmdb.handle.uuid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_ndr_referent_id,
          { "Referent ID", "emsmdb.ndr.referent_id", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_ndr_max_count,
          { "Max count", "emsmdb.ndr.max_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_ndr_offset,
          { "Offset", "emsmdb.ndr.offset", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_ndr_string,
          { "NDR string", "emsmdb.ndr.string", FT_NONE, BASE_NONE, NULL, 0,
            "Conformant-varying string: counts and characters", HFILL } },
        { &hf_ndr_actual_count,
          { "Actual count", "emsmdb.ndr.actual_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_return_value,
          { "Return value", "emsmdb.return_value", FT_UINT32, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
        { &hf_sz_user_dn,
          { "szUserDN", "emsmdb.sz_user_dn", FT_STRINGZ, BASE_NONE, NULL, 0,
            "Distinguished name of the user", HFILL } },
        { &hf_ul_flags,
          { "ulFlags", "emsmdb.ul_flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_ul_flags_admin,
          { "UseAdminPrivilege", "emsmdb.ul_flags.use_admin_privilege", FT_BOOLEAN, 32, NULL,
            CONNECT_USE_ADMIN_PRIVILEGE, "Administrator behavior requested", HFILL } },
        { &hf_ul_flags_ignore_no_pf,
          { "IgnoreNoPublicFolders", "emsmdb.ul_flags.ignore_no_public_folders", FT_BOOLEAN, 32, NULL,
            CONNECT_IGNORE_NO_PUBLIC_FOLDERS, "Connect even without public folders (clients before 12.0)", HFILL } },
        { &hf_ul_con_mod,
          { "ulConMod", "emsmdb.ul_con_mod", FT_UINT32, BASE_HEX, NULL, 0,
            "Client-chosen hash of the user DN", HFILL } },
        { &hf_cb_limit,
          { "cbLimit", "emsmdb.cb_limit", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_ul_cpid,
          { "ulCpid", "emsmdb.ul_cpid", FT_UINT32, BASE_DEC, NULL, 0, "Code page", HFILL } },
        { &hf_ul_lcid_string,
          { "ulLcidString", "emsmdb.ul_lcid_string", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_ul_lcid_sort,
          { "ulLcidSort", "emsmdb.ul_lcid_sort", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_icxr_link,
          { "ulIcxrLink", "emsmdb.icxr_link", FT_UINT32, BASE_HEX, NULL, 0,
            "Session index of the session to link to (0xFFFFFFFF: none)", HFILL } },
        { &hf_us_f_can_convert_code_pages,
          { "usFCanConvertCodePages", "emsmdb.us_f_can_convert_code_pages", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_rgw_client_version,
          { "rgwClientVersion", "emsmdb.rgw_client_version", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_rgw_server_version,
          { "rgwServerVersion", "emsmdb.rgw_server_version", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_rgw_best_version,
          { "rgwBestVersion", "emsmdb.rgw_best_version", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_version_word,
          { "Version word", "emsmdb.version_word", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_pul_time_stamp,
          { "pulTimeStamp", "emsmdb.pul_time_stamp", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_pcms_polls_max,
          { "pcmsPollsMax", "emsmdb.pcms_polls_max", FT_UINT32, BASE_DEC, NULL, 0,
            "Milliseconds between polls", HFILL } },
        { &hf_pc_retry,
          { "pcRetry", "emsmdb.pc_retry", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_pcms_retry_delay,
          { "pcmsRetryDelay", "emsmdb.pcms_retry_delay", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_session_index,
          { "picxr", "emsmdb.session_index", FT_UINT16, BASE_DEC, NULL, 0,
            "Session index the server gave the session", HFILL } },
        { &hf_sz_dn_prefix,
          { "szDNPrefix", "emsmdb.sz_dn_prefix", FT_STRINGZ, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_sz_display_name,
          { "szDisplayName", "emsmdb.sz_display_name", FT_STRINGZ, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_pul_flags,
          { "pulFlags", "emsmdb.pul_flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_pul_flags_no_compression,
          { "NoCompression", "emsmdb.pul_flags.no_compression", FT_BOOLEAN, 32, NULL, RPCEXT2_NO_COMPRESSION,
            NULL, HFILL } },
        { &hf_pul_flags_no_xor_magic,
          { "NoXorMagic", "emsmdb.pul_flags.no_xor_magic", FT_BOOLEAN, 32, NULL, RPCEXT2_NO_XOR_MAGIC,
            NULL, HFILL } },
        { &hf_pul_flags_chain,
          { "Chain", "emsmdb.pul_flags.chain", FT_BOOLEAN, 32, NULL, RPCEXT2_CHAIN, NULL, HFILL } },
        { &hf_rgb_in,
          { "rgbIn", "emsmdb.rgb_in", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0, NULL, HFILL } },
        { &hf_cb_in,
          { "cbIn", "emsmdb.cb_in", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_rgb_out,
          { "rgbOut", "emsmdb.rgb_out", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0, NULL, HFILL } },
        { &hf_pcb_out,
          { "pcbOut", "emsmdb.pcb_out", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_rgb_aux_in,
          { "rgbAuxIn", "emsmdb.rgb_aux_in", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0, NULL, HFILL } },
        { &hf_cb_aux_in,
          { "cbAuxIn", "emsmdb.cb_aux_in", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_rgb_aux_out,
          { "rgbAuxOut", "emsmdb.rgb_aux_out", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0, NULL, HFILL } },
        { &hf_pcb_aux_out,
          { "pcbAuxOut", "emsmdb.pcb_aux_out", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_pul_trans_time,
          { "pulTransTime", "emsmdb.pul_trans_time", FT_UINT32, BASE_DEC, NULL, 0,
            "Milliseconds the server spent on the call", HFILL } },
        { &hf_mapi_request,
          { "mapi_request", "emsmdb.mapi_request", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            "EcDoRpc ROP input buffer (XOR 0xA5 obfuscated)", HFILL } },
        { &hf_mapi_response,
          { "mapi_response", "emsmdb.mapi_response", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            "EcDoRpc ROP output buffer (XOR 0xA5 obfuscated)", HFILL } },
        { &hf_length,
          { "length", "emsmdb.length", FT_UINT16, BASE_DEC, NULL, 0, "Bytes in the EcDoRpc buffer", HFILL } },
        { &hf_max_data,
          { "max_data", "emsmdb.max_data", FT_UINT16, BASE_DEC, NULL, 0,
            "Largest EcDoRpc output buffer the client accepts", HFILL } },
        { &hf_i_rpc,
          { "iRpc", "emsmdb.i_rpc", FT_UINT32, BASE_HEX, NULL, 0, "Ignored by the server; MUST be 0", HFILL } },
        { &hf_rgb_context,
          { "rgbContext", "emsmdb.rgb_context", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0, NULL, HFILL } },
        { &hf_rgb_context_data,
          { "Context data", "emsmdb.rgb_context.data", FT_BYTES, BASE_NONE, NULL, 0,
            "Opaque data the server sends to the callback address", HFILL } },
        { &hf_cb_context,
          { "cbContext", "emsmdb.cb_context", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_grbit_advise_bits,
          { "grbitAdviseBits", "emsmdb.grbit_advise_bits", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_rgb_callback_address,
          { "rgbCallbackAddress", "emsmdb.rgb_callback_address", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            "SOCKADDR the server sends push notifications to", HFILL } },
        { &hf_cb_callback_address,
          { "cbCallbackAddress", "emsmdb.cb_callback_address", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_sockaddr_family,
          { "Address family", "emsmdb.rgb_callback_address.family", FT_UINT16, BASE_DEC,
            VALS(sockaddr_family_vals), 0, NULL, HFILL } },
        { &hf_sockaddr_port,
          { "Port", "emsmdb.rgb_callback_address.port", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_sockaddr_ipv4,
          { "IPv4 address", "emsmdb.rgb_callback_address.ipv4", FT_IPv4, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_sockaddr_ipv6,
          { "IPv6 address", "emsmdb.rgb_callback_address.ipv6", FT_IPv6, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_sockaddr_flowinfo,
          { "Flow info", "emsmdb.rgb_callback_address.flowinfo", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_sockaddr_scope_id,
          { "Scope ID", "emsmdb.rgb_callback_address.scope_id", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_sockaddr_zero,
          { "Zero", "emsmdb.rgb_callback_address.zero", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_h_notification,
          { "hNotification", "emsmdb.h_notification", FT_UINT32, BASE_HEX, NULL, 0,
            "Handle of the registered callback", HFILL } },
        { &hf_unregister_unknown,
          { "unknown", "emsmdb.unregister_push_notification.unknown", FT_UINT32, BASE_HEX, NULL, 0,
            "EcRUnregisterPushNotification uint32 unknown[2] (openchange IDL; not in MS-OXCRPC)", HFILL } },
        { &hf_stub,
          { "Stub data", "emsmdb.stub", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_emsmdb, &ett_handle, &ett_array, &ett_flags, &ett_version };
    static ei_register_info ei[] = {
        { &ei_ndr_count, { "emsmdb.ndr.count_invalid", PI_MALFORMED, PI_ERROR,
            "Array offset or count inconsistent", EXPFILL } },
        { &ei_ndr_truncated, { "emsmdb.ndr.truncated", PI_MALFORMED, PI_ERROR,
            "Array runs past the stub", EXPFILL } },
        { &ei_return_value, { "emsmdb.return_value.failure", PI_RESPONSE_CODE, PI_NOTE,
            "Call failed", EXPFILL } },
        { &ei_size_mismatch, { "emsmdb.size_mismatch", PI_MALFORMED, PI_WARN,
            "Size parameter differs from its array's count", EXPFILL } },
        { &ei_stub_not_decoded, { "emsmdb.stub_not_decoded", PI_UNDECODED, PI_NOTE,
            "No IDL is published for this deprecated opnum: stub not decoded", EXPFILL } },
        { &ei_opnum_reserved, { "emsmdb.opnum_reserved", PI_PROTOCOL, PI_WARN,
            "Reserved opnum: the client MUST NOT send it", EXPFILL } },
        { &ei_sockaddr, { "emsmdb.rgb_callback_address.not_decoded", PI_UNDECODED, PI_NOTE,
            "Callback address family not decoded", EXPFILL } },
        { &ei_undefined_bits, { "emsmdb.undefined_bits", PI_PROTOCOL, PI_WARN,
            "Undefined flag bits set", EXPFILL } },
        { &ei_bad_value, { "emsmdb.value_invalid", PI_PROTOCOL, PI_WARN,
            "A value MS-OXCRPC does not allow", EXPFILL } },
    };
    expert_module_t *expert;
    guint i;

    for (i = 0; i < EMSMDB_OPNUMS; i++) {
        emsmdb_opnum_vals[i].value = emsmdb_procs[i].num;
        emsmdb_opnum_vals[i].strptr = emsmdb_procs[i].name;
    }
    proto_emsmdb = proto_register_protocol("Exchange EMSMDB (MS-OXCRPC)", "EMSMDB", "emsmdb");
    proto_register_field_array(proto_emsmdb, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_emsmdb);
    expert_register_field_array(expert, ei, array_length(ei));
    register_init_routine(emsmdb_init);
    legacy_calls = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
}

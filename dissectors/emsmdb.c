/* emsmdb.c: the EMSMDB DCE/RPC interface (MS-OXCRPC 3.1.4).
 *
 * Wireshark's built-in "mapi" dissector registers the EMSMDB UUID and decodes
 * opnums 0-9 of an old IDL. Registering the UUID again is a use-after-free in
 * 4.0, so the handoff patches the existing registration (dcerpc_uuids) to point
 * at this protocol and its procedure table; opnums decoded here are EcDoDisconnect
 * (1), EcDoConnectEx (10) and EcDoRpcExt2 (11); the others keep the built-in
 * routines, and with `emsmdb` disabled the whole built-in registration comes back.
 *
 * NDR is parsed by hand (libwireshark 4.0 exports few NDR helpers): NDR20,
 * 4-byte alignment relative to the stub start.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/dissectors/packet-dcerpc.h>

#include "oxcrops.h"
#include "emsmdb.h"
#include "errcodes.h"

static int proto_emsmdb = -1;
static int hf_emsmdb_opnum = -1;
static int hf_pcxh = -1;
static int hf_pcxh_attributes = -1;
static int hf_pcxh_uuid = -1;
static int hf_ndr_referent_id = -1;
static int hf_ndr_max_count = -1;
static int hf_ndr_offset = -1;
static int hf_ndr_actual_count = -1;
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

static gint ett_emsmdb = -1;
static gint ett_pcxh = -1;
static gint ett_array = -1;
static gint ett_flags = -1;
static gint ett_version = -1;

static expert_field ei_ndr_count = EI_INIT;
static expert_field ei_ndr_truncated = EI_INIT;
static expert_field ei_return_value = EI_INIT;

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
ndr_bitmask32(tvbuff_t *tvb, int *offset, proto_tree *tree, int hf, int *const *bits, const guint8 *drep)
{
    *offset = ndr_align(*offset, 4);
    proto_tree_add_bitmask(tree, tvb, *offset, hf, ett_flags, bits, DREP_ENC_INTEGER(drep));
    *offset += 4;
}

/* A context handle (CXH, MS-OXCRPC 2.2.1.1): 4-byte attributes and a UUID. */
static void
ndr_ctx_handle(tvbuff_t *tvb, int *offset, proto_tree *tree, const guint8 *drep)
{
    proto_item *ti;
    proto_tree *t;

    *offset = ndr_align(*offset, 4);
    ti = proto_tree_add_item(tree, hf_pcxh, tvb, *offset, 20, ENC_NA);
    t = proto_item_add_subtree(ti, ett_pcxh);
    proto_tree_add_item(t, hf_pcxh_attributes, tvb, *offset, 4, DREP_ENC_INTEGER(drep));
    proto_tree_add_item(t, hf_pcxh_uuid, tvb, *offset + 4, 16, DREP_ENC_INTEGER(drep));
    *offset += 20;
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
        proto_item *ci;
        count = ndr_uint(tvb, offset, t, hf_ndr_actual_count, 4, drep);
        ci = proto_tree_get_parent(t);
        if (off != 0 || count > max_count)
            expert_add_info_format(pinfo, ci, &ei_ndr_count,
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

/* A [string] conformant-varying 8-bit string; with `unique`, behind a referent ID. */
static void
ndr_string(tvbuff_t *tvb, int *offset, packet_info *pinfo, proto_tree *tree, int hf, gboolean unique,
           const guint8 *drep)
{
    int data, len;
    proto_tree *t;

    if (unique) {
        guint32 ref = ndr_uint(tvb, offset, tree, hf_ndr_referent_id, 4, drep);
        if (ref == 0)
            return;
    }
    t = ndr_byte_array(tvb, offset, pinfo, tree, hf, TRUE, drep, &data, &len);
    if (len > 0) {
        const guint8 *s = tvb_get_string_enc(pinfo->pool, tvb, data, len, ENC_ASCII);
        proto_item_append_text(proto_tree_get_parent(t), ": %s", s);
    }
}

/* rgwXxxVersion: three WORDs, shown normalized (MS-OXCRPC 3.1.4.1.3.1). */
static void
ndr_version(tvbuff_t *tvb, int *offset, proto_tree *tree, int hf, const guint8 *drep)
{
    guint encoding = DREP_ENC_INTEGER(drep);
    guint16 w[3];
    guint n[4];
    proto_item *ti;
    proto_tree *t;
    int i;

    *offset = ndr_align(*offset, 2);
    for (i = 0; i < 3; i++)
        w[i] = tvb_get_guint16(tvb, *offset + 2 * i, encoding);
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
    ti = proto_tree_add_string_format_value(tree, hf, tvb, *offset, 6,
                                            wmem_strdup_printf(wmem_packet_scope(), "%u.%u.%u.%u", n[0], n[1], n[2], n[3]),
                                            "%u.%u.%u.%u", n[0], n[1], n[2], n[3]);
    t = proto_item_add_subtree(ti, ett_version);
    for (i = 0; i < 3; i++)
        proto_tree_add_item(t, hf_version_word, tvb, *offset + 2 * i, 2, encoding);
    *offset += 6;
}

static int
return_value(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, const guint8 *drep)
{
    guint32 rv;
    proto_item *ti;

    offset = ndr_align(offset, 4);
    ti = proto_tree_add_item_ret_uint(tree, hf_return_value, tvb, offset, 4, DREP_ENC_INTEGER(drep), &rv);
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

/* ---- opnum 1: EcDoDisconnect (MS-OXCRPC 3.1.4.3) ---- */

static int
ecdodisconnect_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo _U_, proto_tree *tree,
                    dcerpc_info *di _U_, guint8 *drep)
{
    ndr_ctx_handle(tvb, &offset, tree, drep);
    return offset;
}

static int
ecdodisconnect_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                    dcerpc_info *di _U_, guint8 *drep)
{
    ndr_ctx_handle(tvb, &offset, tree, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 10: EcDoConnectEx (MS-OXCRPC 3.1.4.1) ---- */

static int
ecdoconnectex_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                   dcerpc_info *di _U_, guint8 *drep)
{
    ndr_string(tvb, &offset, pinfo, tree, hf_sz_user_dn, FALSE, drep);
    ndr_bitmask32(tvb, &offset, tree, hf_ul_flags, ul_flags_bits, drep);
    ndr_uint(tvb, &offset, tree, hf_ul_con_mod, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_cb_limit, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_ul_cpid, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_ul_lcid_string, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_ul_lcid_sort, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_icxr_link, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_us_f_can_convert_code_pages, 2, drep);
    ndr_version(tvb, &offset, tree, hf_rgw_client_version, drep);
    ndr_uint(tvb, &offset, tree, hf_pul_time_stamp, 4, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_in, FALSE, drep);
    ndr_uint(tvb, &offset, tree, hf_cb_aux_in, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    return offset;
}

static int
ecdoconnectex_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                   dcerpc_info *di _U_, guint8 *drep)
{
    guint32 session_index;

    ndr_ctx_handle(tvb, &offset, tree, drep);
    ndr_uint(tvb, &offset, tree, hf_pcms_polls_max, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pc_retry, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pcms_retry_delay, 4, drep);
    session_index = ndr_uint(tvb, &offset, tree, hf_session_index, 2, drep);
    col_append_fstr(pinfo->cinfo, COL_INFO, ", session index %u", session_index);
    ndr_string(tvb, &offset, pinfo, tree, hf_sz_dn_prefix, TRUE, drep);
    ndr_string(tvb, &offset, pinfo, tree, hf_sz_display_name, TRUE, drep);
    ndr_version(tvb, &offset, tree, hf_rgw_server_version, drep);
    ndr_version(tvb, &offset, tree, hf_rgw_best_version, drep);
    ndr_uint(tvb, &offset, tree, hf_pul_time_stamp, 4, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_out, TRUE, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- opnum 11: EcDoRpcExt2 (MS-OXCRPC 3.1.4.2) ---- */

static int
ecdorpcext2_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                 dcerpc_info *di, guint8 *drep)
{
    int data, len;
    proto_tree *t;

    ndr_ctx_handle(tvb, &offset, tree, drep);
    ndr_bitmask32(tvb, &offset, tree, hf_pul_flags, pul_flags_bits, drep);
    t = ndr_byte_array(tvb, &offset, pinfo, tree, hf_rgb_in, FALSE, drep, &data, &len);
    col_set_fence(pinfo->cinfo, COL_INFO);
    if (len > 0)
        dissect_rop_extended_buffer(tvb_new_subset_length(tvb, data, len), pinfo, t, ROP_REQUEST,
                                    di->call_data && di->call_data->req_frame ? di->call_data->req_frame : pinfo->num);
    ndr_uint(tvb, &offset, tree, hf_cb_in, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_out, 4, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_in, FALSE, drep);
    ndr_uint(tvb, &offset, tree, hf_cb_aux_in, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    return offset;
}

static int
ecdorpcext2_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                 dcerpc_info *di, guint8 *drep)
{
    int data, len;
    proto_tree *t;

    ndr_ctx_handle(tvb, &offset, tree, drep);
    ndr_bitmask32(tvb, &offset, tree, hf_pul_flags, pul_flags_bits, drep);
    t = ndr_byte_array(tvb, &offset, pinfo, tree, hf_rgb_out, TRUE, drep, &data, &len);
    col_set_fence(pinfo->cinfo, COL_INFO);
    if (len > 0)
        dissect_rop_extended_buffer(tvb_new_subset_length(tvb, data, len), pinfo, t, ROP_RESPONSE,
                                    di->call_data ? di->call_data->req_frame : 0);
    ndr_uint(tvb, &offset, tree, hf_pcb_out, 4, drep);
    aux_array(tvb, &offset, pinfo, tree, hf_rgb_aux_out, TRUE, drep);
    ndr_uint(tvb, &offset, tree, hf_pcb_aux_out, 4, drep);
    ndr_uint(tvb, &offset, tree, hf_pul_trans_time, 4, drep);
    return return_value(tvb, offset, pinfo, tree, drep);
}

/* ---- taking the interface over ---- */

/* The procedure table: filled at handoff from the built-in one, with the
 * opnums decoded here replaced. MS-OXCRPC 3.1.4 names opnums 0-14. */
#define EMSMDB_MAX_OPNUM 14
static dcerpc_sub_dissector emsmdb_procs[EMSMDB_MAX_OPNUM + 2];
static const char *const emsmdb_opnum_names[EMSMDB_MAX_OPNUM + 1] = {
    "EcDoConnect", "EcDoDisconnect", "EcDoRpc", "EcGetMoreRpc", "EcRRegisterPushNotification",
    "EcRUnregisterPushNotification", "EcDummyRpc", "EcRGetDCName", "EcRNetGetDCName", "EcDoRpcExt",
    "EcDoConnectEx", "EcDoRpcExt2", "Opnum12NotUsedOnWire", "Opnum13NotUsedOnWire", "EcDoAsyncConnectEx"
};
static const value_string emsmdb_opnum_vals[] = {
    { 0, "EcDoConnect" }, { 1, "EcDoDisconnect" }, { 2, "EcDoRpc" }, { 3, "EcGetMoreRpc" },
    { 4, "EcRRegisterPushNotification" }, { 5, "EcRUnregisterPushNotification" }, { 6, "EcDummyRpc" },
    { 7, "EcRGetDCName" }, { 8, "EcRNetGetDCName" }, { 9, "EcDoRpcExt" }, { 10, "EcDoConnectEx" },
    { 11, "EcDoRpcExt2" }, { 12, "Opnum12NotUsedOnWire" }, { 13, "Opnum13NotUsedOnWire" },
    { 14, "EcDoAsyncConnectEx" }, { 0, NULL }
};

static dcerpc_uuid_value *emsmdb_registration;  /* the built-in's entry in dcerpc_uuids */
static dcerpc_uuid_value builtin_registration;   /* a copy of it as it was */

static void
build_procs(const dcerpc_sub_dissector *builtin)
{
    int op;

    for (op = 0; op <= EMSMDB_MAX_OPNUM; op++) {
        const dcerpc_sub_dissector *b;
        emsmdb_procs[op].num = op;
        emsmdb_procs[op].name = emsmdb_opnum_names[op];
        for (b = builtin; b && b->name; b++) {
            if (b->num == op) {
                emsmdb_procs[op].dissect_rqst = b->dissect_rqst;
                emsmdb_procs[op].dissect_resp = b->dissect_resp;
            }
        }
    }
    emsmdb_procs[1].dissect_rqst = ecdodisconnect_rqst;
    emsmdb_procs[1].dissect_resp = ecdodisconnect_resp;
    emsmdb_procs[10].dissect_rqst = ecdoconnectex_rqst;
    emsmdb_procs[10].dissect_resp = ecdoconnectex_resp;
    emsmdb_procs[11].dissect_rqst = ecdorpcext2_rqst;
    emsmdb_procs[11].dissect_resp = ecdorpcext2_resp;
    memset(&emsmdb_procs[EMSMDB_MAX_OPNUM + 1], 0, sizeof emsmdb_procs[0]);
}

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
    guid_key key;

    key.guid = uuid_emsmdb;
    key.ver = 0;
    emsmdb_registration = (dcerpc_uuid_value *)g_hash_table_lookup(dcerpc_uuids, &key);
    if (!emsmdb_registration) {
        /* No built-in registration: register the interface ourselves. */
        build_procs(NULL);
        dcerpc_init_uuid(proto_emsmdb, ett_emsmdb, &uuid_emsmdb, 0, emsmdb_procs, hf_emsmdb_opnum);
        return;
    }
    builtin_registration = *emsmdb_registration;
    build_procs(builtin_registration.procs);
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
        { &hf_pcxh_attributes,
          { "Attributes", "emsmdb.pcxh.attributes", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_pcxh_uuid,
          { "UUID", "emsmdb.pcxh.uuid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_ndr_referent_id,
          { "Referent ID", "emsmdb.ndr.referent_id", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_ndr_max_count,
          { "Max count", "emsmdb.ndr.max_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_ndr_offset,
          { "Offset", "emsmdb.ndr.offset", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_ndr_actual_count,
          { "Actual count", "emsmdb.ndr.actual_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_return_value,
          { "Return value", "emsmdb.return_value", FT_UINT32, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
        { &hf_sz_user_dn,
          { "szUserDN", "emsmdb.sz_user_dn", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
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
          { "szDNPrefix", "emsmdb.sz_dn_prefix", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0, NULL, HFILL } },
        { &hf_sz_display_name,
          { "szDisplayName", "emsmdb.sz_display_name", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
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
    };
    static gint *ett[] = { &ett_emsmdb, &ett_pcxh, &ett_array, &ett_flags, &ett_version };
    static ei_register_info ei[] = {
        { &ei_ndr_count, { "emsmdb.ndr.count_invalid", PI_MALFORMED, PI_ERROR,
            "Array offset or count inconsistent", EXPFILL } },
        { &ei_ndr_truncated, { "emsmdb.ndr.truncated", PI_MALFORMED, PI_ERROR,
            "Array runs past the stub", EXPFILL } },
        { &ei_return_value, { "emsmdb.return_value.failure", PI_RESPONSE_CODE, PI_NOTE,
            "Call failed", EXPFILL } },
    };
    expert_module_t *expert;

    proto_emsmdb = proto_register_protocol("Exchange EMSMDB (MS-OXCRPC)", "EMSMDB", "emsmdb");
    proto_register_field_array(proto_emsmdb, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_emsmdb);
    expert_register_field_array(expert, ei, array_length(ei));
    register_init_routine(emsmdb_init);
}

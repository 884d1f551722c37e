/* SPDX-License-Identifier: GPL-2.0-or-later */
/* asyncemsmdb.c: the AsyncEMSMDB DCE/RPC interface (MS-OXCRPC 3.3).
 *
 * UUID 5261574A-4572-206E-B268-6B199213B4E4, version 0.01 (MS-OXCRPC 1.9 and the
 * Appendix A IDL). Wireshark 4.0 registers nothing for it, so it is registered
 * here with dcerpc_init_uuid (only the major version, 0, is matched). If some
 * later Wireshark registers it, the handoff leaves that registration alone.
 *
 * Its one method, EcDoAsyncWaitEx (opnum 0, 3.3.4.1), waits on the asynchronous
 * context handle that EMSMDB EcDoAsyncConnectEx (opnum 14) returned.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/dissectors/packet-dcerpc.h>

#include "wscompat.h"
#include "asyncemsmdb.h"
#include "errcodes.h"

static int proto_asyncemsmdb = -1;
static int hf_opnum = -1;
static int hf_acxh = -1;
static int hf_acxh_attributes = -1;
static int hf_acxh_uuid = -1;
static int hf_ul_flags_in = -1;
static int hf_pul_flags_out = -1;
static int hf_pul_flags_out_notification_pending = -1;
static int hf_return_value = -1;

static gint ett_asyncemsmdb = -1;
static gint ett_acxh = -1;
static gint ett_flags = -1;

static expert_field ei_flags_in = EI_INIT;
static expert_field ei_flags_out = EI_INIT;
static expert_field ei_return_value = EI_INIT;

static e_guid_t uuid_asyncemsmdb = { 0x5261574a, 0x4572, 0x206e, { 0xb2, 0x68, 0x6b, 0x19, 0x92, 0x13, 0xb4, 0xe4 } };

/* MS-OXCRPC 3.3.4.1: pulFlagsOut */
#define NOTIFICATION_PENDING 0x00000001
static int *const pul_flags_out_bits[] = { &hf_pul_flags_out_notification_pending, NULL };

static int
ndr_align4(int offset)
{
    return (offset + 3) & ~3;
}

/* ACXH (MS-OXCRPC 2.2.1.2): an NDR context handle, 4-byte attributes and a UUID. */
static int
acxh(tvbuff_t *tvb, int offset, proto_tree *tree, const guint8 *drep)
{
    proto_item *ti;
    proto_tree *t;

    offset = ndr_align4(offset);
    ti = proto_tree_add_item(tree, hf_acxh, tvb, offset, 20, ENC_NA);
    t = proto_item_add_subtree(ti, ett_acxh);
    proto_tree_add_item(t, hf_acxh_attributes, tvb, offset, 4, DREP_ENC_INTEGER(drep));
    proto_tree_add_item(t, hf_acxh_uuid, tvb, offset + 4, 16, DREP_ENC_INTEGER(drep));
    return offset + 20;
}

/* MS-OXCRPC 3.3.4.1 EcDoAsyncWaitEx: [in] ACXH acxh, [in] unsigned long ulFlagsIn */
static int
ecdoasyncwaitex_rqst(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di _U_,
                     guint8 *drep)
{
    proto_item *ti;
    guint32 flags;

    offset = acxh(tvb, offset, tree, drep);
    ti = proto_tree_add_item_ret_uint(tree, hf_ul_flags_in, tvb, offset, 4, DREP_ENC_INTEGER(drep), &flags);
    if (flags != 0)     /* "Client MUST pass a value of 0x00000000." */
        expert_add_info_format(pinfo, ti, &ei_flags_in, "ulFlagsIn 0x%08x; MS-OXCRPC 3.3.4.1 requires 0", flags);
    return offset + 4;
}

/* [out] unsigned long *pulFlagsOut, then the return value */
static int
ecdoasyncwaitex_resp(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree, dcerpc_info *di _U_,
                     guint8 *drep)
{
    guint64 flags;
    guint32 rv;
    proto_item *ti;

    offset = ndr_align4(offset);
    ti = proto_tree_add_bitmask_ret_uint64(tree, tvb, offset, hf_pul_flags_out, ett_flags, pul_flags_out_bits,
                                           DREP_ENC_INTEGER(drep), &flags);
    if (flags & ~(guint64)NOTIFICATION_PENDING)
        expert_add_info_format(pinfo, ti, &ei_flags_out, "Undefined pulFlagsOut bits: 0x%08x",
                               (guint)(flags & ~(guint64)NOTIFICATION_PENDING));
    if (flags & NOTIFICATION_PENDING)
        col_append_str(pinfo->cinfo, COL_INFO, ", NotificationPending");
    offset += 4;
    ti = proto_tree_add_item_ret_uint(tree, hf_return_value, tvb, offset, 4, DREP_ENC_INTEGER(drep), &rv);
    if (rv != 0) {
        const char *err = val_to_str_ext_const(rv, &oxcdata_error_code_vals_ext, "unknown error");
        expert_add_info_format(pinfo, ti, &ei_return_value, "Call failed: %s (0x%08x)", err, rv);
        col_append_fstr(pinfo->cinfo, COL_INFO, " [%s]", err);
    }
    return offset + 4;
}

static dcerpc_sub_dissector asyncemsmdb_procs[] = {
    { 0, "EcDoAsyncWaitEx", ecdoasyncwaitex_rqst, ecdoasyncwaitex_resp },
    { 0, NULL, NULL, NULL }
};

static const value_string asyncemsmdb_opnum_vals[] = {
    { 0, "EcDoAsyncWaitEx" },
    { 0, NULL }
};

void
asyncemsmdb_handoff(void)
{
    if (oxc_dcerpc_registration(&uuid_asyncemsmdb, 0))
        return;     /* registered already: a second registration is unsafe in 4.0 (wscompat.h) */
    dcerpc_init_uuid(proto_asyncemsmdb, ett_asyncemsmdb, &uuid_asyncemsmdb, 0, asyncemsmdb_procs, hf_opnum);
}

void
asyncemsmdb_register(void)
{
    static hf_register_info hf[] = {
        { &hf_opnum,
          { "Operation", "asyncemsmdb.opnum", FT_UINT16, BASE_DEC, VALS(asyncemsmdb_opnum_vals), 0, NULL, HFILL } },
        { &hf_acxh,
          { "acxh", "asyncemsmdb.acxh", FT_BYTES, BASE_NONE, NULL, 0,
            "Asynchronous context handle (ACXH, MS-OXCRPC 2.2.1.2)", HFILL } },
        { &hf_acxh_attributes,
          { "Attributes", "asyncemsmdb.acxh.attributes", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_acxh_uuid,
          { "UUID", "asyncemsmdb.acxh.uuid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_ul_flags_in,
          { "ulFlagsIn", "asyncemsmdb.ul_flags_in", FT_UINT32, BASE_HEX, NULL, 0,
            "Unused: MUST be 0x00000000", HFILL } },
        { &hf_pul_flags_out,
          { "pulFlagsOut", "asyncemsmdb.pul_flags_out", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_pul_flags_out_notification_pending,
          { "NotificationPending", "asyncemsmdb.pul_flags_out.notification_pending", FT_BOOLEAN, 32, NULL,
            NOTIFICATION_PENDING, "Events are pending for the client on the Session Context", HFILL } },
        { &hf_return_value,
          { "Return value", "asyncemsmdb.return_value", FT_UINT32, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_asyncemsmdb, &ett_acxh, &ett_flags };
    static ei_register_info ei[] = {
        { &ei_flags_in, { "asyncemsmdb.ul_flags_in.nonzero", PI_PROTOCOL, PI_WARN,
            "ulFlagsIn is not 0", EXPFILL } },
        { &ei_flags_out, { "asyncemsmdb.pul_flags_out.undefined", PI_PROTOCOL, PI_WARN,
            "Undefined pulFlagsOut bits", EXPFILL } },
        { &ei_return_value, { "asyncemsmdb.return_value.failure", PI_RESPONSE_CODE, PI_NOTE,
            "Call failed", EXPFILL } },
    };
    expert_module_t *expert;

    proto_asyncemsmdb = proto_register_protocol("Exchange AsyncEMSMDB (MS-OXCRPC)", "AsyncEMSMDB", "asyncemsmdb");
    proto_register_field_array(proto_asyncemsmdb, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_asyncemsmdb);
    expert_register_field_array(expert, ei, array_length(ei));
}

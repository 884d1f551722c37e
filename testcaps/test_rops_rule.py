# SPDX-License-Identifier: GPL-2.0-or-later
"""Permission and rule ROPs: RopGetPermissionsTable, RopModifyPermissions (MS-OXCROPS
2.2.10, MS-OXCPERM), RopGetRulesTable, RopModifyRules, RopUpdateDeferredActionMessages
(MS-OXCROPS 2.2.11, MS-OXORULE) and the RuleAction structure (MS-OXORULE 2.2.5).

Expected values come from the specs' examples (MS-OXORULE 4.2.1/4.2.2, MS-OXCPERM 4.1)
or from the values chosen when the vectors of ropvec/rule.py were laid out by hand.
Requests go in an EcDoRpcExt2 request, responses in the response of the same call.
"""
import oxgen
from ropvec import rule

H = oxgen.hexbytes
EMSMDB_OPNUM_ECDORPCEXT2 = 11   # MS-OXCRPC 3.1.4.2
PI_WARN = 0x00600000            # epan/proto.h: PI_NOTE 0x400000 < PI_WARN < PI_ERROR 0x800000
FREE = 0xFFFFFFFF               # an output slot not filled yet
REQ = "dcerpc.pkt_type == 0 && oxcrops"
RSP = "dcerpc.pkt_type == 2 && oxcrops"


def ints(values):
    return [int(v, 0) for v in values]


def hexes(values):
    return [v.replace(":", "").lower() for v in values]


class Run:
    def __init__(self, tshark, pcap):
        self.tshark = tshark
        self.pcap = pcap

    def get(self, flt, *fields):
        out = {f: [] for f in fields}
        for row in self.tshark.fields(self.pcap, list(fields), flt):
            for f, v in zip(fields, row):
                if v != "":
                    out[f] += v.split(",")
        return out

    def req(self, *fields):
        return self.get(REQ, *fields)

    def rsp(self, *fields):
        return self.get(RSP, *fields)

    def experts(self):
        """(severity, message) of every expert item, in order."""
        out = []
        for sev, msg in self.tshark.fields(self.pcap, ["_ws.expert.severity", "_ws.expert.message"],
                                           occurrence="a"):
            if sev:
                for s, m in zip(sev.split(","), msg.split(",") + [""] * 64):
                    out.append((int(s, 0), m))
        return out

    def warnings(self):
        return [(hex(s), m) for s, m in self.experts() if s >= PI_WARN]

    def assert_clean(self):
        self.tshark.assert_clean(self.pcap)


def run_calls(tshark, name, calls):
    """calls: list of (request ROP buffer, response ROP buffer or None)."""
    pcap = tshark.path(name + ".pcap")
    stubs = []
    for req, rsp in calls:
        stubs.append((EMSMDB_OPNUM_ECDORPCEXT2, oxgen.ecdorpcext2_request(oxgen.ext_buffer(req)),
                      oxgen.ecdorpcext2_response(oxgen.ext_buffer(rsp)) if rsp is not None else None))
    oxgen.dcerpc_capture(pcap, stubs)
    return Run(tshark, pcap)


def run_one(tshark, name, req_rops, rsp_rops, req_handles=(0x51, FREE), rsp_handles=(0x51, 0x52)):
    return run_calls(tshark, name, [(oxgen.rop_buffer(req_rops, list(req_handles)),
                                     oxgen.rop_buffer(rsp_rops, list(rsp_handles)) if rsp_rops is not None
                                     else None)])


# ---------------------------------------------------------------- spec examples

def test_oxorule_4_2_get_rules_table_set_columns_query_rows(tshark):
    """[MS-OXORULE] 4.2.1 Client Request for a Rules Table / 4.2.2 Server Responds.

    Request (one RPC, handle table 23 02 00 00 ff ff ff ff): RopGetRulesTable
    3f 00 00 01 40 (LogonId 0, InputHandleIndex 0, OutputHandleIndex 1, TableFlags 0x40
    "specifying a Unicode table"); RopSetColumns of PidTagRuleId, PidTagRuleProviderData,
    PidTagRuleName on handle 1; RopQueryRows RowCount 50.
    Responses: 3f 01 00 00 00 00 (handle index 1, ReturnValue 0); RopSetColumns
    TBLSTAT_COMPLETE; RopQueryRows BOOKMARK_END, one row: PidTagRuleId 0x56F83F0100000001,
    then (worked out from the columns) PidTagRuleProviderData COUNT 16 and "Project X".
    Response handles chosen: 0x223 and 0x22A (the rules table).
    """
    req = (rule.GET_RULES_TABLE_REQ + H("12 00 01 00 03 00 14 00 74 66 02 01 84 66 1f 00 82 66")
           + H("15 00 01 00 01 32 00"))
    rsp = rule.GET_RULES_TABLE_RSP + H("12 01 00 00 00 00 00") + H("""
        15 01 00 00 00 00 02 01 00 00 01 00 00 00 01 3f
        f8 56 10 00 01 00 00 00 01 00 00 00 55 55 55 55
        d1 44 e3 40 50 00 72 00 6f 00 6a 00 65 00 63 00
        74 00 20 00 58 00 00 00""")
    run = run_one(tshark, "oxorule_4_2", req, rsp, (0x223, FREE), (0x223, 0x22A))
    run.assert_clean()
    q = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index", "oxcrops.output_handle_index",
                "oxcrops.get_rules_table.table_flags", "oxcrops.get_rules_table.table_flags.unicode",
                "oxcrops.object_handle", "oxcrops.handle")
    assert ints(q["oxcrops.rop_id"]) == [0x3F, 0x12, 0x15]
    assert ints(q["oxcrops.logon_id"]) == [0, 0, 0]
    assert ints(q["oxcrops.input_handle_index"]) == [0, 1, 1]
    assert ints(q["oxcrops.output_handle_index"]) == [1]
    assert ints(q["oxcrops.get_rules_table.table_flags"]) == [0x40]
    assert ints(q["oxcrops.get_rules_table.table_flags.unicode"]) == [1]
    assert ints(q["oxcrops.object_handle"]) == [0x223, FREE, FREE, FREE]
    assert ints(q["oxcrops.handle"]) == [0x223, FREE]
    r = run.rsp("oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.input_handle_index",
                "oxcrops.return_value", "oxcrops.query_rows.row_count", "oxcrops.property_row.flag",
                "oxcrops.value.int64", "oxcrops.value.count", "oxcrops.value.binary", "oxcrops.value.string")
    assert ints(r["oxcrops.rop_id"]) == [0x3F, 0x12, 0x15]
    assert ints(r["oxcrops.output_handle_index"]) == [1]
    assert ints(r["oxcrops.input_handle_index"]) == [1, 1]
    assert ints(r["oxcrops.return_value"]) == [0, 0, 0]
    assert ints(r["oxcrops.query_rows.row_count"]) == [1]
    assert ints(r["oxcrops.property_row.flag"]) == [0]                      # "Has Flag: FALSE"
    assert ints(r["oxcrops.value.int64"]) == [0x56F83F0100000001]           # PidTagRuleId
    assert ints(r["oxcrops.value.count"]) == [16]
    assert hexes(r["oxcrops.value.binary"]) == ["010000000100000055555555d144e340"]
    assert r["oxcrops.value.string"] == ["Project X"]


def test_oxcperm_4_1_get_permissions_table(tshark):
    """[MS-OXCPERM] 4.1 Adding an Entry to the Permissions List: RopGetPermissionsTable
    3E 00 00 01 02: LogonId 0, InputHandleIndex 0 (HSOT=0x000001DA), OutputHandleIndex 1
    (HSOT=0xFFFFFFFF), TableFlags 0x02 (IncludeFreeBusy). The response is laid out from
    MS-OXCROPS 2.2.10.2.2: OutputHandleIndex 1, ReturnValue 0 (handle 0x1DB chosen)."""
    run = run_one(tshark, "oxcperm_4_1", rule.GET_PERMISSIONS_TABLE_REQ, rule.GET_PERMISSIONS_TABLE_RSP,
                  (0x1DA, FREE), (0x1DA, 0x1DB))
    run.assert_clean()
    q = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index", "oxcrops.output_handle_index",
                "oxcrops.get_permissions_table.table_flags",
                "oxcrops.get_permissions_table.table_flags.include_free_busy", "oxcrops.object_handle")
    assert ints(q["oxcrops.rop_id"]) == [0x3E]
    assert ints(q["oxcrops.logon_id"]) == [0]
    assert ints(q["oxcrops.input_handle_index"]) == [0]
    assert ints(q["oxcrops.output_handle_index"]) == [1]
    assert ints(q["oxcrops.get_permissions_table.table_flags"]) == [0x02]
    assert ints(q["oxcrops.get_permissions_table.table_flags.include_free_busy"]) == [1]
    assert ints(q["oxcrops.object_handle"]) == [0x1DA, FREE]
    r = run.rsp("oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.return_value", "oxcrops.object_handle")
    assert ints(r["oxcrops.rop_id"]) == [0x3E]
    assert ints(r["oxcrops.output_handle_index"]) == [1]
    assert ints(r["oxcrops.return_value"]) == [0]
    assert ints(r["oxcrops.object_handle"]) == [0x1DB]


# ---------------------------------------------------------------- permissions

def test_modify_permissions(tshark):
    """RopModifyPermissions: ModifyFlags, three PermissionData rows, PidTagMemberRights
    shown with its rights bits (MS-OXCPERM 2.2.7)."""
    run = run_one(tshark, "modify_permissions", rule.MODIFY_PERMISSIONS_REQ, rule.MODIFY_PERMISSIONS_RSP)
    run.assert_clean()
    f = "oxcrops.modify_permissions."
    q = run.req("oxcrops.rop_id", "oxcrops.input_handle_index", f + "modify_flags",
                f + "modify_flags.replace_rows", f + "modify_flags.include_free_busy", f + "modify_count",
                f + "permission_data_flags", f + "permission_data_flags.add_row",
                f + "permission_data_flags.modify_row", f + "permission_data_flags.remove_row",
                f + "property_value_count", "oxcrops.property_tag", "oxcrops.entry_id",
                "oxcrops.value.int32", "oxcrops.value.int64", "oxcrops.member_rights")
    assert ints(q["oxcrops.rop_id"]) == [0x40]
    assert ints(q["oxcrops.input_handle_index"]) == [0]
    assert ints(q[f + "modify_flags"]) == [0x02]
    assert ints(q[f + "modify_flags.replace_rows"]) == [0]
    assert ints(q[f + "modify_flags.include_free_busy"]) == [1]
    assert ints(q[f + "modify_count"]) == [3]
    assert ints(q[f + "permission_data_flags"]) == [0x01, 0x02, 0x04]
    assert ints(q[f + "permission_data_flags.add_row"]) == [1, 0, 0]
    assert ints(q[f + "permission_data_flags.modify_row"]) == [0, 1, 0]
    assert ints(q[f + "permission_data_flags.remove_row"]) == [0, 0, 1]
    assert ints(q[f + "property_value_count"]) == [2, 2, 1]
    assert ints(q["oxcrops.property_tag"]) == [0x0FFF0102, 0x66730003, 0x66710014, 0x66730003, 0x66710014]
    # PidTagEntryId holds an entry ID (MS-OXCPERM 2.2.4): decoded as one, here too short
    # for its Flags and ProviderUID, so its 4 bytes alone
    assert hexes(q["oxcrops.entry_id"]) == ["deadbeef"]
    assert ints(q["oxcrops.value.int32"]) == [0x0C1B, 0x1FFB]
    assert ints(q["oxcrops.value.int64"]) == [5, 10]
    assert ints(q["oxcrops.member_rights"]) == [0x0C1B, 0x1FFB]
    bits = {"read_any": [1, 1], "create": [1, 1], "edit_owned": [1, 1], "delete_owned": [1, 1],
            "edit_any": [0, 1], "delete_any": [0, 1], "create_sub_folder": [0, 1], "folder_owner": [0, 1],
            "folder_contact": [0, 1], "folder_visible": [1, 1], "free_busy_simple": [1, 1],
            "free_busy_detailed": [0, 1]}
    got = run.req(*["oxcrops.member_rights." + b for b in bits])
    for b, want in bits.items():
        assert ints(got["oxcrops.member_rights." + b]) == want, b
    r = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value")
    assert ints(r["oxcrops.rop_id"]) == [0x40]
    assert ints(r["oxcrops.input_handle_index"]) == [0]
    assert ints(r["oxcrops.return_value"]) == [0]


def test_permission_failure_responses(tshark):
    """Failure responses are RopId, handle index, ReturnValue (MS-OXCROPS 2.2.10.x.2):
    0x80070005 (ecAccessDenied) chosen; the next ROP is decoded after each."""
    req = rule.GET_PERMISSIONS_TABLE_REQ + rule.MODIFY_PERMISSIONS_REQ
    rsp = H("3E 01 05 00 07 80") + H("40 00 05 00 07 80")
    run = run_one(tshark, "perm_failures", req, rsp)
    r = run.rsp("oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.input_handle_index",
                "oxcrops.return_value")
    assert ints(r["oxcrops.rop_id"]) == [0x3E, 0x40]
    assert ints(r["oxcrops.output_handle_index"]) == [1]
    assert ints(r["oxcrops.input_handle_index"]) == [0]
    assert ints(r["oxcrops.return_value"]) == [0x80070005, 0x80070005]
    run.assert_clean()


def test_modify_permissions_spec_violations(tshark):
    """An undefined PidTagMemberRights bit (0x04) and, with ReplaceRows, a ModifyRow row
    (MS-OXCPERM 2.2.2.1.1: only AddRow is valid then) get warnings; decoding goes on."""
    req = H("""
        40 00 00 01 02 00
        01 01 00 03 00 73 66 05 00 00 00     # AddRow: PidTagMemberRights 0x05 (0x04 undefined)
        02 01 00 14 00 71 66 07 00 00 00 00 00 00 00""")
    run = run_one(tshark, "perm_bad", req + rule.UPDATE_DAM_REQ, None)
    warnings = [m for _, m in run.warnings()]
    assert any("0x4" in m for m in warnings), warnings
    assert any("must be an add" in m for m in warnings), warnings
    q = run.req("oxcrops.rop_id", "oxcrops.member_rights", "oxcrops.member_rights.read_any",
                "oxcrops.value.int64")
    assert ints(q["oxcrops.rop_id"]) == [0x40, 0x57]
    assert ints(q["oxcrops.member_rights"]) == [0x05]
    assert ints(q["oxcrops.member_rights.read_any"]) == [1]
    assert ints(q["oxcrops.value.int64"]) == [7]


# ---------------------------------------------------------------- rules

def test_modify_rules_every_action_type(tshark):
    """RopModifyRules with a ROW_MODIFY whose PidTagRuleActions holds one ActionBlock of
    each ActionType (MS-OXORULE 2.2.5.1) and a ROW_REMOVE; PidTagRuleName after the
    RuleAction proves the walk continues past it."""
    run = run_one(tshark, "modify_rules", rule.MODIFY_RULES_REQ, rule.MODIFY_RULES_RSP)
    run.assert_clean()
    m = "oxcrops.modify_rules."
    a = "oxcrops.rule_action."
    q = run.req("oxcrops.rop_id", "oxcrops.input_handle_index", m + "modify_rules_flag",
                m + "modify_rules_flag.replace", m + "rules_count", m + "rule_data_flags",
                m + "rule_data_flags.row_add", m + "rule_data_flags.row_modify", m + "rule_data_flags.row_remove",
                m + "property_value_count", "oxcrops.property_tag", "oxcrops.value.int64",
                "oxcrops.value.int32", "oxcrops.value.string")
    assert ints(q["oxcrops.rop_id"]) == [0x41]
    assert ints(q["oxcrops.input_handle_index"]) == [0]
    assert ints(q[m + "modify_rules_flag"]) == [0]
    assert ints(q[m + "modify_rules_flag.replace"]) == [0]
    assert ints(q[m + "rules_count"]) == [2]
    assert ints(q[m + "rule_data_flags"]) == [0x02, 0x04]
    assert ints(q[m + "rule_data_flags.row_add"]) == [0, 0]
    assert ints(q[m + "rule_data_flags.row_modify"]) == [1, 0]
    assert ints(q[m + "rule_data_flags.row_remove"]) == [0, 1]
    assert ints(q[m + "property_value_count"]) == [3, 1]
    assert ints(q["oxcrops.property_tag"]) == [
        0x66740014, 0x668000FE,                     # PidTagRuleId, PidTagRuleActions
        0x3001001F, 0x3003001F, 0x0C150003,         # OP_FORWARD recipient
        0x3001001F, 0x3001001F,                     # OP_DELEGATE recipients
        0x00170003,                                 # OP_TAG: PidTagImportance
        0x6682001F, 0x66740014]                     # PidTagRuleName; ROW_REMOVE's PidTagRuleId
    assert ints(q["oxcrops.value.int64"]) == [0x56F83F0100000001, 0x56F83F0100000002]
    assert ints(q["oxcrops.value.int32"]) == [1, 2]
    assert q["oxcrops.value.string"] == ["Bob", "b@x", "Al", "Cy", "Project X"]

    q = run.req(a + "no_of_actions", a + "action_length", a + "action_type", a + "action_flavor",
                a + "action_flags", a + "action_flavor.pr", a + "action_flavor.nc", a + "action_flavor.at",
                a + "action_flavor.tm", a + "action_flavor.ns", a + "action_flavor.st")
    assert ints(q[a + "no_of_actions"]) == [11]
    assert ints(q[a + "action_length"]) == [36, 24, 41, 41, 14, 13, 46, 37, 17, 9, 9]
    assert ints(q[a + "action_type"]) == list(range(1, 12))
    assert ints(q[a + "action_flavor"]) == [0, 0, 1, 2, 0, 0, 3, 0, 0, 0, 0]
    assert ints(q[a + "action_flags"]) == [0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0]
    assert ints(q[a + "action_flavor.pr"]) == [1]          # OP_FORWARD only
    assert ints(q[a + "action_flavor.nc"]) == [1]
    assert ints(q[a + "action_flavor.at"]) == [0]
    assert ints(q[a + "action_flavor.tm"]) == [0]
    assert ints(q[a + "action_flavor.ns"]) == [1, 0]       # OP_REPLY, OP_OOF_REPLY
    assert ints(q[a + "action_flavor.st"]) == [0, 1]

    q = run.req(a + "folder_in_this_store", a + "store_eid_size", a + "store_eid", a + "folder_eid_size",
                a + "folder_eid", a + "server_eid.ours", "oxcrops.folder_id", "oxcrops.message_id",
                a + "server_eid.instance", "oxcrops.replica_id", "oxcrops.global_counter")
    assert ints(q[a + "folder_in_this_store"]) == [1, 0]
    assert ints(q[a + "store_eid_size"]) == [1, 4]
    assert hexes(q[a + "store_eid"]) == ["01", "aabbccdd"]
    assert ints(q[a + "folder_eid_size"]) == [21, 6]
    assert hexes(q[a + "folder_eid"]) == ["010203040506"]
    assert ints(q[a + "server_eid.ours"]) == [1]
    assert ints(q["oxcrops.folder_id"]) == [0x1252910E00000001]     # 0001-00000E915212
    assert ints(q["oxcrops.message_id"]) == [0]
    assert ints(q[a + "server_eid.instance"]) == [0]
    # FolderId, MessageId, then the ReplyTemplateFID/MID of OP_REPLY and OP_OOF_REPLY
    assert ints(q["oxcrops.replica_id"]) == [1, 0, 1, 1, 1, 1]
    assert ints(q["oxcrops.global_counter"]) == [0x0E915212, 0, 0x11, 0x22, 0x33, 0x44]

    q = run.req(a + "reply_template_fid", a + "reply_template_mid", a + "reply_template_guid",
                a + "deferred_action_data", a + "bounce_code", a + "recipient_count",
                a + "recipient_block.reserved", a + "recipient_block.no_of_properties")
    assert ints(q[a + "reply_template_fid"]) == [0x1100000000000001, 0x3300000000000001]
    assert ints(q[a + "reply_template_mid"]) == [0x2200000000000001, 0x4400000000000001]
    assert q[a + "reply_template_guid"] == ["00112233-4455-6677-8899-aabbccddeeff",
                                            "a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8"]
    assert hexes(q[a + "deferred_action_data"]) == ["defe444154"]
    assert ints(q[a + "bounce_code"]) == [0x26]
    assert ints(q[a + "recipient_count"]) == [1, 2]
    assert ints(q[a + "recipient_block.reserved"]) == [1, 1, 1]
    assert ints(q[a + "recipient_block.no_of_properties"]) == [3, 1, 1]

    r = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value")
    assert ints(r["oxcrops.rop_id"]) == [0x41]
    assert ints(r["oxcrops.input_handle_index"]) == [0]
    assert ints(r["oxcrops.return_value"]) == [0]


def test_modify_rules_replace_and_update_deferred_action_messages(tshark):
    """RopModifyRules with ModifyRulesFlag R and one ROW_ADD, then
    RopUpdateDeferredActionMessages (MS-OXCROPS 2.2.11.3.1), in one buffer."""
    run = run_one(tshark, "rules_replace", rule.MODIFY_RULES_REPLACE_REQ + rule.UPDATE_DAM_REQ,
                  rule.MODIFY_RULES_RSP + rule.UPDATE_DAM_RSP)
    run.assert_clean()
    m = "oxcrops.modify_rules."
    u = "oxcrops.update_deferred_action_messages."
    q = run.req("oxcrops.rop_id", m + "modify_rules_flag", m + "modify_rules_flag.replace",
                m + "rule_data_flags.row_add", m + "property_value_count", "oxcrops.value.int32",
                "oxcrops.rule_action.no_of_actions", "oxcrops.rule_action.action_type", "oxcrops.value.string",
                u + "server_entry_id_size", u + "server_entry_id", u + "client_entry_id_size",
                u + "client_entry_id")
    assert ints(q["oxcrops.rop_id"]) == [0x41, 0x57]
    assert ints(q[m + "modify_rules_flag"]) == [0x01]
    assert ints(q[m + "modify_rules_flag.replace"]) == [1]
    assert ints(q[m + "rule_data_flags.row_add"]) == [1]
    assert ints(q[m + "property_value_count"]) == [4]
    assert ints(q["oxcrops.value.int32"]) == [10, 1]
    assert ints(q["oxcrops.rule_action.no_of_actions"]) == [1]
    assert ints(q["oxcrops.rule_action.action_type"]) == [0x0B]          # OP_MARK_AS_READ
    assert q["oxcrops.value.string"] == ["RuleOrganizer"]
    assert ints(q[u + "server_entry_id_size"]) == [4]
    assert hexes(q[u + "server_entry_id"]) == ["01020304"]
    assert ints(q[u + "client_entry_id_size"]) == [3]
    assert hexes(q[u + "client_entry_id"]) == ["0a0b0c"]
    r = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value")
    assert ints(r["oxcrops.rop_id"]) == [0x41, 0x57]
    assert ints(r["oxcrops.input_handle_index"]) == [0, 0]
    assert ints(r["oxcrops.return_value"]) == [0, 0]


def test_rule_failure_responses(tshark):
    """Failure forms (RopId, handle index, ReturnValue; 0x80070005 chosen) of the three
    rule ROPs, each followed by the next."""
    req = rule.GET_RULES_TABLE_REQ + rule.MODIFY_RULES_REPLACE_REQ + rule.UPDATE_DAM_REQ
    rsp = H("3f 01 05 00 07 80") + H("41 00 05 00 07 80") + H("57 00 05 00 07 80")
    run = run_one(tshark, "rule_failures", req, rsp)
    run.assert_clean()
    r = run.rsp("oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.input_handle_index",
                "oxcrops.return_value")
    assert ints(r["oxcrops.rop_id"]) == [0x3F, 0x41, 0x57]
    assert ints(r["oxcrops.output_handle_index"]) == [1]
    assert ints(r["oxcrops.input_handle_index"]) == [0, 0]
    assert ints(r["oxcrops.return_value"]) == [0x80070005] * 3


def test_all_vectors_in_one_buffer(tshark):
    """Every vector of ropvec/rule.py in one request buffer and one response buffer."""
    run = run_one(tshark, "rule_vectors", b"".join(v.request for v in rule.VECTORS),
                  b"".join(v.response for v in rule.VECTORS))
    run.assert_clean()
    ids = [v.rop_id for v in rule.VECTORS]
    assert ints(run.req("oxcrops.rop_id")["oxcrops.rop_id"]) == ids
    assert ints(run.rsp("oxcrops.rop_id")["oxcrops.rop_id"]) == ids


# ---------------------------------------------------------------- bad rule actions

def rules_with_action(action):
    """A RopModifyRules ROW_MODIFY whose PidTagRuleActions is `action`, then PidTagRuleName
    "X", then a RopUpdateDeferredActionMessages: the walk must reach both."""
    return (H("41 00 00 00 01 00 02 02 00 fe 00 80 66") + action + H("1f 00 82 66 58 00 00 00")
            + rule.UPDATE_DAM_REQ)


def test_rule_action_length_mismatch_resyncs(tshark):
    """ActionLength frames the block: an OP_BOUNCE block claiming 15 bytes (2 too many)
    gets a warning and the next block is decoded where ActionLength says."""
    action = H("02 00  0f 00 06 00000000 00000000 0d 00 00 00 ee ee  09 00 0a 00000000 00000000")
    run = run_one(tshark, "action_len", rules_with_action(action), None)
    warnings = [m for _, m in run.warnings()]
    assert any("ActionLength says" in m for m in warnings), warnings
    q = run.req("oxcrops.rop_id", "oxcrops.rule_action.action_type", "oxcrops.rule_action.bounce_code",
                "oxcrops.value.string")
    assert ints(q["oxcrops.rop_id"]) == [0x41, 0x57]
    assert ints(q["oxcrops.rule_action.action_type"]) == [0x06, 0x0A]
    assert ints(q["oxcrops.rule_action.bounce_code"]) == [0x0D]
    assert q["oxcrops.value.string"] == ["X"]


def test_rule_action_undefined_type_and_flavor(tshark):
    """An undefined ActionType (0x0C) is skipped by its ActionLength, with a warning; a
    flavor on OP_DELETE (MUST be 0) and AT combined with PR on OP_FORWARD get warnings;
    NoOfActions 0 gets one."""
    action = H("""03 00
        0b 00 0c 00000000 00000000 aa bb          # undefined ActionType, 2 bytes of ActionData
        09 00 0a 01000000 00000000                # OP_DELETE with ActionFlavor 1
        16 00 07 05000000 00000000 01 00 01 01 00 1f 00 01 30 42 00 00 00   # 22 = 9 + 2 + 3 + 4 + 4:
        """)                                      # OP_FORWARD, flavor AT|PR, one recipient "B"
    run = run_one(tshark, "action_bad", rules_with_action(action) + H("41 00 00 00 01 00 02 01 00 fe 00 80 66 00 00"),
                  None)
    warnings = [m for _, m in run.warnings()]
    assert any("0x0c is not defined" in m for m in warnings), warnings
    assert any("Undefined bits set: 0x1" in m for m in warnings), warnings
    assert any("AT and TM" in m for m in warnings), warnings
    assert any("NoOfActions MUST be greater than zero" in m for m in warnings), warnings
    q = run.req("oxcrops.rop_id", "oxcrops.rule_action.action_type", "oxcrops.rule_action.action_data",
                "oxcrops.value.string")
    assert ints(q["oxcrops.rop_id"]) == [0x41, 0x57, 0x41]
    assert ints(q["oxcrops.rule_action.action_type"]) == [0x0C, 0x0A, 0x07]
    assert hexes(q["oxcrops.rule_action.action_data"]) == ["aabb"]
    assert q["oxcrops.value.string"] == ["B", "X"]


def test_rule_action_nesting_is_bounded(tshark):
    """OP_TAG carries a TaggedPropertyValue, which can be a PtypRuleAction holding
    another OP_TAG...: 40 levels stop at the depth limit with an error, and the walk
    resumes after the outer blocks by their ActionLength."""
    inner = H("01 00 09 00 0a 00000000 00000000")           # innermost: OP_DELETE
    for _ in range(40):
        tag = H("fe 00 80 66") + inner                     # TaggedPropertyValue: PidTagRuleActions
        inner = H("01 00") + (9 + len(tag)).to_bytes(2, "little") + H("09 00000000 00000000") + tag
    run = run_one(tshark, "action_deep", rules_with_action(inner), None)
    assert any("too_deep" in m or "Nesting deeper" in m for _, m in run.experts()), run.experts()
    q = run.req("oxcrops.rop_id", "oxcrops.value.string")
    assert ints(q["oxcrops.rop_id"]) == [0x41, 0x57]
    assert q["oxcrops.value.string"] == ["X"]


def test_rule_action_truncated(tshark):
    """A RuleAction cut short by the end of the RopsList is reported as truncated."""
    action = H("01 00 29 00 03 00000000 00000000 01 00 00 00")
    run = run_one(tshark, "action_short", H("41 00 00 00 01 00 02 01 00 fe 00 80 66") + action, None)
    out = run.tshark.run(["-r", run.tshark.readable(run.pcap), "-2", "-Y", "oxcrops.truncated"]).stdout
    assert out != ""


def test_truncated_and_mutated_vectors(tshark):
    """Every truncation of the rule and permission requests, and byte-flipped copies
    (fixed seed), decode without a dissector bug or sanitizer report (conftest checks
    tshark's output); each buffer still shows its first ROP."""
    import random
    rnd = random.Random(0x41)
    calls = []
    for v in rule.VECTORS:
        for cut in range(1, len(v.request)):
            calls.append((oxgen.rop_buffer(v.request[:cut], [0x51, FREE]), None))
        for _ in range(40):
            b = bytearray(v.request)
            for _ in range(3):
                b[rnd.randrange(1, len(b))] = rnd.randrange(256)
            calls.append((oxgen.rop_buffer(bytes(b), [0x51, FREE]), None))
    run = run_calls(tshark, "rule_fuzz", calls)
    rows = run.tshark.fields(run.pcap, ["oxcrops.rop_id"], REQ, occurrence="f")
    assert len(rows) == len(calls)


def test_rules_table_row_with_rule_actions(tshark):
    """A rules-table row (RopQueryRows after RopSetColumns of PidTagRuleId and
    PidTagRuleActions) carries its RuleAction as a PtypRuleAction
    column value: one OP_BOUNCE block, BounceCode 0x0D."""
    req = (rule.GET_RULES_TABLE_REQ + H("12 00 01 00 02 00 14 00 74 66 fe 00 80 66")
           + H("15 00 01 00 01 32 00"))
    rsp = rule.GET_RULES_TABLE_RSP + H("12 01 00 00 00 00 00") + H("""
        15 01 00 00 00 00 02 01 00                  # Origin BOOKMARK_END, RowCount 1
        00 01 00 00 00 01 3f f8 56                  # StandardPropertyRow: PidTagRuleId
        01 00 0d 00 06 00000000 00000000 0d 00 00 00   # RuleAction: OP_BOUNCE, BounceCode 0x0D""")
    run = run_one(tshark, "rules_row", req, rsp, (0x223, FREE), (0x223, 0x22A))
    run.assert_clean()
    r = run.rsp("oxcrops.rop_id", "oxcrops.value.int64", "oxcrops.rule_action.no_of_actions",
                "oxcrops.rule_action.action_length", "oxcrops.rule_action.action_type",
                "oxcrops.rule_action.bounce_code")
    assert ints(r["oxcrops.rop_id"]) == [0x3F, 0x12, 0x15]
    assert ints(r["oxcrops.value.int64"]) == [0x56F83F0100000001]
    assert ints(r["oxcrops.rule_action.no_of_actions"]) == [1]
    assert ints(r["oxcrops.rule_action.action_length"]) == [13]
    assert ints(r["oxcrops.rule_action.action_type"]) == [0x06]
    assert ints(r["oxcrops.rule_action.bounce_code"]) == [0x0D]

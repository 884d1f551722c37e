# SPDX-License-Identifier: GPL-2.0-or-later
"""ROP byte examples from the specifications' section 4 ("Protocol Examples").

Each test turns one example into a capture and checks the field values that the
spec states, or that follow by hand from the MS-OXCROPS layout. No expected value
is taken from the plugin's output. Requests are sent in an EcDoRpcExt2 request
(MS-OXCRPC 3.1.4.2). Responses are sent in the EcDoRpcExt2 response of the same
call, so that the plugin can pair them with their request. test_mapihttp_execute
sends the same vectors again through MAPI/HTTP Execute (MS-OXCMAPIHTTP 2.2.4.2).

Most examples are one ROP with no RopSize and no handle table ("the examples
in this section show only the relevant portions of the specified ROPs"). Those
are wrapped with oxgen.rop_buffer, and each vector's comment says which handles
were chosen. MS-OXCROPS 4.1, 4.4, 4.6 and 4.7 print a complete ROP buffer, and
those bytes are used exactly as printed.

Sources (copies of the spec pages; the section numbers are those of the pages):
  MS-OXCTABL 4.1.1, 4.2.1, 4.5.3.1, 4.5.3.2; MS-OXCFOLD 4.7.2; MS-OXCPRPT 4.2.1,
  4.2.2, 4.3.1; MS-OXOMSG 4.1.1, 4.1.2; MS-OXCROPS 4.1, 4.4, 4.6, 4.7 (4.7 is the
  numbering of the msdn ee158948 copy); MS-OXORULE 4.2.1, 4.2.2; MS-OXODLGT 4.1.1
  (a decoded trace; its bytes are built here from the values it states).
"""
import xml.etree.ElementTree as ET

import pytest

import oxgen

EMSMDB_OPNUM_ECDORPCEXT2 = 11  # MS-OXCRPC 3.1.4.2


# ---------------------------------------------------------------- capture and decode helpers

class Run:
    """One capture, with its request and response frames told apart by a display filter."""

    def __init__(self, tshark, pcap, req_filter, rsp_filter):
        self.tshark = tshark
        self.pcap = pcap
        self.filters = {"req": req_filter, "rsp": rsp_filter}

    def _get(self, which, fields):
        out = {f: [] for f in fields}
        for row in self.tshark.fields(self.pcap, list(fields), self.filters[which]):
            for f, v in zip(fields, row):
                if v != "":
                    out[f] += v.split(",")
        return out

    def req(self, *fields):
        """{field: [every value in the request frames, in order]}"""
        return self._get("req", fields)

    def rsp(self, *fields):
        return self._get("rsp", fields)

    def req1(self, field):
        return self.req(field)[field]

    def rsp1(self, field):
        return self.rsp(field)[field]

    def shownames(self, which, field):
        """The display text (PDML showname) of every occurrence of field."""
        out = self.tshark.run(["-r", self.tshark.readable(self.pcap), "-2", "-T", "pdml",
                               "-Y", self.filters[which]]).stdout
        root = ET.fromstring(out)
        return [f.get("showname") for f in root.iter("field") if f.get("name") == field]

    def assert_clean(self):
        self.tshark.assert_clean(self.pcap)


def ints(values):
    return [int(v, 0) for v in values]


def dcerpc_run(tshark, name, request, response=None):
    """request/response: complete ROP buffers (RopSize, RopsList, ServerObjectHandleTable)."""
    pcap = tshark.path(name + ".pcap")
    req = oxgen.ecdorpcext2_request(oxgen.ext_buffer(request))
    rsp = oxgen.ecdorpcext2_response(oxgen.ext_buffer(response)) if response is not None else None
    oxgen.dcerpc_capture(pcap, [(EMSMDB_OPNUM_ECDORPCEXT2, req, rsp)])
    run = Run(tshark, pcap, "dcerpc.pkt_type == 0 && oxcrops", "dcerpc.pkt_type == 2 && oxcrops")
    run.assert_clean()
    return run


def mapihttp_run(tshark, name, request, response=None):
    pcap = tshark.path(name + ".pcap")
    req = oxgen.http_request(oxgen.execute_request_body(oxgen.ext_buffer(request)))
    rsp = None
    if response is not None:
        rsp = oxgen.http_response(oxgen.meta_tags() + oxgen.execute_response_body(oxgen.ext_buffer(response)))
    oxgen.mapihttp_capture(pcap, [(req, rsp)])
    run = Run(tshark, pcap, "http.request && oxcrops", "http.response && oxcrops")
    run.assert_clean()
    return run


H = oxgen.hexbytes
FREE = 0xFFFFFFFF   # an output slot not filled yet (as in the MS-OXORULE 4.2.1 handle table)


# ---------------------------------------------------------------- the vectors

# [MS-OXCTABL] 4.1.1 RopGetContentsTable request. Handles chosen: [0] = 0x00000051
# (the Folder), [1] = 0xFFFFFFFF (where the table goes).
GET_CONTENTS_TABLE_REQ = oxgen.rop_buffer(H("05 00 00 01 00"), [0x51, FREE])


def check_get_contents_table(run):
    d = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index", "oxcrops.output_handle_index",
                "oxcrops.get_contents_table.table_flags")
    assert ints(d["oxcrops.rop_id"]) == [0x05]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00]
    assert ints(d["oxcrops.output_handle_index"]) == [0x01]
    assert ints(d["oxcrops.get_contents_table.table_flags"]) == [0x00]      # Standard
    assert ints(run.req1("oxcrops.object_handle")) == [0x51, FREE]


# [MS-OXCTABL] 4.2.1 RopSetColumns request. Handles chosen: [0] = 0x00000051 (the Folder),
# [1] = 0x00000052 (the contents table of 4.1.1).
SET_COLUMNS_6_ROP = H("""
    12 00 01 00 06 00 14 00 48 67 14 00 4a 67 14 00
    4d 67 03 00 4e 67 1f 00 37 00 40 00 06 0e""")
SET_COLUMNS_6_REQ = oxgen.rop_buffer(SET_COLUMNS_6_ROP, [0x51, 0x52])

SET_COLUMNS_6_TAGS = [0x67480014, 0x674A0014, 0x674D0014, 0x674E0003, 0x0037001F, 0x0E060040]
SET_COLUMNS_6_NAMES = ["PidTagFolderId", "PidTagMid", "PidTagInstID", "PidTagInstanceNum", "PidTagSubject",
                       "PidTagMessageDeliveryTime"]


def check_set_columns_6(run):
    d = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
                "oxcrops.set_columns.set_columns_flags", "oxcrops.set_columns.property_tag_count",
                "oxcrops.property_tag")
    assert ints(d["oxcrops.rop_id"]) == [0x12]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.input_handle_index"]) == [0x01]
    assert ints(d["oxcrops.set_columns.set_columns_flags"]) == [0x00]        # synchronous (TBL_SYNC)
    assert ints(d["oxcrops.set_columns.property_tag_count"]) == [6]          # "PropertyValueCount" in the spec
    assert ints(d["oxcrops.property_tag"]) == SET_COLUMNS_6_TAGS
    names = run.shownames("req", "oxcrops.property_id")
    assert len(names) == 6
    for shown, name in zip(names, SET_COLUMNS_6_NAMES):
        assert name in shown, (shown, name)


# [MS-OXCTABL] 4.5.3.1 RopQueryRows request. Handle chosen: [0] = 0x00000052 (the table).
QUERY_ROWS_REQ = oxgen.rop_buffer(H("15 00 00 00 01 32 00"), [0x52])


def check_query_rows_request(run):
    d = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
                "oxcrops.query_rows.query_rows_flags", "oxcrops.query_rows.query_rows_flags.no_advance",
                "oxcrops.query_rows.forward_read", "oxcrops.query_rows.row_count")
    assert ints(d["oxcrops.rop_id"]) == [0x15]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00]
    assert ints(d["oxcrops.query_rows.query_rows_flags"]) == [0x00]         # Advance
    assert ints(d["oxcrops.query_rows.query_rows_flags.no_advance"]) == [0]
    assert ints(d["oxcrops.query_rows.forward_read"]) == [1]
    assert ints(d["oxcrops.query_rows.row_count"]) == [0x0032]              # 50


# [MS-OXCTABL] 4.5.3.2 RopQueryRows response (categorized table), the 64 bytes the spec
# prints before its "...". Its RopSetColumns "has not been shown", so RowData cannot be
# typed; only the header is checked. Paired with the 4.5.3.1 request (same handle index 0).
QUERY_ROWS_CATEGORIZED_RSP_ROPS = H("""
    15 00 00 00 00 00 02 09 00 01 00 01 00 00 00 00
    f1 1f 32 0a 0f 01 04 80 00 01 00 00 00 00 f1 88
    bd 00 00 00 00 00 00 03 00 00 00 00 00 00 00 00
    0a 0f 01 04 80 0a 0f 01 04 80 0a 0f 01 04 80 0a""")
QUERY_ROWS_CATEGORIZED_RSP = oxgen.rop_buffer(QUERY_ROWS_CATEGORIZED_RSP_ROPS, [0x52])


# [MS-OXCFOLD] 4.7.2 RopGetHierarchyTable response. The 4.7.1 request is not available.
# It is built from MS-OXCROPS 2.2.4.13.1 as RopId 0x04, LogonId 0, InputHandleIndex 0,
# OutputHandleIndex 0x02 ("the same as ... the request buffer"), TableFlags 0x00.
# Handles chosen: request [0x51 Folder, 0x52, free]; response [0x51, 0x52, 0x60 the new table].
GET_HIERARCHY_TABLE_REQ = oxgen.rop_buffer(H("04 00 00 02 00"), [0x51, 0x52, FREE])
GET_HIERARCHY_TABLE_RSP = oxgen.rop_buffer(H("04 02 00 00 00 00 15 00 00 00"), [0x51, 0x52, 0x60])


def check_get_hierarchy_table(run):
    q = run.req("oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.get_hierarchy_table.table_flags")
    assert ints(q["oxcrops.rop_id"]) == [0x04]
    assert ints(q["oxcrops.output_handle_index"]) == [0x02]
    d = run.rsp("oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.return_value",
                "oxcrops.get_hierarchy_table.row_count", "oxcrops.object_handle", "oxcrops.request_frame")
    assert ints(d["oxcrops.rop_id"]) == [0x04]
    assert ints(d["oxcrops.output_handle_index"]) == [0x02]
    assert ints(d["oxcrops.return_value"]) == [0x00000000]
    assert ints(d["oxcrops.get_hierarchy_table.row_count"]) == [0x15]         # 21 rows
    assert ints(d["oxcrops.object_handle"]) == [0x60]
    assert len(d["oxcrops.request_frame"]) == 1


# [MS-OXCPRPT] 4.2.1 / 4.2.2 RopSetProperties request and response.
# Handles chosen: [0] = 0x00000071 (the Message), in both buffers.
SET_PROPERTIES_REQ = oxgen.rop_buffer(H("""
    0A 00 00 24 00 02 00 1F 00 3D 00 00 00 1F 00 1D
    0E 48 00 65 00 6C 00 6C 00 6F 00 20 00 57 00 6F
    00 72 00 6C 00 64 00 00 00"""), [0x71])
SET_PROPERTIES_RSP = oxgen.rop_buffer(H("0A 00 00 00 00 00 00 00"), [0x71])


def check_set_properties(run):
    d = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
                "oxcrops.set_properties.property_value_size", "oxcrops.set_properties.property_value_count",
                "oxcrops.property_tag")
    assert ints(d["oxcrops.rop_id"]) == [0x0A]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00]
    assert ints(d["oxcrops.set_properties.property_value_size"]) == [0x24]    # 36 = count + values
    assert ints(d["oxcrops.set_properties.property_value_count"]) == [2]
    assert ints(d["oxcrops.property_tag"]) == [0x003D001F, 0x0E1D001F]
    # PidTagSubjectPrefix = "" (00 00); PidTagNormalizedSubject = "Hello World" (UTF-16LE)
    strings = [f.get("show") for f in _pdml_fields(run, "req", "oxcrops.value.string")]
    assert strings == ["", "Hello World"]
    names = run.shownames("req", "oxcrops.property_id")
    assert "PidTagSubjectPrefix" in names[0] and "PidTagNormalizedSubject" in names[1], names
    r = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value",
                "oxcrops.set_properties.property_problem_count")
    assert ints(r["oxcrops.rop_id"]) == [0x0A]
    assert ints(r["oxcrops.input_handle_index"]) == [0x00]
    assert ints(r["oxcrops.return_value"]) == [0x00000000]
    assert ints(r["oxcrops.set_properties.property_problem_count"]) == [0]


def _pdml_fields(run, which, field):
    out = run.tshark.run(["-r", run.tshark.readable(run.pcap), "-2", "-T", "pdml", "-Y", run.filters[which]]).stdout
    return [f for f in ET.fromstring(out).iter("field") if f.get("name") == field]


# [MS-OXCPRPT] 4.3.1 RopGetPropertiesSpecific request. Handle chosen: [0] = 0x00000071 (the Message).
GET_PROPS_SPECIFIC_REQ = oxgen.rop_buffer(H("""
    07 00 00 00 00 01 00 03 00 0B 00 3E 86 03 00 3F
    86 02 01 E2 65"""), [0x71])


def check_get_properties_specific_request(run):
    d = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
                "oxcrops.get_properties_specific.property_size_limit",
                "oxcrops.get_properties_specific.want_unicode",
                "oxcrops.get_properties_specific.property_tag_count", "oxcrops.property_tag",
                "oxcrops.property_id", "oxcrops.property_type")
    assert ints(d["oxcrops.rop_id"]) == [0x07]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00]
    assert ints(d["oxcrops.get_properties_specific.property_size_limit"]) == [0x0000]
    assert ints(d["oxcrops.get_properties_specific.want_unicode"]) == [0x0001]   # 2 bytes
    assert ints(d["oxcrops.get_properties_specific.property_tag_count"]) == [3]
    assert ints(d["oxcrops.property_tag"]) == [0x863E000B, 0x863F0003, 0x65E20102]
    assert ints(d["oxcrops.property_id"]) == [0x863E, 0x863F, 0x65E2]
    assert ints(d["oxcrops.property_type"]) == [0x000B, 0x0003, 0x0102]
    types = run.shownames("req", "oxcrops.property_type")
    assert len(types) == 3, types
    for shown, name in zip(types, ["PtypBoolean", "PtypInteger32", "PtypBinary"]):
        assert name in shown, (shown, name)
    assert "PidTagChangeKey" in run.shownames("req", "oxcrops.property_id")[2]


# A RopGetPropertiesSpecific response to the 4.3.1 request. MS-OXCPRPT 4.3.2 is not
# available, so this one is built by hand from MS-OXCROPS 2.2.8.3.2 and MS-OXCDATA 2.8.1.1
# (values chosen): RopId 07, InputHandleIndex 00, ReturnValue 0, then a StandardPropertyRow
# (Flag 00) of the request's three tags in request order: TestProp1 PtypBoolean = 01 (1
# byte), TestProp2 PtypInteger32 = 0x0000002A, PidTagChangeKey PtypBinary = COUNT 0x0016
# (2 bytes in ROP buffers) + 22 bytes.
CHANGE_KEY = bytes(range(1, 17)) + H("00 00 00 00 12 34")
GET_PROPS_SPECIFIC_RSP = oxgen.rop_buffer(H("07 00 00 00 00 00") + H("00") + H("01") + H("2A 00 00 00")
                                          + H("16 00") + CHANGE_KEY, [0x71])


def check_get_properties_specific_response(run):
    d = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value",
                "oxcrops.property_row.flag", "oxcrops.value.boolean", "oxcrops.value.int32",
                "oxcrops.value.count", "oxcrops.value.binary")
    assert ints(d["oxcrops.rop_id"]) == [0x07]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00]
    assert ints(d["oxcrops.return_value"]) == [0]
    assert ints(d["oxcrops.property_row.flag"]) == [0x00]
    assert ints(d["oxcrops.value.boolean"]) == [1]
    assert ints(d["oxcrops.value.int32"]) == [42]
    assert ints(d["oxcrops.value.count"]) == [22]
    assert d["oxcrops.value.binary"] == [CHANGE_KEY.hex()]


# [MS-OXOMSG] 4.1.1 / 4.1.2 RopSubmitMessage. Handles chosen: [0] = 0x0000000A (Logon),
# [1] = 0x00000051 (Folder), [2] = 0x00000073 (the Message), in both buffers.
SUBMIT_MESSAGE_REQ = oxgen.rop_buffer(H("32 00 02 00"), [0x0A, 0x51, 0x73])
SUBMIT_MESSAGE_RSP = oxgen.rop_buffer(H("32 02 00 00 00 00"), [0x0A, 0x51, 0x73])


def check_submit_message(run):
    d = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
                "oxcrops.submit_message.submit_flags")
    assert ints(d["oxcrops.rop_id"]) == [0x32]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.input_handle_index"]) == [0x02]
    assert ints(d["oxcrops.submit_message.submit_flags"]) == [0x00]          # None
    r = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value", "oxcrops.request_frame")
    assert ints(r["oxcrops.rop_id"]) == [0x32]
    assert ints(r["oxcrops.input_handle_index"]) == [0x02]
    assert ints(r["oxcrops.return_value"]) == [0x00000000]                  # ecNone
    assert len(r["oxcrops.request_frame"]) == 1


# [MS-OXCROPS] 4.4 RopRelease: a complete ROP input buffer, used as printed.
RELEASE_REQ = H("08 00 01 00 00 01 00 01 6F 00 00 00 6E 00 00 00")


def check_release(run):
    d = run.req("oxcrops.rop_size", "oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
                "oxcrops.handle", "oxcrops.object_handle")
    assert ints(d["oxcrops.rop_size"]) == [8]
    assert ints(d["oxcrops.rop_id"]) == [0x01, 0x01]
    assert ints(d["oxcrops.logon_id"]) == [0x00, 0x00]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00, 0x01]
    assert ints(d["oxcrops.handle"]) == [0x6F, 0x6E]
    # each RopRelease releases the object of its own handle
    assert ints(d["oxcrops.object_handle"]) == [0x6F, 0x6E]


# [MS-OXCROPS] 4.1 Empty ROP Buffer: a complete ROP input buffer, used as printed.
EMPTY_REQ = H("02 00")


def check_empty(run):
    d = run.req("oxcrops.rop_size", "oxcrops.rop_id", "oxcrops.handle")
    assert ints(d["oxcrops.rop_size"]) == [2]
    assert d["oxcrops.rop_id"] == []           # Rops: <empty>
    assert d["oxcrops.handle"] == []           # ServerObjectHandleTable: <empty>


# [MS-OXCROPS] 4.6 Logon RopBackoff ROP Response: a complete ROP output buffer, used as printed
# (a RopSetColumns response then a RopBackoff). The request is not printed. It is built from
# MS-OXCROPS 2.2.5.1.1 as a RopSetColumns on handle index 0 (0x00000028, "input of
# RopSetColumns"), SetColumnsFlags 0, one column chosen (PidTagSubject 0x0037001F).
BACKOFF_LOGON_REQ = oxgen.rop_buffer(H("12 00 00 00 01 00 1F 00 37 00"), [0x28])
BACKOFF_LOGON_RSP = H("12 00 12 00 00 00 00 00 00 F9 00 34 12 00 00 00 00 00 28 00 00 00")


def check_backoff_logon(run):
    d = run.rsp("oxcrops.rop_size", "oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value",
                "oxcrops.set_columns.table_status", "oxcrops.logon_id", "oxcrops.backoff.duration",
                "oxcrops.backoff.backoff_rop_count", "oxcrops.backoff.rop_id_backoff",
                "oxcrops.backoff.additional_data_size", "oxcrops.handle")
    assert ints(d["oxcrops.rop_size"]) == [0x12]
    assert ints(d["oxcrops.rop_id"]) == [0x12, 0xF9]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00]
    assert ints(d["oxcrops.return_value"]) == [0x00000000]
    assert ints(d["oxcrops.set_columns.table_status"]) == [0x00]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.backoff.duration"]) == [0x1234]                  # ms before retrying the logon
    assert ints(d["oxcrops.backoff.backoff_rop_count"]) == [0]
    assert d["oxcrops.backoff.rop_id_backoff"] == []
    assert ints(d["oxcrops.backoff.additional_data_size"]) == [0]           # AdditionalDataSize
    assert ints(d["oxcrops.handle"]) == [0x28]


# [MS-OXCROPS] 4.7 RopBackoff ROP Response (msdn ee158948): a complete ROP output buffer,
# used as printed (a RopOpenFolder response then a RopBackoff for RopCreateFolder). The
# client "has sent a RopOpenFolder ROP request ... and a RopCreateFolder ROP request"; those
# bytes are not printed. The RopOpenFolder request is built from MS-OXCROPS 2.2.4.1.1:
# LogonId 0, InputHandleIndex 0 (handle 0x0000000A), OutputHandleIndex 1, FolderId chosen
# (0001-00174EA8CDA0, the Inbox of MS-OXODLGT 4.1.1), OpenModeFlags 0. RopCreateFolder is
# left out of the request because the plugin does not decode it, and the server did not
# answer it.
BACKOFF_ROP_REQ = oxgen.rop_buffer(H("02 00 00 01 01 00 00 17 4E A8 CD A0 00"), [0x0A, FREE])
BACKOFF_ROP_RSP = H("""18 00 02 01 00 00 00 00 00 00 F9 00 00 00 00 00 01 1C 17 4F 04 00 00 00
                       0A 00 00 00 24 00 00 00""")


def check_backoff_rop(run):
    q = run.req("oxcrops.rop_id", "oxcrops.replica_id", "oxcrops.global_counter")
    assert ints(q["oxcrops.rop_id"]) == [0x02]
    assert ints(q["oxcrops.replica_id"]) == [0x0001]
    assert ints(q["oxcrops.global_counter"]) == [0x00174EA8CDA0]
    d = run.rsp("oxcrops.rop_size", "oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.return_value",
                "oxcrops.open_folder.has_rules", "oxcrops.open_folder.is_ghosted", "oxcrops.logon_id",
                "oxcrops.backoff.duration", "oxcrops.backoff.backoff_rop_count", "oxcrops.backoff.rop_id_backoff",
                "oxcrops.backoff.rop_duration", "oxcrops.backoff.additional_data_size", "oxcrops.handle",
                "oxcrops.object_handle")
    assert ints(d["oxcrops.rop_size"]) == [0x18]
    assert ints(d["oxcrops.rop_id"]) == [0x02, 0xF9]
    assert ints(d["oxcrops.output_handle_index"]) == [0x01]
    assert ints(d["oxcrops.return_value"]) == [0x00000000]
    assert ints(d["oxcrops.open_folder.has_rules"]) == [0]
    assert ints(d["oxcrops.open_folder.is_ghosted"]) == [0]
    assert ints(d["oxcrops.logon_id"]) == [0x00]
    assert ints(d["oxcrops.backoff.duration"]) == [0]
    assert ints(d["oxcrops.backoff.backoff_rop_count"]) == [1]
    assert ints(d["oxcrops.backoff.rop_id_backoff"]) == [0x1C]              # RopCreateFolder
    assert ints(d["oxcrops.backoff.rop_duration"]) == [0x00044F17]          # 17 4F 04 00 = 282391 ms
    assert ints(d["oxcrops.backoff.additional_data_size"]) == [0]
    assert ints(d["oxcrops.handle"]) == [0x0A, 0x24]
    assert ints(d["oxcrops.object_handle"]) == [0x24]                       # Handle 1, output of RopOpenFolder
    assert any("RopCreateFolder" in s for s in run.shownames("rsp", "oxcrops.backoff.rop_id_backoff"))


# [MS-OXORULE] 4.2.1 / 4.2.2: RopGetRulesTable, RopSetColumns and RopQueryRows sent "in
# the same RPC", and their responses. The spec's handle table (23 02 00 00 ff ff ff ff)
# is used for the request. Response handles chosen: [0x223, 0x22A (the rules table)].
RULES_REQ = oxgen.rop_buffer(H("3f 00 00 01 40")
                             + H("12 00 01 00 03 00 14 00 74 66 02 01 84 66 1f 00 82 66")
                             + H("15 00 01 00 01 32 00"), [0x00000223, 0xFFFFFFFF])
RULES_RSP = oxgen.rop_buffer(H("3f 01 00 00 00 00") + H("12 01 00 00 00 00 00") + H("""
    15 01 00 00 00 00 02 01 00 00 01 00 00 00 01 3f
    f8 56 10 00 01 00 00 00 01 00 00 00 55 55 55 55
    d1 44 e3 40 50 00 72 00 6f 00 6a 00 65 00 63 00
    74 00 20 00 58 00 00 00"""), [0x00000223, 0x0000022A])


def check_rules(run):
    q = run.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
                "oxcrops.set_columns.set_columns_flags", "oxcrops.set_columns.property_tag_count",
                "oxcrops.property_tag", "oxcrops.query_rows.query_rows_flags", "oxcrops.query_rows.forward_read",
                "oxcrops.query_rows.row_count", "oxcrops.handle")
    assert ints(q["oxcrops.rop_id"]) == [0x3F, 0x12, 0x15]
    assert ints(q["oxcrops.logon_id"]) == [0, 0, 0]
    assert ints(q["oxcrops.input_handle_index"]) == [0, 1, 1]
    assert ints(q["oxcrops.set_columns.set_columns_flags"]) == [0x00]       # "WantAsync: 0x00 (Wait)"
    assert ints(q["oxcrops.set_columns.property_tag_count"]) == [3]
    assert ints(q["oxcrops.property_tag"]) == [0x66740014, 0x66840102, 0x6682001F]
    assert ints(q["oxcrops.query_rows.query_rows_flags"]) == [0x00]         # "WantCurrentRow: FALSE (Advance)"
    assert ints(q["oxcrops.query_rows.forward_read"]) == [1]                # "WantForwardRead: TRUE"
    assert ints(q["oxcrops.query_rows.row_count"]) == [50]
    assert ints(q["oxcrops.handle"]) == [0x00000223, 0xFFFFFFFF]
    names = run.shownames("req", "oxcrops.property_id")
    assert len(names) == 3, names
    for shown, name in zip(names, ["PidTagRuleId", "PidTagRuleProviderData", "PidTagRuleName"]):
        assert name in shown, (shown, name)

    r = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value",
                "oxcrops.set_columns.table_status", "oxcrops.query_rows.origin", "oxcrops.query_rows.row_count",
                "oxcrops.property_row.flag", "oxcrops.property_tag", "oxcrops.value.int64", "oxcrops.value.count",
                "oxcrops.value.binary", "oxcrops.value.string", "oxcrops.query_rows.row_data")
    assert ints(r["oxcrops.rop_id"]) == [0x3F, 0x12, 0x15]
    assert ints(r["oxcrops.input_handle_index"]) == [1, 1]                  # RopGetRulesTable echoes its output
    assert ints(r["oxcrops.return_value"]) == [0, 0, 0]
    assert ints(r["oxcrops.set_columns.table_status"]) == [0x00]            # TBLSTAT_COMPLETE
    assert ints(r["oxcrops.query_rows.origin"]) == [0x02]                   # BOOKMARK_END
    assert ints(r["oxcrops.query_rows.row_count"]) == [1]
    assert r["oxcrops.query_rows.row_data"] == []                           # rows typed, not raw bytes
    assert ints(r["oxcrops.property_row.flag"]) == [0x00]                   # "Has Flag: FALSE"
    # the row's columns are those of the RopSetColumns above, in order
    assert ints(r["oxcrops.property_tag"]) == [0x66740014, 0x66840102, 0x6682001F]
    assert ints(r["oxcrops.value.int64"]) == [0x56F83F0100000001]           # Property 1, PidTagRuleId
    assert ints(r["oxcrops.value.count"]) == [0x0010]                       # PidTagRuleProviderData: 16 bytes
    assert r["oxcrops.value.binary"] == ["010000000100000055555555d144e340"]
    assert r["oxcrops.value.string"] == ["Project X"]                       # PidTagRuleName


# [MS-OXODLGT] 4.1.1: a decoded trace with no hex. The bytes are built from MS-OXCROPS 2.2.3.1.1
# and 2.2.4.1 with the values the trace states: RopLogon LogonFlags 0x01 (Private), OpenFlags
# 0x0100040C, LegacyDN below; RopOpenFolder FID 0001-00174ea8cda0 (Inbox); its response
# HandleIndex 1 (HSOT 0x00000085), ReturnValue ecNone. Chosen: LogonId 0, RopLogon
# OutputHandleIndex 0, StoreState 0 (MUST be 0), RopOpenFolder InputHandleIndex 0 (logon
# handle 0x00000001), OpenModeFlags 0, HasRules 0 and IsGhosted 0 in the response. The two
# ROPs go in two calls, since the RopLogon response is only partly given.
DELEGATOR_DN = ("/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
                "/cn=Recipients/cn=delegator1")
_essdn = DELEGATOR_DN.encode("ascii") + b"\0"
LOGON_REQ = oxgen.rop_buffer(H("FE 00 00 01 0C 04 00 01 00 00 00 00") + len(_essdn).to_bytes(2, "little") + _essdn,
                             [FREE])
OPEN_FOLDER_REQ = oxgen.rop_buffer(H("02 00 00 01 01 00 00 17 4E A8 CD A0 00"), [0x00000001, FREE])
OPEN_FOLDER_RSP = oxgen.rop_buffer(H("02 01 00 00 00 00 00 00"), [0x00000001, 0x00000085])


# ---------------------------------------------------------------- EcDoRpcExt2 tests

def test_oxctabl_4_1_1_get_contents_table_request(tshark):
    """[MS-OXCTABL] 4.1.1 Client Request Buffer: 05 00 00 01 00.

    RopId 0x05 (RopGetContentsTable); LogonID 0x00; InputHandleIndex 0x00 (the Folder);
    OutputHandleIndex 0x01 (where the table goes); TableFlags 0x00 (Standard).
    """
    check_get_contents_table(dcerpc_run(tshark, "gct", GET_CONTENTS_TABLE_REQ))


def test_oxctabl_4_2_1_set_columns_request(tshark):
    """[MS-OXCTABL] 4.2.1 Client Request Buffer (30 bytes).

    RopId 0x12 (RopSetColumns); LogonID 0x00; InputHandleIndex 0x01; SetColumnsFlags 0x00
    (synchronous); count 0x0006; PropertyTags 0x67480014 PidTagFolderId, 0x674A0014 PidTagMid,
    0x674D0014 PidTagInstID, 0x674E0003 PidTagInstanceNum, 0x0037001F PidTagSubject,
    0x0E060040 PidTagMessageDeliveryTime.
    """
    check_set_columns_6(dcerpc_run(tshark, "setcols", SET_COLUMNS_6_REQ))


def test_oxctabl_4_1_1_and_4_2_1_in_one_buffer(tshark):
    """[MS-OXCTABL] 4.1.1 then 4.2.1 in one ROP input buffer. 4.1 obtains the contents table
    at OutputHandleIndex 0x01, and 4.2 sets its columns through InputHandleIndex 0x01. The
    values are those of the two tests above. Handles chosen: [0x51 Folder, free].
    """
    buf = oxgen.rop_buffer(H("05 00 00 01 00") + SET_COLUMNS_6_ROP, [0x51, FREE])
    run = dcerpc_run(tshark, "gct_setcols", buf)
    d = run.req("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.output_handle_index",
                "oxcrops.get_contents_table.table_flags", "oxcrops.set_columns.property_tag_count",
                "oxcrops.property_tag")
    assert ints(d["oxcrops.rop_id"]) == [0x05, 0x12]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00, 0x01]
    assert ints(d["oxcrops.output_handle_index"]) == [0x01]
    assert ints(d["oxcrops.get_contents_table.table_flags"]) == [0x00]
    assert ints(d["oxcrops.set_columns.property_tag_count"]) == [6]
    assert ints(d["oxcrops.property_tag"]) == SET_COLUMNS_6_TAGS


def test_oxctabl_4_5_3_1_query_rows_request(tshark):
    """[MS-OXCTABL] 4.5.3.1 Client Request Buffer: 15 00 00 00 01 32 00.

    RopId 0x15 (RopQueryRows); LogonID 0x00; InputHandleIndex 0x00 (the table);
    QueryRowsFlags 0x00 (Advance); ForwardRead 0x01; RowCount 0x0032 (50).
    """
    check_query_rows_request(dcerpc_run(tshark, "qr", QUERY_ROWS_REQ))


def test_oxctabl_4_5_3_2_query_rows_response_without_columns(tshark):
    """[MS-OXCTABL] 4.5.3.2 Server Response to Client Request (the 64 bytes printed before "...").

    RopId 0x15; InputHandleIndex 0x00; ReturnValue 0x00000000; Origin 0x02 (BOOKMARK_END);
    RowCount 0x0009. "The RopSetColumns ROP request ... for this sequence of ROPs has not been
    shown", and the spec itself says rows cannot be read without it. So RowData (from offset
    0x0009: 01 00 01 00 00 00 00 f1 1f 32 ...) can only be shown as bytes, with a note, not
    a warning. Paired with the 4.5.3.1 request.
    """
    run = dcerpc_run(tshark, "qr_cat", QUERY_ROWS_REQ, QUERY_ROWS_CATEGORIZED_RSP)
    check_query_rows_request(run)
    d = run.rsp("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.return_value",
                "oxcrops.query_rows.origin", "oxcrops.query_rows.row_count", "oxcrops.query_rows.row_data")
    assert ints(d["oxcrops.rop_id"]) == [0x15]
    assert ints(d["oxcrops.input_handle_index"]) == [0x00]
    assert ints(d["oxcrops.return_value"]) == [0]
    assert ints(d["oxcrops.query_rows.origin"]) == [0x02]
    assert ints(d["oxcrops.query_rows.row_count"]) == [9]
    assert d["oxcrops.query_rows.row_data"] == [QUERY_ROWS_CATEGORIZED_RSP_ROPS[9:].hex()]


def test_oxcfold_4_7_2_get_hierarchy_table_response(tshark):
    """[MS-OXCFOLD] 4.7.2 Server Responds to Client Request: 04 02 00 00 00 00 15 00 00 00.

    RopId 0x04 (RopGetHierarchyTable); OutputHandleIndex 0x02 (the same as in the request);
    ReturnValue 0x00000000; RowCount 0x00000015 (21 rows). The request is built by hand,
    since 4.7.1 is not available (see GET_HIERARCHY_TABLE_REQ).
    """
    check_get_hierarchy_table(dcerpc_run(tshark, "ght", GET_HIERARCHY_TABLE_REQ, GET_HIERARCHY_TABLE_RSP))


def test_oxcprpt_4_2_set_properties_request_response(tshark):
    """[MS-OXCPRPT] 4.2.1 request (41 bytes) and 4.2.2 Server Response Buffer (0A 00 00 00 00 00 00 00).

    Request: RopId 0x0A (RopSetProperties); LogonId 0x00; InputHandleIndex 0x00;
    PropertyValueSize 0x0024 (36 bytes "contained in both the PropertyValueCount field and
    the PropertyValues field"); PropertyValueCount 0x0002; Property 1 0x003D001F
    PidTagSubjectPrefix = "" (00 00); Property 2 0x0E1D001F PidTagNormalizedSubject =
    "Hello World". Response: RopId 0x0A; InputHandleIndex 0x00; ReturnValue 0x00000000;
    PropertyProblemCount 0x0000.
    """
    check_set_properties(dcerpc_run(tshark, "setprops", SET_PROPERTIES_REQ, SET_PROPERTIES_RSP))


def test_oxcprpt_4_3_1_get_properties_specific_request(tshark):
    """[MS-OXCPRPT] 4.3.1 Client Request Buffer (21 bytes).

    RopId 0x07 (RopGetPropertiesSpecific); LogonId 0x00; InputHandleIndex 0x00;
    PropertySizeLimit 0x0000; WantUnicode 0x0001 (2 bytes); PropertyTagCount 0x0003;
    PropertyTag1 0x863E000B (TestProp1, PtypBoolean); PropertyTag2 0x863F0003 (TestProp2,
    PtypInteger32); PropertyTag3 0x65E20102 (PidTagChangeKey, PtypBinary).
    """
    check_get_properties_specific_request(dcerpc_run(tshark, "gps", GET_PROPS_SPECIFIC_REQ))


def test_oxcprpt_4_3_get_properties_specific_response_typed_by_request(tshark):
    """[MS-OXCPRPT] 4.3.1 request, with a response built by hand (4.3.2 is not available).

    RowData has no tags of its own: it is one PropertyRow over the request's PropertyTags in
    request order ([MS-OXCDATA] 2.8.1). With the 4.3.1 tags it reads Flag 0x00, TestProp1
    PtypBoolean = 1 (1 byte), TestProp2 PtypInteger32 = 42, PidTagChangeKey PtypBinary =
    COUNT 22 (2 bytes) + the 22 bytes of CHANGE_KEY.
    """
    run = dcerpc_run(tshark, "gps_rsp", GET_PROPS_SPECIFIC_REQ, GET_PROPS_SPECIFIC_RSP)
    check_get_properties_specific_request(run)
    check_get_properties_specific_response(run)


def test_oxomsg_4_1_submit_message_request_response(tshark):
    """[MS-OXOMSG] 4.1.1 ROP Request Buffer (32 00 02 00) and 4.1.2 ROP Response Buffer (32 02 00 00 00 00).

    Request: RopId 0x32 (RopSubmitMessage); LogonId 0x00; InputHandleIndex 0x02;
    SubmitFlags 0x00 (None). Response: RopId 0x32; InputHandleIndex 0x02; ReturnValue
    0x00000000 (ecNone).
    """
    check_submit_message(dcerpc_run(tshark, "submit", SUBMIT_MESSAGE_REQ, SUBMIT_MESSAGE_RSP))


def test_oxcrops_4_4_release(tshark):
    """[MS-OXCROPS] 4.4 RopRelease ROP Request: 08 00 01 00 00 01 00 01 6F 00 00 00 6E 00 00 00.

    RopSize 0x0008; RopId 01 (RopRelease), LogonId 00, InputHandleIndex 00; RopId 01, LogonId
    00, InputHandleIndex 01; ServerObjectHandleTable 0x0000006F (Handle 0, input of the first
    RopRelease), 0x0000006E (Handle 1, input of the second). RopRelease has no response.
    """
    check_release(dcerpc_run(tshark, "release", RELEASE_REQ))


def test_oxcrops_4_1_empty_rop_buffer(tshark):
    """[MS-OXCROPS] 4.1 Empty ROP Buffer: 02 00.

    RopSize 0x0002; Rops: <empty>; ServerObjectHandleTable: <empty>.
    """
    check_empty(dcerpc_run(tshark, "empty", EMPTY_REQ))


def test_oxcrops_4_6_logon_backoff(tshark):
    """[MS-OXCROPS] 4.6 Logon RopBackoff ROP Response:
    12 00 12 00 00 00 00 00 00 F9 00 34 12 00 00 00 00 00 28 00 00 00.

    RopSize 0x0012; RopSetColumns response: InputHandleIndex 00, ReturnValue 0x00000000,
    TableStatus 00; RopBackoff: LogonId 00, Duration 34 12 00 00 (0x1234 ms before the logon
    is retried), BackoffRopCount 00, AdditionalDataSize 00 00; ServerObjectHandleTable
    0x00000028 (Handle 0, input of RopSetColumns). The request is built by hand (see
    BACKOFF_LOGON_REQ).
    """
    check_backoff_logon(dcerpc_run(tshark, "backoff_logon", BACKOFF_LOGON_REQ, BACKOFF_LOGON_RSP))


def test_oxcrops_4_7_rop_backoff(tshark):
    """[MS-OXCROPS] 4.7 RopBackoff ROP Response (msdn ee158948):
    18 00 02 01 00 00 00 00 00 00 F9 00 00 00 00 00 01 1C 17 4F 04 00 00 00 0A 00 00 00 24 00 00 00.

    RopSize 0x0018; RopOpenFolder response: OutputHandleIndex 01, ReturnValue 0x00000000,
    HasRules 00, IsGhosted 00; RopBackoff: LogonId 00, Duration 0, BackoffRopCount 01,
    RopIdBackoff 0x1C (RopCreateFolder), Duration 17 4F 04 00 (ms before retrying
    RopCreateFolder), AdditionalDataSize 0; ServerObjectHandleTable 0x0000000A (Handle 0,
    unused), 0x00000024 (Handle 1, output of RopOpenFolder). The RopOpenFolder request is
    built by hand (see BACKOFF_ROP_REQ).
    """
    check_backoff_rop(dcerpc_run(tshark, "backoff_rop", BACKOFF_ROP_REQ, BACKOFF_ROP_RSP))


def test_oxorule_4_2_set_columns_query_rows(tshark):
    """[MS-OXORULE] 4.2.1 Client Request for a Rules Table / 4.2.2 Server Responds to Client Requests.

    Requests: RopGetRulesTable RopId 0x3F, LogonId 0, InputHandleIndex 0, OutputHandleIndex 1,
    TableFlags 0x40 (Unicode); RopSetColumns RopId 0x12, LogonId 0, InputHandleIndex 1, "WantAsync" 0x00,
    PropertyTagCount 3, 0x66740014 PidTagRuleId, 0x66840102 PidTagRuleProviderData,
    0x6682001F PidTagRuleName; RopQueryRows RopId 0x15, LogonId 0, InputHandleIndex 1,
    "WantCurrentRow" FALSE (Advance), "WantForwardRead" TRUE, RowCount 50; handle table
    0x00000223, 0xFFFFFFFF.
    Responses: RopSetColumns InputHandleIndex 1, ReturnValue 0, "CompletionStatus" 0x00
    (TBLSTAT_COMPLETE); RopQueryRows InputHandleIndex 1, ReturnValue 0, "Bookmark" 0x02
    (BOOKMARK_END), RowCount 1, "Has Flag: FALSE", Property 1 0x56F83F0100000001. Worked out
    from the three columns (the spec's text stops after Property 1): PidTagRuleProviderData
    = COUNT 0x0010 + 01 00 00 00 01 00 00 00 55 55 55 55 d1 44 e3 40; PidTagRuleName =
    "Project X".
    """
    check_rules(dcerpc_run(tshark, "rules", RULES_REQ, RULES_RSP))


def test_oxodlgt_4_1_1_logon_and_open_folder(tshark):
    """[MS-OXODLGT] 4.1.1 Identify Delegator Special Folders (a decoded trace; bytes built from it).

    RopLogon request: ROPid 0xFE; LogonFlags 0x01 (Private); OpenFlags 0x0100040C
    (HOME_LOGON TAKE_OWNERSHIP NO_MAIL and 0x01000000, which the trace calls
    CLI_WITH_PER_MDB_FIX and MS-OXCSTOR 2.2.1.1.1 calls USE_PER_MDB_REPLID_MAPPING);
    LegacyDN /o=First Organization/ou=Exchange Administrative Group
    (FYDIBOHF23SPDLT)/cn=Recipients/cn=delegator1.
    RopOpenFolder request: ROPid 0x02, FID 0001-00174ea8cda0 (Inbox). Response: ROPid 0x02,
    HandleIndex 1 (HSOT=0x00000085), ReturnValue ecNone (0x00000000).
    """
    pcap = tshark.path("dlgt.pcap")
    oxgen.dcerpc_capture(pcap, [
        (EMSMDB_OPNUM_ECDORPCEXT2, oxgen.ecdorpcext2_request(oxgen.ext_buffer(LOGON_REQ)), None),
        (EMSMDB_OPNUM_ECDORPCEXT2, oxgen.ecdorpcext2_request(oxgen.ext_buffer(OPEN_FOLDER_REQ)),
         oxgen.ecdorpcext2_response(oxgen.ext_buffer(OPEN_FOLDER_RSP))),
    ])
    run = Run(tshark, pcap, "dcerpc.pkt_type == 0 && oxcrops", "dcerpc.pkt_type == 2 && oxcrops")
    run.assert_clean()
    q = run.req("oxcrops.rop_id", "oxcrops.logon.logon_flags", "oxcrops.logon.logon_flags.private",
                "oxcrops.logon.open_flags", "oxcrops.logon.open_flags.home_logon",
                "oxcrops.logon.open_flags.take_ownership", "oxcrops.logon.open_flags.no_mail",
                "oxcrops.logon.open_flags.use_per_mdb_replid_mapping", "oxcrops.logon.open_flags.public",
                "oxcrops.logon.store_state", "oxcrops.logon.essdn_size", "oxcrops.logon.essdn",
                "oxcrops.replica_id", "oxcrops.global_counter")
    assert ints(q["oxcrops.rop_id"]) == [0xFE, 0x02]
    assert ints(q["oxcrops.logon.logon_flags"]) == [0x01]
    assert ints(q["oxcrops.logon.logon_flags.private"]) == [1]
    assert ints(q["oxcrops.logon.open_flags"]) == [0x0100040C]
    for bit in ("home_logon", "take_ownership", "no_mail", "use_per_mdb_replid_mapping"):
        assert ints(q["oxcrops.logon.open_flags." + bit]) == [1], bit
    assert ints(q["oxcrops.logon.open_flags.public"]) == [0]
    assert ints(q["oxcrops.logon.store_state"]) == [0]
    assert ints(q["oxcrops.logon.essdn_size"]) == [len(DELEGATOR_DN) + 1]   # characters incl. the null
    assert q["oxcrops.logon.essdn"] == [DELEGATOR_DN]
    assert ints(q["oxcrops.replica_id"]) == [0x0001]
    assert ints(q["oxcrops.global_counter"]) == [0x00174EA8CDA0]
    r = run.rsp("oxcrops.rop_id", "oxcrops.output_handle_index", "oxcrops.object_handle", "oxcrops.return_value")
    assert ints(r["oxcrops.rop_id"]) == [0x02]
    assert ints(r["oxcrops.output_handle_index"]) == [1]
    assert ints(r["oxcrops.object_handle"]) == [0x00000085]
    assert ints(r["oxcrops.return_value"]) == [0x00000000]


# ---------------------------------------------------------------- the same vectors over MAPI/HTTP

MAPIHTTP_VECTORS = [
    ("get_contents_table", GET_CONTENTS_TABLE_REQ, None, check_get_contents_table),
    ("set_columns", SET_COLUMNS_6_REQ, None, check_set_columns_6),
    ("query_rows", QUERY_ROWS_REQ, None, check_query_rows_request),
    ("get_hierarchy_table", GET_HIERARCHY_TABLE_REQ, GET_HIERARCHY_TABLE_RSP, check_get_hierarchy_table),
    ("set_properties", SET_PROPERTIES_REQ, SET_PROPERTIES_RSP, check_set_properties),
    ("get_properties_specific", GET_PROPS_SPECIFIC_REQ, GET_PROPS_SPECIFIC_RSP,
     lambda run: (check_get_properties_specific_request(run), check_get_properties_specific_response(run))),
    ("submit_message", SUBMIT_MESSAGE_REQ, SUBMIT_MESSAGE_RSP, check_submit_message),
    ("release", RELEASE_REQ, None, check_release),
    ("empty", EMPTY_REQ, None, check_empty),
    ("backoff_logon", BACKOFF_LOGON_REQ, BACKOFF_LOGON_RSP, check_backoff_logon),
    ("backoff_rop", BACKOFF_ROP_REQ, BACKOFF_ROP_RSP, check_backoff_rop),
    ("rules", RULES_REQ, RULES_RSP, check_rules),
]


@pytest.mark.parametrize("name,request_buf,response_buf,check", MAPIHTTP_VECTORS,
                         ids=[v[0] for v in MAPIHTTP_VECTORS])
def test_mapihttp_execute(tshark, name, request_buf, response_buf, check):
    """The vectors above in MAPI/HTTP Execute bodies ([MS-OXCMAPIHTTP] 2.2.4.2.1 / 2.2.4.2.2),
    with the response after the meta-tags. The same field values are expected as with EcDoRpcExt2.
    """
    check(mapihttp_run(tshark, "mh_" + name, request_buf, response_buf))

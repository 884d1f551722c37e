# SPDX-License-Identifier: GPL-2.0-or-later
"""Table ROPs (MS-OXCROPS 2.2.5, MS-OXCTABL 2.2.2), restrictions (MS-OXCDATA 2.12) and
sort orders (MS-OXCDATA 2.13), request and response.

Each case sends request ROPs in an EcDoRpcExt2 request and their responses in the
response of the same call (MS-OXCRPC 3.1.4.2), then checks the values written by hand
in ropvec/table.py (or stated by the MS-OXCTABL 4.3 example): every expected value
follows from those bytes and the MS-OXCROPS / MS-OXCDATA layouts, never from the
plugin's output. Unless a test is about a bad buffer, the capture must decode without
an expert warning, undecoded bytes or a malformed packet.
"""
import pytest

from ropcheck import check, rop_call
from ropvec import table as v

HANDLES = [0x10, 0x11, 0x12, 0x13]   # [0] a Folder, [1] its contents table, [2] and [3] other tables
REQ = "dcerpc.pkt_type == 0 && oxcrops"
RSP = "dcerpc.pkt_type == 2 && oxcrops"
CATEGORY_ID = 0xB773F10000000001     # v.CATEGORY_ID read as a little-endian 64-bit value
SUBJECT, MESSAGE_FLAGS, IMPORTANCE = 0x0037001F, 0x0E070003, 0x00170003


def capture(tshark, name, request, response, clean=True):
    return rop_call(tshark, name, request, response, HANDLES, clean)


def shown(tshark, pcap, filter_):
    return tshark.run(["-r", tshark.readable(pcap), "-2", "-Y", filter_]).stdout


def messages(tshark, pcap):
    return [m for _, m in tshark.warnings(pcap)]


# Fields of the rows of v.QUERY_ROWS_RSP (MS-OXCDATA 2.8.1): a standard row "Hi", 1 and a
# flagged row "Lunch", ecNotFound.
ROWS = {"oxcrops.property_row.flag": [0x00, 0x01], "oxcrops.value.string": ["Hi", "Lunch"],
        "oxcrops.value.int32": [1], "oxcrops.value.flag": [0x00, 0x0A],
        "oxcrops.value.error_code": [0x8004010F]}
ONE_ROW = {"oxcrops.property_row.flag": [0x00], "oxcrops.value.string": ["Hi"], "oxcrops.value.int32": [1]}

# (name, request ROPs, response ROPs, request fields, response fields)
CASES = [
    ("set_columns", v.SET_COLUMNS_REQ, v.SET_COLUMNS_RSP,
     {"oxcrops.rop_id": [0x12], "oxcrops.input_handle_index": [1],
      "oxcrops.set_columns.set_columns_flags": [0x00], "oxcrops.set_columns.set_columns_flags.tbl_async": [0],
      "oxcrops.set_columns.property_tag_count": [2], "oxcrops.property_tag": [SUBJECT, MESSAGE_FLAGS]},
     {"oxcrops.set_columns.table_status": [0x00]}),
    ("set_columns_async", v.SET_COLUMNS_ASYNC_REQ, v.SET_COLUMNS_ASYNC_RSP,
     {"oxcrops.set_columns.set_columns_flags": [0x01], "oxcrops.set_columns.set_columns_flags.tbl_async": [1]},
     {"oxcrops.set_columns.table_status": [0x0B]}),
    ("sort_table", v.SORT_TABLE_REQ, v.SORT_TABLE_RSP,
     {"oxcrops.rop_id": [0x13], "oxcrops.sort_table.sort_table_flags": [0x01],
      "oxcrops.sort_table.sort_table_flags.tbl_async": [1],
      "oxcrops.sort_order_set.sort_order_count": [3], "oxcrops.sort_order_set.category_count": [2],
      "oxcrops.sort_order_set.expanded_count": [1],
      "oxcrops.property_tag": [IMPORTANCE, 0x0E060040, SUBJECT], "oxcrops.sort_order.order": [0x01, 0x04, 0x00]},
     {"oxcrops.sort_table.table_status": [0x09]}),
    ("restrict_all_types", v.RESTRICT_REQ, v.RESTRICT_RSP,
     {"oxcrops.rop_id": [0x14], "oxcrops.restrict.restrict_flags": [0x00],
      "oxcrops.restriction_data_size": [len(v.R_ALL)], "oxcrops.restriction.restrict_type": v.R_ALL_TYPES,
      "oxcrops.restriction.restrict_count": [8, 2, 2]},
     {"oxcrops.restrict.table_status": [0x00]}),
    ("restrict_none_async", v.RESTRICT_NONE_REQ, v.RESTRICT_ASYNC_RSP,
     {"oxcrops.restrict.restrict_flags": [0x01], "oxcrops.restrict.restrict_flags.tbl_async": [1],
      "oxcrops.restriction_data_size": [0], "oxcrops.restriction.restrict_type": []},
     {"oxcrops.restrict.table_status": [0x0E]}),
    ("query_rows", v.SET_COLUMNS_REQ + v.QUERY_ROWS_REQ, v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP,
     {"oxcrops.query_rows.query_rows_flags": [0x00], "oxcrops.query_rows.query_rows_flags.no_advance": [0],
      "oxcrops.query_rows.forward_read": [1], "oxcrops.query_rows.row_count": [2]},
     dict(ROWS, **{"oxcrops.query_rows.origin": [0x02], "oxcrops.query_rows.row_count": [2],
                   "oxcrops.query_rows.row_data": []})),
    ("query_rows_backwards_empty", v.QUERY_ROWS_BACK_REQ, v.QUERY_ROWS_EMPTY_RSP,
     {"oxcrops.query_rows.query_rows_flags": [0x03], "oxcrops.query_rows.query_rows_flags.no_advance": [1],
      "oxcrops.query_rows.query_rows_flags.enable_packed_buffers": [1],
      "oxcrops.query_rows.forward_read": [0], "oxcrops.query_rows.row_count": [1]},
     {"oxcrops.query_rows.origin": [0x00], "oxcrops.query_rows.row_count": [0],
      "oxcrops.property_row.flag": []}),
    ("abort", v.ABORT_REQ, v.ABORT_RSP,
     {"oxcrops.rop_id": [0x38], "oxcrops.input_handle_index": [1]},
     {"oxcrops.rop_id": [0x38], "oxcrops.abort.table_status": [0x00]}),
    ("get_status", v.GET_STATUS_REQ, v.GET_STATUS_RSP,
     {"oxcrops.rop_id": [0x16]}, {"oxcrops.get_status.table_status": [0x0E]}),
    ("query_position", v.QUERY_POSITION_REQ, v.QUERY_POSITION_RSP,
     {"oxcrops.rop_id": [0x17]},
     {"oxcrops.query_position.numerator": [5], "oxcrops.query_position.denominator": [10]}),
    ("seek_row", v.SEEK_ROW_REQ, v.SEEK_ROW_RSP,
     {"oxcrops.seek_row.origin": [0x01], "oxcrops.seek_row.row_count": [-3],
      "oxcrops.seek_row.want_row_moved_count": [1]},
     {"oxcrops.seek_row.has_sought_less": [1], "oxcrops.seek_row.rows_sought": [-2]}),
    ("seek_row_bookmark", v.SEEK_ROW_BOOKMARK_REQ, v.SEEK_ROW_BOOKMARK_RSP,
     {"oxcrops.seek_row_bookmark.bookmark_size": [4], "oxcrops.seek_row_bookmark.bookmark": ["aabbccdd"],
      "oxcrops.seek_row_bookmark.row_count": [5], "oxcrops.seek_row_bookmark.want_row_moved_count": [1]},
     {"oxcrops.seek_row_bookmark.row_no_longer_visible": [0], "oxcrops.seek_row_bookmark.has_sought_less": [0],
      "oxcrops.seek_row_bookmark.rows_sought": [5]}),
    ("seek_row_bookmark_failure", v.SEEK_ROW_BOOKMARK_REQ, v.SEEK_ROW_BOOKMARK_FAIL,
     {"oxcrops.seek_row_bookmark.bookmark": ["aabbccdd"]},
     {"oxcrops.return_value": [0x80040405], "oxcrops.seek_row_bookmark.rows_sought": []}),
    ("seek_row_fractional", v.SEEK_ROW_FRACTIONAL_REQ, v.SEEK_ROW_FRACTIONAL_RSP,
     {"oxcrops.seek_row_fractional.numerator": [1], "oxcrops.seek_row_fractional.denominator": [2]},
     {"oxcrops.rop_id": [0x1A], "oxcrops.return_value": [0]}),
    ("create_bookmark", v.CREATE_BOOKMARK_REQ, v.CREATE_BOOKMARK_RSP,
     {"oxcrops.rop_id": [0x1B]},
     {"oxcrops.create_bookmark.bookmark_size": [4], "oxcrops.create_bookmark.bookmark": ["aabbccdd"]}),
    ("free_bookmark", v.FREE_BOOKMARK_REQ, v.FREE_BOOKMARK_RSP,
     {"oxcrops.free_bookmark.bookmark_size": [4], "oxcrops.free_bookmark.bookmark": ["aabbccdd"]},
     {"oxcrops.rop_id": [0x89], "oxcrops.return_value": [0]}),
    ("query_columns_all", v.QUERY_COLUMNS_ALL_REQ, v.QUERY_COLUMNS_ALL_RSP,
     {"oxcrops.rop_id": [0x37]},
     {"oxcrops.query_columns_all.property_tag_count": [2], "oxcrops.property_tag": [SUBJECT, MESSAGE_FLAGS]}),
    ("find_row", v.SET_COLUMNS_REQ + v.FIND_ROW_REQ, v.SET_COLUMNS_RSP + v.FIND_ROW_RSP,
     {"oxcrops.find_row.find_row_flags": [0x01], "oxcrops.find_row.find_row_flags.backward": [1],
      "oxcrops.restriction_data_size": [len(v.R_PROPERTY)], "oxcrops.restriction.restrict_type": [0x04],
      "oxcrops.restriction.relop": [0x04], "oxcrops.find_row.origin": [0x03],
      "oxcrops.find_row.bookmark_size": [4], "oxcrops.find_row.bookmark": ["aabbccdd"]},
     dict(ONE_ROW, **{"oxcrops.find_row.row_no_longer_visible": [0], "oxcrops.find_row.has_row_data": [1],
                      "oxcrops.find_row.row_data": []})),
    ("find_row_no_row_data", v.FIND_ROW_REQ, v.FIND_ROW_NO_DATA_RSP,
     {"oxcrops.find_row.origin": [0x03]},
     {"oxcrops.find_row.row_no_longer_visible": [1], "oxcrops.find_row.has_row_data": [0],
      "oxcrops.property_row.flag": [], "oxcrops.find_row.row_data": []}),
    ("find_row_failure", v.FIND_ROW_REQ, v.FIND_ROW_FAIL,
     {"oxcrops.find_row.origin": [0x03]},
     {"oxcrops.return_value": [0x8004010F], "oxcrops.find_row.has_row_data": []}),
    ("expand_row", v.SET_COLUMNS_REQ + v.EXPAND_ROW_REQ, v.SET_COLUMNS_RSP + v.EXPAND_ROW_RSP,
     {"oxcrops.expand_row.max_row_count": [5], "oxcrops.expand_row.category_id": [CATEGORY_ID]},
     dict(ONE_ROW, **{"oxcrops.expand_row.expanded_row_count": [3], "oxcrops.expand_row.row_count": [1]})),
    ("collapse_row", v.COLLAPSE_ROW_REQ, v.COLLAPSE_ROW_RSP,
     {"oxcrops.collapse_row.category_id": [CATEGORY_ID]},
     {"oxcrops.collapse_row.collapsed_row_count": [3]}),
    ("get_collapse_state", v.GET_COLLAPSE_STATE_REQ, v.GET_COLLAPSE_STATE_RSP,
     {"oxcrops.get_collapse_state.row_id": [CATEGORY_ID], "oxcrops.get_collapse_state.row_instance_number": [0]},
     {"oxcrops.get_collapse_state.collapse_state_size": [6],
      "oxcrops.get_collapse_state.collapse_state": ["010203040506"]}),
    ("set_collapse_state", v.SET_COLLAPSE_STATE_REQ, v.SET_COLLAPSE_STATE_RSP,
     {"oxcrops.set_collapse_state.collapse_state_size": [6],
      "oxcrops.set_collapse_state.collapse_state": ["010203040506"]},
     {"oxcrops.set_collapse_state.bookmark_size": [4], "oxcrops.set_collapse_state.bookmark": ["aabbccdd"]}),
    ("reset_table", v.RESET_TABLE_REQ, v.RESET_TABLE_RSP,
     {"oxcrops.rop_id": [0x81], "oxcrops.input_handle_index": [1]},
     {"oxcrops.rop_id": [0x81], "oxcrops.return_value": [0]}),
]


@pytest.mark.parametrize("name,request_rops,response_rops,req_expect,rsp_expect", CASES, ids=[c[0] for c in CASES])
def test_table_rop(tshark, name, request_rops, response_rops, req_expect, rsp_expect):
    pcap = capture(tshark, name, request_rops, response_rops)
    check(tshark, pcap, REQ, req_expect)
    check(tshark, pcap, RSP, rsp_expect)


def test_oxctabl_4_3_sort_table_example(tshark):
    """MS-OXCTABL 4.3.1 / 4.3.2. The example's request uses InputHandleIndex 0 and its
    response 1, so they cannot answer each other: the request is sent alone, and the
    response answers v.SORT_TABLE_NONE_REQ (InputHandleIndex 1)."""
    pcap = capture(tshark, "sort_spec", v.SORT_TABLE_SPEC_REQ, None)
    check(tshark, pcap, REQ, {
        "oxcrops.rop_id": [0x13], "oxcrops.logon_id": [0x00], "oxcrops.input_handle_index": [0x00],
        "oxcrops.sort_table.sort_table_flags": [0x00],          # "Perform the operation synchronously"
        "oxcrops.sort_order_set.sort_order_count": [2], "oxcrops.sort_order_set.category_count": [1],
        "oxcrops.sort_order_set.expanded_count": [1],           # "All categories are expanded"
        "oxcrops.property_tag": [0x8008301F, 0x0E060040],
        "oxcrops.property_type": [0x301F, 0x0040],             # MultivalueInstance | PtypMultipleString
        "oxcrops.sort_order.order": [0x00, 0x01]})              # TABLE_SORT_ASCEND, TABLE_SORT_DESCEND
    pcap = capture(tshark, "sort_spec_rsp", v.SORT_TABLE_NONE_REQ, v.SORT_TABLE_SPEC_RSP)
    check(tshark, pcap, REQ, {"oxcrops.sort_order_set.sort_order_count": [0], "oxcrops.sort_order.order": []})
    check(tshark, pcap, RSP, {
        "oxcrops.rop_id": [0x13], "oxcrops.input_handle_index": [0x01], "oxcrops.return_value": [0],
        "oxcrops.sort_table.table_status": [0x00]})             # TBLSTAT_COMPLETE


# Each restriction type on its own in a RopRestrict request (MS-OXCDATA 2.12).
RESTRICTIONS = [
    ("and_not_exist", v.R_AND,
     {"oxcrops.restriction.restrict_type": [0x00, 0x08, 0x02, 0x08], "oxcrops.restriction.restrict_count": [2],
      "oxcrops.property_tag": [SUBJECT, IMPORTANCE]}),
    ("or_property_bitmask", v.R_OR,
     {"oxcrops.restriction.restrict_type": [0x01, 0x04, 0x06], "oxcrops.restriction.restrict_count": [2],
      "oxcrops.restriction.relop": [0x04], "oxcrops.property_tag": [IMPORTANCE, IMPORTANCE, MESSAGE_FLAGS],
      "oxcrops.value.int32": [2], "oxcrops.restriction.bitmap_relop": [0x01],
      "oxcrops.restriction.mask": [0x00000001]}),
    ("content", v.R_CONTENT,
     {"oxcrops.restriction.restrict_type": [0x03], "oxcrops.restriction.fuzzy_level_low": [0x0001],
      "oxcrops.restriction.fuzzy_level_high": [0x0005],
      "oxcrops.restriction.fuzzy_level_high.fl_ignorecase": [1],
      "oxcrops.restriction.fuzzy_level_high.fl_ignorenonspace": [0],
      "oxcrops.restriction.fuzzy_level_high.fl_loose": [1],
      "oxcrops.property_tag": [SUBJECT, SUBJECT], "oxcrops.value.string": ["Hi"]}),
    ("compare_properties", v.R_COMPARE,
     {"oxcrops.restriction.restrict_type": [0x05], "oxcrops.restriction.relop": [0x02],
      "oxcrops.property_tag": [0x0E060040, 0x00390040]}),
    ("size", v.R_SIZE,
     {"oxcrops.restriction.restrict_type": [0x07], "oxcrops.restriction.relop": [0x00],
      "oxcrops.property_tag": [0x1000001F], "oxcrops.restriction.size": [1024]}),
    ("exist", v.EXIST_SUBJECT,
     {"oxcrops.restriction.restrict_type": [0x08], "oxcrops.property_tag": [SUBJECT]}),
    ("subobject", v.R_SUBOBJECT,
     {"oxcrops.restriction.restrict_type": [0x09, 0x04], "oxcrops.restriction.subobject": [0x0E12000D],
      "oxcrops.restriction.relop": [0x04], "oxcrops.property_tag": [0x0C150003, 0x0C150003],
      "oxcrops.value.int32": [1]}),
    ("comment", v.R_COMMENT,
     {"oxcrops.restriction.restrict_type": [0x0A, 0x08], "oxcrops.restriction.tagged_values_count": [1],
      "oxcrops.property_tag": [0x3001001F, SUBJECT], "oxcrops.value.string": ["Me"],
      "oxcrops.restriction.restriction_present": [0x01]}),
    ("comment_without_restriction", v.R_COMMENT_ONLY,
     {"oxcrops.restriction.restrict_type": [0x0A], "oxcrops.restriction.tagged_values_count": [1],
      "oxcrops.value.string": ["Me"], "oxcrops.restriction.restriction_present": [0x00]}),
    ("count", v.R_COUNT,
     {"oxcrops.restriction.restrict_type": [0x0B, 0x08], "oxcrops.restriction.count": [10],
      "oxcrops.property_tag": [SUBJECT]}),
    ("ptyp_restriction_value", v.R_NESTED_VALUE,
     {"oxcrops.restriction.restrict_type": [0x04, 0x08], "oxcrops.restriction.relop": [0x04],
      "oxcrops.property_tag": [0x679D00FD, 0x679D00FD, SUBJECT]}),
]


@pytest.mark.parametrize("name,restriction,expect", RESTRICTIONS, ids=[r[0] for r in RESTRICTIONS])
def test_restriction(tshark, name, restriction, expect):
    pcap = capture(tshark, "r_" + name, v.restrict_request(restriction), v.RESTRICT_RSP)
    check(tshark, pcap, REQ, dict(expect, **{"oxcrops.restriction_data_size": [len(restriction)]}))


def test_all_vectors_in_one_buffer(tshark):
    """Every vector of ropvec/table.py in one request buffer and one response buffer."""
    pcap = capture(tshark, "all", b"".join(x.request for x in v.VECTORS), b"".join(x.response for x in v.VECTORS))
    ids = [x.rop_id for x in v.VECTORS]
    check(tshark, pcap, REQ, {"oxcrops.rop_id": ids})
    check(tshark, pcap, RSP, {"oxcrops.rop_id": ids,
                              "oxcrops.property_row.flag": [0x00, 0x01, 0x00, 0x00]})


def test_ptyp_restriction_column(tshark):
    """A PtypRestriction column (PidTagRuleCondition) in a row: MS-OXCDATA 2.11.1 / 2.12."""
    pcap = capture(tshark, "rules", v.SET_COLUMNS_RULES_REQ + v.QUERY_ROWS_REQ,
                   v.SET_COLUMNS_RSP + v.QUERY_ROWS_RULES_RSP)
    check(tshark, pcap, RSP, {
        "oxcrops.query_rows.row_count": [1], "oxcrops.value.int64": [1],
        "oxcrops.restriction.restrict_type": [0x03], "oxcrops.restriction.fuzzy_level_low": [0x0001],
        "oxcrops.property_tag": [0x66740014, 0x679D00FD, SUBJECT, SUBJECT], "oxcrops.value.string": ["Hi"]})


def test_rows_without_columns(tshark):
    """No RopSetColumns in the call: rows are shown as bytes with a note, never guessed."""
    pcap = capture(tshark, "nocols", v.QUERY_ROWS_REQ, v.QUERY_ROWS_RSP)
    check(tshark, pcap, RSP, {"oxcrops.query_rows.row_count": [2], "oxcrops.property_row.flag": []})
    assert tshark.values(pcap, "oxcrops.query_rows.row_data", RSP) == [(v.ROW_STANDARD + v.ROW_FLAGGED).hex()]
    assert shown(tshark, pcap, "oxcrops.no_context") != ""
    for req, rsp, field in ((v.FIND_ROW_REQ, v.FIND_ROW_RSP, "oxcrops.find_row.row_data"),
                            (v.EXPAND_ROW_REQ, v.EXPAND_ROW_RSP, "oxcrops.expand_row.row_data")):
        pcap = capture(tshark, field, req, rsp)
        assert tshark.values(pcap, field, RSP) == [v.ROW_STANDARD.hex()]


def test_reset_table_forgets_columns(tshark):
    """MS-OXCTABL 3.1.5: after RopResetTable, RopSetColumns MUST be sent again; rows that
    follow in the same call are no longer typed by the earlier columns."""
    pcap = capture(tshark, "reset", v.SET_COLUMNS_REQ + v.RESET_TABLE_REQ + v.QUERY_ROWS_REQ,
                   v.SET_COLUMNS_RSP + v.RESET_TABLE_RSP + v.QUERY_ROWS_RSP)
    check(tshark, pcap, RSP, {"oxcrops.rop_id": [0x12, 0x81, 0x15], "oxcrops.property_row.flag": []})
    assert tshark.values(pcap, "oxcrops.query_rows.row_data", RSP) == [(v.ROW_STANDARD + v.ROW_FLAGGED).hex()]


@pytest.mark.parametrize("name,level", [
    ("not", b"\x02"),                                                  # NotRestriction
    ("ptyp_restriction", v.h("04 04") + v.RULE_CONDITION + v.RULE_CONDITION),  # through a PtypRestriction value
])
def test_nesting_limit(tshark, name, level):
    """40 nested restrictions: past the depth limit the restriction stops with
    oxcrops.too_deep; RestrictionDataSize bounds it, so the next ROP still decodes."""
    restriction = level * 40 + v.EXIST_SUBJECT
    pcap = capture(tshark, "deep_" + name, v.restrict_request(restriction) + v.GET_STATUS_REQ, None, clean=False)
    assert shown(tshark, pcap, "oxcrops.too_deep") != ""      # PI_MALFORMED: it also sets _ws.malformed
    assert shown(tshark, pcap, "oxcrops.truncated or oxcrops.undecoded") == ""
    check(tshark, pcap, REQ, {"oxcrops.rop_id": [0x14, 0x16]})
    assert len(tshark.values(pcap, "oxcrops.restriction.restrict_type", REQ)) < 40


BAD = [
    # RestrictType 0x0C is not defined (MS-OXCDATA 2.12): the restriction stops, the ROP goes on.
    ("undefined_type", v.restrict_request(v.h("00 02 00") + v.EXIST_SUBJECT + v.h("0c 01 02")),
     "RestrictType 0x0c is not defined"),
    # PtypRestriction has no multi-valued form (type 0x10FD).
    ("mv_restriction", v.restrict_request(v.h("04 04 fd 10 9d 67 fd 10 9d 67 01 00 00 00")),
     "PtypRestriction has no multi-valued form"),
    # RestrictionDataSize 7 for a 5-byte ExistRestriction.
    ("trailing", v.h("14 00 01 00 07 00") + v.EXIST_SUBJECT + v.h("00 00"),
     "2 bytes of RestrictionData follow the restriction"),
    # RelOp 0x06 (RELOP_RE) is not listed in MS-OXCDATA 2.12.5.1.
    ("relop", v.restrict_request(v.h("04 06") + v.SUBJECT + v.SUBJECT + v.utf16z("x")),
     "RelOp 0x6 is not a value"),
    # FuzzyLevelHigh 0x0008 is not defined.
    ("fuzzy_high", v.restrict_request(v.h("03 00 00 08 00") + v.SUBJECT + v.SUBJECT + v.utf16z("x")),
     "Undefined bits set: 0x8"),
    # BitMaskRestriction on a PtypString property (MUST be PtypInteger32).
    ("bitmask_type", v.restrict_request(v.h("06 00") + v.SUBJECT + v.h("01 00 00 00")),
     "PropTag MUST be PtypInteger32"),
    # CompareProperties of two types.
    ("compare_types", v.restrict_request(v.h("05 04") + v.SUBJECT + v.IMPORTANCE),
     "PropTag2 MUST have the type of PropTag1"),
    # Subobject other than PidTagMessageRecipients / PidTagMessageAttachments.
    ("subobject", v.restrict_request(v.h("09") + v.SUBJECT + v.EXIST_SUBJECT),
     "Subobject 0x37001f is not a value"),
    # RestrictionPresent 0x02 (MUST be 0x00 or 0x01): read as TRUE.
    ("restriction_present", v.restrict_request(v.h("0a 00 02") + v.EXIST_SUBJECT),
     "RestrictionPresent 0x02 is neither TRUE"),
    # A CommentRestriction value that is multi-valued (PtypMultipleInteger32, 1 value).
    ("comment_mv", v.restrict_request(v.h("0a 01 03 10 17 00 01 00 00 00 02 00 00 00 00")),
     "MUST NOT be multi-valued"),
    # SortTableFlags 0x02 (only TBL_ASYNC is defined), CategoryCount 2 > SortOrderCount 1,
    # ExpandedCount 3 > CategoryCount 2.
    ("sort_counts", v.h("13 00 01 02 01 00 02 00 03 00") + v.SUBJECT + v.h("00"),
     "CategoryCount 2 exceeds SortOrderCount 1"),
    ("sort_flags", v.h("13 00 01 02 00 00 00 00 00 00"), "Undefined bits set: 0x2"),
    # Order 0x02 is not defined; MultivalueFlag without MultivalueInstance (0x101F);
    # two multi-valued sort orders.
    ("sort_order", v.h("13 00 01 00 02 00 00 00 00 00 1f 10 37 00 02 1f 30 08 80 00"),
     "Order 0x2 is not a value"),
]


@pytest.mark.parametrize("name,request_rops,message", BAD, ids=[b[0] for b in BAD])
def test_bad_values(tshark, name, request_rops, message):
    """Values the specs do not allow get an expert item; the walk goes on to the next ROP."""
    pcap = capture(tshark, "bad_" + name, request_rops + v.GET_STATUS_REQ, None, clean=False)
    assert any(message in m for m in messages(tshark, pcap)), messages(tshark, pcap)
    assert shown(tshark, pcap, "_ws.malformed or oxcrops.truncated or oxcrops.undecoded") == ""
    assert tshark.values(pcap, "oxcrops.rop_id", REQ)[-1] == "0x16"


def test_sort_order_multivalue_rules(tshark):
    pcap = capture(tshark, "sort_mv", v.h("13 00 01 00 02 00 00 00 00 00 1f 10 37 00 00 1f 30 08 80 00"),
                   None, clean=False)
    got = messages(tshark, pcap)
    assert any("MultivalueFlag and MultivalueInstance MUST be set together" in m for m in got), got
    assert any("2 SortOrders name a multi-valued property" in m for m in got), got


def test_restriction_overruns_its_size(tshark):
    """RestrictionDataSize 3 for a 5-byte ExistRestriction: malformed, never read past the field."""
    pcap = capture(tshark, "overrun", v.h("14 00 01 00 03 00") + v.EXIST_SUBJECT, None, clean=False)
    assert shown(tshark, pcap, "oxcrops.truncated or _ws.malformed") != ""

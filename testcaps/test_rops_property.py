# SPDX-License-Identifier: GPL-2.0-or-later
"""Property (MS-OXCROPS 2.2.8, MS-OXCPRPT) and stream (MS-OXCROPS 2.2.9) ROPs.

Each test sends one vector of ropvec/property.py (a request and its response in
one EcDoRpcExt2 call, so that the response is paired with the request) and
checks the values the vector's comment states: worked out by hand from the
MS-OXCROPS layouts, or given by the spec examples (MS-OXCPRPT 4.1.2, 4.4.1.1,
4.5; MS-OXCPERM 4.1). Every capture must decode with no warning, nothing left
undecoded and nothing malformed (Run.assert_clean).
"""
import pytest

import oxgen
from ropvec import HANDLE_COUNT
from ropvec import property as pv
from test_rops_spec import dcerpc_run, ints

FREE = 0xFFFFFFFF
# 0 = the Message, 1 = a Stream, 2 = a second Stream / the copy destination, 3 = free
REQ_HANDLES = [0x71, 0x72, 0x73, FREE]
RSP_HANDLES = [0x71, 0x72, 0x73, 0x74]


def run(tshark, name, req, rsp, req_handles=REQ_HANDLES, rsp_handles=RSP_HANDLES):
    return dcerpc_run(tshark, name, oxgen.rop_buffer(req, req_handles), oxgen.rop_buffer(rsp, rsp_handles))


def check_common_rsp(r, rop_id, index, return_value, index_field="oxcrops.input_handle_index"):
    d = r.rsp("oxcrops.rop_id", index_field, "oxcrops.return_value", "oxcrops.request_frame")
    assert ints(d["oxcrops.rop_id"]) == [rop_id]
    assert ints(d[index_field]) == [index]
    assert ints(d["oxcrops.return_value"]) == [return_value]
    assert len(set(d["oxcrops.request_frame"])) == 1


# ---------------------------------------------------------------- named properties

def test_get_property_ids_from_names(tshark):
    r = run(tshark, "gpifn", pv.GPIFN_REQ, pv.GPIFN_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index",
              "oxcrops.get_property_ids_from_names.flags", "oxcrops.get_property_ids_from_names.flags.create",
              "oxcrops.get_property_ids_from_names.property_name_count", "oxcrops.property_name.kind",
              "oxcrops.property_name.guid", "oxcrops.property_name.lid", "oxcrops.property_name.name_size",
              "oxcrops.property_name.name")
    assert ints(q["oxcrops.rop_id"]) == [0x56]
    assert ints(q["oxcrops.logon_id"]) == [0]
    assert ints(q["oxcrops.input_handle_index"]) == [0]
    assert ints(q["oxcrops.get_property_ids_from_names.flags"]) == [0x02]
    assert ints(q["oxcrops.get_property_ids_from_names.flags.create"]) == [1]
    assert ints(q["oxcrops.get_property_ids_from_names.property_name_count"]) == [2]
    assert ints(q["oxcrops.property_name.kind"]) == [0x00, 0x01]
    assert q["oxcrops.property_name.guid"] == [pv.PSETID_COMMON, pv.PS_PUBLIC_STRINGS]
    assert ints(q["oxcrops.property_name.lid"]) == [pv.LID_REMINDER_SET]
    assert ints(q["oxcrops.property_name.name_size"]) == [2 * len(pv.NAME_KEYWORDS) + 2]
    assert q["oxcrops.property_name.name"] == [pv.NAME_KEYWORDS]
    guids = r.shownames("req", "oxcrops.property_name.guid")
    assert "PSETID_Common" in guids[0] and "PS_PUBLIC_STRINGS" in guids[1], guids
    # MS-OXCPRPT 4.1.2
    check_common_rsp(r, 0x56, 0, 0)
    d = r.rsp("oxcrops.get_property_ids_from_names.property_id_count",
              "oxcrops.get_property_ids_from_names.property_id")
    assert ints(d["oxcrops.get_property_ids_from_names.property_id_count"]) == [2]
    assert ints(d["oxcrops.get_property_ids_from_names.property_id"]) == [0x863E, 0x863F]


def test_get_names_from_property_ids(tshark):
    r = run(tshark, "gnfpi", pv.GNFPI_REQ, pv.GNFPI_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.get_names_from_property_ids.property_id_count",
              "oxcrops.get_names_from_property_ids.property_id")
    assert ints(q["oxcrops.rop_id"]) == [0x55]
    assert ints(q["oxcrops.get_names_from_property_ids.property_id_count"]) == [3]
    assert ints(q["oxcrops.get_names_from_property_ids.property_id"]) == [0x863E, 0x863F, 0x0037]
    check_common_rsp(r, 0x55, 0, 0)
    d = r.rsp("oxcrops.get_names_from_property_ids.property_name_count", "oxcrops.property_name.kind",
              "oxcrops.property_name.guid", "oxcrops.property_name.lid")
    assert ints(d["oxcrops.get_names_from_property_ids.property_name_count"]) == [3]
    assert ints(d["oxcrops.property_name.kind"]) == [0x00, 0xFF, 0x00]
    assert d["oxcrops.property_name.guid"] == [pv.PSETID_COMMON, "00000000-0000-0000-0000-000000000000",
                                               pv.PS_MAPI]
    assert ints(d["oxcrops.property_name.lid"]) == [pv.LID_REMINDER_SET, 0x0037]
    assert "PS_MAPI" in r.shownames("rsp", "oxcrops.property_name.guid")[2]


def test_query_named_properties(tshark):
    r = run(tshark, "qnp", pv.QNP_REQ, pv.QNP_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.query_named_properties.query_flags",
              "oxcrops.query_named_properties.query_flags.no_strings",
              "oxcrops.query_named_properties.query_flags.no_ids", "oxcrops.query_named_properties.has_guid",
              "oxcrops.query_named_properties.property_guid")
    assert ints(q["oxcrops.rop_id"]) == [0x5F]
    assert ints(q["oxcrops.query_named_properties.query_flags"]) == [0x01]
    assert ints(q["oxcrops.query_named_properties.query_flags.no_strings"]) == [1]
    assert ints(q["oxcrops.query_named_properties.query_flags.no_ids"]) == [0]
    assert ints(q["oxcrops.query_named_properties.has_guid"]) == [1]
    assert q["oxcrops.query_named_properties.property_guid"] == [pv.PSETID_COMMON]
    check_common_rsp(r, 0x5F, 0, 0)
    d = r.rsp("oxcrops.query_named_properties.id_count", "oxcrops.query_named_properties.property_id",
              "oxcrops.property_name.kind", "oxcrops.property_name.lid")
    assert ints(d["oxcrops.query_named_properties.id_count"]) == [2]
    assert ints(d["oxcrops.query_named_properties.property_id"]) == [0x8001, 0x8002]
    assert ints(d["oxcrops.property_name.kind"]) == [0, 0]
    assert ints(d["oxcrops.property_name.lid"]) == [0x8503, 0x8560]


def test_query_named_properties_without_guid(tshark):
    r = run(tshark, "qnp_noguid", pv.QNP_NOGUID_REQ, pv.QNP_EMPTY_RSP)
    q = r.req("oxcrops.query_named_properties.query_flags.no_ids", "oxcrops.query_named_properties.has_guid",
              "oxcrops.query_named_properties.property_guid")
    assert ints(q["oxcrops.query_named_properties.query_flags.no_ids"]) == [1]
    assert ints(q["oxcrops.query_named_properties.has_guid"]) == [0]
    assert q["oxcrops.query_named_properties.property_guid"] == []
    assert ints(r.rsp1("oxcrops.query_named_properties.id_count")) == [0]


# ---------------------------------------------------------------- get / set / delete

def test_get_properties_all(tshark):
    r = run(tshark, "gpa", pv.GPA_REQ, pv.GPA_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.get_properties_all.property_size_limit",
              "oxcrops.get_properties_all.want_unicode")
    assert ints(q["oxcrops.rop_id"]) == [0x08]
    assert ints(q["oxcrops.get_properties_all.property_size_limit"]) == [0]
    assert ints(q["oxcrops.get_properties_all.want_unicode"]) == [1]
    check_common_rsp(r, 0x08, 0, 0)
    d = r.rsp("oxcrops.get_properties_all.property_value_count", "oxcrops.property_tag", "oxcrops.value.int32",
              "oxcrops.value.string")
    assert ints(d["oxcrops.get_properties_all.property_value_count"]) == [2]
    assert ints(d["oxcrops.property_tag"]) == [pv.TAG_MESSAGE_FLAGS, pv.TAG_SUBJECT]
    assert ints(d["oxcrops.value.int32"]) == [1]
    assert d["oxcrops.value.string"] == ["Hi"]


def test_get_properties_list(tshark):
    r = run(tshark, "gpl", pv.GPL_REQ, pv.GPL_RSP)
    assert ints(r.req1("oxcrops.rop_id")) == [0x09]
    check_common_rsp(r, 0x09, 0, 0)
    d = r.rsp("oxcrops.get_properties_list.property_tag_count", "oxcrops.property_tag")
    assert ints(d["oxcrops.get_properties_list.property_tag_count"]) == [2]
    assert ints(d["oxcrops.property_tag"]) == [pv.TAG_SUBJECT, pv.TAG_MESSAGE_FLAGS]


def test_set_properties_no_replicate(tshark):
    r = run(tshark, "spnr", pv.SPNR_REQ, pv.SPNR_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.set_properties.property_value_size",
              "oxcrops.set_properties.property_value_count", "oxcrops.property_tag", "oxcrops.value.int32")
    assert ints(q["oxcrops.rop_id"]) == [0x79]
    assert ints(q["oxcrops.set_properties.property_value_size"]) == [10]
    assert ints(q["oxcrops.set_properties.property_value_count"]) == [1]
    assert ints(q["oxcrops.property_tag"]) == [pv.TAG_MESSAGE_FLAGS]
    assert ints(q["oxcrops.value.int32"]) == [1]
    check_common_rsp(r, 0x79, 0, 0)
    d = r.rsp("oxcrops.set_properties.property_problem_count", "oxcrops.property_tag")
    assert ints(d["oxcrops.set_properties.property_problem_count"]) == [1]
    assert ints(d["oxcrops.property_tag"]) == [pv.TAG_MESSAGE_FLAGS]


@pytest.mark.parametrize("name,req,rsp,rop_id,tags,problems", [
    ("dp", pv.DP_REQ, pv.DP_RSP, 0x0B, [pv.TAG_SUBJECT, pv.TAG_MESSAGE_FLAGS], 0),
    ("dpnr", pv.DPNR_REQ, pv.DPNR_RSP, 0x7A, [pv.TAG_SUBJECT], 1),
])
def test_delete_properties(tshark, name, req, rsp, rop_id, tags, problems):
    r = run(tshark, name, req, rsp)
    q = r.req("oxcrops.rop_id", "oxcrops.delete_properties.property_tag_count", "oxcrops.property_tag")
    assert ints(q["oxcrops.rop_id"]) == [rop_id]
    assert ints(q["oxcrops.delete_properties.property_tag_count"]) == [len(tags)]
    assert ints(q["oxcrops.property_tag"]) == tags
    check_common_rsp(r, rop_id, 0, 0)
    assert ints(r.rsp1("oxcrops.delete_properties.property_problem_count")) == [problems]


# ---------------------------------------------------------------- copy ROPs and RopProgress

def check_copy_request(r, rop_id, source, dest):
    q = r.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.source_handle_index", "oxcrops.dest_handle_index",
              "oxcrops.object_handle")
    assert ints(q["oxcrops.rop_id"]) == [rop_id]
    assert ints(q["oxcrops.logon_id"]) == [0]
    assert ints(q["oxcrops.source_handle_index"]) == [source]
    assert ints(q["oxcrops.dest_handle_index"]) == [dest]
    assert ints(q["oxcrops.object_handle"]) == [REQ_HANDLES[source], REQ_HANDLES[dest]]


def check_copy_response(r, rop_id, source, return_value, dest=None):
    d = r.rsp("oxcrops.rop_id", "oxcrops.source_handle_index", "oxcrops.return_value", "oxcrops.dest_handle_index",
              "oxcrops.request_frame")
    assert ints(d["oxcrops.rop_id"]) == [rop_id]
    assert ints(d["oxcrops.source_handle_index"]) == [source]
    assert ints(d["oxcrops.return_value"]) == [return_value]
    assert ints(d["oxcrops.dest_handle_index"]) == ([] if dest is None else [dest])
    assert len(set(d["oxcrops.request_frame"])) == 1


def test_copy_properties(tshark):
    r = run(tshark, "cp", pv.CP_REQ, pv.CP_RSP)
    check_copy_request(r, 0x67, 0, 2)
    q = r.req("oxcrops.copy_properties.want_asynchronous", "oxcrops.copy_properties.copy_flags",
              "oxcrops.copy_properties.copy_flags.move", "oxcrops.copy_properties.copy_flags.no_overwrite",
              "oxcrops.copy_properties.property_tag_count", "oxcrops.property_tag")
    assert ints(q["oxcrops.copy_properties.want_asynchronous"]) == [0]
    assert ints(q["oxcrops.copy_properties.copy_flags"]) == [0x02]
    assert ints(q["oxcrops.copy_properties.copy_flags.move"]) == [0]
    assert ints(q["oxcrops.copy_properties.copy_flags.no_overwrite"]) == [1]
    assert ints(q["oxcrops.copy_properties.property_tag_count"]) == [1]
    assert ints(q["oxcrops.property_tag"]) == [pv.TAG_SUBJECT]
    check_copy_response(r, 0x67, 0, 0)
    assert ints(r.rsp1("oxcrops.copy_properties.property_problem_count")) == [0]


def test_copy_to(tshark):
    r = run(tshark, "ct", pv.CT_REQ, pv.CT_RSP)
    check_copy_request(r, 0x39, 0, 2)
    q = r.req("oxcrops.copy_to.want_asynchronous", "oxcrops.copy_to.want_sub_objects",
              "oxcrops.copy_to.copy_flags", "oxcrops.copy_to.copy_flags.move",
              "oxcrops.copy_to.copy_flags.no_overwrite", "oxcrops.copy_to.excluded_tag_count",
              "oxcrops.property_tag")
    assert ints(q["oxcrops.copy_to.want_asynchronous"]) == [0]
    assert ints(q["oxcrops.copy_to.want_sub_objects"]) == [1]
    assert ints(q["oxcrops.copy_to.copy_flags"]) == [0x01]
    assert ints(q["oxcrops.copy_to.copy_flags.move"]) == [1]
    assert ints(q["oxcrops.copy_to.copy_flags.no_overwrite"]) == [0]
    assert ints(q["oxcrops.copy_to.excluded_tag_count"]) == [1]
    assert ints(q["oxcrops.property_tag"]) == [pv.TAG_SUBJECT]
    check_copy_response(r, 0x39, 0, 0)
    d = r.rsp("oxcrops.copy_to.property_problem_count", "oxcrops.property_tag")
    assert ints(d["oxcrops.copy_to.property_problem_count"]) == [1]
    assert ints(d["oxcrops.property_tag"]) == [pv.TAG_MESSAGE_FLAGS]


@pytest.mark.parametrize("name,req,rsp,rop_id,return_value,dest", [
    ("cp_null", pv.CP_REQ, pv.CP_NULL_DEST_RSP, 0x67, 0x503, 2),
    ("cp_fail", pv.CP_REQ, pv.CP_FAIL_RSP, 0x67, 0x80070005, None),
    ("ct_null", pv.CT_REQ, pv.CT_NULL_DEST_RSP, 0x39, 0x503, 2),
    ("ct_fail", pv.CT_REQ, pv.CT_FAIL_RSP, 0x39, 0x80070005, None),
])
def test_copy_failures(tshark, name, req, rsp, rop_id, return_value, dest):
    """MS-OXCROPS 2.2.8.11.3/.4, 2.2.8.12.3/.4: 0x503 carries a 4-byte DestHandleIndex, other failures nothing."""
    r = run(tshark, name, req, rsp)
    check_copy_response(r, rop_id, 0, return_value, dest)
    assert r.rsp1("oxcrops.copy_properties.property_problem_count") == []
    assert r.rsp1("oxcrops.copy_to.property_problem_count") == []


def test_progress(tshark):
    """MS-OXCPRPT 4.5: RopProgress request (step 3) and response (step 2), with its LogonId."""
    r = run(tshark, "progress", pv.PROGRESS_REQ, pv.PROGRESS_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index", "oxcrops.progress.want_cancel")
    assert ints(q["oxcrops.rop_id"]) == [0x50]
    assert ints(q["oxcrops.logon_id"]) == [0]
    assert ints(q["oxcrops.input_handle_index"]) == [0]
    assert ints(q["oxcrops.progress.want_cancel"]) == [0]
    check_common_rsp(r, 0x50, 0, 0)
    d = r.rsp("oxcrops.logon_id", "oxcrops.progress.completed_task_count", "oxcrops.progress.total_task_count")
    assert ints(d["oxcrops.logon_id"]) == [0]
    assert ints(d["oxcrops.progress.completed_task_count"]) == [29]
    assert ints(d["oxcrops.progress.total_task_count"]) == [729]


# ---------------------------------------------------------------- streams

def test_open_stream_oxcprpt_4_4_1_1(tshark):
    """MS-OXCPRPT 4.4.1.1. Handles chosen: [0] = 0x71 (the object), [1] free, then the new Stream 0x72."""
    r = run(tshark, "open_stream", pv.OPEN_STREAM_REQ, pv.OPEN_STREAM_RSP, [0x71, FREE], [0x71, 0x72])
    q = r.req("oxcrops.rop_id", "oxcrops.logon_id", "oxcrops.input_handle_index", "oxcrops.output_handle_index",
              "oxcrops.property_tag", "oxcrops.open_stream.open_mode_flags")
    assert ints(q["oxcrops.rop_id"]) == [0x2B]
    assert ints(q["oxcrops.logon_id"]) == [1]
    assert ints(q["oxcrops.input_handle_index"]) == [0]
    assert ints(q["oxcrops.output_handle_index"]) == [1]
    assert ints(q["oxcrops.property_tag"]) == [0x0E9A0102]
    assert ints(q["oxcrops.open_stream.open_mode_flags"]) == [0x01]
    assert "ReadWrite" in r.shownames("req", "oxcrops.open_stream.open_mode_flags")[0]
    check_common_rsp(r, 0x2B, 1, 0, "oxcrops.output_handle_index")
    assert ints(r.rsp1("oxcrops.open_stream.stream_size")) == [256]


def test_open_stream_failure_oxcperm_4_1(tshark):
    """MS-OXCPERM 4.1 with its handle values: [1] = 0x000001DA, [2] = 0xFFFFFFFF."""
    handles = [0x1D9, 0x1DA, FREE]
    r = run(tshark, "open_stream_fail", pv.OPEN_STREAM_PERM_REQ, pv.OPEN_STREAM_PERM_RSP, handles, handles)
    q = r.req("oxcrops.input_handle_index", "oxcrops.output_handle_index", "oxcrops.property_tag",
              "oxcrops.open_stream.open_mode_flags")
    assert ints(q["oxcrops.input_handle_index"]) == [1]
    assert ints(q["oxcrops.output_handle_index"]) == [2]
    assert ints(q["oxcrops.property_tag"]) == [0x0E6A001F]
    assert ints(q["oxcrops.open_stream.open_mode_flags"]) == [0x00]          # ReadOnly
    check_common_rsp(r, 0x2B, 2, 0x80040102, "oxcrops.output_handle_index")
    assert r.rsp1("oxcrops.open_stream.stream_size") == []


def test_read_stream(tshark):
    r = run(tshark, "read_stream", pv.READ_STREAM_REQ, pv.READ_STREAM_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.read_stream.byte_count",
              "oxcrops.read_stream.maximum_byte_count")
    assert ints(q["oxcrops.rop_id"]) == [0x2C]
    assert ints(q["oxcrops.input_handle_index"]) == [1]
    assert ints(q["oxcrops.read_stream.byte_count"]) == [0x1000]
    assert q["oxcrops.read_stream.maximum_byte_count"] == []
    check_common_rsp(r, 0x2C, 1, 0)
    d = r.rsp("oxcrops.read_stream.data_size", "oxcrops.read_stream.data")
    assert ints(d["oxcrops.read_stream.data_size"]) == [4]
    assert d["oxcrops.read_stream.data"] == ["deadbeef"]


def test_read_stream_maximum_byte_count_and_failure(tshark):
    """ByteCount 0xBABE: MaximumByteCount follows; the failure response keeps DataSize (2.2.9.2.2)."""
    r = run(tshark, "read_stream_max", pv.READ_STREAM_MAX_REQ, pv.READ_STREAM_FAIL_RSP)
    q = r.req("oxcrops.read_stream.byte_count", "oxcrops.read_stream.maximum_byte_count")
    assert ints(q["oxcrops.read_stream.byte_count"]) == [0xBABE]
    assert ints(q["oxcrops.read_stream.maximum_byte_count"]) == [0x00010000]
    check_common_rsp(r, 0x2C, 1, 0x80070005)
    assert ints(r.rsp1("oxcrops.read_stream.data_size")) == [0]


@pytest.mark.parametrize("name,req,rsp,rop_id,data,return_value,written", [
    ("write_stream", pv.WRITE_STREAM_REQ, pv.WRITE_STREAM_RSP, 0x2D, "616263", 0, 3),
    ("write_stream_fail", pv.WRITE_STREAM_REQ, pv.WRITE_STREAM_FAIL_RSP, 0x2D, "616263", 0x80070005, 0),
    ("write_and_commit_stream", pv.WACS_REQ, pv.WACS_RSP, 0x90, "6869", 0, 2),
])
def test_write_stream(tshark, name, req, rsp, rop_id, data, return_value, written):
    """RopWriteStream and RopWriteAndCommitStream share a layout; WrittenSize is sent on failure too."""
    r = run(tshark, name, req, rsp)
    q = r.req("oxcrops.rop_id", "oxcrops.write_stream.data_size", "oxcrops.write_stream.data")
    assert ints(q["oxcrops.rop_id"]) == [rop_id]
    assert ints(q["oxcrops.write_stream.data_size"]) == [len(data) // 2]
    assert q["oxcrops.write_stream.data"] == [data]
    check_common_rsp(r, rop_id, 1, return_value)
    assert ints(r.rsp1("oxcrops.write_stream.written_size")) == [written]


@pytest.mark.parametrize("name,rsp,return_value,written", [
    ("wse", pv.WSE_RSP, 0, 3),
    ("wse_fail", pv.WSE_FAIL_RSP, 0x80070005, 0),
])
def test_write_stream_extended(tshark, name, rsp, return_value, written):
    """RopWriteStreamExtended: the RopWriteStream request layout, a 4-byte WrittenSize on any ReturnValue."""
    r = run(tshark, name, pv.WSE_REQ, rsp)
    q = r.req("oxcrops.rop_id", "oxcrops.write_stream.data_size", "oxcrops.write_stream.data")
    assert ints(q["oxcrops.rop_id"]) == [0xA3]
    assert ints(q["oxcrops.write_stream.data_size"]) == [3]
    assert q["oxcrops.write_stream.data"] == ["78797a"]
    check_common_rsp(r, 0xA3, 1, return_value)
    assert ints(r.rsp1("oxcrops.write_stream_extended.written_size")) == [written]
    assert r.rsp1("oxcrops.write_stream.written_size") == []


def test_commit_get_set_stream_size(tshark):
    """Three ROPs in one buffer: RopCommitStream, RopGetStreamSize, RopSetStreamSize."""
    req = pv.COMMIT_STREAM_REQ + pv.GET_STREAM_SIZE_REQ + pv.SET_STREAM_SIZE_REQ
    rsp = pv.COMMIT_STREAM_RSP + pv.GET_STREAM_SIZE_RSP + pv.SET_STREAM_SIZE_RSP
    r = run(tshark, "stream_size", req, rsp)
    q = r.req("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.set_stream_size.stream_size")
    assert ints(q["oxcrops.rop_id"]) == [0x5D, 0x5E, 0x2F]
    assert ints(q["oxcrops.input_handle_index"]) == [1, 1, 1]
    assert ints(q["oxcrops.set_stream_size.stream_size"]) == [0x10000]
    d = r.rsp("oxcrops.rop_id", "oxcrops.return_value", "oxcrops.get_stream_size.stream_size",
              "oxcrops.request_frame")
    assert ints(d["oxcrops.rop_id"]) == [0x5D, 0x5E, 0x2F]
    assert ints(d["oxcrops.return_value"]) == [0, 0, 0]
    assert ints(d["oxcrops.get_stream_size.stream_size"]) == [3]
    assert len(d["oxcrops.request_frame"]) == 3 and len(set(d["oxcrops.request_frame"])) == 1


def test_seek_stream(tshark):
    r = run(tshark, "seek_stream", pv.SEEK_STREAM_REQ, pv.SEEK_STREAM_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.seek_stream.origin", "oxcrops.seek_stream.offset")
    assert ints(q["oxcrops.rop_id"]) == [0x2E]
    assert ints(q["oxcrops.seek_stream.origin"]) == [0x01]
    assert "Current" in r.shownames("req", "oxcrops.seek_stream.origin")[0]
    assert ints(q["oxcrops.seek_stream.offset"]) == [-4]
    check_common_rsp(r, 0x2E, 1, 0)
    assert ints(r.rsp1("oxcrops.seek_stream.new_position")) == [12]


def test_seek_stream_failure(tshark):
    r = run(tshark, "seek_stream_fail", pv.SEEK_STREAM_REQ, pv.SEEK_STREAM_FAIL_RSP)
    check_common_rsp(r, 0x2E, 1, 0x80030019)
    assert r.rsp1("oxcrops.seek_stream.new_position") == []


@pytest.mark.parametrize("name,rsp,return_value,dest,read,written", [
    ("cts", pv.CTS_RSP, 0, None, 256, 200),
    ("cts_null", pv.CTS_NULL_DEST_RSP, 0x503, 2, 0, 0),
    ("cts_fail", pv.CTS_FAIL_RSP, 0x80070005, None, 0, 0),
])
def test_copy_to_stream(tshark, name, rsp, return_value, dest, read, written):
    """MS-OXCROPS 2.2.9.9: ReadByteCount and WrittenByteCount in every response form; 0x503 adds DestHandleIndex."""
    r = run(tshark, name, pv.CTS_REQ, rsp)
    check_copy_request(r, 0x3A, 1, 2)
    assert ints(r.req1("oxcrops.copy_to_stream.byte_count")) == [256]
    check_copy_response(r, 0x3A, 1, return_value, dest)
    d = r.rsp("oxcrops.copy_to_stream.read_byte_count", "oxcrops.copy_to_stream.written_byte_count")
    assert ints(d["oxcrops.copy_to_stream.read_byte_count"]) == [read]
    assert ints(d["oxcrops.copy_to_stream.written_byte_count"]) == [written]


def test_lock_unlock_region_stream(tshark):
    r = run(tshark, "lock", pv.LOCK_REQ + pv.UNLOCK_REQ, pv.LOCK_RSP + pv.UNLOCK_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.lock_region_stream.region_offset",
              "oxcrops.lock_region_stream.region_size")
    assert ints(q["oxcrops.rop_id"]) == [0x5B, 0x5C]
    assert ints(q["oxcrops.lock_region_stream.region_offset"]) == [0, 512]
    assert ints(q["oxcrops.lock_region_stream.region_size"]) == [512, 512]
    flags = r.shownames("req", "oxcrops.lock_region_stream.lock_flags")
    assert "0x00000001" in flags[0] and "others may read" in flags[0], flags
    assert "0x00000000" in flags[1] and "only the owner may read or write" in flags[1], flags
    d = r.rsp("oxcrops.rop_id", "oxcrops.return_value")
    assert ints(d["oxcrops.rop_id"]) == [0x5B, 0x5C]
    assert ints(d["oxcrops.return_value"]) == [0, 0]


def test_clone_stream(tshark):
    r = run(tshark, "clone", pv.CLONE_STREAM_REQ, pv.CLONE_STREAM_RSP)
    q = r.req("oxcrops.rop_id", "oxcrops.input_handle_index", "oxcrops.output_handle_index")
    assert ints(q["oxcrops.rop_id"]) == [0x3B]
    assert ints(q["oxcrops.input_handle_index"]) == [1]
    assert ints(q["oxcrops.output_handle_index"]) == [3]
    check_common_rsp(r, 0x3B, 3, 0, "oxcrops.output_handle_index")
    assert ints(r.rsp1("oxcrops.object_handle")) == [0x74]


# ---------------------------------------------------------------- all vectors, and bad input

def test_all_vectors_in_one_call(tshark):
    """Every vector of both families in one request buffer and one response buffer: each
    ROP is walked to its end (nothing undecoded) and every response finds its request."""
    handles = [0x100 + i for i in range(HANDLE_COUNT)]
    req = b"".join(v.request for v in pv.VECTORS)
    rsp = b"".join(v.response for v in pv.VECTORS)
    r = dcerpc_run(tshark, "all", oxgen.rop_buffer(req, handles), oxgen.rop_buffer(rsp, handles))
    ids = [v.rop_id for v in pv.VECTORS]
    assert ints(r.req1("oxcrops.rop_id")) == ids
    assert ints(r.rsp1("oxcrops.rop_id")) == ids
    assert len(r.rsp1("oxcrops.request_frame")) == len(ids)        # one link per paired response ROP


def test_bad_property_name_kind_stops_with_expert(tshark):
    """A PropertyName Kind other than 0x00, 0x01, 0xFF has no known length: an expert
    item, and the walk stops there."""
    bad = pv.h("56 00 00 00") + pv.u16(2) + pv.h("02") + pv.guid_le(pv.PS_MAPI) + pv.h("00 00 00 00")
    pcap = tshark.path("bad_kind.pcap")
    req = oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(bad + pv.COMMIT_STREAM_REQ, REQ_HANDLES)))
    oxgen.dcerpc_capture(pcap, [(11, req, None)])
    assert "Kind 0x02" in tshark.expert(pcap)
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0x56"]
    assert tshark.values(pcap, "oxcrops.undecoded") != []


@pytest.mark.parametrize("req,rsp", [
    (pv.GPIFN_REQ[:-1], None), (pv.CT_REQ[:-1], None), (pv.QNP_REQ[:-1], None), (pv.READ_STREAM_MAX_REQ[:-1], None),
    (pv.GNFPI_REQ, pv.GNFPI_RSP[:-1]), (pv.GPA_REQ, pv.GPA_RSP[:-1]), (pv.QNP_REQ, pv.QNP_RSP[:-1]),
    (pv.CTS_REQ, pv.CTS_NULL_DEST_RSP[:-1]), (pv.READ_STREAM_REQ, pv.READ_STREAM_RSP[:-1]),
    (pv.PROGRESS_REQ, pv.PROGRESS_RSP[:-1]),
])
def test_truncated_vectors_are_reported(tshark, req, rsp):
    """A request, or a response after its full request, cut one byte short: a truncation
    expert item, no dissector bug (conftest's tshark run checks for those)."""
    pcap = tshark.path("short.pcap")
    q = oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(req, REQ_HANDLES)))
    a = oxgen.ecdorpcext2_response(oxgen.ext_buffer(oxgen.rop_buffer(rsp, RSP_HANDLES))) if rsp else None
    oxgen.dcerpc_capture(pcap, [(11, q, a)])
    assert tshark.expert(pcap).count("ROP truncated") == 1

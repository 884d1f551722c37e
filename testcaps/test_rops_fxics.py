# SPDX-License-Identifier: GPL-2.0-or-later
"""FastTransfer (MS-OXCROPS 2.2.12) and ICS (MS-OXCROPS 2.2.13) ROPs, and the
FastTransfer stream (MS-OXCFXICS 2.2.4).

The vectors are in ropvec/fxics.py, worked out by hand from the layouts; every
expected value below follows from those bytes and the spec, not from the
plugin's output. Each test sends a request buffer in an EcDoRpcExt2 request and
the response buffer in the response of the same call (MS-OXCRPC 3.1.4.2), so
responses are paired with their requests.
"""
import oxgen
from conftest import wireshark_at_least
from ropvec import fxics as V

EMSMDB_OPNUM_ECDORPCEXT2 = 11
HANDLES = [0x100 + i for i in range(16)]
PI_NOTE = 0x00400000
PI_WARN = 0x00600000


def _collect(obj, out):
    """Every field of a -T json --no-duplicate-keys tree, in order: {name: [values]}."""
    if isinstance(obj, list):
        for item in obj:
            _collect(item, out)
    elif isinstance(obj, dict):
        for key, val in obj.items():
            for item in (val if isinstance(val, list) else [val]):
                if isinstance(item, (dict, list)):
                    _collect(item, out)
                else:
                    out.setdefault(key, []).append(item)


class Decoded:
    def __init__(self, packets):
        self.req, self.rsp = {}, {}
        for p in packets:
            layers = p["_source"]["layers"]
            fields = {}
            _collect(layers, fields)
            if "oxcrops.rop_size" not in fields:
                continue
            _collect(layers, self.req if fields["dcerpc.pkt_type"] == ["0"] else self.rsp)

    def q(self, field):
        return self.req.get(field, [])

    def r(self, field):
        return self.rsp.get(field, [])

    def qi(self, field):
        return [int(v, 0) for v in self.q(field)]

    def ri(self, field):
        return [int(v, 0) for v in self.r(field)]

    def experts(self, which=None):
        """(severity, message) of every expert item, requests then responses."""
        out = []
        for d in ([self.req, self.rsp] if which is None else [which]):
            out += list(zip([int(s, 0) for s in d.get("_ws.expert.severity", [])], d.get("_ws.expert.message", [])))
        return out

    def assert_clean(self):
        bad = [(hex(s), m) for s, m in self.experts() if s >= PI_WARN]
        assert bad == [], bad
        for d in (self.req, self.rsp):
            for f in ("oxcrops.undecoded", "oxcrops.fx_stream.undecoded", "_ws.malformed"):
                assert f not in d, (f, d.get(f))


def decode(tshark, name, vectors, clean=True):
    req = oxgen.rop_buffer(b"".join(v.request for v in vectors), HANDLES)
    rsp = oxgen.rop_buffer(b"".join(v.response for v in vectors), HANDLES)
    pcap = tshark.path(name + ".pcap")
    oxgen.dcerpc_capture(pcap, [(EMSMDB_OPNUM_ECDORPCEXT2, oxgen.ecdorpcext2_request(oxgen.ext_buffer(req)),
                                 oxgen.ecdorpcext2_response(oxgen.ext_buffer(rsp)))])
    d = Decoded(tshark.json(pcap, ["--no-duplicate-keys"]))
    if clean:
        d.assert_clean()
    return d


# ---------------------------------------------------------------- every vector together

def test_all_vectors_in_one_call(tshark):
    d = decode(tshark, "all", V.VECTORS)
    ids = ["0x%02x" % v.rop_id for v in V.VECTORS]
    # in wire order (-T json merges same-named ROP subtrees, so read -T fields)
    assert tshark.values(tshark.path("all.pcap"), "oxcrops.rop_id") == ids + ids
    # every request ROP paired with its response (MS-OXCROPS 3.1.4.2: responses in request order)
    assert len(d.q("oxcrops.response_frame")) == len(ids)


# ---------------------------------------------------------------- FastTransfer ROPs

def test_destination_configure(tshark):
    d = decode(tshark, "dest_configure", [V.DEST_CONFIGURE])
    assert d.qi("oxcrops.logon_id") == [0]
    assert d.qi("oxcrops.input_handle_index") == [1]
    assert d.qi("oxcrops.output_handle_index") == [2]
    assert d.qi("oxcrops.fast_transfer_destination_configure.source_operation") == [0x03]   # CopyMessages
    assert d.qi("oxcrops.fast_transfer_destination_configure.copy_flags") == [0x01]
    assert d.qi("oxcrops.fast_transfer_destination_configure.copy_flags.move") == [1]
    assert d.ri("oxcrops.output_handle_index") == [2]
    assert d.ri("oxcrops.return_value") == [0]


def test_put_buffer_stream(tshark):
    d = decode(tshark, "put_buffer", [V.PUT_BUFFER])
    n = len(V.FX_MESSAGE)
    assert d.qi("oxcrops.fast_transfer_destination_put_buffer.transfer_data_size") == [n]
    # markers StartMessage and EndMessage (MS-OXCFXICS 2.2.4.1.4)
    assert d.qi("oxcrops.fx_stream.marker") == [0x400C0003, 0x400D0003]
    assert d.qi("oxcrops.property_tag") == [0x0037001F, 0x00170003, 0x0002000B, 0x0E060040, 0x8001000B,
                                             0x8002001F, 0x68531003, 0x68421102, 0x001A84E4, 0x40170003]
    # varSizeValue lengths: subject 6, named "v" 4, the MV binary's element 2, IPM 4, IdsetGiven 3
    assert d.qi("oxcrops.fx_stream.length") == [6, 4, 2, 4, 3]
    assert d.q("oxcrops.fx_stream.value.string") == ["Hi", "v", "IPM"]
    assert d.qi("oxcrops.fx_stream.value.int32") == [2, 1, 2]          # Importance, then the MV values
    assert d.qi("oxcrops.fx_stream.value.boolean") == [1, 1]           # 2-byte PtypBoolean, twice
    assert d.qi("oxcrops.fx_stream.value_count") == [2, 1]
    assert d.q("oxcrops.fx_stream.value.binary") == ["aa:bb", "01:02:03"]
    # 4.6 prints absolute times in ISO 8601 (UTC), 4.0 and 4.4 as "Jan  1, 2020 00:00:00..."
    assert (("2020-01-01T00:00:00" if wireshark_at_least(4, 6) else "Jan  1, 2020 00:00:00")
            in d.q("oxcrops.fx_stream.value.time")[0])
    # named properties: PSETID_Common Dispid 0x8503, PS_PUBLIC_STRINGS Name "K"
    assert d.q("oxcrops.fx_stream.property_set") == ["00062008-0000-0000-c000-000000000046",
                                                     "00020329-0000-0000-c000-000000000046"]
    assert d.qi("oxcrops.fx_stream.kind") == [0, 1]
    assert d.qi("oxcrops.fx_stream.dispid") == [0x8503]
    assert d.q("oxcrops.fx_stream.name") == ["K"]
    assert d.qi("oxcrops.fx_stream.code_page") == [1252]
    # response: TransferStatus Done, InProgressCount 1, TotalStepCount 2, BufferUsedSize = TransferDataSize
    assert d.ri("oxcrops.transfer_status") == [0x0003]
    assert d.ri("oxcrops.in_progress_count") == [1]
    assert d.ri("oxcrops.total_step_count") == [2]
    assert d.ri("oxcrops.fast_transfer_destination_put_buffer.reserved") == [0]
    assert d.ri("oxcrops.fast_transfer_destination_put_buffer.buffer_used_size") == [n]


def test_put_buffer_extended(tshark):
    """MS-OXCFXICS 2.2.3.1.2.3.2: 4-byte InProgressCount and TotalStepCount, 2-byte BufferUsedSize."""
    d = decode(tshark, "put_buffer_extended", [V.PUT_BUFFER_EXTENDED])
    assert d.qi("oxcrops.fx_stream.marker") == [0x400D0003]
    assert d.ri("oxcrops.transfer_status") == [0x0003]
    assert d.ri("oxcrops.in_progress_count") == [0x10000]
    assert d.ri("oxcrops.total_step_count") == [0x20000]
    assert d.ri("oxcrops.fast_transfer_destination_put_buffer.buffer_used_size") == [4]


def test_put_buffer_failure_keeps_fields(tshark):
    d = decode(tshark, "put_buffer_failed", [V.PUT_BUFFER_FAILED])
    assert d.qi("oxcrops.fx_stream.marker") == [0x400D0003]
    assert d.ri("oxcrops.return_value") == [0x80004005]
    assert d.ri("oxcrops.transfer_status") == [0x0000]                 # Error
    assert d.ri("oxcrops.fast_transfer_destination_put_buffer.buffer_used_size") == [0]


def test_get_buffer_split_value(tshark):
    d = decode(tshark, "get_buffer", [V.GET_BUFFER])
    assert d.qi("oxcrops.fast_transfer_source_get_buffer.buffer_size") == [0xBABE]
    assert d.qi("oxcrops.fast_transfer_source_get_buffer.maximum_buffer_size") == [0x8000]
    assert d.ri("oxcrops.transfer_status") == [0x0001]                 # Partial
    assert d.ri("oxcrops.in_progress_count") == [5]
    assert d.ri("oxcrops.total_step_count") == [10]
    assert d.ri("oxcrops.fast_transfer_source_get_buffer.transfer_buffer_size") == [len(V.FX_SPLIT)]
    assert d.ri("oxcrops.fx_stream.marker") == [0x40090003]            # StartTopFld
    assert d.ri("oxcrops.property_tag") == [0x3001001F]
    assert d.ri("oxcrops.fx_stream.length") == [12]
    assert d.r("oxcrops.fx_stream.value.string") == ["Inb"]            # 6 of the 12 bytes
    notes = [m for s, m in d.experts(d.rsp) if s == PI_NOTE and "continued in the next buffer" in m]
    assert notes == ["varSizeValue: 6 of 12 bytes in this buffer, continued in the next buffer"]


def test_get_buffer_server_busy(tshark):
    d = decode(tshark, "get_buffer_busy", [V.GET_BUFFER_BUSY])
    assert d.qi("oxcrops.fast_transfer_source_get_buffer.buffer_size") == [0x1000]
    assert d.q("oxcrops.fast_transfer_source_get_buffer.maximum_buffer_size") == []
    assert d.ri("oxcrops.return_value") == [0x480]
    assert d.ri("oxcrops.fast_transfer_source_get_buffer.backoff_time") == [1000]
    assert d.r("oxcrops.transfer_status") == []


def test_get_buffer_failure(tshark):
    d = decode(tshark, "get_buffer_failed", [V.GET_BUFFER_FAILED, V.TELL_VERSION])
    assert d.ri("oxcrops.rop_id") == [0x4E, 0x86]                      # nothing after ReturnValue
    assert d.ri("oxcrops.return_value") == [0x80004005, 0]
    assert d.r("oxcrops.transfer_status") == []


def test_copy_folder(tshark):
    d = decode(tshark, "copy_folder", [V.COPY_FOLDER])
    assert d.qi("oxcrops.fast_transfer_source_copy_folder.copy_flags") == [0x11]
    assert d.qi("oxcrops.fast_transfer_source_copy_folder.copy_flags.move") == [1]
    assert d.qi("oxcrops.fast_transfer_source_copy_folder.copy_flags.copy_subfolders") == [1]
    assert d.qi("oxcrops.send_options") == [0x02]
    assert d.qi("oxcrops.send_options.use_cpid") == [1]
    assert d.qi("oxcrops.send_options.unicode") == [0]


def test_copy_messages(tshark):
    d = decode(tshark, "copy_messages", [V.COPY_MESSAGES])
    assert d.qi("oxcrops.fast_transfer_source_copy_messages.message_id_count") == [2]
    assert d.qi("oxcrops.replica_id") == [1, 1]
    assert d.qi("oxcrops.global_counter") == [0x00000E8EF148, 0x00000E8EC302]
    assert d.qi("oxcrops.fast_transfer_source_copy_messages.copy_flags") == [0x30]
    assert d.qi("oxcrops.fast_transfer_source_copy_messages.copy_flags.best_body") == [1]
    assert d.qi("oxcrops.fast_transfer_source_copy_messages.copy_flags.send_entry_id") == [1]
    assert d.qi("oxcrops.fast_transfer_source_copy_messages.copy_flags.move") == [0]
    assert d.qi("oxcrops.send_options") == [0x01]


def test_copy_to(tshark):
    d = decode(tshark, "copy_to", [V.COPY_TO])
    assert d.qi("oxcrops.fast_transfer_source_copy_to.level") == [1]
    assert d.qi("oxcrops.fast_transfer_source_copy_to.copy_flags") == [0x00002001]    # 4 bytes
    assert d.qi("oxcrops.fast_transfer_source_copy_to.copy_flags.move") == [1]
    assert d.qi("oxcrops.fast_transfer_source_copy_to.copy_flags.best_body") == [1]
    assert d.qi("oxcrops.send_options") == [0x01]
    assert d.qi("oxcrops.fast_transfer_source_copy_to.property_tag_count") == [1]
    assert d.qi("oxcrops.property_tag") == [0x0037001F]


def test_copy_to_undefined_flag_warns(tshark):
    # CopyFlags 0x00000100 is not in MS-OXCFXICS 2.2.3.1.1.1.1
    vec = V.RopVector(0x4D, V.h("4d 00 00 01 00 00 01 00 00 00 00 00"), V.h("4d 01 00 00 00 00"))
    d = decode(tshark, "copy_to_undefined", [vec], clean=False)
    assert d.qi("oxcrops.fast_transfer_source_copy_to.copy_flags") == [0x100]
    assert [m for s, m in d.experts() if s == PI_WARN] == ["Undefined bits set: 0x100"]


def test_copy_properties(tshark):
    d = decode(tshark, "copy_properties", [V.COPY_PROPERTIES])
    assert d.qi("oxcrops.fast_transfer_source_copy_properties.level") == [0]
    assert d.qi("oxcrops.fast_transfer_source_copy_properties.copy_flags") == [0x01]
    assert d.qi("oxcrops.send_options") == [0x03]                     # ForUpload = Unicode | UseCpid
    assert d.qi("oxcrops.send_options.unicode") == [1]
    assert d.qi("oxcrops.send_options.use_cpid") == [1]
    assert d.qi("oxcrops.fast_transfer_source_copy_properties.property_tag_count") == [2]
    assert d.qi("oxcrops.property_tag") == [0x0037001F, 0x00170003]
    assert d.ri("oxcrops.output_handle_index") == [1]


def test_tell_version(tshark):
    d = decode(tshark, "tell_version", [V.TELL_VERSION])
    assert d.qi("oxcrops.tell_version.version") == [15, 0, 847]
    assert d.ri("oxcrops.input_handle_index") == [0]


# ---------------------------------------------------------------- ICS ROPs

def test_synchronization_configure(tshark):
    d = decode(tshark, "sync_configure", [V.SYNC_CONFIGURE])
    p = "oxcrops.synchronization_configure."
    assert d.qi(p + "synchronization_type") == [0x01]                   # Contents
    assert d.qi("oxcrops.send_options") == [0x01]
    assert d.qi(p + "synchronization_flags") == [0x0031]
    assert d.qi(p + "synchronization_flags.unicode") == [1]
    assert d.qi(p + "synchronization_flags.fai") == [1]
    assert d.qi(p + "synchronization_flags.normal") == [1]
    assert d.qi(p + "synchronization_flags.progress") == [0]
    assert d.qi(p + "synchronization_extra_flags") == [0x05]
    assert d.qi(p + "synchronization_extra_flags.eid") == [1]
    assert d.qi(p + "synchronization_extra_flags.cn") == [1]
    assert d.qi(p + "synchronization_extra_flags.message_size") == [0]
    assert d.qi(p + "property_tag_count") == [1]
    # the ExistRestriction's tag, then the PropertyTags entry
    assert d.qi("oxcrops.property_tag") == [0x0037001F, 0x0037001F]
    assert d.ri("oxcrops.output_handle_index") == [1]


def test_synchronization_configure_no_restriction(tshark):
    d = decode(tshark, "sync_configure_hier", [V.SYNC_CONFIGURE_NO_RESTRICTION])
    p = "oxcrops.synchronization_configure."
    assert d.qi(p + "synchronization_type") == [0x02]                   # Hierarchy
    assert d.qi(p + "synchronization_flags.no_deletions") == [1]
    assert d.qi(p + "synchronization_flags.progress") == [1]
    assert d.qi(p + "synchronization_extra_flags") == [0]
    assert d.qi(p + "property_tag_count") == [0]


def test_import_message_change(tshark):
    d = decode(tshark, "import_message_change", [V.IMPORT_MESSAGE_CHANGE])
    p = "oxcrops.synchronization_import_message_change."
    assert d.qi(p + "import_flag") == [0x10]
    assert d.qi(p + "import_flag.associated") == [1]
    assert d.qi(p + "import_flag.fail_on_conflict") == [0]
    assert d.qi(p + "property_value_count") == [2]
    assert d.qi("oxcrops.property_tag") == [0x65E00102, 0x30080040]
    assert d.ri("oxcrops.output_handle_index") == [1]
    assert d.ri("oxcrops.message_id") == [0]                          # MUST be 0 (MS-OXCROPS 2.2.13.2.2)


def test_import_message_change_failure(tshark):
    d = decode(tshark, "import_message_change_failed", [V.IMPORT_MESSAGE_CHANGE_FAILED, V.TELL_VERSION])
    assert d.qi("oxcrops.synchronization_import_message_change.import_flag.fail_on_conflict") == [1]
    assert d.ri("oxcrops.rop_id") == [0x72, 0x86]
    assert d.r("oxcrops.message_id") == []


def test_import_hierarchy_change(tshark):
    d = decode(tshark, "import_hierarchy_change", [V.IMPORT_HIERARCHY_CHANGE])
    p = "oxcrops.synchronization_import_hierarchy_change."
    assert d.qi(p + "hierarchy_value_count") == [1]
    assert d.qi(p + "property_value_count") == [1]
    assert d.qi("oxcrops.property_tag") == [0x65E10102, 0x3001001F]
    assert d.ri("oxcrops.input_handle_index") == [0]
    assert d.ri("oxcrops.folder_id") == [0]                           # MUST be 0 (MS-OXCROPS 2.2.13.4.2)


def test_import_message_move(tshark):
    d = decode(tshark, "import_message_move", [V.IMPORT_MESSAGE_MOVE])
    p = "oxcrops.synchronization_import_message_move."
    assert d.qi(p + "source_folder_id_size") == [2]
    assert d.q(p + "source_folder_id") == ["a1:a2"]
    assert d.qi(p + "source_message_id_size") == [3]
    assert d.q(p + "source_message_id") == ["b1:b2:b3"]
    assert d.qi(p + "predecessor_change_list_size") == [0]
    assert d.qi(p + "destination_message_id_size") == [2]
    assert d.q(p + "destination_message_id") == ["d1:d2"]
    assert d.qi(p + "change_number_size") == [4]
    assert d.q(p + "change_number") == ["e1:e2:e3:e4"]
    assert d.ri("oxcrops.message_id") == [0]                          # MUST be 0 (MS-OXCROPS 2.2.13.6.2)


def test_import_response_id_not_zero_warns(tshark):
    rsp = V.IMPORT_MESSAGE_MOVE.response[:6] + V.h("01 00 00 00 00 00 00 2b")
    d = decode(tshark, "import_move_nonzero", [V.RopVector(0x78, V.IMPORT_MESSAGE_MOVE.request, rsp)], clean=False)
    assert d.ri("oxcrops.message_id") == [0x2B00000000000001]        # 8 bytes little-endian
    assert [m for s, m in d.experts() if s == PI_WARN] == ["MUST be 0x0000000000000000"]


def test_import_deletes(tshark):
    d = decode(tshark, "import_deletes", [V.IMPORT_DELETES])
    p = "oxcrops.synchronization_import_deletes."
    assert d.qi(p + "import_delete_flags") == [0x03]
    assert d.qi(p + "import_delete_flags.hierarchy") == [1]
    assert d.qi(p + "import_delete_flags.hard_delete") == [1]
    assert d.qi(p + "property_value_count") == [1]
    assert d.qi("oxcrops.property_tag") == [0x67E51102]


def test_import_read_state_changes(tshark):
    d = decode(tshark, "import_read_state_changes", [V.IMPORT_READ_STATE_CHANGES])
    p = "oxcrops.synchronization_import_read_state_changes."
    assert d.qi(p + "message_read_state_size") == [50]
    assert d.qi(p + "message_id_size") == [22, 22]
    assert d.q(p + "message_id")[0].startswith("01:02:03")
    assert d.qi(p + "mark_as_read") == [1, 0]


def test_open_collector_and_transfer_state(tshark):
    d = decode(tshark, "collector", [V.OPEN_COLLECTOR, V.GET_TRANSFER_STATE])
    assert d.qi("oxcrops.synchronization_open_collector.is_contents_collector") == [1]
    assert d.qi("oxcrops.output_handle_index") == [1, 1]
    assert d.ri("oxcrops.output_handle_index") == [1, 1]


def test_upload_state_stream(tshark):
    d = decode(tshark, "upload_state",
               [V.UPLOAD_STATE_STREAM_BEGIN, V.UPLOAD_STATE_STREAM_CONTINUE, V.UPLOAD_STATE_STREAM_END])
    assert d.qi("oxcrops.property_tag") == [0x67960102]                 # StateProperty: MetaTagCnsetSeen
    assert d.qi("oxcrops.synchronization_upload_state_stream_begin.transfer_buffer_size") == [0x1000]
    assert d.qi("oxcrops.synchronization_upload_state_stream_continue.stream_data_size") == [5]
    assert d.q("oxcrops.synchronization_upload_state_stream_continue.stream_data") == ["01:02:03:04:05"]
    assert d.ri("oxcrops.rop_id") == [0x75, 0x76, 0x77]


def test_set_local_replica_midset_deleted(tshark):
    d = decode(tshark, "midset_deleted", [V.SET_LOCAL_REPLICA_MIDSET_DELETED])
    assert d.qi("oxcrops.set_local_replica_midset_deleted.data_size") == [52]
    assert d.qi("oxcrops.set_local_replica_midset_deleted.long_term_id_range_count") == [1]
    assert d.q("oxcrops.long_term_id.database_guid") == ["33221100-5544-7766-8899-aabbccddeeff"] * 2
    assert d.qi("oxcrops.long_term_id.global_counter") == [0x01, 0xFF]


def test_set_local_replica_midset_deleted_bad_size(tshark):
    # DataSize 0x30 (48) instead of 52 for one range
    req = V.SET_LOCAL_REPLICA_MIDSET_DELETED.request
    vec = V.RopVector(0x93, req[:3] + b"\x30\x00" + req[5:], V.SET_LOCAL_REPLICA_MIDSET_DELETED.response)
    d = decode(tshark, "midset_bad_size", [vec], clean=False)
    assert [m for s, m in d.experts() if s == PI_WARN] == ["DataSize 48 does not match 1 LongTermIdRanges (52 bytes)"]


def test_get_local_replica_ids(tshark):
    d = decode(tshark, "local_replica_ids", [V.GET_LOCAL_REPLICA_IDS])
    assert d.qi("oxcrops.get_local_replica_ids.id_count") == [100]
    assert d.r("oxcrops.get_local_replica_ids.repl_guid") == ["33221100-5544-7766-8899-aabbccddeeff"]
    assert d.ri("oxcrops.get_local_replica_ids.global_count") == [0x1234]


# ---------------------------------------------------------------- FastTransfer stream edge cases

def put_buffer(stream):
    return V.RopVector(0x54, V.h("54 00 02") + len(stream).to_bytes(2, "little") + stream,
                       V.h("54 02 00 00 00 00 03 00 00 00 00 00 00") + len(stream).to_bytes(2, "little"))


def test_stream_cut_in_tag_and_named_info(tshark):
    # a stream ending inside a PropertyTag, and one ending inside a namedPropInfo name:
    # both are continued (a note), and the ROP after them still decodes
    cut_tag = put_buffer(V.h("03 00 0c 40 1f 00"))
    cut_name = put_buffer(V.h("1f 00 02 80 " + V.GUID_PUBLIC_STRINGS + " 01 4b 00"))
    d = decode(tshark, "cuts", [cut_tag, cut_name, V.TELL_VERSION])
    notes = [m for s, m in d.experts(d.req) if "continued" in m]
    assert notes == ["PropertyTag: 2 of 4 bytes in this buffer, continued in the next buffer",
                     "Name: 2 bytes in this buffer, continued in the next buffer"]
    assert d.qi("oxcrops.tell_version.version") == [15, 0, 847]


def test_stream_mv_continued(tshark):
    # PtypMultipleString: count 3, one complete value, then a value cut short
    stream = V.h("1f 10 54 3a 03 00 00 00 04 00 00 00 61 00 00 00 06 00 00 00 62 00")
    d = decode(tshark, "mv_cut", [put_buffer(stream)])
    assert d.qi("oxcrops.fx_stream.value_count") == [3]
    assert d.q("oxcrops.fx_stream.value.string") == ["a", "b"]
    assert [m for s, m in d.experts(d.req) if "continued" in m] == \
        ["varSizeValue: 2 of 6 bytes in this buffer, continued in the next buffer"]


def test_stream_bad_type_stops_stream_not_rops(tshark):
    # PtypRestriction (0x00FD) has no FastTransfer serialization: the rest of the
    # stream is shown undecoded, and the next ROP is still decoded (its size is known)
    stream = V.h("fd 00 01 00 aa bb cc dd")
    d = decode(tshark, "bad_type", [put_buffer(stream), V.TELL_VERSION], clean=False)
    assert d.q("oxcrops.fx_stream.undecoded") == ["aa:bb:cc:dd"]
    assert d.qi("oxcrops.tell_version.version") == [15, 0, 847]
    assert "oxcrops.undecoded" not in d.req


def test_transfer_data_size_past_rops_list(tshark):
    # TransferDataSize larger than the rest of the RopsList: a truncated ROP, not a continued value
    vec = V.RopVector(0x54, V.h("54 00 02 10 00 03 00 0c 40"), V.h("54 02 05 40 00 80 00 00 00 00 00 00 00 00 00"))
    d = decode(tshark, "too_long", [vec], clean=False)
    assert any(m == "ROP truncated: it runs past the end of the RopsList" for s, m in d.experts(d.req))


# ---------------------------------------------------------------- robustness

def test_truncated_and_mutated_vectors(tshark):
    """Every vector cut at every length and mutated at random (seeded): tshark must
    not fail, and WIRESHARK_ABORT_ON_DISSECTOR_BUG (conftest) turns a dissector
    bug into a failure (under the sanitizer build, a memory error too)."""
    import random
    rnd = random.Random(0x4E54)
    calls = []

    def call(req, rsp):
        calls.append((EMSMDB_OPNUM_ECDORPCEXT2,
                      oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(req, HANDLES))),
                      oxgen.ecdorpcext2_response(oxgen.ext_buffer(oxgen.rop_buffer(rsp, HANDLES)))))

    for v in V.VECTORS:
        for cut in range(1, max(len(v.request), len(v.response))):
            call(v.request[:cut], v.response[:cut])
        for _ in range(20):
            req, rsp = bytearray(v.request), bytearray(v.response)
            for buf in (req, rsp):
                for _ in range(rnd.randint(1, 4)):
                    buf[rnd.randrange(1, len(buf))] = rnd.randrange(256)
            call(bytes(req), bytes(rsp))
    pcap = tshark.path("mutated.pcap")
    oxgen.dcerpc_capture(pcap, calls)
    out = tshark.run(["-r", tshark.readable(pcap), "-2", "-V"], scan_output=False).stdout
    assert out.count("RopsList") >= 2 * len(calls)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Bad input: each gets an expert item saying what is wrong, the rest of the
frame still decodes, nothing crashes (the suite runs under ASan/UBSan with
WIRESHARK_ABORT_ON_DISSECTOR_BUG=1)."""
import struct

import oxgen
import vectors as v
from test_carriers import dcerpc, mapihttp


def experts(tshark, pcap):
    return tshark.values(pcap, "_ws.expert.message")


def has_expert(tshark, pcap, name):
    return tshark.run(["-r", pcap, "-2", "-Y", name]).stdout != ""


def test_rop_size_larger_than_buffer(tshark):
    buf = bytearray(oxgen.rop_buffer(v.OPEN_FOLDER_REQ, [1, 0xFFFFFFFF]))
    buf[0:2] = struct.pack("<H", 500)
    pcap = dcerpc(tshark, "ropsize.pcap", oxgen.ext_buffer(bytes(buf)))
    assert has_expert(tshark, pcap, "oxcrops.rop_size_invalid")
    # the ROP still decodes up to the buffer's end (the handle table is taken as part of the list)
    assert tshark.values(pcap, "oxcrops.rop_id")[0] == "0x02"


def test_size_actual_mismatch(tshark):
    ext = bytearray(oxgen.ext_buffer(oxgen.rop_buffer(v.OPEN_FOLDER_REQ, [1, 0xFFFFFFFF]), compress=True))
    ext[6:8] = struct.pack("<H", struct.unpack("<H", ext[6:8])[0] + 5)
    pcap = dcerpc(tshark, "sizeactual.pcap", bytes(ext))
    assert has_expert(tshark, pcap, "oxcrops.rpc_header_ext.size_actual_mismatch")
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0x02"]


def test_uncompressed_size_actual_differs(tshark):
    ext = bytearray(oxgen.ext_buffer(oxgen.rop_buffer(v.RELEASE_REQ, [1, 2, 3])))
    ext[6:8] = struct.pack("<H", 99)
    pcap = dcerpc(tshark, "sizeactual2.pcap", bytes(ext))
    assert has_expert(tshark, pcap, "oxcrops.rpc_header_ext.size_actual_mismatch")
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0x01"]


def test_corrupt_lz77(tshark):
    """A match that points before the start of the output cannot be decompressed."""
    payload = struct.pack("<I", 0x80000000) + struct.pack("<H", (100 << 3) | 2)
    ext = struct.pack("<HHHH", 0, 0x0005, len(payload), 40) + payload
    pcap = dcerpc(tshark, "lz77.pcap", ext)
    assert has_expert(tshark, pcap, "oxcrops.rpc_header_ext.lz77_error")
    assert tshark.values(pcap, "emsmdb.cb_aux_in") == ["0"]     # the stub after rgbIn still decodes


def test_handle_index_beyond_table(tshark):
    pcap = dcerpc(tshark, "handle.pcap", oxgen.ext_buffer(oxgen.rop_buffer(v.OPEN_FOLDER_REQ, [1])))
    assert has_expert(tshark, pcap, "oxcrops.handle_index_invalid")
    assert tshark.values(pcap, "oxcrops.folder_id") == ["0x%016x" % (1 | (5 << 56))]


def test_truncated_rop_keeps_handle_table(tshark):
    rops = v.GET_CONTENTS_TABLE_REQ + v.OPEN_FOLDER_REQ[:7]
    pcap = dcerpc(tshark, "trunc.pcap", oxgen.ext_buffer(oxgen.rop_buffer(rops, [0xA, 0xB, 0xC])))
    assert has_expert(tshark, pcap, "oxcrops.truncated")
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0x05", "0x02"]
    assert tshark.values(pcap, "oxcrops.handle") == ["0x0000000a", "0x0000000b", "0x0000000c"]


def test_unknown_rop_id_ends_walk_but_not_handles(tshark):
    rops = v.GET_CONTENTS_TABLE_REQ + bytes([0x28, 0, 0, 0]) + v.RELEASE_REQ
    pcap = dcerpc(tshark, "unknown.pcap", oxgen.ext_buffer(oxgen.rop_buffer(rops, [0xA, 0xB, 0xC])))
    assert has_expert(tshark, pcap, "oxcrops.unknown_rop")
    assert tshark.values(pcap, "oxcrops.handle") == ["0x0000000a", "0x0000000b", "0x0000000c"]
    assert tshark.values(pcap, "oxcrops.undecoded") != []


def test_undefined_table_flags_bit(tshark):
    """MS-OXCFOLD 2.2.1.14.1: 0x04 is not a RopGetContentsTable TableFlags bit (it is
    Depth for RopGetHierarchyTable); the server SHOULD fail it (3.2.5.14)."""
    pcap = dcerpc(tshark, "flags.pcap", oxgen.ext_buffer(oxgen.rop_buffer(b"\x05\x00\x01\x02\x44", [1, 2, 3])))
    assert has_expert(tshark, pcap, "oxcrops.undefined_bits")
    assert tshark.values(pcap, "oxcrops.get_contents_table.table_flags.use_unicode") == ["1"]


def test_extended_buffer_size_and_version(tshark):
    ext = struct.pack("<HHHH", 1, 0x0004, 200, 200) + oxgen.rop_buffer(v.RELEASE_REQ, [1, 2, 3])
    pcap = dcerpc(tshark, "ext.pcap", ext)
    assert has_expert(tshark, pcap, "oxcrops.rpc_header_ext.size_invalid")
    assert has_expert(tshark, pcap, "oxcrops.rpc_header_ext.version_invalid")
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0x01"]


def test_missing_last_flag_and_short_header(tshark):
    ext = oxgen.ext_buffer(oxgen.rop_buffer(v.RELEASE_REQ, [1, 2, 3]), last=False) + b"\x00\x00\x04"
    pcap = mapihttp(tshark, "nolast.pcap", ext)
    assert has_expert(tshark, pcap, "oxcrops.truncated")
    assert has_expert(tshark, pcap, "oxcrops.rpc_header_ext.no_last")


def test_response_without_request_context(tshark):
    """A RopGetPropertiesSpecific response whose request is not in the capture:
    bytes and a note, never a guess (design 4)."""
    rsp = oxgen.rop_buffer(bytes.fromhex("07 00 00000000 00 01000000"), [1])
    pcap = tshark.path("nocontext.pcap")
    oxgen.dcerpc_capture(pcap, [(11, oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(b""))),
                                 oxgen.ecdorpcext2_response(oxgen.ext_buffer(rsp)))])
    assert has_expert(tshark, pcap, "oxcrops.no_context")
    assert tshark.values(pcap, "oxcrops.get_properties_specific.row_data") == ["0001000000"]


def test_truncated_stub(tshark):
    stub = oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(v.LOGON_REQ, [0xFFFFFFFF])))
    pcap = tshark.path("stub.pcap")
    oxgen.dcerpc_capture(pcap, [(11, stub[:60], None)])
    assert has_expert(tshark, pcap, "emsmdb.ndr.truncated")
    tshark.run(["-r", pcap, "-2", "-V"])


def test_lz77_expanding_past_size_actual(tshark):
    """A literal then matches of 65535 bytes each (MS-XCA 2.4.4 long lengths):
    decompression stops at SizeActual instead of growing without bound."""
    match = struct.pack("<H", (0 << 3) | 7) + b"\x0f" + b"\xff" + struct.pack("<H", 65535 - 3)
    payload = struct.pack("<I", 0x7FFFFFFF) + b"A" + match * 30   # flag bits: literal, then 31 matches
    ext = struct.pack("<HHHH", 0, 0x0005, len(payload), 100) + payload
    pcap = dcerpc(tshark, "bomb.pcap", ext)
    assert has_expert(tshark, pcap, "oxcrops.rpc_header_ext.size_actual_mismatch")
    assert tshark.values(pcap, "emsmdb.cb_aux_in") == ["0"]

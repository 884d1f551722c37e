# SPDX-License-Identifier: GPL-2.0-or-later
"""Both carriers: EMSMDB over DCE/RPC (MS-OXCRPC) and MAPI/HTTP Execute
(MS-OXCMAPIHTTP), plain, compressed, obfuscated, fragmented and segmented."""
import struct

import pytest

import oxgen
import vectors as v

LOGON_REQ_BUF = oxgen.rop_buffer(v.LOGON_REQ, [0xFFFFFFFF])
LOGON_RSP_BUF = oxgen.rop_buffer(v.LOGON_RSP, [0x0000001A])
TABLE_REQ_BUF = oxgen.rop_buffer(v.GET_CONTENTS_TABLE_REQ + v.SET_COLUMNS_REQ + v.QUERY_ROWS_REQ + v.RELEASE_REQ,
                                 [0x10, 0x11, 0xFFFFFFFF])
TABLE_RSP_BUF = oxgen.rop_buffer(v.GET_CONTENTS_TABLE_RSP + v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP,
                                 [0x10, 0x11, 0x12])


def dcerpc(tshark, name, req_ext, rsp_ext=None, frag=None, mss=1400):
    pcap = tshark.path(name)
    rsp = oxgen.ecdorpcext2_response(rsp_ext) if rsp_ext is not None else None
    oxgen.dcerpc_capture(pcap, [(11, oxgen.ecdorpcext2_request(req_ext), rsp)], frag=frag, mss=mss)
    return pcap


def mapihttp(tshark, name, req_ext, rsp_ext=None, mss=1400, chunked=False, with_type=True):
    pcap = tshark.path(name)
    rsp = None
    if rsp_ext is not None:
        rsp = oxgen.http_response(oxgen.meta_tags(2) + oxgen.execute_response_body(rsp_ext),
                                  chunked=chunked, with_type=with_type)
    oxgen.mapihttp_capture(pcap, [(oxgen.http_request(oxgen.execute_request_body(req_ext)), rsp)], mss=mss)
    return pcap


def assert_logon_request(tshark, pcap):
    # vectors.LOGON_REQ, MS-OXCROPS 2.2.3.1.1
    row = tshark.fields(pcap, ["oxcrops.rop_id", "oxcrops.logon.logon_flags", "oxcrops.logon.open_flags",
                               "oxcrops.logon.open_flags.no_mail", "oxcrops.logon.essdn_size",
                               "oxcrops.logon.essdn"], "oxcrops.rop_id == 0xfe")[0]
    assert row == ["0xfe", "0x01", "0x0100040c", "1", str(len(v.USER_DN) + 1), v.USER_DN]


def assert_logon_response(tshark, pcap):
    # vectors.LOGON_RSP, MS-OXCROPS 2.2.3.1.2: 13 FIDs with ReplicaId 1 and GlobalCounter 1..13
    fids = tshark.values(pcap, "oxcrops.folder_id", "oxcrops.logon.response_flags")
    assert fids == ["0x%016x" % (1 | (i << 56)) for i in range(1, 14)]
    counters = tshark.values(pcap, "oxcrops.global_counter", "oxcrops.logon.response_flags")
    assert [int(c, 16) for c in counters] == list(range(1, 14))
    row = tshark.fields(pcap, ["oxcrops.logon.response_flags", "oxcrops.logon.response_flags.owner_right",
                               "oxcrops.logon.mailbox_guid", "oxcrops.logon.repl_id",
                               "oxcrops.logon.logon_time.year", "oxcrops.logon.logon_time.month",
                               "oxcrops.logon.logon_time.day", "oxcrops.logon.logon_time.hour",
                               "oxcrops.logon.logon_time.day_of_week", "oxcrops.return_value"],
                        "oxcrops.logon.response_flags")[0]
    assert row == ["0x03", "1", "03020100-0504-0706-0809-0a0b0c0d0e0f", "0x0001", "2026", "11", "21", "9", "6",
                   "0x00000000"]


def assert_table_rows(tshark, pcap):
    # vectors.QUERY_ROWS_RSP typed by vectors.SET_COLUMNS_REQ of the same call
    assert tshark.values(pcap, "oxcrops.value.string", "oxcrops.query_rows.origin") == ["Hi", "Lunch?"]
    assert tshark.values(pcap, "oxcrops.value.int32", "oxcrops.query_rows.origin") == ["1", "0"]
    mids = tshark.values(pcap, "oxcrops.value.int64", "oxcrops.query_rows.origin")
    assert [int(m) for m in mids] == [struct.unpack("<q", struct.pack("<H", 1) + (n).to_bytes(6, "big"))[0]
                                      for n in (0xA01, 0xA02)]
    assert tshark.values(pcap, "oxcrops.get_contents_table.table_flags.use_unicode",
                         "oxcrops.get_contents_table.table_flags") == ["1"]


@pytest.mark.parametrize("compress,xor", [(False, False), (True, False), (False, True), (True, True)])
def test_dcerpc_extended_buffer_forms(tshark, compress, xor):
    """MS-OXCRPC 2.2.2.1: each payload form decodes to the same ROPs."""
    pcap = dcerpc(tshark, "logon.pcap", oxgen.ext_buffer(LOGON_REQ_BUF, compress, xor),
                  oxgen.ext_buffer(LOGON_RSP_BUF, compress, xor))
    assert_logon_request(tshark, pcap)
    assert_logon_response(tshark, pcap)
    flags = tshark.values(pcap, "oxcrops.rpc_header_ext.flags")
    want = "0x%04x" % (0x4 | (0x1 if compress else 0) | (0x2 if xor else 0))
    assert flags == [want, want]
    tshark.assert_clean(pcap)


@pytest.mark.parametrize("compress,xor", [(False, False), (True, False), (False, True), (True, True)])
def test_mapihttp_extended_buffer_forms(tshark, compress, xor):
    pcap = mapihttp(tshark, "logon.pcap", oxgen.ext_buffer(LOGON_REQ_BUF, compress, xor),
                    oxgen.ext_buffer(LOGON_RSP_BUF, compress, xor))
    assert_logon_request(tshark, pcap)
    assert_logon_response(tshark, pcap)
    assert tshark.values(pcap, "mapihttp.request_type") == ["Execute", "Execute"]
    tshark.assert_clean(pcap)


def test_dcerpc_fragments_and_segments(tshark):
    """DCE/RPC fragments of 40 stub bytes, TCP segments of 30 bytes: reassembled, then decoded."""
    pcap = dcerpc(tshark, "frag.pcap", oxgen.ext_buffer(TABLE_REQ_BUF), oxgen.ext_buffer(TABLE_RSP_BUF, xor=True),
                  frag=40, mss=30)
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0x05", "0x12", "0x15", "0x01", "0x05", "0x12", "0x15"]
    assert_table_rows(tshark, pcap)
    tshark.assert_clean(pcap)


@pytest.mark.parametrize("chunked", [False, True])
def test_mapihttp_segments_chunks_and_paired_type(tshark, chunked):
    """A response without X-RequestType takes its request's type (MS-OXCMAPIHTTP 2.2.3.3.1)."""
    pcap = mapihttp(tshark, "table.pcap", oxgen.ext_buffer(TABLE_REQ_BUF, compress=True),
                    oxgen.ext_buffer(TABLE_RSP_BUF, compress=True), mss=50, chunked=chunked, with_type=False)
    assert tshark.values(pcap, "mapihttp.request_type") == ["Execute", "Execute"]
    assert tshark.values(pcap, "mapihttp.meta_tag") == ["PROCESSING", "PENDING", "PENDING", "DONE"]
    assert tshark.values(pcap, "mapihttp.elapsed_time") == ["42"]
    assert_table_rows(tshark, pcap)
    tshark.assert_clean(pcap)


def test_chained_response_buffers(tshark):
    """MS-OXCRPC 3.1.4.2.1: several extended buffers, only the last with Last."""
    rsp = (oxgen.ext_buffer(oxgen.rop_buffer(v.GET_CONTENTS_TABLE_RSP, [0x10, 0x11, 0x12]), last=False)
           + oxgen.ext_buffer(oxgen.rop_buffer(v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP, [0x10, 0x11, 0x12]),
                              compress=True))
    pcap = dcerpc(tshark, "chain.pcap", oxgen.ext_buffer(TABLE_REQ_BUF), rsp)
    assert tshark.values(pcap, "oxcrops.rpc_header_ext.flags.last") == ["1", "0", "1"]
    assert_table_rows(tshark, pcap)
    tshark.assert_clean(pcap)


def test_ecdoconnectex(tshark):
    """MS-OXCRPC 3.1.4.1 EcDoConnectEx, every parameter, with the §4.1 client version."""
    pcap = tshark.path("connect.pcap")
    req = oxgen.ecdoconnectex_request(v.USER_DN, con_mod=0x00340567, icxr_link=2)
    rsp = oxgen.ecdoconnectex_response(7, "/o=Example/ou=Exchange/", "J. Doe")
    oxgen.dcerpc_capture(pcap, [(10, req, rsp)])
    row = tshark.fields(pcap, ["emsmdb.opnum", "emsmdb.ul_con_mod", "emsmdb.icxr_link", "emsmdb.ul_cpid",
                               "emsmdb.ul_lcid_sort", "emsmdb.us_f_can_convert_code_pages",
                               "emsmdb.rgw_client_version", "emsmdb.pcb_aux_out"], "emsmdb.ul_con_mod")[0]
    # 3.1.4.1.3.1: 0x000C, 0x183E, 0x03E8 -> high bit of word 1 clear -> 12.0.6206.1000
    assert row == ["10", "0x00340567", "0x00000002", "1252", "0x00000409", "1", "12.0.6206.1000", "4104"]
    row = tshark.fields(pcap, ["emsmdb.session_index", "emsmdb.pcms_polls_max", "emsmdb.pc_retry",
                               "emsmdb.pcms_retry_delay", "emsmdb.rgw_server_version", "emsmdb.rgw_best_version",
                               "emsmdb.return_value"], "emsmdb.session_index")[0]
    # server words 0x0F01, 0x85D9, 0x0002: high bit set -> 15.1.1497.2
    assert row == ["7", "60000", "6", "10000", "15.1.1497.2", "12.0.6206.1000", "0x00000000"]
    info = tshark.run(["-r", pcap, "-2"]).stdout
    assert "EcDoConnectEx request" in info and "session index 7" in info
    tshark.assert_clean(pcap)


def test_ecdodisconnect_and_pul_flags(tshark):
    pcap = tshark.path("disc.pcap")
    ext2 = oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(b"")), flags=0x3)
    disc_rsp = b"\0" * 20 + struct.pack("<I", 0)
    oxgen.dcerpc_capture(pcap, [(11, ext2, None), (1, oxgen.CXH, disc_rsp)])
    assert tshark.values(pcap, "emsmdb.pul_flags.no_compression") == ["1"]
    assert tshark.values(pcap, "emsmdb.pul_flags.no_xor_magic") == ["1"]
    assert tshark.values(pcap, "emsmdb.pul_flags.chain") == ["0"]
    assert tshark.values(pcap, "emsmdb.opnum") == ["11", "1", "1"]
    # MS-OXCROPS 4.1: an empty ROP buffer is RopSize 2 and nothing else
    assert tshark.values(pcap, "oxcrops.rop_size") == ["2"]
    tshark.assert_clean(pcap)


def test_disabling_emsmdb_falls_back_to_builtin(tshark):
    pcap = dcerpc(tshark, "fallback.pcap", oxgen.ext_buffer(LOGON_REQ_BUF))
    out = tshark.run(["-r", pcap, "--disable-protocol", "emsmdb"]).stdout
    assert "MAPI" in out and "EMSMDB" not in out
    assert tshark.run(["-r", pcap, "--disable-protocol", "emsmdb", "-Y", "oxcrops"]).stdout == ""

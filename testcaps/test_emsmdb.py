# SPDX-License-Identifier: GPL-2.0-or-later
"""EMSMDB (MS-OXCRPC 3.1.4): every opnum, and AsyncEMSMDB (3.3.4.1).

Stubs are written here from the IDL with the NDR20 rules (4-byte alignment
relative to the stub start); values come from MS-OXCRPC section 4 where it gives
them (4.1 connect, 4.2/4.3 ROP calls, 4.4 disconnect), otherwise they are worked
out by hand and spelled out next to the assertion.
"""
import json
import struct

import pytest

import oxgen
import vectors as v

PI_NOTE, PI_WARN, PI_ERROR = 0x00400000, 0x00600000, 0x00800000
ASYNC_UUID = "5261574a-4572-206e-b268-6b199213b4e4"

# MS-OXCRPC 4.1 example inputs
SPEC_USER_DN = "/o=First Organization/ou=First Administrative Group/CN=recipients/CN=janedow"
SPEC_CXH = struct.pack("<I", 0) + oxgen.uuid_le("00001234-0000-0000-0000-000000000000")


class Ndr:
    """An NDR20 little-endian stub, aligned relative to its start."""

    def __init__(self):
        self.b = bytearray()

    def align(self, n):
        self.b += b"\0" * ((-len(self.b)) % n)
        return self

    def u16(self, val):
        self.align(2).b += struct.pack("<H", val)
        return self

    def u32(self, val):
        self.align(4).b += struct.pack("<I", val)
        return self

    def raw(self, data):
        self.b += data
        return self

    def handle(self, h=oxgen.CXH):
        return self.align(4).raw(h)

    def conformant(self, data):
        """[size_is] byte array: max_count, elements."""
        return self.u32(len(data)).raw(data)

    def varying(self, data, max_count=None):
        """[size_is, length_is] byte array: max_count, offset 0, actual_count, elements."""
        return self.u32(len(data) if max_count is None else max_count).u32(0).u32(len(data)).raw(data)

    def string(self, s):
        return self.varying(s.encode("ascii") + b"\0")

    def unique_string(self, s, ref):
        return self.u32(ref).string(s)

    def stub(self):
        return bytes(self.b)


def connect_request_params(ndr, user_dn, flags=0, con_mod=0x00340567, cpid=0x4E4, lcid=0x409,
                           icxr_link=0xFFFFFFFF, version=(0x000C, 0x183E, 0x03E8), timestamp=0):
    """The [in] parameters EcDoConnect and EcDoConnectEx share (MS-OXCRPC 3.1.4.1)."""
    ndr.string(user_dn).u32(flags).u32(con_mod).u32(0).u32(cpid).u32(lcid).u32(lcid).u32(icxr_link)
    ndr.u16(1).u16(version[0]).u16(version[1]).u16(version[2]).u32(timestamp)
    return ndr


def connect_response_params(ndr, session_index, dn_prefix, display_name, cxh=oxgen.CXH,
                            server_version=(0x0F01, 0x8000 | 1497, 0x0002), best_version=(0x000C, 0x183E, 0x03E8),
                            timestamp=0x5E4F1234):
    ndr.handle(cxh).u32(60000).u32(6).u32(10000).u16(session_index)
    ndr.unique_string(dn_prefix, 0x00020000).unique_string(display_name, 0x00020004)
    for w in server_version + best_version:
        ndr.u16(w)
    return ndr.u32(timestamp)


def experts(tshark, pcap):
    """Every expert item as (severity, message)."""
    out = tshark.run(["-r", tshark.readable(pcap), "-2", "-T", "json", "-e", "_ws.expert.severity",
                      "-e", "_ws.expert.message"]).stdout
    found = []
    for pkt in json.loads(out or "[]"):
        layer = pkt["_source"]["layers"]
        for sev, msg in zip(layer.get("_ws.expert.severity", []), layer.get("_ws.expert.message", [])):
            found.append((int(sev, 0), msg))
    return found


def capture(tshark, name, calls, uuid=oxgen.EMSMDB_UUID, minor=81):
    """A bind to uuid, then (opnum, request stub, response stub or None) calls."""
    pcap = tshark.path(name)
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind(uuid=uuid, minor=minor))
    tcp.send("s", oxgen.dcerpc_bind_ack())
    for n, (opnum, req, rsp) in enumerate(calls, start=2):
        tcp.send("c", oxgen.dcerpc_request(n, opnum, req))
        if rsp is not None:
            tcp.send("s", oxgen.dcerpc_response(n, rsp))
    cap.write(pcap)
    return pcap


def row(tshark, pcap, fields, filter_):
    rows = tshark.fields(pcap, fields, filter_)
    assert len(rows) == 1, rows
    return rows[0]


# ---------------------------------------------------------------- opnum 0 and 10

def test_ecdoconnect_spec_example(tshark):
    """Opnum 0 with the MS-OXCRPC 4.1 inputs: EcDoConnectEx's layout without the aux parameters."""
    req = connect_request_params(Ndr(), SPEC_USER_DN).stub()
    # the request ends at pulTimeStamp: 0x4D-byte DN + 3 pad, 7 longs, 4 shorts, a long
    assert len(req) == 12 + 0x4D + 3 + 28 + 8 + 4
    rsp = connect_response_params(Ndr(), 245, "/o=First Organization/ou=First Administrative Group/",
                                  "Jane Dow", cxh=SPEC_CXH).u32(0).stub()
    pcap = capture(tshark, "ecdoconnect.pcap", [(0, req, rsp)])
    got = row(tshark, pcap, ["emsmdb.opnum", "emsmdb.sz_user_dn", "emsmdb.ul_flags", "emsmdb.ul_con_mod",
                             "emsmdb.cb_limit", "emsmdb.ul_cpid", "emsmdb.ul_lcid_string", "emsmdb.ul_lcid_sort",
                             "emsmdb.icxr_link", "emsmdb.us_f_can_convert_code_pages",
                             "emsmdb.rgw_client_version", "emsmdb.pul_time_stamp"], "emsmdb.sz_user_dn")
    assert got[:2] == ["0", SPEC_USER_DN]
    # 4.1: ulFlags 0, ulConMod 0x00340567, cbLimit 0, ulCpid 0x4E4 (1252), lcids 0x409, no link,
    # usFCanConvertCodePages 1, 0x000C 0x183E 0x03E8 -> 12.0.6206.1000, pulTimeStamp 0
    assert got[2:] == ["0x00000000", "0x00340567", "0", "1252", "0x00000409", "0x00000409", "0xffffffff", "1",
                       "12.0.6206.1000", "0x00000000"]
    got = row(tshark, pcap, ["emsmdb.session_index", "emsmdb.pcms_polls_max", "emsmdb.pc_retry",
                             "emsmdb.pcms_retry_delay", "emsmdb.rgw_server_version", "emsmdb.rgw_best_version",
                             "emsmdb.pul_time_stamp", "emsmdb.handle.uuid", "emsmdb.return_value"],
              "emsmdb.session_index")
    # 4.1: the server assigns session context handle 0x00001234
    assert got == ["245", "60000", "6", "10000", "15.1.1497.2", "12.0.6206.1000", "0x5e4f1234",
                   "00001234-0000-0000-0000-000000000000", "0x00000000"]
    info = tshark.run(["-r", pcap, "-2"]).stdout
    assert "EcDoConnect request" in info and "EcDoConnect response, session index 245" in info
    tshark.assert_clean(pcap)


def test_ecdoconnectex_matches_notes_dump():
    """The 4.1 request stub as carriers.md 2.5 dumps it (144 bytes), built here and by oxgen."""
    ours = connect_request_params(Ndr(), SPEC_USER_DN).conformant(b"").u32(0).u32(0x1008).stub()
    assert len(ours) == 0x90
    assert ours[0x58:0x60] == b"\0" * 8                       # NUL, pad, ulFlags
    assert ours[0x60:0x64] == bytes.fromhex("67053400")       # ulConMod
    assert ours[0x78:0x80] == bytes.fromhex("01000c003e18e803")
    assert ours == oxgen.ecdoconnectex_request(SPEC_USER_DN, con_mod=0x00340567, cpid=0x4E4)


def test_connect_flags_and_reserved_values(tshark):
    """ulFlags bits (3.1.4.1); cbLimit and usFCanConvertCodePages have one allowed value."""
    req = Ndr().string(SPEC_USER_DN).u32(0x00008001).u32(0).u32(7).u32(1252).u32(0x409).u32(0x409)
    req = req.u32(0xFFFFFFFF).u16(0).u16(12).u16(0x183E).u16(0x3E8).u32(0).stub()
    pcap = capture(tshark, "flags.pcap", [(0, req, None)])
    got = row(tshark, pcap, ["emsmdb.ul_flags.use_admin_privilege", "emsmdb.ul_flags.ignore_no_public_folders"],
              "emsmdb.ul_flags")
    assert got == ["1", "1"]
    msgs = [m for s, m in experts(tshark, pcap) if s == PI_WARN]
    assert msgs == ["cbLimit 7; MUST be 0", "usFCanConvertCodePages 0; MUST be 1"]


# ---------------------------------------------------------------- opnum 1

def test_ecdodisconnect_spec_example(tshark):
    """4.4: pcxh 0x00001234 in; out the handle is zero and the return value 0."""
    pcap = capture(tshark, "disconnect.pcap", [(1, SPEC_CXH, b"\0" * 20 + struct.pack("<I", 0))])
    assert tshark.values(pcap, "emsmdb.handle.uuid") == ["00001234-0000-0000-0000-000000000000",
                                                         "00000000-0000-0000-0000-000000000000"]
    assert tshark.values(pcap, "emsmdb.return_value") == ["0x00000000"]
    tshark.assert_clean(pcap)


# ---------------------------------------------------------------- opnum 2

def ecdorpc_stub(rop_buffer, max_count=512, max_data=None, response=False, rv=0):
    """openchange's EcDoRpc: handle, conformant-varying XOR-0xA5 buffer, uint16 length [, max_data | rv]."""
    ndr = Ndr().handle().varying(oxgen.xor_a5(rop_buffer), max_count).u16(len(rop_buffer))
    if response:
        return ndr.u32(rv).stub()
    return ndr.u16(max_count if max_data is None else max_data).stub()


def test_ecdorpc_legacy_buffer(tshark):
    """The whole ROP buffer XOR 0xA5, no RPC_HEADER_EXT; the response is typed by its request."""
    req = oxgen.rop_buffer(v.LOGON_REQ + v.OPEN_FOLDER_REQ, [0xFFFFFFFF, 0xFFFFFFFF])
    rsp = oxgen.rop_buffer(v.LOGON_RSP + v.OPEN_FOLDER_RSP, [0x10, 0x11])
    pcap = capture(tshark, "ecdorpc.pcap", [(2, ecdorpc_stub(req), ecdorpc_stub(rsp, response=True))])
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0xfe", "0x02", "0xfe", "0x02"]
    assert tshark.values(pcap, "oxcrops.rop_size") == [str(2 + len(v.LOGON_REQ + v.OPEN_FOLDER_REQ)),
                                                       str(2 + len(v.LOGON_RSP + v.OPEN_FOLDER_RSP))]
    assert tshark.values(pcap, "oxcrops.handle") == ["0xffffffff", "0xffffffff", "0x00000010", "0x00000011"]
    # the 13 folder IDs of the private-mailbox RopLogon response (vectors.LOGON_RSP)
    assert tshark.values(pcap, "oxcrops.folder_id", "oxcrops.logon.response_flags") == \
        ["0x%016x" % (1 | (i << 56)) for i in range(1, 14)]
    assert tshark.values(pcap, "emsmdb.length") == [str(len(req)), str(len(rsp))]
    assert tshark.values(pcap, "emsmdb.max_data") == ["512"]
    assert tshark.values(pcap, "emsmdb.ndr.max_count") == ["512", "512"]
    assert set(tshark.values(pcap, "oxcrops.request_frame")) == {"3"}
    info = tshark.run(["-r", pcap, "-2"]).stdout
    assert "EcDoRpc request: RopLogon, RopOpenFolder" in info
    tshark.assert_clean(pcap)


def test_ecdorpc_length_mismatch(tshark):
    """length repeats the buffer's byte count; a different value is flagged."""
    stub = bytearray(ecdorpc_stub(oxgen.rop_buffer(bytes.fromhex("010000"), [0x10])))
    struct.pack_into("<H", stub, len(stub) - 4, 99)
    pcap = capture(tshark, "ecdorpc_len.pcap", [(2, bytes(stub), None)])
    assert [e for e in experts(tshark, pcap) if e[0] >= PI_WARN] == [(PI_WARN, "99 differs from the array's count 9")]


# ---------------------------------------------------------------- opnums 3, 7, 8, 9, 12, 13

@pytest.mark.parametrize("opnum,name", [(3, "EcGetMoreRpc"), (7, "EcRGetDCName"), (8, "EcRNetGetDCName"),
                                        (9, "EcDoRpcExt")])
def test_opnums_without_idl(tshark, opnum, name):
    """No IDL is published: the stub is shown as bytes with a note, in both directions."""
    pcap = capture(tshark, "op%d.pcap" % opnum, [(opnum, b"\x01\x02\x03\x04", b"\0\0\0\0")])
    assert tshark.values(pcap, "emsmdb.opnum") == [str(opnum), str(opnum)]
    assert tshark.values(pcap, "emsmdb.stub") == ["01020304", "00000000"]
    found = experts(tshark, pcap)
    assert [e for e in found if e[0] >= PI_WARN] == []
    assert found.count((PI_NOTE, "No IDL is published for this deprecated opnum: stub not decoded")) == 2
    assert "%s request" % name in tshark.run(["-r", pcap, "-2"]).stdout


@pytest.mark.parametrize("opnum", [12, 13])
def test_reserved_opnums(tshark, opnum):
    """3.1.4: Opnum12NotUsedOnWire / Opnum13NotUsedOnWire: the client MUST NOT send them."""
    pcap = capture(tshark, "op%d.pcap" % opnum, [(opnum, b"\xaa\xbb", None)])
    assert "Opnum%dNotUsedOnWire request" % opnum in tshark.run(["-r", pcap, "-2"]).stdout
    assert (PI_WARN, "Opnum %d is reserved: MS-OXCRPC 3.1.4 says the client MUST NOT send it" % opnum) in \
        experts(tshark, pcap)


# ---------------------------------------------------------------- opnum 4 and 5

def register_push_stub(context, address, i_rpc=0, advise=0xFFFFFFFF):
    """3.1.4.5: pcxh, iRpc, rgbContext[cbContext], cbContext, grbitAdviseBits,
    rgbCallbackAddress[cbCallbackAddress], cbCallbackAddress."""
    ndr = Ndr().handle().u32(i_rpc).conformant(context).u16(len(context)).u32(advise)
    return ndr.conformant(address).u16(len(address)).stub()


def test_ecrregisterpushnotification_ipv4(tshark):
    """AF_INET callback address (MS-OXCNOTIF 3.1.5.4): family LE, port and address in network order."""
    context = bytes.fromhex("d0273b0200e0fd7f")
    address = struct.pack("<H", 2) + struct.pack(">H", 1071) + bytes([192, 168, 0, 173]) + b"\0" * 8
    rsp = Ndr().handle().u32(0x0000ABCD).u32(0).stub()
    pcap = capture(tshark, "push4.pcap", [(4, register_push_stub(context, address), rsp)])
    got = row(tshark, pcap, ["emsmdb.i_rpc", "emsmdb.rgb_context.data", "emsmdb.cb_context",
                             "emsmdb.grbit_advise_bits", "emsmdb.rgb_callback_address.family",
                             "emsmdb.rgb_callback_address.port", "emsmdb.rgb_callback_address.ipv4",
                             "emsmdb.cb_callback_address"], "emsmdb.i_rpc")
    assert got == ["0x00000000", "d0273b0200e0fd7f", "8", "0xffffffff", "2", "1071", "192.168.0.173", "16"]
    assert tshark.values(pcap, "emsmdb.h_notification") == ["0x0000abcd"]
    tshark.assert_clean(pcap)


def test_ecrregisterpushnotification_ipv6_and_bad_sizes(tshark):
    """AF_INET6 (23): port, flowinfo, address, scope id; iRpc must be 0; cbContext must match."""
    address = (struct.pack("<H", 23) + struct.pack(">HI", 6001, 0) + bytes.fromhex("fe80000000000000020c29fffe123456")
               + struct.pack("<I", 4))
    stub = bytearray(register_push_stub(b"\x11" * 16, address, i_rpc=7))
    struct.pack_into("<H", stub, 20 + 4 + 4 + 16, 15)        # cbContext 15 for a 16-byte array
    pcap = capture(tshark, "push6.pcap", [(4, bytes(stub), None)])
    got = row(tshark, pcap, ["emsmdb.rgb_callback_address.family", "emsmdb.rgb_callback_address.port",
                             "emsmdb.rgb_callback_address.ipv6", "emsmdb.rgb_callback_address.scope_id"],
              "emsmdb.i_rpc")
    assert got == ["23", "6001", "fe80::20c:29ff:fe12:3456", "4"]
    msgs = [m for s, m in experts(tshark, pcap) if s >= PI_WARN]
    assert msgs == ["iRpc 7; MUST be 0", "15 differs from the array's count 16"]


def test_ecrunregisterpushnotification(tshark):
    """Opnum 5 as openchange's IDL has it: the handle and uint32 unknown[2]; out the handle and return value."""
    req = Ndr().handle().u32(0).u32(0x0000ABCD).stub()
    rsp = Ndr().handle().u32(0x80040102).stub()      # ecNotSupported
    pcap = capture(tshark, "unregister.pcap", [(5, req, rsp)])
    assert tshark.values(pcap, "emsmdb.unregister_push_notification.unknown") == ["0x00000000", "0x0000abcd"]
    assert tshark.values(pcap, "emsmdb.return_value") == ["0x80040102"]
    assert "EcRUnregisterPushNotification response [NotSupported]" in tshark.run(["-r", pcap, "-2"]).stdout


# ---------------------------------------------------------------- opnum 6

def test_ecdummyrpc(tshark):
    """3.1.4.6: only hBinding, which is not on the wire; the response is the return value."""
    pcap = capture(tshark, "dummy.pcap", [(6, b"", struct.pack("<I", 0))])
    assert tshark.values(pcap, "emsmdb.opnum") == ["6", "6"]
    assert tshark.values(pcap, "emsmdb.return_value") == ["0x00000000"]
    tshark.assert_clean(pcap)


# ---------------------------------------------------------------- opnum 11

def spec_42_rop_buffer():
    """A 4.2/4.3 ROP input buffer: RopSize 0x0142 (320 bytes of ROPs, the last RopReadStream) and
    a 16-byte ServerObjectHandleTable. The ROPs: 2 x RopRelease (3 bytes each), one
    RopGetPropertiesSpecific with 75 tags (9 + 4 * 75 bytes), RopReadStream (5 bytes) = 320."""
    rops = bytes.fromhex("010001") + bytes.fromhex("010002")
    rops += bytes.fromhex("07000000000000") + struct.pack("<H", 75) + struct.pack("<I", 0x0037001F) * 75
    rops += bytes.fromhex("2c0001") + struct.pack("<H", 0x1000)
    assert len(rops) == 320
    return oxgen.rop_buffer(rops, [0x10, 0x11, 0x12, 0x13])


@pytest.mark.parametrize("flags,chain", [(0x3, "0"), (0x7, "1")])
def test_ecdorpcext2_spec_example(tshark, flags, chain):
    """4.2 (pulFlags 3) and 4.3 (pulFlags 7): RPC_HEADER_EXT 0x0000/0x0004/0x0152/0x0152, RopSize 0x0142,
    cbIn 0x15A, pcbOut 0x18008, no aux in, pcbAuxOut 0x1008."""
    rgb_in = oxgen.ext_buffer(spec_42_rop_buffer())
    assert rgb_in[:10] == bytes.fromhex("0000040052015201 4201".replace(" ", ""))
    req = oxgen.ecdorpcext2_request(rgb_in, flags=flags, pcb_out=0x00018008, pcb_aux_out=0x1008, cxh=SPEC_CXH)
    pcap = capture(tshark, "ext2.pcap", [(11, req, None)])
    got = row(tshark, pcap, ["emsmdb.pul_flags", "emsmdb.pul_flags.no_compression", "emsmdb.pul_flags.no_xor_magic",
                             "emsmdb.pul_flags.chain", "oxcrops.rpc_header_ext.version",
                             "oxcrops.rpc_header_ext.flags", "oxcrops.rpc_header_ext.size",
                             "oxcrops.rpc_header_ext.size_actual", "oxcrops.rop_size", "emsmdb.cb_in",
                             "emsmdb.pcb_out", "emsmdb.cb_aux_in", "emsmdb.pcb_aux_out"], "emsmdb.pul_flags")
    assert got == ["0x%08x" % flags, "1", "1", chain, "0x0000", "0x0004", str(0x152), str(0x152), str(0x142),
                   str(0x15A), str(0x18008), "0", str(0x1008)]
    assert tshark.values(pcap, "oxcrops.rop_id") == ["0x01", "0x01", "0x07", "0x2c"]
    assert len(tshark.values(pcap, "oxcrops.handle")) == 4


# ---------------------------------------------------------------- opnum 14 and AsyncEMSMDB

ACXH = struct.pack("<I", 0) + oxgen.uuid_le("aaaabbbb-cccc-dddd-eeee-ffff00001111")


def test_ecdoasyncconnectex(tshark):
    """3.1.4.4: [in] CXH cxh, [out] ACXH *pacxh; ecRejected 0x7EE when the server refuses."""
    pcap = capture(tshark, "asyncconnect.pcap", [(14, SPEC_CXH, ACXH + struct.pack("<I", 0)),
                                                  (14, SPEC_CXH, b"\0" * 20 + struct.pack("<I", 0x7EE))])
    assert tshark.values(pcap, "emsmdb.cxh") == [SPEC_CXH.hex()] * 2
    assert tshark.values(pcap, "emsmdb.pacxh") == [ACXH.hex(), "00" * 20]
    assert tshark.values(pcap, "emsmdb.return_value") == ["0x00000000", "0x000007ee"]
    assert "EcDoAsyncConnectEx response [Rejected]" in tshark.run(["-r", pcap, "-2"]).stdout


def test_asyncemsmdb_ecdoasyncwaitex(tshark):
    """3.3.4.1: a bind to 5261574A-4572-206E-B268-6B199213B4E4 v0.01; ulFlagsIn 0;
    pulFlagsOut NotificationPending (0x00000001)."""
    calls = [(0, ACXH + struct.pack("<I", 0), struct.pack("<II", 1, 0)),
             (0, ACXH + struct.pack("<I", 0), struct.pack("<II", 0, 0))]
    pcap = capture(tshark, "async.pcap", calls, uuid=ASYNC_UUID, minor=1)
    out = tshark.run(["-r", pcap, "-2"]).stdout
    assert "AsyncEMSMDB" in out and "EcDoAsyncWaitEx response, NotificationPending" in out
    assert tshark.values(pcap, "asyncemsmdb.opnum") == ["0"] * 4
    assert tshark.values(pcap, "asyncemsmdb.acxh.uuid") == ["aaaabbbb-cccc-dddd-eeee-ffff00001111"] * 2
    assert tshark.values(pcap, "asyncemsmdb.ul_flags_in") == ["0x00000000"] * 2
    assert tshark.values(pcap, "asyncemsmdb.pul_flags_out") == ["0x00000001", "0x00000000"]
    assert tshark.values(pcap, "asyncemsmdb.pul_flags_out.notification_pending") == ["1", "0"]
    assert tshark.values(pcap, "asyncemsmdb.return_value") == ["0x00000000", "0x00000000"]
    tshark.assert_clean(pcap)


def test_asyncemsmdb_flags_checks(tshark):
    """ulFlagsIn MUST be 0; pulFlagsOut defines one bit."""
    pcap = capture(tshark, "async_bad.pcap", [(0, ACXH + struct.pack("<I", 2), struct.pack("<II", 3, 0))],
                   uuid=ASYNC_UUID, minor=1)
    msgs = [m for s, m in experts(tshark, pcap) if s >= PI_WARN]
    assert msgs == ["ulFlagsIn 0x00000002; MS-OXCRPC 3.3.4.1 requires 0", "Undefined pulFlagsOut bits: 0x00000002"]


def test_asyncemsmdb_registered_once(tshark):
    """Nothing in Wireshark 4.0, 4.4 or 4.6 registers the AsyncEMSMDB UUID; the plugin's protocol
    is there (-G protocols: name, short name, filter name, and from 4.2 on its enabled flags)."""
    protocols = [p.split("\t") for p in tshark.run(["-G", "protocols"], scan_output=False).stdout.splitlines()]
    assert [p[1] for p in protocols if len(p) > 2 and p[2] == "asyncemsmdb"] == ["AsyncEMSMDB"]
    out = tshark.run(["-r", capture(tshark, "a.pcap", [(0, ACXH + b"\0" * 4, None)], uuid=ASYNC_UUID, minor=1),
                      "--disable-protocol", "asyncemsmdb"]).stdout
    assert "EcDoAsyncWaitEx" not in out


def test_rpc_over_http_framing(tshark):
    """EMSMDB in RPC over HTTP (ncacn_http, MS-RPCH 2.1.2.1): what Wireshark 4.0 hands on (README).
    Its HTTP dissector offers the body that arrives with the RPC_IN_DATA / RPC_OUT_DATA headers to
    its heuristics, where DCE/RPC takes it; PDUs in later segments of these long-lived channels stay
    "Continuation". The response travels on the OUT channel, another TCP connection than the bind,
    so DCE/RPC cannot tie it to EMSMDB."""
    rops = oxgen.ext_buffer(oxgen.rop_buffer(v.LOGON_REQ, [0xFFFFFFFF]))
    head_in = (b"RPC_IN_DATA /rpc/rpcproxy.dll?mail.example.com:6001 HTTP/1.1\r\nHost: mail.example.com\r\n"
               b"Content-Length: 1073741824\r\n\r\n")
    pdus = oxgen.dcerpc_bind() + oxgen.dcerpc_request(2, 11, oxgen.ecdorpcext2_request(rops))
    pcap = tshark.path("ncacn_http.pcap")
    cap = oxgen.Capture()
    together = oxgen.TcpStream(cap, client=("10.0.0.1", 50010), server=("10.0.0.2", 80))
    together.send("c", head_in + pdus, mss=65535)
    apart = oxgen.TcpStream(cap, client=("10.0.0.1", 50012), server=("10.0.0.2", 80))
    apart.send("c", head_in)
    apart.send("c", pdus)
    cap.write(pcap)
    rows = tshark.fields(pcap, ["frame.number", "emsmdb.opnum", "oxcrops.rop_id"])
    assert rows == [["1", "11", "0xfe"], ["2", "", ""], ["3", "", ""]]
    assert "Continuation" in tshark.run(["-r", pcap, "-2", "-Y", "frame.number == 3"]).stdout


def test_disabled_emsmdb_gives_builtin_legacy_opnums(tshark):
    """With emsmdb disabled, the built-in mapi dissector's routines decode EcDoRpc again."""
    req = oxgen.rop_buffer(v.LOGON_REQ, [0xFFFFFFFF])
    pcap = capture(tshark, "fallback.pcap", [(2, ecdorpc_stub(req), None)])
    out = tshark.run(["-r", pcap, "--disable-protocol", "emsmdb"]).stdout
    assert "MAPI" in out and "EMSMDB" not in out
    assert tshark.run(["-r", pcap, "--disable-protocol", "emsmdb", "-Y", "oxcrops"]).stdout == ""

# SPDX-License-Identifier: GPL-2.0-or-later
"""Auxiliary buffers (MS-OXCRPC 2.2.2.2 and 3.1.4.1.2): every block structure,
versions 1 and 2, offsets from the AUX_HEADER start; and the real Outlook 2007
rgbAuxIn (XorMagic) of ../shared/testdata/real.

Each block below is written from its MS-OXCRPC 2.2.2.2.x layout; the values are
chosen by hand and spelled out, offsets worked out from the fixed part's size.
"""
import os
import struct

import oxgen
from test_emsmdb import PI_NOTE, PI_WARN, PI_ERROR, capture, experts

V1, V2 = 1, 2


def utf16z(s):
    return s.encode("utf-16-le") + b"\0\0"


def block(version, type_, fixed, variable=b""):
    """AUX_HEADER (Size covers header, fixed part and variable part) + block."""
    return oxgen.aux_block(version, type_, fixed + variable)


def ext2_with_aux_in(aux_payload, xor=False):
    """An EcDoRpcExt2 request with an empty ROP buffer and aux_payload as rgbAuxIn."""
    return oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(b"")),
                                     aux_in=oxgen.ext_buffer(aux_payload, xor=xor))


def connectex_with_aux_out(aux_payload, compress=False):
    """An EcDoConnectEx response with aux_payload as rgbAuxOut."""
    return oxgen.ecdoconnectex_response(3, "/o=Example/", "Server", aux_out=oxgen.ext_buffer(aux_payload,
                                                                                              compress=compress))


def values(tshark, pcap, fields):
    return {f: tshark.values(pcap, f) for f in fields}


GUID_A = "01234567-89ab-cdef-0123-456789abcdef"
GUID_B = "fedcba98-7654-3210-fedc-ba9876543210"


def guid(text):
    return oxgen.uuid_le(text)


# ---------------------------------------------------------------- the performance blocks (client to server)

def perf_blocks_v1():
    blocks = []
    # 2.2.2.2.1 AUX_PERF_REQUESTID: SessionID 1, RequestID 0xA3
    blocks.append(block(V1, 0x01, struct.pack("<HH", 1, 0xA3)))
    # 2.2.2.2.2 AUX_PERF_SESSIONINFO: SessionID 1, Reserved 0, SessionGuid A
    blocks.append(block(V1, 0x04, struct.pack("<HH", 1, 0) + guid(GUID_A)))
    # 2.2.2.2.7 AUX_PERF_DEFMDB_SUCCESS: TimeSinceRequest 70, TimeToCompleteRequest 5, RequestID 0xA2
    blocks.append(block(V1, 0x05, struct.pack("<IIHH", 70, 5, 0xA2, 0)))
    # 2.2.2.2.8 AUX_PERF_DEFGC_SUCCESS: ServerID 2, SessionID 1, 30 ms, 4 ms, RequestOperation 0x11
    blocks.append(block(V1, 0x06, struct.pack("<HHIIB", 2, 1, 30, 4, 0x11) + b"\0\0\0"))
    # 2.2.2.2.9 AUX_PERF_MDB_SUCCESS: ClientID 1, ServerID 2, SessionID 3, RequestID 4, 100 ms, 20 ms
    blocks.append(block(V1, 0x07, struct.pack("<HHHHII", 1, 2, 3, 4, 100, 20)))
    # 2.2.2.2.11 AUX_PERF_GC_SUCCESS: ClientID 1, ServerID 2, SessionID 3, Reserved_1, 50 ms, 6 ms, op 0x22
    blocks.append(block(V1, 0x08, struct.pack("<HHHHIIB", 1, 2, 3, 0, 50, 6, 0x22) + b"\0\0\0"))
    # 2.2.2.2.13 AUX_PERF_FAILURE: ClientID 1, ServerID 2, SessionID 3, RequestID 5, 200 ms, 30 ms,
    # ResultCode 0x80040115 (NetworkError in MS-OXCDATA 2.4.1, ecRpcFailed in MS-OXCRPC), RequestOperation 0x33
    blocks.append(block(V1, 0x09, struct.pack("<HHHHIIIB", 1, 2, 3, 5, 200, 30, 0x80040115, 0x33) + b"\0\0\0"))
    # 2.2.2.2.18 AUX_PERF_ACCOUNTINFO: ClientID 1, Reserved 0, Account B
    blocks.append(block(V1, 0x18, struct.pack("<HH", 1, 0) + guid(GUID_B)))
    return b"".join(blocks)


def test_perf_blocks_version_1(tshark):
    pcap = capture(tshark, "aux_v1.pcap", [(11, ext2_with_aux_in(perf_blocks_v1(), xor=True), None)])
    got = values(tshark, pcap, [
        "oxcrops.aux_header.type", "oxcrops.aux_header.size", "oxcrops.aux.perf_requestid.session_id",
        "oxcrops.aux.perf_requestid.request_id", "oxcrops.aux.perf_sessioninfo.session_guid",
        "oxcrops.aux.perf_defmdb_success.time_since_request", "oxcrops.aux.perf_defmdb_success.request_id",
        "oxcrops.aux.perf_defgc_success.server_id", "oxcrops.aux.perf_defgc_success.request_operation",
        "oxcrops.aux.perf_mdb_success.request_id", "oxcrops.aux.perf_mdb_success.time_to_complete_request",
        "oxcrops.aux.perf_gc_success.time_since_request", "oxcrops.aux.perf_gc_success.request_operation",
        "oxcrops.aux.perf_failure.result_code", "oxcrops.aux.perf_failure.time_to_fail_request",
        "oxcrops.aux.perf_failure.request_operation", "oxcrops.aux.perf_accountinfo.account"])
    assert got == {
        "oxcrops.aux_header.type": ["0x01", "0x04", "0x05", "0x06", "0x07", "0x08", "0x09", "0x18"],
        # 4 + 4, 4 + 20, 4 + 12, 4 + 16, 4 + 16, 4 + 20, 4 + 24, 4 + 20
        "oxcrops.aux_header.size": ["8", "24", "16", "20", "20", "24", "28", "24"],
        "oxcrops.aux.perf_requestid.session_id": ["1"], "oxcrops.aux.perf_requestid.request_id": ["163"],
        "oxcrops.aux.perf_sessioninfo.session_guid": [GUID_A],
        "oxcrops.aux.perf_defmdb_success.time_since_request": ["70"],
        "oxcrops.aux.perf_defmdb_success.request_id": ["162"],
        "oxcrops.aux.perf_defgc_success.server_id": ["2"], "oxcrops.aux.perf_defgc_success.request_operation": ["17"],
        "oxcrops.aux.perf_mdb_success.request_id": ["4"],
        "oxcrops.aux.perf_mdb_success.time_to_complete_request": ["20"],
        "oxcrops.aux.perf_gc_success.time_since_request": ["50"],
        "oxcrops.aux.perf_gc_success.request_operation": ["34"],
        "oxcrops.aux.perf_failure.result_code": ["0x80040115"],
        "oxcrops.aux.perf_failure.time_to_fail_request": ["30"],
        "oxcrops.aux.perf_failure.request_operation": ["51"],
        "oxcrops.aux.perf_accountinfo.account": [GUID_B],
    }
    assert [e for e in experts(tshark, pcap) if e[0] >= PI_WARN] == []


def test_perf_blocks_version_2(tshark):
    """AUX_VERSION_2 selects the _V2 structures (ProcessID first) for types 0x04, 0x07, 0x08, 0x09 and
    the BG_/FG_ variants; 0x0B is AUX_PERF_PROCESSINFO in both versions."""
    payload = b"".join([
        # 2.2.2.2.3 AUX_PERF_SESSIONINFO_V2: SessionID 1, Reserved, SessionGuid A, ConnectionID 0x1234
        block(V2, 0x04, struct.pack("<HH", 1, 0) + guid(GUID_A) + struct.pack("<I", 0x1234)),
        # 2.2.2.2.10 AUX_PERF_MDB_SUCCESS_V2: ProcessID 9, ClientID 1, ServerID 2, SessionID 3, RequestID 4,
        # Reserved, 100 ms, 20 ms -- sent as AUX_TYPE_PERF_BG_MDB_SUCCESS (0x0E)
        block(V2, 0x0E, struct.pack("<HHHHHHII", 9, 1, 2, 3, 4, 0, 100, 20)),
        # 2.2.2.2.12 AUX_PERF_GC_SUCCESS_V2: ProcessID 9, ClientID 1, ServerID 2, SessionID 3, 50 ms, 6 ms,
        # op 0x22 -- as AUX_TYPE_PERF_FG_GC_SUCCESS (0x14)
        block(V2, 0x14, struct.pack("<HHHHIIB", 9, 1, 2, 3, 50, 6, 0x22) + b"\0\0\0"),
        # 2.2.2.2.14 AUX_PERF_FAILURE_V2: ProcessID 9, ClientID 1, ServerID 2, SessionID 3, RequestID 5,
        # Reserved_1, 200 ms, 30 ms, ResultCode 0x000004B6 (ecRpcFormat), op 0x33
        block(V2, 0x09, struct.pack("<HHHHHHIIIB", 9, 1, 2, 3, 5, 0, 200, 30, 0x4B6, 0x33) + b"\0\0\0"),
        # 2.2.2.2.6 AUX_PERF_PROCESSINFO: ProcessID 9, Reserved_1, ProcessGuid B, ProcessNameOffset 28
        # (4 header + 24 fixed), Reserved_2, "OUTLOOK.EXE"
        block(V2, 0x0B, struct.pack("<HH", 9, 0) + guid(GUID_B) + struct.pack("<HH", 28, 0), utf16z("OUTLOOK.EXE")),
        block(V1, 0x0B, struct.pack("<HH", 7, 0) + guid(GUID_A) + struct.pack("<HH", 28, 0), utf16z("MFCMapi.exe")),
    ])
    pcap = capture(tshark, "aux_v2.pcap", [(11, ext2_with_aux_in(payload), None)])
    got = values(tshark, pcap, [
        "oxcrops.aux_header.version", "oxcrops.aux.perf_sessioninfo_v2.connection_id",
        "oxcrops.aux.perf_mdb_success_v2.process_id", "oxcrops.aux.perf_mdb_success_v2.request_id",
        "oxcrops.aux.perf_gc_success_v2.process_id", "oxcrops.aux.perf_gc_success_v2.request_operation",
        "oxcrops.aux.perf_failure_v2.request_id", "oxcrops.aux.perf_failure_v2.result_code",
        "oxcrops.aux.perf_processinfo.process_id", "oxcrops.aux.perf_processinfo.process_name_offset",
        "oxcrops.aux.perf_processinfo.process_name", "oxcrops.aux.perf_processinfo.process_guid"])
    assert got == {
        "oxcrops.aux_header.version": ["0x02"] * 5 + ["0x01"],
        "oxcrops.aux.perf_sessioninfo_v2.connection_id": [str(0x1234)],
        "oxcrops.aux.perf_mdb_success_v2.process_id": ["9"], "oxcrops.aux.perf_mdb_success_v2.request_id": ["4"],
        "oxcrops.aux.perf_gc_success_v2.process_id": ["9"],
        "oxcrops.aux.perf_gc_success_v2.request_operation": ["34"],
        "oxcrops.aux.perf_failure_v2.request_id": ["5"], "oxcrops.aux.perf_failure_v2.result_code": ["0x000004b6"],
        "oxcrops.aux.perf_processinfo.process_id": ["9", "7"],
        "oxcrops.aux.perf_processinfo.process_name_offset": ["28", "28"],
        "oxcrops.aux.perf_processinfo.process_name": ["OUTLOOK.EXE", "MFCMapi.exe"],
        "oxcrops.aux.perf_processinfo.process_guid": [GUID_B, GUID_A],
    }
    assert [e for e in experts(tshark, pcap) if e[0] >= PI_WARN] == []


def test_clientinfo_serverinfo_offsets(tshark):
    """Variable fields at offsets from the AUX_HEADER start (2.2.2.2.4, 2.2.2.2.5)."""
    # AUX_PERF_CLIENTINFO fixed part: 28 bytes, so the variable part starts at 32.
    machine, user, adapter = utf16z("CLIENT1"), utf16z("jdoe"), utf16z("Ethernet0")
    ip, mask, mac = bytes([10, 0, 0, 1]), bytes([255, 255, 255, 0]), bytes.fromhex("00155d010203")
    o_machine = 32
    o_user = o_machine + len(machine)          # 48
    o_ip = o_user + len(user)                  # 58
    o_mask = o_ip + 4                          # 62
    o_adapter = o_mask + 4                     # 66
    o_mac = o_adapter + len(adapter)           # 86
    fixed = struct.pack("<IHHHHHHHHHHHH", 1000000, 1, o_machine, o_user, 4, o_ip, 4, o_mask, o_adapter, 6, o_mac,
                        2, 0)
    clientinfo = block(V1, 0x02, fixed, machine + user + ip + mask + adapter + mac)
    # AUX_PERF_SERVERINFO fixed part: 8 bytes, variable part from 12; ServerType 1 (SERVERTYPE_PRIVATE)
    dn, name = utf16z("/o=Example/ou=Exchange/cn=Configuration/cn=Servers/cn=EXCH01"), utf16z("EXCH01")
    serverinfo = block(V1, 0x03, struct.pack("<HHHH", 2, 1, 12, 12 + len(dn)), dn + name)
    pcap = capture(tshark, "aux_strings.pcap", [(11, ext2_with_aux_in(clientinfo + serverinfo), None)])
    p = "oxcrops.aux.perf_clientinfo."
    got = values(tshark, pcap, [p + f for f in ("adapter_speed", "client_id", "machine_name_offset", "machine_name",
                                                "user_name", "client_ip_size", "client_ip_offset", "client_ip",
                                                "client_ip_mask", "adapter_name", "mac_address_size",
                                                "mac_address", "client_mode")])
    assert got == {p + "adapter_speed": ["1000000"], p + "client_id": ["1"], p + "machine_name_offset": ["32"],
                   p + "machine_name": ["CLIENT1"], p + "user_name": ["jdoe"], p + "client_ip_size": ["4"],
                   p + "client_ip_offset": ["58"], p + "client_ip": ["0a000001"], p + "client_ip_mask": ["ffffff00"],
                   p + "adapter_name": ["Ethernet0"], p + "mac_address_size": ["6"],
                   p + "mac_address": ["00155d010203"], p + "client_mode": ["0x0002"]}
    p = "oxcrops.aux.perf_serverinfo."
    got = values(tshark, pcap, [p + f for f in ("server_id", "server_type", "server_dn", "server_name")])
    assert got == {p + "server_id": ["2"], p + "server_type": ["0x0001"],
                   p + "server_dn": ["/o=Example/ou=Exchange/cn=Configuration/cn=Servers/cn=EXCH01"],
                   p + "server_name": ["EXCH01"]}
    assert [e for e in experts(tshark, pcap) if e[0] >= PI_WARN] == []


# ---------------------------------------------------------------- the server-to-client blocks (3.1.4.1.2.1)

def server_blocks():
    blocks = []
    # 2.2.2.2.15 AUX_CLIENT_CONTROL: EnableFlags = PERF_SENDTOSERVER | COMPRESSION | HTTP_TUNNELING |
    # PERF_SENDGCDATA (0x1D), ExpiryTime 604800000 ms (7 days)
    blocks.append(block(V1, 0x0A, struct.pack("<II", 0x1D, 604800000)))
    # 2.2.2.2.16 AUX_OSVERSIONINFO: OSVersionInfoSize 148, 10.0 build 17763, Reserved_1 (132), SP 0.0, Reserved_2
    blocks.append(block(V1, 0x16, struct.pack("<IIII", 148, 10, 0, 17763) + b"\0" * 132 + struct.pack("<HHI", 0, 0, 0)))
    # 2.2.2.2.17 AUX_EXORGINFO: OrgFlags PUBLIC_FOLDERS_ENABLED | USE_AUTODISCOVER_... (0x3)
    blocks.append(block(V1, 0x17, struct.pack("<I", 3)))
    # 2.2.2.2.19 AUX_SERVER_CAPABILITIES (0x46): PACKED_FAST_TRANSFER | PACKED_WRITE_STREAM | ULTRA_LARGE (0x0B)
    blocks.append(block(V1, 0x46, struct.pack("<I", 0x0B)))
    # 2.2.2.2.20 AUX_ENDPOINT_CAPABILITIES (0x48): ENDPOINT_CAPABILITIES_SINGLE_ENDPOINT
    blocks.append(block(V1, 0x48, struct.pack("<I", 1)))
    # 2.2.2.2.22 AUX_SERVER_SESSION_INFO (0x4B): OffsetServerSessionContextInfo 6 (4 + 2)
    blocks.append(block(V1, 0x4B, struct.pack("<H", 6), utf16z("{8D9A3B15-0000}:EXCH01")))
    return b"".join(blocks)


def test_server_blocks_in_ecdoconnectex(tshark):
    """rgbAuxOut of EcDoConnectEx, LZ77-compressed."""
    req = oxgen.ecdoconnectex_request("/o=Example/cn=jdoe")
    pcap = capture(tshark, "aux_server.pcap", [(10, req, connectex_with_aux_out(server_blocks(), compress=True))])
    p = "oxcrops.aux."
    got = values(tshark, pcap, [
        p + "client_control.enable_flags", p + "client_control.enable_flags.enable_perf_sendtoserver",
        p + "client_control.enable_flags.enable_compression", p + "client_control.enable_flags.enable_http_tunneling",
        p + "client_control.enable_flags.enable_perf_sendgcdata", p + "client_control.expiry_time",
        p + "osversioninfo.os_version_info_size", p + "osversioninfo.major_version",
        p + "osversioninfo.build_number", p + "osversioninfo.service_pack_major",
        p + "exorginfo.org_flags", p + "exorginfo.org_flags.public_folders_enabled",
        p + "exorginfo.org_flags.use_autodiscover_for_public_folder_configuration",
        p + "server_capabilities.server_capability_flags",
        p + "server_capabilities.server_capability_flags.packed_fast_transfer_upload_buffers",
        p + "server_capabilities.server_capability_flags.packed_write_stream_upload_buffers",
        p + "server_capabilities.server_capability_flags.ultra_large_packed_download_buffers",
        p + "endpoint_capabilities.endpoint_capability_flag.single_endpoint",
        p + "server_session_info.offset_server_session_context_info",
        p + "server_session_info.server_session_context_info"])
    assert got == {
        p + "client_control.enable_flags": ["0x0000001d"],
        p + "client_control.enable_flags.enable_perf_sendtoserver": ["1"],
        p + "client_control.enable_flags.enable_compression": ["1"],
        p + "client_control.enable_flags.enable_http_tunneling": ["1"],
        p + "client_control.enable_flags.enable_perf_sendgcdata": ["1"],
        p + "client_control.expiry_time": ["604800000"],
        p + "osversioninfo.os_version_info_size": ["148"], p + "osversioninfo.major_version": ["10"],
        p + "osversioninfo.build_number": ["17763"], p + "osversioninfo.service_pack_major": ["0"],
        p + "exorginfo.org_flags": ["0x00000003"], p + "exorginfo.org_flags.public_folders_enabled": ["1"],
        p + "exorginfo.org_flags.use_autodiscover_for_public_folder_configuration": ["1"],
        p + "server_capabilities.server_capability_flags": ["0x0000000b"],
        p + "server_capabilities.server_capability_flags.packed_fast_transfer_upload_buffers": ["1"],
        p + "server_capabilities.server_capability_flags.packed_write_stream_upload_buffers": ["1"],
        p + "server_capabilities.server_capability_flags.ultra_large_packed_download_buffers": ["1"],
        p + "endpoint_capabilities.endpoint_capability_flag.single_endpoint": ["1"],
        p + "server_session_info.offset_server_session_context_info": ["6"],
        p + "server_session_info.server_session_context_info": ["{8D9A3B15-0000}:EXCH01"],
    }
    assert tshark.values(pcap, "oxcrops.rpc_header_ext.flags.compressed") == ["1"]
    assert [e for e in experts(tshark, pcap) if e[0] >= PI_WARN] == []


def test_client_connection_and_device_blocks(tshark):
    """2.2.2.2.21 AUX_CLIENT_CONNECTION_INFO and 2.2.2.2.23 AUX_PROTOCOL_DEVICE_IDENTIFICATION."""
    # ConnectionGUID, OffsetConnectionContextInfo 32 (4 + 28), Reserved, ConnectionAttempts 2,
    # ConnectionFlags 1 (cached mode, as gromox names the bit)
    conn = block(V1, 0x4A, guid(GUID_A) + struct.pack("<HHII", 32, 0, 2, 1), utf16z("ctx=42"))
    strings = [utf16z(s) for s in ("Contoso", "Gateway 9000", "SN-001", "2.1", "fw-7")]
    offsets, at = [], 4 + 10
    for s in strings:
        offsets.append(at)
        at += len(s)
    device = block(V1, 0x4E, struct.pack("<5H", *offsets), b"".join(strings))
    pcap = capture(tshark, "aux_conn.pcap", [(11, ext2_with_aux_in(conn + device), None)])
    p = "oxcrops.aux.client_connection_info."
    q = "oxcrops.aux.protocol_device_identification."
    got = values(tshark, pcap, [p + "connection_guid", p + "offset_connection_context_info",
                                p + "connection_attempts", p + "connection_flags", p + "connection_flags.cached_mode",
                                p + "connection_context_info", q + "device_manufacturer_offset",
                                q + "device_manufacturer", q + "device_model", q + "device_serial_number",
                                q + "device_version", q + "device_firmware_version"])
    assert got == {p + "connection_guid": [GUID_A], p + "offset_connection_context_info": ["32"],
                   p + "connection_attempts": ["2"], p + "connection_flags": ["0x00000001"],
                   p + "connection_flags.cached_mode": ["1"], p + "connection_context_info": ["ctx=42"],
                   q + "device_manufacturer_offset": ["14"], q + "device_manufacturer": ["Contoso"],
                   q + "device_model": ["Gateway 9000"], q + "device_serial_number": ["SN-001"],
                   q + "device_version": ["2.1"], q + "device_firmware_version": ["fw-7"]}
    assert [e for e in experts(tshark, pcap) if e[0] >= PI_WARN] == []


def test_absent_strings_and_unknown_blocks(tshark):
    """Offset 0 means absent; a version/type MS-OXCRPC does not define is skipped with a note (3.1.4.1.2)."""
    payload = (block(V1, 0x4B, struct.pack("<H", 0))                         # no ServerSessionContextInfo
               + block(V1, 0x52, b"\x01\x02\x03\x04")                         # undocumented type 0x52
               + block(3, 0x01, struct.pack("<HH", 1, 2))                     # unknown version 3
               + block(V2, 0x01, struct.pack("<HH", 1, 2)))                   # REQUESTID has no version 2
    pcap = capture(tshark, "aux_unknown.pcap", [(11, ext2_with_aux_in(payload), None)])
    assert tshark.values(pcap, "oxcrops.aux.server_session_info.offset_server_session_context_info") == ["0"]
    assert tshark.values(pcap, "oxcrops.aux.server_session_info.server_session_context_info") == []
    assert tshark.values(pcap, "oxcrops.aux_header.data") == ["01020304", "01000200", "01000200"]
    found = experts(tshark, pcap)
    assert [e for e in found if e[0] >= PI_WARN] == []
    assert [m for s, m in found if s == PI_NOTE] == [
        "AUX_HEADER Version 1, Type 0x52: no MS-OXCRPC 2.2.2.2 structure",
        "AUX_HEADER Version 3, Type 0x01: no MS-OXCRPC 2.2.2.2 structure",
        "AUX_HEADER Version 2, Type 0x01: no MS-OXCRPC 2.2.2.2 structure"]


def test_bad_blocks(tshark):
    """A block shorter than its structure, an offset outside the block, a string without NUL,
    an undefined flag bit, a Size that overruns the buffer."""
    payload = (block(V1, 0x04, struct.pack("<HH", 1, 0) + b"\0" * 8)          # SESSIONINFO needs 20 bytes
               + block(V1, 0x4B, struct.pack("<H", 200))                      # offset past the block
               + block(V1, 0x4B, struct.pack("<H", 6), "abc".encode("utf-16-le"))   # no terminator
               + block(V1, 0x17, struct.pack("<I", 0x10 | 1))                 # OrgFlags bit 0x10 undefined
               + struct.pack("<HBB", 40, 1, 1))                               # Size 40, 4 bytes left
    pcap = capture(tshark, "aux_bad.pcap", [(11, ext2_with_aux_in(payload), None)])
    found = [(s, m) for s, m in experts(tshark, pcap) if s >= PI_WARN]
    assert found == [
        (PI_ERROR, "AUX_PERF_SESSIONINFO needs 20 bytes after the AUX_HEADER, Size leaves 12"),
        (PI_ERROR, "Offset 200, but the 6-byte block has no variable part"),
        (PI_ERROR, "String at offset 6 has no terminating NUL inside the block"),
        (PI_WARN, "Undefined bits set: 0x10"),
        (PI_ERROR, "AUX_HEADER Size 40 does not fit the 4 bytes left"),
    ]


# ---------------------------------------------------------------- real traffic

def test_real_outlook2007_rgbauxin(tshark, shared):
    """The Outlook 2007 EcDoRpcExt2 request of ../shared/testdata/real: rgbAuxIn is XorMagic | Last,
    Size 0x28, and holds AUX_PERF_REQUESTID and two AUX_TYPE_PERF_BG_DEFMDB_SUCCESS blocks."""
    stub = open(os.path.join(shared, "001_Outlook_2007_in_ModifyRecipients_comp.dat"), "rb").read()
    pcap = capture(tshark, "real_aux.pcap", [(11, stub, None)])
    got = values(tshark, pcap, ["oxcrops.aux_header.size", "oxcrops.aux_header.version", "oxcrops.aux_header.type",
                                "oxcrops.aux.perf_requestid.session_id", "oxcrops.aux.perf_requestid.request_id",
                                "oxcrops.aux.perf_defmdb_success.time_since_request",
                                "oxcrops.aux.perf_defmdb_success.time_to_complete_request",
                                "oxcrops.aux.perf_defmdb_success.request_id"])
    # the 40 de-obfuscated bytes: 08 00 01 01 | 01 00 a3 00, 10 00 01 0c | 46 00 00 00 00 00 00 00 a2 00 00 00,
    # 10 00 01 0c | 4e 00 00 00 4e 00 00 00 a2 00 00 00
    assert got == {"oxcrops.aux_header.size": ["8", "16", "16"], "oxcrops.aux_header.version": ["0x01"] * 3,
                   "oxcrops.aux_header.type": ["0x01", "0x0c", "0x0c"],
                   "oxcrops.aux.perf_requestid.session_id": ["1"], "oxcrops.aux.perf_requestid.request_id": ["163"],
                   "oxcrops.aux.perf_defmdb_success.time_since_request": ["70", "78"],
                   "oxcrops.aux.perf_defmdb_success.time_to_complete_request": ["0", "78"],
                   "oxcrops.aux.perf_defmdb_success.request_id": ["162", "162"]}
    assert [e for e in experts(tshark, pcap) if e[0] >= PI_WARN] == []
    out = tshark.run(["-r", pcap, "-2", "-V", "-O", "emsmdb"]).stdout
    assert "Auxiliary block: AUX_PERF_REQUESTID" in out
    assert out.count("Auxiliary block: AUX_PERF_DEFMDB_SUCCESS") == 2

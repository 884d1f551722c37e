# SPDX-License-Identifier: GPL-2.0-or-later
"""State across frames (design.md 4): sessions, handles, columns, pairing, RopPending.

One capture, built call by call; frame numbers are taken from the builder."""
import os
import shutil
import struct
import tempfile

import pytest

import oxgen
import vectors as v
from oxgen import hexbytes

FFFF = 0xFFFFFFFF
CXH_A = struct.pack("<I", 0) + oxgen.uuid_le("aaaaaaaa-0000-0000-0000-000000000001")
CXH_B = struct.pack("<I", 0) + oxgen.uuid_le("bbbbbbbb-0000-0000-0000-000000000002")
DN_A = "/o=Example/ou=Exchange/cn=Recipients/cn=alice"
DN_B = "/o=Example/ou=Exchange/cn=Recipients/cn=alice-notify"

# MS-OXCNOTIF 2.2.1.4.1.2: TableModified (0x0100) with M (0x8000), TableRowAdded (0x0003):
# TableRowFolderID, TableRowMessageID, TableRowInstance, InsertAfterTableRowFolderID,
# InsertAfterTableRowID, InsertAfterTableRowInstance, TableRowDataSize, TableRowData
# (a PropertyRow over the table's columns: PidTagMid, PidTagSubject, PidTagMessageFlags).
_ROW = b"\x00" + struct.pack("<H", 1) + (0xA03).to_bytes(6, "big") + "New\0".encode("utf-16-le") + struct.pack("<i", 0)
NOTIFY_ROW_ADDED = (hexbytes("2a 13 00 00 00 00 00 81 03 00") + v.INBOX_FID + b"\x00" * 8 + b"\x00" * 4
                    + v.INBOX_FID + b"\x00" * 8 + b"\x00" * 4 + struct.pack("<H", len(_ROW)) + _ROW)
# A NewMail notification (0x0002) for a handle no ROP returned.
NOTIFY_UNKNOWN = (hexbytes("2a 99 00 00 00 00 02 00") + v.INBOX_FID + struct.pack("<I", 0) + b"\x00"
                  + b"IPM.Note\0")


class Conversation:
    """Two EMSMDB connections of one client; records the frame of each step."""

    def __init__(self):
        self.cap = oxgen.Capture()
        self.conn = {"a": oxgen.TcpStream(self.cap, client=("10.0.0.1", 50000)),
                     "b": oxgen.TcpStream(self.cap, client=("10.0.0.1", 50002))}
        self.call_id = 1
        self.frames = {}
        for c in self.conn.values():
            c.send("c", oxgen.dcerpc_bind())
            c.send("s", oxgen.dcerpc_bind_ack())

    def call(self, conn, name, opnum, req, rsp):
        self.call_id += 1
        self.conn[conn].send("c", oxgen.dcerpc_request(self.call_id, opnum, req))
        self.frames[name + "_req"] = len(self.cap.frames)
        self.conn[conn].send("s", oxgen.dcerpc_response(self.call_id, rsp))
        self.frames[name + "_rsp"] = len(self.cap.frames)

    def rops(self, conn, name, cxh, req_rops, req_handles, rsp_rops, rsp_handles):
        self.call(conn, name, 11,
                  oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(req_rops, req_handles)), cxh=cxh),
                  oxgen.ecdorpcext2_response(oxgen.ext_buffer(oxgen.rop_buffer(rsp_rops, rsp_handles)), cxh=cxh))


@pytest.fixture(scope="module")
def conversation(tmp_path_factory):
    cv = Conversation()
    cv.call("a", "connect_a", 10, oxgen.ecdoconnectex_request(DN_A),
            oxgen.ecdoconnectex_response(1, "/o=Example/", "Alice", cxh=CXH_A))
    # call 1: logon (slot 0), open the Inbox (slot 1), its contents table (slot 2)
    cv.rops("a", "open", CXH_A, v.LOGON_REQ + v.OPEN_FOLDER_REQ + v.GET_CONTENTS_TABLE_REQ, [FFFF] * 3,
            v.LOGON_RSP + v.OPEN_FOLDER_RSP + v.GET_CONTENTS_TABLE_RSP, [0x10, 0x11, 0x12])
    # call 2: columns on the table (handle 0x12 now in slot 2 of this call's table)
    cv.rops("a", "columns", CXH_A, v.SET_COLUMNS_REQ, [0, 0, 0x12], v.SET_COLUMNS_RSP, [0, 0, 0x12])
    # call 3: rows, typed by call 2's columns
    cv.rops("a", "rows", CXH_A, v.QUERY_ROWS_REQ, [0, 0, 0x12], v.QUERY_ROWS_RSP, [0, 0, 0x12])
    # call 4: release the table; call 5: the server reuses 0x12 for a folder
    cv.rops("a", "release", CXH_A, hexbytes("01 00 00"), [0x12], b"", [0x12])
    cv.rops("a", "reopen", CXH_A, hexbytes("02 00 00 01") + v.INBOX_FID + b"\x00", [0x10, FFFF],
            hexbytes("02 01 00 00 00 00 00 00"), [0x10, 0x12])
    # call 6: a contents table of that folder (0x13), columns set in the same call
    cv.rops("a", "table2", CXH_A, hexbytes("05 00 00 01 00") + v.SET_COLUMNS_REQ.replace(b"\x12\x00\x02", b"\x12\x00\x01"),
            [0x12, FFFF], hexbytes("05 01 00 00 00 00 00 00 00 00") + hexbytes("12 01 00 00 00 00 00"), [0x12, 0x13])
    # call 7: a subscription to new mail and created objects in the whole store (MS-OXCNOTIF
    # 2.2.1.2.1: NotificationTypes 0x0006, WantWholeStore 1), returned as handle 0x20
    cv.rops("a", "subscribe", CXH_A, hexbytes("29 00 00 01 06 00 01"), [0x10, FFFF],
            hexbytes("29 01 00 00 00 00"), [0x10, 0x20])
    # call 8: notifications on the table, on the subscription and for an unknown handle
    cv.rops("a", "notify", CXH_A, b"", [], NOTIFY_ROW_ADDED + NOTIFY_UNKNOWN.replace(b"\x99", b"\x20", 1)
            + NOTIFY_UNKNOWN, [])
    # a second session of the client, linked to the first (ulIcxrLink 1), and RopPending for both
    cv.call("b", "connect_b", 10, oxgen.ecdoconnectex_request(DN_B, icxr_link=1),
            oxgen.ecdoconnectex_response(2, "/o=Example/", "Alice", cxh=CXH_B))
    cv.rops("b", "pending", CXH_B, b"", [], v.PENDING_RSP.replace(b"\x03", b"\x01") + hexbytes("6e 09 00"), [])
    d = tempfile.mkdtemp(prefix="oxcrops-state-", dir="/tmp")
    os.chmod(d, 0o755)
    path = os.path.join(d, "state.pcap")
    cv.cap.write(path)
    yield path, cv.frames
    shutil.rmtree(d, ignore_errors=True)


def field_at(tshark, pcap, frame, field, two_pass=True):
    rows = tshark.fields(pcap, [field], "frame.number == %d" % frame, two_pass=two_pass)
    return rows[0][0].split(",") if rows and rows[0][0] else []


def test_table_columns_across_calls(tshark, conversation):
    pcap, f = conversation
    assert field_at(tshark, pcap, f["rows_rsp"], "oxcrops.value.string") == ["Hi", "Lunch?"]
    assert field_at(tshark, pcap, f["rows_rsp"], "oxcrops.value.int32") == ["1", "0"]


def test_handle_origin(tshark, conversation):
    pcap, f = conversation
    # the table of call 2 was returned by RopGetContentsTable in call 1's response
    assert field_at(tshark, pcap, f["columns_req"], "oxcrops.object_kind") == ["5"]      # Table
    assert field_at(tshark, pcap, f["columns_req"], "oxcrops.handle_origin_rop") == ["0x05"]
    assert field_at(tshark, pcap, f["columns_req"], "oxcrops.handle_origin_frame") == [str(f["open_rsp"])]


def test_released_handle_reused(tshark, conversation):
    pcap, f = conversation
    assert field_at(tshark, pcap, f["release_req"], "oxcrops.object_kind") == ["5"]      # the table, released
    # handle 0x12 again, now the folder RopOpenFolder returned in call 5
    assert field_at(tshark, pcap, f["table2_req"], "oxcrops.handle_origin_rop")[0] == "0x02"
    assert field_at(tshark, pcap, f["table2_req"], "oxcrops.handle_origin_frame")[0] == str(f["reopen_rsp"])
    assert field_at(tshark, pcap, f["table2_req"], "oxcrops.object_kind")[0] == "2"       # Folder


def test_pairing_links(tshark, conversation):
    pcap, f = conversation
    assert set(field_at(tshark, pcap, f["open_req"], "oxcrops.response_frame")) == {str(f["open_rsp"])}
    assert field_at(tshark, pcap, f["open_rsp"], "oxcrops.request_frame") == [str(f["open_req"])] * 3
    assert len(field_at(tshark, pcap, f["open_rsp"], "oxcrops.response_time")) == 3
    # RopRelease has no response: no link
    assert field_at(tshark, pcap, f["release_req"], "oxcrops.response_frame") == []


def test_notifications(tshark, conversation):
    pcap, f = conversation
    # the row added to the table of call 6, typed by call 6's columns (MS-OXCNOTIF 2.2.1.4.1.2)
    assert field_at(tshark, pcap, f["notify_rsp"], "oxcrops.value.string") == ["New"]
    assert field_at(tshark, pcap, f["notify_rsp"], "oxcrops.handle_origin_frame") == [str(f["table2_rsp"]),
                                                                                       str(f["subscribe_rsp"])]
    assert field_at(tshark, pcap, f["notify_rsp"], "oxcrops.notify.message_class") == ["IPM.Note", "IPM.Note"]
    # the NewMail notification names the subscription of call 7 (MS-OXCNOTIF 3.2.5.7)
    assert field_at(tshark, pcap, f["notify_rsp"], "oxcrops.notify.subscribed_frame") == [str(f["subscribe_req"])]
    assert field_at(tshark, pcap, f["notify_rsp"], "oxcrops.notify.subscribed_types") == ["0x0006"]
    assert field_at(tshark, pcap, f["notify_rsp"], "oxcrops.notify.subscribed_whole_store") == ["1"]
    assert field_at(tshark, pcap, f["notify_rsp"], "oxcrops.object_kind") == ["5", "7"]     # Table, subscription
    assert tshark.run(["-r", pcap, "-2", "-Y", "oxcrops.notify.unknown_handle"]).stdout.count("\n") == 1


def test_pending_resolution(tshark, conversation):
    pcap, f = conversation
    # index 1 is session A, linked from B through ulIcxrLink (MS-OXCNOTIF 3.1.5.6)
    assert field_at(tshark, pcap, f["pending_rsp"], "oxcrops.pending.session_index") == ["1", "9"]
    assert field_at(tshark, pcap, f["pending_rsp"], "oxcrops.pending.session_frame") == [str(f["connect_a_rsp"])]
    assert field_at(tshark, pcap, f["pending_rsp"], "oxcrops.pending.user_dn") == [DN_A]
    assert field_at(tshark, pcap, f["pending_rsp"], "oxcrops.pending.resolution") == ["1", "0"]
    # index 9 was never seen: a note, no session_frame
    assert tshark.run(["-r", pcap, "-2", "-Y", "oxcrops.pending.unresolved"]).stdout.count("\n") == 1


def test_one_pass_equals_two_pass(tshark, conversation):
    pcap, f = conversation
    fields = ["oxcrops.object_kind", "oxcrops.handle_origin_frame", "oxcrops.pending.session_frame",
              "oxcrops.value.string", "oxcrops.request_frame", "oxcrops.notify.notification_type"]
    assert tshark.fields(pcap, fields, two_pass=False) == tshark.fields(pcap, fields, two_pass=True)
    assert tshark.warnings(pcap) == []


def test_capture_started_mid_session(tshark, conversation):
    """Without the calls that set the columns: bytes and a note, never a guess."""
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind())
    tcp.send("s", oxgen.dcerpc_bind_ack())
    tcp.send("c", oxgen.dcerpc_request(2, 11, oxgen.ecdorpcext2_request(
        oxgen.ext_buffer(oxgen.rop_buffer(v.QUERY_ROWS_REQ, [0, 0, 0x12])))))
    tcp.send("s", oxgen.dcerpc_response(2, oxgen.ecdorpcext2_response(
        oxgen.ext_buffer(oxgen.rop_buffer(v.QUERY_ROWS_RSP, [0, 0, 0x12])))))
    pcap = tshark.path("late.pcap")
    cap.write(pcap)
    assert tshark.values(pcap, "oxcrops.value.string") == []
    assert tshark.values(pcap, "oxcrops.query_rows.row_data") != []
    assert tshark.run(["-r", pcap, "-2", "-Y", "oxcrops.no_context"]).stdout != ""


# ---------------------------------------------------------------- MAPI/HTTP (MS-OXCMAPIHTTP)

def connect_request(user_dn):
    """2.2.4.1.1: UserDn, Flags, DefaultCodePage, LcidSort, LcidString, AuxiliaryBufferSize."""
    return user_dn.encode("ascii") + b"\0" + struct.pack("<IIIII", 0, 1252, 0x409, 0x409, 0)


def connect_response():
    """2.2.4.1.2: StatusCode, ErrorCode, PollsMax, RetryCount, RetryDelay, DnPrefix, DisplayName
    (UTF-16), AuxiliaryBufferSize."""
    return (struct.pack("<IIIII", 0, 0, 60000, 6, 10000) + b"/o=Example/\0" + "Alice\0".encode("utf-16-le")
            + struct.pack("<I", 0))


def execute(conn, cookie, req_rops, req_handles, rsp_rops, rsp_handles):
    conn.send("c", oxgen.http_request(oxgen.execute_request_body(
        oxgen.ext_buffer(oxgen.rop_buffer(req_rops, req_handles))), cookie=cookie))
    conn.send("s", oxgen.http_response(oxgen.meta_tags() + oxgen.execute_response_body(
        oxgen.ext_buffer(oxgen.rop_buffer(rsp_rops, rsp_handles)))))
    return len(conn.cap.frames)


@pytest.fixture(scope="module")
def mapihttp_conversation():
    """One session (cookie MapiContext=ctx1) over two TCP connections, then a second
    session (ctx2) that never set columns on its table."""
    cap = oxgen.Capture()
    c1 = oxgen.TcpStream(cap, client=("10.0.0.1", 50001), server=("10.0.0.2", 80))
    c2 = oxgen.TcpStream(cap, client=("10.0.0.1", 50003), server=("10.0.0.2", 80))
    f = {}
    c1.send("c", oxgen.http_request(connect_request(DN_A), request_type="Connect", cookie="MapiSequence=0"))
    c1.send("s", oxgen.http_response(oxgen.meta_tags() + connect_response(), request_type="Connect",
                                     extra_headers="Set-Cookie: MapiContext=ctx1; path=/mapi/emsmdb/\r\n"))
    f["connect_rsp"] = len(cap.frames)
    f["open_rsp"] = execute(c1, "MapiContext=ctx1", v.GET_CONTENTS_TABLE_REQ, [0x10, 0x11, FFFF],
                            v.GET_CONTENTS_TABLE_RSP, [0x10, 0x11, 0x12])
    f["columns_rsp"] = execute(c2, "MapiContext=ctx1", v.SET_COLUMNS_REQ, [0, 0, 0x12],
                               v.SET_COLUMNS_RSP, [0, 0, 0x12])
    f["rows_rsp"] = execute(c2, "MapiContext=ctx1", v.QUERY_ROWS_REQ, [0, 0, 0x12],
                            v.QUERY_ROWS_RSP + v.PENDING_RSP, [0, 0, 0x12])
    f["other_rsp"] = execute(c1, "MapiContext=ctx2", v.QUERY_ROWS_REQ, [0, 0, 0x12],
                             v.QUERY_ROWS_RSP, [0, 0, 0x12])
    d = tempfile.mkdtemp(prefix="oxcrops-state-", dir="/tmp")
    os.chmod(d, 0o755)
    path = os.path.join(d, "mapihttp_state.pcap")
    cap.write(path)
    yield path, f
    shutil.rmtree(d, ignore_errors=True)


def test_mapihttp_session_across_connections(tshark, mapihttp_conversation):
    pcap, f = mapihttp_conversation
    # columns set on the second TCP connection type the rows of the table opened on the first
    assert field_at(tshark, pcap, f["rows_rsp"], "oxcrops.value.string") == ["Hi", "Lunch?"]
    assert field_at(tshark, pcap, f["columns_rsp"] - 1, "oxcrops.handle_origin_frame") == [str(f["open_rsp"])]


def test_mapihttp_sessions_are_separate(tshark, mapihttp_conversation):
    pcap, f = mapihttp_conversation
    # session ctx2 never set columns on its handle 0x12: bytes and a note
    assert field_at(tshark, pcap, f["other_rsp"], "oxcrops.value.string") == []
    assert field_at(tshark, pcap, f["other_rsp"], "oxcrops.query_rows.row_data") != []


def test_mapihttp_pending_unresolved(tshark, mapihttp_conversation):
    """A MAPI/HTTP Connect exchanges no session index: the index stays unresolved, with a note."""
    pcap, f = mapihttp_conversation
    assert field_at(tshark, pcap, f["rows_rsp"], "oxcrops.pending.session_index") == ["3"]
    assert field_at(tshark, pcap, f["rows_rsp"], "oxcrops.pending.resolution") == ["4"]
    assert field_at(tshark, pcap, f["rows_rsp"], "oxcrops.pending.session_frame") == []
    out = tshark.run(["-r", pcap, "-2", "-Y", "oxcrops.pending.unresolved", "-T", "fields", "-e", "frame.number"])
    assert out.stdout.split() == [str(f["rows_rsp"])]


# ---------------------------------------------------------------- named properties, stream sizes

# MS-OXCROPS 2.2.8.1: RopGetPropertyIdsFromNames, Flags 0x02 (Create), two PropertyNames
# (MS-OXCDATA 2.6.1): Kind 0 (LID) PSETID_Common {00062008-0000-0000-C000-000000000046}
# LID 0x8503 (PidLidReminderSet), and Kind 1 (name) PS_PUBLIC_STRINGS
# {00020329-0000-0000-C000-000000000046} "Keywords"; the response maps them to 0x8001 and 0x8002.
_KW = "Keywords\0".encode("utf-16-le")
GPIFN_REQ = (hexbytes("56 00 00 02 02 00") + b"\x00" + oxgen.uuid_le("00062008-0000-0000-c000-000000000046")
             + struct.pack("<I", 0x8503) + b"\x01" + oxgen.uuid_le("00020329-0000-0000-c000-000000000046")
             + bytes([len(_KW)]) + _KW)
GPIFN_RSP = hexbytes("56 00 00 00 00 00 02 00 01 80 02 80")
# RopGetPropertiesSpecific for 0x8001000B (PtypBoolean) and 0x8002101F (PtypMultipleString),
# later in the capture: the response row shows what those IDs stand for.
GPS_REQ = hexbytes("07 00 00 00 00 01 00 02 00 0b 00 01 80 1f 10 02 80")
GPS_RSP = (hexbytes("07 00 00 00 00 00 00 01") + struct.pack("<I", 1) + "work\0".encode("utf-16-le"))
# MS-OXCROPS 2.2.9.2: RopReadStream ByteCount 16; a response with DataSize 20 passes it.
READ_REQ = hexbytes("2c 00 00 10 00")
READ_RSP = hexbytes("2c 00 00 00 00 00 14 00") + bytes(20)


def test_named_properties_and_stream_sizes(tshark):
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind())
    tcp.send("s", oxgen.dcerpc_bind_ack())
    for n, (req, rsp) in enumerate([(GPIFN_REQ, GPIFN_RSP), (GPS_REQ, GPS_RSP), (READ_REQ, READ_RSP)], start=2):
        tcp.send("c", oxgen.dcerpc_request(n, 11, oxgen.ecdorpcext2_request(
            oxgen.ext_buffer(oxgen.rop_buffer(req, [0x20])), cxh=CXH_A)))
        tcp.send("s", oxgen.dcerpc_response(n, oxgen.ecdorpcext2_response(
            oxgen.ext_buffer(oxgen.rop_buffer(rsp, [0x20])), cxh=CXH_A)))
    pcap = tshark.path("named.pcap")
    cap.write(pcap)
    named = []
    for row in tshark.fields(pcap, ["oxcrops.named_property"], "frame.number >= 5 && frame.number <= 6",
                             aggregator=";"):
        named += row[0].split(";") if row[0] else []
    assert len(named) == 4                      # two tags in the request, two values in the response
    assert "LID 0x00008503" in named[0] and '"Keywords"' in named[1]
    assert named[2:] == named[:2]
    assert tshark.values(pcap, "oxcrops.value.string") == ["work"]
    # DataSize 20 > ByteCount 16 (design.md 4: sizes checked against the request)
    assert any("DataSize 20 exceeds the request's ByteCount 16" in m for _, m in tshark.warnings(pcap))

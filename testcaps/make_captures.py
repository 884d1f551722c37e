# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes the bundled captures of testcaps/captures/ from vectors.py.

    /usr/bin/python3 testcaps/make_captures.py [outdir]

test_captures.py checks that the committed files are what this writes.
"""
import os
import struct
import sys

import oxgen
import vectors as v

HERE = os.path.dirname(os.path.abspath(__file__))


def demo(path):
    """An Outlook-like session over both carriers: connect, log on, open the Inbox,
    read its contents table (columns and rows in one call), a RopPending."""
    cap = oxgen.Capture()
    # DCE/RPC EMSMDB
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind())
    tcp.send("s", oxgen.dcerpc_bind_ack())
    tcp.send("c", oxgen.dcerpc_request(2, 10, oxgen.ecdoconnectex_request(v.USER_DN)))
    tcp.send("s", oxgen.dcerpc_response(2, oxgen.ecdoconnectex_response(3, "/o=Example/ou=Exchange/", "J. Doe")))
    req = oxgen.rop_buffer(v.LOGON_REQ + v.OPEN_FOLDER_REQ, [0xFFFFFFFF, 0xFFFFFFFF])
    rsp = oxgen.rop_buffer(v.LOGON_RSP + v.OPEN_FOLDER_RSP, [0x00000010, 0x00000011])
    tcp.send("c", oxgen.dcerpc_request(3, 11, oxgen.ecdorpcext2_request(oxgen.ext_buffer(req))))
    tcp.send("s", oxgen.dcerpc_response(3, oxgen.ecdorpcext2_response(oxgen.ext_buffer(rsp, xor=True))))
    # MAPI/HTTP Execute: the contents table in one call, compressed response
    http = oxgen.TcpStream(cap, client=("10.0.0.1", 50001), server=("10.0.0.2", 80))
    req = oxgen.rop_buffer(v.GET_CONTENTS_TABLE_REQ + v.SET_COLUMNS_REQ + v.QUERY_ROWS_REQ,
                           [0x00000010, 0x00000011, 0xFFFFFFFF])
    rsp = oxgen.rop_buffer(v.GET_CONTENTS_TABLE_RSP + v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP + v.PENDING_RSP,
                           [0x00000010, 0x00000011, 0x00000012])
    http.send("c", oxgen.http_request(oxgen.execute_request_body(oxgen.ext_buffer(req))))
    http.send("s", oxgen.http_response(oxgen.meta_tags() + oxgen.execute_response_body(
        oxgen.ext_buffer(rsp, compress=True)), chunked=True))
    cap.write(path)


# ---------------------------------------------------------------- cookbook.pcap

ASMITH_DN = "/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=asmith"
NOT_FOUND = 0x8004010F          # MS-OXCDATA 2.4: NotFound (ecNotFound)
ACCESS_DENIED = 0x80070005      # MS-OXCDATA 2.4: AccessDenied (ecAccessDenied)
OUTLOOK_2016 = (0x1000, 0x8000 | 4266, 1001)   # rgwClientVersion 16.0.4266.1001 (MS-OXCRPC 3.1.4.1.3.1)


def failure(rop_id, handle_index, code):
    """MS-OXCROPS failure response: RopId, the handle index, ReturnValue (no other field)."""
    return struct.pack("<BBI", rop_id, handle_index, code)


# MS-OXCROPS 2.2.4.14.1 RopGetContentsTable request on the folder (handle index 1) to handle index 2,
# TableFlags 0x42 (Associated | UseUnicode: the folder's associated contents, MS-OXCFOLD 2.2.1.14.1)
GET_ASSOCIATED_CONTENTS_REQ = oxgen.hexbytes("05 00 01 02 42")
# MS-OXCROPS 2.2.4.13.1 RopGetHierarchyTable request: handle index 1 to 3, TableFlags 0x04 (Depth);
# 2.2.4.13.2 response: OutputHandleIndex 3, success, RowCount 5
GET_HIERARCHY_TABLE_REQ = oxgen.hexbytes("04 00 01 03 04")
GET_HIERARCHY_TABLE_RSP = oxgen.hexbytes("04 03 00 00 00 00 05 00 00 00")
# MS-OXCROPS 2.2.4.1.1 RopOpenFolder of a folder that does not exist (counter 0x99) to handle index 1
MISSING_FID = struct.pack("<H", 1) + (0x99).to_bytes(6, "big")
OPEN_MISSING_FOLDER_REQ = oxgen.hexbytes("02 00 00 01") + MISSING_FID + oxgen.hexbytes("00")
# MS-OXCROPS 2.2.6.1.1 RopOpenMessage: handle index 1 to 2, CodePageId 0x0FFF (the logon's), the Inbox,
# OpenModeFlags 0 (ReadOnly), MessageId replica 1 counter 0x0A09 (not in the folder)
OPEN_MESSAGE_REQ = (oxgen.hexbytes("03 00 01 02 ff 0f") + v.INBOX_FID + oxgen.hexbytes("00")
                    + struct.pack("<H", 1) + (0xA09).to_bytes(6, "big"))
# MS-OXCROPS 2.2.14.3.1 RopPending for the MAPI/HTTP session: SessionIndex 0
PENDING_MAPIHTTP_RSP = oxgen.hexbytes("6e 00 00")


def mapihttp_request(body, request_type, cookie=None, request_id=1):
    head = ["POST /mapi/emsmdb/?MailboxId=asmith@example.com HTTP/1.1", "Host: mail.example.com",
            "Content-Type: application/mapi-http", "X-RequestType: " + request_type,
            "X-RequestId: {2EF33C39-49C8-421C-B876-CDF7F2AC3AA0}:%d" % request_id,
            "X-ClientInfo: {6C2D4F6E-12A9-4C1B-9E2B-0C8F5D7A9B11}:1",
            "X-ClientApplication: Outlook/16.0.17928.20114"]
    if cookie:
        head.append("Cookie: MapiContext=%s; MapiSequence=%d" % (cookie, request_id))
    head.append("Content-Length: %d" % len(body))
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def mapihttp_response(body, request_type, set_cookie=None, request_id=1):
    head = ["HTTP/1.1 200 OK", "Content-Type: application/mapi-http", "X-RequestType: " + request_type,
            "X-RequestId: {2EF33C39-49C8-421C-B876-CDF7F2AC3AA0}:%d" % request_id, "X-ResponseCode: 0",
            "X-ServerApplication: Exchange/15.02.1258.012"]
    if set_cookie:
        head.append("Set-Cookie: MapiContext=%s; path=/mapi/emsmdb" % set_cookie)
    body = oxgen.meta_tags() + body
    head.append("Content-Length: %d" % len(body))
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def connect_request_body(user_dn):
    """MS-OXCMAPIHTTP 2.2.4.1.1: UserDn, Flags 0, DefaultCodePage 1252, LcidSort and LcidString 0x409,
    AuxiliaryBufferSize 0."""
    return user_dn.encode("ascii") + b"\0" + struct.pack("<IIIII", 0, 1252, 0x409, 0x409, 0)


def connect_response_body(display_name):
    """2.2.4.1.2: StatusCode 0, ErrorCode 0, PollsMax 60000, RetryCount 6, RetryDelay 10000, DnPrefix,
    DisplayName (UTF-16LE), AuxiliaryBufferSize 0."""
    return (struct.pack("<IIIII", 0, 0, 60000, 6, 10000) + b"/o=Example/ou=Exchange/\0"
            + (display_name + "\0").encode("utf-16-le") + struct.pack("<I", 0))


def cookbook(path):
    """Two mailbox sessions, one per carrier, for the README cookbook: calls of different
    durations, failed ROPs (NotFound, AccessDenied), RopPending, contents tables with
    different TableFlags, compressed and obfuscated buffers."""
    cap = oxgen.Capture()

    def later(seconds):         # the server takes its time before the next frame
        cap.time += seconds

    # EMSMDB over TCP: jdoe with Outlook 2016, session index 3
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind())
    tcp.send("s", oxgen.dcerpc_bind_ack())
    tcp.send("c", oxgen.dcerpc_request(2, 10, oxgen.ecdoconnectex_request(v.USER_DN, version=OUTLOOK_2016)))
    later(0.020)
    tcp.send("s", oxgen.dcerpc_response(2, oxgen.ecdoconnectex_response(3, "/o=Example/ou=Exchange/", "J. Doe")))
    calls = [
        # log on, open the Inbox (XOR-obfuscated response): 45 ms
        (v.LOGON_REQ + v.OPEN_FOLDER_REQ, [0xFFFFFFFF, 0xFFFFFFFF],
         v.LOGON_RSP + v.OPEN_FOLDER_RSP, [0x00000010, 0x00000011], 0.045, dict(xor=True)),
        # the Inbox's associated contents table, columns and rows in one call (compressed): 350 ms
        (GET_ASSOCIATED_CONTENTS_REQ + v.SET_COLUMNS_REQ + v.QUERY_ROWS_REQ, [0x00000010, 0x00000011, 0xFFFFFFFF],
         v.GET_CONTENTS_TABLE_RSP + v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP, [0x00000010, 0x00000011, 0x00000012],
         0.350, dict(compress=True)),
        # a folder that does not exist, the Inbox's hierarchy table; RopPending for this session: 120 ms
        (OPEN_MISSING_FOLDER_REQ + GET_HIERARCHY_TABLE_REQ, [0x00000010, 0x00000011, 0xFFFFFFFF, 0xFFFFFFFF],
         failure(0x02, 1, NOT_FOUND) + GET_HIERARCHY_TABLE_RSP + v.PENDING_RSP,
         [0x00000010, 0x00000011, 0xFFFFFFFF, 0x00000013], 0.120, {}),
    ]
    for call_id, (req, req_handles, rsp, rsp_handles, delay, kw) in enumerate(calls, start=3):
        tcp.send("c", oxgen.dcerpc_request(call_id, 11, oxgen.ecdorpcext2_request(
            oxgen.ext_buffer(oxgen.rop_buffer(req, req_handles)))))
        later(delay)
        tcp.send("s", oxgen.dcerpc_response(call_id, oxgen.ecdorpcext2_response(
            oxgen.ext_buffer(oxgen.rop_buffer(rsp, rsp_handles), **kw))))

    # MAPI/HTTP: asmith, session cookie S2
    http = oxgen.TcpStream(cap, client=("10.0.0.3", 50001), server=("10.0.0.2", 80))
    http.send("c", mapihttp_request(connect_request_body(ASMITH_DN), "Connect"))
    later(0.030)
    http.send("s", mapihttp_response(connect_response_body("A. Smith"), "Connect", set_cookie="S2"))
    executes = [
        # log on, the Inbox's contents table (TableFlags UseUnicode); RopPending (compressed): 80 ms
        (v.LOGON_REQ + v.OPEN_FOLDER_REQ + v.GET_CONTENTS_TABLE_REQ, [0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF],
         v.LOGON_RSP + v.OPEN_FOLDER_RSP + v.GET_CONTENTS_TABLE_RSP + PENDING_MAPIHTTP_RSP,
         [0x00000020, 0x00000021, 0x00000022], 0.080, dict(compress=True)),
        # a message that is not there, an associated contents table the user may not read: 210 ms
        (OPEN_MESSAGE_REQ + GET_ASSOCIATED_CONTENTS_REQ, [0x00000020, 0x00000021, 0xFFFFFFFF],
         failure(0x03, 2, NOT_FOUND) + failure(0x05, 2, ACCESS_DENIED),
         [0x00000020, 0x00000021, 0xFFFFFFFF], 0.210, {}),
    ]
    for n, (req, req_handles, rsp, rsp_handles, delay, kw) in enumerate(executes, start=2):
        http.send("c", mapihttp_request(oxgen.execute_request_body(
            oxgen.ext_buffer(oxgen.rop_buffer(req, req_handles))), "Execute", cookie="S2", request_id=n))
        later(delay)
        http.send("s", mapihttp_response(oxgen.execute_response_body(
            oxgen.ext_buffer(oxgen.rop_buffer(rsp, rsp_handles), **kw)), "Execute", request_id=n))
    cap.write(path)


CAPTURES = {"demo.pcap": demo, "cookbook.pcap": cookbook}


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, fn in CAPTURES.items():
        fn(os.path.join(outdir, name))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "captures"))

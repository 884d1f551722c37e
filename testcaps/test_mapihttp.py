# SPDX-License-Identifier: GPL-2.0-or-later
"""MAPI over HTTP (MS-OXCMAPIHTTP): every request type of the mailbox endpoint
(Connect, Execute, Disconnect, NotificationWait, PING), the address book Bind and
Unbind, the other address book types named, failure bodies, the common headers and
X-ResponseCode.

HTTP messages are written here after the section 4 transcripts (4.1 Connect, 4.2
Execute); header values are the spec's examples where it gives them (X-RequestId
2.2.3.3.2, X-ClientInfo 2.2.3.3.4, X-PendingPeriod 15000 in 4.1).
"""
import os
import struct

import pytest

import oxgen
import vectors as v
from test_auxbuf import perf_blocks_v1, server_blocks
from test_emsmdb import PI_NOTE, PI_WARN, SPEC_USER_DN, experts

REQUEST_ID = "{E2EA6C1C-E61B-49E9-9CFB-38184F907552}:123456"     # 2.2.3.3.2
CLIENT_INFO = "{2EF33C39-49C8-421C-B876-CDF7F2AC3AA0}:123"        # 2.2.3.3.4
CLIENT_APP = "Outlook/15.00.0847.030"
SERVER_APP = "Exchange/15.00.0847.4040"
NSPI_GUID = "0f0e0d0c-0b0a-0908-0706-050403020100"


def http_request(body, request_type, cookie=None, path="/mapi/emsmdb/?MailboxId=jdoe@example.com"):
    head = ["POST %s HTTP/1.1" % path, "Host: mail.example.com", "Content-Type: application/mapi-http",
            "X-RequestType: " + request_type, "X-RequestId: " + REQUEST_ID, "X-ClientInfo: " + CLIENT_INFO,
            "X-ClientApplication: " + CLIENT_APP]
    if cookie:
        head.append("Cookie: MapiContext=%s; MapiSequence=1" % cookie)
    head.append("Content-Length: %d" % len(body))
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def http_response(body, request_type=None, response_code=0, set_cookie=None, meta=True):
    head = ["HTTP/1.1 200 OK", "Content-Type: application/mapi-http"]
    if request_type:
        head.append("X-RequestType: " + request_type)
    if set_cookie:
        head.append("Set-Cookie: MapiContext=%s; path=/mapi/" % set_cookie)
    head += ["X-RequestId: " + REQUEST_ID, "X-ResponseCode: %d" % response_code, "X-ClientInfo: " + CLIENT_INFO,
             "X-ServerApplication: " + SERVER_APP, "X-PendingPeriod: 15000", "X-ExpirationInfo: 900000"]
    if meta:
        body = (b"PROCESSING\r\nDONE\r\nX-ResponseCode: 0\r\nX-ElapsedTime: 12\r\n"
                b"X-StartTime: Tue, 15 Nov 1994 08:12:31 GMT\r\n\r\n") + body
    head.append("Content-Length: %d" % len(body))
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def capture(tshark, name, exchanges):
    """exchanges: (client port, request bytes, response bytes or None); one TCP connection per port."""
    pcap = tshark.path(name)
    cap = oxgen.Capture()
    streams = {}
    for port, req, rsp in exchanges:
        if port not in streams:
            streams[port] = oxgen.TcpStream(cap, client=("10.0.0.1", port), server=("10.0.0.2", 80))
        streams[port].send("c", req)
        if rsp is not None:
            streams[port].send("s", rsp)
    cap.write(pcap)
    return pcap


def aux(payload, **kw):
    data = oxgen.ext_buffer(payload, **kw) if payload else b""
    return struct.pack("<I", len(data)) + data


def u32(*vals):
    return struct.pack("<%dI" % len(vals), *vals)


def warnings(tshark, pcap):
    return [e for e in experts(tshark, pcap) if e[0] >= PI_WARN]


# ---------------------------------------------------------------- bodies (2.2.4)

def connect_request_body():
    """2.2.4.1.1 with the MS-OXCRPC 4.1 values: UserDn, Flags 0, DefaultCodePage 1252, LcidSort and
    LcidString 0x409, then a perf auxiliary buffer."""
    return SPEC_USER_DN.encode("ascii") + b"\0" + u32(0, 0x4E4, 0x409, 0x409) + aux(perf_blocks_v1())


def connect_response_body():
    """2.2.4.1.2: StatusCode 0, ErrorCode 0, PollsMax 60000, RetryCount 6, RetryDelay 10000, DnPrefix
    (8-bit), DisplayName (UTF-16LE), then the server's auxiliary blocks."""
    return (u32(0, 0, 60000, 6, 10000) + b"/o=First Organization/ou=First Administrative Group\0"
            + "Jane Dow\0".encode("utf-16-le") + aux(server_blocks()))


def test_connect(tshark):
    pcap = capture(tshark, "connect.pcap", [(50001, http_request(connect_request_body(), "Connect"),
                                             http_response(connect_response_body(), "Connect", set_cookie="S1"))])
    p = "mapihttp.connect."
    got = {f: tshark.values(pcap, p + f) for f in ("user_dn", "flags", "default_code_page", "lcid_sort",
                                                   "lcid_string", "polls_max", "retry_count", "retry_delay",
                                                   "dn_prefix", "display_name")}
    assert got == {"user_dn": [SPEC_USER_DN], "flags": ["0x00000000"], "default_code_page": ["1252"],
                   "lcid_sort": ["0x00000409"], "lcid_string": ["0x00000409"], "polls_max": ["60000"],
                   "retry_count": ["6"], "retry_delay": ["10000"],
                   "dn_prefix": ["/o=First Organization/ou=First Administrative Group"],
                   "display_name": ["Jane Dow"]}
    assert tshark.values(pcap, "mapihttp.status_code") == ["0x00000000"]
    assert tshark.values(pcap, "mapihttp.error_code") == ["0x00000000"]
    # the client's perf blocks in the request, the server's topology blocks in the response
    assert tshark.values(pcap, "oxcrops.aux.perf_requestid.request_id") == ["163"]
    assert tshark.values(pcap, "oxcrops.aux.exorginfo.org_flags") == ["0x00000003"]
    assert tshark.values(pcap, "mapihttp.request_type") == ["Connect", "Connect"]
    assert warnings(tshark, pcap) == []


def test_common_headers(tshark):
    """2.2.3.3: the headers of the 4.1 transcript, as fields; X-ResponseCode named."""
    pcap = capture(tshark, "headers.pcap", [(50001, http_request(connect_request_body(), "Connect"),
                                             http_response(connect_response_body(), "Connect"))])
    assert tshark.values(pcap, "mapihttp.request_id") == [REQUEST_ID, REQUEST_ID]
    assert tshark.values(pcap, "mapihttp.client_info") == [CLIENT_INFO, CLIENT_INFO]
    assert tshark.values(pcap, "mapihttp.client_application") == [CLIENT_APP]
    assert tshark.values(pcap, "mapihttp.server_application") == [SERVER_APP]
    assert tshark.values(pcap, "mapihttp.pending_period") == ["15000"]
    assert tshark.values(pcap, "mapihttp.expiration_info") == ["900000"]
    # X-ResponseCode: in the HTTP headers and again after DONE (4.1)
    assert tshark.values(pcap, "mapihttp.response_code") == ["0", "0"]
    assert tshark.values(pcap, "mapihttp.elapsed_time") == ["12"]
    out = tshark.run(["-r", pcap, "-2", "-V", "-O", "mapihttp"]).stdout
    assert "X-ResponseCode: Success (0)" in out


def test_execute_failure_and_type_from_request(tshark):
    """2.2.4.2.3: a failure body is StatusCode and the auxiliary buffer; the response has no
    X-RequestType, its type comes from the paired request."""
    req_buf = oxgen.ext_buffer(oxgen.rop_buffer(v.LOGON_REQ, [0xFFFFFFFF]))
    req = oxgen.execute_request_body(req_buf)
    rsp = u32(0x00000001) + aux(oxgen.aux_block(1, 0x01, struct.pack("<HH", 1, 7)))
    pcap = capture(tshark, "exec_fail.pcap", [(50001, http_request(req, "Execute"), http_response(rsp))])
    assert tshark.values(pcap, "mapihttp.request_type") == ["Execute", "Execute"]
    assert tshark.values(pcap, "mapihttp.request_frame") == ["1"]
    assert tshark.values(pcap, "mapihttp.status_code") == ["0x00000001"]
    assert tshark.values(pcap, "mapihttp.error_code") == []
    assert tshark.values(pcap, "oxcrops.aux.perf_requestid.request_id") == ["7"]
    assert "Execute response [StatusCode 0x00000001]" in tshark.run(["-r", pcap, "-2"]).stdout
    assert warnings(tshark, pcap) == []


def test_connect_failure_without_rpc_header_ext(tshark):
    """2.2.4.1.3 note 2: Exchange 2013 SP1 to 2016 RTM send the failure's auxiliary blocks without
    an RPC_HEADER_EXT; both forms decode."""
    blocks = oxgen.aux_block(1, 0x4B, struct.pack("<H", 6) + "srv\0".encode("utf-16-le"))
    bare = u32(0x0000000A, len(blocks)) + blocks
    wrapped = u32(0x0000000A) + aux(blocks)
    pcap = capture(tshark, "connect_fail.pcap", [
        (50001, http_request(connect_request_body(), "Connect"), http_response(bare, "Connect")),
        (50002, http_request(connect_request_body(), "Connect"), http_response(wrapped, "Connect"))])
    assert tshark.values(pcap, "oxcrops.aux.server_session_info.server_session_context_info") == ["srv", "srv"]
    assert tshark.values(pcap, "oxcrops.rpc_header_ext.flags") == ["0x0004", "0x0004", "0x0004"]
    found = experts(tshark, pcap)
    assert [e for e in found if e[0] >= PI_WARN] == []
    assert sum(1 for s, m in found if m.startswith("Failure AuxiliaryBuffer without RPC_HEADER_EXT")) == 1


def test_disconnect(tshark):
    """2.2.4.3: request AuxiliaryBufferSize + AuxiliaryBuffer; response StatusCode, ErrorCode, aux."""
    pcap = capture(tshark, "disconnect.pcap", [(50001, http_request(aux(b""), "Disconnect"),
                                                http_response(u32(0, 0) + aux(b""), "Disconnect"))])
    assert tshark.values(pcap, "mapihttp.auxiliary_buffer_size") == ["0", "0"]
    assert tshark.values(pcap, "mapihttp.status_code") == ["0x00000000"]
    assert tshark.values(pcap, "mapihttp.error_code") == ["0x00000000"]
    assert warnings(tshark, pcap) == []


def test_notification_wait(tshark):
    """2.2.4.4: request Flags (reserved, 0); response EventPending 1 (an event is pending)."""
    pcap = capture(tshark, "nwait.pcap", [(50001, http_request(u32(0) + aux(b""), "NotificationWait"),
                                           http_response(u32(0, 0, 1) + aux(b""), "NotificationWait"))])
    assert tshark.values(pcap, "mapihttp.notification_wait.flags") == ["0x00000000"]
    assert tshark.values(pcap, "mapihttp.notification_wait.event_pending") == ["1"]
    assert "NotificationWait response, event pending" in tshark.run(["-r", pcap, "-2"]).stdout
    assert warnings(tshark, pcap) == []


def test_notification_wait_nonzero_flags(tshark):
    pcap = capture(tshark, "nwait_bad.pcap", [(50001, http_request(u32(4) + aux(b""), "NotificationWait"), None)])
    assert [m for s, m in warnings(tshark, pcap)] == ["Flags 0x00000004; MUST be 0"]


def test_ping(tshark):
    """2.2.6: PING has no body; the response is meta-tags only."""
    pcap = capture(tshark, "ping.pcap", [(50001, http_request(b"", "PING"), http_response(b"", "PING"))])
    assert tshark.values(pcap, "mapihttp.request_type") == ["PING"]
    assert tshark.values(pcap, "mapihttp.meta_tag") == ["PROCESSING", "DONE"]
    assert tshark.values(pcap, "mapihttp.status_code") == []
    assert warnings(tshark, pcap) == []


# ---------------------------------------------------------------- X-ResponseCode failures (2.2.3.3.3)

def test_response_code_in_headers(tshark):
    """A non-zero X-ResponseCode: the body is diagnostic text, no meta-tags, no binary body."""
    rsp = http_response(b"Context not found.", "Execute", response_code=10, meta=False)
    pcap = capture(tshark, "rc.pcap", [(50001, http_request(oxgen.execute_request_body(b""), "Execute"), rsp)])
    assert tshark.values(pcap, "mapihttp.response_code") == ["10"]
    assert tshark.values(pcap, "mapihttp.diagnostic") == ["Context not found."]
    assert "[X-ResponseCode 10: Context Not Found]" in tshark.run(["-r", pcap, "-2"]).stdout
    assert warnings(tshark, pcap) == []


def test_response_code_after_done(tshark):
    """A failure after PROCESSING: the additional headers carry X-ResponseCode (6, Invalid Context
    Cookie), Exchange's X-FailureLID / X-FailureDescription, and the body is HTML text."""
    body = (b"PROCESSING\r\nDONE\r\nContent-Type: text/html\r\nX-ResponseCode: 6\r\nX-FailureLID: 43324\r\n"
            b"X-FailureDescription: Invalid context cookie\r\nX-StartTime: Tue, 15 Nov 1994 08:12:31 GMT\r\n"
            b"X-ElapsedTime: 3\r\n\r\n<html>bad cookie</html>")
    rsp = http_response(body, "Execute", meta=False)
    pcap = capture(tshark, "rc_done.pcap", [(50001, http_request(oxgen.execute_request_body(b""), "Execute"), rsp)])
    assert tshark.values(pcap, "mapihttp.response_code") == ["0", "6"]
    assert tshark.values(pcap, "mapihttp.failure_lid") == ["43324"]
    assert tshark.values(pcap, "mapihttp.failure_description") == ["Invalid context cookie"]
    assert tshark.values(pcap, "mapihttp.diagnostic") == ["<html>bad cookie</html>"]
    assert tshark.values(pcap, "mapihttp.status_code") == []


# ---------------------------------------------------------------- address book endpoint (2.2.5)

def test_bind_and_unbind(tshark):
    """2.2.5.1: Bind Flags, HasState, STAT (MS-OXNSPI 2.2.8); response ServerGuid. 2.2.5.2: Unbind."""
    stat = u32(0, 0, 0, 0, 0, 0, 1252, 0x409, 0x409)
    bind = u32(0x20) + b"\x01" + stat + aux(b"")
    pcap = capture(tshark, "bind.pcap", [
        (50001, http_request(bind, "Bind", path="/mapi/nspi/"),
         http_response(u32(0, 0) + oxgen.uuid_le(NSPI_GUID) + aux(b""), "Bind")),
        (50001, http_request(u32(0) + aux(b""), "Unbind", path="/mapi/nspi/"),
         http_response(u32(0, 0) + aux(b""), "Unbind"))])
    assert tshark.values(pcap, "mapihttp.bind.flags.anonymous_login") == ["1"]
    assert tshark.values(pcap, "mapihttp.bind.has_state") == ["1"]
    assert tshark.values(pcap, "mapihttp.stat.code_page") == ["1252"]
    assert tshark.values(pcap, "mapihttp.stat.sort_locale") == ["0x00000409"]
    assert tshark.values(pcap, "mapihttp.stat.sort_type") == ["0x00000000"]
    assert tshark.values(pcap, "mapihttp.bind.server_guid") == [NSPI_GUID]
    assert tshark.values(pcap, "mapihttp.unbind.reserved") == ["0x00000000"]
    assert tshark.values(pcap, "mapihttp.request_type") == ["Bind", "Bind", "Unbind", "Unbind"]
    assert warnings(tshark, pcap) == []


def test_other_address_book_types_are_named_and_framed(tshark):
    """The other 2.2.5 request types: named, the response's StatusCode and ErrorCode decoded, the rest
    shown as bytes with a note."""
    pcap = capture(tshark, "nspi.pcap", [
        (50001, http_request(b"\x00\x01\x02\x03", "GetProps", path="/mapi/nspi/"),
         http_response(u32(0, 0) + b"\xaa\xbb", "GetProps"))])
    assert tshark.values(pcap, "mapihttp.request_type") == ["GetProps", "GetProps"]
    assert tshark.values(pcap, "mapihttp.body") == ["00010203", "aabb"]
    assert tshark.values(pcap, "mapihttp.status_code") == ["0x00000000"]
    found = experts(tshark, pcap)
    assert [e for e in found if e[0] >= PI_WARN] == []
    assert [m for s, m in found if s == PI_NOTE] == ["GetProps body fields are not decoded by this version"] * 2


def test_unknown_request_type(tshark):
    pcap = capture(tshark, "unknown.pcap", [(50001, http_request(b"\x01", "Frobnicate"), None)])
    assert [m for s, m in warnings(tshark, pcap)] == [
        'X-RequestType "Frobnicate" is not one of MS-OXCMAPIHTTP 2.2.3.3.1']


# ---------------------------------------------------------------- inside TLS

def tls_exchange(workdir, srv, request, response):
    """Serves one HTTPS exchange on the listening socket srv with a throw-away certificate; the TLS
    secrets go to workdir/keys.txt (the NSS key log format Wireshark's tls.keylog_file reads)."""
    import socket
    import ssl
    import subprocess
    import threading

    key, cert = os.path.join(workdir, "key.pem"), os.path.join(workdir, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=mail.example.com"], check=True, capture_output=True)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    sctx.keylog_filename = os.path.join(workdir, "keys.txt")
    port = srv.getsockname()[1]

    def serve():
        conn, _ = srv.accept()
        with sctx.wrap_socket(conn, server_side=True) as s:
            got = b""
            while len(got) < len(request):
                got += s.recv(65536)
            s.sendall(response)

    t = threading.Thread(target=serve)
    t.start()
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.check_hostname, cctx.verify_mode = False, ssl.CERT_NONE
    with cctx.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="mail.example.com") as s:
        s.sendall(request)
        got = b""
        while len(got) < len(response):
            data = s.recv(65536)
            if not data:
                break
            got += data
    t.join()
    srv.close()


def test_mapihttp_inside_tls_with_keylog(tshark):
    """README: MAPI/HTTP inside HTTPS decodes with -o tls.keylog_file (a loopback capture; needs
    dumpcap's capture rights and openssl, skipped otherwise)."""
    import shutil
    import signal
    import socket
    import subprocess
    import time

    if os.geteuid() != 0 or not shutil.which("dumpcap") or not shutil.which("openssl"):
        pytest.skip("needs root, dumpcap and openssl for a loopback capture")
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    port = srv.getsockname()[1]
    pcap = tshark.path("https.pcapng")
    dump = subprocess.Popen(["dumpcap", "-q", "-i", "lo", "-f", "tcp port %d" % port, "-w", pcap],
                            stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.0)
        if dump.poll() is not None:
            pytest.skip("dumpcap cannot capture on lo: " + dump.stderr.read())
        req = http_request(oxgen.execute_request_body(oxgen.ext_buffer(oxgen.rop_buffer(v.LOGON_REQ,
                                                                                        [0xFFFFFFFF]))), "Execute")
        rsp = http_response(oxgen.execute_response_body(oxgen.ext_buffer(oxgen.rop_buffer(v.LOGON_RSP, [0x10]))),
                            "Execute")
        tls_exchange(tshark.workdir, srv, req, rsp)
        time.sleep(1.0)
    finally:
        dump.send_signal(signal.SIGINT)
        dump.wait(timeout=30)
    keys = tshark.readable(os.path.join(tshark.workdir, "keys.txt"))
    args = ["-r", tshark.readable(pcap), "-2", "-o", "tls.keylog_file:" + keys, "-d", "tcp.port==%d,tls" % port,
            "-d", "tls.port==%d,http" % port, "-T", "fields", "-e", "mapihttp.request_type", "-e", "oxcrops.rop_id",
            "-Y", "mapihttp"]
    rows = tshark.run(args).stdout.splitlines()
    assert rows == ["Execute\t0xfe", "Execute\t0xfe"]
    # without the key log nothing is decrypted
    assert tshark.run(args[:3] + args[5:]).stdout == ""


# ---------------------------------------------------------------- sessions

def test_session_cookie_spans_connections(tshark):
    """A session is its MapiContext cookie (design.md 4): a handle RopLogon returned on one TCP
    connection is known on another connection of the same session."""
    logon_req = oxgen.ext_buffer(oxgen.rop_buffer(v.LOGON_REQ, [0xFFFFFFFF]))
    logon_rsp = oxgen.ext_buffer(oxgen.rop_buffer(v.LOGON_RSP, [0x10]))
    open_req = oxgen.ext_buffer(oxgen.rop_buffer(v.OPEN_FOLDER_REQ, [0x10, 0xFFFFFFFF]))
    pcap = capture(tshark, "session.pcap", [
        (50001, http_request(connect_request_body(), "Connect"),
         http_response(connect_response_body(), "Connect", set_cookie="S1")),
        (50002, http_request(oxgen.execute_request_body(logon_req), "Execute", cookie="S1"),
         http_response(oxgen.execute_response_body(logon_rsp), "Execute")),
        (50003, http_request(oxgen.execute_request_body(open_req), "Execute", cookie="S1"), None),
        (50004, http_request(oxgen.execute_request_body(open_req), "Execute", cookie="S2"), None)])
    rows = tshark.fields(pcap, ["frame.number", "oxcrops.handle_origin_frame"], "oxcrops.rop_id == 0x02")
    logon_rsp_frame = tshark.fields(pcap, ["frame.number"], "oxcrops.logon.response_flags")[0][0]
    # the same handle in another session (cookie S2) is not that object
    assert [r[1] for r in rows] == [logon_rsp_frame, ""]

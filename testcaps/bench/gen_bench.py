# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes a large capture of Outlook-like mailbox traffic for testcaps/bench/run.sh.

    /usr/bin/python3 testcaps/bench/gen_bench.py OUT.pcap [--rops N] [--sessions N]

Sessions alternate between the carriers: EMSMDB over TCP (its own connection, bind,
EcDoConnectEx, then EcDoRpcExt2 calls) and MAPI/HTTP (Connect, then Execute calls,
each session on its own connection). Their calls are interleaved round robin. Each
call carries a batch of ROPs, as Outlook sends them: folder browsing (RopOpenFolder,
RopGetContentsTable, RopSetColumns, RopQueryRows, RopRelease), hierarchy reads,
failures (RopOpenFolder and RopOpenMessage answered NotFound) and RopPending. A
quarter of the responses are compressed, a quarter XOR-obfuscated, the rest plain.

The frames are built with oxgen's framing (written from the specifications) and
written as they are made; the compressed payloads are compressed once per template.
Prints the frames and ROPs (requests + responses) written, as "frames=N rops=N".
"""
import argparse
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import make_captures as mc  # noqa: E402
import oxgen  # noqa: E402
import vectors as v  # noqa: E402


class StreamCapture(oxgen.Capture):
    """oxgen.Capture that writes each frame as it is made (nothing kept in memory)."""

    def __init__(self, path):
        super().__init__()
        self.f = open(path, "wb")
        self.f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        self.count = 0

    def frame(self, data):
        self.time += 0.0002
        sec = int(self.time)
        usec = int(round((self.time - sec) * 1e6))
        if usec == 1000000:
            sec, usec = sec + 1, 0
        self.f.write(struct.pack("<IIII", sec, usec, len(data), len(data)) + data)
        self.count += 1

    def close(self):
        self.f.close()


# ---------------------------------------------------------------- call templates
# (request ROPs, request handle table, response ROPs, response handle table, ROPs in both)

def browse(groups):
    """groups x (RopOpenFolder Inbox, RopGetContentsTable, RopSetColumns, RopQueryRows, RopRelease of the
    table): 5 request ROPs and 4 response ROPs a group, handle indexes 0 (logon) -> 1 (folder) -> 2 (table)."""
    req = (v.OPEN_FOLDER_REQ + v.GET_CONTENTS_TABLE_REQ + v.SET_COLUMNS_REQ + v.QUERY_ROWS_REQ
           + v.RELEASE_REQ) * groups
    rsp = (v.OPEN_FOLDER_RSP + v.GET_CONTENTS_TABLE_RSP + v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP) * groups
    return req, [0x10, 0xFFFFFFFF, 0xFFFFFFFF], rsp, [0x10, 0x11, 0x12], 9 * groups


def hierarchy(groups):
    """groups x (RopOpenFolder, RopGetHierarchyTable, RopOpenFolder of a missing folder -> NotFound,
    RopOpenMessage of a missing message -> NotFound), then RopPending: 8 ROPs a group, and 1."""
    req = (v.OPEN_FOLDER_REQ + mc.GET_HIERARCHY_TABLE_REQ + mc.OPEN_MISSING_FOLDER_REQ
           + mc.OPEN_MESSAGE_REQ) * groups
    rsp = (v.OPEN_FOLDER_RSP + mc.GET_HIERARCHY_TABLE_RSP + mc.failure(0x02, 1, mc.NOT_FOUND)
           + mc.failure(0x03, 2, mc.NOT_FOUND)) * groups + v.PENDING_RSP
    return req, [0x10, 0x11, 0xFFFFFFFF, 0xFFFFFFFF], rsp, [0x10, 0x11, 0x12, 0x13], 8 * groups + 1


LOGON = (v.LOGON_REQ, [0xFFFFFFFF], v.LOGON_RSP, [0x10], 2)
TEMPLATES = [browse(4), hierarchy(3), browse(2), hierarchy(2)]
# (compress, xor) of the response, by call number
BUFFER_FORMS = [(False, False), (True, False), (False, True), (False, False)]

_compressed = {}


def ext(rops, handles, compress=False, xor=False):
    buf = oxgen.rop_buffer(rops, handles)
    if not compress:
        return oxgen.ext_buffer(buf, xor=xor)
    if buf not in _compressed:
        _compressed[buf] = oxgen.ext_buffer(buf, compress=True, xor=xor)
    return _compressed[buf]


class EmsmdbSession:
    def __init__(self, cap, n):
        self.tcp = oxgen.TcpStream(cap, client=("10.1.%d.%d" % (n // 250, n % 250 + 1), 50000 + n % 10000),
                                   server=("10.0.0.2", 1032))
        self.cxh = struct.pack("<I", 0) + oxgen.uuid_le("11223344-5566-7788-99aa-%012x" % n)
        self.call_id = 1
        self.tcp.send("c", oxgen.dcerpc_bind())
        self.tcp.send("s", oxgen.dcerpc_bind_ack())
        user = v.USER_DN.replace("cn=jdoe", "cn=user%d" % n)
        self.call(10, oxgen.ecdoconnectex_request(user), oxgen.ecdoconnectex_response(n % 60000, "/o=Example/",
                                                                                       "User %d" % n, cxh=self.cxh))

    def call(self, opnum, req, rsp):
        self.call_id += 1
        self.tcp.send("c", oxgen.dcerpc_request(self.call_id, opnum, req))
        self.tcp.send("s", oxgen.dcerpc_response(self.call_id, rsp))

    def rops(self, template, form):
        req, req_h, rsp, rsp_h, _ = template
        self.call(11, oxgen.ecdorpcext2_request(ext(req, req_h), cxh=self.cxh),
                  oxgen.ecdorpcext2_response(ext(rsp, rsp_h, *form), cxh=self.cxh))


class MapihttpSession:
    def __init__(self, cap, n):
        self.tcp = oxgen.TcpStream(cap, client=("10.2.%d.%d" % (n // 250, n % 250 + 1), 40000 + n % 10000),
                                   server=("10.0.0.2", 80))
        self.cookie = "S%08d" % n
        self.request_id = 1
        user = v.USER_DN.replace("cn=jdoe", "cn=user%d" % n)
        self.tcp.send("c", mc.mapihttp_request(mc.connect_request_body(user), "Connect"))
        self.tcp.send("s", mc.mapihttp_response(mc.connect_response_body("User %d" % n), "Connect",
                                                set_cookie=self.cookie))

    def rops(self, template, form):
        req, req_h, rsp, rsp_h, _ = template
        self.request_id += 1
        self.tcp.send("c", mc.mapihttp_request(oxgen.execute_request_body(ext(req, req_h)), "Execute",
                                               cookie=self.cookie, request_id=self.request_id))
        self.tcp.send("s", mc.mapihttp_response(oxgen.execute_response_body(ext(rsp, rsp_h, *form)), "Execute",
                                                request_id=self.request_id))


def generate(path, target_rops, n_sessions):
    cap = StreamCapture(path)
    sessions = [(EmsmdbSession if n % 2 == 0 else MapihttpSession)(cap, n) for n in range(n_sessions)]
    rops = 0
    for s in sessions:
        s.rops(LOGON, (False, False))
        rops += LOGON[4]
    call = 0
    while rops < target_rops:
        s = sessions[call % n_sessions]
        rnd = call // n_sessions
        template = TEMPLATES[rnd % len(TEMPLATES)]
        s.rops(template, BUFFER_FORMS[(rnd + call) % len(BUFFER_FORMS)])
        rops += template[4]
        call += 1
    cap.close()
    return cap.count, rops


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--rops", type=int, default=1_050_000)
    ap.add_argument("--sessions", type=int, default=400)
    args = ap.parse_args()
    frames, rops = generate(args.out, args.rops, args.sessions)
    print("frames=%d rops=%d" % (frames, rops))


if __name__ == "__main__":
    main()

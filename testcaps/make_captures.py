"""Writes the bundled captures of testcaps/captures/ from vectors.py.

    /usr/bin/python3 testcaps/make_captures.py [outdir]

test_captures.py checks that the committed files are what this writes.
"""
import os
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


CAPTURES = {"demo.pcap": demo}


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, fn in CAPTURES.items():
        fn(os.path.join(outdir, name))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "captures"))

# SPDX-License-Identifier: GPL-2.0-or-later
"""Statistics (stats.c): -z oxcrops,counts / oxcrops,srt / oxcrops,sessions, and the
Info column's failure marks. The cookbook (test_cookbook.py) runs them on the bundled
capture; these build the edge cases: responses without requests, a disconnect
answered with a zeroed handle, a failed call, an unknown error code, filters, one
and two passes."""
import os
import re
import struct

import make_captures as mc
import oxgen
import vectors as v

HERE = os.path.dirname(os.path.abspath(__file__))
COOKBOOK = os.path.join(HERE, "captures", "cookbook.pcap")
DEMO = os.path.join(HERE, "captures", "demo.pcap")
FFFF = 0xFFFFFFFF


def stat(tshark, pcap, *z, two_pass=False):
    args = ["-r", tshark.readable(pcap), "-q"] + (["-2"] if two_pass else [])
    for arg in z:
        args += ["-z", arg]
    return tshark.run(args).stdout


def tree_counts(out):
    """stats_tree lines as {(indent, topic): count}."""
    got = {}
    for line in out.splitlines():
        m = re.match(r"^( *)(\S.*?)\s{2,}(\d+)\s", line)
        if m:
            got[(len(m.group(1)), m.group(2))] = int(m.group(3))
    return got


def srt_rows(out):
    return {int(line.split()[0]): line.split() for line in out.splitlines() if re.match(r"\s+\d+\s+\S", line)}


def session_rows(out):
    rows = {}
    for line in out.splitlines():
        if re.match(r"\s*\d+\s+(EMSMDB|MAPI/HTTP)\s", line):
            cells = re.split(r"\s{2,}", line.strip())
            rows[int(cells[0])] = cells
    return rows


def test_statistics_are_registered(tshark):
    """tshark knows the three -z forms and the stats_tree's own name (the GUI menus come
    from the same registrations). (Not `tshark -z help`: it hangs with the ASan runtime preloaded.)"""
    out = stat(tshark, DEMO, "oxcrops,counts", "oxcrops,srt", "oxcrops,sessions", "oxcrops_counts,tree")
    assert out.count("OXCROPS/ROP counts:") == 2
    assert "OXCROPS SRT Statistics:" in out and "OXCROPS sessions:" in out


def test_counts_of_the_demo(tshark):
    out = stat(tshark, DEMO, "oxcrops,counts")
    got = tree_counts(out)
    assert got[(0, "ROP requests")] == 5 and got[(0, "ROP responses")] == 6
    for rop in ("RopLogon", "RopOpenFolder", "RopGetContentsTable", "RopSetColumns", "RopQueryRows"):
        assert got[(1, rop)] >= 1
    assert got[(0, "Failed ROPs by RopId")] == 0 and got[(0, "Failed ROPs by error code")] == 0
    # the stats_tree under its own name prints the same tree
    assert tree_counts(stat(tshark, DEMO, "oxcrops_counts,tree")) == got


def test_one_pass_and_two_passes_agree(tshark):
    for z in ("oxcrops,counts", "oxcrops,srt", "oxcrops,sessions"):
        assert stat(tshark, COOKBOOK, z) == stat(tshark, COOKBOOK, z, two_pass=True), z


def test_filters_and_independent_instances(tshark):
    """Two -z oxcrops,sessions in one run keep their own tables; the filter selects frames."""
    out = stat(tshark, COOKBOOK, "oxcrops,sessions", "oxcrops,sessions,mapihttp")
    tables = out.split("OXCROPS sessions:")[1:]
    by_filter = {t.splitlines()[1]: session_rows(t) for t in tables}
    assert sorted(by_filter["Filter: "]) == [1, 2]
    assert sorted(by_filter["Filter: mapihttp"]) == [2]
    assert by_filter["Filter: mapihttp"][2] == by_filter["Filter: "][2]
    srt = srt_rows(stat(tshark, COOKBOOK, "oxcrops,srt,emsmdb"))
    assert 3 not in srt and srt[5][2] == "1"      # RopOpenMessage and the MAPI/HTTP contents tables are out


def lifecycle_capture(tshark):
    """EMSMDB: EcDoConnectEx, one EcDoRpcExt2 with a failed ROP (unknown error code
    0x12345678), EcDoDisconnect answered with a zeroed handle and a failure; then a
    MAPI/HTTP Execute response whose request is not in the capture."""
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind())
    tcp.send("s", oxgen.dcerpc_bind_ack())
    tcp.send("c", oxgen.dcerpc_request(2, 10, oxgen.ecdoconnectex_request(v.USER_DN)))
    tcp.send("s", oxgen.dcerpc_response(2, oxgen.ecdoconnectex_response(5, "/o=Example/", "J. Doe")))
    req = oxgen.rop_buffer(v.LOGON_REQ + mc.OPEN_MISSING_FOLDER_REQ, [FFFF, FFFF])
    rsp = oxgen.rop_buffer(v.LOGON_RSP + mc.failure(0x02, 1, 0x12345678), [0x10, FFFF])
    tcp.send("c", oxgen.dcerpc_request(3, 11, oxgen.ecdorpcext2_request(oxgen.ext_buffer(req))))
    tcp.send("s", oxgen.dcerpc_response(3, oxgen.ecdorpcext2_response(oxgen.ext_buffer(rsp, compress=True))))
    # MS-OXCRPC 3.1.4.3: EcDoDisconnect; the server zeroes pcxh. 0x000004B9 (ecRpcFailed) as its return value
    tcp.send("c", oxgen.dcerpc_request(4, 1, oxgen.CXH))
    tcp.send("s", oxgen.dcerpc_response(4, b"\0" * 20 + struct.pack("<I", 0x000004B9)))
    http = oxgen.TcpStream(cap, client=("10.0.0.3", 50001), server=("10.0.0.2", 80))
    body = oxgen.execute_response_body(oxgen.ext_buffer(oxgen.rop_buffer(v.OPEN_FOLDER_RSP, [0x11])))
    http.send("s", mc.mapihttp_response(body, "Execute"))
    pcap = tshark.path("lifecycle.pcap")
    cap.write(pcap)
    return pcap


def test_session_lifecycle(tshark):
    pcap = lifecycle_capture(tshark)
    rows = session_rows(stat(tshark, pcap, "oxcrops,sessions"))
    emsmdb = [r for r in rows.values() if r[1] == "EMSMDB"]
    assert len(emsmdb) == 1
    # Session, Carrier, frame of the EcDoConnectEx response, Calls (connect, rpc, disconnect),
    # Failed calls (the disconnect, whose zeroed handle still counts for its request's session),
    # ROPs (2 requests, 2 responses), Failed ROPs
    assert emsmdb[0][1:7] == ["EMSMDB", "4", "3", "1", "4", "1"]
    assert int(emsmdb[0][8]) > int(emsmdb[0][7])          # the compressed response
    assert emsmdb[0][9] == "rgwClientVersion 12.0.6206.1000" and emsmdb[0][10] == v.USER_DN
    # the MAPI/HTTP response without its request: a call of a session known only by its
    # TCP connection (no Connect, no cookie seen by the carrier)
    others = [r for r in rows.values() if r[1] != "EMSMDB"]
    assert [r[3:7] for r in others] == [["1", "0", "1", "0"]]


def test_failures_without_a_name_and_srt_without_requests(tshark):
    pcap = lifecycle_capture(tshark)
    info = tshark.run(["-r", tshark.readable(pcap), "-2"]).stdout
    assert "EcDoRpcExt2 response: RopLogon, RopOpenFolder [0x12345678]" in info
    got = tree_counts(stat(tshark, pcap, "oxcrops,counts"))
    assert got[(2, "unknown error (0x12345678)")] == 1
    srt = srt_rows(stat(tshark, pcap, "oxcrops,srt"))
    # the Execute response has no request: no sample; the EMSMDB ROPs have one each
    assert srt[2][2] == "1" and srt[254][2] == "1"

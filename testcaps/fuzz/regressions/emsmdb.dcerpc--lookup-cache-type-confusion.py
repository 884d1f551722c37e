# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes emsmdb.dcerpc--lookup-cache-type-confusion.bin (an emsmdb.dcerpc input:
one EcDoRpcExt2 request PDU) and, with a second argument, a capture of it after
an EMSMDB bind:

    /usr/bin/python3 testcaps/fuzz/regressions/emsmdb.dcerpc--lookup-cache-type-confusion.py OUT.bin [OUT.pcap]

Wireshark's DCE/RPC strips a verification trailer from the stub only when it
parses completely; a SEC_VT_COMMAND_BITMASK_1 of length 0 parses without a tree
but throws with one.  So the first pass of `tshark -2 -V` (no tree) hands
EMSMDB an rgbIn cut at the signature (no handle table: no handle lookup, one
logon-type lookup), the second pass (tree) the whole rgbIn (a handle lookup
first): state.c's per-frame cache replays the logon-type pointer as an
oxc_lookup_t.
"""
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import oxgen        # noqa: E402
SIG = bytes.fromhex("8ae3137102f43671")       # DCE/RPC verification trailer signature (MS-RPCE 2.2.2.13)
# RopSetMessageReadFlag request (MS-OXCROPS 2.2.6.11.1): RopId 0x11, LogonId 0,
# ResponseHandleIndex 0, InputHandleIndex 0, ReadFlags 0x00; no ClientData.
rops = bytes.fromhex("11 00 00 00 00")
# The ServerObjectHandleTable's 12 bytes are also a verification trailer: the
# signature, then one SEC_VT command: SEC_VT_COMMAND_END | SEC_VT_COMMAND_BITMASK_1, length 0.
handles = SIG + struct.pack("<HH", 0x4001, 0)
rop_buffer = struct.pack("<H", 2 + len(rops)) + rops + handles
stub = oxgen.ecdorpcext2_request(oxgen.ext_buffer(rop_buffer))
pdu = oxgen.dcerpc_request(2, 11, stub)
with open(sys.argv[1], "wb") as f:
    f.write(pdu)
if len(sys.argv) > 2:
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind())
    tcp.send("s", oxgen.dcerpc_bind_ack())
    tcp.send("c", pdu)
    cap.write(sys.argv[2])

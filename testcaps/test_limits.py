# SPDX-License-Identifier: GPL-2.0-or-later
"""Limits on hostile counts (issue 7, scope 3): a count past what the decoder allows
stops the structure with an expert item instead of looping or allocating for it, the
rest of the buffer (the handle table) still decodes, and work grows linearly with what
a buffer holds (no walk that rescans earlier ROPs, rows or handles).

Nesting limits have their own tests: restrictions (test_rops_table.py
test_nesting_limit), rule actions (test_rops_rule.py test_rule_action_nesting_is_bounded);
decompressed sizes: test_bad_input.py test_lz77_expanding_past_size_actual."""
import resource
import struct

import oxgen
from test_carriers import dcerpc

OXCDATA_MAX_COUNT = 0x8000          # dissectors/oxcdata.h
HANDLES = [0x0000002A, 0x0000002B]
LONG_TABLE = 0x0000002A


def tag(prop_id, ptype):
    return struct.pack("<I", (prop_id << 16) | ptype)


def set_columns_req(tags, count=None):
    """MS-OXCROPS 2.2.5.1.1 RopSetColumns request: RopId 0x12, LogonId, InputHandleIndex,
    SetColumnsFlags, PropertyTagCount (2 bytes), PropertyTags."""
    return bytes([0x12, 0, 0, 0]) + struct.pack("<H", len(tags) if count is None else count) + b"".join(tags)


def warnings_text(tshark, pcap):
    return [m for _, m in tshark.warnings(pcap)]


def test_property_tag_count_over_limit(tshark):
    """PropertyTagCount 0x9000 (36864 tags, 147456 bytes): past the limit, the ROP stops
    with a message naming the count; no array of that size; the handle table decodes."""
    rops = set_columns_req([tag(0x0E07, 0x0003)], count=0x9000)
    pcap = dcerpc(tshark, "tagcount.pcap", oxgen.ext_buffer(oxgen.rop_buffer(rops, HANDLES)))
    assert "PropertyTag count 36864 exceeds the limit of %d" % OXCDATA_MAX_COUNT in warnings_text(tshark, pcap)
    assert tshark.values(pcap, "oxcrops.handle") == ["0x0000002a", "0x0000002b"]
    assert tshark.values(pcap, "oxcrops.property_tag") == []


def test_multivalue_count_over_limit(tshark):
    """MS-OXCROPS 2.2.8.6.1 RopSetProperties with one PtypMultipleInteger32 (0x1003) value
    whose count (4 bytes, MS-OXCDATA 2.11.1.1) says 0xFFFFFFFF: stopped at the count."""
    value = tag(0x8001, 0x1003) + struct.pack("<I", 0xFFFFFFFF) + struct.pack("<i", 7)
    rops = bytes([0x0A, 0, 0]) + struct.pack("<HH", len(value) + 2, 1) + value
    pcap = dcerpc(tshark, "mvcount.pcap", oxgen.ext_buffer(oxgen.rop_buffer(rops, HANDLES)))
    assert "Multi-value count 4294967295 exceeds the limit of %d" % OXCDATA_MAX_COUNT in warnings_text(tshark, pcap)
    assert tshark.values(pcap, "oxcrops.handle") == ["0x0000002a", "0x0000002b"]


# ---------------------------------------------------------------- linear work

def many_rops_capture(path, n, calls):
    """`calls` EcDoRpcExt2 calls, each a request buffer of RopSetColumns (one column,
    PidTagMessageFlags), n RopRelease (MS-OXCROPS 2.2.15.3: RopId 0x01, LogonId,
    InputHandleIndex) and a RopQueryRows (2.2.5.4.1), and a response of the
    RopSetColumns and a RopQueryRows answer of n rows (2.2.5.4.2: InputHandleIndex,
    ReturnValue, Origin, RowCount, then StandardPropertyRows: flag 0x00, the PtypInteger32)."""
    req = (set_columns_req([tag(0x0E07, 0x0003)])
           + bytes([0x01, 0, 1]) * n
           + bytes([0x15, 0, 0, 0, 1]) + struct.pack("<H", n))
    rsp = (bytes([0x12, 0]) + struct.pack("<IB", 0, 0)
           + bytes([0x15, 0]) + struct.pack("<IBH", 0, 0, n)
           + b"".join(b"\x00" + struct.pack("<I", i) for i in range(n)))
    oxgen.dcerpc_capture(path, [(11, oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(req, HANDLES))),
                                 oxgen.ecdorpcext2_response(oxgen.ext_buffer(oxgen.rop_buffer(rsp, HANDLES))))
                                for _ in range(calls)])
    return path


def cpu_seconds(tshark, pcap, args):
    """CPU time (user + system) of tshark, best of 2: CPU time, not wall-clock time, so
    that the other test CTest runs beside this one does not count."""
    best = None
    for _ in range(2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        tshark.run(["-r", tshark.readable(pcap)] + args, scan_output=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        took = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = took if best is None else min(best, took)
    return best


def test_work_is_linear_in_rops_and_rows(tshark):
    """n = 2,000 and 8,000 RopRelease and rows per buffer (the largest a 64 KB ROP buffer
    holds is ~10,000 rows), 12 calls: the CPU time past an empty capture's grows about 4 times;
    a walk quadratic in the ROPs or rows of a buffer would grow 16 times.  Checked for
    the summary (-2) and for every field (-2 -T fields), the two batch uses."""
    n = 2000
    calls = 12
    small = many_rops_capture(tshark.path("linear-small.pcap"), n, calls)
    large = many_rops_capture(tshark.path("linear-large.pcap"), 4 * n, calls)
    empty = many_rops_capture(tshark.path("linear-empty.pcap"), 0, calls)
    # every ROP and row decoded: n RopRelease per request, n rows per response
    assert len(tshark.values(small, "oxcrops.rop_id", "dcerpc.pkt_type == 0")) == calls * (n + 2)
    assert len(tshark.values(small, "oxcrops.property_row.flag", "dcerpc.pkt_type == 2")) == calls * n
    for args in (["-2"], ["-2", "-T", "fields", "-e", "oxcrops.rop_id", "-e", "oxcrops.property_row.flag"]):
        base = cpu_seconds(tshark, empty, args)
        t_small = cpu_seconds(tshark, small, args) - base
        t_large = cpu_seconds(tshark, large, args) - base
        assert t_large < 8 * max(t_small, 0.05), (args, base, t_small, t_large)

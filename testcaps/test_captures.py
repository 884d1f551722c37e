# SPDX-License-Identifier: GPL-2.0-or-later
"""The bundled captures: current with their generator, and what the demo shows."""
import filecmp
import os

import make_captures

HERE = os.path.dirname(os.path.abspath(__file__))


def test_bundled_captures_are_current(tmp_path):
    make_captures.main(str(tmp_path))
    for name in make_captures.CAPTURES:
        assert filecmp.cmp(os.path.join(HERE, "captures", name), os.path.join(str(tmp_path), name), shallow=False), \
            "testcaps/captures/%s is stale: run /usr/bin/python3 testcaps/make_captures.py" % name


def test_demo_capture(tshark):
    pcap = os.path.join(HERE, "captures", "demo.pcap")
    info = tshark.run(["-r", pcap, "-2"]).stdout.splitlines()
    assert any("EcDoRpcExt2 request: RopLogon, RopOpenFolder" in line for line in info)
    assert any("Execute response: RopGetContentsTable, RopSetColumns, RopQueryRows, RopPending" in line
               for line in info)
    assert tshark.values(pcap, "oxcrops.pending.session_index") == ["3"]
    assert tshark.values(pcap, "emsmdb.session_index") == ["3"]
    assert tshark.warnings(pcap) == []

# SPDX-License-Identifier: GPL-2.0-or-later
"""The README's Cookbook, run: every ```sh cookbook <name> block of README.md is run
with sh from a copy of the project's layout (testcaps/captures/), with `tshark` the
built plugin's (conftest's Tshark helper: private plugin folder, unprivileged when
run as root). Each block's ```text block that follows is an excerpt of its output:
its lines must appear, in order, at the start of output lines (whitespace runs
compared as one). Each block also has its own assertions here; a block without
them, or assertions without a block, fail, so README and test cannot drift apart.
"""
import os
import re
import shutil
import stat
import subprocess

import pytest

from conftest import BOOLEAN_DIGITS, wireshark_at_least

HERE = os.path.dirname(os.path.abspath(__file__))
README = os.path.join(HERE, "..", "README.md")
BLOCK = re.compile(r"^```sh cookbook (\S+)\n(.*?)^```\n(?:\s*^```text\n(.*?)^```\n)?", re.M | re.S)


def cookbook_blocks():
    with open(README) as f:
        text = f.read()
    return [(m.group(1), m.group(2).strip(), m.group(3) or "") for m in BLOCK.finditer(text)]


def run_block(tshark, command):
    """Runs a README command with sh in a directory laid out like the project root."""
    work = tshark.workdir
    captures = os.path.join(work, "testcaps", "captures")
    if not os.path.isdir(captures):
        os.makedirs(captures)
        for name in os.listdir(os.path.join(HERE, "captures")):
            shutil.copy(os.path.join(HERE, "captures", name), captures)
        for root, dirs, files in os.walk(os.path.join(work, "testcaps")):
            os.chmod(root, 0o755)
            for f in files:
                os.chmod(os.path.join(root, f), 0o644)
        bindir = os.path.join(work, "bin")
        os.makedirs(bindir)
        wrapper = os.path.join(bindir, "tshark")
        real = shutil.which("tshark")
        with open(wrapper, "w") as f:
            f.write("#!/bin/sh\nexec %s %s \"$@\"\n" % (" ".join(tshark.prefix), real))
        os.chmod(wrapper, 0o755 | stat.S_IXOTH)
        os.chmod(bindir, 0o755)
    env = dict(tshark.env)
    env["PATH"] = os.path.join(work, "bin") + os.pathsep + env.get("PATH", "/usr/bin:/bin")
    proc = subprocess.run(["sh", "-ec", command], cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, "%s\nfailed (%d): %s" % (command, proc.returncode, proc.stderr)
    for bad in ("AddressSanitizer", "runtime error:", "Dissector bug", "dissector bug", "tshark:"):
        assert bad not in proc.stderr, proc.stderr
        assert bad not in proc.stdout, proc.stdout[:2000]
    if wireshark_at_least(4, 2):
        # the README shows 4.0's output; 4.2 and later print booleans as True/False
        # (README "Cookbook" says so)
        return re.sub(r"\b(True|False)\b", lambda m: BOOLEAN_DIGITS[m.group(1)], proc.stdout)
    return proc.stdout


def assert_excerpt(excerpt, output):
    """Each excerpt line starts an output line, in order (whitespace runs compared as one)."""
    lines = [line.split() for line in output.splitlines()]
    i = 0
    for want in excerpt.splitlines():
        want = want.split()
        if not want:
            continue
        while i < len(lines) and lines[i][:len(want)] != want:
            i += 1
        assert i < len(lines), "README output line %r is not in (or out of order in):\n%s" % (" ".join(want), output)
        i += 1


JDOE = "/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jdoe"
ASMITH = "/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=asmith"


def rows(output):
    return [line.split("\t") for line in output.splitlines() if line]


def session_rows(output):
    return {int(line.split()[0]): line.split() for line in output.splitlines() if re.match(r"\s*\d+\s", line)}


def check_failed_rops(out):
    # frame 10 mixes a failed and a successful ROP: the "any" quantifier finds it
    assert [r[0] for r in rows(out)] == ["10", "16"]
    assert "RopOpenFolder [NotFound], RopGetHierarchyTable" in out
    assert "RopOpenMessage [NotFound], RopGetContentsTable [AccessDenied]" in out


def check_failed_rops_batch(out):
    got = rows(out)
    assert [(r[0], r[1]) for r in got] == [("testcaps/captures/cookbook.pcap", "10"),
                                           ("testcaps/captures/cookbook.pcap", "16")]


def check_failure_counts(out):
    assert re.search(r"^Failed ROPs by RopId\s+3\s", out, re.M)
    assert re.search(r"^ NotFound \(0x8004010f\)\s+2\s", out, re.M)
    assert re.search(r"^ AccessDenied \(0x80070005\)\s+1\s", out, re.M)
    assert re.search(r"^ROP requests\s+12\s", out, re.M)
    assert re.search(r"^ROP responses\s+14\s", out, re.M)


def check_failures_per_user(out):
    got = session_rows(out)
    assert got[1][-1].endswith("cn=jdoe") and got[2][-1].endswith("cn=asmith")
    assert got[1][6] == "1" and got[2][6] == "2"        # Failed ROPs


def check_slowest_calls(out):
    got = rows(out)
    assert [r[1] for r in got] == ["8", "16", "10"]
    assert [round(float(r[0]), 3) for r in got] == [0.351, 0.211, 0.121]


def check_srt(out):
    got = {int(line.split()[0]): line.split() for line in out.splitlines() if re.match(r"\s+\d+\s+Rop", line)}
    assert got[5][1] == "RopGetContentsTable" and got[5][2] == "3"
    assert got[5][4] == "0.350999"                        # Max SRT: the slow EMSMDB call
    assert got[3][1] == "RopOpenMessage" and got[3][2] == "1"
    assert 0x6E not in got                                # RopPending answers no request


def check_pending(out):
    got = rows(out)
    assert got[0] == ["10", "3", "1", "4", JDOE]
    assert got[1][:2] == ["14", "0"] and got[1][2:] == ["", "", ""]


def check_table_flags(out):
    got = sorted(line.split() for line in out.splitlines())
    assert got == [["1", "0x40", "0", "1"], ["2", "0x42", "1", "1"]]


def check_sessions(out):
    got = session_rows(out)
    assert sorted(got) == [1, 2]
    assert got[1][1:7] == ["EMSMDB", "4", "4", "0", "15", "1"]
    assert got[2][1:7] == ["MAPI/HTTP", "12", "3", "0", "11", "2"]
    assert JDOE in out and ASMITH in out
    assert "rgwClientVersion 16.0.4266.1001" in out and "Outlook/16.0.17928.20114" in out
    # compressed buffers: more bytes once decompressed than on the wire
    assert int(got[1][8]) > int(got[1][7]) and int(got[2][8]) > int(got[2][7])


def check_json(out):
    import json
    got = json.loads(out)
    assert [p["_source"]["layers"]["frame.number"] for p in got] == [["10"], ["16"]]
    assert got[1]["_source"]["layers"]["oxcrops.return_value"] == ["0x8004010f", "0x80070005"]


CHECKS = {
    "failed-rops": check_failed_rops,
    "failed-rops-batch": check_failed_rops_batch,
    "failure-counts": check_failure_counts,
    "failures-per-user": check_failures_per_user,
    "slowest-calls": check_slowest_calls,
    "srt": check_srt,
    "pending": check_pending,
    "table-flags": check_table_flags,
    "sessions": check_sessions,
    "json": check_json,
}


def test_every_cookbook_block_has_checks():
    names = [name for name, _, _ in cookbook_blocks()]
    assert len(names) == len(set(names)), "two cookbook blocks share a name"
    assert sorted(names) == sorted(CHECKS)
    assert all(excerpt for _, _, excerpt in cookbook_blocks()), "a cookbook block shows no output"


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_cookbook(tshark, name):
    blocks = {n: (cmd, excerpt) for n, cmd, excerpt in cookbook_blocks()}
    if name not in blocks:
        pytest.fail("README.md has no ```sh cookbook %s block" % name)
    command, excerpt = blocks[name]
    out = run_block(tshark, command)
    assert_excerpt(excerpt, out)
    CHECKS[name](out)

# SPDX-License-Identifier: GPL-2.0-or-later
"""The libFuzzer harness (testcaps/fuzz/, issue 7): built with clang
(-fsanitize=fuzzer,address,undefined, the plugin's sources compiled in, libwireshark
linked), checked to report a leak and a heap overflow, then a short run of every
target from the seed corpus (every vector of the suite, see fuzz/make_corpus.py):
12 s per target (OXFUZZ_TEST_SECONDS), ASan-precise wmem, leaks checked when each
run ends (fuzz/run.sh; its long runs also spend a quarter of the time with
per-input leak checks).  Skips, saying why, when clang or its libFuzzer runtime is
missing.

Long runs: sh testcaps/fuzz/run.sh SECONDS [TARGET].
Findings of a failed run are copied to build-fuzz/ctest-findings/<target>/.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "fuzz"))
import fuzzutil         # noqa: E402

SECONDS_PER_TARGET = int(os.environ.get("OXFUZZ_TEST_SECONDS", "12"))


@pytest.fixture(scope="module")
def oxfuzz():
    binary, why = fuzzutil.build()
    if not binary:
        pytest.skip("libFuzzer harness not built: %s" % why)
    return binary


@pytest.fixture(scope="module")
def workdir(oxfuzz):
    """A run.sh work folder with the seed corpus, shared by the targets."""
    work = tempfile.mkdtemp(prefix="oxfuzz-test-")
    proc = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "fuzz", "make_corpus.py"),
                           os.path.join(work, "seeds")], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    yield work
    shutil.rmtree(work, ignore_errors=True)


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def test_findings_filter():
    """Only XML's own tree-depth DissectorError is let through; the plugin's is a finding."""
    xml = (' ** (oxfuzz:1) 07:29:58.686664 [Epan WARNING] -- Dissector bug, protocol XML, in packet 1: '
           'Maximum tree depth 500 exceeded for "Tag" - "xml.tag" (proto_tree_add_node:5972)')
    assert not fuzzutil.findings(xml + "\nExecuted x in 1 ms\n")
    assert fuzzutil.findings(xml.replace("protocol XML", "protocol OXCROPS"))
    assert fuzzutil.findings(xml + "\n==1==ERROR: LeakSanitizer: detected memory leaks\n")
    assert fuzzutil.findings("Dissector bug, protocol XML, in packet 1: a DISSECTOR_ASSERT failed")


@pytest.mark.parametrize("wmem", ["simple", "block"])
def test_harness_reports_leaks_and_overflows(oxfuzz, tmp_path, wmem):
    """OXFUZZ_SELFTEST inputs: a lost g_malloc and a heap overflow are reported, so a
    clean run means something (and the LSan suppressions hide no leak of ours)."""
    for name, data, mark in (("leak", b"OXFUZZ-LEAK", "ERROR: LeakSanitizer"),
                             ("overflow", b"OXFUZZ-OVERFLOW and more", "heap-buffer-overflow")):
        path = _write(tmp_path, name, data)
        proc = subprocess.run([oxfuzz, "-detect_leaks=1", path],
                              env=fuzzutil.fuzz_env("oxcrops.rop_request", wmem, {"OXFUZZ_SELFTEST": "1"}),
                              capture_output=True, text=True, errors="replace", timeout=300)
        assert mark in proc.stderr, proc.stderr[-3000:]
    ok, out = fuzzutil.replay(oxfuzz, "oxcrops.rop_request", [_write(tmp_path, "fine", b"\x02\x00")], wmem=wmem)
    assert ok, out[-3000:]


@pytest.mark.parametrize("target", fuzzutil.TARGETS)
def test_short_fuzz_run(oxfuzz, workdir, target):
    env = dict(os.environ, OXFUZZ_WORK=workdir, OXFUZZ_BUILD=fuzzutil.build_dir(), OXFUZZ_SEED="7",
               OXFUZZ_MAX_LEN="16384", OXFUZZ_LEAK_SHARE="0")
    env.pop("LD_PRELOAD", None)
    proc = subprocess.run(["sh", os.path.join(HERE, "fuzz", "run.sh"), str(SECONDS_PER_TARGET), target],
                          env=env, capture_output=True, text=True, errors="replace",
                          timeout=SECONDS_PER_TARGET * 10 + 300)
    report = proc.stdout + proc.stderr
    if proc.returncode != 0:
        findings = os.path.join(workdir, "findings", target)
        keep = os.path.join(fuzzutil.build_dir(), "ctest-findings", target)
        os.makedirs(keep, exist_ok=True)
        for f in os.listdir(findings) if os.path.isdir(findings) else []:
            shutil.copy(os.path.join(findings, f), keep)
        logs = os.path.join(workdir, "logs")
        excerpt = ""
        for f in sorted(os.listdir(logs)):
            if f.startswith(target + "."):
                text = open(os.path.join(logs, f), errors="replace").read()
                for mark in fuzzutil.SANITIZER_MARKS:
                    if mark in text:
                        i = text.index(mark)
                        excerpt += "\n--- %s\n%s" % (f, text[max(0, i - 200):i + 4000])
                        break
        pytest.fail("fuzzing %s found something (inputs kept in %s):\n%s\n%s" % (target, keep, report, excerpt))
    assert " executions " in report, report
    log = open(os.path.join(workdir, "logs", target + ".asan.1.log"), errors="replace").read()
    assert "oxfuzz: target %s" % target in log, log[-3000:]

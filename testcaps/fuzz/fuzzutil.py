# SPDX-License-Identifier: GPL-2.0-or-later
"""Helpers the tests share to build and run the libFuzzer harness (oxfuzz.c)."""
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
REGRESSIONS = os.path.join(HERE, "regressions")
NAMED_TARGETS = ("oxcrops.rop_request", "oxcrops.rop_response", "oxcrops.extbuf_request",
                 "oxcrops.extbuf_response", "oxcrops.auxbuf", "mapihttp")
TARGETS = NAMED_TARGETS + ("oxcrops.call", "mapihttp.exchange", "ews.exchange", "emsmdb.dcerpc")
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "Dissector bug",
                   "dissector bug", "deadly signal", "ERROR: libFuzzer")
# Wireshark's XML dissector on markup nested deeper than the tree allows: a
# DissectorError Wireshark itself raises on such input (stock tshark reports it
# the same, see regressions/ews.exchange--xml-tree-depth-leak-in-libwireshark.py),
# not a bug of the plugin; the plugin's own dissectors hitting the limit still count.
XML_TREE_DEPTH = re.compile(r"Dissector bug, protocol XML[,:].*Maximum tree depth \d+ exceeded")


def findings(output):
    """Whether a harness run's output shows a sanitizer report or a dissector bug."""
    lines = [line for line in output.splitlines() if not XML_TREE_DEPTH.search(line)]
    return any(m in line for line in lines for m in SANITIZER_MARKS)


def build_dir():
    return os.environ.get("OXFUZZ_BUILD", os.path.join(ROOT, "build-fuzz"))


def build():
    """(path of oxfuzz, None) or (None, why it cannot be built: clang/libFuzzer missing)."""
    env = dict(os.environ, OXFUZZ_BUILD=build_dir())
    proc = subprocess.run(["sh", os.path.join(HERE, "build.sh")], env=env, capture_output=True, text=True,
                          timeout=1800)
    if proc.returncode == 77:
        return None, proc.stderr.strip()
    if proc.returncode != 0:
        raise AssertionError("building the fuzz harness failed:\n" + proc.stderr[-4000:])
    return proc.stdout.strip().splitlines()[-1], None


def fuzz_env(target, wmem="simple", extra=None):
    env = dict(os.environ)
    env.update({
        "OXFUZZ_TARGET": target,
        "WIRESHARK_DEBUG_WMEM_OVERRIDE": wmem,
        "WIRESHARK_ABORT_ON_DISSECTOR_BUG": "1",
        "ASAN_OPTIONS": "detect_leaks=1:abort_on_error=0:symbolize=1",
        "LSAN_OPTIONS": "suppressions=%s:print_suppressions=0" % os.path.join(HERE, "lsan.supp"),
        "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
    })
    # the fuzzer is a clang build: the gcc runtimes the tshark tests preload must not leak in
    env.pop("LD_PRELOAD", None)
    if extra:
        env.update(extra)
    return env


def regression_target(path):
    """regressions/<target>--<what>.<ext>: the target is the part before '--'."""
    name = os.path.basename(path)
    target = name.split("--", 1)[0]
    if target not in TARGETS:
        raise AssertionError("%s: file name does not start with a target name and '--' (%s)"
                             % (name, ", ".join(TARGETS)))
    return target


def regression_files():
    if not os.path.isdir(REGRESSIONS):
        return []
    return sorted(os.path.join(REGRESSIONS, f) for f in os.listdir(REGRESSIONS)
                  if not f.startswith(".") and f.endswith(".bin"))


def replay(binary, target, paths, timeout=120, wmem="simple", leaks=True):
    """Runs inputs once each through oxfuzz; returns (ok, output)."""
    args = [binary, "-timeout=25", "-detect_leaks=%d" % leaks] + list(paths)
    try:
        proc = subprocess.run(args, env=fuzz_env(target, wmem), capture_output=True, text=True,
                              errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return False, "no result in %d s (hang)\n%s" % (timeout, (e.stderr or "")[-3000:])
    out = proc.stderr
    bad = proc.returncode != 0 or findings(out)
    return not bad, out

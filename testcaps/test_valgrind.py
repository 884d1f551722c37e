# SPDX-License-Identifier: GPL-2.0-or-later
"""The EMSMDB takeover and the other libwireshark internals the plugin reaches
(dissectors/wscompat.h, emsmdb.c's patch of the built-in mapi registration, HTTP's
request/response pairing) under valgrind, on the Wireshark the suite runs against:
a plain (not sanitized) build of the plugin loaded into stock tshark, over the bundled
demo capture (DCE/RPC bind, EcDoConnectEx, EcDoRpcExt2, a MAPI/HTTP Execute), with the
plugin's -z statistics, and with emsmdb disabled (the built-in routines back).
valgrind must report no error (invalid read or write, use of uninitialised values)."""
import os
import shutil
import subprocess

import pytest

from conftest import wireshark_version

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEMO = os.path.join(HERE, "captures", "demo.pcap")


@pytest.fixture(scope="module")
def plain_plugin(plugin):
    """oxcrops.so built without sanitizers beside the suite's build (<build>/valgrind/)."""
    build = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(plugin)))), "valgrind")
    for cmd in (["cmake", "-S", ROOT, "-B", build, "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DOXCROPS_WERROR=ON"],
                ["cmake", "--build", build, "-j", "2"]):
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return os.path.join(build, "plugins", wireshark_version(), "epan", "oxcrops.so")


def valgrind(tshark, plugin, args):
    assert shutil.which("valgrind"), "valgrind is not installed (.ci/deps installs it)"
    env = tshark.plugin_env("plain", plugin)
    for var in ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS"):
        env.pop(var, None)
    pcap = tshark.readable(shutil.copy(DEMO, tshark.path("demo.pcap")))
    proc = subprocess.run(tshark.prefix + ["valgrind", "-q", "--error-exitcode=99", "--leak-check=no",
                                           "tshark", "-r", pcap, "-2"] + args,
                          env=env, capture_output=True, text=True, timeout=600, cwd=tshark.workdir)
    assert proc.returncode == 0, proc.stderr[-6000:]
    assert "==" not in proc.stderr, proc.stderr[-6000:]     # valgrind's own lines start with ==pid==
    return proc.stdout


def test_takeover_is_valgrind_clean(tshark, plain_plugin):
    out = valgrind(tshark, plain_plugin, ["-V", "-z", "oxcrops,counts", "-z", "oxcrops,sessions"])
    assert "Exchange EMSMDB (MS-OXCRPC)" in out
    for what in ("EcDoConnectEx", "EcDoRpcExt2", "RopLogon", "RopQueryRows", "OXCROPS/ROP counts"):
        assert what in out, what


def test_disabled_emsmdb_is_valgrind_clean(tshark, plain_plugin):
    """--disable-protocol emsmdb hands the interface back to the built-in mapi dissector."""
    out = valgrind(tshark, plain_plugin, ["-V", "--disable-protocol", "emsmdb"])
    assert "Exchange EMSMDB (MS-OXCRPC)" not in out
    assert "MAPI" in out

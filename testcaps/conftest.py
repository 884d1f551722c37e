# SPDX-License-Identifier: GPL-2.0-or-later
"""pytest fixtures: run the freshly built plugin through tshark.

OXCROPS_PLUGIN is the built oxcrops.so (CTest sets it). tshark runs with
WIRESHARK_PLUGIN_DIR pointing at a private copy of it (design.md 5), as an
unprivileged user when the tests run as root (tshark ignores personal plugin
folders when privileged), with WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 and, for a
sanitizer build, the ASan/UBSan runtimes preloaded.
"""
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
PI_WARN = 0x00600000    # epan/proto.h severities: PI_NOTE 0x00400000, PI_WARN 0x00600000, PI_ERROR 0x00800000
# what Tshark.assert_clean looks for (PI_WARN 0x00600000 and above)
UNCLEAN = ("_ws.expert.severity >= 0x00600000 or oxcrops.undecoded or oxcrops.truncated "
           "or _ws.malformed")
PLUGIN_PROTOCOLS = ("oxcrops", "emsmdb", "asyncemsmdb", "mapihttp", "ews")
FIELD_SEPARATOR = "\x1f"   # ASCII unit separator: only a mutated string holds it
_PLUGIN_FIELDS = {}         # plugin path -> its field abbrevs (Tshark.plugin_fields)
_BOOLEAN_FIELDS = {}        # plugin path -> the booleans tshark prints as words (Tshark.booleans_as_words)
BOOLEAN_DIGITS = {"True": "1", "False": "0"}
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "testdata", "real"))


@functools.lru_cache(maxsize=None)
def wireshark_version():
    """major.minor of the tshark on PATH ("4.0", "4.4", "4.6"): the plugin folder's name."""
    out = subprocess.run(["tshark", "--version"], capture_output=True, text=True).stdout
    m = re.search(r"\(Wireshark\) (\d+)\.(\d+)\.", out)
    assert m, "tshark --version: " + out[:200]
    return "%s.%s" % m.groups()


def wireshark_at_least(major, minor):
    return tuple(int(x) for x in wireshark_version().split(".")) >= (major, minor)


def built_plugin(root, candidates=("build-asan", "build")):
    """The oxcrops.so a build folder of root holds for this Wireshark, or None."""
    for cand in candidates:
        c = os.path.join(root, cand, "plugins", wireshark_version(), "epan", "oxcrops.so")
        if os.path.exists(c):
            return c
    return None


def _sanitizer_env(plugin):
    env = {}
    if os.environ.get("OXCROPS_SANITIZE") == "1":
        libs = []
        for lib in ("libasan.so", "libubsan.so"):
            out = subprocess.run(["gcc", "-print-file-name=" + lib], capture_output=True, text=True).stdout.strip()
            libs.append(out)
        env["LD_PRELOAD"] = ":".join(libs)
        env["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"
        env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    return env


class Tshark:
    def __init__(self, workdir, plugin):
        self.workdir = workdir
        self.plugin_dir = os.path.join(workdir, "plugins")
        epan = os.path.join(self.plugin_dir, wireshark_version(), "epan")
        os.makedirs(epan)
        shutil.copy(plugin, epan)
        self.plugin = plugin
        home = os.path.join(workdir, "home")
        os.makedirs(home)
        for root, dirs, files in os.walk(workdir):
            os.chmod(root, 0o777)
            for f in files:
                os.chmod(os.path.join(root, f), 0o755)
        self.env = dict(os.environ)
        self.env.update({"WIRESHARK_PLUGIN_DIR": self.plugin_dir, "HOME": home,
                         "WIRESHARK_ABORT_ON_DISSECTOR_BUG": "1", "LC_ALL": "C.UTF-8"})
        self.env.update(_sanitizer_env(plugin))
        self._fields_cache = {}
        self.prefix = []
        if os.geteuid() == 0:
            self.prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

    def plugin_env(self, name, plugin=None):
        """The environment with WIRESHARK_PLUGIN_DIR at a folder `name` of its own, holding
        `plugin` (another build of it) or nothing (stock tshark)."""
        folder = os.path.join(self.workdir, name)
        epan = os.path.join(folder, wireshark_version(), "epan")
        os.makedirs(epan, exist_ok=True)
        if plugin:
            shutil.copy(plugin, epan)
        for root, dirs, files in os.walk(folder):
            os.chmod(root, 0o777)
            for f in files:
                os.chmod(os.path.join(root, f), 0o755)
        return dict(self.env, WIRESHARK_PLUGIN_DIR=folder)

    def stock_env(self):
        """The environment with no plugin at all: an empty WIRESHARK_PLUGIN_DIR."""
        return self.plugin_env("no-plugins")

    def path(self, name):
        p = os.path.join(self.workdir, name)
        return p

    def run(self, args, check=True, scan_output=True):
        proc = subprocess.run(self.prefix + ["tshark"] + args, env=self.env, capture_output=True, text=True,
                              timeout=300, cwd=self.workdir)
        if check and proc.returncode != 0:
            raise AssertionError("tshark %s failed (%d): %s" % (args, proc.returncode, proc.stderr))
        for bad in ("AddressSanitizer", "runtime error:", "Dissector bug", "dissector bug"):
            assert bad not in proc.stderr, proc.stderr
            if scan_output:
                assert bad not in proc.stdout, proc.stdout[:2000]
        return proc

    def readable(self, path):
        os.chmod(path, 0o644)
        return path

    def json(self, pcap, extra=()):
        out = self.run(["-r", self.readable(pcap), "-2", "-T", "json"] + list(extra)).stdout
        return json.loads(out)

    def fields(self, pcap, fields, filter_=None, two_pass=True, occurrence="a", aggregator=","):
        """-T fields output, a row of values (strings, "" where absent) per displayed frame.

        A tshark start is most of a test's time, so the first call on a capture asks for
        every field of the plugin's protocols at once (one run costs the same whatever
        the number of -e), and later calls with the same capture bytes and options are
        answered from it; a field outside it (frame.*, _ws.*, ...) widens the cached run."""
        key = (_digest(pcap), filter_, two_pass, occurrence, aggregator)
        names, rows = self._fields_cache.get(key, ((), []))
        if not set(fields) <= set(names):
            names = tuple(dict.fromkeys(tuple(names or self.plugin_fields()) + tuple(fields)))
            rows = self._fields_run(pcap, names, filter_, two_pass, occurrence, aggregator)
            if any(len(row) != len(names) for row in rows):
                # a value holds the separator (a raw control byte in a mutated string):
                # just the fields asked for, as they come
                return self._fields_run(pcap, fields, filter_, two_pass, occurrence, aggregator)
            self._fields_cache[key] = (names, rows)
        cols = [names.index(f) for f in fields]
        return [[row[c] for c in cols] for row in rows]

    def _fields_run(self, pcap, names, filter_, two_pass, occurrence, aggregator):
        args = ["-r", self.readable(pcap), "-T", "fields", "-E", "occurrence=" + occurrence,
                "-E", "separator=" + FIELD_SEPARATOR, "-E", "aggregator=" + aggregator]
        if two_pass:
            args.append("-2")
        if filter_:
            args += ["-Y", filter_]
        for f in names:
            args += ["-e", f]
        rows = [r.split(FIELD_SEPARATOR) for r in self.run(args).stdout.splitlines()]
        booleans = self.booleans_as_words()
        for i, f in enumerate(names):
            if f in booleans:
                for row in rows:
                    if i < len(row) and row[i]:
                        row[i] = aggregator.join(self.as_printed_by_40(f, row[i].split(aggregator)))
        return rows

    def as_printed_by_40(self, field, values):
        """The values of field (-T fields, -T json -e) as tshark 4.0 prints them: 4.2 and
        later print FT_BOOLEAN values as True/False, 4.0 as 1/0; the tests compare 1/0."""
        if field not in self.booleans_as_words():
            return values
        return [BOOLEAN_DIGITS.get(v, v) for v in values]

    def booleans_as_words(self):
        """The abbrevs of the fields this tshark prints as True/False: every FT_BOOLEAN on
        4.2 and later, none on 4.0 (one tshark -G run per plugin and test process)."""
        if self.plugin not in _BOOLEAN_FIELDS:
            _BOOLEAN_FIELDS[self.plugin] = {row[2] for row in self.field_table()
                                            if row[0] == "F" and len(row) > 3 and row[3] == "FT_BOOLEAN"
                                            } if wireshark_at_least(4, 2) else set()
        return _BOOLEAN_FIELDS[self.plugin]

    def field_table(self):
        """tshark -G fields with the plugin, each line split at its tabs: "P" rows (name,
        filter name) and "F" rows (name, abbrev, type, protocol, base, bitmask, blurb)."""
        return [line.split("\t") for line in self.run(["-G", "fields"], scan_output=False).stdout.splitlines()]

    def plugin_fields(self):
        """The abbrevs of every field of the plugin's protocols, in registration order
        (one tshark -G run per plugin and test process)."""
        if self.plugin not in _PLUGIN_FIELDS:
            names = [row[2] for row in self.field_table() if row[0] == "F" and row[4] in PLUGIN_PROTOCOLS]
            assert names, "tshark -G fields lists no field of the plugin"
            _PLUGIN_FIELDS[self.plugin] = names
        return _PLUGIN_FIELDS[self.plugin]

    def values(self, pcap, field, filter_=None):
        """Every value of field over the capture, in order."""
        vals = []
        for row in self.fields(pcap, [field], filter_):
            if row[0]:
                vals += row[0].split(",")
        return vals

    def warnings(self, pcap):
        """Expert items of severity warning or error, as (severity, message) pairs.
        _ws.expert.severity is the PI_* number (PI_WARN 0x00600000)."""
        out = []
        args = ["-r", self.readable(pcap), "-2", "-T", "json", "-e", "_ws.expert.severity", "-e",
                "_ws.expert.message"]
        for pkt in json.loads(self.run(args).stdout or "[]"):
            layer = pkt["_source"]["layers"]
            sevs = layer.get("_ws.expert.severity", [])
            msgs = layer.get("_ws.expert.message", [])
            for i, sev in enumerate(sevs):
                if int(sev, 0) >= PI_WARN:
                    out.append((int(sev, 0), msgs[i] if i < len(msgs) else ""))
        return out

    def assert_clean(self, pcap):
        """No expert item of severity warning or above, nothing undecoded, truncated or
        malformed, in any frame: one run, which names the frames and messages if not."""
        out = self.run(["-r", self.readable(pcap), "-2", "-Y", UNCLEAN, "-T", "fields", "-e", "frame.number",
                        "-e", "_ws.expert.message"]).stdout
        assert out == "", out

    def expert(self, pcap):
        """The expert infos as (severity, group, message) text lines."""
        out = self.run(["-r", self.readable(pcap), "-2", "-q", "-z", "expert,note"]).stdout
        return out


def _digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(scope="session")
def plugin():
    p = os.environ.get("OXCROPS_PLUGIN")
    if not p:
        p = built_plugin(os.path.join(HERE, ".."))
    if not p or not os.path.exists(p):
        pytest.fail("OXCROPS_PLUGIN is not set and no built plugin was found")
    return p


@pytest.fixture
def tshark(plugin, tmp_path):
    work = tempfile.mkdtemp(prefix="oxcrops-test-", dir="/tmp")
    try:
        yield Tshark(work, plugin)
    finally:
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def shared():
    """The real captures and buffers of ../shared/testdata/real (skip where absent)."""
    if not os.path.isdir(SHARED):
        pytest.skip("../shared/testdata/real is not present")
    return SHARED

# SPDX-License-Identifier: GPL-2.0-or-later
"""Robustness (issue 7, design.md 5): every test capture mutated and truncated, in
the style of Wireshark's tools/fuzz-test.sh, through tshark -2 -V with the
plugin under test (the sanitizer build when OXCROPS_SANITIZE=1: conftest's
tshark fixture preloads the ASan/UBSan runtimes, sets
WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 and fails on sanitizer reports); and the
fuzzer's saved findings (testcaps/fuzz/regressions/) replayed.

Captures: the bundled testcaps/captures/*.pcap, the EWS exchanges of test_ews.py,
and captures built here with oxgen from the suite's vectors (ropvec.all_vectors(), vectors.py, the auxiliary
blocks of test_auxbuf.py, the real Outlook 2007 stub when ../shared/testdata/real
is present) for both carriers, DCE/RPC EMSMDB and MAPI/HTTP.

Mutations: `editcap -E <p> --seed <n>` for each p of RATES and n of SEEDS, on
the payload only (`-o 54`, past Ethernet/IPv4/TCP) and on whole frames, dissected
with -V and again without (no tree in either pass); truncations: `editcap -s <len>`
for each len of SNAPLENS.  The variants of one capture are
given distinct client ports and dissected together, one tshark run per batch
(a failing batch is split to name the variant).  A run that does not finish in
RUN_TIMEOUT seconds is a hang.  Seeds are fixed: the same variants every run.
OXCROPS_MUTATION_SEEDS=N widens the run (N seeds per rate) for longer sessions.
"""
import concurrent.futures
import glob
import os
import shutil
import struct
import subprocess
import sys

import pytest

import oxgen
import ropvec
import vectors as v

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "fuzz"))
import fuzzutil         # noqa: E402

RATES = (0.003, 0.01, 0.03, 0.1)
SEEDS = tuple(range(1, 1 + int(os.environ.get("OXCROPS_MUTATION_SEEDS", "8"))))
SNAPLENS = (42, 54, 58, 62, 66, 74, 90, 118, 150, 200, 260, 340, 460, 620, 900, 1300)
PAYLOAD_OFFSET = 54                 # Ethernet 14 + IPv4 20 + TCP 20 (oxgen's frames)
SERVER_PORTS = (80, 1032)
RUN_TIMEOUT = 120                   # seconds for one tshark run: longer is a hang
WORKERS = max(2, os.cpu_count() or 2)
BAD = ("AddressSanitizer", "LeakSanitizer", "runtime error:", "Dissector bug", "dissector bug")
HANDLES = [0x10 + i for i in range(ropvec.HANDLE_COUNT)]
REAL = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "testdata", "real"))


# ---------------------------------------------------------------- the captures

def _families():
    """family name -> its ROP vectors (ropvec/<family>.py)."""
    ropvec.all_vectors()                                # imports every family module
    fams = {}
    for mod in sorted(m for m in sys.modules if m.startswith("ropvec.")):
        vecs = getattr(sys.modules[mod], "VECTORS", None)
        if vecs:
            fams[mod.split(".", 1)[1]] = vecs
    return fams


def _aux_payloads():
    try:
        import test_auxbuf
    except Exception:
        return []
    out = []
    for name in ("perf_blocks_v1", "server_blocks"):
        fn = getattr(test_auxbuf, name, None)
        try:
            val = fn() if fn else None
        except Exception:
            val = None
        if isinstance(val, (list, tuple)):
            val = b"".join(b for b in val if isinstance(b, bytes))
        if isinstance(val, bytes) and val:
            out.append(val)
    return out


def _ext(buf, i):
    """The extended-buffer forms in turn: plain, obfuscated, compressed, both."""
    form = i % 4
    if len(buf) > 2048:
        form &= 2
    return oxgen.ext_buffer(buf, compress=bool(form & 1), xor=bool(form & 2))


def _pairs(vecs):
    for vec in vecs:
        req = oxgen.rop_buffer(vec.request if vec.request is not None else b"", HANDLES)
        rsp = oxgen.rop_buffer(vec.response if vec.response is not None else b"", HANDLES)
        yield req, rsp


def _demo_pairs():
    yield (oxgen.rop_buffer(v.LOGON_REQ + v.OPEN_FOLDER_REQ, [0xFFFFFFFF, 0xFFFFFFFF]),
           oxgen.rop_buffer(v.LOGON_RSP + v.OPEN_FOLDER_RSP, [0x10, 0x11]))
    yield (oxgen.rop_buffer(v.GET_CONTENTS_TABLE_REQ + v.SET_COLUMNS_REQ + v.QUERY_ROWS_REQ, [0x10, 0x11, 0xFFFFFFFF]),
           oxgen.rop_buffer(v.GET_CONTENTS_TABLE_RSP + v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP + v.PENDING_RSP,
                            [0x10, 0x11, 0x12]))
    yield oxgen.rop_buffer(v.RELEASE_REQ, [0x12]), None


def dcerpc_base(path, pairs, aux=(), real_stub=None):
    """EMSMDB over DCE/RPC: bind, EcDoConnectEx, one EcDoRpcExt2 per pair (auxiliary
    buffers on the first calls), fragments of 1 KB in every other call."""
    calls = [(10, oxgen.ecdoconnectex_request(v.USER_DN, aux_in=oxgen.ext_buffer(aux[0]) if aux else b""),
              oxgen.ecdoconnectex_response(3, "/o=Example/ou=Exchange/", "J. Doe",
                                           aux_out=oxgen.ext_buffer(aux[-1], xor=True) if aux else b""))]
    for i, (req, rsp) in enumerate(pairs):
        aux_in = oxgen.ext_buffer(aux[i], xor=bool(i & 1)) if i < len(aux) else b""
        calls.append((11, oxgen.ecdorpcext2_request(_ext(req, i), aux_in=aux_in),
                      oxgen.ecdorpcext2_response(_ext(rsp, i + 1)) if rsp is not None else None))
    if real_stub:
        calls.append((11, real_stub, None))
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", oxgen.dcerpc_bind())
    tcp.send("s", oxgen.dcerpc_bind_ack())
    for n, (opnum, req, rsp) in enumerate(calls, start=2):
        frag = 1024 if n % 2 else None
        tcp.send("c", oxgen.dcerpc_request(n, opnum, req, frag))
        if rsp is not None:
            tcp.send("s", oxgen.dcerpc_response(n, rsp, frag))
    cap.write(path)


def mapihttp_base(path, pairs, aux=()):
    """MAPI/HTTP on port 80: one Execute per pair, every other response chunked,
    the second without X-RequestType (typed by its request)."""
    exchanges = []
    for i, (req, rsp) in enumerate(pairs):
        aux_in = oxgen.ext_buffer(aux[i]) if i < len(aux) else b""
        request = oxgen.http_request(oxgen.execute_request_body(_ext(req, i), aux_in),
                                     request_id="{E2EA6C1C-E61B-49E9-9CFB-38184F907552}:%d" % (i + 1))
        response = None
        if rsp is not None:
            response = oxgen.http_response(oxgen.meta_tags(i % 3) + oxgen.execute_response_body(_ext(rsp, i + 1)),
                                           chunked=bool(i & 1), with_type=i != 1,
                                           request_id="{E2EA6C1C-E61B-49E9-9CFB-38184F907552}:%d" % (i + 1))
        exchanges.append((request, response))
    oxgen.mapihttp_capture(path, exchanges)


def ews_base(path):
    """EWS over HTTP on port 80: the SOAP exchanges of test_ews.py (copied from the EWS
    reference), one connection, every other response chunked."""
    import test_ews as e
    pairs = [(e.SENDITEM_REQUEST, e.SENDITEM_RESPONSE, "SendItem"),
             (e.SENDITEM_INVALID_REQUEST, e.SENDITEM_ERROR_RESPONSE, "SendItem"),
             (e.CREATEITEM_REQUEST, e.CREATEITEM_RESPONSE, "CreateItem"),
             (e.CREATEITEM_REQUEST, e.CREATEITEM_ERROR_RESPONSE, "CreateItem"),
             (e.GETITEM_REQUEST, e.GETITEM_RESPONSE, "GetItem"),
             (e.GETITEM_REQUEST, e.GETITEM_ERROR_RESPONSE, None),
             (e.STOCK_QUOTE_REQUEST, e.STOCK_QUOTE_RESPONSE, None)]
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap, client=("10.0.0.1", 50100), server=("10.0.0.2", 80))
    for i, (req, rsp, action) in enumerate(pairs):
        tcp.send("c", e.http_request(req, soap_action=action and
                                     "http://schemas.microsoft.com/exchange/services/2006/messages/" + action))
        tcp.send("s", e.http_response(rsp, chunks=[100, 200] if i & 1 else None))
    cap.write(path)


_BASES = {}


def base_captures(outdir):
    """name -> path (in outdir) of every capture the mutations start from (built once)."""
    if not _BASES:
        tmp = os.path.join(outdir, "bases")
        os.makedirs(tmp)
        for name, path in _build_base_captures(tmp).items():
            with open(path, "rb") as f:
                _BASES[name] = f.read()
    bases = {}
    for name, data in sorted(_BASES.items()):
        bases[name] = os.path.join(outdir, name + ".pcap")
        with open(bases[name], "wb") as f:
            f.write(data)
        os.chmod(bases[name], 0o644)
    return bases


def _build_base_captures(outdir):
    bases = {}
    for p in sorted(glob.glob(os.path.join(HERE, "captures", "*.pcap"))):
        name = "bundled-" + os.path.basename(p)[:-5]
        bases[name] = os.path.join(outdir, name + ".pcap")
        shutil.copy(p, bases[name])
    aux = _aux_payloads()
    real_stub = None
    dat = os.path.join(REAL, "001_Outlook_2007_in_ModifyRecipients_comp.dat")
    if os.path.exists(dat):
        with open(dat, "rb") as f:
            real_stub = f.read()
    bases["ews"] = os.path.join(outdir, "ews.pcap")
    ews_base(bases["ews"])
    groups = [("vectors", list(_demo_pairs()))] + [(fam, list(_pairs(vecs))) for fam, vecs in _families().items()]
    for gname, pairs in groups:
        for carrier, build in (("dcerpc", dcerpc_base), ("mapihttp", mapihttp_base)):
            name = "%s-%s" % (carrier, gname)
            path = os.path.join(outdir, name + ".pcap")
            if carrier == "dcerpc":
                build(path, pairs, aux, real_stub if gname == "vectors" else None)
            else:
                build(path, pairs, aux)
            bases[name] = path
    return bases


# ---------------------------------------------------------------- pcap handling

def read_pcap(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:4] == b"\xd4\xc3\xb2\xa1", path
    frames, off = [], 24
    while off + 16 <= len(data):
        incl = struct.unpack_from("<I", data, off + 8)[0]
        frames.append((data[off:off + 16], data[off + 16:off + 16 + incl]))
        off += 16 + incl
    return data[:24], frames


def with_client_port(frames, port):
    """Frames with the client's TCP port replaced (the server keeps 80 / 1032), so
    that the variants of a capture are separate conversations in one file."""
    out = []
    for hdr, pkt in frames:
        pkt = bytearray(pkt)
        if len(pkt) >= 14 + 20 and pkt[12:14] == b"\x08\x00" and pkt[14] >> 4 == 4 and pkt[23] == 6:
            t = 14 + (pkt[14] & 0x0F) * 4
            if len(pkt) >= t + 4:
                sport, dport = struct.unpack_from("!HH", pkt, t)
                if sport in SERVER_PORTS:
                    struct.pack_into("!H", pkt, t + 2, port)
                else:
                    struct.pack_into("!H", pkt, t, port)
        out.append((hdr, bytes(pkt)))
    return out


def write_pcap(path, header, frames):
    with open(path, "wb") as f:
        f.write(header)
        for hdr, pkt in frames:
            f.write(hdr)
            f.write(pkt)
    os.chmod(path, 0o644)


def editcap(args, src, dst):
    subprocess.run(["editcap", "-F", "pcap"] + args + [src, dst], check=True, capture_output=True, timeout=60)
    os.chmod(dst, 0o644)
    return dst


# ---------------------------------------------------------------- running tshark

def run_tshark(tshark, pcap, verbose=True, output=None):
    """tshark -2 -V (or, verbose False, -2 alone: no tree in either pass, only the
    columns) over pcap with the fixture's plugin and environment; returns None, or
    what went wrong (crash, sanitizer report, dissector bug, hang)."""
    tshark.readable(pcap)
    try:
        proc = subprocess.run(tshark.prefix + ["tshark", "-r", pcap, "-2"] + (["-V"] if verbose else []),
                              env=tshark.env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT,
                              cwd=tshark.workdir)
    except subprocess.TimeoutExpired:
        return "hang: tshark did not finish in %d s" % RUN_TIMEOUT
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    if output is not None:
        output.append(out)
    for bad in BAD:
        if bad in err:
            return "%s in tshark's stderr:\n%s" % (bad, err[-6000:])
        if bad in out:
            i = out.index(bad)
            return "%s in tshark's output:\n%s" % (bad, out[max(0, i - 3000):i + 500])
    if proc.returncode != 0:
        return "tshark exited %d:\n%s" % (proc.returncode, err[-6000:])
    return None


def variants(base):
    """(recipe, editcap args) of the mutations and of the truncations of one capture:
    each rate with every seed on the payload, and once (a quarter of the rate) on whole frames."""
    out = []
    for k, p in enumerate(RATES):
        for n in SEEDS:
            out.append(("%s: editcap -E %g --seed %d -o %d" % (base, p, n, PAYLOAD_OFFSET),
                        ["-E", str(p), "--seed", str(n), "-o", str(PAYLOAD_OFFSET)]))
        out.append(("%s: editcap -E %g --seed %d" % (base, p / 4, 100 + k), ["-E", str(p / 4), "--seed", str(100 + k)]))
    trunc = [("%s: editcap -s %d" % (base, s), ["-s", str(s)]) for s in SNAPLENS]
    return out, trunc


def run_batch(tshark, base, path, items, tag):
    """Dissects the variants `items` of one capture in one run; on failure, one by one.
    Returns a list of failure descriptions."""
    header, _ = read_pcap(path)
    frames, files = [], []
    for i, (recipe, args) in enumerate(items):
        dst = tshark.path("%s-%s-%d.pcap" % (base, tag, i))
        editcap(args, path, dst)
        files.append((recipe, dst))
        frames += with_client_port(read_pcap(dst)[1], 20000 + i)
    batch = tshark.path("%s-%s-batch.pcap" % (base, tag))
    write_pcap(batch, header, frames)
    problem = run_tshark(tshark, batch)
    verbose = True
    if problem is None and tag == "E":
        verbose = False                 # the mutations once more without a tree
        problem = run_tshark(tshark, batch, verbose=False)
    if problem is None:
        return []
    failures = []
    for recipe, dst in files:
        single = run_tshark(tshark, dst, verbose)
        if single:
            failures.append((recipe + ("" if verbose else " (tshark -2 without -V)"), dst, single))
    if not failures:
        failures.append(("%s (only when its variants are dissected together)" % tag, batch, problem))
    return failures


def keep(failures):
    """Copies failing captures out of the fixture's temporary folder."""
    dest = os.environ.get("OXCROPS_MUTATION_FINDINGS", os.path.join("/tmp", "oxcrops-mutation-findings"))
    os.makedirs(dest, exist_ok=True)
    lines = []
    for recipe, path, problem in failures:
        kept = os.path.join(dest, os.path.basename(path))
        shutil.copy(path, kept)
        lines.append("%s\n  capture: %s\n  %s" % (recipe, kept, problem[:4000]))
    return "\n\n".join(lines)


def mutate_all(tshark, which):
    bases = base_captures(tshark.workdir)
    jobs = []
    for base, path in sorted(bases.items()):
        mutations, truncations = variants(base)
        if which == "mutated":
            jobs.append((base, path, mutations, "E"))
        else:
            jobs.append((base, path, truncations, "s"))
    failures = []
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        for result in pool.map(lambda j: run_batch(tshark, *j), jobs):
            failures += result
    return len(bases), sum(len(j[2]) for j in jobs), failures


# ---------------------------------------------------------------- the tests

def test_base_captures_decode(tshark):
    """The unmutated captures decode without a sanitizer report or dissector bug, and
    every one of them carries ROPs, or EWS operations (the mutations start from real
    content)."""
    bases = base_captures(tshark.workdir)
    assert len(bases) >= 3
    outputs = {b: [] for b in bases}
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        problems = dict(zip(bases, pool.map(lambda b: run_tshark(tshark, bases[b], output=outputs[b]), bases)))
    assert {b: p for b, p in problems.items() if p} == {}
    assert [b for b, out in outputs.items() if "    RopId: Rop" not in out[0] and b != "ews"] == []
    assert "    Operation: SendItem" in outputs["ews"][0]


@pytest.mark.parametrize("which", ["mutated", "truncated"])
def test_mutated_and_truncated_captures(tshark, which):
    nbases, nvariants, failures = mutate_all(tshark, which)
    assert nvariants >= nbases * 5
    assert not failures, "%d of %d %s variants failed:\n\n%s" % (len(failures), nvariants, which, keep(failures))


def test_real_capture_mutated(tshark, shared):
    """../shared/testdata/real/mapi.pcap (800 frames, two EMSMDB clients) mutated and truncated."""
    src = os.path.join(shared, "mapi.pcap")
    jobs = [(["-E", "0.01", "--seed", "7", "-o", "54"], "E1"), (["-E", "0.003", "--seed", "8"], "E2"),
            (["-s", "120"], "s1"), (["-s", "400"], "s2")]
    failures = []

    def one(job):
        args, tag = job
        dst = editcap(args, src, tshark.path("real-%s.pcap" % tag))
        problem = run_tshark(tshark, dst)
        return [("real mapi.pcap: editcap " + " ".join(args), dst, problem)] if problem else []

    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        for result in pool.map(one, jobs):
            failures += result
    assert not failures, keep(failures)


# ---------------------------------------------------------------- the fuzzer's findings

REGRESSIONS = fuzzutil.regression_files()


def _user_dlt_pcap(path, data):
    """A pcap of one frame of link type USER0 (147), the reproducer as its payload."""
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 147))
        f.write(struct.pack("<IIII", 1700000000, 0, len(data), len(data)))
        f.write(data)
    os.chmod(path, 0o644)
    return path


def _report(text):
    """The sanitizer report in a run's stderr, from its first line."""
    starts = [text.find(m) for m in fuzzutil.SANITIZER_MARKS + ("AddressSanitizer",) if m in text]
    i = text.rfind("\n", 0, min(starts)) + 1 if starts else max(0, len(text) - 4000)
    return text[i:i + 4000]


ASYNCEMSMDB_UUID = "5261574a-4572-206e-b268-6b199213b4e4"


def _dcerpc_regression_pcap(path, data):
    """An emsmdb.dcerpc input as a capture: the harness's bind (context 0 EMSMDB 0.81,
    context 1 AsyncEMSMDB 0.1) and bind_ack, then each PDU (by its frag_length) on
    TCP port 1032, requests from the client and everything else from the server."""
    ndr = oxgen.uuid_le(oxgen.NDR_UUID) + struct.pack("<I", 2)

    def pdu(ptype, body):
        return struct.pack("<BBBB4sHHI", 5, 0, ptype, 3, b"\x10\x00\x00\x00", 16 + len(body), 0, 1) + body

    bind = struct.pack("<HHIBBH", 5840, 5840, 0, 2, 0, 0)
    bind += struct.pack("<HBB", 0, 1, 0) + oxgen.uuid_le(oxgen.EMSMDB_UUID) + struct.pack("<HH", 0, 81) + ndr
    bind += struct.pack("<HBB", 1, 1, 0) + oxgen.uuid_le(ASYNCEMSMDB_UUID) + struct.pack("<HH", 0, 1) + ndr
    ack = struct.pack("<HHIH", 5840, 5840, 0x1234, 5) + b"1032\0"
    ack += b"\0" * ((-len(ack)) % 4) + struct.pack("<BBH", 2, 0, 0) + (struct.pack("<HH", 0, 0) + ndr) * 2
    cap = oxgen.Capture()
    tcp = oxgen.TcpStream(cap)
    tcp.send("c", pdu(11, bind))
    tcp.send("s", pdu(12, ack))
    off = 0
    while off < len(data):
        n = len(data) - off
        if n >= 16:
            frag = struct.unpack_from("<H" if data[off + 4] & 0x10 else ">H", data, off + 8)[0]
            if 16 <= frag <= n:
                n = frag
        tcp.send("c" if data[off + 2:off + 3] == b"\x00" else "s", data[off:off + n])
        off += n
    cap.write(path)
    os.chmod(path, 0o644)
    return path


@pytest.mark.parametrize("path", REGRESSIONS or [None], ids=[os.path.basename(p) for p in REGRESSIONS] or ["none"])
def test_fuzz_regression(tshark, path):
    """Each saved fuzzer finding (testcaps/fuzz/regressions/<target>--<what>.bin) replays
    cleanly: through the libFuzzer harness (its target, ASan/UBSan, leak checks) and
    through tshark -2 -V: with a user DLT for the dissectors registered by name, as a
    TCP capture after an EMSMDB bind for emsmdb.dcerpc."""
    if path is None:
        pytest.skip("no saved fuzzer findings in testcaps/fuzz/regressions/")
    target = fuzzutil.regression_target(path)
    with open(path, "rb") as f:
        data = f.read()
    problems = []
    if target in fuzzutil.NAMED_TARGETS or target == "emsmdb.dcerpc":
        if target == "emsmdb.dcerpc":
            pcap = _dcerpc_regression_pcap(tshark.path("regression.pcap"), data)
            args = []
        else:
            pcap = _user_dlt_pcap(tshark.path("regression.pcap"), data)
            args = ["-o", 'uat:user_dlts:"User 0 (DLT=147)","%s","0","","0",""' % target]
        try:
            proc = subprocess.run(tshark.prefix + ["tshark"] + args + ["-r", pcap, "-2", "-V"],
                                  env=tshark.env, capture_output=True, timeout=RUN_TIMEOUT, cwd=tshark.workdir)
            err = proc.stderr.decode("utf-8", "replace")
            out = proc.stdout.decode("utf-8", "replace")
            if proc.returncode != 0 or any(b in err or b in out for b in BAD):
                problems.append("tshark -2 -V (%s): exit %d\n%s" % (target, proc.returncode, _report(err)))
            elif "(MS-OXC" not in out:
                problems.append("tshark did not hand the frame to %s:\n%s" % (target, out[-2000:]))
        except subprocess.TimeoutExpired:
            problems.append("tshark -2 -V (%s): hang, no result in %d s" % (target, RUN_TIMEOUT))
    binary, why = fuzzutil.build()
    if binary:
        for wmem in ("simple", "block"):
            ok, out = fuzzutil.replay(binary, target, [path], wmem=wmem)
            if not ok:
                problems.append("oxfuzz (OXFUZZ_TARGET=%s WIRESHARK_DEBUG_WMEM_OVERRIDE=%s):\n%s"
                                % (target, wmem, _report(out)))
    elif not problems:
        pytest.skip("fuzz harness not built: %s" % why)
    assert not problems, "\n\n".join(problems)

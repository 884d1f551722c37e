# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes the seed corpus of the oxcrops fuzz harness (oxfuzz.c).

    /usr/bin/python3 testcaps/fuzz/make_corpus.py OUTDIR [--no-harvest]

OUTDIR/<target>/<sha1 of the input> for each target of oxfuzz.c, from:
  - every ROP vector of ropvec.all_vectors() and vectors.py, one by one and per
    family in one buffer, wrapped with oxgen.rop_buffer (a 16-entry handle
    table), then oxgen.ext_buffer plain, obfuscated, compressed and both, and in
    chains of two extended buffers; request and response together for the
    oxcrops.call target; MAPI/HTTP Execute bodies and exchanges around them;
  - the auxiliary blocks of test_auxbuf.py (functions named *blocks*);
  - the payloads of the bundled captures (testcaps/captures/*.pcap), of
    ../shared/testdata/real/ when present (mapi.pcap's EcDoRpc ROP buffers, the
    Outlook 2007 EcDoRpcExt2 stub's rgbIn / rgbAuxIn);
  - unless --no-harvest: the payloads of every capture the test suite builds
    (its test functions run with a stub tshark, see harvest_plugin.py).
"""
import glob
import hashlib
import importlib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TESTCAPS = os.path.dirname(HERE)
sys.path.insert(0, TESTCAPS)
sys.path.insert(0, HERE)

import oxgen            # noqa: E402
import payloads         # noqa: E402
import ropvec           # noqa: E402
import vectors          # noqa: E402

TARGETS = ("oxcrops.rop_request", "oxcrops.rop_response", "oxcrops.extbuf_request", "oxcrops.extbuf_response",
           "oxcrops.auxbuf", "mapihttp", "oxcrops.call", "mapihttp.exchange", "ews.exchange", "emsmdb.dcerpc")
REAL = os.path.normpath(os.path.join(TESTCAPS, "..", "..", "shared", "testdata", "real"))
HANDLES = [0x10 + i for i in range(ropvec.HANDLE_COUNT)]
MAX_INPUT = 0x10000


class Corpus:
    def __init__(self, outdir):
        self.outdir = outdir
        self.seen = set()
        self.count = {t: 0 for t in TARGETS}
        for t in TARGETS:
            os.makedirs(os.path.join(outdir, t), exist_ok=True)

    def add(self, target, data):
        if data is None or len(data) > MAX_INPUT:
            return
        data = bytes(data)
        h = hashlib.sha1(data).hexdigest()
        if (target, h) in self.seen:
            return
        self.seen.add((target, h))
        self.count[target] += 1
        with open(os.path.join(self.outdir, target, h), "wb") as f:
            f.write(data)

    def add_all(self, found):
        for target, items in found.items():
            for data in items:
                self.add(target, data)


# ---------------------------------------------------------------- wrappings

def ext_forms(buf):
    """The RPC_HEADER_EXT forms of one payload (MS-OXCRPC 2.2.2.1)."""
    yield oxgen.ext_buffer(buf)
    yield oxgen.ext_buffer(buf, xor=True)
    if len(buf) <= 2048:                  # oxgen's compressor is quadratic
        yield oxgen.ext_buffer(buf, compress=True)
        yield oxgen.ext_buffer(buf, compress=True, xor=True)


def http_headers(message):
    """Header lines of an oxgen HTTP message, start line dropped (the harness's message form)."""
    head, _, body = message.partition(b"\r\n\r\n")
    return b"\r\n".join(head.split(b"\r\n")[1:]) + b"\r\n\r\n" + body


def execute_exchange(req_ext, rsp_ext, with_type=True):
    req = http_headers(oxgen.http_request(oxgen.execute_request_body(req_ext)))
    rsp = http_headers(oxgen.http_response(oxgen.meta_tags() + oxgen.execute_response_body(rsp_ext),
                                           with_type=with_type))
    return payloads.exchange_input(req, rsp)


def add_rop_pair(c, req, rsp, forms=True):
    """A request and/or response ROP buffer (already with RopSize and handles)."""
    for direction, buf in (("request", req), ("response", rsp)):
        if buf is None:
            continue
        c.add("oxcrops.rop_" + direction, buf)
        for e in (ext_forms(buf) if forms else [oxgen.ext_buffer(buf)]):
            c.add("oxcrops.extbuf_" + direction, e)
        # a chain: this buffer, not Last, then an empty ROP buffer
        c.add("oxcrops.extbuf_" + direction,
              oxgen.ext_buffer(buf, last=False) + oxgen.ext_buffer(oxgen.rop_buffer(b"", HANDLES[:1])))
    req_ext = oxgen.ext_buffer(req) if req is not None else oxgen.ext_buffer(oxgen.rop_buffer(b""))
    if rsp is not None:
        rsp_ext = oxgen.ext_buffer(rsp)
        c.add("oxcrops.call", payloads.exchange_input(req_ext, rsp_ext))
        c.add("mapihttp", oxgen.meta_tags() + oxgen.execute_response_body(rsp_ext))
        c.add("mapihttp.exchange", execute_exchange(req_ext, rsp_ext, with_type=False))
    if forms and req is not None and rsp is not None and len(rsp) <= 2048:
        c.add("oxcrops.call", payloads.exchange_input(oxgen.ext_buffer(req, xor=True),
                                                      oxgen.ext_buffer(rsp, compress=True)))


def from_vectors(c):
    by_family = {}
    for mod in sorted(m for m in sys.modules if m.startswith("ropvec.")):
        for vec in getattr(sys.modules[mod], "VECTORS", []):
            by_family.setdefault(mod, []).append(vec)
    for vec in ropvec.all_vectors():
        req = oxgen.rop_buffer(vec.request, HANDLES) if vec.request is not None else None
        rsp = oxgen.rop_buffer(vec.response, HANDLES) if vec.response is not None else None
        add_rop_pair(c, req, rsp)
    # each family in one call: every request in one buffer, every response in the other
    for family, vecs in by_family.items():
        reqs = b"".join(v.request for v in vecs if v.request is not None and v.response is not None)
        rsps = b"".join(v.response for v in vecs if v.request is not None and v.response is not None)
        if len(reqs) < 0x8000 and len(rsps) < 0x8000:
            add_rop_pair(c, oxgen.rop_buffer(reqs, HANDLES), oxgen.rop_buffer(rsps, HANDLES), forms=False)
    # vectors.py: the requests and responses of the demo session, alone and together
    reqs = [getattr(vectors, n) for n in sorted(dir(vectors)) if n.endswith("_REQ")]
    rsps = [getattr(vectors, n) for n in sorted(dir(vectors)) if n.endswith("_RSP")]
    for name in sorted(dir(vectors)):
        val = getattr(vectors, name)
        if isinstance(val, bytes) and name.endswith("_REQ"):
            add_rop_pair(c, oxgen.rop_buffer(val, HANDLES), None)
        elif isinstance(val, bytes) and name.endswith("_RSP"):
            add_rop_pair(c, None, oxgen.rop_buffer(val, HANDLES))
    add_rop_pair(c, oxgen.rop_buffer(b"".join(reqs), HANDLES), oxgen.rop_buffer(b"".join(rsps), HANDLES))
    v = vectors
    add_rop_pair(c, oxgen.rop_buffer(v.GET_CONTENTS_TABLE_REQ + v.SET_COLUMNS_REQ + v.QUERY_ROWS_REQ, HANDLES),
                 oxgen.rop_buffer(v.GET_CONTENTS_TABLE_RSP + v.SET_COLUMNS_RSP + v.QUERY_ROWS_RSP + v.PENDING_RSP,
                                  HANDLES))


def from_aux_tests(c):
    try:
        mod = importlib.import_module("test_auxbuf")
    except Exception as e:          # the test module may not import outside pytest
        print("make_corpus: test_auxbuf not used: %s" % e, file=sys.stderr)
        return
    for name in sorted(dir(mod)):
        fn = getattr(mod, name)
        if "blocks" not in name or name.startswith("test") or not callable(fn):
            continue
        try:
            val = fn()
        except Exception:
            continue
        if isinstance(val, (list, tuple)):
            parts = [b for b in val if isinstance(b, bytes)]
            val = b"".join(parts)
            for b in parts:
                c.add("oxcrops.auxbuf", oxgen.ext_buffer(b))
        if isinstance(val, bytes) and val:
            for e in ext_forms(val):
                c.add("oxcrops.auxbuf", e)


def from_captures(c, paths):
    for path in paths:
        with open(path, "rb") as f:
            c.add_all(payloads.extract(f.read()))


def from_real(c):
    if not os.path.isdir(REAL):
        return
    from_captures(c, sorted(glob.glob(os.path.join(REAL, "*.pcap"))))
    dat = os.path.join(REAL, "001_Outlook_2007_in_ModifyRecipients_comp.dat")
    if os.path.exists(dat):
        with open(dat, "rb") as f:
            stub = f.read()
        found = payloads._try(payloads.ecdorpcext2_request, stub)
        if found:
            rgb_in, aux_in = found
            c.add("oxcrops.extbuf_request", rgb_in)
            c.add("oxcrops.auxbuf", aux_in)
            for p in payloads.ext_payloads(rgb_in):
                add_rop_pair(c, p, None, forms=False)
            c.add("oxcrops.call", payloads.exchange_input(rgb_in, oxgen.ext_buffer(oxgen.rop_buffer(b""))))
            c.add("mapihttp.exchange", payloads.exchange_input(
                http_headers(oxgen.http_request(oxgen.execute_request_body(rgb_in, aux_in))), b""))


def harvest(c):
    """Every capture the test suite writes (harvest_plugin.py)."""
    tests = [t for t in sorted(glob.glob(os.path.join(TESTCAPS, "test_*.py")))
             if os.path.basename(t) not in ("test_mutation.py", "test_fuzz.py")]
    with tempfile.TemporaryDirectory(prefix="oxfuzz-harvest-") as tmp:
        dummy = os.path.join(tmp, "oxcrops.so")
        open(dummy, "wb").close()
        out = os.path.join(tmp, "pcaps")
        os.makedirs(out)
        env = dict(os.environ, OXFUZZ_HARVEST_DIR=out, OXCROPS_PLUGIN=dummy,
                   PYTHONPATH=HERE + os.pathsep + os.environ.get("PYTHONPATH", ""))
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "harvest_plugin",
                        "--tb=no", "--no-header"] + tests,
                       cwd=TESTCAPS, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        pcaps = sorted(glob.glob(os.path.join(out, "*.pcap")))
        from_captures(c, pcaps)
        return len(pcaps)


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    c = Corpus(argv[0])
    from_vectors(c)
    from_aux_tests(c)
    from_captures(c, sorted(glob.glob(os.path.join(TESTCAPS, "captures", "*.pcap"))))
    from_real(c)
    n = harvest(c) if "--no-harvest" not in argv else 0
    print("make_corpus: %s (%d captures harvested from the test suite)" %
          (", ".join("%s %d" % (t, c.count[t]) for t in TARGETS), n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

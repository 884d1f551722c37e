# SPDX-License-Identifier: GPL-2.0-or-later
"""Helpers the ROP family tests share: one EcDoRpcExt2 call per capture, a
clean-decode check, and field assertions."""
import oxgen

ECDORPCEXT2 = 11                    # MS-OXCRPC 3.1.4.2

def rop_call(tshark, name, request, response, handles, clean=True):
    """A capture of one EcDoRpcExt2 call: request ROPs, and response ROPs unless None."""
    pcap = tshark.path(name + ".pcap")
    req = oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(request, handles)))
    rsp = None
    if response is not None:
        rsp = oxgen.ecdorpcext2_response(oxgen.ext_buffer(oxgen.rop_buffer(response, handles)))
    oxgen.dcerpc_capture(pcap, [(ECDORPCEXT2, req, rsp)])
    if clean:
        tshark.assert_clean(pcap)
    return pcap


def check(tshark, pcap, filter_, expect):
    """expect: {field: [values in order]}; ints are compared as numbers, strings as shown."""
    fields = list(expect)
    got = {f: [] for f in fields}
    for row in tshark.fields(pcap, fields, filter_):
        for f, val in zip(fields, row):
            if val != "":
                got[f] += val.split(",")
    for f, want in expect.items():
        have = [int(x, 0) if isinstance(w, int) else x for x, w in zip(got[f], want)]
        assert len(got[f]) == len(want) and have == want, (f, got[f], want)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Real Outlook traffic from ../shared/testdata/real (see its README)."""
import os

import oxgen


def test_outlook2007_modifyrecipients_request(tshark, shared):
    """An EcDoRpcExt2 request stub as Outlook 2007 sent it, wrapped in a DCE/RPC request."""
    stub = open(os.path.join(shared, "001_Outlook_2007_in_ModifyRecipients_comp.dat"), "rb").read()
    pcap = tshark.path("real_modifyrecipients.pcap")
    oxgen.dcerpc_capture(pcap, [(11, stub, None)])
    row = tshark.fields(pcap, ["oxcrops.rpc_header_ext.flags", "oxcrops.rpc_header_ext.size",
                               "oxcrops.rpc_header_ext.size_actual", "oxcrops.rop_size", "oxcrops.rop_id",
                               "emsmdb.cb_in"], "emsmdb")[0]
    flags, size, size_actual, rop_size, rop_ids, cb_in = row
    # rgbIn: Compressed | Last, Size 0x145, SizeActual 0x1CB (testdata README);
    # rgbAuxIn: XorMagic | Last, Size 0x28
    assert flags.split(",") == ["0x0005", "0x0006"]
    assert size.split(",") == [str(0x145), str(0x28)]
    assert size_actual.split(",")[0] == str(0x1CB)
    assert cb_in == str(0x14D)
    # the send-a-message flow of MS-OXPROTO 2.5.7.5
    assert rop_ids.split(",") == ["0x0d", "0x0e", "0x0a", "0x32", "0x07"]
    # decompressed to exactly SizeActual and decoded with no error or warning
    assert tshark.warnings(pcap) == []
    assert tshark.run(["-r", pcap, "-Y", "oxcrops.undecoded or _ws.malformed"]).stdout == ""

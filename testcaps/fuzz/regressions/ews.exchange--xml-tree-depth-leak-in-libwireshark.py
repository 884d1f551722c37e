# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes ews.exchange--xml-tree-depth-leak-in-libwireshark.bin (an ews.exchange
input: u16 LE request length, the request message, the response message):

    /usr/bin/python3 testcaps/fuzz/regressions/ews.exchange--xml-tree-depth-leak-in-libwireshark.py OUT.bin

An EWS GetFolder request whose XML nests 520 elements.  Wireshark 4.0's XML dissector
(tvbparse) adds one tree level per element; at level 500 proto_tree_add_node()
throws ("Maximum tree depth 500 exceeded") after the FT_STRING value of the
item has been allocated, and that value (40 + 16 bytes) is never freed.  The
leak is libwireshark's alone: stock tshark 4.0.17 with no plugin loaded leaks
the same 56 bytes under valgrind on such a body.  The harness has
LeakSanitizer ignore what the XML dissector allocates (oxfuzz.c, call_xml()),
and the plugin's "ews" must still decode the exchange after XML gave up
(ews.c, dissect_media(); test_ews.py::test_xml_dissector_gives_up).
Found by the long run of issue 7 (ews.exchange, leak mode).
"""
import struct
import sys

body = (b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
        b'<m:GetFolder xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">'
        + b"<a>" * 520 + b"</a>" * 520 + b"</m:GetFolder></soap:Body></soap:Envelope>")
request = b"POST /EWS/Exchange.asmx HTTP/1.1\r\nContent-Type: text/xml; charset=utf-8\r\n\r\n" + body
response = (b"HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n\r\n"
            b'<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"/>')
with open(sys.argv[1], "wb") as f:
    f.write(struct.pack("<H", len(request)) + request + response)

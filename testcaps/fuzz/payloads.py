# SPDX-License-Identifier: GPL-2.0-or-later
"""payloads: what the oxcrops fuzz targets take, cut out of capture files.

Written from the layouts (classic pcap, Ethernet, IPv4, TCP, C706 connection-
oriented DCE/RPC PDUs, the NDR stubs of MS-OXCRPC 3.1.4, RPC_HEADER_EXT of
MS-OXCRPC 2.2.2.1, plain LZ77 of MS-XCA 2.4, HTTP/1.1 and the MAPI/HTTP bodies
of MS-OXCMAPIHTTP 2.2.4), independently of the plugin.  Everything is best
effort: a structure that does not parse is skipped, never guessed.

extract(pcap_bytes) returns a dict target name -> list of payloads, for the
targets of oxfuzz.c.  (The DCE/RPC reassembly here assumes segments in order and
no retransmissions, as in oxgen's captures and the real mapi.pcap.)
"""
import struct

COMPRESSED, XOR_MAGIC, LAST = 0x0001, 0x0002, 0x0004


# ---------------------------------------------------------------- pcap and TCP

def pcap_packets(data):
    """(linktype, frame bytes) of a classic little- or big-endian pcap."""
    if len(data) < 24:
        return []
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        e = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        e = ">"
    else:
        return []
    linktype = struct.unpack_from(e + "I", data, 20)[0]
    out, off = [], 24
    while off + 16 <= len(data):
        incl = struct.unpack_from(e + "I", data, off + 8)[0]
        out.append((linktype, data[off + 16:off + 16 + incl]))
        off += 16 + incl
    return out


def dcerpc_connections(data, limit=0xF000):
    """Inputs of the emsmdb.dcerpc target: for each TCP connection that carries
    connection-oriented DCE/RPC, its PDUs of both directions in the order their
    last byte was captured, cut into runs of at most 15 PDUs and `limit` bytes."""
    conns = {}
    for linktype, pkt in pcap_packets(data):
        seg = _tcp_segment(linktype, pkt)
        if not seg:
            continue
        key, _, payload = seg
        conn = tuple(sorted([key[:2], key[2:]]))
        c = conns.setdefault(conn, {"bufs": {}, "pdus": []})
        buf = c["bufs"].get(key, b"") + payload
        while len(buf) >= 16 and buf[0] == 5 and buf[1] == 0:
            e = "<" if buf[4] & 0x10 else ">"
            frag = struct.unpack_from(e + "H", buf, 8)[0]
            if frag < 16 or frag > len(buf):
                break
            c["pdus"].append(buf[:frag])
            buf = buf[frag:]
        if buf and not buf.startswith(b"\x05\x00"):
            buf = b""                       # not DCE/RPC (or lost sync): drop
        c["bufs"][key] = buf
    out = []
    for c in conns.values():
        run, size = [], 0
        for pdu in c["pdus"]:
            if run and (len(run) >= 15 or size + len(pdu) > limit):
                out.append(b"".join(run))
                run, size = [], 0
            if len(pdu) <= limit:
                run.append(pdu)
                size += len(pdu)
        if run:
            out.append(b"".join(run))
    return out


def _tcp_segment(linktype, pkt):
    """(src ip, sport, dst ip, dport), seq, payload of an Ethernet/IPv4/TCP frame, or None."""
    if linktype != 1 or len(pkt) < 14 + 20 or pkt[12:14] != b"\x08\x00":
        return None
    ip = pkt[14:]
    ihl = (ip[0] & 0x0F) * 4
    if ip[0] >> 4 != 4 or ip[9] != 6 or len(ip) < ihl + 20:
        return None
    total = struct.unpack_from("!H", ip, 2)[0]
    ip = ip[:total] if total >= ihl else ip
    tcp = ip[ihl:]
    if len(tcp) < 20:
        return None
    sport, dport, seq = struct.unpack_from("!HHI", tcp, 0)
    payload = tcp[(tcp[12] >> 4) * 4:]
    if not payload:
        return None
    return (ip[12:16], sport, ip[16:20], dport), seq, payload


def tcp_streams(data):
    """{(src, sport, dst, dport): payload bytes in sequence order} of the IPv4 TCP
    segments of an Ethernet pcap (retransmissions dropped)."""
    segs = {}
    for linktype, pkt in pcap_packets(data):
        seg = _tcp_segment(linktype, pkt)
        if seg:
            key, seq, payload = seg
            segs.setdefault(key, []).append((seq, payload))
    streams = {}
    for key, lst in segs.items():
        base = lst[0][0]
        buf = bytearray()
        for seq, payload in lst:                    # capture order; drop what is already there
            rel = (seq - base) & 0xFFFFFFFF
            if rel > len(buf) + 0x100000:
                continue
            if rel < len(buf):
                payload = payload[len(buf) - rel:]
            elif rel > len(buf):
                buf += b"\0" * (rel - len(buf))
            buf += payload
        streams[key] = bytes(buf)
    return streams


# ---------------------------------------------------------------- DCE/RPC (C706 12.6)

def dcerpc_calls(stream):
    """[(ptype, call_id, opnum or None, stub)] of the complete calls of one direction;
    fragments of a call are joined."""
    out, pending, off = [], {}, 0
    while off + 16 <= len(stream):
        if stream[off] != 5 or stream[off + 1] != 0:
            break
        ptype, flags = stream[off + 2], stream[off + 3]
        little = stream[off + 4] & 0x10
        e = "<" if little else ">"
        frag_len, auth_len, call_id = struct.unpack_from(e + "HHI", stream, off + 8)
        if frag_len < 16 or off + frag_len > len(stream):
            break
        pdu = stream[off:off + frag_len]
        off += frag_len
        if ptype not in (0, 2):
            continue
        hdr = 24
        opnum = None
        if ptype == 0:
            opnum = struct.unpack_from(e + "H", pdu, 22)[0]
            if flags & 0x80:
                hdr += 16                           # object UUID
        end = len(pdu) - (auth_len + 8 if auth_len else 0)
        if end < hdr:
            continue
        stub = pdu[hdr:end]
        key = (ptype, call_id)
        if flags & 0x01:
            pending[key] = [opnum, stub]
        elif key in pending:
            pending[key][1] += stub
        else:
            continue
        if flags & 0x02:
            op, whole = pending.pop(key)
            out.append((ptype, call_id, op, whole))
    return out


class Ndr:
    """Reads an NDR20 little-endian stub; alignment relative to its start."""

    def __init__(self, data):
        self.d, self.o = data, 0

    def align(self, n):
        self.o += (-self.o) % n

    def u16(self):
        self.align(2)
        v = struct.unpack_from("<H", self.d, self.o)[0]
        self.o += 2
        return v

    def u32(self):
        self.align(4)
        v = struct.unpack_from("<I", self.d, self.o)[0]
        self.o += 4
        return v

    def raw(self, n):
        if n < 0 or self.o + n > len(self.d):
            raise ValueError("short stub")
        v = self.d[self.o:self.o + n]
        self.o += n
        return v

    def conformant(self):
        return self.raw(self.u32())

    def varying(self):
        self.u32()
        self.u32()
        return self.raw(self.u32())


def _try(fn, *args):
    try:
        return fn(*args)
    except (ValueError, struct.error, IndexError):
        return None


def ecdorpcext2_request(stub):
    """MS-OXCRPC 3.1.4.11: handle, pulFlags, rgbIn[cbIn], cbIn, pcbOut, rgbAuxIn[cbAuxIn], ..."""
    n = Ndr(stub)
    n.raw(20)
    n.u32()
    rgb_in = n.conformant()
    n.u32()
    n.u32()
    aux_in = n.conformant()
    return rgb_in, aux_in


def ecdorpcext2_response(stub):
    n = Ndr(stub)
    n.raw(20)
    n.u32()
    rgb_out = n.varying()
    n.u32()
    aux_out = n.varying()
    return rgb_out, aux_out


def ecdoconnectex_request(stub):
    """MS-OXCRPC 3.1.4.1: szUserDN, 7 longs, rgwClientVersion[3], pulTimeStamp, rgbAuxIn."""
    n = Ndr(stub)
    n.varying()
    for _ in range(7):
        n.u32()
    for _ in range(4):
        n.u16()
    n.u32()
    return n.conformant()


def ecdoconnectex_response(stub):
    n = Ndr(stub)
    n.raw(20)
    n.u32()
    n.u32()
    n.u32()
    n.u16()
    if n.u32():
        n.varying()
    if n.u32():
        n.varying()
    for _ in range(6):
        n.u16()
    n.u32()
    return n.varying()


def ecdorpc(stub):
    """EcDoRpc (opnum 2, legacy): handle, [size_is, length_is] XOR-0xA5 ROP buffer."""
    n = Ndr(stub)
    n.raw(20)
    return n.varying()


# ---------------------------------------------------------------- extended buffers

def lz77_decompress(data, limit=0x10000):
    """Plain LZ77 (MS-XCA 2.4); stops at limit bytes; ValueError when corrupt."""
    out, i, flags, nflags, nibble = bytearray(), 0, 0, 0, None
    while i < len(data) and len(out) < limit:
        if nflags == 0:
            if i + 4 > len(data):
                break
            flags = struct.unpack_from("<I", data, i)[0]
            i += 4
            nflags = 32
        nflags -= 1
        if not (flags >> nflags) & 1:
            if i >= len(data):
                break
            out.append(data[i])
            i += 1
            continue
        if i + 2 > len(data):
            break
        mv = struct.unpack_from("<H", data, i)[0]
        i += 2
        length, offset = mv & 7, (mv >> 3) + 1
        if length == 7:
            if nibble is None:
                nibble = i
                length = data[i] & 0x0F
                i += 1
            else:
                length = data[nibble] >> 4
                nibble = None
            if length == 15:
                length = data[i]
                i += 1
                if length == 255:
                    length = struct.unpack_from("<H", data, i)[0]
                    i += 2
                    if length < 22:
                        raise ValueError("bad LZ77 length")
                    length -= 22
                length += 15
            length += 7
        length += 3
        if offset > len(out):
            raise ValueError("LZ77 offset before the start")
        for _ in range(length):
            out.append(out[-offset])
    return bytes(out)


def ext_payloads(chain):
    """The payloads of an RPC_HEADER_EXT chain, de-XORed and inflated."""
    out, off = [], 0
    while off + 8 <= len(chain):
        version, flags, size, size_actual = struct.unpack_from("<HHHH", chain, off)
        data = chain[off + 8:off + 8 + size]
        off += 8 + size
        if flags & XOR_MAGIC:
            data = bytes(b ^ 0xA5 for b in data)
        if flags & COMPRESSED:
            data = _try(lz77_decompress, data, size_actual)
            if data is None:
                break
        out.append(data)
        if flags & LAST:
            break
    return out


# ---------------------------------------------------------------- HTTP and MAPI/HTTP

def http_messages(stream):
    """[(header lines without the start line, body)] of an HTTP/1.1 byte stream."""
    out, off = [], 0
    while off < len(stream):
        end = stream.find(b"\r\n\r\n", off)
        if end < 0:
            break
        lines = stream[off:end].split(b"\r\n")
        headers = lines[1:]
        fields = {}
        for line in headers:
            if b":" in line:
                k, v = line.split(b":", 1)
                fields[k.strip().lower()] = v.strip()
        off = end + 4
        if fields.get(b"transfer-encoding", b"").lower() == b"chunked":
            body = bytearray()
            while off < len(stream):
                eol = stream.find(b"\r\n", off)
                if eol < 0:
                    off = len(stream)
                    break
                try:
                    n = int(stream[off:eol].split(b";")[0], 16)
                except ValueError:
                    off = len(stream)
                    break
                off = eol + 2
                if n == 0:
                    trailer = stream.find(b"\r\n", off)
                    off = len(stream) if trailer < 0 else trailer + 2
                    break
                body += stream[off:off + n]
                off += n + 2
            body = bytes(body)
        else:
            try:
                n = int(fields.get(b"content-length", b"0"))
            except ValueError:
                n = 0
            body = stream[off:off + n]
            off += n
        out.append((headers, body))
    return out


def skip_meta_tags(body):
    """Offset of the binary body after the response meta-tags and additional headers
    (MS-OXCMAPIHTTP 2.2.7), or None."""
    if not body.startswith(b"PROCESSING\r\n"):
        return None
    end = body.find(b"\r\n\r\n")
    return None if end < 0 else end + 4


def execute_request(body):
    """MS-OXCMAPIHTTP 2.2.4.2.1: Flags, RopBufferSize, RopBuffer, MaxRopOut, AuxiliaryBufferSize, AuxiliaryBuffer."""
    _, n = struct.unpack_from("<II", body, 0)
    rop = body[8:8 + n]
    _, na = struct.unpack_from("<II", body, 8 + n)
    return rop, body[16 + n:16 + n + na]


def execute_response(body):
    """2.2.4.2.2 after the meta-tags: StatusCode, ErrorCode, Flags, RopBufferSize, RopBuffer, AuxSize, Aux."""
    status, _ = struct.unpack_from("<II", body, 0)
    if status:
        raise ValueError("failure body")
    _, n = struct.unpack_from("<II", body, 8)
    rop = body[16:16 + n]
    na = struct.unpack_from("<I", body, 16 + n)[0]
    return rop, body[20 + n:20 + n + na]


# ---------------------------------------------------------------- all of it

def _u16(n):
    return struct.pack("<H", min(n, 0xFFFF))


def ext_wrap(payload, flags=0):
    """One RPC_HEADER_EXT (Last) around payload, already in the form flags say."""
    return struct.pack("<HHHH", 0, flags | LAST, len(payload), len(payload)) + payload


def exchange_input(req, rsp):
    """Input of the harness targets oxcrops.call and mapihttp.exchange."""
    if len(req) > 0xFFFF:
        req = b""
    return _u16(len(req)) + req + rsp


def http_message(headers, body):
    return b"".join(h + b"\r\n" for h in headers) + b"\r\n" + body


def extract(data):
    out = {t: [] for t in ("oxcrops.rop_request", "oxcrops.rop_response", "oxcrops.extbuf_request",
                           "oxcrops.extbuf_response", "oxcrops.auxbuf", "mapihttp", "oxcrops.call",
                           "mapihttp.exchange", "ews.exchange", "emsmdb.dcerpc")}
    out["emsmdb.dcerpc"] = dcerpc_connections(data)

    def ext(direction, chain):
        if not chain:
            return
        out["oxcrops.extbuf_" + direction].append(chain)
        for p in ext_payloads(chain):
            out["oxcrops.rop_" + direction].append(p)

    def aux(chain):
        if chain:
            out["oxcrops.auxbuf"].append(chain)

    streams = tcp_streams(data)
    # DCE/RPC: requests and responses paired by call id over the two directions of a connection
    for key, stream in streams.items():
        if not stream.startswith(b"\x05\x00"):
            continue
        back = streams.get((key[2], key[3], key[0], key[1]), b"")
        requests = {c: (op, stub) for pt, c, op, stub in dcerpc_calls(stream) if pt == 0}
        responses = {c: stub for pt, c, op, stub in dcerpc_calls(back) if pt == 2}
        for call_id, (opnum, stub) in requests.items():
            rsp = responses.get(call_id)
            if opnum == 11:
                r = _try(ecdorpcext2_request, stub)
                if r:
                    ext("request", r[0])
                    aux(r[1])
                s = _try(ecdorpcext2_response, rsp) if rsp else None
                if s:
                    ext("response", s[0])
                    aux(s[1])
                if r and s:
                    out["oxcrops.call"].append(exchange_input(r[0], s[0]))
            elif opnum == 10:
                aux(_try(ecdoconnectex_request, stub))
                if rsp:
                    aux(_try(ecdoconnectex_response, rsp))
            elif opnum == 2:
                r = _try(ecdorpc, stub)
                if r:
                    out["oxcrops.rop_request"].append(bytes(b ^ 0xA5 for b in r))
                s = _try(ecdorpc, rsp) if rsp else None
                if s:
                    out["oxcrops.rop_response"].append(bytes(b ^ 0xA5 for b in s))
                if r and s:     # the same ROP buffers as one call of extended buffers, obfuscated
                    out["oxcrops.call"].append(exchange_input(ext_wrap(r, XOR_MAGIC), ext_wrap(s, XOR_MAGIC)))
    # HTTP: requests from the client direction, responses from the server's, in order
    for key, stream in streams.items():
        if not stream.startswith(b"POST ") and not stream.startswith(b"GET "):
            continue
        back = streams.get((key[2], key[3], key[0], key[1]), b"")
        reqs, rsps = http_messages(stream), http_messages(back)
        for i, (rh, rb) in enumerate(reqs):
            req_msg = http_message(rh, rb)
            r = None
            rtype = b""
            for h in rh:
                if h.lower().startswith(b"x-requesttype:"):
                    rtype = h.split(b":", 1)[1].strip().lower()
            if rtype == b"execute":
                r = _try(execute_request, rb)
                if r:
                    ext("request", r[0])
                    aux(r[1])
            xml = any(h.lower().startswith(b"content-type:") and b"xml" in h.lower() for h in rh)
            if i < len(rsps):
                sh, sb = rsps[i]
                if xml:     # SOAP: EWS or other XML over HTTP
                    out["ews.exchange"].append(exchange_input(req_msg, http_message(sh, sb)))
                    continue
                out["mapihttp"].append(sb)
                out["mapihttp.exchange"].append(exchange_input(req_msg, http_message(sh, sb)))
                start = skip_meta_tags(sb)
                if rtype == b"execute" and start is not None:
                    s = _try(execute_response, sb[start:])
                    if s:
                        ext("response", s[0])
                        aux(s[1])
                        if r:
                            out["oxcrops.call"].append(exchange_input(r[0], s[0]))
            else:
                out["ews.exchange" if xml else "mapihttp.exchange"].append(exchange_input(req_msg, b""))
    return out

# SPDX-License-Identifier: GPL-2.0-or-later
"""oxgen: builds test captures for oxcrops from hex vectors.

Everything here is framing written from the specifications (pcap, Ethernet,
IPv4, TCP, DCE/RPC connection-oriented PDUs from C706, NDR20 stubs of
MS-OXCRPC 3.1.4, RPC_HEADER_EXT of MS-OXCRPC 2.2.2.1, MAPI/HTTP bodies of
MS-OXCMAPIHTTP 2.2.4). The ROP bytes inside come from the tests' vectors.
"""
import struct

EMSMDB_UUID = "a4f1db00-ca47-1067-b31f-00dd010662da"
NDR_UUID = "8a885d04-1ceb-11c9-9fe8-08002b104860"

# MS-OXCRPC 2.2.2.1 RPC_HEADER_EXT flags
COMPRESSED, XOR_MAGIC, LAST = 0x0001, 0x0002, 0x0004


def hexbytes(text):
    """Bytes from a hex string that may hold spaces, newlines and '#' comments."""
    lines = [line.split("#", 1)[0] for line in text.splitlines()]
    return bytes.fromhex("".join(lines).replace(" ", ""))


def uuid_le(text):
    """A UUID in DCE/NDR little-endian wire form."""
    h = text.replace("-", "")
    return (struct.pack("<IHH", int(h[0:8], 16), int(h[8:12], 16), int(h[12:16], 16))
            + bytes.fromhex(h[16:]))


# ---------------------------------------------------------------- pcap writer

class Capture:
    """Ethernet/IPv4/TCP frames between one client and one server per stream."""

    def __init__(self):
        self.frames = []
        self.time = 1_700_000_000.0

    def frame(self, data):
        self.time += 0.001
        self.frames.append((self.time, data))

    def write(self, path):
        with open(path, "wb") as f:
            f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
            for t, data in self.frames:
                sec = int(t)
                usec = int(round((t - sec) * 1e6))
                f.write(struct.pack("<IIII", sec, usec, len(data), len(data)))
                f.write(data)


def _checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


class TcpStream:
    """A TCP connection; send() splits payloads into segments of at most mss bytes."""

    def __init__(self, cap, client=("10.0.0.1", 50000), server=("10.0.0.2", 1032)):
        self.cap = cap
        self.ends = {"c": client, "s": server}
        self.seq = {"c": 1000, "s": 5000}

    def _segment(self, side, payload, flags=0x18):
        other = "s" if side == "c" else "c"
        (sip, sport), (dip, dport) = self.ends[side], self.ends[other]
        tcp = struct.pack("!HHIIBBHHH", sport, dport, self.seq[side], self.seq[other],
                          5 << 4, flags, 65535, 0, 0) + payload
        src = bytes(int(x) for x in sip.split("."))
        dst = bytes(int(x) for x in dip.split("."))
        pseudo = src + dst + struct.pack("!BBH", 0, 6, len(tcp))
        tcp = tcp[:16] + struct.pack("!H", _checksum(pseudo + tcp)) + tcp[18:]
        ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 1, 0x4000, 64, 6, 0, src, dst)
        ip = ip[:10] + struct.pack("!H", _checksum(ip)) + ip[12:]
        eth = b"\x00\x00\x00\x00\x00\x02" + b"\x00\x00\x00\x00\x00\x01" + b"\x08\x00"
        self.cap.frame(eth + ip + tcp)
        self.seq[side] = (self.seq[side] + len(payload)) & 0xFFFFFFFF

    def send(self, side, payload, mss=1400):
        for i in range(0, len(payload), mss):
            self._segment(side, payload[i:i + mss])


# ---------------------------------------------------------------- DCE/RPC (C706 chapter 12)

def _co_header(ptype, flags, call_id, body, auth=b""):
    frag_len = 16 + len(body) + len(auth)
    return struct.pack("<BBBB4sHHI", 5, 0, ptype, flags, b"\x10\x00\x00\x00",
                       frag_len, len(auth), call_id) + body


def dcerpc_bind(call_id=1, uuid=EMSMDB_UUID, major=0, minor=81):
    body = struct.pack("<HHI", 5840, 5840, 0)
    body += struct.pack("<BBH", 1, 0, 0)                     # one context item
    body += struct.pack("<HBB", 0, 1, 0)                      # ctx id 0, one transfer syntax
    body += uuid_le(uuid) + struct.pack("<HH", major, minor)
    body += uuid_le(NDR_UUID) + struct.pack("<I", 2)
    return _co_header(11, 0x03, call_id, body)


def dcerpc_bind_ack(call_id=1):
    sec = b"1032\0"
    body = struct.pack("<HHI", 5840, 5840, 0x1234)
    body += struct.pack("<H", len(sec)) + sec
    body += b"\0" * ((4 - (len(body) % 4)) % 4)
    body += struct.pack("<BBH", 1, 0, 0) + struct.pack("<HH", 0, 0) + uuid_le(NDR_UUID) + struct.pack("<I", 2)
    return _co_header(12, 0x03, call_id, body)


def dcerpc_request(call_id, opnum, stub, frag=None):
    """Request PDUs carrying stub, in fragments of at most frag stub bytes."""
    return _fragments(0, call_id, stub, frag, lambda n: struct.pack("<IHH", len(stub), 0, opnum))


def dcerpc_response(call_id, stub, frag=None):
    return _fragments(2, call_id, stub, frag, lambda n: struct.pack("<IHBB", len(stub), 0, 0, 0))


def _fragments(ptype, call_id, stub, frag, prefix):
    frag = frag or max(len(stub), 1)
    chunks = [stub[i:i + frag] for i in range(0, len(stub), frag)] or [b""]
    pdus = b""
    for i, chunk in enumerate(chunks):
        flags = (0x01 if i == 0 else 0) | (0x02 if i == len(chunks) - 1 else 0)
        pdus += _co_header(ptype, flags, call_id, prefix(i) + chunk)
    return pdus


# ---------------------------------------------------------------- NDR stubs (MS-OXCRPC 3.1.4)

def _pad4(b):
    return b + b"\0" * ((4 - len(b) % 4) % 4)


CXH = struct.pack("<I", 0) + uuid_le("11223344-5566-7788-99aa-bbccddeeff00")


def ecdorpcext2_request(rgb_in, aux_in=b"", flags=0, pcb_out=0x40000, pcb_aux_out=0x1008, cxh=CXH):
    stub = cxh + struct.pack("<I", flags)
    stub += _pad4(struct.pack("<I", len(rgb_in)) + rgb_in)
    stub += struct.pack("<II", len(rgb_in), pcb_out)
    stub += _pad4(struct.pack("<I", len(aux_in)) + aux_in)
    stub += struct.pack("<II", len(aux_in), pcb_aux_out)
    return stub


def ecdorpcext2_response(rgb_out, aux_out=b"", flags=0, trans_time=15, rv=0, cxh=CXH):
    stub = cxh + struct.pack("<I", flags)
    stub += _pad4(struct.pack("<III", len(rgb_out), 0, len(rgb_out)) + rgb_out)
    stub += struct.pack("<I", len(rgb_out))
    stub += _pad4(struct.pack("<III", len(aux_out), 0, len(aux_out)) + aux_out)
    stub += struct.pack("<III", len(aux_out), trans_time, rv)
    return stub


def ndr_string(s):
    data = s.encode("ascii") + b"\0"
    return _pad4(struct.pack("<III", len(data), 0, len(data)) + data)


def ecdoconnectex_request(user_dn, flags=0, con_mod=0, cpid=1252, lcid_string=0x409, lcid_sort=0x409,
                          icxr_link=0xFFFFFFFF, version=(0x000C, 0x183E, 0x03E8), timestamp=0, aux_in=b""):
    stub = ndr_string(user_dn)
    stub += struct.pack("<IIIIIII", flags, con_mod, 0, cpid, lcid_string, lcid_sort, icxr_link)
    stub += struct.pack("<HHHH", 1, *version)
    stub += struct.pack("<I", timestamp)
    stub += _pad4(struct.pack("<I", len(aux_in)) + aux_in)
    stub += struct.pack("<II", len(aux_in), 0x1008)
    return stub


def ecdoconnectex_response(session_index, dn_prefix, display_name, polls_max=60000, retry=6, retry_delay=10000,
                           server_version=(0x0F01, 0x8000 | 1497, 0x0002), best_version=(0x000C, 0x183E, 0x03E8),
                           timestamp=0x5E4F1234, aux_out=b"", rv=0, cxh=CXH):
    stub = cxh + struct.pack("<IIIH", polls_max, retry, retry_delay, session_index)
    stub = _pad4(stub) + struct.pack("<I", 0x00020000) + ndr_string(dn_prefix)
    stub += struct.pack("<I", 0x00020004) + ndr_string(display_name)
    stub += struct.pack("<HHHHHH", *server_version, *best_version)
    stub += struct.pack("<I", timestamp)
    stub += _pad4(struct.pack("<III", len(aux_out), 0, len(aux_out)) + aux_out)
    stub += struct.pack("<II", len(aux_out), rv)
    return stub


# ---------------------------------------------------------------- ROP and extended buffers

def rop_buffer(rops, handles=()):
    """MS-OXCROPS 2.2.1: RopSize, RopsList, ServerObjectHandleTable."""
    return struct.pack("<H", 2 + len(rops)) + rops + b"".join(struct.pack("<I", h) for h in handles)


def xor_a5(data):
    return bytes(b ^ 0xA5 for b in data)


def lz77_compress(data):
    """Plain LZ77 of MS-XCA 2.3/2.4 (the encoding MS-OXCRPC 3.1.4.1.1.2 uses):
    32-bit flag words (1 = match), matches as (offset-1)<<3 | min(len-3, 7),
    longer lengths in shared nibbles / bytes; ends with a 1 flag bit."""
    out = bytearray()
    flags, nflags, flag_pos = 0, 0, 0
    out += b"\0\0\0\0"
    nibble_pos = None
    i = 0

    def put_flag(bit):
        nonlocal flags, nflags, flag_pos
        if nflags == 32:
            struct.pack_into("<I", out, flag_pos, flags)
            flag_pos = len(out)
            out.extend(b"\0\0\0\0")
            flags, nflags = 0, 0
        flags = (flags << 1) | bit
        nflags += 1

    while i < len(data):
        best_len, best_off = 0, 0
        for off in range(1, min(i, 8192) + 1):
            n = 0
            while i + n < len(data) and data[i + n - off] == data[i + n] and n < 1000:
                n += 1
            if n > best_len:
                best_len, best_off = n, off
        if best_len >= 3:
            put_flag(1)
            length = best_len - 3
            out += struct.pack("<H", ((best_off - 1) << 3) | min(length, 7))
            if length >= 7:
                length -= 7
                nib = min(length, 15)
                if nibble_pos is None:
                    nibble_pos = len(out)
                    out.append(nib)
                else:
                    out[nibble_pos] |= nib << 4
                    nibble_pos = None
                if length >= 15:
                    length -= 15
                    if length < 255:
                        out.append(length)
                    else:
                        out.append(255)
                        out += struct.pack("<H", length + 15 + 7)
            i += best_len
        else:
            put_flag(0)
            out.append(data[i])
            i += 1
    put_flag(1)                       # end marker: a match bit with no match
    flags <<= (32 - nflags)
    struct.pack_into("<I", out, flag_pos, flags & 0xFFFFFFFF)
    return bytes(out)


def ext_buffer(payload, compress=False, xor=False, last=True, version=0):
    """MS-OXCRPC 2.2.2.1: RPC_HEADER_EXT + payload; compress, then XOR (3.1.4.2.1.1.1)."""
    size_actual = len(payload)
    flags = (LAST if last else 0)
    if compress:
        payload = lz77_compress(payload)
        flags |= COMPRESSED
    if xor:
        payload = xor_a5(payload)
        flags |= XOR_MAGIC
    return struct.pack("<HHHH", version, flags, len(payload), size_actual) + payload


def aux_block(version, type_, data):
    """MS-OXCRPC 2.2.2.2: AUX_HEADER (Size includes the header) + block."""
    return struct.pack("<HBB", 4 + len(data), version, type_) + data


# ---------------------------------------------------------------- MAPI/HTTP (MS-OXCMAPIHTTP)

def execute_request_body(rop_buffer_bytes, aux=b"", flags=0, max_rop_out=0x40000):
    """2.2.4.2.1"""
    return (struct.pack("<II", flags, len(rop_buffer_bytes)) + rop_buffer_bytes
            + struct.pack("<II", max_rop_out, len(aux)) + aux)


def execute_response_body(rop_buffer_bytes, aux=b"", status=0, error=0):
    """2.2.4.2.2, after the meta-tags (2.2.7)."""
    if status:
        return struct.pack("<II", status, len(aux)) + aux
    return (struct.pack("<IIII", status, error, 0, len(rop_buffer_bytes)) + rop_buffer_bytes
            + struct.pack("<I", len(aux)) + aux)


def meta_tags(pending=1):
    return (b"PROCESSING\r\n" + b"PENDING\r\n" * pending + b"DONE\r\n"
            + b"X-StartTime: Tue, 15 Nov 1994 08:12:31 GMT\r\nX-ElapsedTime: 42\r\n\r\n")


def http_request(body, request_type="Execute", request_id="{E2EA6C1C-E61B-49E9-9CFB-38184F907552}:1",
                 cookie="MapiContext=abc; MapiSequence=1"):
    head = ("POST /mapi/emsmdb/?MailboxId=user@example.com HTTP/1.1\r\n"
            "Host: mail.example.com\r\n"
            "Content-Type: application/mapi-http\r\n"
            "X-RequestType: %s\r\n"
            "X-RequestId: %s\r\n"
            "X-ClientApplication: Outlook/16.0.4266.1001\r\n"
            "Cookie: %s\r\n"
            "Content-Length: %d\r\n\r\n" % (request_type, request_id, cookie, len(body)))
    return head.encode("ascii") + body


def http_response(body, request_type="Execute", chunked=False, with_type=True,
                  request_id="{E2EA6C1C-E61B-49E9-9CFB-38184F907552}:1", extra_headers=""):
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/mapi-http\r\n" + extra_headers
    if with_type:
        head += "X-RequestType: %s\r\n" % request_type
    head += "X-ResponseCode: 0\r\nX-RequestId: %s\r\nX-ServerApplication: Exchange/15.01.2507.009\r\n" % request_id
    if chunked:
        head += "Transfer-Encoding: chunked\r\n\r\n"
        # the first chunk is the PROCESSING meta-tag alone, as servers flush it (MS-OXCMAPIHTTP 3.2.5.2)
        first, rest = body[:12], body[12:]
        data = b""
        for part in (first, rest[:9], rest[9:]):
            if part:
                data += b"%x\r\n" % len(part) + part + b"\r\n"
        return head.encode("ascii") + data + b"0\r\n\r\n"
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode("ascii") + body


# ---------------------------------------------------------------- whole conversations

def dcerpc_capture(path, calls, frag=None, mss=1400):
    """calls: list of (opnum, request_stub, response_stub or None)."""
    cap = Capture()
    tcp = TcpStream(cap)
    tcp.send("c", dcerpc_bind())
    tcp.send("s", dcerpc_bind_ack())
    for n, (opnum, req, rsp) in enumerate(calls, start=2):
        tcp.send("c", dcerpc_request(n, opnum, req, frag), mss)
        if rsp is not None:
            tcp.send("s", dcerpc_response(n, rsp, frag), mss)
    cap.write(path)


def mapihttp_capture(path, exchanges, mss=1400):
    """exchanges: list of (request_bytes, response_bytes or None), HTTP messages on port 80."""
    cap = Capture()
    tcp = TcpStream(cap, client=("10.0.0.1", 50001), server=("10.0.0.2", 80))
    for req, rsp in exchanges:
        tcp.send("c", req, mss)
        if rsp is not None:
            tcp.send("s", rsp, mss)
    cap.write(path)

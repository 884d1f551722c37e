# SPDX-License-Identifier: GPL-2.0-or-later
"""Property (MS-OXCROPS 2.2.8, MS-OXCPRPT) and stream (MS-OXCROPS 2.2.9) ROP vectors.

Every vector is laid out by hand from the MS-OXCROPS request/response buffer
sections named in its comment; the ones marked "spec example" are copied from
the specifications' section 4. test_rops_property.py decodes each of them and
checks the values written here.

Handle indexes used: 0 = the Message (or Folder), 1 = a Stream, 2 = a second
Stream / the copy destination, 3 = a free slot for an output object.
"""
import struct

from . import RopVector


def h(text):
    return bytes.fromhex(" ".join(text.split()))


def utf16z(s):
    """A null-terminated UTF-16LE string."""
    return s.encode("utf-16-le") + b"\0\0"


def guid_le(text):
    """A GUID as a FlatUID on the wire (MS-OXCDATA 2.5.1: little-endian fields)."""
    x = text.replace("-", "")
    return struct.pack("<IHH", int(x[0:8], 16), int(x[8:12], 16), int(x[12:16], 16)) + bytes.fromhex(x[16:])


def u16(v):
    return struct.pack("<H", v)


def u32(v):
    return struct.pack("<I", v)


def u64(v):
    return struct.pack("<Q", v)


OK = u32(0)
ACCESS_DENIED = u32(0x80070005)         # MS-OXCDATA 2.4
NULL_DESTINATION = u32(0x00000503)      # MS-OXCDATA 2.4.1 NullDestinationObject
STREAM_SEEK_ERROR = u32(0x80030019)     # MS-OXCPRPT 3.2.5.18

# Property sets (MS-OXPROPS 1.3.2)
PS_MAPI = "00020328-0000-0000-c000-000000000046"
PS_PUBLIC_STRINGS = "00020329-0000-0000-c000-000000000046"
PSETID_COMMON = "00062008-0000-0000-c000-000000000046"

# PropertyName (MS-OXCDATA 2.6.1): Kind, GUID, then LID (Kind 0x00) or NameSize + Name (Kind 0x01)
LID_REMINDER_SET = 0x00008503
NAME_KEYWORDS = "Keywords"


def name_lid(guid, lid):
    return h("00") + guid_le(guid) + u32(lid)


def name_string(guid, name):
    s = utf16z(name)
    return h("01") + guid_le(guid) + bytes([len(s)]) + s


def name_none(guid="00000000-0000-0000-0000-000000000000"):
    return h("ff") + guid_le(guid)


TAG_SUBJECT = 0x0037001F          # PidTagSubject, PtypString
TAG_MESSAGE_FLAGS = 0x0E070003    # PidTagMessageFlags, PtypInteger32

# ---------------------------------------------------------------- property ROPs (2.2.8)

# 2.2.8.1.1 RopGetPropertyIdsFromNames request: LogonId 0, InputHandleIndex 0, Flags 0x02
# (Create), PropertyNameCount 2: a LID name in PSETID_Common, a string name in PS_PUBLIC_STRINGS.
GPIFN_REQ = (h("56 00 00 02") + u16(2) + name_lid(PSETID_COMMON, LID_REMINDER_SET)
             + name_string(PS_PUBLIC_STRINGS, NAME_KEYWORDS))
# Spec example, MS-OXCPRPT 4.1.2: PropertyIdCount 2, PropertyIds 0x863E, 0x863F.
GPIFN_RSP = h("56 00 00 00 00 00 02 00 3E 86 3F 86")

# 2.2.8.2.1 RopGetNamesFromPropertyIds request: PropertyIdCount 3: 0x863E, 0x863F, 0x0037.
GNFPI_REQ = h("55 00 00") + u16(3) + h("3e 86 3f 86 37 00")
# 2.2.8.2.2 response: PropertyNameCount 3: the LID name; Kind 0xFF (no name, GUID zero); and
# for 0x0037 (below 0x8000) PS_MAPI with Kind 0x00 and LID = the property ID (MS-OXCPRPT 3.2.5.9).
GNFPI_RSP = (h("55 00") + OK + u16(3) + name_lid(PSETID_COMMON, LID_REMINDER_SET) + name_none()
             + name_lid(PS_MAPI, 0x0037))

# 2.2.8.4.1 RopGetPropertiesAll request: PropertySizeLimit 0, WantUnicode 1.
GPA_REQ = h("08 00 00 00 00 01 00")
# 2.2.8.4.2 response: PropertyValueCount 2: PidTagMessageFlags = 1, PidTagSubject = "Hi".
GPA_RSP = (h("08 00") + OK + u16(2) + u32(TAG_MESSAGE_FLAGS) + u32(1) + u32(TAG_SUBJECT) + utf16z("Hi"))

# 2.2.8.5.1 RopGetPropertiesList request (no fields); 2.2.8.5.2 response: 2 tags.
GPL_REQ = h("09 00 00")
GPL_RSP = h("09 00") + OK + u16(2) + u32(TAG_SUBJECT) + u32(TAG_MESSAGE_FLAGS)

# 2.2.8.7.1 RopSetPropertiesNoReplicate request: PropertyValueSize 10 (2 + 8),
# PropertyValueCount 1, PidTagMessageFlags = 1.
SPNR_REQ = h("79 00 00") + u16(10) + u16(1) + u32(TAG_MESSAGE_FLAGS) + u32(1)
# 2.2.8.7.2 response: PropertyProblemCount 1: Index 0, PidTagMessageFlags, AccessDenied.
SPNR_RSP = h("79 00") + OK + u16(1) + u16(0) + u32(TAG_MESSAGE_FLAGS) + ACCESS_DENIED

# 2.2.8.8.1 RopDeleteProperties request: 2 tags; 2.2.8.8.2 response: no problems.
DP_REQ = h("0b 00 00") + u16(2) + u32(TAG_SUBJECT) + u32(TAG_MESSAGE_FLAGS)
DP_RSP = h("0b 00") + OK + u16(0)

# 2.2.8.9.1 RopDeletePropertiesNoReplicate request: 1 tag; 2.2.8.9.2 response: 1 problem
# (Index 0, PidTagSubject, NotFound 0x8004010F).
DPNR_REQ = h("7a 00 00") + u16(1) + u32(TAG_SUBJECT)
DPNR_RSP = h("7a 00") + OK + u16(1) + u16(0) + u32(TAG_SUBJECT) + u32(0x8004010F)

# 2.2.8.10.1 RopQueryNamedProperties request: QueryFlags 0x01 (NoStrings), HasGuid 1,
# PropertyGuid PSETID_Common; and one with QueryFlags 0x02 (NoIds), HasGuid 0 (no GUID).
QNP_REQ = h("5f 00 00 01 01") + guid_le(PSETID_COMMON)
QNP_NOGUID_REQ = h("5f 00 00 02 00")
QNP_EMPTY_RSP = h("5f 00") + OK + u16(0)                       # IdCount 0: nothing follows
# 2.2.8.10.2 response: IdCount 2, PropertyIds 0x8001, 0x8002, then 2 PropertyNames.
QNP_RSP = (h("5f 00") + OK + u16(2) + h("01 80 02 80") + name_lid(PSETID_COMMON, 0x8503)
           + name_lid(PSETID_COMMON, 0x8560))

# 2.2.8.11.1 RopCopyProperties request: SourceHandleIndex 0, DestHandleIndex 2,
# WantAsynchronous 0, CopyFlags 0x02 (NoOverwrite), PropertyTagCount 1: PidTagSubject.
CP_REQ = h("67 00 00 02 00 02") + u16(1) + u32(TAG_SUBJECT)
CP_RSP = h("67 00") + OK + u16(0)                              # 2.2.8.11.2 no problems
CP_NULL_DEST_RSP = h("67 00") + NULL_DESTINATION + u32(2)      # 2.2.8.11.3 DestHandleIndex 2
CP_FAIL_RSP = h("67 00") + ACCESS_DENIED                       # 2.2.8.11.4

# 2.2.8.12.1 RopCopyTo request: SourceHandleIndex 0, DestHandleIndex 2, WantAsynchronous 0,
# WantSubObjects 1, CopyFlags 0x01 (Move), ExcludedTagCount 1: PidTagSubject.
CT_REQ = h("39 00 00 02 00 01 01") + u16(1) + u32(TAG_SUBJECT)
# 2.2.8.12.2 response: 1 problem (Index 0, PidTagMessageFlags, AccessDenied).
CT_RSP = h("39 00") + OK + u16(1) + u16(0) + u32(TAG_MESSAGE_FLAGS) + ACCESS_DENIED
CT_NULL_DEST_RSP = h("39 00") + NULL_DESTINATION + u32(2)      # 2.2.8.12.3
CT_FAIL_RSP = h("39 00") + ACCESS_DENIED                       # 2.2.8.12.4

# Spec example, MS-OXCPRPT 4.5 steps 3 and 2: RopProgress request (WantCancel 0) and response
# (LogonId 0, CompletedTaskCount 29, TotalTaskCount 729).
PROGRESS_REQ = h("50 00 00 00")
PROGRESS_RSP = h("50 00 00 00 00 00 00 1D 00 00 00 D9 02 00 00")

# ---------------------------------------------------------------- stream ROPs (2.2.9)

# Spec example, MS-OXCPRPT 4.4.1.1: RopOpenStream request, LogonId 1, InputHandleIndex 0,
# OutputHandleIndex 1, PropertyTag 0x0E9A0102 (PidTagExtendedRuleMessageCondition),
# OpenModeFlags 0x01 (ReadWrite). 2.2.9.1.2 response: StreamSize 256.
OPEN_STREAM_REQ = h("2B 01 00 01 02 01 9A 0E 01")
OPEN_STREAM_RSP = h("2b 01") + OK + u32(256)
# Spec example, MS-OXCPERM 4.1: request (LogonId 0, InputHandleIndex 1, OutputHandleIndex 2,
# PidTagSecurityDescriptorAsXml 0x0E6A001F, ReadOnly) and its failure response 0x80040102.
OPEN_STREAM_PERM_REQ = h("2B 00 01 02 1F 00 6A 0E 00")
OPEN_STREAM_PERM_RSP = h("2B 02 02 01 04 80")

# 2.2.9.2.1 RopReadStream request: ByteCount 0x1000; and ByteCount 0xBABE with
# MaximumByteCount 0x00010000. 2.2.9.2.2 response: DataSize 4, Data; the failure form keeps
# DataSize (0) after ReturnValue.
READ_STREAM_REQ = h("2c 00 01") + u16(0x1000)
READ_STREAM_MAX_REQ = h("2c 00 01") + u16(0xBABE) + u32(0x00010000)
READ_STREAM_RSP = h("2c 01") + OK + u16(4) + h("de ad be ef")
READ_STREAM_FAIL_RSP = h("2c 01") + ACCESS_DENIED + u16(0)

# 2.2.9.3.1 RopWriteStream request: DataSize 3, "abc"; 2.2.9.3.2 response: WrittenSize 3, and
# a failure keeping WrittenSize 0.
WRITE_STREAM_REQ = h("2d 00 01") + u16(3) + b"abc"
WRITE_STREAM_RSP = h("2d 01") + OK + u16(3)
WRITE_STREAM_FAIL_RSP = h("2d 01") + ACCESS_DENIED + u16(0)

# 2.2.9.4.1 RopWriteStreamExtended request: DataSize 3, "xyz"; 2.2.9.4.2 response: a 4-byte
# WrittenSize (3), kept (0) on failure.
WSE_REQ = h("a3 00 01") + u16(3) + b"xyz"
WSE_RSP = h("a3 01") + OK + u32(3)
WSE_FAIL_RSP = h("a3 01") + ACCESS_DENIED + u32(0)

# 2.2.9.5 RopCommitStream; 2.2.9.6 RopGetStreamSize (StreamSize 3); 2.2.9.7 RopSetStreamSize
# (StreamSize 0x10000).
COMMIT_STREAM_REQ = h("5d 00 01")
COMMIT_STREAM_RSP = h("5d 01") + OK
GET_STREAM_SIZE_REQ = h("5e 00 01")
GET_STREAM_SIZE_RSP = h("5e 01") + OK + u32(3)
SET_STREAM_SIZE_REQ = h("2f 00 01") + u64(0x10000)
SET_STREAM_SIZE_RSP = h("2f 01") + OK

# 2.2.9.8.1 RopSeekStream request: Origin 0x01 (Current), Offset -4; 2.2.9.8.2 response:
# NewPosition 12; failure StreamSeekError with nothing after ReturnValue.
SEEK_STREAM_REQ = h("2e 00 01 01") + struct.pack("<q", -4)
SEEK_STREAM_RSP = h("2e 01") + OK + u64(12)
SEEK_STREAM_FAIL_RSP = h("2e 01") + STREAM_SEEK_ERROR

# 2.2.9.9.1 RopCopyToStream request: SourceHandleIndex 1, DestHandleIndex 2, ByteCount 256.
# 2.2.9.9.2 response ReadByteCount 256, WrittenByteCount 200; 2.2.9.9.3 null destination
# (DestHandleIndex 2, both counts 0); and another failure, which keeps both counts.
CTS_REQ = h("3a 00 01 02") + u64(256)
CTS_RSP = h("3a 01") + OK + u64(256) + u64(200)
CTS_NULL_DEST_RSP = h("3a 01") + NULL_DESTINATION + u32(2) + u64(0) + u64(0)
CTS_FAIL_RSP = h("3a 01") + ACCESS_DENIED + u64(0) + u64(0)

# 2.2.9.10.1 RopLockRegionStream request: RegionOffset 0, RegionSize 512, LockFlags 1;
# 2.2.9.11.1 RopUnlockRegionStream: RegionOffset 512, RegionSize 512, LockFlags 0.
LOCK_REQ = h("5b 00 01") + u64(0) + u64(512) + u32(1)
LOCK_RSP = h("5b 01") + OK
UNLOCK_REQ = h("5c 00 01") + u64(512) + u64(512) + u32(0)
UNLOCK_RSP = h("5c 01") + OK

# 2.2.9.12.1 RopWriteAndCommitStream request: DataSize 2, "hi"; 2.2.9.12.2 WrittenSize 2.
WACS_REQ = h("90 00 01") + u16(2) + b"hi"
WACS_RSP = h("90 01") + OK + u16(2)

# 2.2.9.13.1 RopCloneStream request: InputHandleIndex 1, OutputHandleIndex 3; response.
CLONE_STREAM_REQ = h("3b 00 01 03")
CLONE_STREAM_RSP = h("3b 03") + OK

VECTORS = [
    RopVector(0x56, GPIFN_REQ, GPIFN_RSP),
    RopVector(0x55, GNFPI_REQ, GNFPI_RSP),
    RopVector(0x08, GPA_REQ, GPA_RSP),
    RopVector(0x09, GPL_REQ, GPL_RSP),
    RopVector(0x79, SPNR_REQ, SPNR_RSP),
    RopVector(0x0B, DP_REQ, DP_RSP),
    RopVector(0x7A, DPNR_REQ, DPNR_RSP),
    RopVector(0x5F, QNP_REQ, QNP_RSP),
    RopVector(0x5F, QNP_NOGUID_REQ, QNP_EMPTY_RSP),
    RopVector(0x67, CP_REQ, CP_RSP),
    RopVector(0x67, CP_REQ, CP_NULL_DEST_RSP),
    RopVector(0x67, CP_REQ, CP_FAIL_RSP),
    RopVector(0x39, CT_REQ, CT_RSP),
    RopVector(0x39, CT_REQ, CT_NULL_DEST_RSP),
    RopVector(0x39, CT_REQ, CT_FAIL_RSP),
    RopVector(0x50, PROGRESS_REQ, PROGRESS_RSP),
    RopVector(0x2B, OPEN_STREAM_REQ, OPEN_STREAM_RSP),
    RopVector(0x2B, OPEN_STREAM_PERM_REQ, OPEN_STREAM_PERM_RSP),
    RopVector(0x2C, READ_STREAM_REQ, READ_STREAM_RSP),
    RopVector(0x2C, READ_STREAM_MAX_REQ, READ_STREAM_FAIL_RSP),
    RopVector(0x2D, WRITE_STREAM_REQ, WRITE_STREAM_RSP),
    RopVector(0x2D, WRITE_STREAM_REQ, WRITE_STREAM_FAIL_RSP),
    RopVector(0xA3, WSE_REQ, WSE_RSP),
    RopVector(0xA3, WSE_REQ, WSE_FAIL_RSP),
    RopVector(0x5D, COMMIT_STREAM_REQ, COMMIT_STREAM_RSP),
    RopVector(0x5E, GET_STREAM_SIZE_REQ, GET_STREAM_SIZE_RSP),
    RopVector(0x2F, SET_STREAM_SIZE_REQ, SET_STREAM_SIZE_RSP),
    RopVector(0x2E, SEEK_STREAM_REQ, SEEK_STREAM_RSP),
    RopVector(0x2E, SEEK_STREAM_REQ, SEEK_STREAM_FAIL_RSP),
    RopVector(0x3A, CTS_REQ, CTS_RSP),
    RopVector(0x3A, CTS_REQ, CTS_NULL_DEST_RSP),
    RopVector(0x3A, CTS_REQ, CTS_FAIL_RSP),
    RopVector(0x5B, LOCK_REQ, LOCK_RSP),
    RopVector(0x5C, UNLOCK_REQ, UNLOCK_RSP),
    RopVector(0x90, WACS_REQ, WACS_RSP),
    RopVector(0x3B, CLONE_STREAM_REQ, CLONE_STREAM_RSP),
]

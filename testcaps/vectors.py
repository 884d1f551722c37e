# SPDX-License-Identifier: GPL-2.0-or-later
"""Hand-built ROP vectors, each worked out from the MS-OXCROPS / MS-OXCSTOR /
MS-OXCFOLD / MS-OXCTABL layouts (section named at each), with the values they
encode spelled out so tests can assert them."""
import struct

from oxgen import hexbytes

USER_DN = "/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jdoe"

# MS-OXCROPS 2.2.3.1.1 RopLogon request: LogonId 0, OutputHandleIndex 0,
# LogonFlags 0x01 (Private), OpenFlags 0x0100040C (HOME_LOGON | TAKE_OWNERSHIP |
# NO_MAIL | USE_PER_MDB_REPLID_MAPPING, the value MS-OXODLGT 4.1.1 shows),
# StoreState 0, EssdnSize + Essdn (null-terminated).
_essdn = USER_DN.encode("ascii") + b"\0"
LOGON_REQ = (hexbytes("fe 00 00 01 0c 04 00 01 00 00 00 00") + struct.pack("<H", len(_essdn)) + _essdn)

# 13 folder IDs: ReplicaId 1, GlobalCounter 0x000000000001 .. 0x00000000000D
# (MS-OXCDATA 2.2.1.1: 2-byte ReplicaId then 6-byte big-endian GlobalCounter).
FOLDER_IDS = [struct.pack("<H", 1) + (i).to_bytes(6, "big") for i in range(1, 14)]
INBOX_FID = FOLDER_IDS[4]

# MS-OXCROPS 2.2.3.1.2 RopLogon private-mailbox response: OutputHandleIndex 0,
# ReturnValue 0, LogonFlags 0x01, 13 FolderIds, ResponseFlags 0x03 (Reserved |
# OwnerRight), MailboxGuid, ReplId 0x0001, ReplGuid, LogonTime 2026-11-21
# 09:30:15 (Saturday = 6), GwartTime 0, StoreState 0.
MAILBOX_GUID = "0f0e0d0c-0b0a-0908-0706-050403020100"
LOGON_RSP = (hexbytes("fe 00 00 00 00 00 01") + b"".join(FOLDER_IDS) + hexbytes("03")
             + bytes(range(16)) + hexbytes("01 00") + bytes(range(16, 32))
             + hexbytes("0f 1e 09 06 15 0b") + struct.pack("<H", 2026)
             + b"\0" * 8 + b"\0" * 4)

# MS-OXCROPS 2.2.4.1.1 RopOpenFolder request: LogonId 0, InputHandleIndex 0,
# OutputHandleIndex 1, FolderId = Inbox, OpenModeFlags 0x00.
OPEN_FOLDER_REQ = hexbytes("02 00 00 01") + INBOX_FID + hexbytes("00")
# 2.2.4.1.2 response: OutputHandleIndex 1, success, HasRules 0, IsGhosted 0.
OPEN_FOLDER_RSP = hexbytes("02 01 00 00 00 00 00 00")

# MS-OXCROPS 2.2.4.14.1 RopGetContentsTable request: InputHandleIndex 1,
# OutputHandleIndex 2, TableFlags 0x40 (UseUnicode).
GET_CONTENTS_TABLE_REQ = hexbytes("05 00 01 02 40")
# 2.2.4.14.2 response: OutputHandleIndex 2, success, RowCount 2.
GET_CONTENTS_TABLE_RSP = hexbytes("05 02 00 00 00 00 02 00 00 00")

# MS-OXCROPS 2.2.5.1.1 RopSetColumns request on the table (handle index 2):
# SetColumnsFlags 0 (TBL_SYNC), 3 tags: PidTagMid (0x674A0014),
# PidTagSubject (0x0037001F), PidTagMessageFlags (0x0E070003).
SET_COLUMNS_REQ = hexbytes("12 00 02 00 03 00 14 00 4a 67 1f 00 37 00 03 00 07 0e")
SET_COLUMNS_RSP = hexbytes("12 02 00 00 00 00 00")          # TableStatus TBLSTAT_COMPLETE

# MS-OXCROPS 2.2.5.4.1 RopQueryRows request: QueryRowsFlags 0 (Advance),
# ForwardRead 1, RowCount 50.
QUERY_ROWS_REQ = hexbytes("15 00 02 00 01 32 00")
# 2.2.5.4.2 response: Origin 2 (BOOKMARK_END), RowCount 2, two StandardPropertyRows:
#   Mid 0x0001000000000A01 (replica 1, counter 0xA01), Subject "Hi", MessageFlags 1
#   Mid ..0A02, Subject "Lunch?", MessageFlags 0
QUERY_ROWS_RSP = (hexbytes("15 02 00 00 00 00 02 02 00")
                  + b"\x00" + struct.pack("<H", 1) + (0xA01).to_bytes(6, "big") + "Hi\0".encode("utf-16-le")
                  + struct.pack("<i", 1)
                  + b"\x00" + struct.pack("<H", 1) + (0xA02).to_bytes(6, "big") + "Lunch?\0".encode("utf-16-le")
                  + struct.pack("<i", 0))

# MS-OXCROPS 2.2.14.3.1 RopPending: SessionIndex 3.
PENDING_RSP = hexbytes("6e 03 00")

# MS-OXCROPS 2.2.15.3 RopRelease of the table (handle index 2): no response.
RELEASE_REQ = hexbytes("01 00 02")

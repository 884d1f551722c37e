# SPDX-License-Identifier: GPL-2.0-or-later
"""Store (MS-OXCROPS 2.2.3, MS-OXCSTOR) and transport (MS-OXCROPS 2.2.7, MS-OXOMSG) ROP vectors.

Every vector is laid out by hand from the MS-OXCROPS request/response buffer
sections named in its comment; the ones marked "spec example" are copied from
the specification's section 4. test_rops_store.py decodes each of them and
checks the values written here.
"""
import datetime
import struct

from . import RopVector


def h(text):
    return bytes.fromhex(" ".join(text.split()))


def cstr(s):
    """A null-terminated ASCII (8-bit) string."""
    return s.encode("ascii") + b"\0"


# Values shared by the vectors.
FID = h("01 00 00 00 0e 8e df 36")          # Folder ID 0001-00000E8EDF36 (MS-OXCFOLD 4.2.1)
MID = h("01 00 00 03 b7 e6 5f a7")          # Message ID 0001-0003B7E65FA7 (MS-OXOMSG 4.3.1)
GUID = h("11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00")   # {44332211-6655-8877-99aa-bbccddeeff00}
GUID_TEXT = "44332211-6655-8877-99aa-bbccddeeff00"
GUID2 = h("00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f")  # first byte 0x00: no RopId
GUID2_TEXT = "03020100-0504-0706-0809-0a0b0c0d0e0f"
# LongTermID (MS-OXCDATA 2.2.1.3.1): DatabaseGuid, GlobalCounter 0x00000E8EDF36, Pad 0.
LTID = GUID + h("00 00 0e 8e df 36") + h("00 00")
LTID2 = GUID2 + h("00 00 00 00 00 2a") + h("00 00")
OK = h("00 00 00 00")                       # ReturnValue ecNone
NOT_FOUND = h("0f 01 04 80")                # ReturnValue ecNotFound 0x8004010F
# 2009-01-01 00:00:00 UTC as a FILETIME (100 ns units since 1601-01-01).
FILETIME_2009 = struct.pack("<Q", (datetime.datetime(2009, 1, 1) - datetime.datetime(1601, 1, 1))
                            // datetime.timedelta(microseconds=1) * 10)
ESSDN = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user1"
SERVER1 = "/o=First Organization/cn=Servers/cn=PF1"
SERVER2 = "/o=First Organization/cn=Servers/cn=PF2"

# ---------------------------------------------------------------- store (MS-OXCROPS 2.2.3)

# 2.2.3.1.1 RopLogon request: LogonId 0, OutputHandleIndex 1, LogonFlags 0x00 (public
# folders), OpenFlags 0x00000402 (PUBLIC | NO_MAIL), StoreState 0, EssdnSize 0 (no Essdn).
LOGON_PUBLIC_REQ = h("fe 00 01 00 02 04 00 00 00 00 00 00 00 00")
# 2.2.3.1.3 public folders success response: LogonFlags 0, 13 FIDs (ReplicaId 1, GlobalCounter
# 0x101..0x10D), ReplId 0x0001, ReplGuid GUID, PerUserGuid all zeroes.
LOGON_PUBLIC_FIDS = [0x101 + i for i in range(13)]
LOGON_PUBLIC_RSP = (h("fe 01") + OK + h("00")
                    + b"".join(h("01 00") + c.to_bytes(6, "big") for c in LOGON_PUBLIC_FIDS)
                    + h("01 00") + GUID + bytes(16))
# 2.2.3.1.1 request for a private mailbox: LogonFlags 0x01, OpenFlags 0x01000400
# (NO_MAIL | USE_PER_MDB_REPLID_MAPPING), EssdnSize = len + 1 (the null counts).
LOGON_PRIVATE_REQ = (h("fe 00 01 01 00 04 00 01 00 00 00 00") + struct.pack("<H", len(ESSDN) + 1) + cstr(ESSDN))
# 2.2.3.1.4 redirect response: ReturnValue 0x00000478 (ecWrongServer), LogonFlags 0x01,
# ServerNameSize 11 ("EXCH2.test" + null), ServerName.
LOGON_REDIRECT_RSP = h("fe 01 78 04 00 00 01 0b") + cstr("EXCH2.test")

# 2.2.3.3.1 RopSetReceiveFolder request: FolderId, MessageClass "IPM.Note"; 2.2.3.3.2 response.
SET_RECEIVE_FOLDER_REQ = h("26 00 00") + FID + cstr("IPM.Note")
SET_RECEIVE_FOLDER_RSP = h("26 00") + OK

# 2.2.3.2.1 RopGetReceiveFolder request: MessageClass "IPM.Note.Custom"; 2.2.3.2.2 response:
# FolderId 0001-00000000002A, ExplicitMessageClass "IPM.Note"; 2.2.3.2.3 failure (ecNotFound).
GET_RECEIVE_FOLDER_REQ = h("27 00 00") + cstr("IPM.Note.Custom")
GET_RECEIVE_FOLDER_RSP = h("27 00") + OK + h("01 00 00 00 00 00 00 2a") + cstr("IPM.Note")
GET_RECEIVE_FOLDER_FAIL = h("27 00") + NOT_FOUND

# 2.2.3.4.2 RopGetReceiveFolderTable response: RowCount 2; columns PidTagFolderId (PtypInteger64),
# PidTagMessageClass (PtypString8), PidTagLastModificationTime (PtypTime) (MS-OXCSTOR 2.2.1.4).
# Row 1: StandardPropertyRow (0x00): FID, "" (the default receive folder), 2009-01-01.
# Row 2: FlaggedPropertyRow (0x01): flag 0 + FolderId 0x2A00000000000001 (little-endian 8 bytes),
# flag 0 + "IPM.Note", flag 0x0A + ecNotFound instead of the time.
GET_RECEIVE_FOLDER_TABLE_REQ = h("68 00 00")
GET_RECEIVE_FOLDER_TABLE_RSP = (h("68 00") + OK + h("02 00 00 00")
                                + h("00") + FID + cstr("") + FILETIME_2009
                                + h("01") + h("00") + h("01 00 00 00 00 00 00 2a") + h("00") + cstr("IPM.Note")
                                + h("0a") + NOT_FOUND)

# 2.2.3.5 RopGetStoreState: StoreState 0x01000000 (STORE_HAS_SEARCHES, MS-OXCSTOR 2.2.1.5.2).
GET_STORE_STATE_REQ = h("7b 00 00")
GET_STORE_STATE_RSP = h("7b 00") + OK + h("00 00 00 01")

# 2.2.3.6 RopGetOwningServers: FolderId; OwningServersCount 2, CheapServersCount 1, two ESSDNs.
GET_OWNING_SERVERS_REQ = h("42 00 00") + FID
GET_OWNING_SERVERS_RSP = h("42 00") + OK + h("02 00 01 00") + cstr(SERVER1) + cstr(SERVER2)

# 2.2.3.7 RopPublicFolderIsGhosted: IsGhosted 1, ServersCount 1, CheapServersCount 1, one ESSDN;
# and a second response with IsGhosted 0 and nothing after it.
PF_IS_GHOSTED_REQ = h("45 00 00") + FID
PF_IS_GHOSTED_RSP = h("45 00") + OK + h("01 01 00 01 00") + cstr(SERVER1)
PF_NOT_GHOSTED_RSP = h("45 00") + OK + h("00")

# 2.2.3.8 RopLongTermIdFromId: ObjectId FID -> LongTermId LTID.
LONG_TERM_ID_FROM_ID_REQ = h("43 00 00") + FID
LONG_TERM_ID_FROM_ID_RSP = h("43 00") + OK + LTID

# 2.2.3.9 RopIdFromLongTermId: LongTermId LTID -> ObjectId FID.
ID_FROM_LONG_TERM_ID_REQ = h("44 00 00") + LTID
ID_FROM_LONG_TERM_ID_RSP = h("44 00") + OK + FID

# 2.2.3.10 RopGetPerUserLongTermIds: DatabaseGuid GUID; LongTermIdCount 2, LTID, LTID2.
GET_PER_USER_LONG_TERM_IDS_REQ = h("60 00 00") + GUID
GET_PER_USER_LONG_TERM_IDS_RSP = h("60 00") + OK + h("02 00") + LTID + LTID2

# 2.2.3.11 RopGetPerUserGuid: LongTermId LTID2; DatabaseGuid GUID.
GET_PER_USER_GUID_REQ = h("61 00 00") + LTID2
GET_PER_USER_GUID_RSP = h("61 00") + OK + GUID

# 2.2.3.12 RopReadPerUserInformation: FolderId LTID, Reserved 0, DataOffset 0, MaxDataSize 0x1000;
# HasFinished 1, DataSize 4, Data de ad be ef.
READ_PER_USER_REQ = h("63 00 00") + LTID + h("00") + h("00 00 00 00") + h("00 10")
READ_PER_USER_RSP = h("63 00") + OK + h("01 04 00 de ad be ef")

# 2.2.3.13.1 RopWritePerUserInformation at DataOffset 0 on a private-mailbox logon: FolderId LTID,
# HasFinished 1, DataOffset 0, DataSize 4, Data, ReplGuid GUID2 (MS-OXCSTOR 2.2.1.13.1).
WRITE_PER_USER_PRIVATE_REQ = h("64 00 00") + LTID + h("01 00 00 00 00 04 00 de ad be ef") + GUID2
# At DataOffset 0x10 there is no ReplGuid, whatever the logon.
WRITE_PER_USER_OFFSET_REQ = h("64 00 00") + LTID + h("00 10 00 00 00 02 00 ca fe")
# At DataOffset 0 on a public folders logon: no ReplGuid (tested as the last ROP of a buffer).
WRITE_PER_USER_PUBLIC_REQ = h("64 00 00") + LTID + h("01 00 00 00 00 04 00 de ad be ef")
WRITE_PER_USER_RSP = h("64 00") + OK

# ---------------------------------------------------------------- transport (MS-OXCROPS 2.2.7)

# MS-OXOMSG 4.3.1 RopAbortSubmit request (spec example, without the stray "4" the page prints):
# FolderId 0001-0003B479CA47, MessageId 0001-0003B7E65FA7. Response: 2.2.7.2.2.
ABORT_SUBMIT_REQ = h("34 00 00 01 00 00 03 b4 79 ca 47 01 00 00 03 b7 e6 5f a7")
ABORT_SUBMIT_RSP = h("34 00") + OK

# 2.2.7.3 RopGetAddressTypes: AddressTypeCount 2, AddressTypeSize 8 ("SMTP\0" + "EX\0").
GET_ADDRESS_TYPES_REQ = h("49 00 00")
GET_ADDRESS_TYPES_RSP = h("49 00") + OK + h("02 00 08 00") + cstr("SMTP") + cstr("EX")

# 2.2.7.4 RopSetSpooler; the response is the MS-OXOMSG 4.6.1.2 spec example.
SET_SPOOLER_REQ = h("47 00 00")
SET_SPOOLER_RSP = h("47 00 00 00 00 00")

# 2.2.7.5 RopSpoolerLockMessage: MessageId MID, LockState 0x02 (lstFinished); the response is
# the MS-OXOMSG 4.6.6.2 spec example.
SPOOLER_LOCK_MESSAGE_REQ = h("48 00 00") + MID + h("02")
SPOOLER_LOCK_MESSAGE_RSP = h("48 00 00 00 00 00")

# 2.2.7.6 RopTransportSend: NoPropertiesReturned 0, PropertyValueCount 2, TaggedPropertyValues
# PidTagMessageFlags (0x0E070003) = 0x00000009, PidTagMessageClass (0x001A001E) = "IPM.Note".
TRANSPORT_SEND_REQ = h("4a 00 00")
TRANSPORT_SEND_RSP = (h("4a 00") + OK + h("00 02 00") + h("03 00 07 0e 09 00 00 00")
                      + h("1e 00 1a 00") + cstr("IPM.Note"))
# NoPropertiesReturned 1: nothing follows.
TRANSPORT_SEND_NO_PROPS_RSP = h("4a 00") + OK + h("01")

# 2.2.7.7.1 RopTransportNewMail: MessageId MID, FolderId FID, MessageClass "IPM.Note",
# MessageFlags 0x00000011 (mfRead | mfHasAttach, MS-OXCMSG 2.2.1.6).
TRANSPORT_NEW_MAIL_REQ = h("51 00 00") + MID + FID + cstr("IPM.Note") + h("11 00 00 00")
TRANSPORT_NEW_MAIL_RSP = h("51 00") + OK

# 2.2.7.8 RopGetTransportFolder: FolderId FID.
GET_TRANSPORT_FOLDER_REQ = h("6d 00 00")
GET_TRANSPORT_FOLDER_RSP = h("6d 00") + OK + FID

# 2.2.7.9 RopOptionsData: AddressType "EX", WantWin32 1; Reserved 0x01, OptionsInfoSize 3,
# OptionsInfo aa bb cc, HelpFileSize 2, HelpFile 11 22, HelpFileName "exchange.hlp".
OPTIONS_DATA_REQ = h("6f 00 00") + cstr("EX") + h("01")
OPTIONS_DATA_RSP = h("6f 00") + OK + h("01 03 00 aa bb cc 02 00 11 22") + cstr("exchange.hlp")
# HelpFileSize 0: no HelpFileName.
OPTIONS_DATA_NO_HELP_RSP = h("6f 00") + OK + h("01 00 00 00 00")

# ---------------------------------------------------------------- entry IDs (MS-OXCDATA 2.2.4, 2.2.5)

# 2.2.4.1 Folder EntryID (46 bytes): Flags 0, ProviderUID (the mailbox's, here GUID), ObjectType
# 0x0001 (eitLTPrivateFolder), DatabaseGuid GUID2, GlobalCounter 0x00000E8EDF36, Pad 0.
FOLDER_ENTRY_ID = bytes(4) + GUID + h("01 00") + GUID2 + h("00 00 0e 8e df 36 00 00")
# 2.2.4.2 Message EntryID (70 bytes): ObjectType 0x0007 (eitLTPrivateMessage), the folder's
# DatabaseGuid/GlobalCounter/Pad, then the message's (GUID2, 0x0003B7E65FA7).
MESSAGE_ENTRY_ID = (bytes(4) + GUID + h("07 00") + GUID2 + h("00 00 0e 8e df 36 00 00")
                    + GUID2 + h("00 03 b7 e6 5f a7 00 00"))
# 2.2.4.3 Store Object EntryID of a mailbox: Version 0, Flag 0, DLLFileName "EMSMDB.DLL" in 14
# bytes, WrappedFlags 0, WrappedProviderUID (mailbox), WrappedType 0x0C, ServerShortname,
# MailboxDN.
STORE_UID = h("38 a1 bb 10 05 e5 10 1a a1 bb 08 00 2b 2a 56 c2")
STORE_ENTRY_ID = (bytes(4) + STORE_UID + h("00 00") + b"EMSMDB.DLL" + bytes(4) + bytes(4)
                  + h("1b 55 fa 20 aa 66 11 cd 9b c8 00 aa 00 2f c4 5a") + h("0c 00 00 00")
                  + cstr("EXCH1") + cstr("/o=First Organization/cn=user1"))
# 2.2.5.2 Address Book EntryID: Version 1, Type 0 (local mail user), X500DN.
AB_UID = h("dc a7 40 c8 c0 42 10 1a b4 b9 08 00 2b 2f e1 82")
AB_ENTRY_ID = bytes(4) + AB_UID + h("01 00 00 00 00 00 00 00") + cstr(ESSDN)
# 2.2.5.1 One-Off EntryID: Version 0, flags word 0x9001 (Intel byte order: U 0x8000, M 0x0001 and
# 0x1000, as Outlook writes them), then UTF-16LE DisplayName, AddressType, EmailAddress.
ONE_OFF_UID = h("81 2b 1f a4 be a3 10 19 9d 6e 00 dd 01 0f 54 02")
ONE_OFF_ENTRY_ID = (bytes(4) + ONE_OFF_UID + h("00 00 01 90") + "Bob\0".encode("utf-16-le")
                    + "SMTP\0".encode("utf-16-le") + "bob@example.com\0".encode("utf-16-le"))
ENTRY_IDS = [(0x0FFF0102, FOLDER_ENTRY_ID), (0x0E090102, MESSAGE_ENTRY_ID), (0x0FFB0102, STORE_ENTRY_ID),
             (0x0C190102, AB_ENTRY_ID), (0x00410102, ONE_OFF_ENTRY_ID)]
# 2.2.7.6.2 RopTransportSend response returning them as PtypBinary TaggedPropertyValues
# (PidTagEntryId, PidTagParentEntryId, PidTagStoreEntryId, PidTagSenderEntryId,
# PidTagSentRepresentingEntryId): COUNT (2 bytes in ROP buffers) then the bytes.
TRANSPORT_SEND_ENTRY_IDS_RSP = (h("4a 00") + OK + h("00") + struct.pack("<H", len(ENTRY_IDS))
                                + b"".join(struct.pack("<IH", tag, len(eid)) + eid for tag, eid in ENTRY_IDS))

VECTORS = [
    RopVector(0xFE, LOGON_PUBLIC_REQ, LOGON_PUBLIC_RSP),
    RopVector(0xFE, LOGON_PRIVATE_REQ, LOGON_REDIRECT_RSP),
    RopVector(0x26, SET_RECEIVE_FOLDER_REQ, SET_RECEIVE_FOLDER_RSP),
    RopVector(0x27, GET_RECEIVE_FOLDER_REQ, GET_RECEIVE_FOLDER_RSP),
    RopVector(0x27, GET_RECEIVE_FOLDER_REQ, GET_RECEIVE_FOLDER_FAIL),
    RopVector(0x68, GET_RECEIVE_FOLDER_TABLE_REQ, GET_RECEIVE_FOLDER_TABLE_RSP),
    RopVector(0x7B, GET_STORE_STATE_REQ, GET_STORE_STATE_RSP),
    RopVector(0x42, GET_OWNING_SERVERS_REQ, GET_OWNING_SERVERS_RSP),
    RopVector(0x45, PF_IS_GHOSTED_REQ, PF_IS_GHOSTED_RSP),
    RopVector(0x45, PF_IS_GHOSTED_REQ, PF_NOT_GHOSTED_RSP),
    RopVector(0x43, LONG_TERM_ID_FROM_ID_REQ, LONG_TERM_ID_FROM_ID_RSP),
    RopVector(0x44, ID_FROM_LONG_TERM_ID_REQ, ID_FROM_LONG_TERM_ID_RSP),
    RopVector(0x60, GET_PER_USER_LONG_TERM_IDS_REQ, GET_PER_USER_LONG_TERM_IDS_RSP),
    RopVector(0x61, GET_PER_USER_GUID_REQ, GET_PER_USER_GUID_RSP),
    RopVector(0x63, READ_PER_USER_REQ, READ_PER_USER_RSP),
    # ReplGuid GUID2 starts with 0x00 (no RopId), so it is told apart from a following ROP.
    RopVector(0x64, WRITE_PER_USER_PRIVATE_REQ, WRITE_PER_USER_RSP),
    RopVector(0x64, WRITE_PER_USER_OFFSET_REQ, WRITE_PER_USER_RSP),
    RopVector(0x34, ABORT_SUBMIT_REQ, ABORT_SUBMIT_RSP),
    RopVector(0x49, GET_ADDRESS_TYPES_REQ, GET_ADDRESS_TYPES_RSP),
    RopVector(0x47, SET_SPOOLER_REQ, SET_SPOOLER_RSP),
    RopVector(0x48, SPOOLER_LOCK_MESSAGE_REQ, SPOOLER_LOCK_MESSAGE_RSP),
    RopVector(0x4A, TRANSPORT_SEND_REQ, TRANSPORT_SEND_RSP),
    RopVector(0x4A, TRANSPORT_SEND_REQ, TRANSPORT_SEND_NO_PROPS_RSP),
    RopVector(0x4A, TRANSPORT_SEND_REQ, TRANSPORT_SEND_ENTRY_IDS_RSP),
    RopVector(0x51, TRANSPORT_NEW_MAIL_REQ, TRANSPORT_NEW_MAIL_RSP),
    RopVector(0x6D, GET_TRANSPORT_FOLDER_REQ, GET_TRANSPORT_FOLDER_RSP),
    RopVector(0x6F, OPTIONS_DATA_REQ, OPTIONS_DATA_RSP),
    RopVector(0x6F, OPTIONS_DATA_REQ, OPTIONS_DATA_NO_HELP_RSP),
]

# SPDX-License-Identifier: GPL-2.0-or-later
"""Folder (MS-OXCROPS 2.2.4) and message (MS-OXCROPS 2.2.6) ROP vectors.

Where MS-OXCFOLD section 4 prints an example, its bytes are used as printed
(4.1.1/4.1.2 RopCreateFolder, 4.2 RopDeleteFolder, 4.3 RopDeleteMessages, 4.4.1
RopMoveCopyMessages, 4.5 RopMoveFolder, 4.6 RopCopyFolder, 4.8.2
RopSetSearchCriteria response, 4.9.1 RopGetSearchCriteria request; MS-OXCPRPT
4.5 RopEmptyFolder request). Everything else is worked out by hand from the
MS-OXCROPS layouts and the flag tables of MS-OXCFOLD / MS-OXCMSG, with values
chosen here. Handle indexes used: 0 to 2.
"""
from . import RopVector


def h(text):
    """Hex bytes; '#' starts a comment that runs to the end of the line."""
    return bytes.fromhex(" ".join(line.split("#")[0] for line in text.splitlines()))


def utf16z(s):
    return s.encode("utf-16-le") + b"\0\0"


FID = "01 00 00 00 0e 8e df 36"     # 0001-00000E8EDF36 (MS-OXCFOLD 4.2.1)
MID1 = "01 00 00 00 0e 8e f1 48"    # 0001-00000E8EF148 (MS-OXCFOLD 4.3.1)
MID2 = "01 00 00 00 0e 8e c3 02"    # 0001-00000E8EC302 (MS-OXCFOLD 4.3.1)
MID3 = "01 00 00 00 0e 8e ec 5d"    # 0001-00000E8EEC5D (MS-OXCFOLD 4.4.1)
FAILED = "05 40 00 80"              # ReturnValue 0x80004005 (ecError)
NOT_FOUND = "0f 01 04 80"           # ReturnValue 0x8004010F (ecNotFound)
SERVER1 = "/o=Org/ou=PF1"
SERVER2 = "/o=Org/ou=PF2"
# LongTermID (MS-OXCDATA 2.2.1.3.1): DatabaseGuid {30e2bdb6-f491-11d1-ba0e-080009d5c2c9},
# GlobalCounter 00000E8EDF36, Pad 0000.
LTID = "b6 bd e2 30 91 f4 d1 11 ba 0e 08 00 09 d5 c2 c9  00 00 0e 8e df 36  00 00"
LTID_GUID_TEXT = "30e2bdb6-f491-11d1-ba0e-080009d5c2c9"

# PropertyRestriction (MS-OXCDATA 2.12.5), the MS-OXCFOLD 4.8.1 criterion PidTagImportance == 2:
# RestrictType 0x04, RelOp RELOP_EQ (0x04), PropTag 0x00170003, TaggedValue 0x00170003 = 2.
RESTRICTION = h("04 04  03 00 17 00  03 00 17 00  02 00 00 00")

# ---------------------------------------------------------------- folder ROPs (MS-OXCROPS 2.2.4)

# MS-OXCFOLD 4.1.1 / 4.1.2: generic folder "Folder1", Unicode, created new (IsExistingFolder 0).
CREATE_FOLDER = RopVector(0x1C, h("1c 00 00 01 01 01 00 00") + utf16z("Folder1") + utf16z(""),
                          h("1c 01 00 00 00 00 01 00 00 00 0e 91 52 12 00"))

# 2.2.4.2.1 / 2.2.4.2.2: 8-bit names, OpenExisting; the public folder exists, has rules and is
# ghosted on two servers, the first one cheapest.
CREATE_FOLDER_EXISTING = RopVector(
    0x1C, h("1c 00 00 01 01 00 01 00") + b"Pub\0" + b"Shared\0",
    h("1c 01 00 00 00 00") + h(FID) + h("01 01 01  02 00 01 00") + SERVER1.encode() + b"\0" + SERVER2.encode() + b"\0")

CREATE_FOLDER_FAILED = RopVector(0x1C, CREATE_FOLDER.request, h("1c 01") + h(FAILED))

# MS-OXCFOLD 4.2.1 / 4.2.2: DeleteFolderFlags 0x05 (DEL_MESSAGES | DEL_FOLDERS).
DELETE_FOLDER = RopVector(0x1D, h("1d 00 01 05") + h(FID), h("1d 01 00 00 00 00 00"))
# 2.2.4.3.2: one response form for every ReturnValue; PartialCompletion 1 on a failure.
DELETE_FOLDER_FAILED = RopVector(0x1D, h("1d 00 01 15") + h(FID), h("1d 01") + h(FAILED) + h("01"))

# MS-OXCFOLD 4.3.1 / 4.3.2: NotifyNonRead, two messages.
DELETE_MESSAGES = RopVector(0x1E, h("1e 00 00 00 01 02 00") + h(MID1) + h(MID2), h("1e 00 00 00 00 00 00"))

# 2.2.4.12: WantAsynchronous, one message; PartialCompletion 1.
HARD_DELETE_MESSAGES = RopVector(0x91, h("91 00 00 01 00 01 00") + h(MID3), h("91 00 00 00 00 00 01"))

# 2.2.4.4.1: RESTART_SEARCH | RECURSIVE_SEARCH (0x00000006) over one folder; the response is
# MS-OXCFOLD 4.8.2.
SET_SEARCH_CRITERIA = RopVector(
    0x30, h("30 00 01") + bytes([len(RESTRICTION), 0]) + RESTRICTION + h("01 00") + h(FID) + h("06 00 00 00"),
    h("30 01 00 00 00 00"))

# MS-OXCFOLD 4.9.1 request (UseUnicode, IncludeRestriction); 2.2.4.5.2 response with the
# restriction, LogonId 0, one folder, SEARCH_RECURSIVE | SEARCH_COMPLETE | CI_TOTALLY (0x01001004).
GET_SEARCH_CRITERIA = RopVector(
    0x31, h("31 00 00 01 01 00"),
    h("31 00 00 00 00 00") + bytes([len(RESTRICTION), 0]) + RESTRICTION + h("00  01 00") + h(FID) + h("04 10 00 01"))

# MS-OXCFOLD 4.4.1 (a move of one message); 2.2.4.6.2 success response, PartialCompletion 0.
MOVE_COPY_MESSAGES = RopVector(0x33, h("33 00 00 01 01 00") + h(MID3) + h("00 00"), h("33 00 00 00 00 00 00"))
# 2.2.4.6.3: ecNullDestinationObject (0x503) carries a 4-byte DestHandleIndex (1) before PartialCompletion.
MOVE_COPY_MESSAGES_NULL_DEST = RopVector(0x33, h("33 00 00 01 01 00") + h(MID3) + h("01 01"),
                                         h("33 00 03 05 00 00  01 00 00 00  00"))

# MS-OXCFOLD 4.5.1 / 4.5.2.
MOVE_FOLDER = RopVector(0x35, h("35 00 01 02 01 01") + h(FID) + utf16z("Folder1"), h("35 01 00 00 00 00 00"))

# MS-OXCFOLD 4.6.1 / 4.6.2.
COPY_FOLDER = RopVector(0x36, h("36 00 00 01 01 01 01") + h(FID) + utf16z("Folder1"), h("36 00 00 00 00 00 00"))
# 2.2.4.8.2 on a failure other than 0x503: PartialCompletion still follows (here 1); 8-bit name.
COPY_FOLDER_FAILED = RopVector(0x36, h("36 00 00 01 00 00 00") + h(FID) + b"Copy\0", h("36 00") + h(FAILED) + h("01"))

# MS-OXCPRPT 4.5 step 1 (asynchronous); the response is the 2.2.4.9.2 form.
EMPTY_FOLDER = RopVector(0x58, h("58 00 00 01 00"), h("58 00 00 00 00 00 00"))

# 2.2.4.10: WantDeleteAssociated only.
HARD_DELETE_MESSAGES_AND_SUBFOLDERS = RopVector(0x92, h("92 00 00 00 01"), h("92 00 00 00 00 00 00"))

# 2.2.4.1: OpenSoftDeleted; a ghosted public folder with one replica server.
OPEN_FOLDER_GHOSTED = RopVector(0x02, h("02 00 00 01") + h(FID) + h("04"),
                                h("02 01 00 00 00 00  00 01  01 00 01 00") + SERVER1.encode() + b"\0")

# ---------------------------------------------------------------- message ROPs (MS-OXCROPS 2.2.6)

# RecipientRow (MS-OXCDATA 2.8.3): RecipientFlags 0x021B = Type SMTP (3) | E | D | U,
# EmailAddress "a@b", DisplayName "Al" (UTF-16), RecipientColumnCount 2, then a
# StandardPropertyRow: PidTagObjectType = 6, PidTagRecipientDisplayName = "Al".
COLUMNS = h("03 00 fe 0f  1f 00 f6 5f")      # 0x0FFE0003, 0x5FF6001F
ROW_PROPERTIES = h("00  06 00 00 00") + utf16z("Al")
RECIPIENT_ROW = h("1b 02") + utf16z("a@b") + utf16z("Al") + h("02 00") + ROW_PROPERTIES   # 29 bytes
# RecipientFlags 0x0010 = Type NoType | D, DisplayName "Bo" (8-bit), no columns: the
# PropertyRow is only its Flag byte.
RECIPIENT_ROW_NO_COLUMNS = h("10 00") + b"Bo\0" + h("00 00  00")                            # 8 bytes


def sized(row):
    return bytes([len(row) & 0xFF, len(row) >> 8]) + row


# 2.2.6.1: CodePageId 0x0FFF, BestAccess; HasNamedProperties, SubjectPrefix "RE: " (8-bit),
# NormalizedSubject "Hi" (Unicode), RecipientCount 2, two columns, one OpenRecipientRow
# (Primary, code page 1252).
OPEN_MESSAGE = RopVector(
    0x03, h("03 00 00 01 ff 0f") + h(FID) + h("03") + h(MID1),
    h("03 01 00 00 00 00  01  02") + b"RE: \0" + h("04") + utf16z("Hi") + h("02 00  02 00") + COLUMNS
    + h("01  01 e4 04 00 00") + sized(RECIPIENT_ROW))
OPEN_MESSAGE_FAILED = RopVector(0x03, OPEN_MESSAGE.request, h("03 01") + h(NOT_FOUND))

# 2.2.6.7: no SubjectPrefix, NormalizedSubject "Caf\xe9" as reduced Unicode (MS-OXCDATA 2.11.7),
# no recipients.
RELOAD_CACHED_INFORMATION = RopVector(0x10, h("10 00 01 00 00"),
                                      h("10 01 00 00 00 00  00  00  03 43 61 66 e9 00  00 00  00 00  00"))

# 2.2.6.16: CodePageId 1252, OpenModeFlags Create; Reserved 0, MessageId, empty SubjectPrefix and
# NormalizedSubject, no recipients.
OPEN_EMBEDDED_MESSAGE = RopVector(0x46, h("46 00 01 02 e4 04 02"),
                                  h("46 02 00 00 00 00  00") + h(MID2) + h("00  01  01  00 00  00 00  00"))

# 2.2.6.6: from RowId 0; two ReadRecipientRows: RowId 0 Cc (columns not in this ROP: shown as
# bytes), RowId 1 Primary with the 0x80 "received on the previous attempt" flag and no columns.
READ_RECIPIENTS = RopVector(
    0x0F, h("0f 00 01 00 00 00 00 00 00"),
    h("0f 01 00 00 00 00  02") + h("00 00 00 00  02 e4 04 00 00") + sized(RECIPIENT_ROW)
    + h("01 00 00 00  81 e4 04 00 00") + sized(RECIPIENT_ROW_NO_COLUMNS))

# 2.2.6.5: the same columns, one row added (RowId 0, Primary) and one removed (RowId 1, size 0).
MODIFY_RECIPIENTS = RopVector(
    0x0E, h("0e 00 01  02 00") + COLUMNS + h("02 00") + h("00 00 00 00  01") + sized(RECIPIENT_ROW)
    + h("01 00 00 00  02  00 00"),
    h("0e 01 00 00 00 00"))

# 2.2.6.8: set msRemoteDownload (0x1000) under mask msRemoteDownload | msRemoteDelete (0x3000);
# the response gives the flags before: msInConflict (0x0800).
SET_MESSAGE_STATUS = RopVector(0x20, h("20 00 00") + h(MID1) + h("00 10 00 00  00 30 00 00"),
                               h("20 00 00 00 00 00  00 08 00 00"))

# 2.2.6.9: answered with RopId 0x20; status msRemoteDelete (0x2000).
GET_MESSAGE_STATUS = RopVector(0x1F, h("1f 00 00") + h(MID2), h("20 00 00 00 00 00  00 20 00 00"))

# 2.2.6.10: rfSuppressReceipt | rfClearReadFlag (0x05) on two messages.
SET_READ_FLAGS = RopVector(0x66, h("66 00 00 00 05 02 00") + h(MID1) + h(MID2), h("66 00 00 00 00 00 00"))
SET_READ_FLAGS_FAILED = RopVector(0x66, h("66 00 00 01 40 01 00") + h(MID3), h("66 00") + h(FAILED) + h("01"))

# 2.2.6.11, private logon: no ClientData; ReadStatusChanged 0.
SET_MESSAGE_READ_FLAG = RopVector(0x11, h("11 00 00 01 01"), h("11 00 00 00 00 00 00"))
# 2.2.6.11, public folders logon: ClientData (a LongTermID) in the request, and in the
# response after ReadStatusChanged 1 and LogonId 0.
SET_MESSAGE_READ_FLAG_PUBLIC = RopVector(0x11, h("11 00 00 01 00") + h(LTID),
                                         h("11 00 00 00 00 00  01  00") + h(LTID))

# 2.2.6.12 - 2.2.6.18: attachments.
OPEN_ATTACHMENT = RopVector(0x22, h("22 00 00 01 01 02 00 00 00"), h("22 01 00 00 00 00"))
CREATE_ATTACHMENT = RopVector(0x23, h("23 00 00 01"), h("23 01 00 00 00 00 03 00 00 00"))
DELETE_ATTACHMENT = RopVector(0x24, h("24 00 00 01 00 00 00"), h("24 00 00 00 00 00"))
SAVE_CHANGES_ATTACHMENT = RopVector(0x25, h("25 00 02 01 02"), h("25 02 00 00 00 00"))
GET_ATTACHMENT_TABLE = RopVector(0x21, h("21 00 00 01 40"), h("21 01 00 00 00 00"))
GET_VALID_ATTACHMENTS = RopVector(0x52, h("52 00 00"),
                                  h("52 00 00 00 00 00  03 00  00 00 00 00  01 00 00 00  04 00 00 00"))

# 2.2.6.2 / 2.2.6.3: the ROPs decoded before this family was finished.
CREATE_MESSAGE = RopVector(0x06, h("06 00 00 01 ff 0f") + h(FID) + h("00"), h("06 01 00 00 00 00 01") + h(MID1))
SAVE_CHANGES_MESSAGE = RopVector(0x0C, h("0c 00 02 01 04"), h("0c 02 00 00 00 00 01") + h(MID1))

VECTORS = [
    CREATE_FOLDER, CREATE_FOLDER_EXISTING, CREATE_FOLDER_FAILED, DELETE_FOLDER, DELETE_FOLDER_FAILED,
    DELETE_MESSAGES, HARD_DELETE_MESSAGES, SET_SEARCH_CRITERIA, GET_SEARCH_CRITERIA, MOVE_COPY_MESSAGES,
    MOVE_COPY_MESSAGES_NULL_DEST, MOVE_FOLDER, COPY_FOLDER, COPY_FOLDER_FAILED, EMPTY_FOLDER,
    HARD_DELETE_MESSAGES_AND_SUBFOLDERS, OPEN_FOLDER_GHOSTED,
    OPEN_MESSAGE, OPEN_MESSAGE_FAILED, RELOAD_CACHED_INFORMATION, OPEN_EMBEDDED_MESSAGE, READ_RECIPIENTS,
    MODIFY_RECIPIENTS, SET_MESSAGE_STATUS, GET_MESSAGE_STATUS, SET_READ_FLAGS, SET_READ_FLAGS_FAILED,
    SET_MESSAGE_READ_FLAG, SET_MESSAGE_READ_FLAG_PUBLIC, OPEN_ATTACHMENT, CREATE_ATTACHMENT,
    DELETE_ATTACHMENT, SAVE_CHANGES_ATTACHMENT, GET_ATTACHMENT_TABLE, GET_VALID_ATTACHMENTS,
    CREATE_MESSAGE, SAVE_CHANGES_MESSAGE,
]

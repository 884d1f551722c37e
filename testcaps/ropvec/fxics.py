# SPDX-License-Identifier: GPL-2.0-or-later
"""FastTransfer (MS-OXCROPS 2.2.12) and ICS (MS-OXCROPS 2.2.13) ROP vectors.

Worked out by hand from the MS-OXCROPS layouts, the flag tables of MS-OXCFXICS
2.2.3 and the FastTransfer stream serialization of MS-OXCFXICS 2.2.4.1 (the
values themselves are chosen). Handle indexes used: 0 to 3.
"""
from . import RopVector


def h(text):
    """Hex bytes; '#' starts a comment that runs to the end of the line."""
    return bytes.fromhex(" ".join(line.split("#")[0] for line in text.splitlines()))


GUID_COMMON = "08 20 06 00 00 00 00 00 c0 00 00 00 00 00 00 46"          # PSETID_Common {00062008-...-46}
GUID_PUBLIC_STRINGS = "29 03 02 00 00 00 00 00 c0 00 00 00 00 00 00 46"  # PS_PUBLIC_STRINGS {00020329-...-46}
JAN_1_2020 = "00 00 05 69 36 c0 d5 01"   # FILETIME 132223104000000000 = 2020-01-01 00:00:00 UTC
FAILED = "05 40 00 80"                    # ReturnValue 0x80004005 (ecError)

# ---------------------------------------------------------------- FastTransfer streams (MS-OXCFXICS 2.2.4)

# A complete message: every kind of atom once.
FX_MESSAGE = h("""
    03 00 0c 40                         # marker StartMessage 0x400C0003
    1f 00 37 00  06 00 00 00  48 00 69 00 00 00             # PidTagSubject, length 6, "Hi"
    03 00 17 00  02 00 00 00                                # PidTagImportance (PtypInteger32) 2
    0b 00 02 00  01 00                                      # PidTagAlternateRecipientAllowed, PtypBoolean: 2 bytes
    40 00 06 0e  """ + JAN_1_2020 + """                     # PidTagMessageDeliveryTime
    0b 00 01 80  """ + GUID_COMMON + """ 00 03 85 00 00  01 00   # named 0x8001, Dispid 0x8503, True
    1f 00 02 80  """ + GUID_PUBLIC_STRINGS + """ 01 4b 00 00 00  04 00 00 00 76 00 00 00   # named "K" = "v"
    03 10 53 68  02 00 00 00  01 00 00 00  02 00 00 00      # 0x68531003 PtypMultipleInteger32 {1, 2}
    02 11 42 68  01 00 00 00  02 00 00 00  aa bb            # 0x68421102 PtypMultipleBinary {aa bb}
    e4 84 1a 00  04 00 00 00  49 50 4d 00                   # PidTagMessageClass, PtypCodePage 1252: "IPM"
    03 00 17 40  03 00 00 00  01 02 03                      # MetaTagIdsetGiven: tagged PtypInteger32, binary
    03 00 0d 40                         # marker EndMessage 0x400D0003
""")

# A download cut inside a value: PidTagDisplayName says 12 bytes ("Inbox"), 6 are here.
FX_SPLIT = h("""
    03 00 09 40                         # marker StartTopFld 0x40090003
    1f 00 01 30  0c 00 00 00  49 00 6e 00 62 00             # PidTagDisplayName, length 12, "Inb" so far
""")

# ---------------------------------------------------------------- FastTransfer ROPs (MS-OXCROPS 2.2.12)

# 2.2.12.1: LogonId 0, InputHandleIndex 1, OutputHandleIndex 2, SourceOperation CopyMessages, CopyFlags Move.
DEST_CONFIGURE = RopVector(0x53, h("53 00 01 02 03 01"), h("53 02 00 00 00 00"))

# 2.2.12.2: TransferDataSize = len(FX_MESSAGE); response TransferStatus Done, InProgressCount 1,
# TotalStepCount 2, Reserved 0, BufferUsedSize = TransferDataSize.
PUT_BUFFER = RopVector(
    0x54,
    h("54 00 02") + len(FX_MESSAGE).to_bytes(2, "little") + FX_MESSAGE,
    h("54 02 00 00 00 00  03 00 01 00 02 00 00") + len(FX_MESSAGE).to_bytes(2, "little"))

# 2.2.12.3 RopFastTransferDestinationPutBufferExtended (0x9D): the same request; the response's
# InProgressCount and TotalStepCount are 4 bytes (MS-OXCFXICS 2.2.3.1.2.3.2): TransferStatus Done,
# InProgressCount 0x10000 (past 16 bits), TotalStepCount 0x20000, Reserved 0, BufferUsedSize 4.
PUT_BUFFER_EXTENDED = RopVector(
    0x9D,
    h("9d 00 02 04 00  03 00 0d 40"),             # a 4-byte stream: EndMessage
    h("9d 02 00 00 00 00  03 00 00 00 01 00 00 00 02 00 00 04 00"))

# Failure: the progress fields are still there (MS-OXCFXICS 2.2.3.1.2.2.2, BufferUsedSize on failure).
PUT_BUFFER_FAILED = RopVector(
    0x54,
    h("54 00 02 04 00  03 00 0d 40"),             # a 4-byte stream: EndMessage
    h("54 02" + FAILED + " 00 00 00 00 00 00 00 00 00"))

# 2.2.12.4: BufferSize 0xBABE, so MaximumBufferSize 0x8000 follows. Response TransferStatus Partial,
# InProgressCount 5, TotalStepCount 10, TransferBufferSize = len(FX_SPLIT).
GET_BUFFER = RopVector(
    0x4E,
    h("4e 00 03 be ba 00 80"),
    h("4e 03 00 00 00 00  01 00 05 00 0a 00 00") + len(FX_SPLIT).to_bytes(2, "little") + FX_SPLIT)

# BufferSize 0x1000 (no MaximumBufferSize); ecServerBusy (0x480) with BackoffTime 1000 ms.
GET_BUFFER_BUSY = RopVector(0x4E, h("4e 00 03 00 10"), h("4e 03 80 04 00 00  e8 03 00 00"))

# Other failures: nothing after ReturnValue.
GET_BUFFER_FAILED = RopVector(0x4E, h("4e 00 03 00 10"), h("4e 03" + FAILED))

# 2.2.12.5: CopyFlags Move | CopySubfolders (0x11), SendOptions UseCpid (0x02).
COPY_FOLDER = RopVector(0x4C, h("4c 00 00 01 11 02"), h("4c 01 00 00 00 00"))

# 2.2.12.6: two MessageIds, CopyFlags BestBody | SendEntryId (0x30), SendOptions Unicode.
COPY_MESSAGES = RopVector(
    0x4B,
    h("4b 00 00 01 02 00  01 00 00 00 0e 8e f1 48  01 00 00 00 0e 8e c3 02  30 01"),
    h("4b 01 00 00 00 00"))

# 2.2.12.7: Level 1, CopyFlags (4 bytes) Move | BestBody (0x00002001), SendOptions Unicode,
# one excluded tag PidTagSubject.
COPY_TO = RopVector(0x4D, h("4d 00 00 01 01 01 20 00 00 01 01 00 1f 00 37 00"), h("4d 01 00 00 00 00"))

# 2.2.12.8: Level 0, CopyFlags Move, SendOptions ForUpload (0x03), tags PidTagSubject, PidTagImportance.
COPY_PROPERTIES = RopVector(
    0x69, h("69 00 00 01 00 01 03 02 00 1f 00 37 00 03 00 17 00"), h("69 01 00 00 00 00"))

# 2.2.12.9: Version 15.0.847.
TELL_VERSION = RopVector(0x86, h("86 00 00 0f 00 00 00 4f 03"), h("86 00 00 00 00 00"))

# ---------------------------------------------------------------- ICS ROPs (MS-OXCROPS 2.2.13)

# 2.2.13.1: Contents, SendOptions Unicode, SynchronizationFlags Unicode | FAI | Normal (0x0031),
# RestrictionDataSize 5: an ExistRestriction (RestrictType 0x08) on PidTagSubject,
# SynchronizationExtraFlags Eid | Cn (0x05), one tag PidTagSubject.
SYNC_CONFIGURE = RopVector(
    0x70,
    h("70 00 00 01 01 01 31 00 05 00 08 1f 00 37 00 05 00 00 00 01 00 1f 00 37 00"),
    h("70 01 00 00 00 00"))

# Hierarchy, no restriction (RestrictionDataSize 0), SynchronizationFlags NoDeletions | Progress (0x8002).
SYNC_CONFIGURE_NO_RESTRICTION = RopVector(
    0x70, h("70 00 00 01 02 00 02 80 00 00 00 00 00 00 00 00"), h("70 01 00 00 00 00"))

SOURCE_KEY = "01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 00 00 00 00 00 01"   # 22 bytes

# 2.2.13.2: ImportFlag Associated (0x10), PidTagSourceKey (PtypBinary, 2-byte COUNT 22) and
# PidTagLastModificationTime. Response MessageId: "MUST be set to 0x0000000000000000" (2.2.13.2.2).
IMPORT_MESSAGE_CHANGE = RopVector(
    0x72,
    h("72 00 00 01 10 02 00  02 01 e0 65 16 00 " + SOURCE_KEY + "  40 00 08 30 " + JAN_1_2020),
    h("72 01 00 00 00 00  00 00 00 00 00 00 00 00"))

# Failure: no MessageId.
IMPORT_MESSAGE_CHANGE_FAILED = RopVector(
    0x72, h("72 00 00 01 40 00 00"), h("72 01" + FAILED))

# 2.2.13.4: one HierarchyValue (PidTagParentSourceKey aa bb), one PropertyValue (PidTagDisplayName "A").
# Response FolderId 0 (2.2.13.4.2).
IMPORT_HIERARCHY_CHANGE = RopVector(
    0x73,
    h("73 00 00 01 00 02 01 e1 65 02 00 aa bb 01 00 1f 00 01 30 41 00 00 00"),
    h("73 00 00 00 00 00  00 00 00 00 00 00 00 00"))

# 2.2.13.6: five sizes (4 bytes) and byte arrays of 2, 3, 0, 2 and 4 bytes. Response MessageId 0 (2.2.13.6.2).
IMPORT_MESSAGE_MOVE = RopVector(
    0x78,
    h("78 00 00  02 00 00 00 a1 a2  03 00 00 00 b1 b2 b3  00 00 00 00  02 00 00 00 d1 d2"
      "  04 00 00 00 e1 e2 e3 e4"),
    h("78 00 00 00 00 00  00 00 00 00 00 00 00 00"))

# 2.2.13.5: ImportDeleteFlags Hierarchy | HardDelete (0x03), one PtypMultipleBinary value
# (0x67E51102: 4-byte value count 1, one 2-byte COUNT 3 binary).
IMPORT_DELETES = RopVector(
    0x74, h("74 00 00 03 01 00 02 11 e5 67 01 00 00 00 03 00 01 02 03"), h("74 00 00 00 00 00"))

# 2.2.13.3: MessageReadStateSize 50 = two MessageReadStates of 2 + 22 + 1 bytes (read, then unread).
IMPORT_READ_STATE_CHANGES = RopVector(
    0x80,
    h("80 00 00 32 00  16 00 " + SOURCE_KEY + " 01  16 00 " + SOURCE_KEY + " 00"),
    h("80 00 00 00 00 00"))

# 2.2.13.7: IsContentsCollector 1.
OPEN_COLLECTOR = RopVector(0x7E, h("7e 00 00 01 01"), h("7e 01 00 00 00 00"))

# 2.2.13.8
GET_TRANSFER_STATE = RopVector(0x82, h("82 00 00 01"), h("82 01 00 00 00 00"))

# 2.2.13.9: StateProperty MetaTagCnsetSeen (0x67960102), TransferBufferSize 0x1000.
UPLOAD_STATE_STREAM_BEGIN = RopVector(0x75, h("75 00 00 02 01 96 67 00 10 00 00"), h("75 00 00 00 00 00"))

# 2.2.13.10: StreamDataSize is 4 bytes (5), StreamData 01..05.
UPLOAD_STATE_STREAM_CONTINUE = RopVector(
    0x76, h("76 00 00 05 00 00 00 01 02 03 04 05"), h("76 00 00 00 00 00"))

# 2.2.13.11
UPLOAD_STATE_STREAM_END = RopVector(0x77, h("77 00 00"), h("77 00 00 00 00 00"))

REPL_GUID = "00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff"

# 2.2.13.12: DataSize 52 = LongTermIdRangeCount (4) + one LongTermIdRange (two 24-byte LongTermIds:
# DatabaseGuid, GlobalCounter 0x000000000001 / 0x0000000000ff, Pad 0).
SET_LOCAL_REPLICA_MIDSET_DELETED = RopVector(
    0x93,
    h("93 00 00 34 00 01 00 00 00 " + REPL_GUID + " 00 00 00 00 00 01 00 00 "
      + REPL_GUID + " 00 00 00 00 00 ff 00 00"),
    h("93 00 00 00 00 00"))

# 2.2.13.13: IdCount 100; response ReplGuid, GlobalCount 0x000000001234.
GET_LOCAL_REPLICA_IDS = RopVector(
    0x7F, h("7f 00 00 64 00 00 00"), h("7f 00 00 00 00 00 " + REPL_GUID + " 00 00 00 00 12 34"))

VECTORS = [
    DEST_CONFIGURE, PUT_BUFFER, PUT_BUFFER_EXTENDED, PUT_BUFFER_FAILED, GET_BUFFER, GET_BUFFER_BUSY, GET_BUFFER_FAILED,
    COPY_FOLDER, COPY_MESSAGES, COPY_TO, COPY_PROPERTIES, TELL_VERSION,
    SYNC_CONFIGURE, SYNC_CONFIGURE_NO_RESTRICTION, IMPORT_MESSAGE_CHANGE, IMPORT_MESSAGE_CHANGE_FAILED,
    IMPORT_HIERARCHY_CHANGE, IMPORT_MESSAGE_MOVE, IMPORT_DELETES, IMPORT_READ_STATE_CHANGES, OPEN_COLLECTOR,
    GET_TRANSFER_STATE, UPLOAD_STATE_STREAM_BEGIN, UPLOAD_STATE_STREAM_CONTINUE, UPLOAD_STATE_STREAM_END,
    SET_LOCAL_REPLICA_MIDSET_DELETED, GET_LOCAL_REPLICA_IDS,
]

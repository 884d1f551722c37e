# SPDX-License-Identifier: GPL-2.0-or-later
"""Table ROP vectors (MS-OXCROPS 2.2.5, MS-OXCTABL 2.2.2) and restrictions (MS-OXCDATA 2.12).

Every vector is laid out by hand from the MS-OXCROPS request/response buffer sections
named in its comment; SORT_TABLE_SPEC_REQ / SORT_TABLE_SPEC_RSP are the MS-OXCTABL
section 4 example bytes. Requests use LogonId 0 and InputHandleIndex 1 (the table);
responses echo InputHandleIndex 1. test_rops_table.py decodes each of them and checks
the values written here.

The columns of SET_COLUMNS_REQ (PidTagSubject, PidTagMessageFlags) type the rows of
the RopQueryRows, RopFindRow and RopExpandRow responses that follow it in VECTORS;
the RopResetTable of VECTORS is on another table (index 3) so that it forgets nothing of theirs.
"""
import struct

from . import RopVector


def h(text):
    return bytes.fromhex(" ".join(text.split()))


def u16(n):
    return struct.pack("<H", n)


def utf16z(s):
    """A PtypString value: UTF-16LE with a 2-byte null."""
    return s.encode("utf-16-le") + b"\0\0"


OK = h("00 00 00 00")            # ReturnValue ecNone
NOT_FOUND = h("0f 01 04 80")     # ecNotFound 0x8004010F (MS-OXCDATA 2.4)
INVALID_BOOKMARK = h("05 04 04 80")  # ecInvalidBookmark 0x80040405 (MS-OXCDATA 2.4)
BOOKMARK = h("aa bb cc dd")

# ---------------------------------------------------------------- property tags (little-endian on the wire)
SUBJECT = h("1f 00 37 00")         # PidTagSubject 0x0037001F (PtypString)
MESSAGE_FLAGS = h("03 00 07 0e")   # PidTagMessageFlags 0x0E070003 (PtypInteger32)
IMPORTANCE = h("03 00 17 00")      # PidTagImportance 0x00170003
DELIVERY_TIME = h("40 00 06 0e")   # PidTagMessageDeliveryTime 0x0E060040
SUBMIT_TIME = h("40 00 39 00")     # PidTagClientSubmitTime 0x00390040
BODY = h("1f 00 00 10")            # PidTagBody 0x1000001F
RECIPIENTS = h("0d 00 12 0e")      # PidTagMessageRecipients 0x0E12000D
RECIPIENT_TYPE = h("03 00 15 0c")  # PidTagRecipientType 0x0C150003
DISPLAY_NAME = h("1f 00 01 30")    # PidTagDisplayName 0x3001001F
RULE_ID = h("14 00 74 66")         # PidTagRuleId 0x66740014 (PtypInteger64)
RULE_CONDITION = h("fd 00 9d 67")  # PidTagRuleCondition 0x679D00FD (PtypRestriction)

# ---------------------------------------------------------------- restrictions (MS-OXCDATA 2.12)
# 2.12.9.1 ExistRestriction (0x08): PropTag.
EXIST_SUBJECT = h("08") + SUBJECT
# 2.12.1.1 AndRestriction (0x00), RestrictCount 2 (16 bits in ROPs): Exist PidTagSubject,
# 2.12.3.1 NotRestriction (0x02) of Exist PidTagImportance.
R_AND = h("00 02 00") + EXIST_SUBJECT + h("02 08") + IMPORTANCE
# 2.12.5.1 PropertyRestriction (0x04): RelOp RELOP_EQ (0x04), PropTag PidTagImportance,
# TaggedValue PidTagImportance = 2 (MS-OXCFOLD 4.8.1 searches PidTagImportance = 2).
R_PROPERTY = h("04 04") + IMPORTANCE + IMPORTANCE + h("02 00 00 00")
# 2.12.7.1 BitMaskRestriction (0x06): BMR_NEZ (0x01), PidTagMessageFlags, Mask 0x00000001.
R_BITMASK = h("06 01") + MESSAGE_FLAGS + h("01 00 00 00")
# 2.12.2.1 OrRestriction (0x01), RestrictCount 2: the two above.
R_OR = h("01 02 00") + R_PROPERTY + R_BITMASK
# 2.12.4.1 ContentRestriction (0x03): FuzzyLevelLow FL_SUBSTRING (0x0001), FuzzyLevelHigh
# FL_IGNORECASE | FL_LOOSE (0x0005), PropTag PidTagSubject, TaggedValue PidTagSubject "Hi".
R_CONTENT = h("03 01 00 05 00") + SUBJECT + SUBJECT + utf16z("Hi")
# 2.12.6.1 ComparePropertiesRestriction (0x05): RELOP_GT (0x02), delivery time > submit time.
R_COMPARE = h("05 02") + DELIVERY_TIME + SUBMIT_TIME
# 2.12.8.1 SizeRestriction (0x07): RELOP_LT (0x00), PidTagBody, Size 1024.
R_SIZE = h("07 00") + BODY + h("00 04 00 00")
# 2.12.10.1 SubObjectRestriction (0x09): Subobject PidTagMessageRecipients, then a
# PropertyRestriction PidTagRecipientType RELOP_EQ 1 (a To recipient).
R_SUBOBJECT = h("09") + RECIPIENTS + h("04 04") + RECIPIENT_TYPE + RECIPIENT_TYPE + h("01 00 00 00")
# 2.12.11.1 CommentRestriction (0x0A): TaggedValuesCount 1, PidTagDisplayName "Me",
# RestrictionPresent TRUE (0x01), Restriction Exist PidTagSubject.
R_COMMENT = h("0a 01") + DISPLAY_NAME + utf16z("Me") + h("01") + EXIST_SUBJECT
# The same without its Restriction: RestrictionPresent FALSE (0x00).
R_COMMENT_ONLY = h("0a 01") + DISPLAY_NAME + utf16z("Me") + h("00")
# 2.12.12 CountRestriction (0x0B): Count 10, SubRestriction Exist PidTagSubject.
R_COUNT = h("0b 0a 00 00 00") + EXIST_SUBJECT
# Every type at once: And of the eight above (RestrictCount 8).
R_ALL = h("00 08 00") + R_AND + R_OR + R_CONTENT + R_COMPARE + R_SIZE + R_SUBOBJECT + R_COMMENT + R_COUNT
# The RestrictType of each restriction of R_ALL, in the order they appear.
R_ALL_TYPES = [0x00, 0x00, 0x08, 0x02, 0x08, 0x01, 0x04, 0x06, 0x03, 0x05, 0x07, 0x09, 0x04, 0x0A, 0x08,
               0x0B, 0x08]
# A PtypRestriction value nests a restriction: PropertyRestriction RELOP_EQ on
# PidTagRuleCondition whose TaggedValue (type 0x00FD) is Exist PidTagSubject.
R_NESTED_VALUE = h("04 04") + RULE_CONDITION + RULE_CONDITION + EXIST_SUBJECT


def restrict_request(restriction, flags=0x00):
    """MS-OXCROPS 2.2.5.3.1 RopRestrict: RestrictFlags, RestrictionDataSize, RestrictionData."""
    return h("14 00 01") + bytes([flags]) + u16(len(restriction)) + restriction


# ---------------------------------------------------------------- RopSetColumns (2.2.5.1)
# SetColumnsFlags 0x00 (synchronous), PropertyTagCount 2: PidTagSubject, PidTagMessageFlags.
SET_COLUMNS_REQ = h("12 00 01 00 02 00") + SUBJECT + MESSAGE_FLAGS
SET_COLUMNS_RSP = h("12 01") + OK + h("00")                 # TBLSTAT_COMPLETE
# TBL_ASYNC (0x01); the server answers TBLSTAT_SETTING_COLS (0x0B).
SET_COLUMNS_ASYNC_REQ = h("12 00 01 01 02 00") + SUBJECT + MESSAGE_FLAGS
SET_COLUMNS_ASYNC_RSP = h("12 01") + OK + h("0b")
# A rules table's columns: PidTagRuleId, PidTagRuleCondition (MS-OXORULE 2.2.1.3.1.9).
SET_COLUMNS_RULES_REQ = h("12 00 01 00 02 00") + RULE_ID + RULE_CONDITION

# Rows over (PidTagSubject, PidTagMessageFlags), MS-OXCDATA 2.8.1:
# a StandardPropertyRow "Hi", 1; a FlaggedPropertyRow "Lunch", flag 0x0A + ecNotFound.
ROW_STANDARD = h("00") + utf16z("Hi") + h("01 00 00 00")
ROW_FLAGGED = h("01 00") + utf16z("Lunch") + h("0a") + NOT_FOUND

# ---------------------------------------------------------------- RopSortTable (2.2.5.2)
# MS-OXCTABL 4.3.1 example: SortTableFlags 0x00, SortOrderCount 2, CategoryCount 1,
# ExpandedCount 1; 0x8008301F ascending, PidTagMessageDeliveryTime (0x0E060040) descending.
SORT_TABLE_SPEC_REQ = h("13 00 00 00 02 00 01 00 01 00 1f 30 08 80 00 40 00 06 0e 01")
# MS-OXCTABL 4.3.2 example: InputHandleIndex 0x01, ReturnValue 0, TableStatus TBLSTAT_COMPLETE.
SORT_TABLE_SPEC_RSP = h("13 01 00 00 00 00 00")
# No sort order (SortOrderCount 0; MAPI IMAPITable::SortTable: no particular order).
SORT_TABLE_NONE_REQ = h("13 00 01 00 00 00 00 00 00 00")
# TBL_ASYNC, 3 sort orders (2 categories, 1 expanded): PidTagImportance descending,
# PidTagMessageDeliveryTime MaximumCategory (0x04), PidTagSubject ascending;
# answered TBLSTAT_SORTING (0x09).
SORT_TABLE_REQ = h("13 00 01 01 03 00 02 00 01 00") + IMPORTANCE + h("01") + DELIVERY_TIME + h("04") + SUBJECT + h("00")
SORT_TABLE_RSP = h("13 01") + OK + h("09")

# ---------------------------------------------------------------- RopRestrict (2.2.5.3)
RESTRICT_REQ = restrict_request(R_ALL)
RESTRICT_RSP = h("14 01") + OK + h("00")
# TBL_ASYNC, RestrictionDataSize 0 (no restriction: the table's restriction is removed).
RESTRICT_NONE_REQ = h("14 00 01 01 00 00")
RESTRICT_ASYNC_RSP = h("14 01") + OK + h("0e")            # TBLSTAT_RESTRICTING

# ---------------------------------------------------------------- RopQueryRows (2.2.5.4)
# QueryRowsFlags 0x00 (Advance), ForwardRead 0x01, RowCount 2.
QUERY_ROWS_REQ = h("15 00 01 00 01 02 00")
# Origin BOOKMARK_END (0x02), RowCount 2, the two rows.
QUERY_ROWS_RSP = h("15 01") + OK + h("02 02 00") + ROW_STANDARD + ROW_FLAGGED
# NoAdvance | EnablePackedBuffers (0x03), ForwardRead 0x00, RowCount 1; answered with no rows,
# Origin BOOKMARK_BEGINNING (0x00).
QUERY_ROWS_BACK_REQ = h("15 00 01 03 00 01 00")
QUERY_ROWS_EMPTY_RSP = h("15 01") + OK + h("00 00 00")
# A rules-table row: PidTagRuleId 1, PidTagRuleCondition = R_CONTENT (a PtypRestriction value).
QUERY_ROWS_RULES_RSP = h("15 01") + OK + h("02 01 00 00 01 00 00 00 00 00 00 00") + R_CONTENT

# ---------------------------------------------------------------- RopAbort, RopGetStatus, RopQueryPosition
ABORT_REQ = h("38 00 01")                                  # 2.2.5.5.1
ABORT_RSP = h("38 01") + OK + h("00")                      # 2.2.5.5.2 TBLSTAT_COMPLETE
GET_STATUS_REQ = h("16 00 01")                             # 2.2.5.6.1
GET_STATUS_RSP = h("16 01") + OK + h("0e")                 # 2.2.5.6.2 TBLSTAT_RESTRICTING
QUERY_POSITION_REQ = h("17 00 01")                         # 2.2.5.7.1
QUERY_POSITION_RSP = h("17 01") + OK + h("05 00 00 00 0a 00 00 00")   # Numerator 5, Denominator 10

# ---------------------------------------------------------------- seeking and bookmarks
# 2.2.5.8.1: Origin BOOKMARK_CURRENT (0x01), RowCount -3, WantRowMovedCount TRUE.
SEEK_ROW_REQ = h("18 00 01 01 fd ff ff ff 01")
# 2.2.5.8.2: HasSoughtLess TRUE, RowsSought -2.
SEEK_ROW_RSP = h("18 01") + OK + h("01 fe ff ff ff")
# 2.2.5.9.1: BookmarkSize 4, Bookmark, RowCount 5, WantRowMovedCount TRUE.
SEEK_ROW_BOOKMARK_REQ = h("19 00 01 04 00") + BOOKMARK + h("05 00 00 00 01")
# 2.2.5.9.2: RowNoLongerVisible FALSE, HasSoughtLess FALSE, RowsSought 5.
SEEK_ROW_BOOKMARK_RSP = h("19 01") + OK + h("00 00 05 00 00 00")
SEEK_ROW_BOOKMARK_FAIL = h("19 01") + INVALID_BOOKMARK    # failure: no field after ReturnValue
# 2.2.5.10.1: Numerator 1, Denominator 2 (the middle of the table); 2.2.5.10.2 has no field.
SEEK_ROW_FRACTIONAL_REQ = h("1a 00 01 01 00 00 00 02 00 00 00")
SEEK_ROW_FRACTIONAL_RSP = h("1a 01") + OK
# 2.2.5.11: no request field; the response's BookmarkSize 4, Bookmark.
CREATE_BOOKMARK_REQ = h("1b 00 01")
CREATE_BOOKMARK_RSP = h("1b 01") + OK + h("04 00") + BOOKMARK
# 2.2.5.14: BookmarkSize 4, Bookmark; the response has no field.
FREE_BOOKMARK_REQ = h("89 00 01 04 00") + BOOKMARK
FREE_BOOKMARK_RSP = h("89 01") + OK

# ---------------------------------------------------------------- RopQueryColumnsAll (2.2.5.12)
QUERY_COLUMNS_ALL_REQ = h("37 00 01")
QUERY_COLUMNS_ALL_RSP = h("37 01") + OK + h("02 00") + SUBJECT + MESSAGE_FLAGS

# ---------------------------------------------------------------- RopFindRow (2.2.5.13)
# FindRowFlags 0x01 (backwards), RestrictionDataSize + R_PROPERTY, Origin BOOKMARK_CUSTOM
# (0x03), BookmarkSize 4, Bookmark.
FIND_ROW_REQ = h("4f 00 01 01") + u16(len(R_PROPERTY)) + R_PROPERTY + h("03 04 00") + BOOKMARK
# RowNoLongerVisible FALSE, HasRowData TRUE, one StandardPropertyRow.
FIND_ROW_RSP = h("4f 01") + OK + h("00 01") + ROW_STANDARD
# HasRowData FALSE: no RowData (RowNoLongerVisible TRUE).
FIND_ROW_NO_DATA_RSP = h("4f 01") + OK + h("01 00")
FIND_ROW_FAIL = h("4f 01") + NOT_FOUND                     # no row matched (MS-OXCTABL 3.2.5.14)

# ---------------------------------------------------------------- categories (2.2.5.16 - 2.2.5.19)
CATEGORY_ID = h("01 00 00 00 00 f1 73 b7")                 # 0xB773F10000000001 (a PidTagInstID)
# MaxRowCount 5, CategoryId.
EXPAND_ROW_REQ = h("59 00 01 05 00") + CATEGORY_ID
# ExpandedRowCount 3, RowCount 1, one row.
EXPAND_ROW_RSP = h("59 01") + OK + h("03 00 00 00 01 00") + ROW_STANDARD
COLLAPSE_ROW_REQ = h("5a 00 01") + CATEGORY_ID
COLLAPSE_ROW_RSP = h("5a 01") + OK + h("03 00 00 00")      # CollapsedRowCount 3
# RowId, RowInstanceNumber 0; the response's CollapseStateSize 6, CollapseState.
GET_COLLAPSE_STATE_REQ = h("6b 00 01") + CATEGORY_ID + h("00 00 00 00")
COLLAPSE_STATE = h("01 02 03 04 05 06")
GET_COLLAPSE_STATE_RSP = h("6b 01") + OK + h("06 00") + COLLAPSE_STATE
SET_COLLAPSE_STATE_REQ = h("6c 00 01 06 00") + COLLAPSE_STATE
SET_COLLAPSE_STATE_RSP = h("6c 01") + OK + h("04 00") + BOOKMARK

# ---------------------------------------------------------------- RopResetTable (2.2.5.15)
RESET_TABLE_REQ = h("81 00 01")
RESET_TABLE_RSP = h("81 01") + OK
# The same on InputHandleIndex 3, for VECTORS: forgetting the columns of index 1 there
# would untype the rows of vectors that other modules put after these.
RESET_TABLE_3_REQ = h("81 00 03")
RESET_TABLE_3_RSP = h("81 03") + OK

VECTORS = [
    RopVector(0x12, SET_COLUMNS_REQ, SET_COLUMNS_RSP),
    RopVector(0x13, SORT_TABLE_REQ, SORT_TABLE_RSP),
    RopVector(0x14, RESTRICT_REQ, RESTRICT_RSP),
    RopVector(0x14, RESTRICT_NONE_REQ, RESTRICT_ASYNC_RSP),
    RopVector(0x15, QUERY_ROWS_REQ, QUERY_ROWS_RSP),
    RopVector(0x15, QUERY_ROWS_BACK_REQ, QUERY_ROWS_EMPTY_RSP),
    RopVector(0x38, ABORT_REQ, ABORT_RSP),
    RopVector(0x16, GET_STATUS_REQ, GET_STATUS_RSP),
    RopVector(0x17, QUERY_POSITION_REQ, QUERY_POSITION_RSP),
    RopVector(0x18, SEEK_ROW_REQ, SEEK_ROW_RSP),
    RopVector(0x19, SEEK_ROW_BOOKMARK_REQ, SEEK_ROW_BOOKMARK_RSP),
    RopVector(0x19, SEEK_ROW_BOOKMARK_REQ, SEEK_ROW_BOOKMARK_FAIL),
    RopVector(0x1A, SEEK_ROW_FRACTIONAL_REQ, SEEK_ROW_FRACTIONAL_RSP),
    RopVector(0x1B, CREATE_BOOKMARK_REQ, CREATE_BOOKMARK_RSP),
    RopVector(0x37, QUERY_COLUMNS_ALL_REQ, QUERY_COLUMNS_ALL_RSP),
    RopVector(0x4F, FIND_ROW_REQ, FIND_ROW_RSP),
    RopVector(0x4F, FIND_ROW_REQ, FIND_ROW_FAIL),
    RopVector(0x89, FREE_BOOKMARK_REQ, FREE_BOOKMARK_RSP),
    RopVector(0x59, EXPAND_ROW_REQ, EXPAND_ROW_RSP),
    RopVector(0x5A, COLLAPSE_ROW_REQ, COLLAPSE_ROW_RSP),
    RopVector(0x6B, GET_COLLAPSE_STATE_REQ, GET_COLLAPSE_STATE_RSP),
    RopVector(0x6C, SET_COLLAPSE_STATE_REQ, SET_COLLAPSE_STATE_RSP),
    RopVector(0x81, RESET_TABLE_3_REQ, RESET_TABLE_3_RSP),
]

# SPDX-License-Identifier: GPL-2.0-or-later
"""Permission and rule ROPs (MS-OXCROPS 2.2.10, 2.2.11; MS-OXCPERM; MS-OXORULE).

Worked out by hand from the layouts (or taken from the specs' section 4 where
they print bytes); the values chosen are named in the comments, and
test_rops_rule.py asserts them. Handles: index 0 is the Folder (input), index 1
the table a Get*Table request opens.
"""
from oxgen import hexbytes as H

from . import RopVector

# ---------------------------------------------------------------- permissions

# [MS-OXCPERM] 4.1, as printed: RopGetPermissionsTable, LogonId 0, InputHandleIndex 0,
# OutputHandleIndex 1, TableFlags 0x02 (IncludeFreeBusy).
GET_PERMISSIONS_TABLE_REQ = H("3E 00 00 01 02")
# MS-OXCROPS 2.2.10.2.2: OutputHandleIndex 1, ReturnValue 0.
GET_PERMISSIONS_TABLE_RSP = H("3E 01 00 00 00 00")

# RopModifyPermissions (MS-OXCROPS 2.2.10.1.1, MS-OXCPERM 2.2.2.1): ModifyFlags 0x02
# (IncludeFreeBusy), three PermissionData rows: AddRow (PidTagEntryId, PidTagMemberRights
# 0x00000C1B), ModifyRow (PidTagMemberId 5, PidTagMemberRights 0x00001FFB), RemoveRow
# (PidTagMemberId 10).
MODIFY_PERMISSIONS_REQ = H("""
    40 00 00                    # RopId, LogonId 0, InputHandleIndex 0
    02                          # ModifyFlags: IncludeFreeBusy
    03 00                       # ModifyCount 3
    01 02 00                    # AddRow, PropertyValueCount 2
      02 01 ff 0f 04 00 de ad be ef         # PidTagEntryId: COUNT 4, de ad be ef
      03 00 73 66 1b 0c 00 00               # PidTagMemberRights 0x00000C1B: ReadAny Create EditOwned
                                            #   DeleteOwned FolderVisible FreeBusySimple
    02 02 00                    # ModifyRow, PropertyValueCount 2
      14 00 71 66 05 00 00 00 00 00 00 00   # PidTagMemberId 5
      03 00 73 66 fb 1f 00 00               # PidTagMemberRights 0x00001FFB: every right
    04 01 00                    # RemoveRow, PropertyValueCount 1
      14 00 71 66 0a 00 00 00 00 00 00 00   # PidTagMemberId 10
""")
MODIFY_PERMISSIONS_RSP = H("40 00 00 00 00 00")

# ---------------------------------------------------------------- rules

# [MS-OXORULE] 4.2.1 / 4.2.2, as printed: RopGetRulesTable TableFlags 0x40 (Unicode) and
# its response ("InputHandleIndex: 1", the OutputHandleIndex of MS-OXCROPS 2.2.11.2.2).
GET_RULES_TABLE_REQ = H("3f 00 00 01 40")
GET_RULES_TABLE_RSP = H("3f 01 00 00 00 00")

# A RuleAction (MS-OXORULE 2.2.5, standard rules: 2-byte counts) with one ActionBlock of
# every ActionType; the ActionLength of each is worked out in its comment.
RULE_ACTION_ALL = H("""
    0b 00                       # NoOfActions 11
    24 00 01 00000000 00000000  # 36 = 9 + 1 + 2 + 1 + 2 + 21: OP_MOVE, flavor 0, flags 0
      01                        #   FolderInThisStore TRUE
      01 00 01                  #   StoreEIDSize 1, StoreEID 01 (ignored)
      15 00                     #   FolderEIDSize 21: a ServerEid
      01 01 00 00 00 0e 91 52 12 00 00 00 00 00 00 00 00 00 00 00 00
                                #   Ours 1, FolderId 0001-00000E915212, MessageId 0, Instance 0
    18 00 02 00000000 00000000  # 24 = 9 + 1 + 2 + 4 + 2 + 6: OP_COPY
      00                        #   FolderInThisStore FALSE
      04 00 aa bb cc dd         #   StoreEIDSize 4, StoreEID
      06 00 01 02 03 04 05 06   #   FolderEIDSize 6, FolderEID
    29 00 03 01000000 00000000  # 41 = 9 + 8 + 8 + 16: OP_REPLY, flavor NS
      01 00 00 00 00 00 00 11   #   ReplyTemplateFID 0001-000000000011
      01 00 00 00 00 00 00 22   #   ReplyTemplateMID 0001-000000000022
      33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff   # {00112233-4455-6677-8899-aabbccddeeff}
    29 00 04 02000000 07000000  # 41: OP_OOF_REPLY, flavor ST, ActionFlags 0x00000007
      01 00 00 00 00 00 00 33   #   ReplyTemplateFID 0001-000000000033
      01 00 00 00 00 00 00 44   #   ReplyTemplateMID 0001-000000000044
      a4 a3 a2 a1 b2 b1 c2 c1 d1 d2 d3 d4 d5 d6 d7 d8   # {a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8}
    0e 00 05 00000000 00000000  # 14 = 9 + 5: OP_DEFER_ACTION
      de fe 44 41 54            #   DeferredActionData
    0d 00 06 00000000 00000000  # 13 = 9 + 4: OP_BOUNCE
      26 00 00 00               #   BounceCode 0x26 (delivery denied)
    2e 00 07 03000000 00000000  # 46 = 9 + 2 + 35: OP_FORWARD, flavor PR|NC
      01 00                     #   RecipientCount 1
      01 03 00                  #   Reserved 1, NoOfProperties 3 (35 = 3 + 12 + 12 + 8)
        1f 00 01 30 42 00 6f 00 62 00 00 00   # PidTagDisplayName "Bob"
        1f 00 03 30 62 00 40 00 78 00 00 00   # PidTagEmailAddress "b@x"
        03 00 15 0c 01 00 00 00               # PidTagRecipientType 1
    25 00 08 00000000 00000000  # 37 = 9 + 2 + 13 + 13: OP_DELEGATE
      02 00                     #   RecipientCount 2
      01 01 00 1f 00 01 30 41 00 6c 00 00 00  # Reserved 1, NoOfProperties 1, PidTagDisplayName "Al"
      01 01 00 1f 00 01 30 43 00 79 00 00 00  # PidTagDisplayName "Cy"
    11 00 09 00000000 00000000  # 17 = 9 + 8: OP_TAG
      03 00 17 00 02 00 00 00   #   PidTagImportance 2
    09 00 0a 00000000 00000000  # OP_DELETE: no ActionData
    09 00 0b 00000000 00000000  # OP_MARK_AS_READ: no ActionData
""")

# RopModifyRules (MS-OXCROPS 2.2.11.1.1, MS-OXORULE 2.2.1.1): ModifyRulesFlag 0, two
# RuleData: ROW_MODIFY (PidTagRuleId 0x56F83F0100000001, PidTagRuleActions above,
# PidTagRuleName "Project X"), ROW_REMOVE (PidTagRuleId 0x56F83F0100000002).
MODIFY_RULES_REQ = H("""
    41 00 00 00 02 00           # RopId, LogonId 0, InputHandleIndex 0, ModifyRulesFlag 0, RulesCount 2
    02 03 00                    # ROW_MODIFY, PropertyValueCount 3
      14 00 74 66 01 00 00 00 01 3f f8 56   # PidTagRuleId
      fe 00 80 66                           # PidTagRuleActions (PtypRuleAction)
""") + RULE_ACTION_ALL + H("""
      1f 00 82 66 50 00 72 00 6f 00 6a 00 65 00 63 00 74 00 20 00 58 00 00 00   # PidTagRuleName
    04 01 00                    # ROW_REMOVE, PropertyValueCount 1
      14 00 74 66 02 00 00 00 01 3f f8 56   # PidTagRuleId
""")
MODIFY_RULES_RSP = H("41 00 00 00 00 00")

# RopModifyRules replacing the folder's rules (ModifyRulesFlag R): one ROW_ADD with
# PidTagRuleSequence 10, PidTagRuleState 1, PidTagRuleActions (OP_MARK_AS_READ),
# PidTagRuleProvider "RuleOrganizer".
MODIFY_RULES_REPLACE_REQ = H("""
    41 00 00 01 01 00           # ModifyRulesFlag 0x01 (R), RulesCount 1
    01 04 00                    # ROW_ADD, PropertyValueCount 4
      03 00 76 66 0a 00 00 00   # PidTagRuleSequence 10
      03 00 77 66 01 00 00 00   # PidTagRuleState 1
      fe 00 80 66 01 00 09 00 0b 00 00 00 00 00 00 00 00   # PidTagRuleActions: OP_MARK_AS_READ
      1f 00 81 66               # PidTagRuleProvider "RuleOrganizer"
        52 00 75 00 6c 00 65 00 4f 00 72 00 67 00 61 00 6e 00 69 00 7a 00 65 00 72 00 00 00
""")

# RopUpdateDeferredActionMessages (MS-OXCROPS 2.2.11.3.1): ServerEntryId 01 02 03 04,
# ClientEntryId 0a 0b 0c.
UPDATE_DAM_REQ = H("57 00 00 04 00 01 02 03 04 03 00 0a 0b 0c")
UPDATE_DAM_RSP = H("57 00 00 00 00 00")

VECTORS = [
    RopVector(0x3E, GET_PERMISSIONS_TABLE_REQ, GET_PERMISSIONS_TABLE_RSP),
    RopVector(0x40, MODIFY_PERMISSIONS_REQ, MODIFY_PERMISSIONS_RSP),
    RopVector(0x3F, GET_RULES_TABLE_REQ, GET_RULES_TABLE_RSP),
    RopVector(0x41, MODIFY_RULES_REQ, MODIFY_RULES_RSP),
    RopVector(0x41, MODIFY_RULES_REPLACE_REQ, MODIFY_RULES_RSP),
    RopVector(0x57, UPDATE_DAM_REQ, UPDATE_DAM_RSP),
]

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_rule.c: rule ROPs (MS-OXCROPS 2.2.11, semantics in MS-OXORULE 2.2).
 * The rule actions inside RuleData are PtypRuleAction values (ruleaction.c). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_modify_rules_flag = -1;
static int hf_modify_rules_replace = -1;
static int hf_modify_rules_rules_count = -1;
static int hf_modify_rules_rule_data_flags = -1;
static int hf_modify_rules_row_add = -1;
static int hf_modify_rules_row_modify = -1;
static int hf_modify_rules_row_remove = -1;
static int hf_modify_rules_value_count = -1;
static int hf_get_rules_table_flags = -1;
static int hf_get_rules_table_unicode = -1;
static int hf_update_dam_server_entry_id_size = -1;
static int hf_update_dam_server_entry_id = -1;
static int hf_update_dam_client_entry_id_size = -1;
static int hf_update_dam_client_entry_id = -1;

static gint ett_flags = -1;
static gint ett_row = -1;

/* MS-OXORULE 2.2.1.1: ModifyRulesFlag (MS-OXORULE spells it ModifyRulesFlags) */
#define MODIFY_RULES_REPLACE 0x01
static int *const modify_rules_flags[] = { &hf_modify_rules_replace, NULL };

/* MS-OXORULE 2.2.1.3: RuleDataFlags */
#define ROW_ADD    0x01
#define ROW_MODIFY 0x02
#define ROW_REMOVE 0x04
static int *const rule_data_flags[] = {
    &hf_modify_rules_row_add, &hf_modify_rules_row_modify, &hf_modify_rules_row_remove, NULL
};

/* MS-OXORULE 2.2.2.1: RopGetRulesTable TableFlags. The bit diagram puts U at
 * the end of the byte; the value is 0x40, as in the 4.2.1 example ("TableFlags:
 * 0x40 (specifying a Unicode table)") and as UseUnicode in MS-OXCFOLD. */
#define RULES_TABLE_UNICODE 0x40
static int *const rules_table_flags[] = { &hf_get_rules_table_unicode, NULL };

static const rop_modify_rows_desc_t modify_rules_desc = {
    "RuleData",
    &hf_modify_rules_flag, modify_rules_flags, MODIFY_RULES_REPLACE, MODIFY_RULES_REPLACE,
    &hf_modify_rules_rules_count,
    &hf_modify_rules_rule_data_flags, rule_data_flags, ROW_ADD | ROW_MODIFY | ROW_REMOVE, ROW_ADD,
    &hf_modify_rules_value_count,
    &ett_flags, &ett_row,
    oxcdata_tagged_value
};

/* MS-OXCROPS 2.2.11.1.1 (fields in MS-OXORULE 2.2.1.1, RuleData 2.2.1.3): the
 * same layout as RopModifyPermissions. The response (2.2.11.1.2) is the
 * common header only. */
void
rop_modify_rules_request(rop_ctx_t *c)
{
    rop_modify_rows(c, &modify_rules_desc);
}

/* MS-OXCROPS 2.2.11.2.1; the response (2.2.11.2.2) is the common header only. */
void
rop_get_rules_table_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_get_rules_table_flags, ett_flags, rules_table_flags, 1, RULES_TABLE_UNICODE);
}

/* MS-OXCROPS 2.2.11.3.1 (MS-OXORULE 2.2.3.1); the response (2.2.11.3.2) is the
 * common header only. */
void
rop_update_deferred_action_messages_request(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_update_dam_server_entry_id_size, 2, hf_update_dam_server_entry_id);
    rop_counted_bytes(c, hf_update_dam_client_entry_id_size, 2, hf_update_dam_client_entry_id);
}

void
rops_rule_register(void)
{
    static hf_register_info hf[] = {
        { &hf_modify_rules_flag,
          { "ModifyRulesFlag", "oxcrops.modify_rules.modify_rules_flag", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXORULE 2.2.1.1", HFILL } },
        { &hf_modify_rules_replace,
          { "R (replace)", "oxcrops.modify_rules.modify_rules_flag.replace", FT_BOOLEAN, 8, NULL,
            MODIFY_RULES_REPLACE, "The rules replace the folder's rules; every RuleData is ROW_ADD", HFILL } },
        { &hf_modify_rules_rules_count,
          { "RulesCount", "oxcrops.modify_rules.rules_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Number of RuleData structures", HFILL } },
        { &hf_modify_rules_rule_data_flags,
          { "RuleDataFlags", "oxcrops.modify_rules.rule_data_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXORULE 2.2.1.3", HFILL } },
        { &hf_modify_rules_row_add,
          { "ROW_ADD", "oxcrops.modify_rules.rule_data_flags.row_add", FT_BOOLEAN, 8, NULL, ROW_ADD,
            "Add a new rule", HFILL } },
        { &hf_modify_rules_row_modify,
          { "ROW_MODIFY", "oxcrops.modify_rules.rule_data_flags.row_modify", FT_BOOLEAN, 8, NULL, ROW_MODIFY,
            "Modify the rule named by PidTagRuleId", HFILL } },
        { &hf_modify_rules_row_remove,
          { "ROW_REMOVE", "oxcrops.modify_rules.rule_data_flags.row_remove", FT_BOOLEAN, 8, NULL, ROW_REMOVE,
            "Remove the rule named by PidTagRuleId", HFILL } },
        { &hf_modify_rules_value_count,
          { "PropertyValueCount", "oxcrops.modify_rules.property_value_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_get_rules_table_flags,
          { "TableFlags", "oxcrops.get_rules_table.table_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXORULE 2.2.2.1", HFILL } },
        { &hf_get_rules_table_unicode,
          { "U (Unicode)", "oxcrops.get_rules_table.table_flags.unicode", FT_BOOLEAN, 8, NULL,
            RULES_TABLE_UNICODE, "String values in the table are Unicode", HFILL } },
        { &hf_update_dam_server_entry_id_size,
          { "ServerEntryIdSize", "oxcrops.update_deferred_action_messages.server_entry_id_size", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_update_dam_server_entry_id,
          { "ServerEntryId", "oxcrops.update_deferred_action_messages.server_entry_id", FT_BYTES, BASE_NONE,
            NULL, 0, "Server EntryID of the deferred action message", HFILL } },
        { &hf_update_dam_client_entry_id_size,
          { "ClientEntryIdSize", "oxcrops.update_deferred_action_messages.client_entry_id_size", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_update_dam_client_entry_id,
          { "ClientEntryId", "oxcrops.update_deferred_action_messages.client_entry_id", FT_BYTES, BASE_NONE,
            NULL, 0, "EntryID of the downloaded message on the client", HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_row };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    oxcdata_rule_action_register();
}

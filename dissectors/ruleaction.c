/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ruleaction.c: the RuleAction structure (MS-OXORULE 2.2.5), the value of a
 * PtypRuleAction property (PidTagRuleActions) in ROP buffers.
 *
 * Only the standard-rule form is decoded: RopModifyRules and rules-table rows
 * carry standard rules, whose NoOfActions, ActionLength, RecipientCount and
 * NoOfProperties are 2 bytes (design.md 7). Extended rules (4-byte counts) live
 * in PidTagExtendedRuleMessageActions, a PtypBinary, and are not walked here.
 *
 * No byte length comes before the structure in a property value: its first
 * field, NoOfActions, is the only count (Gromox, too, reads a PT_ACTIONS value
 * as the RuleAction straight after the PropertyTag).
 */
#include <epan/packet.h>
#include <epan/expert.h>

#include "wscompat.h"
#include "oxcdata.h"

/* A rule action can hold TaggedPropertyValues (OP_TAG, recipients), which can
 * in turn be PtypRuleAction values: bound that recursion (c->depth counts it,
 * on top of the RopBufferTooSmall nesting it already counts). */
#define RULE_ACTION_MAX_DEPTH 8

/* ActionType, ActionFlavor and ActionFlags: the part of ActionLength before ActionData. */
#define ACTION_HEADER_LEN 9

/* MS-OXORULE 2.2.5.1: ActionType */
#define OP_MOVE         0x01
#define OP_COPY         0x02
#define OP_REPLY        0x03
#define OP_OOF_REPLY    0x04
#define OP_DEFER_ACTION 0x05
#define OP_BOUNCE       0x06
#define OP_FORWARD      0x07
#define OP_DELEGATE     0x08
#define OP_TAG          0x09
#define OP_DELETE       0x0A
#define OP_MARK_AS_READ 0x0B

/* MS-OXORULE 2.2.5.1.1: ActionFlavor bits for OP_FORWARD and for OP_REPLY / OP_OOF_REPLY */
#define FLAVOR_PR 0x00000001
#define FLAVOR_NC 0x00000002
#define FLAVOR_AT 0x00000004
#define FLAVOR_TM 0x00000008
#define FLAVOR_NS 0x00000001
#define FLAVOR_ST 0x00000002

/* MS-OXORULE 2.2.5.1.2.1.1: a ServerEid is Ours, FolderId, MessageId, Instance */
#define SERVER_EID_LEN 21

static int hf_no_of_actions = -1;
static int hf_action_length = -1;
static int hf_action_type = -1;
static int hf_action_flavor = -1;
static int hf_flavor_pr = -1;
static int hf_flavor_nc = -1;
static int hf_flavor_at = -1;
static int hf_flavor_tm = -1;
static int hf_flavor_ns = -1;
static int hf_flavor_st = -1;
static int hf_action_flags = -1;
static int hf_action_data = -1;
static int hf_folder_in_this_store = -1;
static int hf_store_eid_size = -1;
static int hf_store_eid = -1;
static int hf_folder_eid_size = -1;
static int hf_folder_eid = -1;
static int hf_server_eid_ours = -1;
static int hf_server_eid_instance = -1;
static int hf_reply_template_fid = -1;
static int hf_reply_template_mid = -1;
static int hf_reply_template_guid = -1;
static int hf_deferred_action_data = -1;
static int hf_bounce_code = -1;
static int hf_recipient_count = -1;
static int hf_recipient_reserved = -1;
static int hf_recipient_no_of_properties = -1;

static gint ett_rule_action = -1;
static gint ett_action_block = -1;
static gint ett_action_flavor = -1;
static gint ett_action_data = -1;
static gint ett_server_eid = -1;
static gint ett_recipient_block = -1;

static const value_string action_type_vals[] = {
    { OP_MOVE,         "OP_MOVE" },
    { OP_COPY,         "OP_COPY" },
    { OP_REPLY,        "OP_REPLY" },
    { OP_OOF_REPLY,    "OP_OOF_REPLY" },
    { OP_DEFER_ACTION, "OP_DEFER_ACTION" },
    { OP_BOUNCE,       "OP_BOUNCE" },
    { OP_FORWARD,      "OP_FORWARD" },
    { OP_DELEGATE,     "OP_DELEGATE" },
    { OP_TAG,          "OP_TAG" },
    { OP_DELETE,       "OP_DELETE" },
    { OP_MARK_AS_READ, "OP_MARK_AS_READ" },
    { 0, NULL }
};

/* MS-OXORULE 2.2.5.1.2.5: BounceCode */
static const value_string bounce_code_vals[] = {
    { 0x0000000D, "Rejected: the message is too large" },
    { 0x0000001F, "Rejected: the message cannot be displayed to the user" },
    { 0x00000026, "Delivery denied for other reasons" },
    { 0, NULL }
};

static int *const forward_flavor_bits[] = { &hf_flavor_pr, &hf_flavor_nc, &hf_flavor_at, &hf_flavor_tm, NULL };
static int *const reply_flavor_bits[] = { &hf_flavor_ns, &hf_flavor_st, NULL };

/* MS-OXORULE 2.2.5.1.1: only OP_FORWARD, OP_REPLY and OP_OOF_REPLY have flavors;
 * for every other type the field MUST be 0 (any bit set is undefined). AT and
 * TM MUST NOT be combined with other flags. */
static void
action_flavor(rop_ctx_t *c, guint32 type)
{
    int start = c->offset;
    guint64 v;

    switch (type) {
    case OP_FORWARD:
        v = rop_bitmask(c, hf_action_flavor, ett_action_flavor, forward_flavor_bits, 4,
                        FLAVOR_PR | FLAVOR_NC | FLAVOR_AT | FLAVOR_TM);
        if (((v & FLAVOR_AT) && v != FLAVOR_AT) || ((v & FLAVOR_TM) && v != FLAVOR_TM))
            proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 4,
                                         "ActionFlavor AT and TM must not be combined with other flags");
        break;
    case OP_REPLY:
    case OP_OOF_REPLY:
        rop_bitmask(c, hf_action_flavor, ett_action_flavor, reply_flavor_bits, 4, FLAVOR_NS | FLAVOR_ST);
        break;
    default: {
        guint32 flavor;
        proto_item *ti = proto_tree_add_item_ret_uint(c->tree, hf_action_flavor, c->tvb, c->offset, 4,
                                                      ENC_LITTLE_ENDIAN, &flavor);
        c->offset += 4;
        if (flavor)
            expert_add_info_format(c->pinfo, ti, &ei_oxcrops_undefined_bits,
                                   "Undefined bits set: 0x%x (ActionFlavor MUST be 0 for this ActionType)", flavor);
        break;
    }
    }
}

/* MS-OXORULE 2.2.5.1.2.1.1 */
static void
server_eid(rop_ctx_t *c)
{
    proto_tree *saved = c->tree;
    guint32 ours;

    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, SERVER_EID_LEN, ett_server_eid, NULL, "ServerEid");
    ours = rop_uint(c, hf_server_eid_ours, 1);
    if (ours != 0x01)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - 1, 1,
                                     "ServerEid Ours MUST be 0x01");
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_fid_mid(c, hf_oxcrops_message_id);      /* not used: all zeros */
    rop_uint(c, hf_server_eid_instance, 4);     /* not used: zero */
    c->tree = saved;
}

/* MS-OXORULE 2.2.5.1.2.1, standard-rule form. StoreEID (a Store Object EntryID,
 * MS-OXCDATA 2.2.4.3) matters only when the folder is in another store, and is
 * then shown as bytes; FolderEID is a ServerEid for a folder in this store and
 * a Folder EntryID otherwise. */
static void
move_copy_data(rop_ctx_t *c)
{
    gboolean in_store = rop_bool(c, hf_folder_in_this_store);
    guint32 size;

    rop_counted_bytes(c, hf_store_eid_size, 2, hf_store_eid);
    size = rop_uint(c, hf_folder_eid_size, 2);
    tvb_ensure_bytes_exist(c->tvb, c->offset, size);
    if (in_store && size == SERVER_EID_LEN) {
        server_eid(c);
        return;
    }
    if (in_store)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset, size,
                                     "FolderEIDSize %u: a ServerEid is %u bytes", size, SERVER_EID_LEN);
    rop_bytes(c, hf_folder_eid, size);
}

/* MS-OXORULE 2.2.5.1.2.2, standard-rule form */
static void
reply_data(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_reply_template_fid);
    rop_fid_mid(c, hf_reply_template_mid);
    rop_guid(c, hf_reply_template_guid);
}

/* MS-OXORULE 2.2.5.1.2.4.1: NoOfProperties is 2 bytes in standard rules. The
 * page gives it as 4 bytes without distinguishing the two forms; RecipientCount
 * (2.2.5.1.2.4) is "2 bytes or 4 bytes", and Gromox and MAPI Inspector read
 * both counts as 2 bytes in standard rules. */
static void
recipient_block(rop_ctx_t *c, guint idx)
{
    int start = c->offset;
    proto_tree *saved = c->tree;
    proto_item *ti;
    guint32 n, i;

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_recipient_block, &ti,
                                            "RecipientBlockData %u", idx);
    rop_uint(c, hf_recipient_reserved, 1);
    n = rop_uint(c, hf_recipient_no_of_properties, 2);
    if (oxcdata_count_ok(c, n, "NoOfProperties"))
        for (i = 0; i < n && !c->stopped; i++)
            oxcdata_tagged_value(c);
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

/* MS-OXORULE 2.2.5.1.2.4 */
static void
forward_delegate_data(rop_ctx_t *c)
{
    guint32 n = rop_uint(c, hf_recipient_count, 2), i;

    if (!oxcdata_count_ok(c, n, "RecipientCount"))
        return;
    for (i = 0; i < n && !c->stopped; i++)
        recipient_block(c, i);
}

/* MS-OXORULE 2.2.5.1.2: ActionData by ActionType; `len` is what ActionLength leaves for it. */
static void
action_data(rop_ctx_t *c, guint32 type, int len)
{
    switch (type) {
    case OP_MOVE:
    case OP_COPY:
        move_copy_data(c);
        break;
    case OP_REPLY:
    case OP_OOF_REPLY:
        reply_data(c);
        break;
    case OP_DEFER_ACTION:   /* 2.2.5.1.2.3: client-defined, the rest of the block */
        rop_bytes(c, hf_deferred_action_data, len);
        break;
    case OP_BOUNCE:         /* 2.2.5.1.2.5 */
        rop_uint(c, hf_bounce_code, 4);
        break;
    case OP_FORWARD:
    case OP_DELEGATE:
        forward_delegate_data(c);
        break;
    case OP_TAG:            /* 2.2.5.1.2.6: one TaggedPropertyValue */
        oxcdata_tagged_value(c);
        break;
    case OP_DELETE:         /* 2.2.5.1.2.7: no ActionData */
    case OP_MARK_AS_READ:
        break;
    default:                /* undefined ActionType: ActionLength still frames it */
        rop_bytes(c, hf_action_data, len);
        break;
    }
}

/* MS-OXORULE 2.2.5.1. ActionLength frames the block: after ActionData the walk
 * resumes where ActionLength says the block ends, also after a value inside it
 * that could not be decoded. */
static void
action_block(rop_ctx_t *c, guint idx)
{
    int start = c->offset, end;
    guint32 len, type;
    proto_tree *saved = c->tree, *block;
    proto_item *ti, *ti_type;

    block = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_action_block, &ti,
                                          "ActionBlock %u", idx);
    c->tree = block;
    len = rop_uint(c, hf_action_length, 2);
    tvb_ensure_bytes_exist(c->tvb, c->offset, len);
    end = c->offset + (int)len;
    if (len < ACTION_HEADER_LEN) {
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 2,
                                     "ActionLength %u is shorter than ActionType, ActionFlavor and ActionFlags",
                                     len);
    } else {
        type = tvb_get_uint8(c->tvb, c->offset);
        ti_type = proto_tree_add_item(c->tree, hf_action_type, c->tvb, c->offset, 1, ENC_NA);
        c->offset += 1;
        if (!try_val_to_str(type, action_type_vals))
            expert_add_info_format(c->pinfo, ti_type, &ei_oxcrops_bad_value, "ActionType 0x%02x is not defined", type);
        proto_item_append_text(ti, ": %s", val_to_str_const(type, action_type_vals, "undefined ActionType"));
        action_flavor(c, type);
        rop_uint(c, hf_action_flags, 4);
        if (end > c->offset)
            c->tree = proto_tree_add_subtree(block, c->tvb, c->offset, end - c->offset, ett_action_data, NULL,
                                             "ActionData");
        action_data(c, type, end - c->offset);
        c->tree = block;
        if (c->offset != end && !c->stopped)
            proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 2,
                                         "ActionLength says the block ends at offset %d; its ActionData ends at %d",
                                         end, c->offset);
    }
    c->offset = end;
    c->stopped = FALSE;
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

/* MS-OXORULE 2.2.5 (standard rules): NoOfActions (2 bytes), then the ActionBlocks. */
void
oxcdata_rule_action(rop_ctx_t *c)
{
    int start = c->offset;
    proto_tree *saved = c->tree;
    proto_item *ti;
    guint32 n, i;

    if (c->depth >= RULE_ACTION_MAX_DEPTH) {
        proto_tree_add_expert(c->tree, c->pinfo, &ei_oxcrops_depth, c->tvb, c->offset, -1);
        c->stopped = TRUE;
        return;
    }
    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, -1, ett_rule_action, &ti, "RuleAction");
    n = rop_uint(c, hf_no_of_actions, 2);
    if (n == 0)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 2,
                                     "NoOfActions MUST be greater than zero");
    if (oxcdata_count_ok(c, n, "NoOfActions")) {
        c->depth++;
        for (i = 0; i < n && !c->stopped; i++)
            action_block(c, i);
        c->depth--;
    }
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

void
oxcdata_rule_action_register(void)
{
    static hf_register_info hf[] = {
        { &hf_no_of_actions,
          { "NoOfActions", "oxcrops.rule_action.no_of_actions", FT_UINT16, BASE_DEC, NULL, 0,
            "Number of ActionBlocks (MS-OXORULE 2.2.5)", HFILL } },
        { &hf_action_length,
          { "ActionLength", "oxcrops.rule_action.action_length", FT_UINT16, BASE_DEC, NULL, 0,
            "Bytes of the ActionBlock after this field", HFILL } },
        { &hf_action_type,
          { "ActionType", "oxcrops.rule_action.action_type", FT_UINT8, BASE_HEX, VALS(action_type_vals), 0,
            NULL, HFILL } },
        { &hf_action_flavor,
          { "ActionFlavor", "oxcrops.rule_action.action_flavor", FT_UINT32, BASE_HEX, NULL, 0,
            "MS-OXORULE 2.2.5.1.1", HFILL } },
        { &hf_flavor_pr,
          { "PR", "oxcrops.rule_action.action_flavor.pr", FT_BOOLEAN, 32, NULL, FLAVOR_PR,
            "OP_FORWARD: preserve the sender information, mark the message autoforwarded", HFILL } },
        { &hf_flavor_nc,
          { "NC", "oxcrops.rule_action.action_flavor.nc", FT_BOOLEAN, 32, NULL, FLAVOR_NC,
            "OP_FORWARD: forward the message without changes", HFILL } },
        { &hf_flavor_at,
          { "AT", "oxcrops.rule_action.action_flavor.at", FT_BOOLEAN, 32, NULL, FLAVOR_AT,
            "OP_FORWARD: forward the message as an attachment", HFILL } },
        { &hf_flavor_tm,
          { "TM", "oxcrops.rule_action.action_flavor.tm", FT_BOOLEAN, 32, NULL, FLAVOR_TM,
            "OP_FORWARD: forward the message as an SMS text message", HFILL } },
        { &hf_flavor_ns,
          { "NS", "oxcrops.rule_action.action_flavor.ns", FT_BOOLEAN, 32, NULL, FLAVOR_NS,
            "OP_REPLY/OP_OOF_REPLY: do not send the reply to the message sender", HFILL } },
        { &hf_flavor_st,
          { "ST", "oxcrops.rule_action.action_flavor.st", FT_BOOLEAN, 32, NULL, FLAVOR_ST,
            "OP_REPLY/OP_OOF_REPLY: use fixed server-defined text, not the template's", HFILL } },
        { &hf_action_flags,
          { "ActionFlags", "oxcrops.rule_action.action_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "Client-defined flags, stored but not used by the server", HFILL } },
        { &hf_action_data,
          { "ActionData", "oxcrops.rule_action.action_data", FT_BYTES, BASE_NONE, NULL, 0,
            "ActionData of an undefined ActionType", HFILL } },
        { &hf_folder_in_this_store,
          { "FolderInThisStore", "oxcrops.rule_action.folder_in_this_store", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "The destination folder is in the user's mailbox", HFILL } },
        { &hf_store_eid_size,
          { "StoreEIDSize", "oxcrops.rule_action.store_eid_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_store_eid,
          { "StoreEID", "oxcrops.rule_action.store_eid", FT_BYTES, BASE_NONE, NULL, 0,
            "Store Object EntryID (MS-OXCDATA 2.2.4.3); ignored when FolderInThisStore", HFILL } },
        { &hf_folder_eid_size,
          { "FolderEIDSize", "oxcrops.rule_action.folder_eid_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_folder_eid,
          { "FolderEID", "oxcrops.rule_action.folder_eid", FT_BYTES, BASE_NONE, NULL, 0,
            "Folder EntryID of the destination folder in another store", HFILL } },
        { &hf_server_eid_ours,
          { "Ours", "oxcrops.rule_action.server_eid.ours", FT_UINT8, BASE_HEX, NULL, 0,
            "0x01: a ServerEid (MS-OXORULE 2.2.5.1.2.1.1)", HFILL } },
        { &hf_server_eid_instance,
          { "Instance", "oxcrops.rule_action.server_eid.instance", FT_UINT32, BASE_DEC, NULL, 0,
            "Not used: zero", HFILL } },
        { &hf_reply_template_fid,
          { "ReplyTemplateFID", "oxcrops.rule_action.reply_template_fid", FT_UINT64, BASE_HEX, NULL, 0,
            "Folder holding the reply template", HFILL } },
        { &hf_reply_template_mid,
          { "ReplyTemplateMID", "oxcrops.rule_action.reply_template_mid", FT_UINT64, BASE_HEX, NULL, 0,
            "The reply template (an FAI message)", HFILL } },
        { &hf_reply_template_guid,
          { "ReplyTemplateGUID", "oxcrops.rule_action.reply_template_guid", FT_GUID, BASE_NONE, NULL, 0,
            "PidTagReplyTemplateId of the reply template", HFILL } },
        { &hf_deferred_action_data,
          { "DeferredActionData", "oxcrops.rule_action.deferred_action_data", FT_BYTES, BASE_NONE, NULL, 0,
            "Client-defined (MS-OXORULE 2.2.5.1.2.3)", HFILL } },
        { &hf_bounce_code,
          { "BounceCode", "oxcrops.rule_action.bounce_code", FT_UINT32, BASE_HEX, VALS(bounce_code_vals), 0,
            NULL, HFILL } },
        { &hf_recipient_count,
          { "RecipientCount", "oxcrops.rule_action.recipient_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_recipient_reserved,
          { "Reserved", "oxcrops.rule_action.recipient_block.reserved", FT_UINT8, BASE_HEX, NULL, 0,
            "Implementation-specific", HFILL } },
        { &hf_recipient_no_of_properties,
          { "NoOfProperties", "oxcrops.rule_action.recipient_block.no_of_properties", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = {
        &ett_rule_action, &ett_action_block, &ett_action_flavor, &ett_action_data, &ett_server_eid,
        &ett_recipient_block
    };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* oxcdata.c: MS-OXCDATA structures: property tags, values, rows, problems. */
#include <epan/packet.h>
#include <epan/expert.h>

#include "oxcdata.h"
#include "proptags.h"
#include "errcodes.h"
#include "state.h"

static int hf_oxcrops_property_tag = -1;
static int hf_oxcrops_property_id = -1;
static int hf_oxcrops_property_type = -1;
static int hf_oxcrops_named_property = -1;
static int hf_oxcrops_value_int16 = -1;
static int hf_oxcrops_value_int32 = -1;
static int hf_oxcrops_value_float = -1;
static int hf_oxcrops_value_double = -1;
static int hf_oxcrops_value_currency = -1;
static int hf_oxcrops_value_floating_time = -1;
static int hf_oxcrops_value_error_code = -1;
static int hf_oxcrops_value_boolean = -1;
static int hf_oxcrops_value_int64 = -1;
static int hf_oxcrops_value_string = -1;
static int hf_oxcrops_value_time = -1;
static int hf_oxcrops_value_guid = -1;
static int hf_oxcrops_value_count = -1;
static int hf_oxcrops_value_binary = -1;
static int hf_oxcrops_value_server_id = -1;
static int hf_oxcrops_value_flag = -1;
static int hf_oxcrops_property_row_flag = -1;
static int hf_oxcrops_problem_index = -1;
static int hf_oxcrops_problem_error_code = -1;

static gint ett_oxcrops_tag = -1;
static gint ett_oxcrops_value = -1;
static gint ett_oxcrops_row = -1;
static gint ett_oxcrops_problem = -1;

/* MS-OXCDATA 2.11.5: FlaggedPropertyValue Flag */
static const value_string flagged_value_flag_vals[] = {
    { 0x00, "Value present" },
    { 0x01, "Value not present" },
    { 0x0A, "Error code" },
    { 0, NULL }
};

/* MS-OXCDATA 2.8.1: PropertyRow Flag */
static const value_string property_row_flag_vals[] = {
    { 0x00, "StandardPropertyRow" },
    { 0x01, "FlaggedPropertyRow" },
    { 0, NULL }
};

/* The PidTag name of a property ID (MS-OXPROPS). IDs from 0x8000 are named
 * properties in mailbox traffic: the server maps them per store
 * (RopGetPropertyIdsFromNames), so the address book's PidTags of that range do
 * not apply (MS-OXPROPS 1.3.2). */
static const char *
prop_id_name(guint16 id)
{
    return id < 0x8000 ? try_val_to_str_ext(id, &oxcdata_prop_id_vals_ext) : NULL;
}

static void
property_tag_format(gchar *buf, guint32 tag)
{
    const char *name = prop_id_name(tag >> 16);
    const char *type = val_to_str_ext_const(tag & 0xFFFF, &oxcdata_prop_type_vals_ext, "unknown type");

    if (name)
        snprintf(buf, ITEM_LABEL_LENGTH, "%s (0x%08x, %s)", name, tag, type);
    else if ((tag >> 16) >= 0x8000)
        snprintf(buf, ITEM_LABEL_LENGTH, "Named property 0x%04x (0x%08x, %s)", tag >> 16, tag, type);
    else
        snprintf(buf, ITEM_LABEL_LENGTH, "0x%08x (ID 0x%04x, %s)", tag, tag >> 16, type);
}

static void
property_id_format(gchar *buf, guint32 id)
{
    const char *name = prop_id_name((guint16)id);

    snprintf(buf, ITEM_LABEL_LENGTH, "%s (0x%04x)", name ? name : id >= 0x8000 ? "Named property" : "Unknown", id);
}

/* The PidTag name of a tag, for item texts. */
static const char *
tag_name(packet_info *pinfo, guint32 tag)
{
    const char *name = prop_id_name(tag >> 16);

    return name ? name : wmem_strdup_printf(pinfo->pool, "0x%08x", tag);
}

gboolean
oxcdata_count_ok(rop_ctx_t *c, guint32 count, const char *what)
{
    if (count <= OXCDATA_MAX_COUNT)
        return TRUE;
    proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset, 0,
                                 "%s %u exceeds the limit of %u", what, count, OXCDATA_MAX_COUNT);
    c->stopped = TRUE;
    return FALSE;
}

/* For a named property's ID (0x8000 and up), the name the session mapped it
 * from (RopGetPropertyIdsFromNames and kin, state.c), as a generated item. */
static void
show_named_property(rop_ctx_t *c, proto_tree *tree, proto_item *label, guint32 tag)
{
    const char *name = state_named_property(c, (guint16)(tag >> 16));
    proto_item *ti;

    if (!name)
        return;
    ti = proto_tree_add_string(tree, hf_oxcrops_named_property, c->tvb, c->offset, 0, name);
    proto_item_set_generated(ti);
    if (label)
        proto_item_append_text(label, " [%s]", name);
}

guint32
oxcdata_property_tag(rop_ctx_t *c)
{
    guint32 tag = tvb_get_letohl(c->tvb, c->offset);
    proto_item *ti = proto_tree_add_item(c->tree, hf_oxcrops_property_tag, c->tvb, c->offset, 4, ENC_LITTLE_ENDIAN);
    proto_tree *t = proto_item_add_subtree(ti, ett_oxcrops_tag);

    proto_tree_add_item(t, hf_oxcrops_property_type, c->tvb, c->offset, 2, ENC_LITTLE_ENDIAN);
    proto_tree_add_item(t, hf_oxcrops_property_id, c->tvb, c->offset + 2, 2, ENC_LITTLE_ENDIAN);
    show_named_property(c, t, ti, tag);
    c->offset += 4;
    return tag;
}

guint32 *
oxcdata_property_tags(rop_ctx_t *c, guint count)
{
    guint32 *tags;
    guint i;

    if (!oxcdata_count_ok(c, count, "PropertyTag count"))
        return NULL;
    tvb_ensure_bytes_exist(c->tvb, c->offset, 4 * count);
    tags = wmem_alloc_array(c->pinfo->pool, guint32, count ? count : 1);
    for (i = 0; i < count; i++)
        tags[i] = oxcdata_property_tag(c);
    return tags;
}

void
oxcdata_save_tags(rop_ctx_t *c, const guint32 *tags, guint count)
{
    c->save_tags = tags;
    c->save_tag_count = tags ? count : 0;
}

/* Binary properties that hold an entry ID (MS-OXCDATA 2.2.4), by property ID
 * (MS-OXPROPS): their value is decoded as one. */
static gboolean
is_entry_id_property(guint16 prop_id)
{
    switch (prop_id) {
    case 0x003F:    /* PidTagReceivedByEntryId */
    case 0x0041:    /* PidTagSentRepresentingEntryId */
    case 0x0043:    /* PidTagReceivedRepresentingEntryId */
    case 0x0045:    /* PidTagReportEntryId */
    case 0x0046:    /* PidTagReadReceiptEntryId */
    case 0x005B:    /* PidTagOriginalSenderEntryId */
    case 0x005E:    /* PidTagOriginalSentRepresentingEntryId */
    case 0x0C19:    /* PidTagSenderEntryId */
    case 0x0E09:    /* PidTagParentEntryId */
    case 0x0E0A:    /* PidTagSentMailEntryId */
    case 0x0FFB:    /* PidTagStoreEntryId */
    case 0x0FFF:    /* PidTagEntryId */
    case 0x3A12:    /* PidTagOriginalEntryId */
    case 0x3FF9:    /* PidTagCreatorEntryId */
    case 0x3FFB:    /* PidTagLastModifierEntryId */
    case 0x5FF7:    /* PidTagRecipientEntryId */
        return TRUE;
    default:
        return FALSE;
    }
}

/* One value of a single-valued type, added under tree. */
static void
single_value(rop_ctx_t *c, proto_tree *tree, guint16 type, guint16 prop_id, proto_item *label)
{
    proto_tree *saved = c->tree;

    c->tree = tree;
    switch (type) {
    case PTYP_NULL:
        break;
    case PTYP_INTEGER16:
        proto_tree_add_item(tree, hf_oxcrops_value_int16, c->tvb, c->offset, 2, ENC_LITTLE_ENDIAN);
        c->offset += 2;
        break;
    case PTYP_INTEGER32:
        proto_tree_add_item(tree, hf_oxcrops_value_int32, c->tvb, c->offset, 4, ENC_LITTLE_ENDIAN);
        c->offset += 4;
        break;
    case PTYP_FLOATING32:
        proto_tree_add_item(tree, hf_oxcrops_value_float, c->tvb, c->offset, 4, ENC_LITTLE_ENDIAN);
        c->offset += 4;
        break;
    case PTYP_FLOATING64:
        proto_tree_add_item(tree, hf_oxcrops_value_double, c->tvb, c->offset, 8, ENC_LITTLE_ENDIAN);
        c->offset += 8;
        break;
    case PTYP_CURRENCY:
        proto_tree_add_item(tree, hf_oxcrops_value_currency, c->tvb, c->offset, 8, ENC_LITTLE_ENDIAN);
        c->offset += 8;
        break;
    case PTYP_FLOATING_TIME:
        proto_tree_add_item(tree, hf_oxcrops_value_floating_time, c->tvb, c->offset, 8, ENC_LITTLE_ENDIAN);
        c->offset += 8;
        break;
    case PTYP_ERROR_CODE:
        proto_tree_add_item(tree, hf_oxcrops_value_error_code, c->tvb, c->offset, 4, ENC_LITTLE_ENDIAN);
        c->offset += 4;
        break;
    case PTYP_BOOLEAN:      /* 1 byte in ROP buffers (MS-OXCDATA 2.11.1) */
        proto_tree_add_item(tree, hf_oxcrops_value_boolean, c->tvb, c->offset, 1, ENC_NA);
        c->offset += 1;
        break;
    case PTYP_INTEGER64:
        proto_tree_add_item(tree, hf_oxcrops_value_int64, c->tvb, c->offset, 8, ENC_LITTLE_ENDIAN);
        c->offset += 8;
        break;
    case PTYP_STRING8:
    case PTYP_STRING:
        if (label)      /* the string goes to the label too */
            proto_item_append_text(label, ": \"%s\"", rop_stringz(c, hf_oxcrops_value_string, type == PTYP_STRING));
        else            /* no tree: not decoded */
            rop_stringz_item(c, hf_oxcrops_value_string, type == PTYP_STRING);
        break;
    case PTYP_TIME:
        rop_filetime(c, hf_oxcrops_value_time);
        break;
    case PTYP_GUID:
        rop_guid(c, hf_oxcrops_value_guid);
        break;
    case PTYP_SERVER_ID:    /* COUNT (2 bytes) then the bytes (MS-OXCDATA 2.11.1.4) */
        rop_counted_bytes(c, hf_oxcrops_value_count, 2, hf_oxcrops_value_server_id);
        break;
    case PTYP_BINARY:       /* COUNT is 2 bytes in ROP buffers (MS-OXCDATA 2.11.1.1) */
        if (is_entry_id_property(prop_id))
            oxcdata_entry_id(c, rop_uint(c, hf_oxcrops_value_count, 2));
        else
            rop_counted_bytes(c, hf_oxcrops_value_count, 2, hf_oxcrops_value_binary);
        break;
    case PTYP_RESTRICTION:  /* a Restriction (MS-OXCDATA 2.11.1, 2.12), restriction.c */
        oxcdata_restriction(c, 0);
        break;
    case PTYP_RULE_ACTION:  /* a RuleAction (MS-OXORULE 2.2.5), ruleaction.c */
        oxcdata_rule_action(c);
        break;
    default:
        /* PtypObject and unknown types: their length cannot be known without
         * decoding them. */
        proto_tree_add_expert_format(tree, c->pinfo, &ei_oxcrops_not_decoded, c->tvb, c->offset, -1,
                                     "Property values of type 0x%04x are not decoded by this version", type);
        c->stopped = TRUE;
        break;
    }
    c->tree = saved;
}

void
oxcdata_property_value(rop_ctx_t *c, proto_tree *tree, guint32 tag)
{
    guint16 type = tag & 0xFFFF;
    proto_item *label = proto_tree_get_parent(tree);

    if (type & PTYP_MVI_FLAG)   /* a table row holds one instance of a multi-valued column */
        type &= ~(PTYP_MVI_FLAG | PTYP_MV_FLAG);
    if (type & PTYP_MV_FLAG) {
        /* Multi-valued: COUNT then the values. MS-OXCDATA 2.11.1.1 gives COUNT as
         * 16 bits in ROP buffers, 2.11.2.1 lets the count of multi-valued
         * property values be 32 bits; real Exchange traffic (and OpenChange's
         * mapi_MV_* structures, which interoperate with it) uses 4 bytes. */
        guint32 n, i;
        proto_tree *saved = c->tree;

        c->tree = tree;
        n = rop_uint(c, hf_oxcrops_value_count, 4);
        c->tree = saved;
        if (!oxcdata_count_ok(c, n, "Multi-value count"))
            return;
        for (i = 0; i < n && !c->stopped; i++)
            single_value(c, tree, type & ~PTYP_MV_FLAG, tag >> 16, NULL);
        return;
    }
    single_value(c, tree, type, tag >> 16, label);
}

void
oxcdata_tagged_value(rop_ctx_t *c)
{
    int start = c->offset;
    guint32 tag = tvb_get_letohl(c->tvb, c->offset);
    proto_tree *t = proto_tree_add_subtree(c->tree, c->tvb, c->offset, -1, ett_oxcrops_value, NULL,
                                           tag_name(c->pinfo, tag));
    proto_tree *saved = c->tree;

    c->tree = t;
    oxcdata_property_tag(c);
    c->tree = saved;
    oxcdata_property_value(c, t, tag);
    proto_item_set_len(proto_tree_get_parent(t), c->offset - start);
}

/* One column of a row, typed by the column's tag. MS-OXCDATA 2.8.1.1: a column
 * of type PtypUnspecified carries a TypedPropertyValue in a standard row and a
 * FlaggedPropertyValueWithType (2.11.6: type, then flag, then value) in a
 * flagged one; 2.11.5: Flag 0x0 value, 0x1 no value, 0xA a PtypErrorCode. */
static void
row_value(rop_ctx_t *c, proto_tree *row, guint32 tag, gboolean flagged)
{
    int start = c->offset;
    proto_tree *t = proto_tree_add_subtree(row, c->tvb, c->offset, -1, ett_oxcrops_value, NULL,
                                           tag_name(c->pinfo, tag));
    proto_item *label = proto_tree_get_parent(t);
    proto_item *ti = proto_tree_add_uint(t, hf_oxcrops_property_tag, c->tvb, c->offset, 0, tag);
    guint16 type = tag & 0xFFFF;

    proto_item_set_generated(ti);
    show_named_property(c, t, label, tag);
    if (type == PTYP_UNSPECIFIED) {
        type = tvb_get_letohs(c->tvb, c->offset);
        proto_tree_add_item(t, hf_oxcrops_property_type, c->tvb, c->offset, 2, ENC_LITTLE_ENDIAN);
        c->offset += 2;
    }
    if (flagged) {
        guint32 flag;
        proto_tree_add_item_ret_uint(t, hf_oxcrops_value_flag, c->tvb, c->offset, 1, ENC_NA, &flag);
        c->offset += 1;
        if (flag == 0x01) {
            proto_item_append_text(label, ": (no value)");
        } else if (flag == 0x0A) {
            guint32 err = tvb_get_letohl(c->tvb, c->offset);
            proto_tree_add_item(t, hf_oxcrops_value_error_code, c->tvb, c->offset, 4, ENC_LITTLE_ENDIAN);
            proto_item_append_text(label, ": error %s",
                                   val_to_str_ext_const(err, &oxcdata_error_code_vals_ext, "unknown"));
            c->offset += 4;
        } else if (flag != 0x00) {
            proto_tree_add_expert_format(t, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - 1, 1,
                                         "FlaggedPropertyValue Flag 0x%02x is not 0x00, 0x01 or 0x0A", flag);
            c->stopped = TRUE;
        }
        if (flag != 0x00) {
            proto_item_set_len(label, c->offset - start);
            return;
        }
    }
    oxcdata_property_value(c, t, (tag & 0xFFFF0000) | type);
    proto_item_set_len(label, c->offset - start);
}

void
oxcdata_property_row(rop_ctx_t *c, const guint32 *tags, guint count)
{
    int start = c->offset;
    guint32 flag;
    guint i;
    proto_tree *row = proto_tree_add_subtree(c->tree, c->tvb, c->offset, -1, ett_oxcrops_row, NULL, "PropertyRow");

    proto_tree_add_item_ret_uint(row, hf_oxcrops_property_row_flag, c->tvb, c->offset, 1, ENC_NA, &flag);
    c->offset += 1;
    if (flag > 1) {
        proto_tree_add_expert_format(row, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 1,
                                     "PropertyRow Flag 0x%02x is neither 0x00 nor 0x01", flag);
        c->stopped = TRUE;
        return;
    }
    for (i = 0; i < count && !c->stopped; i++)
        row_value(c, row, tags[i], flag == 0x01);
    proto_item_set_len(proto_tree_get_parent(row), c->offset - start);
}

void
oxcdata_property_problem(rop_ctx_t *c)
{
    proto_tree *t = proto_tree_add_subtree(c->tree, c->tvb, c->offset, 10, ett_oxcrops_problem, NULL,
                                           "PropertyProblem");
    proto_tree *saved = c->tree;

    c->tree = t;
    rop_uint(c, hf_oxcrops_problem_index, 2);   /* MS-OXCDATA 2.7: Index is 2 bytes */
    oxcdata_property_tag(c);
    rop_uint(c, hf_oxcrops_problem_error_code, 4);
    c->tree = saved;
}

void
oxcdata_register(void)
{
    static hf_register_info hf[] = {
        { &hf_oxcrops_property_tag,
          { "PropertyTag", "oxcrops.property_tag", FT_UINT32, BASE_CUSTOM, CF_FUNC(property_tag_format), 0,
            "Property ID and type (MS-OXCDATA 2.9), named per MS-OXPROPS", HFILL } },
        { &hf_oxcrops_property_id,
          { "PropertyId", "oxcrops.property_id", FT_UINT16, BASE_CUSTOM, CF_FUNC(property_id_format), 0,
            NULL, HFILL } },
        { &hf_oxcrops_property_type,
          { "PropertyType", "oxcrops.property_type", FT_UINT16, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_prop_type_vals_ext, 0, "MS-OXCDATA 2.11.1", HFILL } },
        { &hf_oxcrops_named_property,
          { "Named property", "oxcrops.named_property", FT_STRING, BASE_NONE, NULL, 0,
            "Property set and LID or name the property ID was mapped from in this session", HFILL } },
        { &hf_oxcrops_value_int16,
          { "PtypInteger16", "oxcrops.value.int16", FT_INT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_int32,
          { "PtypInteger32", "oxcrops.value.int32", FT_INT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_float,
          { "PtypFloating32", "oxcrops.value.float", FT_FLOAT, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_double,
          { "PtypFloating64", "oxcrops.value.double", FT_DOUBLE, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_currency,
          { "PtypCurrency", "oxcrops.value.currency", FT_INT64, BASE_DEC, NULL, 0,
            "Currency in units of 1/10000", HFILL } },
        { &hf_oxcrops_value_floating_time,
          { "PtypFloatingTime", "oxcrops.value.floating_time", FT_DOUBLE, BASE_NONE, NULL, 0,
            "Days since 1899-12-30", HFILL } },
        { &hf_oxcrops_value_error_code,
          { "PtypErrorCode", "oxcrops.value.error_code", FT_UINT32, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
        { &hf_oxcrops_value_boolean,
          { "PtypBoolean", "oxcrops.value.boolean", FT_BOOLEAN, 8, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_int64,
          { "PtypInteger64", "oxcrops.value.int64", FT_INT64, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_string,
          { "String", "oxcrops.value.string", FT_STRING, BASE_NONE, NULL, 0,
            "PtypString (UTF-16LE) or PtypString8 value", HFILL } },
        { &hf_oxcrops_value_time,
          { "PtypTime", "oxcrops.value.time", FT_ABSOLUTE_TIME, ABSOLUTE_TIME_UTC, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_guid,
          { "PtypGuid", "oxcrops.value.guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_count,
          { "Count", "oxcrops.value.count", FT_UINT32, BASE_DEC, NULL, 0,
            "COUNT of a binary value or of a multi-valued property", HFILL } },
        { &hf_oxcrops_value_binary,
          { "PtypBinary", "oxcrops.value.binary", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_server_id,
          { "PtypServerId", "oxcrops.value.server_id", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_oxcrops_value_flag,
          { "Flag", "oxcrops.value.flag", FT_UINT8, BASE_HEX, VALS(flagged_value_flag_vals), 0,
            "FlaggedPropertyValue Flag (MS-OXCDATA 2.11.5)", HFILL } },
        { &hf_oxcrops_property_row_flag,
          { "Flag", "oxcrops.property_row.flag", FT_UINT8, BASE_HEX, VALS(property_row_flag_vals), 0,
            "PropertyRow Flag (MS-OXCDATA 2.8.1)", HFILL } },
        { &hf_oxcrops_problem_index,
          { "Index", "oxcrops.property_problem.index", FT_UINT16, BASE_DEC, NULL, 0,
            "Index of the property in the request (MS-OXCDATA 2.7)", HFILL } },
        { &hf_oxcrops_problem_error_code,
          { "ErrorCode", "oxcrops.property_problem.error_code", FT_UINT32, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_oxcrops_tag, &ett_oxcrops_value, &ett_oxcrops_row, &ett_oxcrops_problem };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    recipient_row_register();
}

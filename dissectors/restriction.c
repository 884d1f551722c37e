/* SPDX-License-Identifier: GPL-2.0-or-later */
/* restriction.c: restrictions (MS-OXCDATA 2.12) and sort orders (MS-OXCDATA 2.13).
 *
 * Restrictions nest (And, Or, Not, SubObject, Comment, Count, and a PtypRestriction
 * value inside a TaggedValue): every nested one is decoded with depth + 1, and
 * past RESTRICTION_MAX_DEPTH an ei_oxcrops_depth item ends the walk. A
 * PtypRestriction value inside a restriction is decoded here (not through
 * oxcdata_property_value, which starts again at depth 0), so the recursion is
 * bounded whatever the buffer holds. Counts are in their ROP-buffer widths
 * (MS-OXCDATA 2.12.2.1: RestrictCount is 16 bits in ROPs, 32 in extended rules).
 */
#include <epan/packet.h>
#include <epan/expert.h>

#include "wscompat.h"
#include "oxcrops.h"
#include "oxcdata.h"
#include "proptags.h"

#define RESTRICTION_MAX_DEPTH 32

/* Where the enumerations decoded here are listed, for rop_enum's warnings. */
#define ENUM_SPEC "MS-OXCDATA 2.12/2.13"

static int hf_restriction_data_size = -1;
static int hf_restrict_type = -1;
static int hf_restrict_count = -1;
static int hf_fuzzy_level_low = -1;
static int hf_fuzzy_level_high = -1;
static int hf_fl_ignorecase = -1;
static int hf_fl_ignorenonspace = -1;
static int hf_fl_loose = -1;
static int hf_relop = -1;
static int hf_bitmap_relop = -1;
static int hf_mask = -1;
static int hf_size = -1;
static int hf_subobject = -1;
static int hf_tagged_values_count = -1;
static int hf_restriction_present = -1;
static int hf_count = -1;
static int hf_sort_order_count = -1;
static int hf_category_count = -1;
static int hf_expanded_count = -1;
static int hf_order = -1;

static gint ett_restriction = -1;
static gint ett_tagged_value = -1;
static gint ett_fuzzy_level_high = -1;
static gint ett_sort_orders = -1;
static gint ett_sort_order = -1;

/* MS-OXCDATA 2.12: RestrictType */
static const value_string restrict_type_vals[] = {
    { 0x00, "AndRestriction" },
    { 0x01, "OrRestriction" },
    { 0x02, "NotRestriction" },
    { 0x03, "ContentRestriction" },
    { 0x04, "PropertyRestriction" },
    { 0x05, "ComparePropertiesRestriction" },
    { 0x06, "BitMaskRestriction" },
    { 0x07, "SizeRestriction" },
    { 0x08, "ExistRestriction" },
    { 0x09, "SubObjectRestriction" },
    { 0x0A, "CommentRestriction" },
    { 0x0B, "CountRestriction" },
    { 0, NULL }
};

/* MS-OXCDATA 2.12.4.1: FuzzyLevelLow */
static const value_string fuzzy_level_low_vals[] = {
    { 0x0000, "FL_FULLSTRING" },
    { 0x0001, "FL_SUBSTRING" },
    { 0x0002, "FL_PREFIX" },
    { 0, NULL }
};

/* MS-OXCDATA 2.12.4.1: FuzzyLevelHigh (any combination) */
#define FL_IGNORECASE     0x0001
#define FL_IGNORENONSPACE 0x0002
#define FL_LOOSE          0x0004
static int *const fuzzy_level_high_bits[] = { &hf_fl_ignorecase, &hf_fl_ignorenonspace, &hf_fl_loose, NULL };

/* MS-OXCDATA 2.12.5.1, 2.12.6.1, 2.12.8.1: RelOp */
static const value_string relop_vals[] = {
    { 0x00, "RELOP_LT" },
    { 0x01, "RELOP_LE" },
    { 0x02, "RELOP_GT" },
    { 0x03, "RELOP_GE" },
    { 0x04, "RELOP_EQ" },
    { 0x05, "RELOP_NE" },
    { 0x64, "RELOP_MEMBER_OF_DL" },
    { 0, NULL }
};

/* MS-OXCDATA 2.12.7.1: BitmapRelOp */
static const value_string bitmap_relop_vals[] = {
    { 0x00, "BMR_EQZ" },
    { 0x01, "BMR_NEZ" },
    { 0, NULL }
};

/* MS-OXCDATA 2.12.10.1: Subobject (the only two property tags allowed) */
static const value_string subobject_vals[] = {
    { 0x0E12000D, "PidTagMessageRecipients" },
    { 0x0E13000D, "PidTagMessageAttachments" },
    { 0, NULL }
};

/* MS-OXCDATA 2.13.1: Order */
static const value_string order_vals[] = {
    { 0x00, "Ascending" },
    { 0x01, "Descending" },
    { 0x04, "MaximumCategory" },
    { 0, NULL }
};

/* The PidTag name of a tag, for item labels. */
static const char *
tag_label(rop_ctx_t *c, guint32 tag)
{
    const char *name = try_val_to_str_ext(tag >> 16, &oxcdata_prop_id_vals_ext);

    return name ? name : wmem_strdup_printf(c->pinfo->pool, "0x%08x", tag);
}

/* A PropertyTag whose type the spec restricts: an expert warning when it is not `want`. */
static guint32
tag_of_type(rop_ctx_t *c, guint16 want, const char *why)
{
    int start = c->offset;
    guint32 tag = oxcdata_property_tag(c);

    if ((tag & 0xFFFF) != want)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 4,
                                     "Property type 0x%04x: %s", tag & 0xFFFF, why);
    return tag;
}

/* A TaggedPropertyValue (MS-OXCDATA 2.11.4) inside a restriction. A PtypRestriction
 * value is a nested restriction and is decoded here at depth + 1; it has no
 * multi-valued form (MS-OXCDATA 2.11.1). */
static void
tagged_value(rop_ctx_t *c, int depth, gboolean single_only)
{
    int start = c->offset;
    guint32 tag = tvb_get_letohl(c->tvb, c->offset);
    guint16 type = tag & 0xFFFF;
    proto_tree *saved = c->tree;
    proto_item *ti;

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, start, -1, ett_tagged_value, &ti,
                                            "TaggedValue: %s", tag_label(c, tag));
    oxcdata_property_tag(c);
    if (type == PTYP_RESTRICTION) {
        oxcdata_restriction(c, depth + 1);
    } else if ((type & ~(PTYP_MV_FLAG | PTYP_MVI_FLAG)) == PTYP_RESTRICTION) {
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 4,
                                     "Property type 0x%04x: PtypRestriction has no multi-valued form; "
                                     "the rest is not decoded", type);
        c->stopped = TRUE;
    } else {
        if (single_only && (type & PTYP_MV_FLAG))
            proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 4,
                                         "A CommentRestriction's TaggedValues MUST NOT be multi-valued "
                                         "(MS-OXCDATA 2.12.11.1)");
        oxcdata_property_value(c, c->tree, tag);
    }
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

/* MS-OXCDATA 2.12.1.1 AndRestriction, 2.12.2.1 OrRestriction: RestrictCount
 * (16 bits in ROP buffers) then that many restrictions. */
static void
and_or_restriction(rop_ctx_t *c, int depth, proto_item *ti)
{
    guint32 n = rop_uint(c, hf_restrict_count, 2), i;

    proto_item_append_text(ti, " (%u)", n);
    if (!oxcdata_count_ok(c, n, "RestrictCount"))
        return;
    for (i = 0; i < n && !c->stopped; i++)
        oxcdata_restriction(c, depth + 1);
}

/* MS-OXCDATA 2.12.3.1 NotRestriction */
static void
not_restriction(rop_ctx_t *c, int depth, proto_item *ti _U_)
{
    oxcdata_restriction(c, depth + 1);
}

/* MS-OXCDATA 2.12.4.1 ContentRestriction */
static void
content_restriction(rop_ctx_t *c, int depth, proto_item *ti)
{
    guint32 low = rop_enum(c, hf_fuzzy_level_low, 2, fuzzy_level_low_vals, "FuzzyLevelLow", ENUM_SPEC);
    guint32 tag;

    rop_bitmask(c, hf_fuzzy_level_high, ett_fuzzy_level_high, fuzzy_level_high_bits, 2,
                FL_IGNORECASE | FL_IGNORENONSPACE | FL_LOOSE);
    tag = oxcdata_property_tag(c);
    proto_item_append_text(ti, ": %s %s", tag_label(c, tag), val_to_str_const(low, fuzzy_level_low_vals, "?"));
    tagged_value(c, depth, FALSE);
}

/* MS-OXCDATA 2.12.5.1 PropertyRestriction */
static void
property_restriction(rop_ctx_t *c, int depth, proto_item *ti)
{
    guint32 relop = rop_enum(c, hf_relop, 1, relop_vals, "RelOp", ENUM_SPEC);
    guint32 tag = oxcdata_property_tag(c);

    proto_item_append_text(ti, ": %s %s", tag_label(c, tag), val_to_str_const(relop, relop_vals, "?"));
    tagged_value(c, depth, FALSE);
}

/* MS-OXCDATA 2.12.6.1 ComparePropertiesRestriction: "The properties to be
 * compared MUST both be of the same type." */
static void
compare_properties_restriction(rop_ctx_t *c, int depth _U_, proto_item *ti)
{
    guint32 relop = rop_enum(c, hf_relop, 1, relop_vals, "RelOp", ENUM_SPEC);
    guint32 tag1 = oxcdata_property_tag(c);
    guint32 tag2 = tag_of_type(c, tag1 & 0xFFFF, "PropTag2 MUST have the type of PropTag1 (MS-OXCDATA 2.12.6.1)");

    proto_item_append_text(ti, ": %s %s %s", tag_label(c, tag1), val_to_str_const(relop, relop_vals, "?"),
                           tag_label(c, tag2));
}

/* MS-OXCDATA 2.12.7.1 BitMaskRestriction: PropTag MUST be a PtypInteger32. */
static void
bitmask_restriction(rop_ctx_t *c, int depth _U_, proto_item *ti)
{
    guint32 op = rop_enum(c, hf_bitmap_relop, 1, bitmap_relop_vals, "BitmapRelOp", ENUM_SPEC);
    guint32 tag = tag_of_type(c, PTYP_INTEGER32, "PropTag MUST be PtypInteger32 (MS-OXCDATA 2.12.7.1)");
    guint32 mask = rop_uint(c, hf_mask, 4);

    proto_item_append_text(ti, ": %s & 0x%08x %s", tag_label(c, tag), mask,
                           val_to_str_const(op, bitmap_relop_vals, "?"));
}

/* MS-OXCDATA 2.12.8.1 SizeRestriction */
static void
size_restriction(rop_ctx_t *c, int depth _U_, proto_item *ti)
{
    guint32 relop = rop_enum(c, hf_relop, 1, relop_vals, "RelOp", ENUM_SPEC);
    guint32 tag = oxcdata_property_tag(c);
    guint32 size = rop_uint(c, hf_size, 4);

    proto_item_append_text(ti, ": size of %s %s %u", tag_label(c, tag), val_to_str_const(relop, relop_vals, "?"),
                           size);
}

/* MS-OXCDATA 2.12.9.1 ExistRestriction */
static void
exist_restriction(rop_ctx_t *c, int depth _U_, proto_item *ti)
{
    proto_item_append_text(ti, ": %s", tag_label(c, oxcdata_property_tag(c)));
}

/* MS-OXCDATA 2.12.10.1 SubObjectRestriction */
static void
subobject_restriction(rop_ctx_t *c, int depth, proto_item *ti)
{
    guint32 sub = rop_enum(c, hf_subobject, 4, subobject_vals, "Subobject", ENUM_SPEC);

    proto_item_append_text(ti, ": %s", tag_label(c, sub));
    oxcdata_restriction(c, depth + 1);
}

/* MS-OXCDATA 2.12.11.1 CommentRestriction: TaggedValuesCount (1 byte), the
 * values, RestrictionPresent ("MUST contain either TRUE (0x01) or FALSE (0x00)"),
 * and the Restriction only when it is TRUE. */
static void
comment_restriction(rop_ctx_t *c, int depth, proto_item *ti)
{
    guint32 n = rop_uint(c, hf_tagged_values_count, 1), i, present;
    proto_item *pi;

    proto_item_append_text(ti, " (%u values)", n);
    for (i = 0; i < n && !c->stopped; i++)
        tagged_value(c, depth, TRUE);
    if (c->stopped)
        return;
    pi = proto_tree_add_item_ret_uint(c->tree, hf_restriction_present, c->tvb, c->offset, 1, ENC_NA, &present);
    c->offset += 1;
    if (present > 1)
        expert_add_info_format(c->pinfo, pi, &ei_oxcrops_bad_value,
                               "RestrictionPresent 0x%02x is neither TRUE (0x01) nor FALSE (0x00); "
                               "read as TRUE", present);
    if (present)
        oxcdata_restriction(c, depth + 1);
}

/* MS-OXCDATA 2.12.12 CountRestriction */
static void
count_restriction(rop_ctx_t *c, int depth, proto_item *ti)
{
    proto_item_append_text(ti, ": at most %u", rop_uint(c, hf_count, 4));
    oxcdata_restriction(c, depth + 1);
}

typedef void (*restriction_fn)(rop_ctx_t *c, int depth, proto_item *ti);

/* Indexed by RestrictType (MS-OXCDATA 2.12). */
static const restriction_fn restriction_bodies[] = {
    and_or_restriction, and_or_restriction, not_restriction, content_restriction,
    property_restriction, compare_properties_restriction, bitmask_restriction, size_restriction,
    exist_restriction, subobject_restriction, comment_restriction, count_restriction,
};

/* MS-OXCDATA 2.12: RestrictType (1 byte) then the structure it names. */
void
oxcdata_restriction(rop_ctx_t *c, int depth)
{
    int start = c->offset;
    guint8 type;
    proto_tree *saved = c->tree;
    proto_item *ti;

    if (depth > RESTRICTION_MAX_DEPTH) {
        proto_tree_add_expert_format(saved, c->pinfo, &ei_oxcrops_depth, c->tvb, start, -1,
                                     "Restrictions nested more than %d deep: the rest is not decoded",
                                     RESTRICTION_MAX_DEPTH);
        c->stopped = TRUE;
        return;
    }
    type = tvb_get_uint8(c->tvb, start);
    c->tree = proto_tree_add_subtree(saved, c->tvb, start, -1, ett_restriction, &ti,
                                     val_to_str_const(type, restrict_type_vals, "Restriction"));
    rop_uint(c, hf_restrict_type, 1);
    if (type < array_length(restriction_bodies)) {
        restriction_bodies[type](c, depth, ti);
    } else {
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, -1,
                                     "RestrictType 0x%02x is not defined (MS-OXCDATA 2.12): "
                                     "the rest is not decoded", type);
        c->stopped = TRUE;
    }
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

/* RestrictionDataSize and RestrictionData (MS-OXCROPS 2.2.5.3.1, 2.2.5.13.1,
 * 2.2.4.4.1, 2.2.4.5.2). The restriction is walked inside its own RestrictionDataSize
 * bytes: one that stops early (an undefined RestrictType, too deep) ends there
 * and the ROP goes on after the field; one that runs past it is malformed. */
void
oxcdata_restriction_data(rop_ctx_t *c)
{
    guint32 size = rop_uint(c, hf_restriction_data_size, 2);
    rop_ctx_t sub;

    if (size == 0)
        return;
    tvb_ensure_bytes_exist(c->tvb, c->offset, size);
    sub = *c;
    sub.tvb = tvb_new_subset_length(c->tvb, c->offset, size);
    sub.offset = 0;
    sub.stopped = FALSE;
    oxcdata_restriction(&sub, 0);
    if (!sub.stopped && sub.offset < (int)size)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, sub.tvb, sub.offset, -1,
                                     "%u bytes of RestrictionData follow the restriction",
                                     size - (guint32)sub.offset);
    c->offset += size;
}

/* MS-OXCDATA 2.13.1 SortOrder: PropertyType and PropertyId (a PropertyTag), Order.
 * MultivalueFlag and MultivalueInstance are set together or not at all. */
static gboolean
sort_order(rop_ctx_t *c)
{
    int start = c->offset;
    guint32 tag = tvb_get_letohl(c->tvb, c->offset);
    guint16 mv = tag & (PTYP_MV_FLAG | PTYP_MVI_FLAG);
    proto_tree *saved = c->tree;
    proto_item *ti;
    guint32 order;

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, start, 5, ett_sort_order, &ti,
                                            "SortOrder: %s", tag_label(c, tag));
    oxcdata_property_tag(c);
    if (mv != 0 && mv != (PTYP_MV_FLAG | PTYP_MVI_FLAG))
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 4,
                                     "MultivalueFlag and MultivalueInstance MUST be set together "
                                     "(MS-OXCDATA 2.13.1)");
    order = rop_enum(c, hf_order, 1, order_vals, "Order", ENUM_SPEC);
    proto_item_append_text(ti, ", %s", val_to_str_const(order, order_vals, "?"));
    c->tree = saved;
    return mv != 0;
}

/* MS-OXCDATA 2.13.2 SortOrderSet, with the field names of RopSortTable
 * (MS-OXCROPS 2.2.5.2.1 and MS-OXCTABL 2.2.2.3.1 call the second count
 * CategoryCount; MS-OXCDATA calls it CategorizedCount). */
void
oxcdata_sort_order_set(rop_ctx_t *c)
{
    int start = c->offset;
    guint32 n = rop_uint(c, hf_sort_order_count, 2);
    guint32 categories = rop_uint(c, hf_category_count, 2);
    guint32 expanded = rop_uint(c, hf_expanded_count, 2);
    guint32 i, multi = 0;
    proto_tree *saved = c->tree;

    if (categories > n)
        proto_tree_add_expert_format(saved, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start + 2, 2,
                                     "CategoryCount %u exceeds SortOrderCount %u", categories, n);
    if (expanded > categories)
        proto_tree_add_expert_format(saved, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start + 4, 2,
                                     "ExpandedCount %u exceeds CategoryCount %u", expanded, categories);
    if (!oxcdata_count_ok(c, n, "SortOrderCount"))
        return;
    tvb_ensure_bytes_exist(c->tvb, c->offset, 5 * n);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 5 * n, ett_sort_orders, NULL,
                                            "SortOrders (%u)", n);
    for (i = 0; i < n; i++)
        multi += sort_order(c);
    if (multi > 1)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start + 6, 5 * n,
                                     "%u SortOrders name a multi-valued property; at most one can "
                                     "(MS-OXCDATA 2.13.2)", multi);
    c->tree = saved;
}

void
restriction_register(void)
{
    static hf_register_info hf[] = {
        { &hf_restriction_data_size,
          { "RestrictionDataSize", "oxcrops.restriction_data_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Size of RestrictionData, a restriction (MS-OXCDATA 2.12); 0: none", HFILL } },
        { &hf_restrict_type,
          { "RestrictType", "oxcrops.restriction.restrict_type", FT_UINT8, BASE_HEX, VALS(restrict_type_vals), 0,
            "MS-OXCDATA 2.12", HFILL } },
        { &hf_restrict_count,
          { "RestrictCount", "oxcrops.restriction.restrict_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Restrictions in an And or Or restriction (16 bits in ROP buffers)", HFILL } },
        { &hf_fuzzy_level_low,
          { "FuzzyLevelLow", "oxcrops.restriction.fuzzy_level_low", FT_UINT16, BASE_HEX,
            VALS(fuzzy_level_low_vals), 0, "MS-OXCDATA 2.12.4.1", HFILL } },
        { &hf_fuzzy_level_high,
          { "FuzzyLevelHigh", "oxcrops.restriction.fuzzy_level_high", FT_UINT16, BASE_HEX, NULL, 0,
            "MS-OXCDATA 2.12.4.1", HFILL } },
        { &hf_fl_ignorecase,
          { "FL_IGNORECASE", "oxcrops.restriction.fuzzy_level_high.fl_ignorecase", FT_BOOLEAN, 16, NULL,
            FL_IGNORECASE, "The comparison does not consider case", HFILL } },
        { &hf_fl_ignorenonspace,
          { "FL_IGNORENONSPACE", "oxcrops.restriction.fuzzy_level_high.fl_ignorenonspace", FT_BOOLEAN, 16, NULL,
            FL_IGNORENONSPACE, "The comparison ignores Unicode-defined nonspacing characters", HFILL } },
        { &hf_fl_loose,
          { "FL_LOOSE", "oxcrops.restriction.fuzzy_level_high.fl_loose", FT_BOOLEAN, 16, NULL,
            FL_LOOSE, "A match whenever possible, ignoring case and nonspacing characters", HFILL } },
        { &hf_relop,
          { "RelOp", "oxcrops.restriction.relop", FT_UINT8, BASE_HEX, VALS(relop_vals), 0,
            "Relational operator (MS-OXCDATA 2.12.5.1)", HFILL } },
        { &hf_bitmap_relop,
          { "BitmapRelOp", "oxcrops.restriction.bitmap_relop", FT_UINT8, BASE_HEX, VALS(bitmap_relop_vals), 0,
            "MS-OXCDATA 2.12.7.1", HFILL } },
        { &hf_mask,
          { "Mask", "oxcrops.restriction.mask", FT_UINT32, BASE_HEX, NULL, 0,
            "Bitmask ANDed with the property (MS-OXCDATA 2.12.7.1)", HFILL } },
        { &hf_size,
          { "Size", "oxcrops.restriction.size", FT_UINT32, BASE_DEC, NULL, 0,
            "Size in bytes compared with the property's size (MS-OXCDATA 2.12.8.1)", HFILL } },
        { &hf_subobject,
          { "Subobject", "oxcrops.restriction.subobject", FT_UINT32, BASE_HEX, VALS(subobject_vals), 0,
            "Property tag of the subobject table the subrestriction applies to (MS-OXCDATA 2.12.10.1)", HFILL } },
        { &hf_tagged_values_count,
          { "TaggedValuesCount", "oxcrops.restriction.tagged_values_count", FT_UINT8, BASE_DEC, NULL, 0,
            "Comments of a CommentRestriction (MS-OXCDATA 2.12.11.1)", HFILL } },
        { &hf_restriction_present,
          { "RestrictionPresent", "oxcrops.restriction.restriction_present", FT_UINT8, BASE_HEX, NULL, 0,
            "TRUE (0x01): a Restriction follows (MS-OXCDATA 2.12.11.1)", HFILL } },
        { &hf_count,
          { "Count", "oxcrops.restriction.count", FT_UINT32, BASE_DEC, NULL, 0,
            "Limit on the number of matches of the SubRestriction (MS-OXCDATA 2.12.12)", HFILL } },
        { &hf_sort_order_count,
          { "SortOrderCount", "oxcrops.sort_order_set.sort_order_count", FT_UINT16, BASE_DEC, NULL, 0,
            "SortOrder structures in SortOrders (MS-OXCDATA 2.13.2)", HFILL } },
        { &hf_category_count,
          { "CategoryCount", "oxcrops.sort_order_set.category_count", FT_UINT16, BASE_DEC, NULL, 0,
            "The first CategoryCount SortOrders are category columns (CategorizedCount in MS-OXCDATA 2.13.2)",
            HFILL } },
        { &hf_expanded_count,
          { "ExpandedCount", "oxcrops.sort_order_set.expanded_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Categories that start expanded (MS-OXCDATA 2.13.2)", HFILL } },
        { &hf_order,
          { "Order", "oxcrops.sort_order.order", FT_UINT8, BASE_HEX, VALS(order_vals), 0,
            "MS-OXCDATA 2.13.1", HFILL } },
    };
    static gint *ett[] = {
        &ett_restriction, &ett_tagged_value, &ett_fuzzy_level_high, &ett_sort_orders, &ett_sort_order
    };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

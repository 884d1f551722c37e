/* SPDX-License-Identifier: GPL-2.0-or-later */
/* propname.c: the PropertyName structure (MS-OXCDATA 2.6.1), the name of a
 * named property, as RopGetPropertyIdsFromNames, RopGetNamesFromPropertyIds
 * and RopQueryNamedProperties carry it.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/guid-utils.h>
#include <epan/to_str.h>

#include "wscompat.h"
#include "oxcdata.h"

static int hf_propname_kind = -1;
static int hf_propname_guid = -1;
static int hf_propname_lid = -1;
static int hf_propname_name_size = -1;
static int hf_propname_name = -1;

static gint ett_propname = -1;

/* MS-OXCDATA 2.6.1: Kind */
#define KIND_LID  0x00
#define KIND_NAME 0x01
#define KIND_NONE 0xFF
static const value_string kind_vals[] = {
    { KIND_LID,  "LID" },
    { KIND_NAME, "Name" },
    { KIND_NONE, "No PropertyName" },
    { 0, NULL }
};

/* MS-OXPROPS 1.3.2: the commonly used property sets, to name the GUID. */
static const struct {
    e_guid_t guid;
    const char *name;
} property_sets[] = {
    { { 0x00020328, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PS_MAPI" },
    { { 0x00020329, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PS_PUBLIC_STRINGS" },
    { { 0x00020386, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PS_INTERNET_HEADERS" },
    { { 0x00062008, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_Common" },
    { { 0x00062004, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_Address" },
    { { 0x00062002, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_Appointment" },
    { { 0x6ED8DA90, 0x450B, 0x101B, { 0x98, 0xDA, 0x00, 0xAA, 0x00, 0x3F, 0x13, 0x05 } }, "PSETID_Meeting" },
    { { 0x0006200A, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_Log" },
    { { 0x41F28F13, 0x83F4, 0x4114, { 0xA5, 0x84, 0xEE, 0xDB, 0x5A, 0x6B, 0x0B, 0xFF } }, "PSETID_Messaging" },
    { { 0x0006200E, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_Note" },
    { { 0x00062041, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_PostRss" },
    { { 0x00062003, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_Task" },
    { { 0x4442858E, 0xA9E3, 0x4E80, { 0xB9, 0x00, 0x31, 0x7A, 0x21, 0x0C, 0xC1, 0x5B } }, "PSETID_UnifiedMessaging" },
    { { 0x71035549, 0x0739, 0x4DCB, { 0x91, 0x63, 0x00, 0xF0, 0x58, 0x0D, 0xBB, 0xDF } }, "PSETID_AirSync" },
    { { 0x00062040, 0x0000, 0x0000, { 0xC0, 0, 0, 0, 0, 0, 0, 0x46 } }, "PSETID_Sharing" },
    { { 0x23239608, 0x685D, 0x4732, { 0x9C, 0x55, 0x4C, 0x95, 0xCB, 0x4E, 0x8E, 0x33 } }, "PSETID_XmlExtractedEntities" },
};

static const char *
property_set_name(const e_guid_t *guid)
{
    guint i;

    for (i = 0; i < G_N_ELEMENTS(property_sets); i++)
        if (memcmp(guid, &property_sets[i].guid, sizeof *guid) == 0)
            return property_sets[i].name;
    return NULL;
}

/* GUID: a FlatUID (MS-OXCDATA 2.5.1), little-endian; named when it is a known property set. */
static const char *
property_set_guid(rop_ctx_t *c)
{
    e_guid_t guid;
    const char *name;
    proto_item *ti;

    tvb_get_guid(c->tvb, c->offset, &guid, ENC_LITTLE_ENDIAN);
    ti = proto_tree_add_item(c->tree, hf_propname_guid, c->tvb, c->offset, 16, ENC_LITTLE_ENDIAN);
    c->offset += 16;
    name = property_set_name(&guid);
    if (name)
        proto_item_append_text(ti, " (%s)", name);
    return name ? name : guid_to_str(c->pinfo->pool, &guid);
}

/* MS-OXCDATA 2.6.1. The GUID is read for every Kind: the structure's diagram
 * shows it unconditionally, and so do Gromox's and the Microsoft protocol test
 * suites' PropertyName (de)serializers; MS-OXCPRPT 3.2.5.9's "there is no other
 * return data" for Kind 0xFF is read as "no LID or Name". NameSize counts the
 * bytes of Name, its UTF-16 terminator included. */
const char *
oxcdata_property_name(rop_ctx_t *c)
{
    int start = c->offset;
    const char *label = NULL;
    guint8 kind = tvb_get_uint8(c->tvb, c->offset);
    proto_tree *saved = c->tree;
    proto_item *ti;
    const char *set;

    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, -1, ett_propname, &ti, "PropertyName");
    rop_uint(c, hf_propname_kind, 1);
    set = property_set_guid(c);
    switch (kind) {
    case KIND_LID:
        label = wmem_strdup_printf(c->pinfo->pool, "%s, LID 0x%08x", set, rop_uint(c, hf_propname_lid, 4));
        break;
    case KIND_NAME: {
        guint32 size = rop_uint(c, hf_propname_name_size, 1);
        const guint8 *name;

        proto_tree_add_item_ret_string(c->tree, hf_propname_name, c->tvb, c->offset, size,
                                       ENC_UTF_16|ENC_LITTLE_ENDIAN, c->pinfo->pool, &name);
        c->offset += size;
        label = wmem_strdup_printf(c->pinfo->pool, "%s, \"%s\"", set, name);
        break;
    }
    case KIND_NONE:
        proto_item_append_text(ti, ": none");
        break;
    default:
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 1,
                                     "PropertyName Kind 0x%02x is not 0x00, 0x01 or 0xFF: its length is unknown",
                                     kind);
        c->stopped = TRUE;
        break;
    }
    if (label)
        proto_item_append_text(ti, ": %s", label);
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
    return label;
}

void
propname_register(void)
{
    static hf_register_info hf[] = {
        { &hf_propname_kind,
          { "Kind", "oxcrops.property_name.kind", FT_UINT8, BASE_HEX, VALS(kind_vals), 0,
            "How the named property is identified (MS-OXCDATA 2.6.1)", HFILL } },
        { &hf_propname_guid,
          { "GUID", "oxcrops.property_name.guid", FT_GUID, BASE_NONE, NULL, 0,
            "Property set of the named property", HFILL } },
        { &hf_propname_lid,
          { "LID", "oxcrops.property_name.lid", FT_UINT32, BASE_HEX, NULL, 0,
            "Long ID of the named property within its property set", HFILL } },
        { &hf_propname_name_size,
          { "NameSize", "oxcrops.property_name.name_size", FT_UINT8, BASE_DEC, NULL, 0,
            "Bytes of Name, terminator included", HFILL } },
        { &hf_propname_name,
          { "Name", "oxcrops.property_name.name", FT_STRINGZ, BASE_NONE, NULL, 0,
            "Name of the named property within its property set", HFILL } },
    };
    static gint *ett[] = { &ett_propname };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

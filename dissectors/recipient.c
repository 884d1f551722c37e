/* SPDX-License-Identifier: GPL-2.0-or-later */
/* recipient.c: RecipientRow (MS-OXCDATA 2.8.3), used by RopModifyRecipients,
 * RopReadRecipients, RopOpenMessage and RopOpenEmbeddedMessage. */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"

static int hf_recipient_flags = -1;
static int hf_rf_type = -1;
static int hf_rf_e = -1;
static int hf_rf_d = -1;
static int hf_rf_t = -1;
static int hf_rf_s = -1;
static int hf_rf_r = -1;
static int hf_rf_n = -1;
static int hf_rf_u = -1;
static int hf_rf_i = -1;
static int hf_rf_reserved = -1;
static int hf_rf_o = -1;
static int hf_address_prefix_used = -1;
static int hf_display_type = -1;
static int hf_x500_dn = -1;
static int hf_entry_id_size = -1;
static int hf_entry_id = -1;
static int hf_search_key_size = -1;
static int hf_search_key = -1;
static int hf_address_type = -1;
static int hf_email_address = -1;
static int hf_display_name = -1;
static int hf_simple_display_name = -1;
static int hf_transmittable_display_name = -1;
static int hf_recipient_column_count = -1;
static int hf_recipient_properties = -1;

static gint ett_recipient = -1;
static gint ett_flags = -1;

/* MS-OXCDATA 2.8.3.1: RecipientFlags. The spec draws the bits most significant
 * first in each byte: byte 0 = R S T D E Type(3), byte 1 = O Reserved(4) I U N;
 * as a little-endian 16-bit value that gives the masks below (the common
 * Exchange value 0x0651 reads S | D | X500DN | I | U). */
#define RF_TYPE     0x0007
#define RF_E        0x0008
#define RF_D        0x0010
#define RF_T        0x0020
#define RF_S        0x0040
#define RF_R        0x0080
#define RF_N        0x0100
#define RF_U        0x0200
#define RF_I        0x0400
#define RF_RESERVED 0x7800
#define RF_O        0x8000
static int *const recipient_flags[] = {
    &hf_rf_type, &hf_rf_e, &hf_rf_d, &hf_rf_t, &hf_rf_s, &hf_rf_r, &hf_rf_n, &hf_rf_u, &hf_rf_i,
    &hf_rf_reserved, &hf_rf_o, NULL
};

/* MS-OXCDATA 2.8.3.1: Type */
#define RT_NO_TYPE 0x0
#define RT_X500DN  0x1
#define RT_PDL1    0x6
#define RT_PDL2    0x7
static const value_string recipient_type_vals[] = {
    { 0x0, "NoType" },
    { 0x1, "X500DN" },
    { 0x2, "MsMail" },
    { 0x3, "SMTP" },
    { 0x4, "Fax" },
    { 0x5, "ProfessionalOfficeSystem" },
    { 0x6, "PersonalDistributionList1" },
    { 0x7, "PersonalDistributionList2" },
    { 0, NULL }
};

/* MS-OXCDATA 2.8.3.2: DisplayType */
static const value_string display_type_vals[] = {
    { 0x00, "Messaging user" },
    { 0x01, "Distribution list" },
    { 0x02, "Forum" },
    { 0x03, "Automated agent" },
    { 0x04, "Address Book object for a large group" },
    { 0x05, "Private, personally administered distribution list" },
    { 0x06, "Address Book object from a foreign or remote messaging system" },
    { 0, NULL }
};

/* columns NULL: the ROP does not carry the RecipientColumns; c->tvb must then
 * end where the row ends (its RecipientRowSize), and RecipientProperties are
 * shown as bytes. */
void
oxcdata_recipient_row(rop_ctx_t *c, const guint32 *columns, guint column_count)
{
    proto_tree *saved = c->tree;
    int start = c->offset;
    guint16 flags;
    guint type;
    gboolean unicode;
    guint32 ncols;
    const char *name = NULL;

    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, -1, ett_recipient, NULL, "RecipientRow");
    flags = (guint16)rop_bitmask(c, hf_recipient_flags, ett_flags, recipient_flags, 2, 0x87FF);
    type = flags & RF_TYPE;
    unicode = (flags & RF_U) != 0;
    if (type == RT_X500DN) {
        rop_uint(c, hf_address_prefix_used, 1);
        rop_uint(c, hf_display_type, 1);
        rop_stringz(c, hf_x500_dn, FALSE);
    } else if (type == RT_PDL1 || type == RT_PDL2) {
        rop_counted_bytes(c, hf_entry_id_size, 2, hf_entry_id);
        rop_counted_bytes(c, hf_search_key_size, 2, hf_search_key);
    }
    if (type == RT_NO_TYPE && (flags & RF_O))
        rop_stringz(c, hf_address_type, FALSE);
    if (flags & RF_E)
        rop_stringz(c, hf_email_address, unicode);
    if (flags & RF_D)
        name = rop_stringz(c, hf_display_name, unicode);
    if (flags & RF_I)
        rop_stringz(c, hf_simple_display_name, unicode);
    if (flags & RF_T)
        rop_stringz(c, hf_transmittable_display_name, unicode);
    ncols = rop_uint(c, hf_recipient_column_count, 2);
    if (!columns && ncols) {
        /* The ROP does not carry the columns (RopReadRecipients: an earlier ROP
         * set them). The caller has bounded c->tvb to this row (RecipientRowSize),
         * so the rest of it is the properties. */
        proto_item *ti = proto_tree_add_item(c->tree, hf_recipient_properties, c->tvb, c->offset, -1, ENC_NA);
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_no_context,
                               "The %u RecipientColumns of this row were set by an earlier ROP: its properties "
                               "are shown as bytes", ncols);
        c->offset = tvb_reported_length(c->tvb);
    } else if (ncols > column_count) {
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - 2, 2,
                                     "RecipientColumnCount %u exceeds the %u RecipientColumns", ncols, column_count);
        c->stopped = TRUE;
    } else {
        oxcdata_property_row(c, columns, ncols);
    }
    if (name)
        proto_item_append_text(proto_tree_get_parent(c->tree), ": %s", name);
    proto_item_set_len(proto_tree_get_parent(c->tree), c->offset - start);
    c->tree = saved;
}

void
recipient_row_register(void)
{
    static hf_register_info hf[] = {
        { &hf_recipient_flags,
          { "RecipientFlags", "oxcrops.recipient_row.recipient_flags", FT_UINT16, BASE_HEX, NULL, 0,
            "MS-OXCDATA 2.8.3.1", HFILL } },
        { &hf_rf_type,
          { "Type", "oxcrops.recipient_row.recipient_flags.type", FT_UINT16, BASE_HEX, VALS(recipient_type_vals),
            RF_TYPE, NULL, HFILL } },
        { &hf_rf_e,
          { "E (EmailAddress present)", "oxcrops.recipient_row.recipient_flags.e", FT_BOOLEAN, 16, NULL, RF_E,
            NULL, HFILL } },
        { &hf_rf_d,
          { "D (DisplayName present)", "oxcrops.recipient_row.recipient_flags.d", FT_BOOLEAN, 16, NULL, RF_D,
            NULL, HFILL } },
        { &hf_rf_t,
          { "T (TransmittableDisplayName present)", "oxcrops.recipient_row.recipient_flags.t", FT_BOOLEAN, 16,
            NULL, RF_T, NULL, HFILL } },
        { &hf_rf_s,
          { "S (TransmittableDisplayName same as DisplayName)", "oxcrops.recipient_row.recipient_flags.s",
            FT_BOOLEAN, 16, NULL, RF_S, NULL, HFILL } },
        { &hf_rf_r,
          { "R (another transport delivers)", "oxcrops.recipient_row.recipient_flags.r", FT_BOOLEAN, 16, NULL,
            RF_R, NULL, HFILL } },
        { &hf_rf_n,
          { "N (no rich text)", "oxcrops.recipient_row.recipient_flags.n", FT_BOOLEAN, 16, NULL, RF_N,
            NULL, HFILL } },
        { &hf_rf_u,
          { "U (Unicode strings)", "oxcrops.recipient_row.recipient_flags.u", FT_BOOLEAN, 16, NULL, RF_U,
            NULL, HFILL } },
        { &hf_rf_i,
          { "I (SimpleDisplayName present)", "oxcrops.recipient_row.recipient_flags.i", FT_BOOLEAN, 16, NULL,
            RF_I, NULL, HFILL } },
        { &hf_rf_reserved,
          { "Reserved", "oxcrops.recipient_row.recipient_flags.reserved", FT_UINT16, BASE_HEX, NULL,
            RF_RESERVED, NULL, HFILL } },
        { &hf_rf_o,
          { "O (AddressType present)", "oxcrops.recipient_row.recipient_flags.o", FT_BOOLEAN, 16, NULL, RF_O,
            NULL, HFILL } },
        { &hf_address_prefix_used,
          { "AddressPrefixUsed", "oxcrops.recipient_row.address_prefix_used", FT_UINT8, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_display_type,
          { "DisplayType", "oxcrops.recipient_row.display_type", FT_UINT8, BASE_HEX, VALS(display_type_vals), 0,
            NULL, HFILL } },
        { &hf_x500_dn,
          { "X500DN", "oxcrops.recipient_row.x500_dn", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_entry_id_size,
          { "EntryIdSize", "oxcrops.recipient_row.entry_id_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_entry_id,
          { "EntryId", "oxcrops.recipient_row.entry_id", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_search_key_size,
          { "SearchKeySize", "oxcrops.recipient_row.search_key_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_search_key,
          { "SearchKey", "oxcrops.recipient_row.search_key", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_address_type,
          { "AddressType", "oxcrops.recipient_row.address_type", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_email_address,
          { "EmailAddress", "oxcrops.recipient_row.email_address", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_display_name,
          { "DisplayName", "oxcrops.recipient_row.display_name", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_simple_display_name,
          { "SimpleDisplayName", "oxcrops.recipient_row.simple_display_name", FT_STRING, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_transmittable_display_name,
          { "TransmittableDisplayName", "oxcrops.recipient_row.transmittable_display_name", FT_STRING, BASE_NONE,
            NULL, 0, NULL, HFILL } },
        { &hf_recipient_column_count,
          { "RecipientColumnCount", "oxcrops.recipient_row.recipient_column_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Number of RecipientColumns in RecipientProperties", HFILL } },
        { &hf_recipient_properties,
          { "RecipientProperties", "oxcrops.recipient_row.recipient_properties", FT_BYTES, BASE_NONE, NULL, 0,
            "Property values of columns this ROP does not name", HFILL } },
    };
    static gint *ett[] = { &ett_recipient, &ett_flags };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

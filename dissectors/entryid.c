/* SPDX-License-Identifier: GPL-2.0-or-later */
/* entryid.c: entry IDs (MS-OXCDATA 2.2.4, 2.2.5), LongTermId (2.2.1.3) and ServerId (2.11.1.4). */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/exceptions.h>
#include <epan/to_str.h>

#include "oxcrops.h"
#include "oxcdata.h"

static int hf_long_term_id = -1;
static int hf_long_term_id_database_guid = -1;
static int hf_long_term_id_global_counter = -1;
static int hf_long_term_id_pad = -1;
static int hf_entry_id = -1;
static int hf_entry_id_flags = -1;
static int hf_entry_id_provider_uid = -1;
static int hf_entry_id_object_type = -1;
static int hf_entry_id_extra_data = -1;
static int hf_store_version = -1;
static int hf_store_flag = -1;
static int hf_store_dll_file_name = -1;
static int hf_store_wrapped_flags = -1;
static int hf_store_wrapped_provider_uid = -1;
static int hf_store_wrapped_type = -1;
static int hf_store_server_shortname = -1;
static int hf_store_mailbox_dn = -1;
static int hf_ab_version = -1;
static int hf_ab_type = -1;
static int hf_ab_x500_dn = -1;
static int hf_one_off_version = -1;
static int hf_one_off_flags = -1;
static int hf_one_off_mae = -1;
static int hf_one_off_format = -1;
static int hf_one_off_m = -1;
static int hf_one_off_u = -1;
static int hf_one_off_other = -1;
static int hf_one_off_display_name = -1;
static int hf_one_off_address_type = -1;
static int hf_one_off_email_address = -1;

static gint ett_long_term_id = -1;
static gint ett_entry_id = -1;
static gint ett_one_off_flags = -1;

/* ProviderUIDs (MS-OXCDATA 2.2.4.3, 2.2.5.1, 2.2.5.2), as on the wire. */
static const guint8 store_uid[16] = {
    0x38, 0xA1, 0xBB, 0x10, 0x05, 0xE5, 0x10, 0x1A, 0xA1, 0xBB, 0x08, 0x00, 0x2B, 0x2A, 0x56, 0xC2
};
static const guint8 one_off_uid[16] = {
    0x81, 0x2B, 0x1F, 0xA4, 0xBE, 0xA3, 0x10, 0x19, 0x9D, 0x6E, 0x00, 0xDD, 0x01, 0x0F, 0x54, 0x02
};
static const guint8 address_book_uid[16] = {
    0xDC, 0xA7, 0x40, 0xC8, 0xC0, 0x42, 0x10, 0x1A, 0xB4, 0xB9, 0x08, 0x00, 0x2B, 0x2F, 0xE1, 0x82
};
/* MS-OXCDATA 2.2.4.3: WrappedProviderUID */
static const guint8 wrapped_mailbox_uid[16] = {
    0x1B, 0x55, 0xFA, 0x20, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A
};
static const guint8 wrapped_public_uid[16] = {
    0x1C, 0x83, 0x02, 0x10, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A
};

/* MS-OXCDATA 2.2.4: ObjectType of a Folder or Message EntryID. */
#define OBJ_PRIVATE_FOLDER 0x0001
#define OBJ_PUBLIC_FOLDER  0x0003
#define OBJ_MAPPED_FOLDER  0x0005
#define OBJ_PUBLIC_NEWS    0x000C
static const value_string object_type_vals[] = {
    { OBJ_PRIVATE_FOLDER, "PrivateFolder (eitLTPrivateFolder)" },
    { OBJ_PUBLIC_FOLDER,  "PublicFolder (eitLTPublicFolder)" },
    { OBJ_MAPPED_FOLDER,  "MappedPublicFolder (eitLTWackyFolder)" },
    { 0x0007,             "PrivateMessage (eitLTPrivateMessage)" },
    { 0x0009,             "PublicMessage (eitLTPublicMessage)" },
    { 0x000B,             "MappedPublicMessage (eitLTWackyMessage)" },
    { OBJ_PUBLIC_NEWS,    "PublicNewsgroupFolder (eitLTPublicFolderByName)" },
    { 0, NULL }
};

/* MS-OXCDATA 2.2.4.3: WrappedType */
#define WRAPPED_TYPE_MAILBOX 0x0000000C
static const value_string wrapped_type_vals[] = {
    { WRAPPED_TYPE_MAILBOX, "Mailbox" },
    { 0x00000006,           "Public message store" },
    { 0, NULL }
};

/* MS-OXCDATA 2.2.5.2: Address Book EntryID Type (the object's display type). */
static const value_string ab_type_vals[] = {
    { 0x00000000, "Local mail user" },
    { 0x00000001, "Distribution list" },
    { 0x00000002, "Bulletin board or public folder" },
    { 0x00000003, "Automated mailbox" },
    { 0x00000004, "Organizational mailbox" },
    { 0x00000005, "Private distribution list" },
    { 0x00000006, "Remote mail user" },
    { 0x00000100, "Container" },
    { 0x00000101, "Template" },
    { 0x00000102, "Address creation template" },
    { 0x00000200, "Search" },
    { 0, NULL }
};

/* MS-OXCDATA 2.2.5.1: One-Off EntryID flags, a 16-bit word in Intel byte order.
 * The section's "mask" notes contradict its own "word value" columns (MAE
 * "mask 0x0C00" with word values 0x0020-0x0060, Format "mask 0x1E00" with
 * TextOnly = 0x0006); the word values agree with MAPIDEFS.H (MAPI_ONE_OFF_UNICODE
 * 0x8000, MAPI_ONE_OFF_NO_RICH_INFO 0x0001) and real entry IDs, so they are used.
 * R, L and the pads sit in 0x7F80, where real one-offs also set 0x1000: they are
 * shown together, unnamed, rather than guessed bit by bit. */
#define ONE_OFF_M      0x0001
#define ONE_OFF_FORMAT 0x001E
#define ONE_OFF_MAE    0x0060
#define ONE_OFF_OTHER  0x7F80
#define ONE_OFF_U      0x8000
static const value_string one_off_mae_vals[] = {
    { 0, "BinHex" }, { 1, "UUENCODE" }, { 2, "AppleSingle" }, { 3, "AppleDouble" }, { 0, NULL }
};
static const value_string one_off_format_vals[] = {
    { 0x3, "TextOnly" }, { 0x7, "HtmlOnly" }, { 0xB, "TextAndHtml" }, { 0, NULL }
};
static int *const one_off_flags[] = {
    &hf_one_off_u, &hf_one_off_other, &hf_one_off_mae, &hf_one_off_format, &hf_one_off_m, NULL
};

/* LongTermID with an optional label prepended to its item. */
static void
long_term_id(rop_ctx_t *c, const char *label)
{
    e_guid_t guid;
    guint64 counter;
    guint32 pad;
    proto_item *ti, *pi;
    proto_tree *t;

    tvb_ensure_bytes_exist(c->tvb, c->offset, 24);
    tvb_get_guid(c->tvb, c->offset, &guid, ENC_LITTLE_ENDIAN);
    counter = tvb_get_ntoh48(c->tvb, c->offset + 16);
    ti = proto_tree_add_item(c->tree, hf_long_term_id, c->tvb, c->offset, 24, ENC_NA);
    proto_item_append_text(ti, " (%s-0x%" PRIx64 ")", guid_to_str(c->pinfo->pool, &guid), counter);
    if (label)
        proto_item_prepend_text(ti, "%s ", label);
    t = proto_item_add_subtree(ti, ett_long_term_id);
    proto_tree_add_item(t, hf_long_term_id_database_guid, c->tvb, c->offset, 16, ENC_LITTLE_ENDIAN);
    proto_tree_add_item(t, hf_long_term_id_global_counter, c->tvb, c->offset + 16, 6, ENC_BIG_ENDIAN);
    pi = proto_tree_add_item_ret_uint(t, hf_long_term_id_pad, c->tvb, c->offset + 22, 2, ENC_LITTLE_ENDIAN, &pad);
    if (pad != 0)
        expert_add_info_format(c->pinfo, pi, &ei_oxcrops_bad_value, "Pad MUST be 0x0000");
    c->offset += 24;
}

/* MS-OXCDATA 2.2.1.3.1: LongTermID = DatabaseGuid (16), GlobalCounter (6),
 * Pad (2, MUST be 0x0000). GlobalCounter is in the byte order of the Folder
 * ID / Message ID it is made from (big-endian, as rop_fid_mid shows it). */
void
oxcdata_long_term_id(rop_ctx_t *c)
{
    long_term_id(c, NULL);
}

/* MS-OXCDATA 2.2.4.1 Folder EntryID / 2.2.4.2 Message EntryID, after
 * Flags and ProviderUID: ObjectType, then the folder's DatabaseGuid,
 * GlobalCounter and Pad (a LongTermID's layout), then for a message the
 * message's. */
static void
folder_or_message_entry_id(rop_ctx_t *c, gboolean message)
{
    rop_uint(c, hf_entry_id_object_type, 2);
    long_term_id(c, "Folder");
    if (message)
        long_term_id(c, "Message");
}

/* MS-OXCDATA 2.2.4.3 Store Object EntryID, after Flags and ProviderUID. */
static void
store_entry_id(rop_ctx_t *c)
{
    proto_item *ti;
    guint32 wrapped_type;

    rop_uint(c, hf_store_version, 1);
    rop_uint(c, hf_store_flag, 1);
    proto_tree_add_item(c->tree, hf_store_dll_file_name, c->tvb, c->offset, 14, ENC_ASCII);
    c->offset += 14;
    rop_uint(c, hf_store_wrapped_flags, 4);
    ti = proto_tree_add_item(c->tree, hf_store_wrapped_provider_uid, c->tvb, c->offset, 16, ENC_NA);
    if (tvb_memeql(c->tvb, c->offset, wrapped_mailbox_uid, 16) == 0)
        proto_item_append_text(ti, " (Mailbox Store object)");
    else if (tvb_memeql(c->tvb, c->offset, wrapped_public_uid, 16) == 0)
        proto_item_append_text(ti, " (Public folder Store object)");
    c->offset += 16;
    wrapped_type = rop_uint(c, hf_store_wrapped_type, 4);
    rop_stringz(c, hf_store_server_shortname, FALSE);
    /* MailboxDN: only in a mailbox's entry ID */
    if (wrapped_type == WRAPPED_TYPE_MAILBOX && tvb_reported_length_remaining(c->tvb, c->offset) > 0)
        rop_stringz(c, hf_store_mailbox_dn, FALSE);
}

/* MS-OXCDATA 2.2.5.2 Address Book EntryID, after Flags and ProviderUID. */
static void
address_book_entry_id(rop_ctx_t *c)
{
    rop_uint(c, hf_ab_version, 4);
    rop_uint(c, hf_ab_type, 4);
    rop_stringz(c, hf_ab_x500_dn, FALSE);
}

/* MS-OXCDATA 2.2.5.1 One-Off EntryID, after Flags and ProviderUID: the three
 * strings are UTF-16LE when U is set, else 8-bit. */
static void
one_off_entry_id(rop_ctx_t *c)
{
    gboolean unicode;

    rop_uint(c, hf_one_off_version, 2);
    unicode = (rop_bitmask(c, hf_one_off_flags, ett_one_off_flags, one_off_flags, 2, 0xFFFF) & ONE_OFF_U) != 0;
    rop_stringz(c, hf_one_off_display_name, unicode);
    rop_stringz(c, hf_one_off_address_type, unicode);
    rop_stringz(c, hf_one_off_email_address, unicode);
}

/* The structure after Flags and ProviderUID, chosen by ProviderUID; a Folder
 * or Message EntryID has a store-specific ProviderUID and is told by its
 * ObjectType and length (46 or 70 bytes). */
static void
entry_id_body(rop_ctx_t *c, int len, proto_item *ti)
{
    int uid = c->offset - 16;
    guint16 type;

    if (tvb_memeql(c->tvb, uid, store_uid, 16) == 0) {
        proto_item_append_text(ti, " (Store Object EntryID)");
        store_entry_id(c);
    } else if (tvb_memeql(c->tvb, uid, address_book_uid, 16) == 0) {
        proto_item_append_text(ti, " (Address Book EntryID)");
        address_book_entry_id(c);
    } else if (tvb_memeql(c->tvb, uid, one_off_uid, 16) == 0) {
        proto_item_append_text(ti, " (One-Off EntryID)");
        one_off_entry_id(c);
    } else if (len == 46 || len == 70) {
        type = tvb_get_letohs(c->tvb, c->offset);
        proto_item_append_text(ti, " (%s EntryID: %s)", len == 46 ? "Folder" : "Message",
                               val_to_str_const(type, object_type_vals, "unknown type"));
        folder_or_message_entry_id(c, len == 70);
    }
}

/* An entry ID field of len bytes (MS-OXCDATA 2.2.4, 2.2.5): oxcrops.entry_id
 * with its structure below it. Decoding is confined to the len bytes; bytes
 * the structure leaves (e.g. the v2/v3 extension of a store entry ID) are
 * shown as ExtraData, and a structure running past len is reported here
 * without ending the ROP walk. Always advances c->offset by len. */
void
oxcdata_entry_id(rop_ctx_t *c, int len)
{
    proto_item *ti;
    proto_tree *tree;
    tvbuff_t *tvb;
    rop_ctx_t sub;

    tvb_ensure_bytes_exist(c->tvb, c->offset, len);
    ti = proto_tree_add_item(c->tree, hf_entry_id, c->tvb, c->offset, len, ENC_NA);
    tree = proto_item_add_subtree(ti, ett_entry_id);
    tvb = tvb_new_subset_length(c->tvb, c->offset, len);
    sub = *c;
    sub.tvb = tvb;
    sub.tree = tree;
    sub.offset = 0;
    c->offset += len;
    if (len < 20)
        return;     /* too short for Flags and ProviderUID: the bytes alone */
    TRY {
        rop_uint(&sub, hf_entry_id_flags, 4);
        rop_bytes(&sub, hf_entry_id_provider_uid, 16);
        entry_id_body(&sub, len, ti);
        if (sub.offset < len)
            rop_bytes(&sub, hf_entry_id_extra_data, len - sub.offset);
    }
    CATCH_BOUNDS_ERRORS {
        proto_tree_add_expert_format(tree, c->pinfo, &ei_oxcrops_truncated, tvb, 0, len,
                                     "EntryID structure runs past the EntryID's %d bytes", len);
    }
    ENDTRY;
}

void
entryid_register(void)
{
    static hf_register_info hf[] = {
        { &hf_long_term_id,
          { "LongTermId", "oxcrops.long_term_id", FT_BYTES, BASE_NONE, NULL, 0,
            "LongTermID (MS-OXCDATA 2.2.1.3.1)", HFILL } },
        { &hf_long_term_id_database_guid,
          { "DatabaseGuid", "oxcrops.long_term_id.database_guid", FT_GUID, BASE_NONE, NULL, 0,
            "REPLGUID of the replica the object belongs to", HFILL } },
        { &hf_long_term_id_global_counter,
          { "GlobalCounter", "oxcrops.long_term_id.global_counter", FT_UINT48, BASE_HEX, NULL, 0,
            "Identifies the object within its replica", HFILL } },
        { &hf_long_term_id_pad,
          { "Pad", "oxcrops.long_term_id.pad", FT_UINT16, BASE_HEX, NULL, 0, "MUST be 0x0000", HFILL } },
        { &hf_entry_id,
          { "EntryId", "oxcrops.entry_id", FT_BYTES, BASE_NONE, NULL, 0, "EntryID (MS-OXCDATA 2.2.4, 2.2.5)",
            HFILL } },
        { &hf_entry_id_flags,
          { "Flags", "oxcrops.entry_id.flags", FT_UINT32, BASE_HEX, NULL, 0,
            "Zero in a long-term EntryID", HFILL } },
        { &hf_entry_id_provider_uid,
          { "ProviderUID", "oxcrops.entry_id.provider_uid", FT_BYTES, BASE_NONE, NULL, 0,
            "The provider that created the EntryID", HFILL } },
        { &hf_entry_id_object_type,
          { "ObjectType", "oxcrops.entry_id.object_type", FT_UINT16, BASE_HEX, VALS(object_type_vals), 0,
            "FolderType / MessageType (MS-OXCDATA 2.2.4)", HFILL } },
        { &hf_entry_id_extra_data,
          { "ExtraData", "oxcrops.entry_id.extra_data", FT_BYTES, BASE_NONE, NULL, 0,
            "Bytes after the structure's documented fields", HFILL } },
        { &hf_store_version,
          { "Version", "oxcrops.entry_id.store.version", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_store_flag,
          { "Flag", "oxcrops.entry_id.store.flag", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_store_dll_file_name,
          { "DLLFileName", "oxcrops.entry_id.store.dll_file_name", FT_STRINGZPAD, BASE_NONE, NULL, 0, NULL,
            HFILL } },
        { &hf_store_wrapped_flags,
          { "WrappedFlags", "oxcrops.entry_id.store.wrapped_flags", FT_UINT32, BASE_HEX, NULL, 0, NULL,
            HFILL } },
        { &hf_store_wrapped_provider_uid,
          { "WrappedProviderUID", "oxcrops.entry_id.store.wrapped_provider_uid", FT_BYTES, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_store_wrapped_type,
          { "WrappedType", "oxcrops.entry_id.store.wrapped_type", FT_UINT32, BASE_HEX, VALS(wrapped_type_vals),
            0, NULL, HFILL } },
        { &hf_store_server_shortname,
          { "ServerShortname", "oxcrops.entry_id.store.server_shortname", FT_STRINGZ, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_store_mailbox_dn,
          { "MailboxDN", "oxcrops.entry_id.store.mailbox_dn", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_ab_version,
          { "Version", "oxcrops.entry_id.address_book.version", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_ab_type,
          { "Type", "oxcrops.entry_id.address_book.type", FT_UINT32, BASE_HEX, VALS(ab_type_vals), 0, NULL,
            HFILL } },
        { &hf_ab_x500_dn,
          { "X500DN", "oxcrops.entry_id.address_book.x500_dn", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_one_off_version,
          { "Version", "oxcrops.entry_id.one_off.version", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_one_off_flags,
          { "Flags", "oxcrops.entry_id.one_off.flags", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_one_off_u,
          { "U", "oxcrops.entry_id.one_off.flags.u", FT_BOOLEAN, 16, NULL, ONE_OFF_U,
            "Strings are Unicode (MAPI_ONE_OFF_UNICODE)", HFILL } },
        { &hf_one_off_other,
          { "R, L and Pad", "oxcrops.entry_id.one_off.flags.other", FT_UINT16, BASE_HEX, NULL, ONE_OFF_OTHER,
            NULL, HFILL } },
        { &hf_one_off_mae,
          { "MAE", "oxcrops.entry_id.one_off.flags.mae", FT_UINT16, BASE_DEC, VALS(one_off_mae_vals),
            ONE_OFF_MAE, "Encoding of Macintosh attachments", HFILL } },
        { &hf_one_off_format,
          { "Format", "oxcrops.entry_id.one_off.flags.format", FT_UINT16, BASE_HEX, VALS(one_off_format_vals),
            ONE_OFF_FORMAT, "Message format for this recipient", HFILL } },
        { &hf_one_off_m,
          { "M", "oxcrops.entry_id.one_off.flags.m", FT_BOOLEAN, 16, NULL, ONE_OFF_M,
            "No rich text (TNEF) for this recipient (MAPI_ONE_OFF_NO_RICH_INFO)", HFILL } },
        { &hf_one_off_display_name,
          { "DisplayName", "oxcrops.entry_id.one_off.display_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL,
            HFILL } },
        { &hf_one_off_address_type,
          { "AddressType", "oxcrops.entry_id.one_off.address_type", FT_STRINGZ, BASE_NONE, NULL, 0, NULL,
            HFILL } },
        { &hf_one_off_email_address,
          { "EmailAddress", "oxcrops.entry_id.one_off.email_address", FT_STRINGZ, BASE_NONE, NULL, 0, NULL,
            HFILL } },
    };
    static gint *ett[] = { &ett_long_term_id, &ett_entry_id, &ett_one_off_flags };
    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

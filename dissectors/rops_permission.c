/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_permission.c: permission ROPs (MS-OXCROPS 2.2.10, semantics in MS-OXCPERM 2.2). */
#include <epan/packet.h>
#include <epan/expert.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_modify_permissions_modify_flags = -1;
static int hf_modify_permissions_replace_rows = -1;
static int hf_modify_permissions_include_free_busy = -1;
static int hf_modify_permissions_modify_count = -1;
static int hf_modify_permissions_data_flags = -1;
static int hf_modify_permissions_add_row = -1;
static int hf_modify_permissions_modify_row = -1;
static int hf_modify_permissions_remove_row = -1;
static int hf_modify_permissions_value_count = -1;
static int hf_member_rights = -1;
static int hf_rights_read_any = -1;
static int hf_rights_create = -1;
static int hf_rights_edit_owned = -1;
static int hf_rights_delete_owned = -1;
static int hf_rights_edit_any = -1;
static int hf_rights_delete_any = -1;
static int hf_rights_create_sub_folder = -1;
static int hf_rights_folder_owner = -1;
static int hf_rights_folder_contact = -1;
static int hf_rights_folder_visible = -1;
static int hf_rights_free_busy_simple = -1;
static int hf_rights_free_busy_detailed = -1;
static int hf_get_permissions_table_flags = -1;
static int hf_get_permissions_table_include_free_busy = -1;

static gint ett_flags = -1;
static gint ett_row = -1;
static gint ett_value = -1;

/* MS-OXCPERM 2.2.2.1: ModifyFlags */
#define MODIFY_REPLACE_ROWS      0x01
#define MODIFY_INCLUDE_FREE_BUSY 0x02
static int *const modify_flags[] = {
    &hf_modify_permissions_replace_rows, &hf_modify_permissions_include_free_busy, NULL
};

/* MS-OXCPERM 2.2.2.1.1: PermissionDataFlags */
#define PERM_ADD_ROW    0x01
#define PERM_MODIFY_ROW 0x02
#define PERM_REMOVE_ROW 0x04
static int *const permission_data_flags[] = {
    &hf_modify_permissions_add_row, &hf_modify_permissions_modify_row, &hf_modify_permissions_remove_row, NULL
};

/* MS-OXCPERM 2.2.7: PidTagMemberRights (0x6673, PtypInteger32) */
#define PID_TAG_MEMBER_RIGHTS       0x66730003
#define RIGHTS_READ_ANY             0x00000001
#define RIGHTS_CREATE               0x00000002
#define RIGHTS_EDIT_OWNED           0x00000008
#define RIGHTS_DELETE_OWNED         0x00000010
#define RIGHTS_EDIT_ANY             0x00000020
#define RIGHTS_DELETE_ANY           0x00000040
#define RIGHTS_CREATE_SUB_FOLDER    0x00000080
#define RIGHTS_FOLDER_OWNER         0x00000100
#define RIGHTS_FOLDER_CONTACT       0x00000200
#define RIGHTS_FOLDER_VISIBLE       0x00000400
#define RIGHTS_FREE_BUSY_SIMPLE     0x00000800
#define RIGHTS_FREE_BUSY_DETAILED   0x00001000
#define RIGHTS_DEFINED              0x00001FFB
static int *const member_rights[] = {
    &hf_rights_read_any, &hf_rights_create, &hf_rights_edit_owned, &hf_rights_delete_owned,
    &hf_rights_edit_any, &hf_rights_delete_any, &hf_rights_create_sub_folder, &hf_rights_folder_owner,
    &hf_rights_folder_contact, &hf_rights_folder_visible, &hf_rights_free_busy_simple,
    &hf_rights_free_busy_detailed, NULL
};

/* MS-OXCPERM 2.2.1.1: RopGetPermissionsTable TableFlags */
#define PERM_TABLE_INCLUDE_FREE_BUSY 0x02
static int *const permissions_table_flags[] = { &hf_get_permissions_table_include_free_busy, NULL };

/* One row of the shared layout (MS-OXCROPS 2.2.10.1.1.1 PermissionData,
 * 2.2.11.1.1.1 RuleData). */
static void
modify_row(rop_ctx_t *c, const rop_modify_rows_desc_t *d, guint idx, gboolean replace)
{
    int start = c->offset;
    proto_tree *saved = c->tree;
    proto_item *ti;
    guint64 flags;
    guint32 n, i;

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, *d->ett_row, &ti, "%s %u",
                                            d->row_name, idx);
    flags = rop_bitmask(c, *d->hf_row_flags, *d->ett_flags, d->row_bits, 1, d->row_defined);
    if (replace && flags != d->add_bit)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 1,
                                     "With the replace flag set every %s must be an add", d->row_name);
    n = rop_uint(c, *d->hf_value_count, 2);
    if (oxcdata_count_ok(c, n, "PropertyValueCount"))
        for (i = 0; i < n && !c->stopped; i++)
            d->value(c);
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

void
rop_modify_rows(rop_ctx_t *c, const rop_modify_rows_desc_t *d)
{
    guint64 flags = rop_bitmask(c, *d->hf_flags, *d->ett_flags, d->flag_bits, 1, d->flags_defined);
    guint32 n = rop_uint(c, *d->hf_count, 2), i;

    if (!oxcdata_count_ok(c, n, d->row_name))
        return;
    for (i = 0; i < n && !c->stopped; i++)
        modify_row(c, d, i, (flags & d->replace_bit) != 0);
}

/* A TaggedPropertyValue of a permission row; PidTagMemberRights also shows its
 * rights bits (MS-OXCPERM 2.2.7) over the same 4 bytes. */
static void
permission_value(rop_ctx_t *c)
{
    int start = c->offset;
    proto_tree *saved = c->tree, *t;

    if (tvb_get_letohl(c->tvb, c->offset) != PID_TAG_MEMBER_RIGHTS) {
        oxcdata_tagged_value(c);
        return;
    }
    t = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 8, ett_value, NULL, "PidTagMemberRights: 0x%08x",
                                      tvb_get_letohl(c->tvb, c->offset + 4));
    c->tree = t;
    oxcdata_property_tag(c);
    oxcdata_property_value(c, t, PID_TAG_MEMBER_RIGHTS);
    c->offset = start + 4;
    rop_bitmask(c, hf_member_rights, ett_flags, member_rights, 4, RIGHTS_DEFINED);
    c->tree = saved;
}

static const rop_modify_rows_desc_t modify_permissions_desc = {
    "PermissionData",
    &hf_modify_permissions_modify_flags, modify_flags, MODIFY_REPLACE_ROWS | MODIFY_INCLUDE_FREE_BUSY,
    MODIFY_REPLACE_ROWS,
    &hf_modify_permissions_modify_count,
    &hf_modify_permissions_data_flags, permission_data_flags, PERM_ADD_ROW | PERM_MODIFY_ROW | PERM_REMOVE_ROW,
    PERM_ADD_ROW,
    &hf_modify_permissions_value_count,
    &ett_flags, &ett_row,
    permission_value
};

/* MS-OXCROPS 2.2.10.1.1 (fields in MS-OXCPERM 2.2.2.1); the response
 * (2.2.10.1.2) is the common header only. */
void
rop_modify_permissions_request(rop_ctx_t *c)
{
    rop_modify_rows(c, &modify_permissions_desc);
}

/* MS-OXCROPS 2.2.10.2.1 (TableFlags in MS-OXCPERM 2.2.1.1); the response
 * (2.2.10.2.2) is the common header only. */
void
rop_get_permissions_table_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_get_permissions_table_flags, ett_flags, permissions_table_flags, 1,
                PERM_TABLE_INCLUDE_FREE_BUSY);
}

void
rops_permission_register(void)
{
    static hf_register_info hf[] = {
        { &hf_modify_permissions_modify_flags,
          { "ModifyFlags", "oxcrops.modify_permissions.modify_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCPERM 2.2.2.1", HFILL } },
        { &hf_modify_permissions_replace_rows,
          { "ReplaceRows", "oxcrops.modify_permissions.modify_flags.replace_rows", FT_BOOLEAN, 8, NULL,
            MODIFY_REPLACE_ROWS, "Replace every entry but the default user's", HFILL } },
        { &hf_modify_permissions_include_free_busy,
          { "IncludeFreeBusy", "oxcrops.modify_permissions.modify_flags.include_free_busy", FT_BOOLEAN, 8,
            NULL, MODIFY_INCLUDE_FREE_BUSY, "Apply the FreeBusySimple and FreeBusyDetailed rights", HFILL } },
        { &hf_modify_permissions_modify_count,
          { "ModifyCount", "oxcrops.modify_permissions.modify_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Number of PermissionData structures", HFILL } },
        { &hf_modify_permissions_data_flags,
          { "PermissionDataFlags", "oxcrops.modify_permissions.permission_data_flags", FT_UINT8, BASE_HEX,
            NULL, 0, "MS-OXCPERM 2.2.2.1.1", HFILL } },
        { &hf_modify_permissions_add_row,
          { "AddRow", "oxcrops.modify_permissions.permission_data_flags.add_row", FT_BOOLEAN, 8, NULL,
            PERM_ADD_ROW, "Add the user named by PidTagEntryId", HFILL } },
        { &hf_modify_permissions_modify_row,
          { "ModifyRow", "oxcrops.modify_permissions.permission_data_flags.modify_row", FT_BOOLEAN, 8, NULL,
            PERM_MODIFY_ROW, "Modify the entry named by PidTagMemberId", HFILL } },
        { &hf_modify_permissions_remove_row,
          { "RemoveRow", "oxcrops.modify_permissions.permission_data_flags.remove_row", FT_BOOLEAN, 8, NULL,
            PERM_REMOVE_ROW, "Remove the entry named by PidTagMemberId", HFILL } },
        { &hf_modify_permissions_value_count,
          { "PropertyValueCount", "oxcrops.modify_permissions.property_value_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_member_rights,
          { "PidTagMemberRights", "oxcrops.member_rights", FT_UINT32, BASE_HEX, NULL, 0,
            "Folder permissions of a user (MS-OXCPERM 2.2.7)", HFILL } },
        { &hf_rights_read_any,
          { "ReadAny", "oxcrops.member_rights.read_any", FT_BOOLEAN, 32, NULL, RIGHTS_READ_ANY, NULL, HFILL } },
        { &hf_rights_create,
          { "Create", "oxcrops.member_rights.create", FT_BOOLEAN, 32, NULL, RIGHTS_CREATE, NULL, HFILL } },
        { &hf_rights_edit_owned,
          { "EditOwned", "oxcrops.member_rights.edit_owned", FT_BOOLEAN, 32, NULL, RIGHTS_EDIT_OWNED,
            NULL, HFILL } },
        { &hf_rights_delete_owned,
          { "DeleteOwned", "oxcrops.member_rights.delete_owned", FT_BOOLEAN, 32, NULL, RIGHTS_DELETE_OWNED,
            NULL, HFILL } },
        { &hf_rights_edit_any,
          { "EditAny", "oxcrops.member_rights.edit_any", FT_BOOLEAN, 32, NULL, RIGHTS_EDIT_ANY, NULL, HFILL } },
        { &hf_rights_delete_any,
          { "DeleteAny", "oxcrops.member_rights.delete_any", FT_BOOLEAN, 32, NULL, RIGHTS_DELETE_ANY,
            NULL, HFILL } },
        { &hf_rights_create_sub_folder,
          { "CreateSubFolder", "oxcrops.member_rights.create_sub_folder", FT_BOOLEAN, 32, NULL,
            RIGHTS_CREATE_SUB_FOLDER, NULL, HFILL } },
        { &hf_rights_folder_owner,
          { "FolderOwner", "oxcrops.member_rights.folder_owner", FT_BOOLEAN, 32, NULL, RIGHTS_FOLDER_OWNER,
            NULL, HFILL } },
        { &hf_rights_folder_contact,
          { "FolderContact", "oxcrops.member_rights.folder_contact", FT_BOOLEAN, 32, NULL,
            RIGHTS_FOLDER_CONTACT, NULL, HFILL } },
        { &hf_rights_folder_visible,
          { "FolderVisible", "oxcrops.member_rights.folder_visible", FT_BOOLEAN, 32, NULL,
            RIGHTS_FOLDER_VISIBLE, NULL, HFILL } },
        { &hf_rights_free_busy_simple,
          { "FreeBusySimple", "oxcrops.member_rights.free_busy_simple", FT_BOOLEAN, 32, NULL,
            RIGHTS_FREE_BUSY_SIMPLE, NULL, HFILL } },
        { &hf_rights_free_busy_detailed,
          { "FreeBusyDetailed", "oxcrops.member_rights.free_busy_detailed", FT_BOOLEAN, 32, NULL,
            RIGHTS_FREE_BUSY_DETAILED, NULL, HFILL } },
        { &hf_get_permissions_table_flags,
          { "TableFlags", "oxcrops.get_permissions_table.table_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCPERM 2.2.1.1", HFILL } },
        { &hf_get_permissions_table_include_free_busy,
          { "IncludeFreeBusy", "oxcrops.get_permissions_table.table_flags.include_free_busy", FT_BOOLEAN, 8,
            NULL, PERM_TABLE_INCLUDE_FREE_BUSY, "Return valid FreeBusySimple and FreeBusyDetailed rights",
            HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_row, &ett_value };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

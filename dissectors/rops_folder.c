/* rops_folder.c: folder ROPs (MS-OXCROPS 2.2.4, semantics in MS-OXCFOLD 2.2.1). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "rops.h"

int hf_oxcrops_folder_id = -1;
static int hf_open_folder_open_mode_flags = -1;
static int hf_open_folder_open_soft_deleted = -1;
static int hf_open_folder_has_rules = -1;
static int hf_open_folder_is_ghosted = -1;
static int hf_open_folder_server_count = -1;
static int hf_open_folder_cheap_server_count = -1;
static int hf_open_folder_server = -1;

static int hf_hier_table_flags = -1;
static int hf_hier_depth = -1;
static int hf_hier_deferred_errors = -1;
static int hf_hier_no_notifications = -1;
static int hf_hier_soft_deletes = -1;
static int hf_hier_use_unicode = -1;
static int hf_hier_suppresses_notifications = -1;
static int hf_hier_row_count = -1;

static int hf_cont_table_flags = -1;
static int hf_cont_associated = -1;
static int hf_cont_deferred_errors = -1;
static int hf_cont_no_notifications = -1;
static int hf_cont_soft_deletes = -1;
static int hf_cont_use_unicode = -1;
static int hf_cont_conversation_members = -1;
static int hf_cont_row_count = -1;

static gint ett_flags = -1;
static gint ett_servers = -1;

/* MS-OXCFOLD 2.2.1.1.1: OpenModeFlags */
#define OPEN_FOLDER_OPEN_SOFT_DELETED 0x04
static int *const open_folder_flags[] = { &hf_open_folder_open_soft_deleted, NULL };

/* MS-OXCFOLD 2.2.1.13.1: RopGetHierarchyTable TableFlags */
static int *const hier_table_flags[] = {
    &hf_hier_depth, &hf_hier_deferred_errors, &hf_hier_no_notifications,
    &hf_hier_soft_deletes, &hf_hier_use_unicode, &hf_hier_suppresses_notifications, NULL
};
#define HIER_TABLE_FLAGS_DEFINED 0xFC

/* MS-OXCFOLD 2.2.1.14.1: RopGetContentsTable TableFlags (a different bit set:
 * 0x02 is Associated here, 0x04 is undefined, 0x80 is ConversationMembers) */
static int *const cont_table_flags[] = {
    &hf_cont_associated, &hf_cont_deferred_errors, &hf_cont_no_notifications,
    &hf_cont_soft_deletes, &hf_cont_use_unicode, &hf_cont_conversation_members, NULL
};
#define CONT_TABLE_FLAGS_DEFINED 0xFA

/* MS-OXCROPS 2.2.4.1.1 */
void
rop_open_folder_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_bitmask(c, hf_open_folder_open_mode_flags, ett_flags, open_folder_flags, 1, OPEN_FOLDER_OPEN_SOFT_DELETED);
}

/* MS-OXCROPS 2.2.4.1.2: HasRules, IsGhosted, and the replica servers of a
 * ghosted public folder. */
void
rop_open_folder_response(rop_ctx_t *c)
{
    guint32 count, i;
    proto_tree *saved = c->tree;

    rop_bool(c, hf_open_folder_has_rules);
    if (!rop_bool(c, hf_open_folder_is_ghosted))
        return;
    count = rop_uint(c, hf_open_folder_server_count, 2);
    rop_uint(c, hf_open_folder_cheap_server_count, 2);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_servers, NULL, "Servers (%u)", count);
    for (i = 0; i < count; i++)
        rop_stringz(c, hf_open_folder_server, FALSE);
    c->tree = saved;
}

/* MS-OXCROPS 2.2.4.13.1 */
void
rop_get_hierarchy_table_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_hier_table_flags, ett_flags, hier_table_flags, 1, HIER_TABLE_FLAGS_DEFINED);
}

/* MS-OXCROPS 2.2.4.13.2 */
void
rop_get_hierarchy_table_response(rop_ctx_t *c)
{
    rop_uint(c, hf_hier_row_count, 4);
}

/* MS-OXCROPS 2.2.4.14.1; undefined bits get an expert warning since the server
 * SHOULD fail them with ecInvalidParam (MS-OXCFOLD 3.2.5.14). */
void
rop_get_contents_table_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_cont_table_flags, ett_flags, cont_table_flags, 1, CONT_TABLE_FLAGS_DEFINED);
}

/* MS-OXCROPS 2.2.4.14.2 */
void
rop_get_contents_table_response(rop_ctx_t *c)
{
    rop_uint(c, hf_cont_row_count, 4);
}

void
rops_folder_register(void)
{
    static hf_register_info hf[] = {
        { &hf_oxcrops_folder_id,
          { "FolderId", "oxcrops.folder_id", FT_UINT64, BASE_HEX, NULL, 0,
            "Folder ID (MS-OXCDATA 2.2.1.1)", HFILL } },
        { &hf_open_folder_open_mode_flags,
          { "OpenModeFlags", "oxcrops.open_folder.open_mode_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFOLD 2.2.1.1.1", HFILL } },
        { &hf_open_folder_open_soft_deleted,
          { "OpenSoftDeleted", "oxcrops.open_folder.open_mode_flags.open_soft_deleted", FT_BOOLEAN, 8,
            NULL, OPEN_FOLDER_OPEN_SOFT_DELETED, NULL, HFILL } },
        { &hf_open_folder_has_rules,
          { "HasRules", "oxcrops.open_folder.has_rules", FT_BOOLEAN, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_open_folder_is_ghosted,
          { "IsGhosted", "oxcrops.open_folder.is_ghosted", FT_BOOLEAN, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_open_folder_server_count,
          { "ServerCount", "oxcrops.open_folder.server_count", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_open_folder_cheap_server_count,
          { "CheapServerCount", "oxcrops.open_folder.cheap_server_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_open_folder_server,
          { "Server", "oxcrops.open_folder.server", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },

        { &hf_hier_table_flags,
          { "TableFlags", "oxcrops.get_hierarchy_table.table_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFOLD 2.2.1.13.1", HFILL } },
        { &hf_hier_depth,
          { "Depth", "oxcrops.get_hierarchy_table.table_flags.depth", FT_BOOLEAN, 8, NULL, 0x04,
            "All subfolders, not only the immediate ones", HFILL } },
        { &hf_hier_deferred_errors,
          { "DeferredErrors", "oxcrops.get_hierarchy_table.table_flags.deferred_errors", FT_BOOLEAN, 8,
            NULL, 0x08, NULL, HFILL } },
        { &hf_hier_no_notifications,
          { "NoNotifications", "oxcrops.get_hierarchy_table.table_flags.no_notifications", FT_BOOLEAN, 8,
            NULL, 0x10, NULL, HFILL } },
        { &hf_hier_soft_deletes,
          { "SoftDeletes", "oxcrops.get_hierarchy_table.table_flags.soft_deletes", FT_BOOLEAN, 8,
            NULL, 0x20, NULL, HFILL } },
        { &hf_hier_use_unicode,
          { "UseUnicode", "oxcrops.get_hierarchy_table.table_flags.use_unicode", FT_BOOLEAN, 8,
            NULL, 0x40, NULL, HFILL } },
        { &hf_hier_suppresses_notifications,
          { "SuppressesNotifications", "oxcrops.get_hierarchy_table.table_flags.suppresses_notifications",
            FT_BOOLEAN, 8, NULL, 0x80, NULL, HFILL } },
        { &hf_hier_row_count,
          { "RowCount", "oxcrops.get_hierarchy_table.row_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_cont_table_flags,
          { "TableFlags", "oxcrops.get_contents_table.table_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFOLD 2.2.1.14.1", HFILL } },
        { &hf_cont_associated,
          { "Associated", "oxcrops.get_contents_table.table_flags.associated", FT_BOOLEAN, 8, NULL, 0x02,
            "Folder associated information (FAI) messages only", HFILL } },
        { &hf_cont_deferred_errors,
          { "DeferredErrors", "oxcrops.get_contents_table.table_flags.deferred_errors", FT_BOOLEAN, 8,
            NULL, 0x08, NULL, HFILL } },
        { &hf_cont_no_notifications,
          { "NoNotifications", "oxcrops.get_contents_table.table_flags.no_notifications", FT_BOOLEAN, 8,
            NULL, 0x10, NULL, HFILL } },
        { &hf_cont_soft_deletes,
          { "SoftDeletes", "oxcrops.get_contents_table.table_flags.soft_deletes", FT_BOOLEAN, 8,
            NULL, 0x20, NULL, HFILL } },
        { &hf_cont_use_unicode,
          { "UseUnicode", "oxcrops.get_contents_table.table_flags.use_unicode", FT_BOOLEAN, 8,
            NULL, 0x40, NULL, HFILL } },
        { &hf_cont_conversation_members,
          { "ConversationMembers", "oxcrops.get_contents_table.table_flags.conversation_members",
            FT_BOOLEAN, 8, NULL, 0x80, NULL, HFILL } },
        { &hf_cont_row_count,
          { "RowCount", "oxcrops.get_contents_table.row_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_servers };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_folder.c: folder ROPs (MS-OXCROPS 2.2.4, semantics in MS-OXCFOLD 2.2.1). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
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

int hf_oxcrops_partial_completion = -1;

static int hf_cf_folder_type = -1;
static int hf_cf_use_unicode_strings = -1;
static int hf_cf_open_existing = -1;
static int hf_cf_reserved = -1;
static int hf_cf_display_name = -1;
static int hf_cf_comment = -1;
static int hf_cf_is_existing_folder = -1;
static int hf_cf_has_rules = -1;
static int hf_cf_is_ghosted = -1;
static int hf_cf_server_count = -1;
static int hf_cf_cheap_server_count = -1;
static int hf_cf_server = -1;

static int hf_df_flags = -1;
static int hf_df_del_messages = -1;
static int hf_df_del_folders = -1;
static int hf_df_delete_hard_delete = -1;

static int hf_ssc_folder_id_count = -1;
static int hf_ssc_search_flags = -1;
static int hf_ssc_stop_search = -1;
static int hf_ssc_restart_search = -1;
static int hf_ssc_recursive_search = -1;
static int hf_ssc_shallow_search = -1;
static int hf_ssc_content_indexed_search = -1;
static int hf_ssc_non_content_indexed_search = -1;
static int hf_ssc_static_search = -1;

static int hf_gsc_use_unicode = -1;
static int hf_gsc_include_restriction = -1;
static int hf_gsc_include_folders = -1;
static int hf_gsc_folder_id_count = -1;
static int hf_gsc_search_flags = -1;
static int hf_gsc_search_running = -1;
static int hf_gsc_search_rebuild = -1;
static int hf_gsc_search_recursive = -1;
static int hf_gsc_search_complete = -1;
static int hf_gsc_search_partial = -1;
static int hf_gsc_search_static = -1;
static int hf_gsc_search_maybe_static = -1;
static int hf_gsc_ci_totally = -1;
static int hf_gsc_twir_totally = -1;

static int hf_mcm_message_id_count = -1;
static int hf_mcm_want_asynchronous = -1;
static int hf_mcm_want_copy = -1;
static int hf_mf_want_asynchronous = -1;
static int hf_mf_use_unicode = -1;
static int hf_mf_new_folder_name = -1;
static int hf_cpf_want_asynchronous = -1;
static int hf_cpf_want_recursive = -1;
static int hf_cpf_use_unicode = -1;
static int hf_cpf_new_folder_name = -1;

static int hf_ef_want_asynchronous = -1;
static int hf_ef_want_delete_associated = -1;
static int hf_hdms_want_asynchronous = -1;
static int hf_hdms_want_delete_associated = -1;
static int hf_dm_want_asynchronous = -1;
static int hf_dm_notify_non_read = -1;
static int hf_dm_message_id_count = -1;
static int hf_hdm_want_asynchronous = -1;
static int hf_hdm_notify_non_read = -1;
static int hf_hdm_message_id_count = -1;

static gint ett_flags = -1;

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

/* MS-OXCFOLD 2.2.1.2.1: FolderType */
#define FOLDER_GENERIC 0x01
#define FOLDER_SEARCH  0x02
static const value_string folder_type_vals[] = {
    { FOLDER_GENERIC, "Generic folder" },
    { FOLDER_SEARCH, "Search folder" },
    { 0, NULL }
};

/* MS-OXCFOLD 2.2.1.3.1: DeleteFolderFlags */
#define DF_DEL_MESSAGES       0x01
#define DF_DEL_FOLDERS        0x04
#define DF_DELETE_HARD_DELETE 0x10
#define DF_DEFINED (DF_DEL_MESSAGES | DF_DEL_FOLDERS | DF_DELETE_HARD_DELETE)
static int *const delete_folder_flags[] = {
    &hf_df_del_messages, &hf_df_del_folders, &hf_df_delete_hard_delete, NULL
};

/* MS-OXCFOLD 2.2.1.4.1: SearchFlags of RopSetSearchCriteria */
#define SSC_STOP_SEARCH                0x00000001
#define SSC_RESTART_SEARCH             0x00000002
#define SSC_RECURSIVE_SEARCH           0x00000004
#define SSC_SHALLOW_SEARCH             0x00000008
#define SSC_CONTENT_INDEXED_SEARCH     0x00010000
#define SSC_NON_CONTENT_INDEXED_SEARCH 0x00020000
#define SSC_STATIC_SEARCH              0x00040000
#define SSC_DEFINED 0x0007000F
static int *const ssc_search_flags[] = {
    &hf_ssc_stop_search, &hf_ssc_restart_search, &hf_ssc_recursive_search, &hf_ssc_shallow_search,
    &hf_ssc_content_indexed_search, &hf_ssc_non_content_indexed_search, &hf_ssc_static_search, NULL
};

/* MS-OXCFOLD 2.2.1.5.2: SearchFlags of the RopGetSearchCriteria response */
#define GSC_SEARCH_RUNNING      0x00000001
#define GSC_SEARCH_REBUILD      0x00000002
#define GSC_SEARCH_RECURSIVE    0x00000004
#define GSC_SEARCH_COMPLETE     0x00001000
#define GSC_SEARCH_PARTIAL      0x00002000
#define GSC_SEARCH_STATIC       0x00010000
#define GSC_SEARCH_MAYBE_STATIC 0x00020000
#define GSC_CI_TOTALLY          0x01000000
#define GSC_TWIR_TOTALLY        0x08000000
#define GSC_DEFINED 0x09033007
static int *const gsc_search_flags[] = {
    &hf_gsc_search_running, &hf_gsc_search_rebuild, &hf_gsc_search_recursive, &hf_gsc_search_complete,
    &hf_gsc_search_partial, &hf_gsc_search_static, &hf_gsc_search_maybe_static, &hf_gsc_ci_totally,
    &hf_gsc_twir_totally, NULL
};

/* MS-OXCROPS 2.2.4.1.1 */
void
rop_open_folder_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_bitmask(c, hf_open_folder_open_mode_flags, ett_flags, open_folder_flags, 1, OPEN_FOLDER_OPEN_SOFT_DELETED);
}

/* The replica information of a ghosted public folder, shared by the responses
 * of RopOpenFolder and RopCreateFolder (each with its own fields). */
typedef struct {
    int *has_rules;
    int *is_ghosted;
    int *server_count;
    int *cheap_server_count;
    int *server;
} ghost_fields_t;

static const ghost_fields_t open_folder_ghost = {
    &hf_open_folder_has_rules, &hf_open_folder_is_ghosted, &hf_open_folder_server_count,
    &hf_open_folder_cheap_server_count, &hf_open_folder_server
};
static const ghost_fields_t create_folder_ghost = {
    &hf_cf_has_rules, &hf_cf_is_ghosted, &hf_cf_server_count, &hf_cf_cheap_server_count, &hf_cf_server
};

/* HasRules, IsGhosted, and when IsGhosted is nonzero ServerCount,
 * CheapServerCount and ServerCount null-terminated ASCII server names. */
static void
ghost_info(rop_ctx_t *c, const ghost_fields_t *f)
{
    rop_bool(c, *f->has_rules);
    if (rop_bool(c, *f->is_ghosted))
        rop_server_list(c, *f->server_count, *f->cheap_server_count, *f->server, "Servers");
}

/* MS-OXCROPS 2.2.4.1.2. MS-OXCFOLD 2.2.1.1.2 says IsGhosted is present only for
 * public folders, but MS-OXCROPS shows it always, and real traffic has it for a
 * private mailbox too (Exchange 2003 in testdata/real/mapi.pcap answers with
 * 02 01 00000000 00 00 after a private RopLogon): it is always decoded. */
void
rop_open_folder_response(rop_ctx_t *c)
{
    ghost_info(c, &open_folder_ghost);
}

/* PartialCompletion, the whole body of the responses of RopDeleteFolder
 * (2.2.4.3.2), RopDeleteMessages (2.2.4.11.2), RopHardDeleteMessages
 * (2.2.4.12.2), RopEmptyFolder (2.2.4.9.2), RopHardDeleteMessagesAndSubfolders
 * (2.2.4.10.2) and RopSetReadFlags (2.2.6.10.2). Each has one response form
 * whatever ReturnValue says, so the field is there on failure too (design.md 7;
 * the table gives these ROPs ROP_FAILURE_BODY). */
void
rop_partial_completion_response(rop_ctx_t *c)
{
    rop_bool(c, hf_oxcrops_partial_completion);
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

/* ---- RopCreateFolder ---- */

/* MS-OXCROPS 2.2.4.2.1; FolderType values: MS-OXCFOLD 2.2.1.2.1. */
void
rop_create_folder_request(rop_ctx_t *c)
{
    guint32 type = rop_uint(c, hf_cf_folder_type, 1);
    gboolean unicode;

    if (type != FOLDER_GENERIC && type != FOLDER_SEARCH)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - 1, 1,
                                     "FolderType 0x%02x is neither 1 (generic) nor 2 (search)", type);
    unicode = rop_bool(c, hf_cf_use_unicode_strings);
    rop_bool(c, hf_cf_open_existing);
    rop_reserved_zero(c, hf_cf_reserved, 1);
    rop_stringz(c, hf_cf_display_name, unicode);
    rop_stringz(c, hf_cf_comment, unicode);
}

/* MS-OXCROPS 2.2.4.2.2: HasRules and IsGhosted follow only when
 * IsExistingFolder is nonzero (MS-OXCFOLD 2.2.1.2.2 agrees). */
void
rop_create_folder_response(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
    if (rop_bool(c, hf_cf_is_existing_folder))
        ghost_info(c, &create_folder_ghost);
}

/* ---- RopDeleteFolder ---- */

/* MS-OXCROPS 2.2.4.3.1; DeleteFolderFlags: MS-OXCFOLD 2.2.1.3.1. */
void
rop_delete_folder_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_df_flags, ett_flags, delete_folder_flags, 1, DF_DEFINED);
    rop_fid_mid(c, hf_oxcrops_folder_id);
}

/* ---- RopSetSearchCriteria, RopGetSearchCriteria ---- */

/* MS-OXCROPS 2.2.4.4.1; SearchFlags: MS-OXCFOLD 2.2.1.4.1. */
void
rop_set_search_criteria_request(rop_ctx_t *c)
{
    oxcdata_restriction_data(c);
    rop_id_list(c, hf_ssc_folder_id_count, hf_oxcrops_folder_id, "FolderIds");
    rop_bitmask(c, hf_ssc_search_flags, ett_flags, ssc_search_flags, 4, SSC_DEFINED);
}

/* MS-OXCROPS 2.2.4.5.1 */
void
rop_get_search_criteria_request(rop_ctx_t *c)
{
    rop_bool(c, hf_gsc_use_unicode);
    rop_bool(c, hf_gsc_include_restriction);
    rop_bool(c, hf_gsc_include_folders);
}

/* MS-OXCROPS 2.2.4.5.2; SearchFlags: MS-OXCFOLD 2.2.1.5.2. MS-OXCROPS puts a
 * LogonId between RestrictionData and FolderIdCount that MS-OXCFOLD 2.2.1.5.2
 * leaves out; MS-OXCROPS is the section that gives the syntax (MS-OXCFOLD
 * "specifies the semantics of fields not fully specified in MS-OXCROPS"), and
 * Microsoft's MAPI Inspector reads the byte too (design.md 7). */
void
rop_get_search_criteria_response(rop_ctx_t *c)
{
    oxcdata_restriction_data(c);
    rop_uint(c, hf_oxcrops_logon_id, 1);
    rop_id_list(c, hf_gsc_folder_id_count, hf_oxcrops_folder_id, "FolderIds");
    rop_bitmask(c, hf_gsc_search_flags, ett_flags, gsc_search_flags, 4, GSC_DEFINED);
}

/* ---- RopMoveCopyMessages, RopMoveFolder, RopCopyFolder ---- */

/* MS-OXCROPS 2.2.4.6.1 (header shared with RopCopyTo, rops_property.c) */
void
rop_move_copy_messages_request(rop_ctx_t *c)
{
    rop_copy_request_header(c);
    rop_id_list(c, hf_mcm_message_id_count, hf_oxcrops_message_id, "MessageIds");
    rop_bool(c, hf_mcm_want_asynchronous);
    rop_bool(c, hf_mcm_want_copy);
}

/* FolderId then NewFolderName, UTF-16 when UseUnicode is nonzero. */
static void
folder_and_new_name(rop_ctx_t *c, gboolean unicode, int hf_name)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_stringz(c, hf_name, unicode);
}

/* MS-OXCROPS 2.2.4.7.1 */
void
rop_move_folder_request(rop_ctx_t *c)
{
    rop_copy_request_header(c);
    rop_bool(c, hf_mf_want_asynchronous);
    folder_and_new_name(c, rop_bool(c, hf_mf_use_unicode), hf_mf_new_folder_name);
}

/* MS-OXCROPS 2.2.4.8.1 */
void
rop_copy_folder_request(rop_ctx_t *c)
{
    rop_copy_request_header(c);
    rop_bool(c, hf_cpf_want_asynchronous);
    rop_bool(c, hf_cpf_want_recursive);
    folder_and_new_name(c, rop_bool(c, hf_cpf_use_unicode), hf_cpf_new_folder_name);
}

/* MS-OXCROPS 2.2.4.6.2/.3, 2.2.4.7.2/.3, 2.2.4.8.2/.3: SourceHandleIndex,
 * ReturnValue, a 4-byte DestHandleIndex only when ReturnValue is 0x503
 * (ecNullDestinationObject), and PartialCompletion on every ReturnValue. */
void
rop_move_copy_response(rop_ctx_t *c)
{
    rop_copy_response_status(c);
    rop_bool(c, hf_oxcrops_partial_completion);
}

/* ---- RopEmptyFolder, RopHardDeleteMessagesAndSubfolders ---- */

/* MS-OXCROPS 2.2.4.9.1 */
void
rop_empty_folder_request(rop_ctx_t *c)
{
    rop_bool(c, hf_ef_want_asynchronous);
    rop_bool(c, hf_ef_want_delete_associated);
}

/* MS-OXCROPS 2.2.4.10.1 (the RopEmptyFolder layout) */
void
rop_hard_delete_messages_and_subfolders_request(rop_ctx_t *c)
{
    rop_bool(c, hf_hdms_want_asynchronous);
    rop_bool(c, hf_hdms_want_delete_associated);
}

/* ---- RopDeleteMessages, RopHardDeleteMessages ---- */

/* MS-OXCROPS 2.2.4.11.1 */
void
rop_delete_messages_request(rop_ctx_t *c)
{
    rop_bool(c, hf_dm_want_asynchronous);
    rop_bool(c, hf_dm_notify_non_read);
    rop_id_list(c, hf_dm_message_id_count, hf_oxcrops_message_id, "MessageIds");
}

/* MS-OXCROPS 2.2.4.12.1 (the RopDeleteMessages layout) */
void
rop_hard_delete_messages_request(rop_ctx_t *c)
{
    rop_bool(c, hf_hdm_want_asynchronous);
    rop_bool(c, hf_hdm_notify_non_read);
    rop_id_list(c, hf_hdm_message_id_count, hf_oxcrops_message_id, "MessageIds");
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

        { &hf_oxcrops_partial_completion,
          { "PartialCompletion", "oxcrops.partial_completion", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "The operation failed for some of its targets", HFILL } },

        { &hf_cf_folder_type,
          { "FolderType", "oxcrops.create_folder.folder_type", FT_UINT8, BASE_HEX, VALS(folder_type_vals), 0,
            "MS-OXCFOLD 2.2.1.2.1", HFILL } },
        { &hf_cf_use_unicode_strings,
          { "UseUnicodeStrings", "oxcrops.create_folder.use_unicode_strings", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "DisplayName and Comment are UTF-16", HFILL } },
        { &hf_cf_open_existing,
          { "OpenExisting", "oxcrops.create_folder.open_existing", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Open the folder if it exists instead of failing", HFILL } },
        { &hf_cf_reserved,
          { "Reserved", "oxcrops.create_folder.reserved", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_cf_display_name,
          { "DisplayName", "oxcrops.create_folder.display_name", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_cf_comment,
          { "Comment", "oxcrops.create_folder.comment", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_cf_is_existing_folder,
          { "IsExistingFolder", "oxcrops.create_folder.is_existing_folder", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "An existing public folder of that name was opened", HFILL } },
        { &hf_cf_has_rules,
          { "HasRules", "oxcrops.create_folder.has_rules", FT_BOOLEAN, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_cf_is_ghosted,
          { "IsGhosted", "oxcrops.create_folder.is_ghosted", FT_BOOLEAN, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_cf_server_count,
          { "ServerCount", "oxcrops.create_folder.server_count", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_cf_cheap_server_count,
          { "CheapServerCount", "oxcrops.create_folder.cheap_server_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_cf_server,
          { "Server", "oxcrops.create_folder.server", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },

        { &hf_df_flags,
          { "DeleteFolderFlags", "oxcrops.delete_folder.delete_folder_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFOLD 2.2.1.3.1", HFILL } },
        { &hf_df_del_messages,
          { "DEL_MESSAGES", "oxcrops.delete_folder.delete_folder_flags.del_messages", FT_BOOLEAN, 8, NULL,
            DF_DEL_MESSAGES, "Delete the folder's messages too", HFILL } },
        { &hf_df_del_folders,
          { "DEL_FOLDERS", "oxcrops.delete_folder.delete_folder_flags.del_folders", FT_BOOLEAN, 8, NULL,
            DF_DEL_FOLDERS, "Delete the folder's subfolders too", HFILL } },
        { &hf_df_delete_hard_delete,
          { "DELETE_HARD_DELETE", "oxcrops.delete_folder.delete_folder_flags.delete_hard_delete", FT_BOOLEAN, 8,
            NULL, DF_DELETE_HARD_DELETE, "Hard delete (not recoverable)", HFILL } },

        { &hf_ssc_folder_id_count,
          { "FolderIdCount", "oxcrops.set_search_criteria.folder_id_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_ssc_search_flags,
          { "SearchFlags", "oxcrops.set_search_criteria.search_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "MS-OXCFOLD 2.2.1.4.1", HFILL } },
        { &hf_ssc_stop_search,
          { "STOP_SEARCH", "oxcrops.set_search_criteria.search_flags.stop_search", FT_BOOLEAN, 32, NULL,
            SSC_STOP_SEARCH, NULL, HFILL } },
        { &hf_ssc_restart_search,
          { "RESTART_SEARCH", "oxcrops.set_search_criteria.search_flags.restart_search", FT_BOOLEAN, 32, NULL,
            SSC_RESTART_SEARCH, NULL, HFILL } },
        { &hf_ssc_recursive_search,
          { "RECURSIVE_SEARCH", "oxcrops.set_search_criteria.search_flags.recursive_search", FT_BOOLEAN, 32, NULL,
            SSC_RECURSIVE_SEARCH, NULL, HFILL } },
        { &hf_ssc_shallow_search,
          { "SHALLOW_SEARCH", "oxcrops.set_search_criteria.search_flags.shallow_search", FT_BOOLEAN, 32, NULL,
            SSC_SHALLOW_SEARCH, NULL, HFILL } },
        { &hf_ssc_content_indexed_search,
          { "CONTENT_INDEXED_SEARCH", "oxcrops.set_search_criteria.search_flags.content_indexed_search",
            FT_BOOLEAN, 32, NULL, SSC_CONTENT_INDEXED_SEARCH, NULL, HFILL } },
        { &hf_ssc_non_content_indexed_search,
          { "NON_CONTENT_INDEXED_SEARCH", "oxcrops.set_search_criteria.search_flags.non_content_indexed_search",
            FT_BOOLEAN, 32, NULL, SSC_NON_CONTENT_INDEXED_SEARCH, NULL, HFILL } },
        { &hf_ssc_static_search,
          { "STATIC_SEARCH", "oxcrops.set_search_criteria.search_flags.static_search", FT_BOOLEAN, 32, NULL,
            SSC_STATIC_SEARCH, NULL, HFILL } },

        { &hf_gsc_use_unicode,
          { "UseUnicode", "oxcrops.get_search_criteria.use_unicode", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Strings of the returned restriction in Unicode", HFILL } },
        { &hf_gsc_include_restriction,
          { "IncludeRestriction", "oxcrops.get_search_criteria.include_restriction", FT_BOOLEAN, BASE_NONE,
            NULL, 0, NULL, HFILL } },
        { &hf_gsc_include_folders,
          { "IncludeFolders", "oxcrops.get_search_criteria.include_folders", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_gsc_folder_id_count,
          { "FolderIdCount", "oxcrops.get_search_criteria.folder_id_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_gsc_search_flags,
          { "SearchFlags", "oxcrops.get_search_criteria.search_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "MS-OXCFOLD 2.2.1.5.2", HFILL } },
        { &hf_gsc_search_running,
          { "SEARCH_RUNNING", "oxcrops.get_search_criteria.search_flags.search_running", FT_BOOLEAN, 32, NULL,
            GSC_SEARCH_RUNNING, NULL, HFILL } },
        { &hf_gsc_search_rebuild,
          { "SEARCH_REBUILD", "oxcrops.get_search_criteria.search_flags.search_rebuild", FT_BOOLEAN, 32, NULL,
            GSC_SEARCH_REBUILD, NULL, HFILL } },
        { &hf_gsc_search_recursive,
          { "SEARCH_RECURSIVE", "oxcrops.get_search_criteria.search_flags.search_recursive", FT_BOOLEAN, 32, NULL,
            GSC_SEARCH_RECURSIVE, NULL, HFILL } },
        { &hf_gsc_search_complete,
          { "SEARCH_COMPLETE", "oxcrops.get_search_criteria.search_flags.search_complete", FT_BOOLEAN, 32, NULL,
            GSC_SEARCH_COMPLETE, NULL, HFILL } },
        { &hf_gsc_search_partial,
          { "SEARCH_PARTIAL", "oxcrops.get_search_criteria.search_flags.search_partial", FT_BOOLEAN, 32, NULL,
            GSC_SEARCH_PARTIAL, NULL, HFILL } },
        { &hf_gsc_search_static,
          { "SEARCH_STATIC", "oxcrops.get_search_criteria.search_flags.search_static", FT_BOOLEAN, 32, NULL,
            GSC_SEARCH_STATIC, NULL, HFILL } },
        { &hf_gsc_search_maybe_static,
          { "SEARCH_MAYBE_STATIC", "oxcrops.get_search_criteria.search_flags.search_maybe_static", FT_BOOLEAN, 32,
            NULL, GSC_SEARCH_MAYBE_STATIC, NULL, HFILL } },
        { &hf_gsc_ci_totally,
          { "CI_TOTALLY", "oxcrops.get_search_criteria.search_flags.ci_totally", FT_BOOLEAN, 32, NULL,
            GSC_CI_TOTALLY, NULL, HFILL } },
        { &hf_gsc_twir_totally,
          { "TWIR_TOTALLY", "oxcrops.get_search_criteria.search_flags.twir_totally", FT_BOOLEAN, 32, NULL,
            GSC_TWIR_TOTALLY, NULL, HFILL } },

        { &hf_mcm_message_id_count,
          { "MessageIdCount", "oxcrops.move_copy_messages.message_id_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_mcm_want_asynchronous,
          { "WantAsynchronous", "oxcrops.move_copy_messages.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_mcm_want_copy,
          { "WantCopy", "oxcrops.move_copy_messages.want_copy", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Copy (nonzero) or move (zero)", HFILL } },
        { &hf_mf_want_asynchronous,
          { "WantAsynchronous", "oxcrops.move_folder.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_mf_use_unicode,
          { "UseUnicode", "oxcrops.move_folder.use_unicode", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "NewFolderName is UTF-16", HFILL } },
        { &hf_mf_new_folder_name,
          { "NewFolderName", "oxcrops.move_folder.new_folder_name", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_cpf_want_asynchronous,
          { "WantAsynchronous", "oxcrops.copy_folder.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_cpf_want_recursive,
          { "WantRecursive", "oxcrops.copy_folder.want_recursive", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Copy the subfolders too", HFILL } },
        { &hf_cpf_use_unicode,
          { "UseUnicode", "oxcrops.copy_folder.use_unicode", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "NewFolderName is UTF-16", HFILL } },
        { &hf_cpf_new_folder_name,
          { "NewFolderName", "oxcrops.copy_folder.new_folder_name", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },

        { &hf_ef_want_asynchronous,
          { "WantAsynchronous", "oxcrops.empty_folder.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_ef_want_delete_associated,
          { "WantDeleteAssociated", "oxcrops.empty_folder.want_delete_associated", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Delete folder associated information (FAI) messages too", HFILL } },
        { &hf_hdms_want_asynchronous,
          { "WantAsynchronous", "oxcrops.hard_delete_messages_and_subfolders.want_asynchronous", FT_BOOLEAN,
            BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_hdms_want_delete_associated,
          { "WantDeleteAssociated", "oxcrops.hard_delete_messages_and_subfolders.want_delete_associated",
            FT_BOOLEAN, BASE_NONE, NULL, 0, "Delete folder associated information (FAI) messages too", HFILL } },
        { &hf_dm_want_asynchronous,
          { "WantAsynchronous", "oxcrops.delete_messages.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_dm_notify_non_read,
          { "NotifyNonRead", "oxcrops.delete_messages.notify_non_read", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Send non-read receipts for unread messages", HFILL } },
        { &hf_dm_message_id_count,
          { "MessageIdCount", "oxcrops.delete_messages.message_id_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_hdm_want_asynchronous,
          { "WantAsynchronous", "oxcrops.hard_delete_messages.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_hdm_notify_non_read,
          { "NotifyNonRead", "oxcrops.hard_delete_messages.notify_non_read", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Send non-read receipts for unread messages", HFILL } },
        { &hf_hdm_message_id_count,
          { "MessageIdCount", "oxcrops.hard_delete_messages.message_id_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
    };
    static gint *ett[] = { &ett_flags };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

/* rops_notify.c: notification ROPs (MS-OXCROPS 2.2.14, semantics in MS-OXCNOTIF 2.2.1). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_reg_notification_types = -1;
static int hf_reg_new_mail = -1;
static int hf_reg_object_created = -1;
static int hf_reg_object_deleted = -1;
static int hf_reg_object_modified = -1;
static int hf_reg_object_moved = -1;
static int hf_reg_object_copied = -1;
static int hf_reg_search_completed = -1;
static int hf_reg_table_modified = -1;
static int hf_reg_extended = -1;
static int hf_reg_reserved = -1;
static int hf_reg_want_whole_store = -1;
static int hf_notify_handle = -1;
static int hf_notify_flags = -1;
static int hf_notify_type = -1;
static int hf_notify_flag_t = -1;
static int hf_notify_flag_u = -1;
static int hf_notify_flag_s = -1;
static int hf_notify_flag_m = -1;
static int hf_notify_table_event_type = -1;
static int hf_notify_table_row_folder_id = -1;
static int hf_notify_table_row_message_id = -1;
static int hf_notify_table_row_instance = -1;
static int hf_notify_insert_after_folder_id = -1;
static int hf_notify_insert_after_row_id = -1;
static int hf_notify_insert_after_instance = -1;
static int hf_notify_table_row_data_size = -1;
static int hf_notify_table_row_data = -1;
static int hf_notify_parent_folder_id = -1;
static int hf_notify_old_folder_id = -1;
static int hf_notify_old_message_id = -1;
static int hf_notify_old_parent_folder_id = -1;
static int hf_notify_tag_count = -1;
static int hf_notify_total_message_count = -1;
static int hf_notify_unread_message_count = -1;
static int hf_notify_message_flags = -1;
static int hf_notify_unicode_flag = -1;
static int hf_notify_message_class = -1;
static int hf_pending_session_index = -1;

static gint ett_flags = -1;
static gint ett_data = -1;

/* MS-OXCNOTIF 2.2.1.2.1: NotificationTypes. The field is 2 bytes; its Reserved
 * byte follows only when the Extended bit is set (design note: the 1+1 reading
 * of some servers gives the same bytes whenever Extended is clear). */
#define NT_NEW_MAIL         0x0002
#define NT_OBJECT_CREATED   0x0004
#define NT_OBJECT_DELETED   0x0008
#define NT_OBJECT_MODIFIED  0x0010
#define NT_OBJECT_MOVED     0x0020
#define NT_OBJECT_COPIED    0x0040
#define NT_SEARCH_COMPLETED 0x0080
#define NT_TABLE_MODIFIED   0x0100
#define NT_EXTENDED         0x0400
static int *const reg_types[] = {
    &hf_reg_new_mail, &hf_reg_object_created, &hf_reg_object_deleted, &hf_reg_object_modified,
    &hf_reg_object_moved, &hf_reg_object_copied, &hf_reg_search_completed, &hf_reg_table_modified,
    &hf_reg_extended, NULL
};

/* MS-OXCNOTIF 2.2.1.4.1.2: NotificationFlags: a NotificationType in the low 12
 * bits (an enumeration) and the T, U, S, M availability flags above. */
static const value_string notification_type_vals[] = {
    { NT_NEW_MAIL,         "NewMail" },
    { NT_OBJECT_CREATED,   "ObjectCreated" },
    { NT_OBJECT_DELETED,   "ObjectDeleted" },
    { NT_OBJECT_MODIFIED,  "ObjectModified" },
    { NT_OBJECT_MOVED,     "ObjectMoved" },
    { NT_OBJECT_COPIED,    "ObjectCopied" },
    { NT_SEARCH_COMPLETED, "SearchCompleted" },
    { NT_TABLE_MODIFIED,   "TableModified" },
    { NT_EXTENDED,         "Reserved (Extended)" },
    { 0, NULL }
};
#define NF_T 0x1000
#define NF_U 0x2000
#define NF_S 0x4000
#define NF_M 0x8000
static int *const notify_flags[] = {
    &hf_notify_type, &hf_notify_flag_t, &hf_notify_flag_u, &hf_notify_flag_s, &hf_notify_flag_m, NULL
};

/* MS-OXCNOTIF 2.2.1.4.1.2: TableEventType */
#define TE_ROW_ADDED    0x0003
#define TE_ROW_DELETED  0x0004
#define TE_ROW_MODIFIED 0x0005
static const value_string table_event_type_vals[] = {
    { 0x0001, "TableChanged" },
    { TE_ROW_ADDED, "TableRowAdded" },
    { TE_ROW_DELETED, "TableRowDeleted" },
    { TE_ROW_MODIFIED, "TableRowModified" },
    { 0x0007, "TableRestrictionChanged" },
    { 0, NULL }
};

/* MS-OXCROPS 2.2.14.1.1 */
void
rop_register_notification_request(rop_ctx_t *c)
{
    guint64 types = rop_bitmask(c, hf_reg_notification_types, ett_flags, reg_types, 2,
                                NT_NEW_MAIL | NT_OBJECT_CREATED | NT_OBJECT_DELETED | NT_OBJECT_MODIFIED |
                                NT_OBJECT_MOVED | NT_OBJECT_COPIED | NT_SEARCH_COMPLETED | NT_TABLE_MODIFIED |
                                NT_EXTENDED);

    if (types & NT_EXTENDED)
        rop_uint(c, hf_reg_reserved, 1);
    if (!rop_bool(c, hf_reg_want_whole_store)) {
        rop_fid_mid(c, hf_oxcrops_folder_id);
        rop_fid_mid(c, hf_oxcrops_message_id);
    }
}

/* MS-OXCNOTIF 2.2.1.4.1.2: the table-notification part of NotificationData. */
static void
table_event(rop_ctx_t *c, guint16 flags)
{
    guint32 event = rop_uint(c, hf_notify_table_event_type, 2);
    gboolean row = event == TE_ROW_ADDED || event == TE_ROW_DELETED || event == TE_ROW_MODIFIED;
    gboolean insert = event == TE_ROW_ADDED || event == TE_ROW_MODIFIED;

    if (row) {
        rop_fid_mid(c, hf_notify_table_row_folder_id);
        if (flags & NF_M) {
            rop_fid_mid(c, hf_notify_table_row_message_id);
            rop_uint(c, hf_notify_table_row_instance, 4);
        }
    }
    if (insert) {
        rop_fid_mid(c, hf_notify_insert_after_folder_id);
        if (flags & NF_M) {
            rop_fid_mid(c, hf_notify_insert_after_row_id);
            rop_uint(c, hf_notify_insert_after_instance, 4);
        }
        /* TableRowData: a PropertyRow over the table's columns (state issue);
         * its size is given, so the walk goes on. */
        rop_counted_bytes(c, hf_notify_table_row_data_size, 2, hf_notify_table_row_data);
    }
}

/* MS-OXCROPS 2.2.14.2.1: RopNotify (response only): NotificationHandle,
 * LogonId, NotificationData (MS-OXCNOTIF 2.2.1.4.1.2). */
void
rop_notify_response(rop_ctx_t *c)
{
    guint16 flags, type;
    proto_tree *saved = c->tree;

    rop_uint(c, hf_notify_handle, 4);
    rop_uint(c, hf_oxcrops_logon_id, 1);
    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, -1, ett_data, NULL, "NotificationData");
    flags = (guint16)rop_bitmask(c, hf_notify_flags, ett_flags, notify_flags, 2, 0xFFFF);
    type = flags & 0x0FFF;
    proto_item_append_text(c->item, ": %s", val_to_str_const(type, notification_type_vals, "unknown type"));
    if (!try_val_to_str(type, notification_type_vals))
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - 2, 2,
                                     "Unknown NotificationType 0x%03x", type);
    if (type == NT_TABLE_MODIFIED) {
        table_event(c, flags);
    } else if (type != NT_EXTENDED) {
        rop_fid_mid(c, hf_oxcrops_folder_id);
        if (flags & NF_M)
            rop_fid_mid(c, hf_oxcrops_message_id);
        if ((type == NT_OBJECT_CREATED || type == NT_OBJECT_DELETED || type == NT_OBJECT_MOVED ||
             type == NT_OBJECT_COPIED) && ((flags & NF_S) != 0) == ((flags & NF_M) != 0))
            rop_fid_mid(c, hf_notify_parent_folder_id);
        if (type == NT_OBJECT_MOVED || type == NT_OBJECT_COPIED) {
            rop_fid_mid(c, hf_notify_old_folder_id);
            if (flags & NF_M)
                rop_fid_mid(c, hf_notify_old_message_id);
            else
                rop_fid_mid(c, hf_notify_old_parent_folder_id);
        }
        if (type == NT_OBJECT_CREATED || type == NT_OBJECT_MODIFIED) {
            guint32 count = rop_uint(c, hf_notify_tag_count, 2);
            if (count != 0 && count != 0xFFFF)
                oxcdata_property_tags(c, count);
        }
    }
    if (flags & NF_T)
        rop_uint(c, hf_notify_total_message_count, 4);
    if (flags & NF_U)
        rop_uint(c, hf_notify_unread_message_count, 4);
    if (type == NT_NEW_MAIL) {
        rop_uint(c, hf_notify_message_flags, 4);
        rop_stringz(c, hf_notify_message_class, rop_bool(c, hf_notify_unicode_flag));
    }
    proto_item_set_end(proto_tree_get_parent(c->tree), c->tvb, c->offset);
    c->tree = saved;
}

/* MS-OXCROPS 2.2.14.3.1: RopPending (response only): the session that has
 * notifications waiting (MS-OXCNOTIF 3.2.5.5.3). */
void
rop_pending_response(rop_ctx_t *c)
{
    guint32 session_index = rop_uint(c, hf_pending_session_index, 2);

    proto_item_append_text(c->item, ": session index %u", session_index);
}

void
rops_notify_register(void)
{
    static hf_register_info hf[] = {
        { &hf_reg_notification_types,
          { "NotificationTypes", "oxcrops.register_notification.notification_types", FT_UINT16, BASE_HEX, NULL, 0,
            "MS-OXCNOTIF 2.2.1.2.1", HFILL } },
        { &hf_reg_new_mail,
          { "NewMail", "oxcrops.register_notification.notification_types.new_mail", FT_BOOLEAN, 16, NULL,
            NT_NEW_MAIL, NULL, HFILL } },
        { &hf_reg_object_created,
          { "ObjectCreated", "oxcrops.register_notification.notification_types.object_created", FT_BOOLEAN, 16,
            NULL, NT_OBJECT_CREATED, NULL, HFILL } },
        { &hf_reg_object_deleted,
          { "ObjectDeleted", "oxcrops.register_notification.notification_types.object_deleted", FT_BOOLEAN, 16,
            NULL, NT_OBJECT_DELETED, NULL, HFILL } },
        { &hf_reg_object_modified,
          { "ObjectModified", "oxcrops.register_notification.notification_types.object_modified", FT_BOOLEAN, 16,
            NULL, NT_OBJECT_MODIFIED, NULL, HFILL } },
        { &hf_reg_object_moved,
          { "ObjectMoved", "oxcrops.register_notification.notification_types.object_moved", FT_BOOLEAN, 16,
            NULL, NT_OBJECT_MOVED, NULL, HFILL } },
        { &hf_reg_object_copied,
          { "ObjectCopied", "oxcrops.register_notification.notification_types.object_copied", FT_BOOLEAN, 16,
            NULL, NT_OBJECT_COPIED, NULL, HFILL } },
        { &hf_reg_search_completed,
          { "SearchCompleted", "oxcrops.register_notification.notification_types.search_completed", FT_BOOLEAN, 16,
            NULL, NT_SEARCH_COMPLETED, NULL, HFILL } },
        { &hf_reg_table_modified,
          { "TableModified", "oxcrops.register_notification.notification_types.table_modified", FT_BOOLEAN, 16,
            NULL, NT_TABLE_MODIFIED, NULL, HFILL } },
        { &hf_reg_extended,
          { "Extended", "oxcrops.register_notification.notification_types.extended", FT_BOOLEAN, 16,
            NULL, NT_EXTENDED, NULL, HFILL } },
        { &hf_reg_reserved,
          { "Reserved", "oxcrops.register_notification.reserved", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_reg_want_whole_store,
          { "WantWholeStore", "oxcrops.register_notification.want_whole_store", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Events of the whole store (else one folder or message)", HFILL } },
        { &hf_notify_handle,
          { "NotificationHandle", "oxcrops.notify.notification_handle", FT_UINT32, BASE_HEX, NULL, 0,
            "Handle of the subscription or table the notification is for", HFILL } },
        { &hf_notify_flags,
          { "NotificationFlags", "oxcrops.notify.notification_flags", FT_UINT16, BASE_HEX, NULL, 0,
            "MS-OXCNOTIF 2.2.1.4.1.2", HFILL } },
        { &hf_notify_type,
          { "NotificationType", "oxcrops.notify.notification_type", FT_UINT16, BASE_HEX,
            VALS(notification_type_vals), 0x0FFF, NULL, HFILL } },
        { &hf_notify_flag_t,
          { "T (TotalMessageCount present)", "oxcrops.notify.notification_flags.t", FT_BOOLEAN, 16, NULL, NF_T,
            NULL, HFILL } },
        { &hf_notify_flag_u,
          { "U (UnreadMessageCount present)", "oxcrops.notify.notification_flags.u", FT_BOOLEAN, 16, NULL, NF_U,
            NULL, HFILL } },
        { &hf_notify_flag_s,
          { "S (search folder)", "oxcrops.notify.notification_flags.s", FT_BOOLEAN, 16, NULL, NF_S, NULL, HFILL } },
        { &hf_notify_flag_m,
          { "M (message, else folder)", "oxcrops.notify.notification_flags.m", FT_BOOLEAN, 16, NULL, NF_M,
            NULL, HFILL } },
        { &hf_notify_table_event_type,
          { "TableEventType", "oxcrops.notify.table_event_type", FT_UINT16, BASE_HEX, VALS(table_event_type_vals), 0,
            NULL, HFILL } },
        { &hf_notify_table_row_folder_id,
          { "TableRowFolderID", "oxcrops.notify.table_row_folder_id", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_notify_table_row_message_id,
          { "TableRowMessageID", "oxcrops.notify.table_row_message_id", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_notify_table_row_instance,
          { "TableRowInstance", "oxcrops.notify.table_row_instance", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_notify_insert_after_folder_id,
          { "InsertAfterTableRowFolderID", "oxcrops.notify.insert_after_table_row_folder_id", FT_UINT64, BASE_HEX,
            NULL, 0, NULL, HFILL } },
        { &hf_notify_insert_after_row_id,
          { "InsertAfterTableRowID", "oxcrops.notify.insert_after_table_row_id", FT_UINT64, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_notify_insert_after_instance,
          { "InsertAfterTableRowInstance", "oxcrops.notify.insert_after_table_row_instance", FT_UINT32, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_notify_table_row_data_size,
          { "TableRowDataSize", "oxcrops.notify.table_row_data_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_notify_table_row_data,
          { "TableRowData", "oxcrops.notify.table_row_data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_notify_parent_folder_id,
          { "ParentFolderId", "oxcrops.notify.parent_folder_id", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_notify_old_folder_id,
          { "OldFolderId", "oxcrops.notify.old_folder_id", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_notify_old_message_id,
          { "OldMessageId", "oxcrops.notify.old_message_id", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_notify_old_parent_folder_id,
          { "OldParentFolderId", "oxcrops.notify.old_parent_folder_id", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_notify_tag_count,
          { "TagCount", "oxcrops.notify.tag_count", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_notify_total_message_count,
          { "TotalMessageCount", "oxcrops.notify.total_message_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_notify_unread_message_count,
          { "UnreadMessageCount", "oxcrops.notify.unread_message_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_notify_message_flags,
          { "MessageFlags", "oxcrops.notify.message_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "PidTagMessageFlags of the new mail", HFILL } },
        { &hf_notify_unicode_flag,
          { "UnicodeFlag", "oxcrops.notify.unicode_flag", FT_BOOLEAN, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_notify_message_class,
          { "MessageClass", "oxcrops.notify.message_class", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_pending_session_index,
          { "SessionIndex", "oxcrops.pending.session_index", FT_UINT16, BASE_DEC, NULL, 0,
            "Session with pending notifications (MS-OXCNOTIF 2.2.1.3.4)", HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_data };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

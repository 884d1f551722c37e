/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_notify.c: notification ROPs (MS-OXCROPS 2.2.14, semantics in MS-OXCNOTIF 2.2.1). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"
#include "state.h"

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
static int hf_notify_subscribed_frame = -1;
static int hf_notify_subscribed_types = -1;
static int hf_notify_subscribed_whole_store = -1;
static int hf_notify_subscribed_folder_id = -1;
static int hf_notify_subscribed_message_id = -1;
static int hf_pending_session_frame = -1;
static int hf_pending_user_dn = -1;
static int hf_pending_resolution = -1;
static int hf_pending_session_number = -1;

static expert_field ei_pending_unresolved = EI_INIT;
static expert_field ei_notify_unknown_handle = EI_INIT;

static gint ett_flags = -1;
static gint ett_data = -1;
static gint ett_row = -1;

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

    notification_request_t *req = NULL;
    gboolean whole_store;

    if (!PINFO_FD_VISITED(c->pinfo)) {     /* kept with the subscription (state.c) */
        req = wmem_new0(wmem_file_scope(), notification_request_t);
        req->notification_types = (guint16)types;
        req->frame = c->pinfo->num;
        c->save_detail = req;
    }
    if (types & NT_EXTENDED)
        rop_uint(c, hf_reg_reserved, 1);
    whole_store = rop_bool(c, hf_reg_want_whole_store);
    if (req)
        req->want_whole_store = whole_store;
    if (!whole_store) {
        if (req) {
            req->folder_id = tvb_get_letoh64(c->tvb, c->offset);
            req->message_id = tvb_get_letoh64(c->tvb, c->offset + 8);
        }
        rop_fid_mid(c, hf_oxcrops_folder_id);
        rop_fid_mid(c, hf_oxcrops_message_id);
    }
}

/* What a subscription was registered for (MS-OXCNOTIF 3.2.5.7), under the
 * NotificationHandle of a RopNotify. */
static void
show_subscription(rop_ctx_t *c, proto_tree *t, const oxc_lookup_t *obj)
{
    const notification_request_t *req = (const notification_request_t *)obj->obj->detail;
    proto_item *gi;

    if (obj->obj->kind != OBJ_NOTIFICATION || !req)
        return;
    gi = proto_tree_add_uint(t, hf_notify_subscribed_frame, c->tvb, c->offset, 4, req->frame);
    proto_item_set_generated(gi);
    gi = proto_tree_add_uint(t, hf_notify_subscribed_types, c->tvb, c->offset, 4, req->notification_types);
    proto_item_set_generated(gi);
    gi = proto_tree_add_boolean(t, hf_notify_subscribed_whole_store, c->tvb, c->offset, 4, req->want_whole_store);
    proto_item_set_generated(gi);
    if (!req->want_whole_store) {
        gi = proto_tree_add_uint64(t, hf_notify_subscribed_folder_id, c->tvb, c->offset, 4, req->folder_id);
        proto_item_set_generated(gi);
        gi = proto_tree_add_uint64(t, hf_notify_subscribed_message_id, c->tvb, c->offset, 4, req->message_id);
        proto_item_set_generated(gi);
    }
}

/* TableRowData: a PropertyRow over the columns of the table's last RopSetColumns
 * (MS-OXCNOTIF 2.2.1.4.1.2), TableRowDataSize bytes long. */
static void
table_row_data(rop_ctx_t *c, const oxc_lookup_t *table)
{
    guint32 size = rop_uint(c, hf_notify_table_row_data_size, 2);
    int end = c->offset + (int)size;
    proto_item *ti;

    tvb_ensure_bytes_exist(c->tvb, c->offset, size);
    ti = proto_tree_add_item(c->tree, hf_notify_table_row_data, c->tvb, c->offset, size, ENC_NA);
    if (!table || !table->columns) {
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_no_context,
                               "TableRowData is typed by the table's columns (RopSetColumns), not in the capture");
        c->offset = end;
        return;
    }
    {
        proto_tree *saved = c->tree;
        c->tree = proto_item_add_subtree(ti, ett_row);
        oxcdata_property_row(c, table->columns, table->column_count);
        c->tree = saved;
    }
    if (c->offset != end)
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_bad_value,
                               "TableRowDataSize %u does not match the row (%d bytes)", size,
                               c->offset - (end - (int)size));
    c->offset = end;
    c->stopped = FALSE;
}

/* MS-OXCNOTIF 2.2.1.4.1.2: the table-notification part of NotificationData. */
static void
table_event(rop_ctx_t *c, guint16 flags, const oxc_lookup_t *table)
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
        table_row_data(c, table);
    }
}

/* MS-OXCROPS 2.2.14.2.1: RopNotify (response only): NotificationHandle,
 * LogonId, NotificationData (MS-OXCNOTIF 2.2.1.4.1.2). */
void
rop_notify_response(rop_ctx_t *c)
{
    guint16 flags, type;
    proto_tree *saved = c->tree;

    guint32 handle = tvb_get_letohl(c->tvb, c->offset);
    proto_item *hi = proto_tree_add_item(c->tree, hf_notify_handle, c->tvb, c->offset, 4, ENC_LITTLE_ENDIAN);
    const oxc_lookup_t *obj = state_lookup_handle(c, handle);

    /* MS-OXCNOTIF 3.2.5.7: the handle names the subscription (or table) the
     * notification is for; the client ignores one it does not know. */
    if (obj) {
        proto_tree *ht = proto_item_add_subtree(hi, ett_data);
        rop_show_object(c, ht, hi, obj);
        show_subscription(c, ht, obj);
    } else
        expert_add_info(c->pinfo, hi, &ei_notify_unknown_handle);
    c->offset += 4;
    rop_uint(c, hf_oxcrops_logon_id, 1);
    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, -1, ett_data, NULL, "NotificationData");
    flags = (guint16)rop_bitmask(c, hf_notify_flags, ett_flags, notify_flags, 2, 0xFFFF);
    type = flags & 0x0FFF;
    proto_item_append_text(c->item, ": %s", val_to_str_const(type, notification_type_vals, "unknown type"));
    if (!try_val_to_str(type, notification_type_vals))
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - 2, 2,
                                     "Unknown NotificationType 0x%03x", type);
    if (type == NT_TABLE_MODIFIED) {
        table_event(c, flags, obj);
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
 * notifications waiting (MS-OXCNOTIF 2.2.1.3.4), resolved among the client's
 * sessions (3.2.5.5.3; linked sessions too, 3.1.5.6): see state.c. */
static const value_string pending_rule_vals[] = {
    { PENDING_UNRESOLVED, "No session with this index seen" },
    { PENDING_LINKED, "Linked session (ulIcxrLink)" },
    { PENDING_SAME_CONNECTION, "Session of the same connection" },
    { PENDING_SAME_CLIENT, "Session of the same client address" },
    { PENDING_MAPIHTTP, "MAPI/HTTP: no session index is exchanged" },
    { 0, NULL }
};

void
rop_pending_response(rop_ctx_t *c)
{
    guint16 session_index = (guint16)tvb_get_letohs(c->tvb, c->offset);
    proto_item *ti = proto_tree_add_item(c->tree, hf_pending_session_index, c->tvb, c->offset, 2, ENC_LITTLE_ENDIAN);
    pending_rule_t rule;
    const oxc_session_t *s = state_resolve_session_index(c, session_index, &rule);
    proto_item *gi;

    proto_item_append_text(c->item, ": session index %u", session_index);
    gi = proto_tree_add_uint(c->tree, hf_pending_resolution, c->tvb, c->offset, 2, rule);
    proto_item_set_generated(gi);
    if (s) {
        gi = proto_tree_add_uint(c->tree, hf_pending_session_number, c->tvb, c->offset, 2, s->number);
        proto_item_set_generated(gi);
        if (s->frame) {
            gi = proto_tree_add_uint(c->tree, hf_pending_session_frame, c->tvb, c->offset, 2, s->frame);
            proto_item_set_generated(gi);
        }
        if (s->user_dn) {
            gi = proto_tree_add_string(c->tree, hf_pending_user_dn, c->tvb, c->offset, 2, s->user_dn);
            proto_item_set_generated(gi);
        }
    } else {
        expert_add_info_format(c->pinfo, ti, &ei_pending_unresolved, "%s: %s",
                               val_to_str_const(rule, pending_rule_vals, "unresolved"),
                               rule == PENDING_MAPIHTTP ? "the index cannot be mapped to a session"
                                                        : "the client must not act on it");
    }
    c->offset += 2;
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
        { &hf_notify_subscribed_frame,
          { "Subscribed in frame", "oxcrops.notify.subscribed_frame", FT_FRAMENUM, BASE_NONE, NULL, 0,
            "RopRegisterNotification request of the subscription", HFILL } },
        { &hf_notify_subscribed_types,
          { "Subscribed NotificationTypes", "oxcrops.notify.subscribed_types", FT_UINT16, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_notify_subscribed_whole_store,
          { "Subscribed to the whole store", "oxcrops.notify.subscribed_whole_store", FT_BOOLEAN, BASE_NONE,
            NULL, 0, NULL, HFILL } },
        { &hf_notify_subscribed_folder_id,
          { "Subscribed FolderId", "oxcrops.notify.subscribed_folder_id", FT_UINT64, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_notify_subscribed_message_id,
          { "Subscribed MessageId", "oxcrops.notify.subscribed_message_id", FT_UINT64, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_pending_session_frame,
          { "Session created in frame", "oxcrops.pending.session_frame", FT_FRAMENUM, BASE_NONE, NULL, 0,
            "EcDoConnectEx (or Connect) that created the session the index names", HFILL } },
        { &hf_pending_user_dn,
          { "Session user DN", "oxcrops.pending.user_dn", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_pending_resolution,
          { "Resolved by", "oxcrops.pending.resolution", FT_UINT8, BASE_DEC, VALS(pending_rule_vals), 0,
            "How the SessionIndex was matched to a session", HFILL } },
        { &hf_pending_session_number,
          { "Session", "oxcrops.pending.session", FT_UINT32, BASE_DEC, NULL, 0,
            "Running number of the session in the capture", HFILL } },
        { &hf_pending_session_index,
          { "SessionIndex", "oxcrops.pending.session_index", FT_UINT16, BASE_DEC, NULL, 0,
            "Session with pending notifications (MS-OXCNOTIF 2.2.1.3.4)", HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_data, &ett_row };
    static ei_register_info ei[] = {
        { &ei_pending_unresolved, { "oxcrops.pending.unresolved", PI_SEQUENCE, PI_NOTE,
            "SessionIndex names no session seen in the capture", EXPFILL } },
        { &ei_notify_unknown_handle, { "oxcrops.notify.unknown_handle", PI_SEQUENCE, PI_NOTE,
            "NotificationHandle is no known subscription or table (MS-OXCNOTIF 3.2.5.7: ignored)", EXPFILL } },
    };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto_oxcrops), ei, array_length(ei));
}

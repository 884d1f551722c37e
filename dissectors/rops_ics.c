/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_ics.c: incremental change synchronization ROPs (MS-OXCROPS 2.2.13, semantics in MS-OXCFXICS 2.2.3.2). */
#include <epan/packet.h>
#include <epan/expert.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_sync_configure_synchronization_type = -1;
static int hf_sync_configure_synchronization_flags = -1;
static int hf_sync_flags_unicode = -1;
static int hf_sync_flags_no_deletions = -1;
static int hf_sync_flags_ignore_no_longer_in_scope = -1;
static int hf_sync_flags_read_state = -1;
static int hf_sync_flags_fai = -1;
static int hf_sync_flags_normal = -1;
static int hf_sync_flags_only_specified_properties = -1;
static int hf_sync_flags_no_foreign_identifiers = -1;
static int hf_sync_flags_reserved = -1;
static int hf_sync_flags_best_body = -1;
static int hf_sync_flags_ignore_specified_on_fai = -1;
static int hf_sync_flags_progress = -1;
static int hf_sync_configure_synchronization_extra_flags = -1;
static int hf_sync_extra_flags_eid = -1;
static int hf_sync_extra_flags_message_size = -1;
static int hf_sync_extra_flags_cn = -1;
static int hf_sync_extra_flags_order_by_delivery_time = -1;
static int hf_sync_configure_property_tag_count = -1;

static int hf_import_message_change_import_flag = -1;
static int hf_import_flag_associated = -1;
static int hf_import_flag_fail_on_conflict = -1;
static int hf_import_message_change_property_value_count = -1;

static int hf_import_hierarchy_change_hierarchy_value_count = -1;
static int hf_import_hierarchy_change_property_value_count = -1;

static int hf_import_deletes_import_delete_flags = -1;
static int hf_import_delete_flags_hierarchy = -1;
static int hf_import_delete_flags_hard_delete = -1;
static int hf_import_deletes_property_value_count = -1;

static int hf_import_message_move_source_folder_id_size = -1;
static int hf_import_message_move_source_folder_id = -1;
static int hf_import_message_move_source_message_id_size = -1;
static int hf_import_message_move_source_message_id = -1;
static int hf_import_message_move_predecessor_change_list_size = -1;
static int hf_import_message_move_predecessor_change_list = -1;
static int hf_import_message_move_destination_message_id_size = -1;
static int hf_import_message_move_destination_message_id = -1;
static int hf_import_message_move_change_number_size = -1;
static int hf_import_message_move_change_number = -1;

static int hf_import_read_state_changes_message_read_states_size = -1;
static int hf_import_read_state_changes_message_id_size = -1;
static int hf_import_read_state_changes_message_id = -1;
static int hf_import_read_state_changes_mark_as_read = -1;

static int hf_open_collector_is_contents_collector = -1;

static int hf_upload_state_stream_begin_transfer_buffer_size = -1;
static int hf_upload_state_stream_continue_stream_data_size = -1;
static int hf_upload_state_stream_continue_stream_data = -1;

static int hf_midset_deleted_data_size = -1;
static int hf_midset_deleted_long_term_id_range_count = -1;

static int hf_get_local_replica_ids_id_count = -1;
static int hf_get_local_replica_ids_repl_guid = -1;
static int hf_get_local_replica_ids_global_count = -1;

static gint ett_flags = -1;
static gint ett_values = -1;
static gint ett_item = -1;

/* MS-OXCFXICS 2.2.3.2.1.1.1: SynchronizationType */
static const value_string synchronization_type_vals[] = {
    { 0x01, "Contents" },
    { 0x02, "Hierarchy" },
    { 0, NULL }
};

/* MS-OXCFXICS 2.2.3.2.1.1.1: SynchronizationFlags (2 bytes) */
#define SYNC_FLAGS_DEFINED 0xF1BF
static int *const sync_flags_bits[] = {
    &hf_sync_flags_unicode, &hf_sync_flags_no_deletions, &hf_sync_flags_ignore_no_longer_in_scope,
    &hf_sync_flags_read_state, &hf_sync_flags_fai, &hf_sync_flags_normal, &hf_sync_flags_only_specified_properties,
    &hf_sync_flags_no_foreign_identifiers, &hf_sync_flags_reserved, &hf_sync_flags_best_body,
    &hf_sync_flags_ignore_specified_on_fai, &hf_sync_flags_progress, NULL
};

/* MS-OXCFXICS 2.2.3.2.1.1.1: SynchronizationExtraFlags (4 bytes) */
#define SYNC_EXTRA_FLAGS_DEFINED 0x0000000F
static int *const sync_extra_flags_bits[] = {
    &hf_sync_extra_flags_eid, &hf_sync_extra_flags_message_size, &hf_sync_extra_flags_cn,
    &hf_sync_extra_flags_order_by_delivery_time, NULL
};

/* MS-OXCFXICS 2.2.3.2.4.2.1: ImportFlag */
#define IMPORT_FLAG_DEFINED 0x50
static int *const import_flag_bits[] = { &hf_import_flag_associated, &hf_import_flag_fail_on_conflict, NULL };

/* MS-OXCFXICS 2.2.3.2.4.5.1: ImportDeleteFlags */
#define IMPORT_DELETE_FLAGS_DEFINED 0x03
static int *const import_delete_flags_bits[] = {
    &hf_import_delete_flags_hierarchy, &hf_import_delete_flags_hard_delete, NULL
};

/* MS-OXCFXICS 2.2.3.2.2.1.1: StateProperty */
static const value_string state_property_vals[] = {
    { 0x40170003, "MetaTagIdsetGiven" },
    { 0x67960102, "MetaTagCnsetSeen" },
    { 0x67D20102, "MetaTagCnsetRead" },
    { 0x67DA0102, "MetaTagCnsetSeenFAI" },
    { 0, NULL }
};

#define LONG_TERM_ID_RANGE_SIZE 48  /* MinLongTermId and MaxLongTermId, 24 bytes each */

/* A 2-byte count then that many TaggedPropertyValues (MS-OXCDATA 2.11.4), in a subtree. */
static void
tagged_values(rop_ctx_t *c, int hf_count, const char *what)
{
    guint32 n = rop_uint(c, hf_count, 2), i;
    int start = c->offset;
    proto_tree *saved = c->tree;
    proto_item *ti;

    if (!oxcdata_count_ok(c, n, what))
        return;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_values, &ti, "%s (%u)", what, n);
    for (i = 0; i < n && !c->stopped; i++)
        oxcdata_tagged_value(c);
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

/* MS-OXCROPS 2.2.13.1.1 */
void
rop_synchronization_configure_request(rop_ctx_t *c)
{
    guint32 type = rop_uint(c, hf_sync_configure_synchronization_type, 1);

    proto_item_append_text(c->item, ", %s", val_to_str_const(type, synchronization_type_vals, "unknown type"));
    rop_fx_send_options(c);
    rop_bitmask(c, hf_sync_configure_synchronization_flags, ett_flags, sync_flags_bits, 2, SYNC_FLAGS_DEFINED);
    oxcdata_restriction_data(c);
    if (c->stopped)
        return;
    rop_bitmask(c, hf_sync_configure_synchronization_extra_flags, ett_flags, sync_extra_flags_bits, 4,
                SYNC_EXTRA_FLAGS_DEFINED);
    rop_fx_property_tags(c, hf_sync_configure_property_tag_count);
}

/* MS-OXCROPS 2.2.13.2.1 */
void
rop_synchronization_import_message_change_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_import_message_change_import_flag, ett_flags, import_flag_bits, 1, IMPORT_FLAG_DEFINED);
    tagged_values(c, hf_import_message_change_property_value_count, "PropertyValues");
}

/* The MessageId / FolderId of an import success response: "MUST be set to
 * 0x0000000000000000" (MS-OXCROPS 2.2.13.2.2, 2.2.13.4.2, 2.2.13.6.2); a
 * failure has nothing after ReturnValue. */
static void
import_response_id(rop_ctx_t *c, int hf)
{
    gboolean zero = tvb_get_letoh64(c->tvb, c->offset) == 0;
    proto_item *ti = rop_fid_mid(c, hf);

    if (!zero)
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_bad_value, "MUST be 0x0000000000000000");
}

/* MS-OXCROPS 2.2.13.2.2 and 2.2.13.6.2 */
void
rop_synchronization_import_message_response(rop_ctx_t *c)
{
    import_response_id(c, hf_oxcrops_message_id);
}

/* MS-OXCROPS 2.2.13.4.1 */
void
rop_synchronization_import_hierarchy_change_request(rop_ctx_t *c)
{
    tagged_values(c, hf_import_hierarchy_change_hierarchy_value_count, "HierarchyValues");
    if (!c->stopped)
        tagged_values(c, hf_import_hierarchy_change_property_value_count, "PropertyValues");
}

/* MS-OXCROPS 2.2.13.4.2 */
void
rop_synchronization_import_hierarchy_change_response(rop_ctx_t *c)
{
    import_response_id(c, hf_oxcrops_folder_id);
}

/* MS-OXCROPS 2.2.13.6.1: five size-prefixed (4 bytes) byte arrays. */
void
rop_synchronization_import_message_move_request(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_import_message_move_source_folder_id_size, 4, hf_import_message_move_source_folder_id);
    rop_counted_bytes(c, hf_import_message_move_source_message_id_size, 4,
                      hf_import_message_move_source_message_id);
    rop_counted_bytes(c, hf_import_message_move_predecessor_change_list_size, 4,
                      hf_import_message_move_predecessor_change_list);
    rop_counted_bytes(c, hf_import_message_move_destination_message_id_size, 4,
                      hf_import_message_move_destination_message_id);
    rop_counted_bytes(c, hf_import_message_move_change_number_size, 4, hf_import_message_move_change_number);
}

/* MS-OXCROPS 2.2.13.5.1 */
void
rop_synchronization_import_deletes_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_import_deletes_import_delete_flags, ett_flags, import_delete_flags_bits, 1,
                IMPORT_DELETE_FLAGS_DEFINED);
    tagged_values(c, hf_import_deletes_property_value_count, "PropertyValues");
}

/* MS-OXCROPS 2.2.13.3.1: MessageReadStates is MessageReadStateSize bytes of
 * MessageReadState structures (MessageIdSize, MessageId, MarkAsRead). Each
 * structure takes at least 3 bytes, so the loop ends within the size. */
void
rop_synchronization_import_read_state_changes_request(rop_ctx_t *c)
{
    guint32 size = rop_uint(c, hf_import_read_state_changes_message_read_states_size, 2);
    int end, start = c->offset;
    proto_tree *saved = c->tree;

    tvb_ensure_bytes_exist(c->tvb, c->offset, size);
    end = c->offset + (int)size;
    while (c->offset < end) {
        proto_item *ti;

        start = c->offset;
        c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, -1, ett_item, &ti, "MessageReadState");
        rop_counted_bytes(c, hf_import_read_state_changes_message_id_size, 2, hf_import_read_state_changes_message_id);
        rop_bool(c, hf_import_read_state_changes_mark_as_read);
        proto_item_set_len(ti, c->offset - start);
        c->tree = saved;
    }
    if (c->offset != end)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, c->offset - start,
                                     "The last MessageReadState ends %d bytes after MessageReadStateSize",
                                     c->offset - end);
}

/* MS-OXCROPS 2.2.13.7.1 */
void
rop_synchronization_open_collector_request(rop_ctx_t *c)
{
    rop_bool(c, hf_open_collector_is_contents_collector);
}

/* MS-OXCROPS 2.2.13.9.1: StateProperty is a PropertyTag (oxcrops.property_tag,
 * design.md 3); the ROP item is labelled with the ICS state property it names. */
void
rop_synchronization_upload_state_stream_begin_request(rop_ctx_t *c)
{
    guint32 tag = oxcdata_property_tag(c);

    proto_item_append_text(c->item, ", %s", val_to_str_const(tag, state_property_vals, "unknown StateProperty"));
    rop_uint(c, hf_upload_state_stream_begin_transfer_buffer_size, 4);
}

/* MS-OXCROPS 2.2.13.10.1: StreamDataSize is 4 bytes (design.md 7). */
void
rop_synchronization_upload_state_stream_continue_request(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_upload_state_stream_continue_stream_data_size, 4,
                      hf_upload_state_stream_continue_stream_data);
}

/* MS-OXCROPS 2.2.13.12.1: DataSize covers LongTermIdRangeCount and
 * LongTermIdRanges; each LongTermIdRange is two LongTermIds (MS-OXCDATA 2.2.1.3.1). */
void
rop_set_local_replica_midset_deleted_request(rop_ctx_t *c)
{
    guint32 size = rop_uint(c, hf_midset_deleted_data_size, 2);
    guint32 n = rop_uint(c, hf_midset_deleted_long_term_id_range_count, 4), i;
    proto_tree *saved = c->tree;

    if (!oxcdata_count_ok(c, n, "LongTermIdRangeCount"))
        return;
    if (size != 4 + LONG_TERM_ID_RANGE_SIZE * n)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - 6, 2,
                                     "DataSize %u does not match %u LongTermIdRanges (%u bytes)",
                                     size, n, 4 + LONG_TERM_ID_RANGE_SIZE * n);
    tvb_ensure_bytes_exist(c->tvb, c->offset, LONG_TERM_ID_RANGE_SIZE * n);
    for (i = 0; i < n; i++) {
        c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, LONG_TERM_ID_RANGE_SIZE, ett_item, NULL,
                                                "LongTermIdRange %u (MinLongTermId, MaxLongTermId)", i);
        oxcdata_long_term_id(c);
        oxcdata_long_term_id(c);
    }
    c->tree = saved;
}

/* MS-OXCROPS 2.2.13.13.1 */
void
rop_get_local_replica_ids_request(rop_ctx_t *c)
{
    rop_uint(c, hf_get_local_replica_ids_id_count, 4);
}

/* MS-OXCROPS 2.2.13.13.2: GlobalCount is a GLOBCNT (MS-OXCFXICS 2.2.2.5), in
 * the byte order of a Folder ID's GlobalCounter (big-endian). */
void
rop_get_local_replica_ids_response(rop_ctx_t *c)
{
    rop_guid(c, hf_get_local_replica_ids_repl_guid);
    proto_tree_add_item(c->tree, hf_get_local_replica_ids_global_count, c->tvb, c->offset, 6, ENC_BIG_ENDIAN);
    c->offset += 6;
}

void
rops_ics_register(void)
{
    static hf_register_info hf[] = {
        { &hf_sync_configure_synchronization_type,
          { "SynchronizationType", "oxcrops.synchronization_configure.synchronization_type", FT_UINT8, BASE_HEX,
            VALS(synchronization_type_vals), 0, NULL, HFILL } },
        { &hf_sync_configure_synchronization_flags,
          { "SynchronizationFlags", "oxcrops.synchronization_configure.synchronization_flags", FT_UINT16,
            BASE_HEX, NULL, 0, "MS-OXCFXICS 2.2.3.2.1.1.1", HFILL } },
        { &hf_sync_flags_unicode,
          { "Unicode", "oxcrops.synchronization_configure.synchronization_flags.unicode", FT_BOOLEAN, 16,
            NULL, 0x0001, NULL, HFILL } },
        { &hf_sync_flags_no_deletions,
          { "NoDeletions", "oxcrops.synchronization_configure.synchronization_flags.no_deletions", FT_BOOLEAN,
            16, NULL, 0x0002, NULL, HFILL } },
        { &hf_sync_flags_ignore_no_longer_in_scope,
          { "IgnoreNoLongerInScope",
            "oxcrops.synchronization_configure.synchronization_flags.ignore_no_longer_in_scope", FT_BOOLEAN, 16,
            NULL, 0x0004, NULL, HFILL } },
        { &hf_sync_flags_read_state,
          { "ReadState", "oxcrops.synchronization_configure.synchronization_flags.read_state", FT_BOOLEAN, 16,
            NULL, 0x0008, NULL, HFILL } },
        { &hf_sync_flags_fai,
          { "FAI", "oxcrops.synchronization_configure.synchronization_flags.fai", FT_BOOLEAN, 16,
            NULL, 0x0010, NULL, HFILL } },
        { &hf_sync_flags_normal,
          { "Normal", "oxcrops.synchronization_configure.synchronization_flags.normal", FT_BOOLEAN, 16,
            NULL, 0x0020, NULL, HFILL } },
        { &hf_sync_flags_only_specified_properties,
          { "OnlySpecifiedProperties",
            "oxcrops.synchronization_configure.synchronization_flags.only_specified_properties", FT_BOOLEAN, 16,
            NULL, 0x0080, NULL, HFILL } },
        { &hf_sync_flags_no_foreign_identifiers,
          { "NoForeignIdentifiers",
            "oxcrops.synchronization_configure.synchronization_flags.no_foreign_identifiers", FT_BOOLEAN, 16,
            NULL, 0x0100, NULL, HFILL } },
        { &hf_sync_flags_reserved,
          { "Reserved", "oxcrops.synchronization_configure.synchronization_flags.reserved", FT_BOOLEAN, 16,
            NULL, 0x1000, "MUST be 0 when sending", HFILL } },
        { &hf_sync_flags_best_body,
          { "BestBody", "oxcrops.synchronization_configure.synchronization_flags.best_body", FT_BOOLEAN, 16,
            NULL, 0x2000, NULL, HFILL } },
        { &hf_sync_flags_ignore_specified_on_fai,
          { "IgnoreSpecifiedOnFAI",
            "oxcrops.synchronization_configure.synchronization_flags.ignore_specified_on_fai", FT_BOOLEAN, 16,
            NULL, 0x4000, NULL, HFILL } },
        { &hf_sync_flags_progress,
          { "Progress", "oxcrops.synchronization_configure.synchronization_flags.progress", FT_BOOLEAN, 16,
            NULL, 0x8000, NULL, HFILL } },
        { &hf_sync_configure_synchronization_extra_flags,
          { "SynchronizationExtraFlags", "oxcrops.synchronization_configure.synchronization_extra_flags",
            FT_UINT32, BASE_HEX, NULL, 0, "MS-OXCFXICS 2.2.3.2.1.1.1", HFILL } },
        { &hf_sync_extra_flags_eid,
          { "Eid", "oxcrops.synchronization_configure.synchronization_extra_flags.eid", FT_BOOLEAN, 32,
            NULL, 0x00000001, NULL, HFILL } },
        { &hf_sync_extra_flags_message_size,
          { "MessageSize", "oxcrops.synchronization_configure.synchronization_extra_flags.message_size",
            FT_BOOLEAN, 32, NULL, 0x00000002, NULL, HFILL } },
        { &hf_sync_extra_flags_cn,
          { "Cn", "oxcrops.synchronization_configure.synchronization_extra_flags.cn", FT_BOOLEAN, 32,
            NULL, 0x00000004, NULL, HFILL } },
        { &hf_sync_extra_flags_order_by_delivery_time,
          { "OrderByDeliveryTime",
            "oxcrops.synchronization_configure.synchronization_extra_flags.order_by_delivery_time", FT_BOOLEAN,
            32, NULL, 0x00000008, NULL, HFILL } },
        { &hf_sync_configure_property_tag_count,
          { "PropertyTagCount", "oxcrops.synchronization_configure.property_tag_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },

        { &hf_import_message_change_import_flag,
          { "ImportFlag", "oxcrops.synchronization_import_message_change.import_flag", FT_UINT8, BASE_HEX,
            NULL, 0, "MS-OXCFXICS 2.2.3.2.4.2.1", HFILL } },
        { &hf_import_flag_associated,
          { "Associated", "oxcrops.synchronization_import_message_change.import_flag.associated", FT_BOOLEAN, 8,
            NULL, 0x10, "A folder associated information (FAI) message", HFILL } },
        { &hf_import_flag_fail_on_conflict,
          { "FailOnConflict", "oxcrops.synchronization_import_message_change.import_flag.fail_on_conflict",
            FT_BOOLEAN, 8, NULL, 0x40, NULL, HFILL } },
        { &hf_import_message_change_property_value_count,
          { "PropertyValueCount", "oxcrops.synchronization_import_message_change.property_value_count",
            FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_import_hierarchy_change_hierarchy_value_count,
          { "HierarchyValueCount", "oxcrops.synchronization_import_hierarchy_change.hierarchy_value_count",
            FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_import_hierarchy_change_property_value_count,
          { "PropertyValueCount", "oxcrops.synchronization_import_hierarchy_change.property_value_count",
            FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_import_deletes_import_delete_flags,
          { "ImportDeleteFlags", "oxcrops.synchronization_import_deletes.import_delete_flags", FT_UINT8,
            BASE_HEX, NULL, 0, "MS-OXCFXICS 2.2.3.2.4.5.1", HFILL } },
        { &hf_import_delete_flags_hierarchy,
          { "Hierarchy", "oxcrops.synchronization_import_deletes.import_delete_flags.hierarchy", FT_BOOLEAN, 8,
            NULL, 0x01, "Folders, not messages", HFILL } },
        { &hf_import_delete_flags_hard_delete,
          { "HardDelete", "oxcrops.synchronization_import_deletes.import_delete_flags.hard_delete", FT_BOOLEAN,
            8, NULL, 0x02, NULL, HFILL } },
        { &hf_import_deletes_property_value_count,
          { "PropertyValueCount", "oxcrops.synchronization_import_deletes.property_value_count", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_import_message_move_source_folder_id_size,
          { "SourceFolderIdSize", "oxcrops.synchronization_import_message_move.source_folder_id_size",
            FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_source_folder_id,
          { "SourceFolderId", "oxcrops.synchronization_import_message_move.source_folder_id", FT_BYTES,
            BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_source_message_id_size,
          { "SourceMessageIdSize", "oxcrops.synchronization_import_message_move.source_message_id_size",
            FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_source_message_id,
          { "SourceMessageId", "oxcrops.synchronization_import_message_move.source_message_id", FT_BYTES,
            BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_predecessor_change_list_size,
          { "PredecessorChangeListSize",
            "oxcrops.synchronization_import_message_move.predecessor_change_list_size", FT_UINT32, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_predecessor_change_list,
          { "PredecessorChangeList", "oxcrops.synchronization_import_message_move.predecessor_change_list",
            FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_destination_message_id_size,
          { "DestinationMessageIdSize",
            "oxcrops.synchronization_import_message_move.destination_message_id_size", FT_UINT32, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_destination_message_id,
          { "DestinationMessageId", "oxcrops.synchronization_import_message_move.destination_message_id",
            FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_change_number_size,
          { "ChangeNumberSize", "oxcrops.synchronization_import_message_move.change_number_size", FT_UINT32,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_import_message_move_change_number,
          { "ChangeNumber", "oxcrops.synchronization_import_message_move.change_number", FT_BYTES, BASE_NONE,
            NULL, 0, NULL, HFILL } },

        { &hf_import_read_state_changes_message_read_states_size,
          { "MessageReadStateSize", "oxcrops.synchronization_import_read_state_changes.message_read_state_size",
            FT_UINT16, BASE_DEC, NULL, 0, "Size in bytes of MessageReadStates", HFILL } },
        { &hf_import_read_state_changes_message_id_size,
          { "MessageIdSize", "oxcrops.synchronization_import_read_state_changes.message_id_size", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_import_read_state_changes_message_id,
          { "MessageId", "oxcrops.synchronization_import_read_state_changes.message_id", FT_BYTES, BASE_NONE,
            NULL, 0, "Global identifier of the message", HFILL } },
        { &hf_import_read_state_changes_mark_as_read,
          { "MarkAsRead", "oxcrops.synchronization_import_read_state_changes.mark_as_read", FT_BOOLEAN,
            BASE_NONE, NULL, 0, NULL, HFILL } },

        { &hf_open_collector_is_contents_collector,
          { "IsContentsCollector", "oxcrops.synchronization_open_collector.is_contents_collector", FT_BOOLEAN,
            BASE_NONE, NULL, 0, "Contents collector (nonzero) or hierarchy collector (zero)", HFILL } },

        { &hf_upload_state_stream_begin_transfer_buffer_size,
          { "TransferBufferSize", "oxcrops.synchronization_upload_state_stream_begin.transfer_buffer_size",
            FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_upload_state_stream_continue_stream_data_size,
          { "StreamDataSize", "oxcrops.synchronization_upload_state_stream_continue.stream_data_size", FT_UINT32,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_upload_state_stream_continue_stream_data,
          { "StreamData", "oxcrops.synchronization_upload_state_stream_continue.stream_data", FT_BYTES,
            BASE_NONE, NULL, 0, NULL, HFILL } },

        { &hf_midset_deleted_data_size,
          { "DataSize", "oxcrops.set_local_replica_midset_deleted.data_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Size of LongTermIdRangeCount and LongTermIdRanges", HFILL } },
        { &hf_midset_deleted_long_term_id_range_count,
          { "LongTermIdRangeCount", "oxcrops.set_local_replica_midset_deleted.long_term_id_range_count",
            FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_get_local_replica_ids_id_count,
          { "IdCount", "oxcrops.get_local_replica_ids.id_count", FT_UINT32, BASE_DEC, NULL, 0,
            "Number of IDs to reserve", HFILL } },
        { &hf_get_local_replica_ids_repl_guid,
          { "ReplGuid", "oxcrops.get_local_replica_ids.repl_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_get_local_replica_ids_global_count,
          { "GlobalCount", "oxcrops.get_local_replica_ids.global_count", FT_UINT48, BASE_HEX, NULL, 0,
            "First GLOBCNT of the reserved range", HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_values, &ett_item };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

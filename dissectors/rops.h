/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops.h: the ROP body decoders the dispatch table (rop_table.c) points at.
 * Each is defined in the rops_<family>.c file named above its group.
 */
#ifndef ROPS_H
#define ROPS_H

#include "oxcrops.h"

/* rops_store.c: logon and store (MS-OXCSTOR) */
void rop_logon_request(rop_ctx_t *c);
void rop_logon_response(rop_ctx_t *c);
void rop_set_receive_folder_request(rop_ctx_t *c);
void rop_get_receive_folder_request(rop_ctx_t *c);
void rop_get_receive_folder_response(rop_ctx_t *c);
void rop_get_receive_folder_table_response(rop_ctx_t *c);
void rop_get_store_state_response(rop_ctx_t *c);
void rop_folder_id_request(rop_ctx_t *c);
void rop_get_owning_servers_response(rop_ctx_t *c);
void rop_public_folder_is_ghosted_response(rop_ctx_t *c);
/* A public folder's replica servers (MS-OXCROPS 2.2.3.6.2, 2.2.3.7.2, 2.2.4.1.2,
 * 2.2.4.2.2): a 2-byte count (hf_count), a 2-byte count of the cheapest of them
 * (hf_cheap), then that many null-terminated ASCII names (hf_server) in a
 * subtree "label (count)". A cheap count above the count gets a warning on it. */
void rop_server_list(rop_ctx_t *c, int hf_count, int hf_cheap, int hf_server, const char *label);
void rop_long_term_id_from_id_request(rop_ctx_t *c);
void rop_long_term_id_body(rop_ctx_t *c);
void rop_id_from_long_term_id_response(rop_ctx_t *c);
void rop_get_per_user_long_term_ids_request(rop_ctx_t *c);
void rop_get_per_user_long_term_ids_response(rop_ctx_t *c);
void rop_get_per_user_guid_response(rop_ctx_t *c);
void rop_read_per_user_information_request(rop_ctx_t *c);
void rop_read_per_user_information_response(rop_ctx_t *c);
void rop_write_per_user_information_request(rop_ctx_t *c);

/* rops_folder.c: folders (MS-OXCFOLD) */
void rop_open_folder_request(rop_ctx_t *c);
void rop_open_folder_response(rop_ctx_t *c);
void rop_get_hierarchy_table_request(rop_ctx_t *c);
void rop_get_hierarchy_table_response(rop_ctx_t *c);
void rop_get_contents_table_request(rop_ctx_t *c);
void rop_get_contents_table_response(rop_ctx_t *c);
void rop_create_folder_request(rop_ctx_t *c);
void rop_create_folder_response(rop_ctx_t *c);
void rop_delete_folder_request(rop_ctx_t *c);
void rop_set_search_criteria_request(rop_ctx_t *c);
void rop_get_search_criteria_request(rop_ctx_t *c);
void rop_get_search_criteria_response(rop_ctx_t *c);
void rop_move_copy_messages_request(rop_ctx_t *c);
void rop_move_folder_request(rop_ctx_t *c);
void rop_copy_folder_request(rop_ctx_t *c);
void rop_move_copy_response(rop_ctx_t *c);
void rop_empty_folder_request(rop_ctx_t *c);
void rop_hard_delete_messages_and_subfolders_request(rop_ctx_t *c);
void rop_delete_messages_request(rop_ctx_t *c);
void rop_hard_delete_messages_request(rop_ctx_t *c);
/* PartialCompletion (oxcrops.partial_completion): the body of every response
 * that is only that byte, on success and failure (give the ROP ROP_FAILURE_BODY). */
void rop_partial_completion_response(rop_ctx_t *c);

/* rops_table.c: tables (MS-OXCTABL) */
void rop_set_columns_request(rop_ctx_t *c);
void rop_set_columns_response(rop_ctx_t *c);
void rop_query_rows_request(rop_ctx_t *c);
void rop_query_rows_response(rop_ctx_t *c);
void rop_sort_table_request(rop_ctx_t *c);
void rop_sort_table_response(rop_ctx_t *c);
void rop_restrict_request(rop_ctx_t *c);
void rop_restrict_response(rop_ctx_t *c);
void rop_abort_response(rop_ctx_t *c);
void rop_get_status_response(rop_ctx_t *c);
void rop_query_position_response(rop_ctx_t *c);
void rop_seek_row_request(rop_ctx_t *c);
void rop_seek_row_response(rop_ctx_t *c);
void rop_seek_row_bookmark_request(rop_ctx_t *c);
void rop_seek_row_bookmark_response(rop_ctx_t *c);
void rop_seek_row_fractional_request(rop_ctx_t *c);
void rop_create_bookmark_response(rop_ctx_t *c);
void rop_query_columns_all_response(rop_ctx_t *c);
void rop_find_row_request(rop_ctx_t *c);
void rop_find_row_response(rop_ctx_t *c);
void rop_free_bookmark_request(rop_ctx_t *c);
void rop_reset_table_request(rop_ctx_t *c);
void rop_expand_row_request(rop_ctx_t *c);
void rop_expand_row_response(rop_ctx_t *c);
void rop_collapse_row_request(rop_ctx_t *c);
void rop_collapse_row_response(rop_ctx_t *c);
void rop_get_collapse_state_request(rop_ctx_t *c);
void rop_get_collapse_state_response(rop_ctx_t *c);
void rop_set_collapse_state_request(rop_ctx_t *c);
void rop_set_collapse_state_response(rop_ctx_t *c);

/* rops_message.c: messages and attachments (MS-OXCROPS 2.2.6, MS-OXCMSG) */
void rop_create_message_request(rop_ctx_t *c);
void rop_create_message_response(rop_ctx_t *c);
void rop_save_changes_request(rop_ctx_t *c);     /* RopSaveChangesMessage and RopSaveChangesAttachment */
void rop_save_changes_message_response(rop_ctx_t *c);
void rop_remove_all_recipients_request(rop_ctx_t *c);
void rop_modify_recipients_request(rop_ctx_t *c);
void rop_open_message_request(rop_ctx_t *c);
void rop_open_message_response(rop_ctx_t *c);    /* also RopReloadCachedInformation */
void rop_reload_cached_information_request(rop_ctx_t *c);
void rop_read_recipients_request(rop_ctx_t *c);
void rop_read_recipients_response(rop_ctx_t *c);
void rop_set_message_status_request(rop_ctx_t *c);
void rop_get_message_status_request(rop_ctx_t *c);
void rop_message_status_response(rop_ctx_t *c);  /* RopId 0x20, answering 0x20 or 0x1F */
void rop_set_read_flags_request(rop_ctx_t *c);
void rop_set_message_read_flag_request(rop_ctx_t *c);
void rop_set_message_read_flag_response(rop_ctx_t *c);
void rop_open_attachment_request(rop_ctx_t *c);
void rop_attachment_id_body(rop_ctx_t *c);       /* RopCreateAttachment response, RopDeleteAttachment request */
void rop_save_changes_attachment_response(rop_ctx_t *c);
void rop_open_embedded_message_request(rop_ctx_t *c);
void rop_open_embedded_message_response(rop_ctx_t *c);
void rop_get_attachment_table_request(rop_ctx_t *c);
void rop_get_valid_attachments_response(rop_ctx_t *c);

/* rops_transport.c: transport (MS-OXCROPS 2.2.7, MS-OXOMSG) */
void rop_submit_message_request(rop_ctx_t *c);
void rop_abort_submit_request(rop_ctx_t *c);
void rop_get_address_types_response(rop_ctx_t *c);
void rop_spooler_lock_message_request(rop_ctx_t *c);
void rop_transport_send_response(rop_ctx_t *c);
void rop_transport_new_mail_request(rop_ctx_t *c);
void rop_get_transport_folder_response(rop_ctx_t *c);
void rop_options_data_request(rop_ctx_t *c);
void rop_options_data_response(rop_ctx_t *c);

/* rops_property.c: properties (MS-OXCPRPT) */
void rop_get_properties_specific_request(rop_ctx_t *c);
void rop_get_properties_specific_response(rop_ctx_t *c);
void rop_set_properties_request(rop_ctx_t *c);      /* also RopSetPropertiesNoReplicate */
void rop_set_properties_response(rop_ctx_t *c);
void rop_get_property_ids_from_names_request(rop_ctx_t *c);
void rop_get_property_ids_from_names_response(rop_ctx_t *c);
void rop_get_names_from_property_ids_request(rop_ctx_t *c);
void rop_get_names_from_property_ids_response(rop_ctx_t *c);
void rop_get_properties_all_request(rop_ctx_t *c);
void rop_get_properties_all_response(rop_ctx_t *c);
void rop_get_properties_list_response(rop_ctx_t *c);
void rop_delete_properties_request(rop_ctx_t *c);   /* also RopDeletePropertiesNoReplicate */
void rop_delete_properties_response(rop_ctx_t *c);
void rop_query_named_properties_request(rop_ctx_t *c);
void rop_query_named_properties_response(rop_ctx_t *c);
void rop_copy_properties_request(rop_ctx_t *c);
void rop_copy_properties_response(rop_ctx_t *c);
void rop_copy_to_request(rop_ctx_t *c);
void rop_copy_to_response(rop_ctx_t *c);
void rop_progress_request(rop_ctx_t *c);
void rop_progress_response(rop_ctx_t *c);
/* The copy ROPs' common parts (RopCopyProperties, RopCopyTo, RopCopyToStream;
 * usable by any ROP with the same SourceHandleIndex/DestHandleIndex header):
 * the request header after RopId (LogonId, SourceHandleIndex, DestHandleIndex:
 * use with RQ_CUSTOM), and the response start after RopId (SourceHandleIndex,
 * ReturnValue, and the 4-byte DestHandleIndex of ReturnValue 0x503: use with
 * RS_CUSTOM); it returns ReturnValue. */
void    rop_copy_request_header(rop_ctx_t *c);
guint32 rop_copy_response_status(rop_ctx_t *c);

/* rops_notify.c: notifications (MS-OXCNOTIF) */
void rop_register_notification_request(rop_ctx_t *c);
void rop_notify_response(rop_ctx_t *c);
void rop_pending_response(rop_ctx_t *c);

/* rops_stream.c: streams (MS-OXCROPS 2.2.9, MS-OXCPRPT) */
void rop_open_stream_request(rop_ctx_t *c);
void rop_open_stream_response(rop_ctx_t *c);
void rop_read_stream_request(rop_ctx_t *c);
void rop_read_stream_response(rop_ctx_t *c);
void rop_write_stream_request(rop_ctx_t *c);        /* also RopWriteStreamExtended, RopWriteAndCommitStream */
void rop_write_stream_response(rop_ctx_t *c);       /* also RopWriteAndCommitStream */
void rop_write_stream_extended_response(rop_ctx_t *c);
void rop_get_stream_size_response(rop_ctx_t *c);
void rop_set_stream_size_request(rop_ctx_t *c);
void rop_seek_stream_request(rop_ctx_t *c);
void rop_seek_stream_response(rop_ctx_t *c);
void rop_copy_to_stream_request(rop_ctx_t *c);
void rop_copy_to_stream_response(rop_ctx_t *c);
void rop_lock_region_stream_request(rop_ctx_t *c);  /* also RopUnlockRegionStream */

/* rops_permission.c: permissions (MS-OXCROPS 2.2.10, MS-OXCPERM) */
void rop_modify_permissions_request(rop_ctx_t *c);
void rop_get_permissions_table_request(rop_ctx_t *c);
/* The request layout RopModifyPermissions and RopModifyRules share (MS-OXCROPS
 * 2.2.10.1.1, 2.2.11.1.1): a flags byte, a 2-byte row count, then rows of a
 * flags byte, a 2-byte PropertyValueCount and that many TaggedPropertyValues.
 * The fields are pointers to the family's hf/ett ids (set at registration). */
typedef struct rop_modify_rows_desc {
    const char   *row_name;         /* "PermissionData", "RuleData" */
    int          *hf_flags;         /* ModifyFlags, ModifyRulesFlag */
    int *const   *flag_bits;
    guint64       flags_defined;
    guint64       replace_bit;      /* set: every row MUST be an add */
    int          *hf_count;         /* ModifyCount, RulesCount */
    int          *hf_row_flags;     /* PermissionDataFlags, RuleDataFlags */
    int *const   *row_bits;
    guint64       row_defined;
    guint64       add_bit;
    int          *hf_value_count;   /* PropertyValueCount */
    gint         *ett_flags;
    gint         *ett_row;
    void        (*value)(rop_ctx_t *c);  /* one TaggedPropertyValue */
} rop_modify_rows_desc_t;
void rop_modify_rows(rop_ctx_t *c, const rop_modify_rows_desc_t *d);

/* rops_rule.c: rules (MS-OXCROPS 2.2.11, MS-OXORULE) */
void rop_modify_rules_request(rop_ctx_t *c);
void rop_get_rules_table_request(rop_ctx_t *c);
void rop_update_deferred_action_messages_request(rop_ctx_t *c);

/* rops_fast_transfer.c: FastTransfer (MS-OXCROPS 2.2.12, MS-OXCFXICS) */
void rop_fast_transfer_destination_configure_request(rop_ctx_t *c);
void rop_fast_transfer_destination_put_buffer_request(rop_ctx_t *c);
void rop_fast_transfer_destination_put_buffer_response(rop_ctx_t *c);
void rop_fast_transfer_destination_put_buffer_extended_response(rop_ctx_t *c);
void rop_fast_transfer_source_get_buffer_request(rop_ctx_t *c);
void rop_fast_transfer_source_get_buffer_response(rop_ctx_t *c);
void rop_fast_transfer_source_copy_folder_request(rop_ctx_t *c);
void rop_fast_transfer_source_copy_messages_request(rop_ctx_t *c);
void rop_fast_transfer_source_copy_to_request(rop_ctx_t *c);
void rop_fast_transfer_source_copy_properties_request(rop_ctx_t *c);
void rop_tell_version_request(rop_ctx_t *c);
void rop_fx_send_options(rop_ctx_t *c);                 /* SendOptions, also RopSynchronizationConfigure's */
void rop_fx_property_tags(rop_ctx_t *c, int hf_count);  /* PropertyTagCount (2 bytes) and PropertyTags */
void fxstream_register(void);   /* fxstream.c, called from rops_fast_transfer_register() */

/* rops_ics.c: incremental change synchronization (MS-OXCROPS 2.2.13, MS-OXCFXICS) */
void rop_synchronization_configure_request(rop_ctx_t *c);
void rop_synchronization_import_message_change_request(rop_ctx_t *c);
void rop_synchronization_import_message_response(rop_ctx_t *c);   /* 0x72 and 0x78 */
void rop_synchronization_import_hierarchy_change_request(rop_ctx_t *c);
void rop_synchronization_import_hierarchy_change_response(rop_ctx_t *c);
void rop_synchronization_import_deletes_request(rop_ctx_t *c);
void rop_synchronization_import_message_move_request(rop_ctx_t *c);
void rop_synchronization_import_read_state_changes_request(rop_ctx_t *c);
void rop_synchronization_open_collector_request(rop_ctx_t *c);
void rop_synchronization_upload_state_stream_begin_request(rop_ctx_t *c);
void rop_synchronization_upload_state_stream_continue_request(rop_ctx_t *c);
void rop_set_local_replica_midset_deleted_request(rop_ctx_t *c);
void rop_get_local_replica_ids_request(rop_ctx_t *c);
void rop_get_local_replica_ids_response(rop_ctx_t *c);

/* rops_other.c: ROPs of MS-OXCROPS 2.2.15 (RopBufferTooSmall, RopBackoff) */
void rop_backoff_response(rop_ctx_t *c);
void rop_buffer_too_small_response(rop_ctx_t *c);

#endif

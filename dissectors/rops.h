/* rops.h: the ROP body decoders the dispatch table (rop_table.c) points at.
 * Each is defined in the rops_<family>.c file named above its group.
 */
#ifndef ROPS_H
#define ROPS_H

#include "oxcrops.h"

/* rops_store.c: logon and store (MS-OXCSTOR) */
void rop_logon_request(rop_ctx_t *c);
void rop_logon_response(rop_ctx_t *c);

/* rops_folder.c: folders (MS-OXCFOLD) */
void rop_open_folder_request(rop_ctx_t *c);
void rop_open_folder_response(rop_ctx_t *c);
void rop_get_hierarchy_table_request(rop_ctx_t *c);
void rop_get_hierarchy_table_response(rop_ctx_t *c);
void rop_get_contents_table_request(rop_ctx_t *c);
void rop_get_contents_table_response(rop_ctx_t *c);

/* rops_table.c: tables (MS-OXCTABL) */
void rop_set_columns_request(rop_ctx_t *c);
void rop_set_columns_response(rop_ctx_t *c);
void rop_query_rows_request(rop_ctx_t *c);
void rop_query_rows_response(rop_ctx_t *c);

/* rops_message.c: messages and their submission (MS-OXCMSG, MS-OXOMSG) */
void rop_create_message_request(rop_ctx_t *c);
void rop_create_message_response(rop_ctx_t *c);
void rop_save_changes_message_request(rop_ctx_t *c);
void rop_save_changes_message_response(rop_ctx_t *c);
void rop_remove_all_recipients_request(rop_ctx_t *c);
void rop_modify_recipients_request(rop_ctx_t *c);
void rop_submit_message_request(rop_ctx_t *c);

/* rops_property.c: properties (MS-OXCPRPT) */
void rop_get_properties_specific_request(rop_ctx_t *c);
void rop_get_properties_specific_response(rop_ctx_t *c);
void rop_set_properties_request(rop_ctx_t *c);
void rop_set_properties_response(rop_ctx_t *c);

/* rops_notify.c: notifications (MS-OXCNOTIF) */
void rop_register_notification_request(rop_ctx_t *c);
void rop_notify_response(rop_ctx_t *c);
void rop_pending_response(rop_ctx_t *c);

/* rops_other.c: ROPs of MS-OXCROPS 2.2.15 (RopBufferTooSmall, RopBackoff) */
void rop_backoff_response(rop_ctx_t *c);
void rop_buffer_too_small_response(rop_ctx_t *c);

#endif

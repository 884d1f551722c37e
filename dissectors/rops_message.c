/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_message.c: message and attachment ROPs (MS-OXCROPS 2.2.6, semantics in MS-OXCMSG 2.2.3). */
#include <epan/packet.h>
#include <epan/exceptions.h>

#include "wscompat.h"
#include "oxcrops.h"
#include "oxcdata.h"
#include "errcodes.h"
#include "rop_table.h"
#include "rops.h"
#include "state.h"

int hf_oxcrops_message_id = -1;
static int hf_response_handle_index = -1;
static int hf_attachment_id = -1;
static int hf_create_message_code_page_id = -1;
static int hf_create_message_associated_flag = -1;
static int hf_create_message_has_message_id = -1;
static int hf_save_flags = -1;
static int hf_save_keep_open_read_only = -1;
static int hf_save_keep_open_read_write = -1;
static int hf_save_force_save = -1;
static int hf_remove_all_recipients_reserved = -1;
static int hf_modify_recipients_column_count = -1;
static int hf_modify_recipients_row_count = -1;

/* the message description of RopOpenMessage, RopReloadCachedInformation and
 * RopOpenEmbeddedMessage responses, and the recipient rows of those and of
 * RopReadRecipients / RopModifyRecipients */
static int hf_has_named_properties = -1;
static int hf_typed_string_string_type = -1;
static int hf_subject_prefix = -1;
static int hf_normalized_subject = -1;
static int hf_recipient_count = -1;
static int hf_rcpt_column_count = -1;
static int hf_rcpt_row_count = -1;
static int hf_rcpt_row_id = -1;
static int hf_rcpt_recipient_type = -1;
static int hf_rcpt_type = -1;
static int hf_rcpt_previous_attempt_failed = -1;
static int hf_rcpt_previous_attempt_succeeded = -1;
static int hf_rcpt_code_page_id = -1;
static int hf_rcpt_reserved = -1;
static int hf_rcpt_recipient_row_size = -1;

static int hf_om_code_page_id = -1;
static int hf_om_open_mode_flags = -1;
static int hf_om_access = -1;
static int hf_om_open_soft_deleted = -1;
static int hf_rr_row_id = -1;
static int hf_rr_reserved = -1;
static int hf_rci_reserved = -1;

static int hf_sms_message_status_flags = -1;
static int hf_sms_message_status_mask = -1;
static int hf_gms_message_status_flags = -1;
static int hf_ms_in_conflict = -1;
static int hf_ms_remote_download = -1;
static int hf_ms_remote_delete = -1;

static int hf_srf_want_asynchronous = -1;
static int hf_srf_read_flags = -1;
static int hf_srf_message_id_count = -1;
static int hf_smrf_read_flags = -1;
static int hf_smrf_client_data = -1;
static int hf_smrf_read_status_changed = -1;
static int hf_rf_suppress_receipt = -1;
static int hf_rf_reserved = -1;
static int hf_rf_clear_read_flag = -1;
static int hf_rf_generate_receipt_only = -1;
static int hf_rf_clear_notify_read = -1;
static int hf_rf_clear_notify_unread = -1;

static int hf_oa_flags = -1;
static int hf_oa_access = -1;
static int hf_oem_code_page_id = -1;
static int hf_oem_open_mode_flags = -1;
static int hf_oem_access = -1;
static int hf_oem_reserved = -1;
static int hf_gat_table_flags = -1;
static int hf_gat_unicode = -1;
static int hf_gva_attachment_id_count = -1;

static gint ett_flags = -1;
static gint ett_columns = -1;
static gint ett_row = -1;
static gint ett_string = -1;
static gint ett_ids = -1;
static gint ett_client_data = -1;

#define ROP_ID_GET_MESSAGE_STATUS 0x1F

/* MS-OXCMSG 2.2.3.3.1: SaveFlags (RopSaveChangesMessage, RopSaveChangesAttachment) */
#define SAVE_KEEP_OPEN_READ_ONLY  0x01
#define SAVE_KEEP_OPEN_READ_WRITE 0x02
#define SAVE_FORCE_SAVE           0x04
#define SAVE_DEFINED 0x07
static int *const save_flags[] = {
    &hf_save_keep_open_read_only, &hf_save_keep_open_read_write, &hf_save_force_save, NULL
};

/* MS-OXCMSG 2.2.3.1.2: RecipientType, a type in the low nibble and two flags */
#define RCPT_TYPE                       0x0F
#define RCPT_PREVIOUS_ATTEMPT_FAILED    0x10
#define RCPT_PREVIOUS_ATTEMPT_SUCCEEDED 0x80
#define RCPT_DEFINED 0x9F
static const value_string recipient_type_vals[] = {
    { 0x01, "Primary (To)" },
    { 0x02, "Cc" },
    { 0x03, "Bcc" },
    { 0, NULL }
};
static int *const recipient_type_bits[] = {
    &hf_rcpt_type, &hf_rcpt_previous_attempt_failed, &hf_rcpt_previous_attempt_succeeded, NULL
};

/* MS-OXCDATA 2.11.7: TypedString StringType */
#define TS_NONE           0x00
#define TS_EMPTY          0x01
#define TS_8BIT           0x02
#define TS_REDUCED_UNICODE 0x03
#define TS_UNICODE        0x04
static const value_string string_type_vals[] = {
    { TS_NONE, "No string" },
    { TS_EMPTY, "Empty string" },
    { TS_8BIT, "Null-terminated 8-bit string" },
    { TS_REDUCED_UNICODE, "Null-terminated reduced Unicode string" },
    { TS_UNICODE, "Null-terminated Unicode string" },
    { 0, NULL }
};

/* MS-OXCMSG 2.2.3.1.1 (RopOpenMessage OpenModeFlags) and 2.2.3.12.1
 * (OpenAttachmentFlags): an access mode in the low two bits */
#define ACCESS_MASK       0x03
#define OPEN_SOFT_DELETED 0x04
static const value_string access_vals[] = {
    { 0x00, "ReadOnly" },
    { 0x01, "ReadWrite" },
    { 0x03, "BestAccess" },
    { 0, NULL }
};
static int *const open_message_flags[] = { &hf_om_access, &hf_om_open_soft_deleted, NULL };
static int *const open_attachment_flags[] = { &hf_oa_access, NULL };

/* MS-OXCMSG 2.2.3.16.1: RopOpenEmbeddedMessage OpenModeFlags */
static const value_string embedded_access_vals[] = {
    { 0x00, "ReadOnly" },
    { 0x01, "ReadWrite" },
    { 0x02, "Create" },
    { 0, NULL }
};
static int *const open_embedded_flags[] = { &hf_oem_access, NULL };

/* MS-OXCMSG 2.2.3.17.1: RopGetAttachmentTable TableFlags (Standard 0x00, Unicode 0x40) */
#define GAT_UNICODE 0x40
static int *const attachment_table_flags[] = { &hf_gat_unicode, NULL };

/* MS-OXCMSG 2.2.1.8 (PidTagMessageStatus): MessageStatusFlags / MessageStatusMask */
#define MS_IN_CONFLICT     0x00000800
#define MS_REMOTE_DOWNLOAD 0x00001000
#define MS_REMOTE_DELETE   0x00002000
#define MS_DEFINED 0x00003800
static int *const message_status_bits[] = { &hf_ms_in_conflict, &hf_ms_remote_download, &hf_ms_remote_delete, NULL };

/* MS-OXCMSG 2.2.3.10.1: ReadFlags (RopSetReadFlags; RopSetMessageReadFlag
 * uses the same table, 2.2.3.11.1). rfReserved is 0x0A: bits the server ignores. */
#define RF_SUPPRESS_RECEIPT      0x01
#define RF_RESERVED              0x0A
#define RF_CLEAR_READ_FLAG       0x04
#define RF_GENERATE_RECEIPT_ONLY 0x10
#define RF_CLEAR_NOTIFY_READ     0x20
#define RF_CLEAR_NOTIFY_UNREAD   0x40
#define RF_DEFINED 0x7F
static int *const read_flags[] = {
    &hf_rf_suppress_receipt, &hf_rf_reserved, &hf_rf_clear_read_flag, &hf_rf_generate_receipt_only,
    &hf_rf_clear_notify_read, &hf_rf_clear_notify_unread, NULL
};

/* ---- pieces shared by several ROPs ---- */

/* LogonId, ResponseHandleIndex, InputHandleIndex: how the requests of
 * RopSaveChangesMessage (MS-OXCROPS 2.2.6.3.1), RopSaveChangesAttachment
 * (2.2.6.15.1) and RopSetMessageReadFlag (2.2.6.11.1) start; the response
 * echoes ResponseHandleIndex. */
static void
response_input_header(rop_ctx_t *c)
{
    rop_uint(c, hf_oxcrops_logon_id, 1);
    c->save_index = c->offset;
    rop_handle_index(c, hf_response_handle_index);
    c->input_index = tvb_get_uint8(c->tvb, c->offset);
    rop_handle_index(c, hf_oxcrops_input_handle_index);
}

/* MS-OXCDATA 2.11.7 TypedString: StringType, then String for types 2 to 4. A
 * reduced Unicode string is UTF-16 with its zero high bytes left out, which
 * is ISO 8859-1. */
static void
typed_string(rop_ctx_t *c, int hf_string, const char *label)
{
    proto_tree *saved = c->tree;
    proto_item *ti;
    int start = c->offset;
    guint32 type;
    const guint8 *s = NULL;
    guint len;

    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, -1, ett_string, &ti, label);
    type = rop_uint(c, hf_typed_string_string_type, 1);
    switch (type) {
    case TS_NONE:
    case TS_EMPTY:
        break;
    case TS_8BIT:
    case TS_UNICODE:
        s = (const guint8 *)rop_stringz(c, hf_string, type == TS_UNICODE);
        break;
    case TS_REDUCED_UNICODE:
        len = tvb_strsize(c->tvb, c->offset);
        proto_tree_add_item_ret_string(c->tree, hf_string, c->tvb, c->offset, len, ENC_ISO_8859_1 | ENC_NA,
                                       c->pinfo->pool, &s);
        c->offset += len;
        break;
    default:
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, start, 1,
                                     "StringType 0x%02x is undefined: the length of String is unknown", type);
        c->stopped = TRUE;
    }
    proto_item_append_text(ti, ": %s", s ? (const char *)s : val_to_str_const(type, string_type_vals, "?"));
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

/* ColumnCount PropertyTags in a subtree (NULL past OXCDATA_MAX_COUNT). */
static guint32 *
recipient_columns(rop_ctx_t *c, guint32 count)
{
    proto_tree *saved = c->tree;
    int start = c->offset;
    guint32 *cols;

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_columns, NULL,
                                            "RecipientColumns (%u)", count);
    cols = oxcdata_property_tags(c, count);
    proto_item_set_len(proto_tree_get_parent(c->tree), c->offset - start);
    c->tree = saved;
    return cols;
}

/* A RecipientRow (MS-OXCDATA 2.8.3) of exactly size bytes. It is read from a
 * tvb of that size, so it cannot run into what follows, and the walk goes on
 * after it whatever it holds. columns NULL: the ROP does not carry them, and
 * recipient.c shows the properties as bytes. */
static void
sized_recipient_row(rop_ctx_t *c, guint32 size, const guint32 *columns, guint count)
{
    tvbuff_t *outer = c->tvb;
    proto_tree *tree = c->tree;
    int end = c->offset + (int)size;

    if (size == 0)
        return;
    tvb_ensure_bytes_exist(outer, c->offset, (gint)size);
    c->tvb = tvb_new_subset_length(outer, c->offset, (gint)size);
    c->offset = 0;
    TRY {
        oxcdata_recipient_row(c, columns, count);
        if (!c->stopped && c->offset != (int)size)
            proto_tree_add_expert_format(tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset, -1,
                                         "RecipientRowSize is %u bytes; the RecipientRow ends after %d",
                                         size, c->offset);
    }
    CATCH_BOUNDS_ERRORS {
        proto_tree_add_expert_format(tree, c->pinfo, &ei_oxcrops_truncated, outer, end - (int)size, (int)size,
                                     "RecipientRow runs past its RecipientRowSize (%u bytes)", size);
    }
    ENDTRY;
    c->tvb = outer;
    c->tree = tree;
    c->offset = end;
    c->stopped = FALSE;
}

/* The three row wrappers of a RecipientRow:
 *   ModifyRecipientRow (MS-OXCROPS 2.2.6.5.1.1): RowId, RecipientType, RecipientRowSize
 *   OpenRecipientRow (2.2.6.1.2.1): RecipientType, CodePageId, Reserved, RecipientRowSize
 *   ReadRecipientRow (2.2.6.6.2.1): RowId, then as OpenRecipientRow
 * RecipientType: MS-OXCMSG 2.2.3.1.2. A ModifyRecipientRow of size 0 removes
 * the recipient (MS-OXCMSG 2.2.3.5.1). */
typedef enum { ROW_MODIFY, ROW_OPEN, ROW_READ } row_kind_t;
static const char *const row_names[] = { "ModifyRecipientRow", "OpenRecipientRow", "ReadRecipientRow" };

static void
recipient_entry(rop_ctx_t *c, row_kind_t kind, guint row_number, const guint32 *columns, guint count)
{
    proto_tree *saved = c->tree;
    int start = c->offset;
    guint32 size;

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_row, NULL, "%s %u",
                                            row_names[kind], row_number);
    if (kind != ROW_OPEN)
        rop_uint(c, hf_rcpt_row_id, 4);
    rop_bitmask(c, hf_rcpt_recipient_type, ett_flags, recipient_type_bits, 1, RCPT_DEFINED);
    if (kind != ROW_MODIFY) {
        rop_uint(c, hf_rcpt_code_page_id, 2);
        rop_reserved_zero(c, hf_rcpt_reserved, 2);
    }
    size = rop_uint(c, hf_rcpt_recipient_row_size, 2);
    sized_recipient_row(c, size, columns, count);
    proto_item_set_len(proto_tree_get_parent(c->tree), c->offset - start);
    c->tree = saved;
}

/* The message description that RopOpenMessage (MS-OXCROPS 2.2.6.1.2),
 * RopReloadCachedInformation (2.2.6.7.2) and RopOpenEmbeddedMessage
 * (2.2.6.16.2, after Reserved and MessageId) return: HasNamedProperties,
 * SubjectPrefix, NormalizedSubject, RecipientCount, ColumnCount,
 * RecipientColumns, RowCount and RowCount OpenRecipientRows typed by
 * RecipientColumns (RowCount can be below RecipientCount: the client then
 * reads the rest with RopReadRecipients, MS-OXCMSG 3.1.5.6). */
static void
message_description(rop_ctx_t *c)
{
    guint32 ncols, nrows, i;
    const guint32 *cols;

    rop_bool(c, hf_has_named_properties);
    typed_string(c, hf_subject_prefix, "SubjectPrefix");
    if (!c->stopped)
        typed_string(c, hf_normalized_subject, "NormalizedSubject");
    if (c->stopped)
        return;
    rop_uint(c, hf_recipient_count, 2);
    ncols = rop_uint(c, hf_rcpt_column_count, 2);
    cols = recipient_columns(c, ncols);
    if (!cols)
        return;
    nrows = rop_uint(c, hf_rcpt_row_count, 1);
    for (i = 0; i < nrows; i++)
        recipient_entry(c, ROW_OPEN, i, cols, ncols);
}

/* ClientData (MS-OXCMSG 2.2.3.11.1: the LongTermID of the message read). */
static void
client_data(rop_ctx_t *c)
{
    proto_item *ti = proto_tree_add_item(c->tree, hf_smrf_client_data, c->tvb, c->offset, 24, ENC_NA);
    proto_tree *saved = c->tree;

    c->tree = proto_item_add_subtree(ti, ett_client_data);
    oxcdata_long_term_id(c);
    c->tree = saved;
}

/* ---- RopOpenMessage, RopReloadCachedInformation, RopReadRecipients ---- */

/* MS-OXCROPS 2.2.6.1.1; OpenModeFlags: MS-OXCMSG 2.2.3.1.1 */
void
rop_open_message_request(rop_ctx_t *c)
{
    rop_uint(c, hf_om_code_page_id, 2);
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_bitmask(c, hf_om_open_mode_flags, ett_flags, open_message_flags, 1, ACCESS_MASK | OPEN_SOFT_DELETED);
    rop_fid_mid(c, hf_oxcrops_message_id);
}

/* MS-OXCROPS 2.2.6.1.2, and 2.2.6.7.2 (RopReloadCachedInformation, the same layout) */
void
rop_open_message_response(rop_ctx_t *c)
{
    message_description(c);
}

/* MS-OXCROPS 2.2.6.7.1 */
void
rop_reload_cached_information_request(rop_ctx_t *c)
{
    rop_reserved_zero(c, hf_rci_reserved, 2);
}

/* MS-OXCROPS 2.2.6.6.1 */
void
rop_read_recipients_request(rop_ctx_t *c)
{
    rop_uint(c, hf_rr_row_id, 4);
    rop_reserved_zero(c, hf_rr_reserved, 2);
}

/* MS-OXCROPS 2.2.6.6.2: RowCount ReadRecipientRows. Their RecipientProperties
 * are typed by the message's recipient columns, which this response does not
 * carry (an earlier RopOpenMessage or RopModifyRecipients had them): each row
 * is framed by RecipientRowSize, so its properties are shown as bytes with a
 * note and the walk goes on. */
void
rop_read_recipients_response(rop_ctx_t *c)
{
    guint32 n = rop_uint(c, hf_rcpt_row_count, 1), i;

    for (i = 0; i < n; i++)
        recipient_entry(c, ROW_READ, i, NULL, 0);
}

/* ---- RopSetMessageStatus, RopGetMessageStatus ---- */

/* MS-OXCROPS 2.2.6.8.1; flags: MS-OXCMSG 2.2.1.8 */
void
rop_set_message_status_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_message_id);
    rop_bitmask(c, hf_sms_message_status_flags, ett_flags, message_status_bits, 4, MS_DEFINED);
    rop_bitmask(c, hf_sms_message_status_mask, ett_flags, message_status_bits, 4, MS_DEFINED);
}

/* MS-OXCROPS 2.2.6.9.1 */
void
rop_get_message_status_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_message_id);
}

/* MS-OXCROPS 2.2.6.8.2 (RopSetMessageStatus: the status before the change)
 * and 2.2.6.9.2 (RopGetMessageStatus, answered with RopId 0x20: design.md 7).
 * The layouts are the same; the request the response answers (ropbuf.c pairs a
 * 0x20 response with a 0x1F request) says which field and label apply. The
 * table gives this body ROP_FAILURE_BODY so that failures are labelled too. */
void
rop_message_status_response(rop_ctx_t *c)
{
    gboolean get = c->req && c->req->rop_id == ROP_ID_GET_MESSAGE_STATUS;

    if (get && c->rop_id != ROP_ID_GET_MESSAGE_STATUS) {
        proto_item_set_text(c->item, "RopGetMessageStatus response (RopId 0x%02x)", c->rop_id);
        if (c->return_value != 0)
            proto_item_append_text(c->item, ": %s", val_to_str_ext_const(c->return_value,
                                   &oxcdata_error_code_vals_ext, "unknown error"));
    }
    if (c->return_value != 0)
        return;
    rop_bitmask(c, get ? hf_gms_message_status_flags : hf_sms_message_status_flags, ett_flags,
                message_status_bits, 4, MS_DEFINED);
}

/* ---- RopSetReadFlags, RopSetMessageReadFlag ---- */

/* MS-OXCROPS 2.2.6.10.1; ReadFlags: MS-OXCMSG 2.2.3.10.1. The response is
 * rop_partial_completion_response (rops_folder.c). */
void
rop_set_read_flags_request(rop_ctx_t *c)
{
    rop_bool(c, hf_srf_want_asynchronous);
    rop_bitmask(c, hf_srf_read_flags, ett_flags, read_flags, 1, RF_DEFINED);
    rop_id_list(c, hf_srf_message_id_count, hf_oxcrops_message_id, "MessageIds");
}

/* Whether 24 bytes of ClientData follow ReadFlags. MS-OXCROPS 2.2.6.11.1: they
 * do when the logon of LogonId was made without the Private flag (public
 * folders, design.md 7; state.c knows when the RopLogon is in the capture).
 * Otherwise the bytes decide: fewer than 24 left, or a next byte that reads as the RopId
 * of a request followed by this ROP's LogonId (as the next ROP of a private
 * logon's buffer does), mean no ClientData. A LongTermID starts with a random
 * GUID, so it passes that test only by chance (about 1 in 500). */
static gboolean
client_data_follows(rop_ctx_t *c, guint8 logon_id)
{
    const rop_desc_t *next;

    if (tvb_reported_length_remaining(c->tvb, c->offset) < 24)
        return FALSE;
    next = rop_desc(tvb_get_uint8(c->tvb, c->offset));
    return !(next && next->req_hdr != RQ_NONE && tvb_get_uint8(c->tvb, c->offset + 1) == logon_id);
}

/* MS-OXCROPS 2.2.6.11.1; ReadFlags: MS-OXCMSG 2.2.3.11.1 (the 2.2.3.10.1 table) */
void
rop_set_message_read_flag_request(rop_ctx_t *c)
{
    guint8 logon_id = tvb_get_uint8(c->tvb, c->offset);
    logon_type_t logon;
    gboolean guessed = FALSE, present;

    response_input_header(c);
    rop_bitmask(c, hf_smrf_read_flags, ett_flags, read_flags, 1, RF_DEFINED);
    logon = state_logon_type(c, logon_id);
    if (logon != LOGON_TYPE_UNKNOWN) {
        present = logon == LOGON_TYPE_PUBLIC;
    } else {
        guessed = tvb_reported_length_remaining(c->tvb, c->offset) >= 24;
        present = client_data_follows(c, logon_id);
    }
    if (present)
        client_data(c);
    if (guessed)
        expert_add_info_format(c->pinfo, c->item, &ei_oxcrops_no_context,
                               "The logon type of LogonId %u is not known: ClientData taken as %s from the "
                               "bytes that follow", logon_id, present ? "present" : "absent");
}

/* MS-OXCROPS 2.2.6.11.2 (success: ReadStatusChanged, then LogonId and
 * ClientData when it is nonzero) and 2.2.6.11.3 (failure: nothing more). */
void
rop_set_message_read_flag_response(rop_ctx_t *c)
{
    if (!rop_response_status(c, hf_response_handle_index))
        return;
    if (!rop_bool(c, hf_smrf_read_status_changed))
        return;
    rop_uint(c, hf_oxcrops_logon_id, 1);
    client_data(c);
}

/* ---- attachments ---- */

/* MS-OXCROPS 2.2.6.12.1; OpenAttachmentFlags: MS-OXCMSG 2.2.3.12.1 */
void
rop_open_attachment_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_oa_flags, ett_flags, open_attachment_flags, 1, ACCESS_MASK);
    rop_uint(c, hf_attachment_id, 4);
}

/* AttachmentID: the body of the RopCreateAttachment response (MS-OXCROPS
 * 2.2.6.13.2; its request, 2.2.6.13.1, is the common header only) and of the
 * RopDeleteAttachment request (2.2.6.14.1). */
void
rop_attachment_id_body(rop_ctx_t *c)
{
    rop_uint(c, hf_attachment_id, 4);
}

/* MS-OXCROPS 2.2.6.15.2 (the request is rop_save_changes_request) */
void
rop_save_changes_attachment_response(rop_ctx_t *c)
{
    rop_response_status(c, hf_response_handle_index);
}

/* MS-OXCROPS 2.2.6.16.1; OpenModeFlags: MS-OXCMSG 2.2.3.16.1 */
void
rop_open_embedded_message_request(rop_ctx_t *c)
{
    rop_uint(c, hf_oem_code_page_id, 2);
    rop_bitmask(c, hf_oem_open_mode_flags, ett_flags, open_embedded_flags, 1, ACCESS_MASK);
}

/* MS-OXCROPS 2.2.6.16.2 */
void
rop_open_embedded_message_response(rop_ctx_t *c)
{
    rop_reserved_zero(c, hf_oem_reserved, 1);
    rop_fid_mid(c, hf_oxcrops_message_id);
    message_description(c);
}

/* MS-OXCROPS 2.2.6.17.1; TableFlags: MS-OXCMSG 2.2.3.17.1 */
void
rop_get_attachment_table_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_gat_table_flags, ett_flags, attachment_table_flags, 1, GAT_UNICODE);
}

/* MS-OXCROPS 2.2.6.18.2: AttachmentIdCount, then that many 4-byte IDs.
 * design.md 7 notes a 4-byte AttachmentIdCount; the MS-OXCROPS 2.2.6.18.2
 * text could not be retrieved here, and both Microsoft's MAPI Inspector
 * (RopGetValidAttachmentsResponse: ushort) and OpenChange's libmapi
 * (GetValidAttach: uint16_t *NumAttachments), which talked to real Exchange,
 * read 2 bytes: 2 it is, until real traffic says otherwise. */
void
rop_get_valid_attachments_response(rop_ctx_t *c)
{
    guint32 n = rop_uint(c, hf_gva_attachment_id_count, 2), i;
    proto_tree *saved = c->tree;

    tvb_ensure_bytes_exist(c->tvb, c->offset, 4 * n);   /* bounds the loop by the buffer */
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 4 * n, ett_ids, NULL,
                                            "AttachmentIdArray (%u)", n);
    for (i = 0; i < n; i++)
        rop_uint(c, hf_attachment_id, 4);
    c->tree = saved;
}

/* ---- RopCreateMessage, RopSaveChangesMessage, recipients ---- */

/* MS-OXCROPS 2.2.6.2.1 */
void
rop_create_message_request(rop_ctx_t *c)
{
    rop_uint(c, hf_create_message_code_page_id, 2);
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_bool(c, hf_create_message_associated_flag);
}

/* MS-OXCROPS 2.2.6.2.2: MessageId is present only if HasMessageId is nonzero. */
void
rop_create_message_response(rop_ctx_t *c)
{
    if (rop_bool(c, hf_create_message_has_message_id))
        rop_fid_mid(c, hf_oxcrops_message_id);
}

/* MS-OXCROPS 2.2.6.3.1 (RopSaveChangesMessage) and 2.2.6.15.1
 * (RopSaveChangesAttachment): ResponseHandleIndex comes before
 * InputHandleIndex; SaveFlags: MS-OXCMSG 2.2.3.3.1. */
void
rop_save_changes_request(rop_ctx_t *c)
{
    response_input_header(c);
    rop_bitmask(c, hf_save_flags, ett_flags, save_flags, 1, SAVE_DEFINED);
}

/* MS-OXCROPS 2.2.6.3.2 (success) and 2.2.6.3.3 (failure: no more fields) */
void
rop_save_changes_message_response(rop_ctx_t *c)
{
    if (!rop_response_status(c, hf_response_handle_index))
        return;
    rop_handle_index(c, hf_oxcrops_input_handle_index);
    rop_fid_mid(c, hf_oxcrops_message_id);
}

/* MS-OXCROPS 2.2.6.4.1 */
void
rop_remove_all_recipients_request(rop_ctx_t *c)
{
    rop_uint(c, hf_remove_all_recipients_reserved, 4);
}

/* MS-OXCROPS 2.2.6.5.1: columns, then ModifyRecipientRows, each framed by
 * RecipientRowSize. */
void
rop_modify_recipients_request(rop_ctx_t *c)
{
    guint32 ncols, nrows, i;
    const guint32 *cols;

    ncols = rop_uint(c, hf_modify_recipients_column_count, 2);
    cols = recipient_columns(c, ncols);
    if (!cols)
        return;
    nrows = rop_uint(c, hf_modify_recipients_row_count, 2);
    if (!oxcdata_count_ok(c, nrows, "RowCount"))
        return;
    for (i = 0; i < nrows; i++)
        recipient_entry(c, ROW_MODIFY, i, cols, ncols);
}

void
rops_message_register(void)
{
    static hf_register_info hf[] = {
        { &hf_oxcrops_message_id,
          { "MessageId", "oxcrops.message_id", FT_UINT64, BASE_HEX, NULL, 0,
            "Message ID (MS-OXCDATA 2.2.1.2)", HFILL } },
        { &hf_response_handle_index,
          { "ResponseHandleIndex", "oxcrops.response_handle_index", FT_UINT8, BASE_DEC, NULL, 0,
            "Handle index the response is sent with", HFILL } },
        { &hf_attachment_id,
          { "AttachmentID", "oxcrops.attachment_id", FT_UINT32, BASE_DEC, NULL, 0,
            "Attachment number (PidTagAttachNumber)", HFILL } },
        { &hf_create_message_code_page_id,
          { "CodePageId", "oxcrops.create_message.code_page_id", FT_UINT16, BASE_HEX, NULL, 0,
            "Code page of the message's non-Unicode strings; 0x0FFF: the logon's", HFILL } },
        { &hf_create_message_associated_flag,
          { "AssociatedFlag", "oxcrops.create_message.associated_flag", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "A folder associated information (FAI) message", HFILL } },
        { &hf_create_message_has_message_id,
          { "HasMessageId", "oxcrops.create_message.has_message_id", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_save_flags,
          { "SaveFlags", "oxcrops.save_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "RopSaveChangesMessage / RopSaveChangesAttachment (MS-OXCMSG 2.2.3.3.1)", HFILL } },
        { &hf_save_keep_open_read_only,
          { "KeepOpenReadOnly", "oxcrops.save_flags.keep_open_read_only", FT_BOOLEAN, 8,
            NULL, SAVE_KEEP_OPEN_READ_ONLY, NULL, HFILL } },
        { &hf_save_keep_open_read_write,
          { "KeepOpenReadWrite", "oxcrops.save_flags.keep_open_read_write", FT_BOOLEAN, 8,
            NULL, SAVE_KEEP_OPEN_READ_WRITE, NULL, HFILL } },
        { &hf_save_force_save,
          { "ForceSave", "oxcrops.save_flags.force_save", FT_BOOLEAN, 8, NULL, SAVE_FORCE_SAVE, NULL, HFILL } },
        { &hf_remove_all_recipients_reserved,
          { "Reserved", "oxcrops.remove_all_recipients.reserved", FT_UINT32, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_modify_recipients_column_count,
          { "ColumnCount", "oxcrops.modify_recipients.column_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_modify_recipients_row_count,
          { "RowCount", "oxcrops.modify_recipients.row_count", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_has_named_properties,
          { "HasNamedProperties", "oxcrops.has_named_properties", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "The message has named properties", HFILL } },
        { &hf_typed_string_string_type,
          { "StringType", "oxcrops.typed_string.string_type", FT_UINT8, BASE_HEX, VALS(string_type_vals), 0,
            "TypedString (MS-OXCDATA 2.11.7)", HFILL } },
        { &hf_subject_prefix,
          { "SubjectPrefix", "oxcrops.subject_prefix", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_normalized_subject,
          { "NormalizedSubject", "oxcrops.normalized_subject", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_recipient_count,
          { "RecipientCount", "oxcrops.recipient_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Recipients on the message", HFILL } },
        { &hf_rcpt_column_count,
          { "ColumnCount", "oxcrops.recipients.column_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Number of RecipientColumns", HFILL } },
        { &hf_rcpt_row_count,
          { "RowCount", "oxcrops.recipients.row_count", FT_UINT8, BASE_DEC, NULL, 0,
            "Number of RecipientRows", HFILL } },
        { &hf_rcpt_row_id,
          { "RowId", "oxcrops.recipients.row_id", FT_UINT32, BASE_DEC, NULL, 0,
            "Row of the recipient in the message's recipient table", HFILL } },
        { &hf_rcpt_recipient_type,
          { "RecipientType", "oxcrops.recipients.recipient_type", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.1.2", HFILL } },
        { &hf_rcpt_type,
          { "Type", "oxcrops.recipients.recipient_type.type", FT_UINT8, BASE_HEX, VALS(recipient_type_vals),
            RCPT_TYPE, NULL, HFILL } },
        { &hf_rcpt_previous_attempt_failed,
          { "Previous attempt failed", "oxcrops.recipients.recipient_type.previous_attempt_failed", FT_BOOLEAN, 8,
            NULL, RCPT_PREVIOUS_ATTEMPT_FAILED,
            "The recipient did not receive the message on the previous attempt", HFILL } },
        { &hf_rcpt_previous_attempt_succeeded,
          { "Previous attempt succeeded", "oxcrops.recipients.recipient_type.previous_attempt_succeeded",
            FT_BOOLEAN, 8, NULL, RCPT_PREVIOUS_ATTEMPT_SUCCEEDED,
            "The recipient received the message on the previous attempt", HFILL } },
        { &hf_rcpt_code_page_id,
          { "CodePageId", "oxcrops.recipients.code_page_id", FT_UINT16, BASE_DEC, NULL, 0,
            "Code page of the recipient", HFILL } },
        { &hf_rcpt_reserved,
          { "Reserved", "oxcrops.recipients.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_rcpt_recipient_row_size,
          { "RecipientRowSize", "oxcrops.recipients.recipient_row_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Size of the RecipientRow", HFILL } },

        { &hf_om_code_page_id,
          { "CodePageId", "oxcrops.open_message.code_page_id", FT_UINT16, BASE_HEX, NULL, 0,
            "Code page of the message's non-Unicode strings; 0x0FFF: the logon's", HFILL } },
        { &hf_om_open_mode_flags,
          { "OpenModeFlags", "oxcrops.open_message.open_mode_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.1.1", HFILL } },
        { &hf_om_access,
          { "Access", "oxcrops.open_message.open_mode_flags.access", FT_UINT8, BASE_HEX, VALS(access_vals),
            ACCESS_MASK, "ReadOnly, ReadWrite or BestAccess", HFILL } },
        { &hf_om_open_soft_deleted,
          { "OpenSoftDeleted", "oxcrops.open_message.open_mode_flags.open_soft_deleted", FT_BOOLEAN, 8, NULL,
            OPEN_SOFT_DELETED, NULL, HFILL } },
        { &hf_rr_row_id,
          { "RowId", "oxcrops.read_recipients.row_id", FT_UINT32, BASE_DEC, NULL, 0,
            "First recipient row to read", HFILL } },
        { &hf_rr_reserved,
          { "Reserved", "oxcrops.read_recipients.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_rci_reserved,
          { "Reserved", "oxcrops.reload_cached_information.reserved", FT_UINT16, BASE_HEX, NULL, 0,
            NULL, HFILL } },

        { &hf_sms_message_status_flags,
          { "MessageStatusFlags", "oxcrops.set_message_status.message_status_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "Request: the flags to set; response: the flags before the change", HFILL } },
        { &hf_sms_message_status_mask,
          { "MessageStatusMask", "oxcrops.set_message_status.message_status_mask", FT_UINT32, BASE_HEX, NULL, 0,
            "The bits of MessageStatusFlags to change", HFILL } },
        { &hf_gms_message_status_flags,
          { "MessageStatusFlags", "oxcrops.get_message_status.message_status_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "The message's status flags", HFILL } },
        { &hf_ms_in_conflict,
          { "msInConflict", "oxcrops.message_status.ms_in_conflict", FT_BOOLEAN, 32, NULL, MS_IN_CONFLICT,
            "A conflict resolve message", HFILL } },
        { &hf_ms_remote_download,
          { "msRemoteDownload", "oxcrops.message_status.ms_remote_download", FT_BOOLEAN, 32, NULL,
            MS_REMOTE_DOWNLOAD, "Marked for download from the remote store", HFILL } },
        { &hf_ms_remote_delete,
          { "msRemoteDelete", "oxcrops.message_status.ms_remote_delete", FT_BOOLEAN, 32, NULL, MS_REMOTE_DELETE,
            "Marked for deletion at the remote store without download", HFILL } },

        { &hf_srf_want_asynchronous,
          { "WantAsynchronous", "oxcrops.set_read_flags.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_srf_read_flags,
          { "ReadFlags", "oxcrops.set_read_flags.read_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.10.1", HFILL } },
        { &hf_srf_message_id_count,
          { "MessageIdCount", "oxcrops.set_read_flags.message_id_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_smrf_read_flags,
          { "ReadFlags", "oxcrops.set_message_read_flag.read_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.11.1", HFILL } },
        { &hf_smrf_client_data,
          { "ClientData", "oxcrops.set_message_read_flag.client_data", FT_BYTES, BASE_NONE, NULL, 0,
            "LongTermID of the message (public folders)", HFILL } },
        { &hf_smrf_read_status_changed,
          { "ReadStatusChanged", "oxcrops.set_message_read_flag.read_status_changed", FT_BOOLEAN, BASE_NONE,
            NULL, 0, NULL, HFILL } },
        { &hf_rf_suppress_receipt,
          { "rfSuppressReceipt", "oxcrops.read_flags.rf_suppress_receipt", FT_BOOLEAN, 8, NULL,
            RF_SUPPRESS_RECEIPT, NULL, HFILL } },
        { &hf_rf_reserved,
          { "rfReserved", "oxcrops.read_flags.rf_reserved", FT_UINT8, BASE_HEX, NULL, RF_RESERVED,
            "Ignored by the server", HFILL } },
        { &hf_rf_clear_read_flag,
          { "rfClearReadFlag", "oxcrops.read_flags.rf_clear_read_flag", FT_BOOLEAN, 8, NULL,
            RF_CLEAR_READ_FLAG, NULL, HFILL } },
        { &hf_rf_generate_receipt_only,
          { "rfGenerateReceiptOnly", "oxcrops.read_flags.rf_generate_receipt_only", FT_BOOLEAN, 8, NULL,
            RF_GENERATE_RECEIPT_ONLY, NULL, HFILL } },
        { &hf_rf_clear_notify_read,
          { "rfClearNotifyRead", "oxcrops.read_flags.rf_clear_notify_read", FT_BOOLEAN, 8, NULL,
            RF_CLEAR_NOTIFY_READ, NULL, HFILL } },
        { &hf_rf_clear_notify_unread,
          { "rfClearNotifyUnread", "oxcrops.read_flags.rf_clear_notify_unread", FT_BOOLEAN, 8, NULL,
            RF_CLEAR_NOTIFY_UNREAD, NULL, HFILL } },

        { &hf_oa_flags,
          { "OpenAttachmentFlags", "oxcrops.open_attachment.open_attachment_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.12.1", HFILL } },
        { &hf_oa_access,
          { "Access", "oxcrops.open_attachment.open_attachment_flags.access", FT_UINT8, BASE_HEX,
            VALS(access_vals), ACCESS_MASK, NULL, HFILL } },
        { &hf_oem_code_page_id,
          { "CodePageId", "oxcrops.open_embedded_message.code_page_id", FT_UINT16, BASE_HEX, NULL, 0,
            "Code page of the message's non-Unicode strings", HFILL } },
        { &hf_oem_open_mode_flags,
          { "OpenModeFlags", "oxcrops.open_embedded_message.open_mode_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.16.1", HFILL } },
        { &hf_oem_access,
          { "Access", "oxcrops.open_embedded_message.open_mode_flags.access", FT_UINT8, BASE_HEX,
            VALS(embedded_access_vals), ACCESS_MASK, NULL, HFILL } },
        { &hf_oem_reserved,
          { "Reserved", "oxcrops.open_embedded_message.reserved", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_gat_table_flags,
          { "TableFlags", "oxcrops.get_attachment_table.table_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.17.1", HFILL } },
        { &hf_gat_unicode,
          { "Unicode", "oxcrops.get_attachment_table.table_flags.unicode", FT_BOOLEAN, 8, NULL, GAT_UNICODE,
            "String columns in Unicode", HFILL } },
        { &hf_gva_attachment_id_count,
          { "AttachmentIdCount", "oxcrops.get_valid_attachments.attachment_id_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_columns, &ett_row, &ett_string, &ett_ids, &ett_client_data };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

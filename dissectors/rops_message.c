/* rops_message.c: message ROPs (MS-OXCROPS 2.2.6, semantics in MS-OXCMSG 2.2.3)
 * and their submission (MS-OXCROPS 2.2.7, MS-OXOMSG 2.2.3). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

int hf_oxcrops_message_id = -1;
static int hf_create_message_code_page_id = -1;
static int hf_create_message_associated_flag = -1;
static int hf_create_message_has_message_id = -1;
static int hf_save_changes_response_handle_index = -1;
static int hf_save_changes_save_flags = -1;
static int hf_save_changes_keep_open_read_only = -1;
static int hf_save_changes_keep_open_read_write = -1;
static int hf_save_changes_force_save = -1;
static int hf_remove_all_recipients_reserved = -1;
static int hf_modify_recipients_column_count = -1;
static int hf_modify_recipients_row_count = -1;
static int hf_modify_recipients_row_id = -1;
static int hf_modify_recipients_recipient_type = -1;
static int hf_modify_recipients_recipient_row_size = -1;
static int hf_submit_message_submit_flags = -1;
static int hf_submit_message_pre_process = -1;
static int hf_submit_message_needs_spooler = -1;

static gint ett_flags = -1;
static gint ett_columns = -1;
static gint ett_row = -1;

/* MS-OXCMSG 2.2.3.3.1: SaveFlags */
#define SAVE_KEEP_OPEN_READ_ONLY  0x01
#define SAVE_KEEP_OPEN_READ_WRITE 0x02
#define SAVE_FORCE_SAVE           0x04
static int *const save_flags[] = {
    &hf_save_changes_keep_open_read_only, &hf_save_changes_keep_open_read_write, &hf_save_changes_force_save, NULL
};

/* MS-OXOMSG 2.2.3.1.1: SubmitFlags */
#define SUBMIT_PRE_PROCESS   0x01
#define SUBMIT_NEEDS_SPOOLER 0x02
static int *const submit_flags[] = { &hf_submit_message_pre_process, &hf_submit_message_needs_spooler, NULL };

/* MS-OXCMSG 2.2.3.5.1: RecipientType of a ModifyRecipientRow */
static const value_string recipient_type_vals[] = {
    { 0x01, "Primary (To)" },
    { 0x02, "Cc" },
    { 0x03, "Bcc" },
    { 0, NULL }
};

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

/* MS-OXCROPS 2.2.6.3.1: the ResponseHandleIndex comes before InputHandleIndex. */
void
rop_save_changes_message_request(rop_ctx_t *c)
{
    rop_uint(c, hf_oxcrops_logon_id, 1);
    c->save_index = c->offset;
    rop_handle_index(c, hf_save_changes_response_handle_index);
    c->input_index = tvb_get_guint8(c->tvb, c->offset);
    rop_handle_index(c, hf_oxcrops_input_handle_index);
    rop_bitmask(c, hf_save_changes_save_flags, ett_flags, save_flags, 1,
                SAVE_KEEP_OPEN_READ_ONLY | SAVE_KEEP_OPEN_READ_WRITE | SAVE_FORCE_SAVE);
}

/* MS-OXCROPS 2.2.6.3.2 (success) and 2.2.6.3.3 (failure: no more fields) */
void
rop_save_changes_message_response(rop_ctx_t *c)
{
    if (!rop_response_status(c, hf_save_changes_response_handle_index))
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

/* MS-OXCROPS 2.2.6.5.1: columns, then ModifyRecipientRows (MS-OXCDATA 2.9.3?)
 * each framed by RecipientRowSize, which lets the walk resume after a row. */
void
rop_modify_recipients_request(rop_ctx_t *c)
{
    guint32 ncols, nrows, i;
    guint32 *cols;
    proto_tree *saved = c->tree;

    ncols = rop_uint(c, hf_modify_recipients_column_count, 2);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 4 * ncols, ett_columns, NULL,
                                            "RecipientColumns (%u)", ncols);
    cols = oxcdata_property_tags(c, ncols);
    c->tree = saved;
    if (!cols)
        return;
    nrows = rop_uint(c, hf_modify_recipients_row_count, 2);
    if (!oxcdata_count_ok(c, nrows, "RowCount"))
        return;
    for (i = 0; i < nrows; i++) {
        int row_start = c->offset, end;
        guint32 size;

        c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_row, NULL,
                                                "ModifyRecipientRow %u", i);
        rop_uint(c, hf_modify_recipients_row_id, 4);
        rop_uint(c, hf_modify_recipients_recipient_type, 1);
        size = rop_uint(c, hf_modify_recipients_recipient_row_size, 2);
        tvb_ensure_bytes_exist(c->tvb, c->offset, size);
        end = c->offset + (int)size;
        if (size)
            oxcdata_recipient_row(c, cols, ncols);
        if (c->offset != end) {
            proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset, 0,
                                         "RecipientRowSize says the row ends at offset %d; it ends at %d",
                                         end, c->offset);
            c->offset = end;
        }
        c->stopped = FALSE;
        proto_item_set_len(proto_tree_get_parent(c->tree), c->offset - row_start);
    }
    c->tree = saved;
}

/* MS-OXCROPS 2.2.7.1.1 */
void
rop_submit_message_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_submit_message_submit_flags, ett_flags, submit_flags, 1,
                SUBMIT_PRE_PROCESS | SUBMIT_NEEDS_SPOOLER);
}

void
rops_message_register(void)
{
    static hf_register_info hf[] = {
        { &hf_oxcrops_message_id,
          { "MessageId", "oxcrops.message_id", FT_UINT64, BASE_HEX, NULL, 0,
            "Message ID (MS-OXCDATA 2.2.1.2)", HFILL } },
        { &hf_create_message_code_page_id,
          { "CodePageId", "oxcrops.create_message.code_page_id", FT_UINT16, BASE_HEX, NULL, 0,
            "Code page of the message's non-Unicode strings; 0x0FFF: the logon's", HFILL } },
        { &hf_create_message_associated_flag,
          { "AssociatedFlag", "oxcrops.create_message.associated_flag", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "A folder associated information (FAI) message", HFILL } },
        { &hf_create_message_has_message_id,
          { "HasMessageId", "oxcrops.create_message.has_message_id", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_save_changes_response_handle_index,
          { "ResponseHandleIndex", "oxcrops.save_changes_message.response_handle_index", FT_UINT8, BASE_DEC,
            NULL, 0, "Handle index the response is sent with", HFILL } },
        { &hf_save_changes_save_flags,
          { "SaveFlags", "oxcrops.save_changes_message.save_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCMSG 2.2.3.3.1", HFILL } },
        { &hf_save_changes_keep_open_read_only,
          { "KeepOpenReadOnly", "oxcrops.save_changes_message.save_flags.keep_open_read_only", FT_BOOLEAN, 8,
            NULL, SAVE_KEEP_OPEN_READ_ONLY, NULL, HFILL } },
        { &hf_save_changes_keep_open_read_write,
          { "KeepOpenReadWrite", "oxcrops.save_changes_message.save_flags.keep_open_read_write", FT_BOOLEAN, 8,
            NULL, SAVE_KEEP_OPEN_READ_WRITE, NULL, HFILL } },
        { &hf_save_changes_force_save,
          { "ForceSave", "oxcrops.save_changes_message.save_flags.force_save", FT_BOOLEAN, 8,
            NULL, SAVE_FORCE_SAVE, NULL, HFILL } },
        { &hf_remove_all_recipients_reserved,
          { "Reserved", "oxcrops.remove_all_recipients.reserved", FT_UINT32, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_modify_recipients_column_count,
          { "ColumnCount", "oxcrops.modify_recipients.column_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_modify_recipients_row_count,
          { "RowCount", "oxcrops.modify_recipients.row_count", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_modify_recipients_row_id,
          { "RowId", "oxcrops.modify_recipients.row_id", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_modify_recipients_recipient_type,
          { "RecipientType", "oxcrops.modify_recipients.recipient_type", FT_UINT8, BASE_HEX,
            VALS(recipient_type_vals), 0, NULL, HFILL } },
        { &hf_modify_recipients_recipient_row_size,
          { "RecipientRowSize", "oxcrops.modify_recipients.recipient_row_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_submit_message_submit_flags,
          { "SubmitFlags", "oxcrops.submit_message.submit_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXOMSG 2.2.3.1.1", HFILL } },
        { &hf_submit_message_pre_process,
          { "PreProcess", "oxcrops.submit_message.submit_flags.pre_process", FT_BOOLEAN, 8, NULL,
            SUBMIT_PRE_PROCESS, NULL, HFILL } },
        { &hf_submit_message_needs_spooler,
          { "NeedsSpooler", "oxcrops.submit_message.submit_flags.needs_spooler", FT_BOOLEAN, 8, NULL,
            SUBMIT_NEEDS_SPOOLER, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_columns, &ett_row };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_fast_transfer.c: FastTransfer ROPs (MS-OXCROPS 2.2.12, semantics in MS-OXCFXICS 2.2.3.1).
 * The FastTransfer stream the buffers carry is decoded by fxstream.c. */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_send_options = -1;
static int hf_send_options_unicode = -1;
static int hf_send_options_use_cpid = -1;
static int hf_send_options_recover_mode = -1;
static int hf_send_options_force_unicode = -1;
static int hf_send_options_partial_item = -1;
static int hf_send_options_reserved1 = -1;
static int hf_send_options_reserved2 = -1;
static int hf_transfer_status = -1;
static int hf_in_progress_count = -1;
static int hf_total_step_count = -1;

static int hf_dest_configure_source_operation = -1;
static int hf_dest_configure_copy_flags = -1;
static int hf_dest_configure_copy_flags_move = -1;

static int hf_put_buffer_transfer_data_size = -1;
static int hf_put_buffer_reserved = -1;
static int hf_put_buffer_buffer_used_size = -1;

static int hf_get_buffer_buffer_size = -1;
static int hf_get_buffer_maximum_buffer_size = -1;
static int hf_get_buffer_reserved = -1;
static int hf_get_buffer_transfer_buffer_size = -1;
static int hf_get_buffer_backoff_time = -1;

static int hf_copy_folder_copy_flags = -1;
static int hf_copy_folder_copy_flags_move = -1;
static int hf_copy_folder_copy_flags_unused1 = -1;
static int hf_copy_folder_copy_flags_unused2 = -1;
static int hf_copy_folder_copy_flags_unused3 = -1;
static int hf_copy_folder_copy_flags_copy_subfolders = -1;

static int hf_copy_messages_message_id_count = -1;
static int hf_copy_messages_copy_flags = -1;
static int hf_copy_messages_copy_flags_move = -1;
static int hf_copy_messages_copy_flags_unused1 = -1;
static int hf_copy_messages_copy_flags_unused2 = -1;
static int hf_copy_messages_copy_flags_unused3 = -1;
static int hf_copy_messages_copy_flags_best_body = -1;
static int hf_copy_messages_copy_flags_send_entry_id = -1;

static int hf_copy_to_level = -1;
static int hf_copy_to_copy_flags = -1;
static int hf_copy_to_copy_flags_move = -1;
static int hf_copy_to_copy_flags_unused1 = -1;
static int hf_copy_to_copy_flags_unused2 = -1;
static int hf_copy_to_copy_flags_unused3 = -1;
static int hf_copy_to_copy_flags_unused4 = -1;
static int hf_copy_to_copy_flags_unused5 = -1;
static int hf_copy_to_copy_flags_best_body = -1;
static int hf_copy_to_property_tag_count = -1;

static int hf_copy_properties_level = -1;
static int hf_copy_properties_copy_flags = -1;
static int hf_copy_properties_copy_flags_move = -1;
static int hf_copy_properties_copy_flags_unused1 = -1;
static int hf_copy_properties_copy_flags_unused2 = -1;
static int hf_copy_properties_copy_flags_unused3 = -1;
static int hf_copy_properties_property_tag_count = -1;

static int hf_tell_version_version = -1;

static gint ett_flags = -1;
static gint ett_ids = -1;
static gint ett_version = -1;

/* MS-OXCFXICS 2.2.3.1.1.1.2: SendOptions. ForUpload (0x03) is Unicode | UseCpid. */
#define SEND_OPTIONS_DEFINED 0x7F
static int *const send_options_bits[] = {
    &hf_send_options_unicode, &hf_send_options_use_cpid, &hf_send_options_recover_mode,
    &hf_send_options_force_unicode, &hf_send_options_partial_item, &hf_send_options_reserved1,
    &hf_send_options_reserved2, NULL
};

/* MS-OXCFXICS 2.2.3.1.2.1.1: RopFastTransferDestinationConfigure CopyFlags */
#define DEST_CONFIGURE_COPY_FLAGS_DEFINED 0x01
static int *const dest_configure_copy_flags_bits[] = { &hf_dest_configure_copy_flags_move, NULL };

/* MS-OXCFXICS 2.2.3.1.1.4.1: RopFastTransferSourceCopyFolder CopyFlags */
#define COPY_FOLDER_COPY_FLAGS_DEFINED 0x1F
static int *const copy_folder_copy_flags_bits[] = {
    &hf_copy_folder_copy_flags_move, &hf_copy_folder_copy_flags_unused1, &hf_copy_folder_copy_flags_unused2,
    &hf_copy_folder_copy_flags_unused3, &hf_copy_folder_copy_flags_copy_subfolders, NULL
};

/* MS-OXCFXICS 2.2.3.1.1.3.1: RopFastTransferSourceCopyMessages CopyFlags */
#define COPY_MESSAGES_COPY_FLAGS_DEFINED 0x3F
static int *const copy_messages_copy_flags_bits[] = {
    &hf_copy_messages_copy_flags_move, &hf_copy_messages_copy_flags_unused1, &hf_copy_messages_copy_flags_unused2,
    &hf_copy_messages_copy_flags_unused3, &hf_copy_messages_copy_flags_best_body,
    &hf_copy_messages_copy_flags_send_entry_id, NULL
};

/* MS-OXCFXICS 2.2.3.1.1.1.1: RopFastTransferSourceCopyTo CopyFlags (4 bytes) */
#define COPY_TO_COPY_FLAGS_DEFINED 0x0000260F
static int *const copy_to_copy_flags_bits[] = {
    &hf_copy_to_copy_flags_move, &hf_copy_to_copy_flags_unused1, &hf_copy_to_copy_flags_unused2,
    &hf_copy_to_copy_flags_unused3, &hf_copy_to_copy_flags_unused4, &hf_copy_to_copy_flags_unused5,
    &hf_copy_to_copy_flags_best_body, NULL
};

/* MS-OXCFXICS 2.2.3.1.1.2.1: RopFastTransferSourceCopyProperties CopyFlags */
#define COPY_PROPERTIES_COPY_FLAGS_DEFINED 0x0F
static int *const copy_properties_copy_flags_bits[] = {
    &hf_copy_properties_copy_flags_move, &hf_copy_properties_copy_flags_unused1,
    &hf_copy_properties_copy_flags_unused2, &hf_copy_properties_copy_flags_unused3, NULL
};

/* MS-OXCFXICS 2.2.3.1.2.1.1: SourceOperation */
static const value_string source_operation_vals[] = {
    { 0x01, "CopyTo" },
    { 0x02, "CopyProperties" },
    { 0x03, "CopyMessages" },
    { 0x04, "CopyFolder" },
    { 0, NULL }
};

/* MS-OXCFXICS 2.2.3.1.1.5.2: TransferStatus */
static const value_string transfer_status_vals[] = {
    { 0x0000, "Error" },
    { 0x0001, "Partial" },
    { 0x0002, "NoRoom" },
    { 0x0003, "Done" },
    { 0, NULL }
};

#define GET_BUFFER_SENTINEL 0xBABE
#define EC_SERVER_BUSY      0x00000480

void
rop_fx_send_options(rop_ctx_t *c)
{
    rop_bitmask(c, hf_send_options, ett_flags, send_options_bits, 1, SEND_OPTIONS_DEFINED);
}

void
rop_fx_property_tags(rop_ctx_t *c, int hf_count)
{
    oxcdata_property_tags(c, rop_uint(c, hf_count, 2));
}

/* TransferStatus, InProgressCount, TotalStepCount, Reserved: the progress part
 * of the GetBuffer and PutBuffer responses (MS-OXCFXICS 2.2.3.1.1.5.2,
 * 2.2.3.1.2.2.2); the counts are 2 bytes wide, 4 in PutBufferExtended (2.2.3.1.2.3.2). */
static void
transfer_progress(rop_ctx_t *c, int hf_reserved, int count_len)
{
    guint32 status = rop_uint(c, hf_transfer_status, 2);

    proto_item_append_text(c->item, ", %s", val_to_str_const(status, transfer_status_vals, "unknown status"));
    rop_uint(c, hf_in_progress_count, count_len);
    rop_uint(c, hf_total_step_count, count_len);
    rop_uint(c, hf_reserved, 1);
}

/* MS-OXCROPS 2.2.12.1.1 */
void
rop_fast_transfer_destination_configure_request(rop_ctx_t *c)
{
    rop_uint(c, hf_dest_configure_source_operation, 1);
    rop_bitmask(c, hf_dest_configure_copy_flags, ett_flags, dest_configure_copy_flags_bits, 1,
                DEST_CONFIGURE_COPY_FLAGS_DEFINED);
}

/* MS-OXCROPS 2.2.12.2.1: TransferData is a FastTransfer stream (or a piece of one). */
void
rop_fast_transfer_destination_put_buffer_request(rop_ctx_t *c)
{
    guint32 size = rop_uint(c, hf_put_buffer_transfer_data_size, 2);

    oxcdata_fast_transfer_stream(c, (int)size);
}

/* MS-OXCROPS 2.2.12.2.2. The fields follow ReturnValue whatever its value:
 * MS-OXCFXICS 2.2.3.1.2.2.2 gives BufferUsedSize a meaning on failure too. */
void
rop_fast_transfer_destination_put_buffer_response(rop_ctx_t *c)
{
    transfer_progress(c, hf_put_buffer_reserved, 2);
    rop_uint(c, hf_put_buffer_buffer_used_size, 2);
}

/* MS-OXCROPS 2.2.12.3.2, MS-OXCFXICS 2.2.3.1.2.3.2: RopFastTransferDestinationPutBuffer's
 * response with 4-byte InProgressCount and TotalStepCount. (The request is
 * RopFastTransferDestinationPutBuffer's: TransferDataSize, TransferData.) */
void
rop_fast_transfer_destination_put_buffer_extended_response(rop_ctx_t *c)
{
    transfer_progress(c, hf_put_buffer_reserved, 4);
    rop_uint(c, hf_put_buffer_buffer_used_size, 2);
}

/* MS-OXCROPS 2.2.12.4.1: MaximumBufferSize is present only when BufferSize is
 * the sentinel 0xBABE (MS-OXCFXICS 2.2.3.1.1.5.1). */
void
rop_fast_transfer_source_get_buffer_request(rop_ctx_t *c)
{
    if (rop_uint(c, hf_get_buffer_buffer_size, 2) == GET_BUFFER_SENTINEL)
        rop_uint(c, hf_get_buffer_maximum_buffer_size, 2);
}

/* MS-OXCROPS 2.2.12.4.2: on success TransferStatus ... TransferBuffer (a
 * FastTransfer stream); on 0x00000480 (ecServerBusy) BackoffTime only (design.md
 * 7, MS-OXCFXICS 3.3.5.9.1); other failures carry nothing after ReturnValue. */
void
rop_fast_transfer_source_get_buffer_response(rop_ctx_t *c)
{
    if (c->return_value == EC_SERVER_BUSY) {
        rop_uint(c, hf_get_buffer_backoff_time, 4);
        return;
    }
    if (c->return_value != 0)
        return;
    transfer_progress(c, hf_get_buffer_reserved, 2);
    oxcdata_fast_transfer_stream(c, (int)rop_uint(c, hf_get_buffer_transfer_buffer_size, 2));
}

/* MS-OXCROPS 2.2.12.5.1 */
void
rop_fast_transfer_source_copy_folder_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_copy_folder_copy_flags, ett_flags, copy_folder_copy_flags_bits, 1,
                COPY_FOLDER_COPY_FLAGS_DEFINED);
    rop_fx_send_options(c);
}

/* MS-OXCROPS 2.2.12.6.1 */
void
rop_fast_transfer_source_copy_messages_request(rop_ctx_t *c)
{
    guint32 n = rop_uint(c, hf_copy_messages_message_id_count, 2), i;
    proto_tree *saved = c->tree;

    if (!oxcdata_count_ok(c, n, "MessageIdCount"))
        return;
    tvb_ensure_bytes_exist(c->tvb, c->offset, 8 * n);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 8 * n, ett_ids, NULL, "MessageIds (%u)", n);
    for (i = 0; i < n; i++)
        rop_fid_mid(c, hf_oxcrops_message_id);
    c->tree = saved;
    rop_bitmask(c, hf_copy_messages_copy_flags, ett_flags, copy_messages_copy_flags_bits, 1,
                COPY_MESSAGES_COPY_FLAGS_DEFINED);
    rop_fx_send_options(c);
}

/* MS-OXCROPS 2.2.12.7.1: CopyFlags is 4 bytes here, 1 byte in the other copy ROPs. */
void
rop_fast_transfer_source_copy_to_request(rop_ctx_t *c)
{
    rop_uint(c, hf_copy_to_level, 1);
    rop_bitmask(c, hf_copy_to_copy_flags, ett_flags, copy_to_copy_flags_bits, 4, COPY_TO_COPY_FLAGS_DEFINED);
    rop_fx_send_options(c);
    rop_fx_property_tags(c, hf_copy_to_property_tag_count);
}

/* MS-OXCROPS 2.2.12.8.1 */
void
rop_fast_transfer_source_copy_properties_request(rop_ctx_t *c)
{
    rop_uint(c, hf_copy_properties_level, 1);
    rop_bitmask(c, hf_copy_properties_copy_flags, ett_flags, copy_properties_copy_flags_bits, 1,
                COPY_PROPERTIES_COPY_FLAGS_DEFINED);
    rop_fx_send_options(c);
    rop_fx_property_tags(c, hf_copy_properties_property_tag_count);
}

/* MS-OXCROPS 2.2.12.9.1: Version is three 16-bit integers. */
void
rop_tell_version_request(rop_ctx_t *c)
{
    proto_tree *saved = c->tree;
    guint16 v0 = tvb_get_letohs(c->tvb, c->offset), v1 = tvb_get_letohs(c->tvb, c->offset + 2);
    guint16 v2 = tvb_get_letohs(c->tvb, c->offset + 4);
    int i;

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 6, ett_version, NULL,
                                            "Version: %u.%u.%u", v0, v1, v2);
    for (i = 0; i < 3; i++)
        rop_uint(c, hf_tell_version_version, 2);
    c->tree = saved;
    proto_item_append_text(c->item, ", Version %u.%u.%u", v0, v1, v2);
}

void
rops_fast_transfer_register(void)
{
    static hf_register_info hf[] = {
        { &hf_send_options,
          { "SendOptions", "oxcrops.send_options", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFXICS 2.2.3.1.1.1.2; ForUpload = Unicode | UseCpid", HFILL } },
        { &hf_send_options_unicode,
          { "Unicode", "oxcrops.send_options.unicode", FT_BOOLEAN, 8, NULL, 0x01,
            "String properties in Unicode", HFILL } },
        { &hf_send_options_use_cpid,
          { "UseCpid", "oxcrops.send_options.use_cpid", FT_BOOLEAN, 8, NULL, 0x02,
            "Code page property types supported", HFILL } },
        { &hf_send_options_recover_mode,
          { "RecoverMode", "oxcrops.send_options.recover_mode", 
            FT_BOOLEAN, 8, NULL, 0x04, NULL, HFILL } },
        { &hf_send_options_force_unicode,
          { "ForceUnicode", "oxcrops.send_options.force_unicode", 
            FT_BOOLEAN, 8, NULL, 0x08, NULL, HFILL } },
        { &hf_send_options_partial_item,
          { "PartialItem", "oxcrops.send_options.partial_item", 
            FT_BOOLEAN, 8, NULL, 0x10, NULL, HFILL } },
        { &hf_send_options_reserved1,
          { "Reserved1", "oxcrops.send_options.reserved1", 
            FT_BOOLEAN, 8, NULL, 0x20, NULL, HFILL } },
        { &hf_send_options_reserved2,
          { "Reserved2", "oxcrops.send_options.reserved2", 
            FT_BOOLEAN, 8, NULL, 0x40, NULL, HFILL } },
        { &hf_transfer_status,
          { "TransferStatus", "oxcrops.transfer_status", FT_UINT16, BASE_HEX, VALS(transfer_status_vals), 0,
            "MS-OXCFXICS 2.2.3.1.1.5.2", HFILL } },
        { &hf_in_progress_count,
          { "InProgressCount", "oxcrops.in_progress_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_total_step_count,
          { "TotalStepCount", "oxcrops.total_step_count", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_dest_configure_source_operation,
          { "SourceOperation", "oxcrops.fast_transfer_destination_configure.source_operation", FT_UINT8, BASE_HEX,
            VALS(source_operation_vals), 0, "How the uploaded stream was produced", HFILL } },
        { &hf_dest_configure_copy_flags,
          { "CopyFlags", "oxcrops.fast_transfer_destination_configure.copy_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFXICS 2.2.3.1.2.1.1", HFILL } },
        { &hf_dest_configure_copy_flags_move,
          { "Move", "oxcrops.fast_transfer_destination_configure.copy_flags.move", 
            FT_BOOLEAN, 8, NULL, 0x01, NULL, HFILL } },

        { &hf_put_buffer_transfer_data_size,
          { "TransferDataSize", "oxcrops.fast_transfer_destination_put_buffer.transfer_data_size", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_put_buffer_reserved,
          { "Reserved", "oxcrops.fast_transfer_destination_put_buffer.reserved", FT_UINT8, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_put_buffer_buffer_used_size,
          { "BufferUsedSize", "oxcrops.fast_transfer_destination_put_buffer.buffer_used_size", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },

        { &hf_get_buffer_buffer_size,
          { "BufferSize", "oxcrops.fast_transfer_source_get_buffer.buffer_size", FT_UINT16, BASE_HEX, NULL, 0,
            "0xBABE: the server chooses, up to MaximumBufferSize", HFILL } },
        { &hf_get_buffer_maximum_buffer_size,
          { "MaximumBufferSize", "oxcrops.fast_transfer_source_get_buffer.maximum_buffer_size", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_get_buffer_reserved,
          { "Reserved", "oxcrops.fast_transfer_source_get_buffer.reserved", FT_UINT8, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_get_buffer_transfer_buffer_size,
          { "TransferBufferSize", "oxcrops.fast_transfer_source_get_buffer.transfer_buffer_size", FT_UINT16,
            BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_get_buffer_backoff_time,
          { "BackoffTime", "oxcrops.fast_transfer_source_get_buffer.backoff_time", FT_UINT32, BASE_DEC, NULL, 0,
            "Milliseconds to wait before retrying (ReturnValue 0x00000480)", HFILL } },

        { &hf_copy_folder_copy_flags,
          { "CopyFlags", "oxcrops.fast_transfer_source_copy_folder.copy_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFXICS 2.2.3.1.1.4.1", HFILL } },
        { &hf_copy_folder_copy_flags_move,
          { "Move", "oxcrops.fast_transfer_source_copy_folder.copy_flags.move", 
            FT_BOOLEAN, 8, NULL, 0x01, NULL, HFILL } },
        { &hf_copy_folder_copy_flags_unused1,
          { "Unused1", "oxcrops.fast_transfer_source_copy_folder.copy_flags.unused1", 
            FT_BOOLEAN, 8, NULL, 0x02, NULL, HFILL } },
        { &hf_copy_folder_copy_flags_unused2,
          { "Unused2", "oxcrops.fast_transfer_source_copy_folder.copy_flags.unused2", 
            FT_BOOLEAN, 8, NULL, 0x04, NULL, HFILL } },
        { &hf_copy_folder_copy_flags_unused3,
          { "Unused3", "oxcrops.fast_transfer_source_copy_folder.copy_flags.unused3", 
            FT_BOOLEAN, 8, NULL, 0x08, NULL, HFILL } },
        { &hf_copy_folder_copy_flags_copy_subfolders,
          { "CopySubfolders", "oxcrops.fast_transfer_source_copy_folder.copy_flags.copy_subfolders", 
            FT_BOOLEAN, 8, NULL, 0x10, NULL, HFILL } },

        { &hf_copy_messages_message_id_count,
          { "MessageIdCount", "oxcrops.fast_transfer_source_copy_messages.message_id_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_copy_messages_copy_flags,
          { "CopyFlags", "oxcrops.fast_transfer_source_copy_messages.copy_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFXICS 2.2.3.1.1.3.1", HFILL } },
        { &hf_copy_messages_copy_flags_move,
          { "Move", "oxcrops.fast_transfer_source_copy_messages.copy_flags.move", 
            FT_BOOLEAN, 8, NULL, 0x01, NULL, HFILL } },
        { &hf_copy_messages_copy_flags_unused1,
          { "Unused1", "oxcrops.fast_transfer_source_copy_messages.copy_flags.unused1", 
            FT_BOOLEAN, 8, NULL, 0x02, NULL, HFILL } },
        { &hf_copy_messages_copy_flags_unused2,
          { "Unused2", "oxcrops.fast_transfer_source_copy_messages.copy_flags.unused2", 
            FT_BOOLEAN, 8, NULL, 0x04, NULL, HFILL } },
        { &hf_copy_messages_copy_flags_unused3,
          { "Unused3", "oxcrops.fast_transfer_source_copy_messages.copy_flags.unused3", 
            FT_BOOLEAN, 8, NULL, 0x08, NULL, HFILL } },
        { &hf_copy_messages_copy_flags_best_body,
          { "BestBody", "oxcrops.fast_transfer_source_copy_messages.copy_flags.best_body", 
            FT_BOOLEAN, 8, NULL, 0x10, NULL, HFILL } },
        { &hf_copy_messages_copy_flags_send_entry_id,
          { "SendEntryId", "oxcrops.fast_transfer_source_copy_messages.copy_flags.send_entry_id", 
            FT_BOOLEAN, 8, NULL, 0x20, NULL, HFILL } },

        { &hf_copy_to_level,
          { "Level", "oxcrops.fast_transfer_source_copy_to.level", FT_UINT8, BASE_DEC, NULL, 0,
            "Nonzero: descendant subobjects are not copied", HFILL } },
        { &hf_copy_to_copy_flags,
          { "CopyFlags", "oxcrops.fast_transfer_source_copy_to.copy_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "MS-OXCFXICS 2.2.3.1.1.1.1", HFILL } },
        { &hf_copy_to_copy_flags_move,
          { "Move", "oxcrops.fast_transfer_source_copy_to.copy_flags.move", 
            FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_copy_to_copy_flags_unused1,
          { "Unused1", "oxcrops.fast_transfer_source_copy_to.copy_flags.unused1", 
            FT_BOOLEAN, 32, NULL, 0x00000002, NULL, HFILL } },
        { &hf_copy_to_copy_flags_unused2,
          { "Unused2", "oxcrops.fast_transfer_source_copy_to.copy_flags.unused2", 
            FT_BOOLEAN, 32, NULL, 0x00000004, NULL, HFILL } },
        { &hf_copy_to_copy_flags_unused3,
          { "Unused3", "oxcrops.fast_transfer_source_copy_to.copy_flags.unused3", 
            FT_BOOLEAN, 32, NULL, 0x00000008, NULL, HFILL } },
        { &hf_copy_to_copy_flags_unused4,
          { "Unused4", "oxcrops.fast_transfer_source_copy_to.copy_flags.unused4", 
            FT_BOOLEAN, 32, NULL, 0x00000200, NULL, HFILL } },
        { &hf_copy_to_copy_flags_unused5,
          { "Unused5", "oxcrops.fast_transfer_source_copy_to.copy_flags.unused5", 
            FT_BOOLEAN, 32, NULL, 0x00000400, NULL, HFILL } },
        { &hf_copy_to_copy_flags_best_body,
          { "BestBody", "oxcrops.fast_transfer_source_copy_to.copy_flags.best_body", 
            FT_BOOLEAN, 32, NULL, 0x00002000, NULL, HFILL } },
        { &hf_copy_to_property_tag_count,
          { "PropertyTagCount", "oxcrops.fast_transfer_source_copy_to.property_tag_count", FT_UINT16, BASE_DEC,
            NULL, 0, "Properties to exclude", HFILL } },

        { &hf_copy_properties_level,
          { "Level", "oxcrops.fast_transfer_source_copy_properties.level", FT_UINT8, BASE_DEC, NULL, 0,
            "Nonzero: descendant subobjects are not copied", HFILL } },
        { &hf_copy_properties_copy_flags,
          { "CopyFlags", "oxcrops.fast_transfer_source_copy_properties.copy_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCFXICS 2.2.3.1.1.2.1", HFILL } },
        { &hf_copy_properties_copy_flags_move,
          { "Move", "oxcrops.fast_transfer_source_copy_properties.copy_flags.move", 
            FT_BOOLEAN, 8, NULL, 0x01, NULL, HFILL } },
        { &hf_copy_properties_copy_flags_unused1,
          { "Unused1", "oxcrops.fast_transfer_source_copy_properties.copy_flags.unused1", 
            FT_BOOLEAN, 8, NULL, 0x02, NULL, HFILL } },
        { &hf_copy_properties_copy_flags_unused2,
          { "Unused2", "oxcrops.fast_transfer_source_copy_properties.copy_flags.unused2", 
            FT_BOOLEAN, 8, NULL, 0x04, NULL, HFILL } },
        { &hf_copy_properties_copy_flags_unused3,
          { "Unused3", "oxcrops.fast_transfer_source_copy_properties.copy_flags.unused3", 
            FT_BOOLEAN, 8, NULL, 0x08, NULL, HFILL } },
        { &hf_copy_properties_property_tag_count,
          { "PropertyTagCount", "oxcrops.fast_transfer_source_copy_properties.property_tag_count", FT_UINT16,
            BASE_DEC, NULL, 0, "Properties to include", HFILL } },

        { &hf_tell_version_version,
          { "Version", "oxcrops.tell_version.version", FT_UINT16, BASE_DEC, NULL, 0,
            "Version of the other server (three 16-bit integers)", HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_ids, &ett_version };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    fxstream_register();
}

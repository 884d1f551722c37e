/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_stream.c: stream ROPs (MS-OXCROPS 2.2.9, semantics in MS-OXCPRPT 2.2.14 to 2.2.27). */
#include <epan/packet.h>
#include <epan/expert.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_open_stream_open_mode_flags = -1;
static int hf_open_stream_stream_size = -1;
static int hf_read_stream_byte_count = -1;
static int hf_read_stream_maximum_byte_count = -1;
static int hf_read_stream_data_size = -1;
static int hf_read_stream_data = -1;
static int hf_write_stream_data_size = -1;
static int hf_write_stream_data = -1;
static int hf_write_stream_written_size = -1;
static int hf_write_stream_extended_written_size = -1;
static int hf_get_stream_size_stream_size = -1;
static int hf_set_stream_size_stream_size = -1;
static int hf_seek_stream_origin = -1;
static int hf_seek_stream_offset = -1;
static int hf_seek_stream_new_position = -1;
static int hf_copy_to_stream_byte_count = -1;
static int hf_copy_to_stream_read_byte_count = -1;
static int hf_copy_to_stream_written_byte_count = -1;
static int hf_lock_region_stream_region_offset = -1;
static int hf_lock_region_stream_region_size = -1;
static int hf_lock_region_stream_lock_flags = -1;

/* MS-OXCPRPT 2.2.14.1: OpenModeFlags, despite its name one of these values */
static const value_string open_mode_vals[] = {
    { 0x00, "ReadOnly" },
    { 0x01, "ReadWrite" },
    { 0x02, "Create" },
    { 0x03, "BestAccess" },
    { 0, NULL }
};

/* MS-OXCPRPT 2.2.21.1: Origin (3.2.5.18: any other value fails with StreamInvalidParam) */
static const value_string seek_origin_vals[] = {
    { 0x00, "Beginning" },
    { 0x01, "Current" },
    { 0x02, "End" },
    { 0, NULL }
};

/* A request's byte count, kept for its response (first pass). */
static void
save_size_limit(rop_ctx_t *c, guint32 limit)
{
    guint32 *l;

    if (PINFO_FD_VISITED(c->pinfo))
        return;
    l = wmem_new(wmem_file_scope(), guint32);
    *l = limit;
    c->save_detail = l;
}

/* A response's byte count may not pass its request's (design.md 4: sizes
 * checked against the request). */
static void
check_size_limit(rop_ctx_t *c, int offset, guint32 got, const char *what, const char *asked)
{
    const guint32 *limit = c->req ? (const guint32 *)c->req->detail : NULL;

    if (limit && got > *limit)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, offset, c->offset - offset,
                                     "%s %u exceeds the request's %s %u", what, got, asked, *limit);
}

/* MS-OXCROPS 2.2.9.2.1: ByteCount 0xBABE means MaximumByteCount follows */
#define READ_STREAM_USE_MAXIMUM 0xBABE

/* MS-OXCPRPT 2.2.24.1: LockFlags 0x00000001 allows others to read; any other value is exclusive. */
static void
lock_flags_format(gchar *buf, guint32 v)
{
    snprintf(buf, ITEM_LABEL_LENGTH, "0x%08x (%s)", v,
             v == 0x00000001 ? "others may read, only the owner may write"
                             : "only the owner may read or write");
}

/* MS-OXCROPS 2.2.9.1.1 */
void
rop_open_stream_request(rop_ctx_t *c)
{
    oxcdata_property_tag(c);
    rop_enum(c, hf_open_stream_open_mode_flags, 1, open_mode_vals, "OpenModeFlags", NULL);
}

/* MS-OXCROPS 2.2.9.1.2 */
void
rop_open_stream_response(rop_ctx_t *c)
{
    rop_uint(c, hf_open_stream_stream_size, 4);
}

/* MS-OXCROPS 2.2.9.2.1 */
void
rop_read_stream_request(rop_ctx_t *c)
{
    guint32 limit = rop_uint(c, hf_read_stream_byte_count, 2);

    if (limit == READ_STREAM_USE_MAXIMUM)
        limit = rop_uint(c, hf_read_stream_maximum_byte_count, 4);
    save_size_limit(c, limit);
}

/* MS-OXCROPS 2.2.9.2.2: one response form, DataSize and Data whatever the
 * ReturnValue; DataSize at most the request's ByteCount (or MaximumByteCount). */
void
rop_read_stream_response(rop_ctx_t *c)
{
    int start = c->offset;

    check_size_limit(c, start, rop_counted_bytes(c, hf_read_stream_data_size, 2, hf_read_stream_data),
                     "DataSize", "ByteCount");
}

/* MS-OXCROPS 2.2.9.3.1 (RopWriteStream), 2.2.9.4.1 (RopWriteStreamExtended) and
 * 2.2.9.12.1 (RopWriteAndCommitStream): the same layout */
void
rop_write_stream_request(rop_ctx_t *c)
{
    save_size_limit(c, rop_counted_bytes(c, hf_write_stream_data_size, 2, hf_write_stream_data));
}

/* MS-OXCROPS 2.2.9.3.2 and 2.2.9.12.2: WrittenSize whatever the ReturnValue, at
 * most the DataSize of the request. */
void
rop_write_stream_response(rop_ctx_t *c)
{
    int start = c->offset;

    check_size_limit(c, start, rop_uint(c, hf_write_stream_written_size, 2), "WrittenSize", "DataSize");
}

/* MS-OXCROPS 2.2.9.4.2: WrittenSize is 4 bytes here, whatever the ReturnValue. */
void
rop_write_stream_extended_response(rop_ctx_t *c)
{
    int start = c->offset;

    check_size_limit(c, start, rop_uint(c, hf_write_stream_extended_written_size, 4), "WrittenSize", "DataSize");
}

/* MS-OXCROPS 2.2.9.6.2 (the request, 2.2.9.6.1, has no fields of its own) */
void
rop_get_stream_size_response(rop_ctx_t *c)
{
    rop_uint(c, hf_get_stream_size_stream_size, 4);
}

/* MS-OXCROPS 2.2.9.7.1 */
void
rop_set_stream_size_request(rop_ctx_t *c)
{
    rop_uint64(c, hf_set_stream_size_stream_size);
}

/* MS-OXCROPS 2.2.9.8.1. Offset is shown signed: relative to Current or End a
 * seek can go backwards (MS-OXCPRPT 2.2.21, 3.2.5.18; IStream::Seek semantics);
 * the specs' field text was not at hand to confirm the sign. */
void
rop_seek_stream_request(rop_ctx_t *c)
{
    rop_enum(c, hf_seek_stream_origin, 1, seek_origin_vals, "Origin", NULL);
    proto_tree_add_item(c->tree, hf_seek_stream_offset, c->tvb, c->offset, 8, ENC_LITTLE_ENDIAN);
    c->offset += 8;
}

/* MS-OXCROPS 2.2.9.8.2 */
void
rop_seek_stream_response(rop_ctx_t *c)
{
    rop_uint64(c, hf_seek_stream_new_position);
}

/* MS-OXCROPS 2.2.9.9.1 */
void
rop_copy_to_stream_request(rop_ctx_t *c)
{
    rop_copy_request_header(c);
    rop_uint64(c, hf_copy_to_stream_byte_count);
}

/* MS-OXCROPS 2.2.9.9.2 (any ReturnValue but 0x503) and 2.2.9.9.3 (0x503, with
 * DestHandleIndex): ReadByteCount and WrittenByteCount follow in both. */
void
rop_copy_to_stream_response(rop_ctx_t *c)
{
    rop_copy_response_status(c);
    rop_uint64(c, hf_copy_to_stream_read_byte_count);
    rop_uint64(c, hf_copy_to_stream_written_byte_count);
}

/* MS-OXCROPS 2.2.9.10.1 (RopLockRegionStream) and 2.2.9.11.1 (RopUnlockRegionStream, same layout) */
void
rop_lock_region_stream_request(rop_ctx_t *c)
{
    rop_uint64(c, hf_lock_region_stream_region_offset);
    rop_uint64(c, hf_lock_region_stream_region_size);
    rop_uint(c, hf_lock_region_stream_lock_flags, 4);
}

void
rops_stream_register(void)
{
    static hf_register_info hf[] = {
        { &hf_open_stream_open_mode_flags,
          { "OpenModeFlags", "oxcrops.open_stream.open_mode_flags", FT_UINT8, BASE_HEX, VALS(open_mode_vals), 0,
            "MS-OXCPRPT 2.2.14.1", HFILL } },
        { &hf_open_stream_stream_size,
          { "StreamSize", "oxcrops.open_stream.stream_size", FT_UINT32, BASE_DEC, NULL, 0,
            "Size of the opened stream, in bytes", HFILL } },
        { &hf_read_stream_byte_count,
          { "ByteCount", "oxcrops.read_stream.byte_count", FT_UINT16, BASE_HEX_DEC, NULL, 0,
            "Bytes to read; 0xBABE: MaximumByteCount says", HFILL } },
        { &hf_read_stream_maximum_byte_count,
          { "MaximumByteCount", "oxcrops.read_stream.maximum_byte_count", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_read_stream_data_size,
          { "DataSize", "oxcrops.read_stream.data_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_read_stream_data,
          { "Data", "oxcrops.read_stream.data", FT_BYTES, BASE_NONE, NULL, 0, "Bytes read", HFILL } },
        { &hf_write_stream_data_size,
          { "DataSize", "oxcrops.write_stream.data_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Also RopWriteStreamExtended and RopWriteAndCommitStream", HFILL } },
        { &hf_write_stream_data,
          { "Data", "oxcrops.write_stream.data", FT_BYTES, BASE_NONE, NULL, 0,
            "Bytes to write (also RopWriteStreamExtended and RopWriteAndCommitStream)", HFILL } },
        { &hf_write_stream_written_size,
          { "WrittenSize", "oxcrops.write_stream.written_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Bytes written (also RopWriteAndCommitStream)", HFILL } },
        { &hf_write_stream_extended_written_size,
          { "WrittenSize", "oxcrops.write_stream_extended.written_size", FT_UINT32, BASE_DEC, NULL, 0,
            "Bytes written", HFILL } },
        { &hf_get_stream_size_stream_size,
          { "StreamSize", "oxcrops.get_stream_size.stream_size", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_set_stream_size_stream_size,
          { "StreamSize", "oxcrops.set_stream_size.stream_size", FT_UINT64, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_seek_stream_origin,
          { "Origin", "oxcrops.seek_stream.origin", FT_UINT8, BASE_HEX, VALS(seek_origin_vals), 0,
            "MS-OXCPRPT 2.2.21.1", HFILL } },
        { &hf_seek_stream_offset,
          { "Offset", "oxcrops.seek_stream.offset", FT_INT64, BASE_DEC, NULL, 0,
            "Seek offset relative to Origin", HFILL } },
        { &hf_seek_stream_new_position,
          { "NewPosition", "oxcrops.seek_stream.new_position", FT_UINT64, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_copy_to_stream_byte_count,
          { "ByteCount", "oxcrops.copy_to_stream.byte_count", FT_UINT64, BASE_DEC, NULL, 0,
            "Bytes to copy", HFILL } },
        { &hf_copy_to_stream_read_byte_count,
          { "ReadByteCount", "oxcrops.copy_to_stream.read_byte_count", FT_UINT64, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_copy_to_stream_written_byte_count,
          { "WrittenByteCount", "oxcrops.copy_to_stream.written_byte_count", FT_UINT64, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_lock_region_stream_region_offset,
          { "RegionOffset", "oxcrops.lock_region_stream.region_offset", FT_UINT64, BASE_DEC, NULL, 0,
            "Also RopUnlockRegionStream", HFILL } },
        { &hf_lock_region_stream_region_size,
          { "RegionSize", "oxcrops.lock_region_stream.region_size", FT_UINT64, BASE_DEC, NULL, 0,
            "Also RopUnlockRegionStream", HFILL } },
        { &hf_lock_region_stream_lock_flags,
          { "LockFlags", "oxcrops.lock_region_stream.lock_flags", FT_UINT32, BASE_CUSTOM,
            CF_FUNC(lock_flags_format), 0, "MS-OXCPRPT 2.2.24.1 (also RopUnlockRegionStream)", HFILL } },
    };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
}

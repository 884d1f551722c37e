/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_table.c: table ROPs (MS-OXCROPS 2.2.5, semantics in MS-OXCTABL 2.2.2).
 *
 * Rows (RopQueryRows, RopFindRow, RopExpandRow) are typed by the columns of the
 * table's last RopSetColumns; this version knows them when that RopSetColumns
 * is earlier in the same call (RopResetTable forgets them). Without them the
 * rows are shown as bytes with an expert note (design 4).
 */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"
#include "state.h"

static int hf_set_columns_flags = -1;
static int hf_set_columns_tbl_async = -1;
static int hf_set_columns_tag_count = -1;
static int hf_set_columns_table_status = -1;

static int hf_sort_table_flags = -1;
static int hf_sort_table_tbl_async = -1;
static int hf_sort_table_table_status = -1;

static int hf_restrict_flags = -1;
static int hf_restrict_tbl_async = -1;
static int hf_restrict_table_status = -1;

static int hf_query_rows_flags = -1;
static int hf_query_rows_no_advance = -1;
static int hf_query_rows_enable_packed_buffers = -1;
static int hf_query_rows_forward_read = -1;
static int hf_query_rows_row_count = -1;
static int hf_query_rows_origin = -1;
static int hf_query_rows_row_data = -1;

static int hf_abort_table_status = -1;
static int hf_get_status_table_status = -1;

static int hf_query_position_numerator = -1;
static int hf_query_position_denominator = -1;

static int hf_seek_row_origin = -1;
static int hf_seek_row_row_count = -1;
static int hf_seek_row_want_row_moved_count = -1;
static int hf_seek_row_has_sought_less = -1;
static int hf_seek_row_rows_sought = -1;

static int hf_seek_row_bookmark_bookmark_size = -1;
static int hf_seek_row_bookmark_bookmark = -1;
static int hf_seek_row_bookmark_row_count = -1;
static int hf_seek_row_bookmark_want_row_moved_count = -1;
static int hf_seek_row_bookmark_row_no_longer_visible = -1;
static int hf_seek_row_bookmark_has_sought_less = -1;
static int hf_seek_row_bookmark_rows_sought = -1;

static int hf_seek_row_fractional_numerator = -1;
static int hf_seek_row_fractional_denominator = -1;

static int hf_create_bookmark_bookmark_size = -1;
static int hf_create_bookmark_bookmark = -1;

static int hf_query_columns_all_tag_count = -1;

static int hf_find_row_flags = -1;
static int hf_find_row_backward = -1;
static int hf_find_row_origin = -1;
static int hf_find_row_bookmark_size = -1;
static int hf_find_row_bookmark = -1;
static int hf_find_row_row_no_longer_visible = -1;
static int hf_find_row_has_row_data = -1;
static int hf_find_row_row_data = -1;

static int hf_free_bookmark_bookmark_size = -1;
static int hf_free_bookmark_bookmark = -1;

static int hf_expand_row_max_row_count = -1;
static int hf_expand_row_category_id = -1;
static int hf_expand_row_expanded_row_count = -1;
static int hf_expand_row_row_count = -1;
static int hf_expand_row_row_data = -1;

static int hf_collapse_row_category_id = -1;
static int hf_collapse_row_collapsed_row_count = -1;

static int hf_get_collapse_state_row_id = -1;
static int hf_get_collapse_state_row_instance_number = -1;
static int hf_get_collapse_state_collapse_state_size = -1;
static int hf_get_collapse_state_collapse_state = -1;

static int hf_set_collapse_state_collapse_state_size = -1;
static int hf_set_collapse_state_collapse_state = -1;
static int hf_set_collapse_state_bookmark_size = -1;
static int hf_set_collapse_state_bookmark = -1;

static gint ett_flags = -1;
static gint ett_rows = -1;

/* MS-OXCTABL 2.2.2.1.4: asynchronous flags (SetColumnsFlags, SortTableFlags,
 * RestrictFlags: "MUST NOT have any of the other bits set"). 0x00 is synchronous. */
#define TBL_ASYNC 0x01
static int *const set_columns_flags[] = { &hf_set_columns_tbl_async, NULL };
static int *const sort_table_flags[] = { &hf_sort_table_tbl_async, NULL };
static int *const restrict_flags[] = { &hf_restrict_tbl_async, NULL };

/* MS-OXCTABL 2.2.2.1.3: TableStatus */
static const value_string table_status_vals[] = {
    { 0x00, "TBLSTAT_COMPLETE" },
    { 0x09, "TBLSTAT_SORTING" },
    { 0x0A, "TBLSTAT_SORT_ERROR" },
    { 0x0B, "TBLSTAT_SETTING_COLS" },
    { 0x0D, "TBLSTAT_SETCOL_ERROR" },
    { 0x0E, "TBLSTAT_RESTRICTING" },
    { 0x0F, "TBLSTAT_RESTRICT_ERROR" },
    { 0, NULL }
};

/* MS-OXCTABL 2.2.2.1.1: predefined bookmarks (RopSeekRow Origin, RopQueryRows Origin) */
static const value_string origin_vals[] = {
    { 0x00, "BOOKMARK_BEGINNING" },
    { 0x01, "BOOKMARK_CURRENT" },
    { 0x02, "BOOKMARK_END" },
    { 0, NULL }
};

/* MS-OXCTABL 2.2.2.1.1 and 2.2.2.1.2: RopFindRow's Origin can also be a custom bookmark */
static const value_string find_row_origin_vals[] = {
    { 0x00, "BOOKMARK_BEGINNING" },
    { 0x01, "BOOKMARK_CURRENT" },
    { 0x02, "BOOKMARK_END" },
    { 0x03, "BOOKMARK_CUSTOM" },
    { 0, NULL }
};

/* MS-OXCTABL 2.2.2.5.1: QueryRowsFlags (0x00 Advance) */
#define QUERY_ROWS_NO_ADVANCE            0x01
#define QUERY_ROWS_ENABLE_PACKED_BUFFERS 0x02
static int *const query_rows_flags[] = {
    &hf_query_rows_no_advance, &hf_query_rows_enable_packed_buffers, NULL
};

/* MS-OXCTABL 2.2.2.14.1: FindRowFlags (0x00 forwards) */
#define FIND_ROW_BACKWARD 0x01
static int *const find_row_flags[] = { &hf_find_row_backward, NULL };

/* A signed 32-bit field (RowCount and RowsSought of the seek ROPs). */
static void
rop_int32(rop_ctx_t *c, int hf)
{
    gint32 v;

    proto_tree_add_item_ret_int(c->tree, hf, c->tvb, c->offset, 4, ENC_LITTLE_ENDIAN, &v);
    c->offset += 4;
}

/* ---- columns set earlier in the same call ---- */

/* Remembers, for the rest of this call, the columns a RopSetColumns set on a
 * table (by handle index); NULL tags forget them. */
static void
remember_columns(rop_ctx_t *c, guint8 handle_index, const guint32 *tags, guint count)
{
    rop_call_info_t *ci = c->callinfo;

    if (!ci || (!tags && !ci->columns))
        return;
    if (!ci->columns) {
        ci->columns = wmem_alloc0_array(c->pinfo->pool, const guint32 *, 256);
        ci->column_counts = wmem_alloc0_array(c->pinfo->pool, guint16, 256);
    }
    ci->columns[handle_index] = tags;
    ci->column_counts[handle_index] = tags ? (guint16)count : 0;
}

/* A request whose response holds rows: the response is typed by the columns of
 * the input table, set earlier in this call or by the table's last RopSetColumns
 * (state.c). */
static void
type_response_by_columns(rop_ctx_t *c)
{
    const guint32 *tags;
    guint count;

    if (state_table_columns(c, c->input_index, &tags, &count))
        oxcdata_save_tags(c, tags, count);
}

/* `rows` PropertyRows (MS-OXCDATA 2.8.1) typed by the columns the request saved. */
static void
property_rows(rop_ctx_t *c, guint32 rows, int hf_row_data)
{
    guint32 i;
    proto_tree *saved = c->tree;

    if (rows == 0)
        return;
    if (!c->req || !c->req->tags) {
        rop_rest_without_context(c, hf_row_data,
                                 "RowData is typed by the table's columns (RopSetColumns), not in the capture");
        return;
    }
    if (!oxcdata_count_ok(c, rows, "RowCount"))
        return;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_rows, NULL, "RowData (%u rows)", rows);
    for (i = 0; i < rows && !c->stopped; i++)
        oxcdata_property_row(c, c->req->tags, c->req->tag_count);
    c->tree = saved;
}

/* ---- RopSetColumns, RopSortTable, RopRestrict ---- */

/* MS-OXCROPS 2.2.5.1.1; MS-OXCTABL 2.2.2.2.1 */
void
rop_set_columns_request(rop_ctx_t *c)
{
    guint8 handle_index = c->input_index;
    guint32 count;
    guint32 *tags;

    rop_bitmask(c, hf_set_columns_flags, ett_flags, set_columns_flags, 1, TBL_ASYNC);
    count = rop_uint(c, hf_set_columns_tag_count, 2);
    tags = oxcdata_property_tags(c, count);
    remember_columns(c, handle_index, tags, count);
    oxcdata_save_tags(c, tags, count);      /* the response makes them the table's columns */
}

/* MS-OXCROPS 2.2.5.1.2 */
void
rop_set_columns_response(rop_ctx_t *c)
{
    rop_uint(c, hf_set_columns_table_status, 1);
}

/* MS-OXCROPS 2.2.5.2.1; MS-OXCTABL 2.2.2.3.1 */
void
rop_sort_table_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_sort_table_flags, ett_flags, sort_table_flags, 1, TBL_ASYNC);
    oxcdata_sort_order_set(c);
}

/* MS-OXCROPS 2.2.5.2.2 */
void
rop_sort_table_response(rop_ctx_t *c)
{
    rop_uint(c, hf_sort_table_table_status, 1);
}

/* MS-OXCROPS 2.2.5.3.1; MS-OXCTABL 2.2.2.4.1 */
void
rop_restrict_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_restrict_flags, ett_flags, restrict_flags, 1, TBL_ASYNC);
    oxcdata_restriction_data(c);
}

/* MS-OXCROPS 2.2.5.3.2 */
void
rop_restrict_response(rop_ctx_t *c)
{
    rop_uint(c, hf_restrict_table_status, 1);
}

/* ---- RopQueryRows ---- */

/* MS-OXCROPS 2.2.5.4.1; MS-OXCTABL 2.2.2.5.1 */
void
rop_query_rows_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_query_rows_flags, ett_flags, query_rows_flags, 1,
                QUERY_ROWS_NO_ADVANCE | QUERY_ROWS_ENABLE_PACKED_BUFFERS);
    rop_bool(c, hf_query_rows_forward_read);
    rop_uint(c, hf_query_rows_row_count, 2);
    type_response_by_columns(c);
}

/* MS-OXCROPS 2.2.5.4.2: RowData holds RowCount PropertyRows typed by the
 * table's columns; without them the rows' length is unknown. */
void
rop_query_rows_response(rop_ctx_t *c)
{
    rop_uint(c, hf_query_rows_origin, 1);
    property_rows(c, rop_uint(c, hf_query_rows_row_count, 2), hf_query_rows_row_data);
}

/* ---- RopAbort, RopGetStatus, RopQueryPosition ---- */

/* MS-OXCROPS 2.2.5.5.2 (the request has no field after the header) */
void
rop_abort_response(rop_ctx_t *c)
{
    rop_uint(c, hf_abort_table_status, 1);
}

/* MS-OXCROPS 2.2.5.6.2 (the request has no field after the header) */
void
rop_get_status_response(rop_ctx_t *c)
{
    rop_uint(c, hf_get_status_table_status, 1);
}

/* MS-OXCROPS 2.2.5.7.2: the cursor is at Numerator/Denominator of the table. */
void
rop_query_position_response(rop_ctx_t *c)
{
    rop_uint(c, hf_query_position_numerator, 4);
    rop_uint(c, hf_query_position_denominator, 4);
}

/* ---- seeking and bookmarks ---- */

/* MS-OXCROPS 2.2.5.8.1; MS-OXCTABL 2.2.2.9.1: RowCount is signed (negative: backwards). */
void
rop_seek_row_request(rop_ctx_t *c)
{
    rop_uint(c, hf_seek_row_origin, 1);
    rop_int32(c, hf_seek_row_row_count);
    rop_bool(c, hf_seek_row_want_row_moved_count);
}

/* MS-OXCROPS 2.2.5.8.2; MS-OXCTABL 2.2.2.9.2: RowsSought is signed. */
void
rop_seek_row_response(rop_ctx_t *c)
{
    rop_bool(c, hf_seek_row_has_sought_less);
    rop_int32(c, hf_seek_row_rows_sought);
}

/* MS-OXCROPS 2.2.5.9.1; MS-OXCTABL 2.2.2.10.1 */
void
rop_seek_row_bookmark_request(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_seek_row_bookmark_bookmark_size, 2, hf_seek_row_bookmark_bookmark);
    rop_int32(c, hf_seek_row_bookmark_row_count);
    rop_bool(c, hf_seek_row_bookmark_want_row_moved_count);
}

/* MS-OXCROPS 2.2.5.9.2 calls RowsSought "an unsigned integer that specifies the
 * direction and number of rows sought"; MS-OXCTABL 2.2.2.10.2 (the more specific
 * text) makes it signed, negative for a backward seek: shown signed. */
void
rop_seek_row_bookmark_response(rop_ctx_t *c)
{
    rop_bool(c, hf_seek_row_bookmark_row_no_longer_visible);
    rop_bool(c, hf_seek_row_bookmark_has_sought_less);
    rop_int32(c, hf_seek_row_bookmark_rows_sought);
}

/* MS-OXCROPS 2.2.5.10.1 (the response has no field after ReturnValue) */
void
rop_seek_row_fractional_request(rop_ctx_t *c)
{
    rop_uint(c, hf_seek_row_fractional_numerator, 4);
    rop_uint(c, hf_seek_row_fractional_denominator, 4);
}

/* MS-OXCROPS 2.2.5.11.2 (the request has no field after the header) */
void
rop_create_bookmark_response(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_create_bookmark_bookmark_size, 2, hf_create_bookmark_bookmark);
}

/* MS-OXCROPS 2.2.5.14.1 (the response has no field after ReturnValue) */
void
rop_free_bookmark_request(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_free_bookmark_bookmark_size, 2, hf_free_bookmark_bookmark);
}

/* ---- RopQueryColumnsAll, RopFindRow, RopResetTable ---- */

/* MS-OXCROPS 2.2.5.12.2 (the request has no field after the header) */
void
rop_query_columns_all_response(rop_ctx_t *c)
{
    oxcdata_property_tags(c, rop_uint(c, hf_query_columns_all_tag_count, 2));
}

/* MS-OXCROPS 2.2.5.13.1; MS-OXCTABL 2.2.2.14.1. Origin BOOKMARK_CUSTOM (0x03)
 * uses the Bookmark field (MS-OXCTABL 2.2.2.1.2); BookmarkSize is always there. */
void
rop_find_row_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_find_row_flags, ett_flags, find_row_flags, 1, FIND_ROW_BACKWARD);
    oxcdata_restriction_data(c);
    rop_uint(c, hf_find_row_origin, 1);
    rop_counted_bytes(c, hf_find_row_bookmark_size, 2, hf_find_row_bookmark);
    type_response_by_columns(c);
}

/* MS-OXCROPS 2.2.5.13.2: RowData, one PropertyRow, only when HasRowData is nonzero. */
void
rop_find_row_response(rop_ctx_t *c)
{
    rop_bool(c, hf_find_row_row_no_longer_visible);
    if (rop_bool(c, hf_find_row_has_row_data))
        property_rows(c, 1, hf_find_row_row_data);
}

/* MS-OXCROPS 2.2.5.15.1; MS-OXCTABL 3.1.5: after RopResetTable the client MUST
 * send RopSetColumns again, so later rows of this call are no longer typed by
 * the earlier columns. Neither buffer has a field after its header. */
void
rop_reset_table_request(rop_ctx_t *c)
{
    remember_columns(c, c->input_index, NULL, 0);
}

/* ---- categories ---- */

/* MS-OXCROPS 2.2.5.16.1; MS-OXCTABL 2.2.2.17.1: CategoryId is the PidTagInstID
 * of the category's header row. */
void
rop_expand_row_request(rop_ctx_t *c)
{
    rop_uint(c, hf_expand_row_max_row_count, 2);
    rop_uint64(c, hf_expand_row_category_id);
    type_response_by_columns(c);
}

/* MS-OXCROPS 2.2.5.16.2: RowCount PropertyRows, as in RopQueryRows. */
void
rop_expand_row_response(rop_ctx_t *c)
{
    rop_uint(c, hf_expand_row_expanded_row_count, 4);
    property_rows(c, rop_uint(c, hf_expand_row_row_count, 2), hf_expand_row_row_data);
}

/* MS-OXCROPS 2.2.5.17.1 */
void
rop_collapse_row_request(rop_ctx_t *c)
{
    rop_uint64(c, hf_collapse_row_category_id);
}

/* MS-OXCROPS 2.2.5.17.2 */
void
rop_collapse_row_response(rop_ctx_t *c)
{
    rop_uint(c, hf_collapse_row_collapsed_row_count, 4);
}

/* MS-OXCROPS 2.2.5.18.1 */
void
rop_get_collapse_state_request(rop_ctx_t *c)
{
    rop_uint64(c, hf_get_collapse_state_row_id);
    rop_uint(c, hf_get_collapse_state_row_instance_number, 4);
}

/* MS-OXCROPS 2.2.5.18.2: CollapseState is opaque (MS-OXCTABL 2.2.2.19). */
void
rop_get_collapse_state_response(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_get_collapse_state_collapse_state_size, 2, hf_get_collapse_state_collapse_state);
}

/* MS-OXCROPS 2.2.5.19.1 */
void
rop_set_collapse_state_request(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_set_collapse_state_collapse_state_size, 2, hf_set_collapse_state_collapse_state);
}

/* MS-OXCROPS 2.2.5.19.2: a bookmark on the row RopGetCollapseState named. */
void
rop_set_collapse_state_response(rop_ctx_t *c)
{
    rop_counted_bytes(c, hf_set_collapse_state_bookmark_size, 2, hf_set_collapse_state_bookmark);
}

void
rops_table_register(void)
{
    static hf_register_info hf[] = {
        { &hf_set_columns_flags,
          { "SetColumnsFlags", "oxcrops.set_columns.set_columns_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "Asynchronous flags (MS-OXCTABL 2.2.2.1.4); 0x00: synchronous", HFILL } },
        { &hf_set_columns_tbl_async,
          { "TBL_ASYNC", "oxcrops.set_columns.set_columns_flags.tbl_async", FT_BOOLEAN, 8, NULL, TBL_ASYNC,
            "The server SHOULD perform the ROP asynchronously (MS-OXCTABL 2.2.2.1.4)", HFILL } },
        { &hf_set_columns_tag_count,
          { "PropertyTagCount", "oxcrops.set_columns.property_tag_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_set_columns_table_status,
          { "TableStatus", "oxcrops.set_columns.table_status", FT_UINT8, BASE_HEX, VALS(table_status_vals), 0,
            "Status of the table's asynchronous operations (MS-OXCTABL 2.2.2.1.3)", HFILL } },
        { &hf_sort_table_flags,
          { "SortTableFlags", "oxcrops.sort_table.sort_table_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "Asynchronous flags (MS-OXCTABL 2.2.2.1.4); 0x00: synchronous", HFILL } },
        { &hf_sort_table_tbl_async,
          { "TBL_ASYNC", "oxcrops.sort_table.sort_table_flags.tbl_async", FT_BOOLEAN, 8, NULL, TBL_ASYNC,
            "The server SHOULD perform the ROP asynchronously (MS-OXCTABL 2.2.2.1.4)", HFILL } },
        { &hf_sort_table_table_status,
          { "TableStatus", "oxcrops.sort_table.table_status", FT_UINT8, BASE_HEX, VALS(table_status_vals), 0,
            "Status of the table's asynchronous operations (MS-OXCTABL 2.2.2.1.3)", HFILL } },
        { &hf_restrict_flags,
          { "RestrictFlags", "oxcrops.restrict.restrict_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "Asynchronous flags (MS-OXCTABL 2.2.2.1.4); 0x00: synchronous", HFILL } },
        { &hf_restrict_tbl_async,
          { "TBL_ASYNC", "oxcrops.restrict.restrict_flags.tbl_async", FT_BOOLEAN, 8, NULL, TBL_ASYNC,
            "The server SHOULD perform the ROP asynchronously (MS-OXCTABL 2.2.2.1.4)", HFILL } },
        { &hf_restrict_table_status,
          { "TableStatus", "oxcrops.restrict.table_status", FT_UINT8, BASE_HEX, VALS(table_status_vals), 0,
            "Status of the table's asynchronous operations (MS-OXCTABL 2.2.2.1.3)", HFILL } },
        { &hf_query_rows_flags,
          { "QueryRowsFlags", "oxcrops.query_rows.query_rows_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCTABL 2.2.2.5.1; 0x00: Advance", HFILL } },
        { &hf_query_rows_no_advance,
          { "NoAdvance", "oxcrops.query_rows.query_rows_flags.no_advance", FT_BOOLEAN, 8, NULL,
            QUERY_ROWS_NO_ADVANCE, "The cursor does not move", HFILL } },
        { &hf_query_rows_enable_packed_buffers,
          { "EnablePackedBuffers", "oxcrops.query_rows.query_rows_flags.enable_packed_buffers", FT_BOOLEAN, 8,
            NULL, QUERY_ROWS_ENABLE_PACKED_BUFFERS, NULL, HFILL } },
        { &hf_query_rows_forward_read,
          { "ForwardRead", "oxcrops.query_rows.forward_read", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_query_rows_row_count,
          { "RowCount", "oxcrops.query_rows.row_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_query_rows_origin,
          { "Origin", "oxcrops.query_rows.origin", FT_UINT8, BASE_HEX, VALS(origin_vals), 0,
            "Where the cursor stands after the read (MS-OXCTABL 2.2.2.1.1)", HFILL } },
        { &hf_query_rows_row_data,
          { "RowData", "oxcrops.query_rows.row_data", FT_BYTES, BASE_NONE, NULL, 0,
            "Rows whose columns are unknown", HFILL } },
        { &hf_abort_table_status,
          { "TableStatus", "oxcrops.abort.table_status", FT_UINT8, BASE_HEX, VALS(table_status_vals), 0,
            "Status of the table's asynchronous operations (MS-OXCTABL 2.2.2.1.3)", HFILL } },
        { &hf_get_status_table_status,
          { "TableStatus", "oxcrops.get_status.table_status", FT_UINT8, BASE_HEX, VALS(table_status_vals), 0,
            "Status of the table's asynchronous operations (MS-OXCTABL 2.2.2.1.3)", HFILL } },
        { &hf_query_position_numerator,
          { "Numerator", "oxcrops.query_position.numerator", FT_UINT32, BASE_DEC, NULL, 0,
            "Index of the current row", HFILL } },
        { &hf_query_position_denominator,
          { "Denominator", "oxcrops.query_position.denominator", FT_UINT32, BASE_DEC, NULL, 0,
            "Number of rows in the table", HFILL } },
        { &hf_seek_row_origin,
          { "Origin", "oxcrops.seek_row.origin", FT_UINT8, BASE_HEX, VALS(origin_vals), 0,
            "Where the seek starts (MS-OXCTABL 2.2.2.1.1)", HFILL } },
        { &hf_seek_row_row_count,
          { "RowCount", "oxcrops.seek_row.row_count", FT_INT32, BASE_DEC, NULL, 0,
            "Rows to seek; negative: backwards", HFILL } },
        { &hf_seek_row_want_row_moved_count,
          { "WantRowMovedCount", "oxcrops.seek_row.want_row_moved_count", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_seek_row_has_sought_less,
          { "HasSoughtLess", "oxcrops.seek_row.has_sought_less", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Fewer rows were moved than requested", HFILL } },
        { &hf_seek_row_rows_sought,
          { "RowsSought", "oxcrops.seek_row.rows_sought", FT_INT32, BASE_DEC, NULL, 0,
            "Rows actually moved; negative: backwards", HFILL } },
        { &hf_seek_row_bookmark_bookmark_size,
          { "BookmarkSize", "oxcrops.seek_row_bookmark.bookmark_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_seek_row_bookmark_bookmark,
          { "Bookmark", "oxcrops.seek_row_bookmark.bookmark", FT_BYTES, BASE_NONE, NULL, 0,
            "From a RopCreateBookmark response", HFILL } },
        { &hf_seek_row_bookmark_row_count,
          { "RowCount", "oxcrops.seek_row_bookmark.row_count", FT_INT32, BASE_DEC, NULL, 0,
            "Rows to seek; negative: backwards", HFILL } },
        { &hf_seek_row_bookmark_want_row_moved_count,
          { "WantRowMovedCount", "oxcrops.seek_row_bookmark.want_row_moved_count", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_seek_row_bookmark_row_no_longer_visible,
          { "RowNoLongerVisible", "oxcrops.seek_row_bookmark.row_no_longer_visible", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_seek_row_bookmark_has_sought_less,
          { "HasSoughtLess", "oxcrops.seek_row_bookmark.has_sought_less", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Fewer rows were moved than requested", HFILL } },
        { &hf_seek_row_bookmark_rows_sought,
          { "RowsSought", "oxcrops.seek_row_bookmark.rows_sought", FT_INT32, BASE_DEC, NULL, 0,
            "Rows actually moved; negative: backwards", HFILL } },
        { &hf_seek_row_fractional_numerator,
          { "Numerator", "oxcrops.seek_row_fractional.numerator", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_seek_row_fractional_denominator,
          { "Denominator", "oxcrops.seek_row_fractional.denominator", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_create_bookmark_bookmark_size,
          { "BookmarkSize", "oxcrops.create_bookmark.bookmark_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_create_bookmark_bookmark,
          { "Bookmark", "oxcrops.create_bookmark.bookmark", FT_BYTES, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_query_columns_all_tag_count,
          { "PropertyTagCount", "oxcrops.query_columns_all.property_tag_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_find_row_flags,
          { "FindRowFlags", "oxcrops.find_row.find_row_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCTABL 2.2.2.14.1; 0x00: forwards", HFILL } },
        { &hf_find_row_backward,
          { "Backward", "oxcrops.find_row.find_row_flags.backward", FT_BOOLEAN, 8, NULL, FIND_ROW_BACKWARD,
            "Perform the find backwards", HFILL } },
        { &hf_find_row_origin,
          { "Origin", "oxcrops.find_row.origin", FT_UINT8, BASE_HEX, VALS(find_row_origin_vals), 0,
            "Where the search starts (MS-OXCTABL 2.2.2.1.1, 2.2.2.1.2)", HFILL } },
        { &hf_find_row_bookmark_size,
          { "BookmarkSize", "oxcrops.find_row.bookmark_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_find_row_bookmark,
          { "Bookmark", "oxcrops.find_row.bookmark", FT_BYTES, BASE_NONE, NULL, 0,
            "Used with Origin BOOKMARK_CUSTOM", HFILL } },
        { &hf_find_row_row_no_longer_visible,
          { "RowNoLongerVisible", "oxcrops.find_row.row_no_longer_visible", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_find_row_has_row_data,
          { "HasRowData", "oxcrops.find_row.has_row_data", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_find_row_row_data,
          { "RowData", "oxcrops.find_row.row_data", FT_BYTES, BASE_NONE, NULL, 0,
            "A row whose columns are unknown", HFILL } },
        { &hf_free_bookmark_bookmark_size,
          { "BookmarkSize", "oxcrops.free_bookmark.bookmark_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_free_bookmark_bookmark,
          { "Bookmark", "oxcrops.free_bookmark.bookmark", FT_BYTES, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_expand_row_max_row_count,
          { "MaxRowCount", "oxcrops.expand_row.max_row_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_expand_row_category_id,
          { "CategoryId", "oxcrops.expand_row.category_id", FT_UINT64, BASE_HEX, NULL, 0,
            "PidTagInstID of the category's header row", HFILL } },
        { &hf_expand_row_expanded_row_count,
          { "ExpandedRowCount", "oxcrops.expand_row.expanded_row_count", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_expand_row_row_count,
          { "RowCount", "oxcrops.expand_row.row_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_expand_row_row_data,
          { "RowData", "oxcrops.expand_row.row_data", FT_BYTES, BASE_NONE, NULL, 0,
            "Rows whose columns are unknown", HFILL } },
        { &hf_collapse_row_category_id,
          { "CategoryId", "oxcrops.collapse_row.category_id", FT_UINT64, BASE_HEX, NULL, 0,
            "PidTagInstID of the category's header row", HFILL } },
        { &hf_collapse_row_collapsed_row_count,
          { "CollapsedRowCount", "oxcrops.collapse_row.collapsed_row_count", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_get_collapse_state_row_id,
          { "RowId", "oxcrops.get_collapse_state.row_id", FT_UINT64, BASE_HEX, NULL, 0,
            "The row to be preserved as the cursor", HFILL } },
        { &hf_get_collapse_state_row_instance_number,
          { "RowInstanceNumber", "oxcrops.get_collapse_state.row_instance_number", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_get_collapse_state_collapse_state_size,
          { "CollapseStateSize", "oxcrops.get_collapse_state.collapse_state_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_get_collapse_state_collapse_state,
          { "CollapseState", "oxcrops.get_collapse_state.collapse_state", FT_BYTES, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_set_collapse_state_collapse_state_size,
          { "CollapseStateSize", "oxcrops.set_collapse_state.collapse_state_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_set_collapse_state_collapse_state,
          { "CollapseState", "oxcrops.set_collapse_state.collapse_state", FT_BYTES, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_set_collapse_state_bookmark_size,
          { "BookmarkSize", "oxcrops.set_collapse_state.bookmark_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_set_collapse_state_bookmark,
          { "Bookmark", "oxcrops.set_collapse_state.bookmark", FT_BYTES, BASE_NONE, NULL, 0,
            NULL, HFILL } },    };
    static gint *ett[] = { &ett_flags, &ett_rows };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

/* rops_table.c: table ROPs (MS-OXCROPS 2.2.5, semantics in MS-OXCTABL 2.2.2). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_set_columns_flags = -1;
static int hf_set_columns_tag_count = -1;
static int hf_set_columns_table_status = -1;
static int hf_query_rows_flags = -1;
static int hf_query_rows_no_advance = -1;
static int hf_query_rows_enable_packed_buffers = -1;
static int hf_query_rows_forward_read = -1;
static int hf_query_rows_row_count = -1;
static int hf_query_rows_origin = -1;
static int hf_query_rows_row_data = -1;

static gint ett_flags = -1;
static gint ett_rows = -1;

/* MS-OXCTABL 2.2.2.1.1: SetColumnsFlags (the same values as SortTableFlags etc.) */
static const value_string async_flags_vals[] = {
    { 0x00, "TBL_SYNC" },
    { 0x01, "TBL_ASYNC" },
    { 0, NULL }
};

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

/* MS-OXCTABL 2.2.2.1.2: Origin (a bookmark) */
static const value_string origin_vals[] = {
    { 0x00, "BOOKMARK_BEGINNING" },
    { 0x01, "BOOKMARK_CURRENT" },
    { 0x02, "BOOKMARK_END" },
    { 0, NULL }
};

/* MS-OXCTABL 2.2.2.5.1: QueryRowsFlags */
#define QUERY_ROWS_NO_ADVANCE            0x01
#define QUERY_ROWS_ENABLE_PACKED_BUFFERS 0x02
static int *const query_rows_flags[] = {
    &hf_query_rows_no_advance, &hf_query_rows_enable_packed_buffers, NULL
};

/* Remembers, for the rest of this call, the columns a RopSetColumns set on a
 * table (by handle index): a RopQueryRows in the same call is typed by them. */
static void
remember_columns(rop_ctx_t *c, guint8 handle_index, const guint32 *tags, guint count)
{
    rop_call_info_t *ci = c->callinfo;

    if (!ci || !tags)
        return;
    if (!ci->columns) {
        ci->columns = wmem_alloc0_array(c->pinfo->pool, const guint32 *, 256);
        ci->column_counts = wmem_alloc0_array(c->pinfo->pool, guint16, 256);
    }
    ci->columns[handle_index] = tags;
    ci->column_counts[handle_index] = (guint16)count;
}

/* MS-OXCROPS 2.2.5.1.1 */
void
rop_set_columns_request(rop_ctx_t *c)
{
    guint8 handle_index = c->input_index;
    guint32 count;
    guint32 *tags;

    rop_uint(c, hf_set_columns_flags, 1);
    count = rop_uint(c, hf_set_columns_tag_count, 2);
    tags = oxcdata_property_tags(c, count);
    remember_columns(c, handle_index, tags, count);
}

/* MS-OXCROPS 2.2.5.1.2 */
void
rop_set_columns_response(rop_ctx_t *c)
{
    rop_uint(c, hf_set_columns_table_status, 1);
}

/* MS-OXCROPS 2.2.5.4.1 */
void
rop_query_rows_request(rop_ctx_t *c)
{
    guint8 handle_index = c->input_index;
    rop_call_info_t *ci = c->callinfo;

    rop_bitmask(c, hf_query_rows_flags, ett_flags, query_rows_flags, 1,
                QUERY_ROWS_NO_ADVANCE | QUERY_ROWS_ENABLE_PACKED_BUFFERS);
    rop_bool(c, hf_query_rows_forward_read);
    rop_uint(c, hf_query_rows_row_count, 2);
    if (ci && ci->columns && ci->columns[handle_index])
        oxcdata_save_tags(c, ci->columns[handle_index], ci->column_counts[handle_index]);
}

/* MS-OXCROPS 2.2.5.4.2: RowData holds RowCount PropertyRows typed by the
 * table's columns; without them the rows' length is unknown. */
void
rop_query_rows_response(rop_ctx_t *c)
{
    guint32 rows, i;
    proto_tree *saved = c->tree;

    rop_uint(c, hf_query_rows_origin, 1);
    rows = rop_uint(c, hf_query_rows_row_count, 2);
    if (rows == 0)
        return;
    if (!c->req || !c->req->tags) {
        rop_rest_without_context(c, hf_query_rows_row_data,
                                 "RowData is typed by the table's columns (RopSetColumns), not seen in this call");
        return;
    }
    if (!oxcdata_count_ok(c, rows, "RowCount"))
        return;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_rows, NULL, "RowData (%u rows)", rows);
    for (i = 0; i < rows && !c->stopped; i++)
        oxcdata_property_row(c, c->req->tags, c->req->tag_count);
    c->tree = saved;
}

void
rops_table_register(void)
{
    static hf_register_info hf[] = {
        { &hf_set_columns_flags,
          { "SetColumnsFlags", "oxcrops.set_columns.set_columns_flags", FT_UINT8, BASE_HEX,
            VALS(async_flags_vals), 0, "MS-OXCTABL 2.2.2.1.1", HFILL } },
        { &hf_set_columns_tag_count,
          { "PropertyTagCount", "oxcrops.set_columns.property_tag_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_set_columns_table_status,
          { "TableStatus", "oxcrops.set_columns.table_status", FT_UINT8, BASE_HEX,
            VALS(table_status_vals), 0, "MS-OXCTABL 2.2.2.1.3", HFILL } },
        { &hf_query_rows_flags,
          { "QueryRowsFlags", "oxcrops.query_rows.query_rows_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCTABL 2.2.2.5.1", HFILL } },
        { &hf_query_rows_no_advance,
          { "NoAdvance", "oxcrops.query_rows.query_rows_flags.no_advance", FT_BOOLEAN, 8, NULL,
            QUERY_ROWS_NO_ADVANCE, "The cursor does not move", HFILL } },
        { &hf_query_rows_enable_packed_buffers,
          { "EnablePackedBuffers", "oxcrops.query_rows.query_rows_flags.enable_packed_buffers", FT_BOOLEAN, 8,
            NULL, QUERY_ROWS_ENABLE_PACKED_BUFFERS, NULL, HFILL } },
        { &hf_query_rows_forward_read,
          { "ForwardRead", "oxcrops.query_rows.forward_read", FT_BOOLEAN, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_query_rows_row_count,
          { "RowCount", "oxcrops.query_rows.row_count", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_query_rows_origin,
          { "Origin", "oxcrops.query_rows.origin", FT_UINT8, BASE_HEX, VALS(origin_vals), 0,
            "Where the cursor stands after the read (MS-OXCTABL 2.2.2.5.2)", HFILL } },
        { &hf_query_rows_row_data,
          { "RowData", "oxcrops.query_rows.row_data", FT_BYTES, BASE_NONE, NULL, 0,
            "Rows whose columns are unknown", HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_rows };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

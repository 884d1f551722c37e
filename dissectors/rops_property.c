/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_property.c: property ROPs (MS-OXCROPS 2.2.8, semantics in MS-OXCPRPT 2.2). */
#include <epan/packet.h>

#include "wscompat.h"
#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"
#include "state.h"

/* MS-OXCDATA 2.4.1: NullDestinationObject, the copy ROPs' failure with DestHandleIndex */
#define EC_NULL_DESTINATION_OBJECT 0x00000503

static int hf_oxcrops_source_handle_index = -1;
static int hf_oxcrops_dest_handle_index = -1;
static int hf_gpifn_flags = -1;
static int hf_gpifn_create = -1;
static int hf_gpifn_property_name_count = -1;
static int hf_gpifn_property_id_count = -1;
static int hf_gpifn_property_id = -1;
static int hf_gnfpi_property_id_count = -1;
static int hf_gnfpi_property_id = -1;
static int hf_gnfpi_property_name_count = -1;
static int hf_gps_property_size_limit = -1;
static int hf_gps_want_unicode = -1;
static int hf_gps_property_tag_count = -1;
static int hf_gps_row_data = -1;
static int hf_gpa_property_size_limit = -1;
static int hf_gpa_want_unicode = -1;
static int hf_gpa_property_value_count = -1;
static int hf_gpl_property_tag_count = -1;
static int hf_sp_property_value_size = -1;
static int hf_sp_property_value_count = -1;
static int hf_sp_property_problem_count = -1;
static int hf_dp_property_tag_count = -1;
static int hf_dp_property_problem_count = -1;
static int hf_qnp_query_flags = -1;
static int hf_qnp_no_strings = -1;
static int hf_qnp_no_ids = -1;
static int hf_qnp_has_guid = -1;
static int hf_qnp_property_guid = -1;
static int hf_qnp_id_count = -1;
static int hf_qnp_property_id = -1;
static int hf_cp_want_asynchronous = -1;
static int hf_cp_copy_flags = -1;
static int hf_cp_move = -1;
static int hf_cp_no_overwrite = -1;
static int hf_cp_property_tag_count = -1;
static int hf_cp_property_problem_count = -1;
static int hf_ct_want_asynchronous = -1;
static int hf_ct_want_sub_objects = -1;
static int hf_ct_copy_flags = -1;
static int hf_ct_move = -1;
static int hf_ct_no_overwrite = -1;
static int hf_ct_excluded_tag_count = -1;
static int hf_ct_property_problem_count = -1;
static int hf_progress_want_cancel = -1;
static int hf_progress_completed_task_count = -1;
static int hf_progress_total_task_count = -1;

static gint ett_values = -1;
static gint ett_list = -1;
static gint ett_flags = -1;

/* MS-OXCPRPT 2.2.12.1: RopGetPropertyIdsFromNames Flags */
#define GPIFN_CREATE 0x02
static int *const gpifn_flags[] = { &hf_gpifn_create, NULL };

/* MS-OXCPRPT 2.2.9.1: RopQueryNamedProperties QueryFlags */
#define QNP_NO_STRINGS 0x01
#define QNP_NO_IDS     0x02
static int *const qnp_flags[] = { &hf_qnp_no_strings, &hf_qnp_no_ids, NULL };

/* MS-OXCPRPT 2.2.10.1 (RopCopyProperties) and 2.2.11.1 (RopCopyTo): CopyFlags */
#define COPY_MOVE         0x01
#define COPY_NO_OVERWRITE 0x02
static int *const cp_copy_flags[] = { &hf_cp_move, &hf_cp_no_overwrite, NULL };
static int *const ct_copy_flags[] = { &hf_ct_move, &hf_ct_no_overwrite, NULL };

/* ---- lists shared by several ROPs ---- */

/* `count` 16-bit property IDs (MS-OXCROPS 2.2.8.1.2, 2.2.8.2.1, 2.2.8.10.2). */
static guint16 *
property_ids(rop_ctx_t *c, int hf, guint32 count)
{
    proto_tree *saved = c->tree;
    guint16 *ids;
    guint32 i;

    if (!oxcdata_count_ok(c, count, "PropertyId count"))
        return NULL;
    tvb_ensure_bytes_exist(c->tvb, c->offset, 2 * count);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 2 * count, ett_list, NULL,
                                            "PropertyIds (%u)", count);
    ids = wmem_alloc_array(c->pinfo->pool, guint16, count ? count : 1);
    for (i = 0; i < count; i++)
        ids[i] = (guint16)rop_uint(c, hf, 2);
    c->tree = saved;
    return ids;
}

/* `count` PropertyName structures (MS-OXCDATA 2.6.1); returns their labels. */
static const char **
property_names(rop_ctx_t *c, guint32 count)
{
    proto_tree *saved = c->tree;
    proto_item *ti;
    int start = c->offset;
    const char **names;
    guint32 i;

    if (!oxcdata_count_ok(c, count, "PropertyName count"))
        return NULL;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 0, ett_list, &ti,
                                            "PropertyNames (%u)", count);
    names = wmem_alloc0_array(c->pinfo->pool, const char *, count ? count : 1);
    for (i = 0; i < count && !c->stopped; i++)
        names[i] = oxcdata_property_name(c);
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
    return c->stopped ? NULL : names;
}

/* Keeps what a request asked for (names, or IDs) for its response (first pass). */
static void
save_named_list(rop_ctx_t *c, guint32 count, const guint16 *ids, const char **names)
{
    named_list_t *l;
    guint32 i;

    if (PINFO_FD_VISITED(c->pinfo) || (!ids && !names))
        return;
    l = wmem_new0(wmem_file_scope(), named_list_t);
    l->count = count;
    if (ids)
        l->ids = (guint16 *)wmem_memdup(wmem_file_scope(), ids, count * sizeof(guint16));
    if (names) {
        l->names = wmem_alloc0_array(wmem_file_scope(), const char *, count ? count : 1);
        for (i = 0; i < count; i++)
            l->names[i] = names[i] ? wmem_strdup(wmem_file_scope(), names[i]) : NULL;
    }
    c->save_detail = l;
}

/* Records which property IDs stand for which names (MS-OXCPRPT 3.1.5.1) in the session. */
static void
map_names(rop_ctx_t *c, guint32 count, const guint16 *ids, const char *const *names)
{
    guint32 i;

    if (!ids || !names)
        return;
    for (i = 0; i < count; i++)
        if (ids[i] != 0 && names[i])    /* 0x0000: the name has no ID */
            state_map_named_property(c, ids[i], names[i]);
}

/* A 2-byte count (`hf_count`) then that many PropertyTags, in a subtree. */
static void
property_tag_list(rop_ctx_t *c, int hf_count, const char *label)
{
    guint32 count = rop_uint(c, hf_count, 2);
    proto_tree *saved = c->tree;

    if (!oxcdata_count_ok(c, count, label))
        return;
    tvb_ensure_bytes_exist(c->tvb, c->offset, 4 * count);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 4 * count, ett_list, NULL,
                                            "%s (%u)", label, count);
    oxcdata_property_tags(c, count);
    c->tree = saved;
}

/* PropertyProblemCount then PropertyProblems (MS-OXCDATA 2.7). */
static void
property_problems(rop_ctx_t *c, int hf_count)
{
    guint32 count = rop_uint(c, hf_count, 2), i;
    proto_tree *saved = c->tree;

    if (!oxcdata_count_ok(c, count, "PropertyProblemCount"))
        return;
    tvb_ensure_bytes_exist(c->tvb, c->offset, 10 * count);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 10 * count, ett_list, NULL,
                                            "PropertyProblems (%u)", count);
    for (i = 0; i < count; i++)
        oxcdata_property_problem(c);
    c->tree = saved;
}

/* ---- RopGetPropertyIdsFromNames, RopGetNamesFromPropertyIds ---- */

/* MS-OXCROPS 2.2.8.1.1 */
void
rop_get_property_ids_from_names_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_gpifn_flags, ett_flags, gpifn_flags, 1, GPIFN_CREATE);
    guint32 count = rop_uint(c, hf_gpifn_property_name_count, 2);

    save_named_list(c, count, NULL, property_names(c, count));
}

/* MS-OXCROPS 2.2.8.1.2: the success form is given for ReturnValue 0 only
 * (unmapped names come back as property ID 0x0000, MS-OXCPRPT 2.2.12.2). */
void
rop_get_property_ids_from_names_response(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_gpifn_property_id_count, 2);
    const guint16 *ids = property_ids(c, hf_gpifn_property_id, count);
    const named_list_t *asked = c->req ? (const named_list_t *)c->req->detail : NULL;

    if (asked && asked->names && asked->count == count)
        map_names(c, count, ids, asked->names);
}

/* MS-OXCROPS 2.2.8.2.1 */
void
rop_get_names_from_property_ids_request(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_gnfpi_property_id_count, 2);

    save_named_list(c, count, property_ids(c, hf_gnfpi_property_id, count), NULL);
}

/* MS-OXCROPS 2.2.8.2.2 */
void
rop_get_names_from_property_ids_response(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_gnfpi_property_name_count, 2);
    const char **names = property_names(c, count);
    const named_list_t *asked = c->req ? (const named_list_t *)c->req->detail : NULL;

    if (asked && asked->ids && asked->count == count)
        map_names(c, count, asked->ids, names);
}

/* ---- RopGetPropertiesSpecific, RopGetPropertiesAll, RopGetPropertiesList ---- */

/* MS-OXCROPS 2.2.8.3.1 */
void
rop_get_properties_specific_request(rop_ctx_t *c)
{
    guint32 count;

    rop_uint(c, hf_gps_property_size_limit, 2);
    rop_uint(c, hf_gps_want_unicode, 2);
    count = rop_uint(c, hf_gps_property_tag_count, 2);
    oxcdata_save_tags(c, oxcdata_property_tags(c, count), count);
}

/* MS-OXCROPS 2.2.8.3.2: RowData is a PropertyRow typed by the request's tags. */
void
rop_get_properties_specific_response(rop_ctx_t *c)
{
    if (!c->req) {
        rop_rest_without_context(c, hf_gps_row_data,
                                 "RowData is typed by the request's PropertyTags, and the request is not in the capture");
        return;
    }
    oxcdata_property_row(c, c->req->tags, c->req->tag_count);
}

/* MS-OXCROPS 2.2.8.4.1 */
void
rop_get_properties_all_request(rop_ctx_t *c)
{
    rop_uint(c, hf_gpa_property_size_limit, 2);
    rop_uint(c, hf_gpa_want_unicode, 2);
}

/* MS-OXCROPS 2.2.8.4.2: TaggedPropertyValues, with no size to resume from. */
void
rop_get_properties_all_response(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_gpa_property_value_count, 2), i;
    proto_tree *saved = c->tree;
    proto_item *ti;
    int start = c->offset;

    if (!oxcdata_count_ok(c, count, "PropertyValueCount"))
        return;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 0, ett_values, &ti,
                                            "PropertyValues (%u)", count);
    for (i = 0; i < count && !c->stopped; i++)
        oxcdata_tagged_value(c);
    proto_item_set_len(ti, c->offset - start);
    c->tree = saved;
}

/* MS-OXCROPS 2.2.8.5.2 (the request, 2.2.8.5.1, has no fields of its own) */
void
rop_get_properties_list_response(rop_ctx_t *c)
{
    property_tag_list(c, hf_gpl_property_tag_count, "PropertyTags");
}

/* ---- RopSetProperties, RopSetPropertiesNoReplicate ---- */

/* A block of PropertyValueSize bytes holding PropertyValueCount and the
 * TaggedPropertyValues (MS-OXCROPS 2.2.8.6.1): the size lets the walk resume
 * after a value it cannot decode. */
static void
tagged_value_block(rop_ctx_t *c, int hf_size, int hf_count)
{
    guint32 size = rop_uint(c, hf_size, 2);
    int end = c->offset + (int)size;
    guint32 count, i;
    proto_tree *saved = c->tree;

    tvb_ensure_bytes_exist(c->tvb, c->offset, size);
    count = rop_uint(c, hf_count, 2);
    if (!oxcdata_count_ok(c, count, "PropertyValueCount"))
        return;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, end - c->offset, ett_values, NULL,
                                            "PropertyValues (%u)", count);
    for (i = 0; i < count && !c->stopped && c->offset < end; i++)
        oxcdata_tagged_value(c);
    c->tree = saved;
    if (c->offset != end) {
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset, 0,
                                     "PropertyValueSize says the values end at offset %d; they end at %d",
                                     end, c->offset);
        c->offset = end;
    }
    c->stopped = FALSE;
}

/* MS-OXCROPS 2.2.8.6.1 (RopSetProperties) and 2.2.8.7.1 (RopSetPropertiesNoReplicate, same layout) */
void
rop_set_properties_request(rop_ctx_t *c)
{
    tagged_value_block(c, hf_sp_property_value_size, hf_sp_property_value_count);
}

/* MS-OXCROPS 2.2.8.6.2 and 2.2.8.7.2 */
void
rop_set_properties_response(rop_ctx_t *c)
{
    property_problems(c, hf_sp_property_problem_count);
}

/* ---- RopDeleteProperties, RopDeletePropertiesNoReplicate ---- */

/* MS-OXCROPS 2.2.8.8.1 and 2.2.8.9.1 (same layout) */
void
rop_delete_properties_request(rop_ctx_t *c)
{
    property_tag_list(c, hf_dp_property_tag_count, "PropertyTags");
}

/* MS-OXCROPS 2.2.8.8.2 and 2.2.8.9.2 */
void
rop_delete_properties_response(rop_ctx_t *c)
{
    property_problems(c, hf_dp_property_problem_count);
}

/* ---- RopQueryNamedProperties ---- */

/* MS-OXCROPS 2.2.8.10.1; PropertyGuid is present only if HasGuid is nonzero (MS-OXCPRPT 2.2.9.1). */
void
rop_query_named_properties_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_qnp_query_flags, ett_flags, qnp_flags, 1, QNP_NO_STRINGS | QNP_NO_IDS);
    if (rop_bool(c, hf_qnp_has_guid))
        rop_guid(c, hf_qnp_property_guid);
}

/* MS-OXCROPS 2.2.8.10.2: IdCount PropertyIds, then IdCount PropertyNames. */
void
rop_query_named_properties_response(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_qnp_id_count, 2);
    const guint16 *ids = property_ids(c, hf_qnp_property_id, count);

    if (!c->stopped)
        map_names(c, count, ids, property_names(c, count));
}

/* ---- RopCopyProperties, RopCopyTo (and RopCopyToStream, rops_stream.c) ---- */

/* MS-OXCROPS 2.2.8.11.1, 2.2.8.12.1, 2.2.9.9.1: LogonId, SourceHandleIndex,
 * DestHandleIndex; the response echoes SourceHandleIndex. */
void
rop_copy_request_header(rop_ctx_t *c)
{
    rop_uint(c, hf_oxcrops_logon_id, 1);
    c->save_index = c->offset;
    c->input_index = tvb_get_uint8(c->tvb, c->offset);
    rop_handle_index(c, hf_oxcrops_source_handle_index);
    rop_handle_index(c, hf_oxcrops_dest_handle_index);
}

/* SourceHandleIndex and ReturnValue; ReturnValue 0x503 (NullDestinationObject)
 * is followed by a 4-byte DestHandleIndex (MS-OXCROPS 2.2.8.11.3, 2.2.8.12.3,
 * 2.2.9.9.3). Returns ReturnValue. */
guint32
rop_copy_response_status(rop_ctx_t *c)
{
    rop_response_status(c, hf_oxcrops_source_handle_index);
    if (c->return_value == EC_NULL_DESTINATION_OBJECT)
        rop_uint(c, hf_oxcrops_dest_handle_index, 4);
    return c->return_value;
}

/* MS-OXCROPS 2.2.8.11.1 */
void
rop_copy_properties_request(rop_ctx_t *c)
{
    rop_copy_request_header(c);
    rop_bool(c, hf_cp_want_asynchronous);
    rop_bitmask(c, hf_cp_copy_flags, ett_flags, cp_copy_flags, 1, COPY_MOVE | COPY_NO_OVERWRITE);
    property_tag_list(c, hf_cp_property_tag_count, "PropertyTags");
}

/* MS-OXCROPS 2.2.8.11.2 (success), .3 (null destination), .4 (failure) */
void
rop_copy_properties_response(rop_ctx_t *c)
{
    if (rop_copy_response_status(c) == 0)
        property_problems(c, hf_cp_property_problem_count);
}

/* MS-OXCROPS 2.2.8.12.1 */
void
rop_copy_to_request(rop_ctx_t *c)
{
    rop_copy_request_header(c);
    rop_bool(c, hf_ct_want_asynchronous);
    rop_bool(c, hf_ct_want_sub_objects);
    rop_bitmask(c, hf_ct_copy_flags, ett_flags, ct_copy_flags, 1, COPY_MOVE | COPY_NO_OVERWRITE);
    property_tag_list(c, hf_ct_excluded_tag_count, "ExcludedTags");
}

/* MS-OXCROPS 2.2.8.12.2 (success), .3 (null destination), .4 (failure) */
void
rop_copy_to_response(rop_ctx_t *c)
{
    if (rop_copy_response_status(c) == 0)
        property_problems(c, hf_ct_property_problem_count);
}

/* ---- RopProgress ---- */

/* MS-OXCROPS 2.2.8.13.1 */
void
rop_progress_request(rop_ctx_t *c)
{
    rop_bool(c, hf_progress_want_cancel);
}

/* MS-OXCROPS 2.2.8.13.2: a LogonId follows ReturnValue (the MS-OXCPRPT 4.5
 * example shows it too). */
void
rop_progress_response(rop_ctx_t *c)
{
    rop_uint(c, hf_oxcrops_logon_id, 1);
    rop_uint(c, hf_progress_completed_task_count, 4);
    rop_uint(c, hf_progress_total_task_count, 4);
}

void
rops_property_register(void)
{
    static hf_register_info hf[] = {
        { &hf_oxcrops_source_handle_index,
          { "SourceHandleIndex", "oxcrops.source_handle_index", FT_UINT8, BASE_DEC, NULL, 0,
            "Index of the source object's handle in the ServerObjectHandleTable", HFILL } },
        { &hf_oxcrops_dest_handle_index,
          { "DestHandleIndex", "oxcrops.dest_handle_index", FT_UINT32, BASE_DEC, NULL, 0,
            "Index of the destination object's handle in the ServerObjectHandleTable "
            "(1 byte in requests, 4 bytes in NullDestinationObject failures)", HFILL } },

        { &hf_gpifn_flags,
          { "Flags", "oxcrops.get_property_ids_from_names.flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCPRPT 2.2.12.1", HFILL } },
        { &hf_gpifn_create,
          { "Create", "oxcrops.get_property_ids_from_names.flags.create", FT_BOOLEAN, 8, NULL, GPIFN_CREATE,
            "Register names that have no property ID yet", HFILL } },
        { &hf_gpifn_property_name_count,
          { "PropertyNameCount", "oxcrops.get_property_ids_from_names.property_name_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_gpifn_property_id_count,
          { "PropertyIdCount", "oxcrops.get_property_ids_from_names.property_id_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_gpifn_property_id,
          { "PropertyId", "oxcrops.get_property_ids_from_names.property_id", FT_UINT16, BASE_HEX, NULL, 0,
            "Property ID of the named property (0x0000: not mapped)", HFILL } },
        { &hf_gnfpi_property_id_count,
          { "PropertyIdCount", "oxcrops.get_names_from_property_ids.property_id_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_gnfpi_property_id,
          { "PropertyId", "oxcrops.get_names_from_property_ids.property_id", FT_UINT16, BASE_HEX, NULL, 0,
            NULL, HFILL } },
        { &hf_gnfpi_property_name_count,
          { "PropertyNameCount", "oxcrops.get_names_from_property_ids.property_name_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },

        { &hf_gps_property_size_limit,
          { "PropertySizeLimit", "oxcrops.get_properties_specific.property_size_limit", FT_UINT16, BASE_DEC,
            NULL, 0, "Largest value size returned; 0: the server's default", HFILL } },
        { &hf_gps_want_unicode,
          { "WantUnicode", "oxcrops.get_properties_specific.want_unicode", FT_UINT16, BASE_DEC, NULL, 0,
            "Nonzero: string properties of unspecified type come back as PtypString", HFILL } },
        { &hf_gps_property_tag_count,
          { "PropertyTagCount", "oxcrops.get_properties_specific.property_tag_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_gps_row_data,
          { "RowData", "oxcrops.get_properties_specific.row_data", FT_BYTES, BASE_NONE, NULL, 0,
            "PropertyRow whose tags are unknown", HFILL } },
        { &hf_gpa_property_size_limit,
          { "PropertySizeLimit", "oxcrops.get_properties_all.property_size_limit", FT_UINT16, BASE_DEC,
            NULL, 0, "Largest value size returned; 0: limited only by the ROP output buffer", HFILL } },
        { &hf_gpa_want_unicode,
          { "WantUnicode", "oxcrops.get_properties_all.want_unicode", FT_UINT16, BASE_DEC, NULL, 0,
            "Nonzero: string properties come back as PtypString", HFILL } },
        { &hf_gpa_property_value_count,
          { "PropertyValueCount", "oxcrops.get_properties_all.property_value_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_gpl_property_tag_count,
          { "PropertyTagCount", "oxcrops.get_properties_list.property_tag_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },

        { &hf_sp_property_value_size,
          { "PropertyValueSize", "oxcrops.set_properties.property_value_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Bytes of PropertyValueCount and PropertyValues (also RopSetPropertiesNoReplicate)", HFILL } },
        { &hf_sp_property_value_count,
          { "PropertyValueCount", "oxcrops.set_properties.property_value_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Also RopSetPropertiesNoReplicate", HFILL } },
        { &hf_sp_property_problem_count,
          { "PropertyProblemCount", "oxcrops.set_properties.property_problem_count", FT_UINT16, BASE_DEC,
            NULL, 0, "Also RopSetPropertiesNoReplicate", HFILL } },
        { &hf_dp_property_tag_count,
          { "PropertyTagCount", "oxcrops.delete_properties.property_tag_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Also RopDeletePropertiesNoReplicate", HFILL } },
        { &hf_dp_property_problem_count,
          { "PropertyProblemCount", "oxcrops.delete_properties.property_problem_count", FT_UINT16, BASE_DEC,
            NULL, 0, "Also RopDeletePropertiesNoReplicate", HFILL } },

        { &hf_qnp_query_flags,
          { "QueryFlags", "oxcrops.query_named_properties.query_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCPRPT 2.2.9.1", HFILL } },
        { &hf_qnp_no_strings,
          { "NoStrings", "oxcrops.query_named_properties.query_flags.no_strings", FT_BOOLEAN, 8, NULL,
            QNP_NO_STRINGS, "Leave out named properties identified by a name", HFILL } },
        { &hf_qnp_no_ids,
          { "NoIds", "oxcrops.query_named_properties.query_flags.no_ids", FT_BOOLEAN, 8, NULL,
            QNP_NO_IDS, "Leave out named properties identified by a LID", HFILL } },
        { &hf_qnp_has_guid,
          { "HasGuid", "oxcrops.query_named_properties.has_guid", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_qnp_property_guid,
          { "PropertyGuid", "oxcrops.query_named_properties.property_guid", FT_GUID, BASE_NONE, NULL, 0,
            "Property set the query is limited to", HFILL } },
        { &hf_qnp_id_count,
          { "IdCount", "oxcrops.query_named_properties.id_count", FT_UINT16, BASE_DEC, NULL, 0,
            "Number of PropertyIds and of PropertyNames", HFILL } },
        { &hf_qnp_property_id,
          { "PropertyId", "oxcrops.query_named_properties.property_id", FT_UINT16, BASE_HEX, NULL, 0,
            NULL, HFILL } },

        { &hf_cp_want_asynchronous,
          { "WantAsynchronous", "oxcrops.copy_properties.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_cp_copy_flags,
          { "CopyFlags", "oxcrops.copy_properties.copy_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCPRPT 2.2.10.1", HFILL } },
        { &hf_cp_move,
          { "Move", "oxcrops.copy_properties.copy_flags.move", FT_BOOLEAN, 8, NULL, COPY_MOVE,
            "Move the properties instead of copying them", HFILL } },
        { &hf_cp_no_overwrite,
          { "NoOverwrite", "oxcrops.copy_properties.copy_flags.no_overwrite", FT_BOOLEAN, 8, NULL,
            COPY_NO_OVERWRITE, "Keep values the destination already has", HFILL } },
        { &hf_cp_property_tag_count,
          { "PropertyTagCount", "oxcrops.copy_properties.property_tag_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_cp_property_problem_count,
          { "PropertyProblemCount", "oxcrops.copy_properties.property_problem_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_ct_want_asynchronous,
          { "WantAsynchronous", "oxcrops.copy_to.want_asynchronous", FT_BOOLEAN, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_ct_want_sub_objects,
          { "WantSubObjects", "oxcrops.copy_to.want_sub_objects", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Copy subobjects too", HFILL } },
        { &hf_ct_copy_flags,
          { "CopyFlags", "oxcrops.copy_to.copy_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXCPRPT 2.2.11.1", HFILL } },
        { &hf_ct_move,
          { "Move", "oxcrops.copy_to.copy_flags.move", FT_BOOLEAN, 8, NULL, COPY_MOVE,
            "Move the properties instead of copying them", HFILL } },
        { &hf_ct_no_overwrite,
          { "NoOverwrite", "oxcrops.copy_to.copy_flags.no_overwrite", FT_BOOLEAN, 8, NULL,
            COPY_NO_OVERWRITE, "Keep values the destination already has", HFILL } },
        { &hf_ct_excluded_tag_count,
          { "ExcludedTagCount", "oxcrops.copy_to.excluded_tag_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_ct_property_problem_count,
          { "PropertyProblemCount", "oxcrops.copy_to.property_problem_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },

        { &hf_progress_want_cancel,
          { "WantCancel", "oxcrops.progress.want_cancel", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Cancel the asynchronous operation", HFILL } },
        { &hf_progress_completed_task_count,
          { "CompletedTaskCount", "oxcrops.progress.completed_task_count", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_progress_total_task_count,
          { "TotalTaskCount", "oxcrops.progress.total_task_count", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
    };
    static gint *ett[] = { &ett_values, &ett_list, &ett_flags };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    propname_register();
}

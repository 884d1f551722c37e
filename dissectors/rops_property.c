/* rops_property.c: property ROPs (MS-OXCROPS 2.2.8, semantics in MS-OXCPRPT 2.2). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_gps_property_size_limit = -1;
static int hf_gps_want_unicode = -1;
static int hf_gps_property_tag_count = -1;
static int hf_gps_row_data = -1;
static int hf_sp_property_value_size = -1;
static int hf_sp_property_value_count = -1;
static int hf_sp_property_problem_count = -1;

static gint ett_values = -1;

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

/* MS-OXCROPS 2.2.8.6.1 */
void
rop_set_properties_request(rop_ctx_t *c)
{
    tagged_value_block(c, hf_sp_property_value_size, hf_sp_property_value_count);
}

/* MS-OXCROPS 2.2.8.6.2 */
void
rop_set_properties_response(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_sp_property_problem_count, 2), i;

    if (!oxcdata_count_ok(c, count, "PropertyProblemCount"))
        return;
    for (i = 0; i < count; i++)
        oxcdata_property_problem(c);
}

void
rops_property_register(void)
{
    static hf_register_info hf[] = {
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
        { &hf_sp_property_value_size,
          { "PropertyValueSize", "oxcrops.set_properties.property_value_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Bytes of PropertyValueCount and PropertyValues", HFILL } },
        { &hf_sp_property_value_count,
          { "PropertyValueCount", "oxcrops.set_properties.property_value_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_sp_property_problem_count,
          { "PropertyProblemCount", "oxcrops.set_properties.property_problem_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_values };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

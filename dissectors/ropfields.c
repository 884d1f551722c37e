/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ropfields.c: cursor helpers the ROP decoders are written with.
 *
 * Every helper reads at c->offset with tvb accessors (so a short buffer throws a
 * bounds exception that ropbuf.c turns into an expert item), adds the field to
 * the current ROP's subtree and advances the cursor. All multi-byte integers in
 * ROP buffers are little-endian (MS-OXCROPS 2.2.1).
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <wsutil/nstime.h>

#include "wscompat.h"
#include "oxcrops.h"
#include "state.h"
#include "rop_table.h"

static int hf_oxcrops_object_handle = -1;
static int hf_oxcrops_handle_origin_frame = -1;
static int hf_oxcrops_handle_origin_rop = -1;
static int hf_oxcrops_object_kind = -1;
static int hf_oxcrops_replica_id = -1;
static int hf_oxcrops_global_counter = -1;
static gint ett_oxcrops_id = -1;
static gint ett_oxcrops_id_list = -1;

guint32
rop_uint(rop_ctx_t *c, int hf, int len)
{
    guint32 v;

    proto_tree_add_item_ret_uint(c->tree, hf, c->tvb, c->offset, len, ENC_LITTLE_ENDIAN, &v);
    c->offset += len;
    return v;
}

guint64
rop_uint64(rop_ctx_t *c, int hf)
{
    guint64 v;

    proto_tree_add_item_ret_uint64(c->tree, hf, c->tvb, c->offset, 8, ENC_LITTLE_ENDIAN, &v);
    c->offset += 8;
    return v;
}

gboolean
rop_bool(rop_ctx_t *c, int hf)
{
    guint8 v = tvb_get_uint8(c->tvb, c->offset);

    proto_tree_add_item(c->tree, hf, c->tvb, c->offset, 1, ENC_NA);
    c->offset += 1;
    return v != 0;
}

/* A flag field; bits outside `defined` get an expert warning. */
guint64
rop_bitmask(rop_ctx_t *c, int hf, gint ett, int *const *bits, int len, guint64 defined)
{
    guint64 v;
    proto_item *ti;

    ti = proto_tree_add_bitmask_ret_uint64(c->tree, c->tvb, c->offset, hf, ett, bits, ENC_LITTLE_ENDIAN, &v);
    if (v & ~defined)
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_undefined_bits,
                               "Undefined bits set: 0x%" PRIx64, v & ~defined);
    c->offset += len;
    return v;
}

/* An enumeration of len bytes; a value vals does not list gets an expert
 * warning, naming the document that lists them (spec) if given. */
guint32
rop_enum(rop_ctx_t *c, int hf, int len, const value_string *vals, const char *what, const char *spec)
{
    guint32 v;
    proto_item *ti = proto_tree_add_item_ret_uint(c->tree, hf, c->tvb, c->offset, len, ENC_LITTLE_ENDIAN, &v);

    if (!try_val_to_str(v, vals)) {
        if (spec)
            expert_add_info_format(c->pinfo, ti, &ei_oxcrops_bad_value,
                                   "%s 0x%x is not a value %s defines", what, v, spec);
        else
            expert_add_info_format(c->pinfo, ti, &ei_oxcrops_bad_value,
                                   "%s 0x%0*x is not defined", what, 2 * len, v);
    }
    c->offset += len;
    return v;
}

/* A Reserved field that MUST be zero. */
void
rop_reserved_zero(rop_ctx_t *c, int hf, int len)
{
    if (rop_uint(c, hf, len) != 0)
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_oxcrops_bad_value, c->tvb, c->offset - len, len,
                                     "Reserved MUST be zero");
}

void
rop_bytes(rop_ctx_t *c, int hf, int len)
{
    proto_tree_add_item(c->tree, hf, c->tvb, c->offset, len, ENC_NA);
    c->offset += len;
}

/* A count of count_len bytes followed by that many bytes; returns the count. */
guint32
rop_counted_bytes(rop_ctx_t *c, int hf_count, int count_len, int hf_bytes)
{
    guint32 n = rop_uint(c, hf_count, count_len);

    tvb_ensure_bytes_exist(c->tvb, c->offset, n);
    if (n > 0)      /* an empty byte field would read "<MISSING>" */
        rop_bytes(c, hf_bytes, n);
    return n;
}

/* A null-terminated string: 8-bit, or UTF-16LE when unicode. */
const char *
rop_stringz(rop_ctx_t *c, int hf, gboolean unicode)
{
    guint len = unicode ? tvb_unicode_strsize(c->tvb, c->offset) : tvb_strsize(c->tvb, c->offset);
    const guint8 *s;

    proto_tree_add_item_ret_string(c->tree, hf, c->tvb, c->offset, len,
                                   unicode ? ENC_UTF_16|ENC_LITTLE_ENDIAN : ENC_ASCII|ENC_NA,
                                   c->pinfo->pool, &s);
    c->offset += len;
    return (const char *)s;
}

/* rop_stringz for a string the caller does not read back: without a tree it
 * is not decoded at all (proto_tree_add_item only checks its bounds). */
void
rop_stringz_item(rop_ctx_t *c, int hf, gboolean unicode)
{
    guint len = unicode ? tvb_unicode_strsize(c->tvb, c->offset) : tvb_strsize(c->tvb, c->offset);

    proto_tree_add_item(c->tree, hf, c->tvb, c->offset, len, unicode ? ENC_UTF_16|ENC_LITTLE_ENDIAN : ENC_ASCII|ENC_NA);
    c->offset += len;
}

/* What an object is and where its handle came from, as generated items under t. */
void
rop_show_object(rop_ctx_t *c, proto_tree *t, proto_item *ti, const oxc_lookup_t *l)
{
    proto_item *gi;

    gi = proto_tree_add_uint(t, hf_oxcrops_object_kind, c->tvb, c->offset, 1, l->obj->kind);
    proto_item_set_generated(gi);
    gi = proto_tree_add_uint(t, hf_oxcrops_handle_origin_rop, c->tvb, c->offset, 1, l->obj->rop_id);
    proto_item_set_generated(gi);
    gi = proto_tree_add_uint(t, hf_oxcrops_handle_origin_frame, c->tvb, c->offset, 1, l->obj->frame);
    proto_item_set_generated(gi);
    proto_item_append_text(ti, ", %s", state_object_kind_name(l->obj->kind));
}

/* Where a request's input object came from: the ROP and frame that returned
 * its handle (state.c), or an expert item when the slot holds no object. */
static void
show_handle_origin(rop_ctx_t *c, proto_tree *t, proto_item *ti, guint32 handle)
{
    const oxc_lookup_t *l;

    if (handle == 0xFFFFFFFF) {
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_handle_index,
                               "InputHandleIndex points at 0xFFFFFFFF (no object) where the ROP needs one");
        return;
    }
    l = state_lookup_handle(c, handle);
    if (l)
        rop_show_object(c, t, ti, l);
}

/* Appends " (handle 0x%08x)" to a handle index item. For the usual field (an
 * FT_UINT8 shown in decimal) the whole label is written by hand in one go:
 * proto_item_append_text would first format the label with
 * proto_item_fill_label and then printf the suffix, the dearest part of a
 * ROP in a full tree (tshark -T fields, -V). The text is the same. */
static void
append_handle(proto_item *ti, int hf, guint8 idx, guint32 handle)
{
    static const char hex[] = "0123456789abcdef";
    header_field_info *hfi;
    size_t n;
    char buf[96], *p;
    int i;

    if (!oxc_item_label_shown(ti))
        return;     /* no label to write (proto_item_append_text would do nothing either) */
    hfi = proto_registrar_get_nth(hf);
    n = strlen(hfi->name);
    if (hfi->type != FT_UINT8 || FIELD_DISPLAY(hfi->display) != BASE_DEC || hfi->strings || hfi->bitmask
        || n > 48) {
        proto_item_append_text(ti, " (handle 0x%08x)", handle);
        return;
    }
    memcpy(buf, hfi->name, n);
    p = buf + n;
    *p++ = ':';
    *p++ = ' ';
    if (idx >= 100)
        *p++ = '0' + idx / 100;
    if (idx >= 10)
        *p++ = '0' + idx / 10 % 10;
    *p++ = '0' + idx % 10;
    memcpy(p, " (handle 0x", 11);
    p += 11;
    for (i = 7; i >= 0; i--)
        *p++ = hex[(handle >> (4 * i)) & 0xF];
    *p++ = ')';
    *p = '\0';
    proto_item_set_text(ti, "%s", buf);
}

/* Whether an earlier ROP of this request buffer outputs to slot idx. */
static gboolean
output_slot(rop_ctx_t *c, guint8 idx)
{
    return c->callinfo && (c->callinfo->outputs[idx / 8] & (1 << (idx % 8)));
}

/* A handle index, with the handle it selects from the ServerObjectHandleTable. */
void
rop_handle_index(rop_ctx_t *c, int hf)
{
    guint8 idx = tvb_get_uint8(c->tvb, c->offset);
    proto_item *ti = proto_tree_add_item(c->tree, hf, c->tvb, c->offset, 1, ENC_NA);

    if (idx < c->handle_count) {
        proto_tree *t = proto_item_add_subtree(ti, ett_oxcrops_id);
        proto_item *hi = proto_tree_add_uint(t, hf_oxcrops_object_handle, c->tvb, c->offset, 1, c->handles[idx]);
        proto_item_set_generated(hi);
        append_handle(ti, hf, idx, c->handles[idx]);
        if (c->dir == ROP_REQUEST && hf == hf_oxcrops_input_handle_index && !output_slot(c, idx))
            show_handle_origin(c, t, ti, c->handles[idx]);
    } else {
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_handle_index,
                               "Handle index %u is beyond the %u-entry ServerObjectHandleTable",
                               idx, c->handle_count);
    }
    if (c->dir == ROP_REQUEST && hf == hf_oxcrops_output_handle_index && c->callinfo)
        c->callinfo->outputs[idx / 8] |= 1 << (idx % 8);
    c->offset += 1;
}

/* A Folder ID or Message ID (MS-OXCDATA 2.2.1.1, 2.2.1.2): ReplicaId (2 bytes,
 * little-endian) then GlobalCounter (6 bytes, big-endian). */
proto_item *
rop_fid_mid(rop_ctx_t *c, int hf)
{
    guint16 replid = tvb_get_letohs(c->tvb, c->offset);
    guint64 globcnt = tvb_get_ntoh48(c->tvb, c->offset + 2);
    proto_item *ti = proto_tree_add_item(c->tree, hf, c->tvb, c->offset, 8, ENC_LITTLE_ENDIAN);
    proto_tree *t = proto_item_add_subtree(ti, ett_oxcrops_id);

    proto_item_append_text(ti, " (%u-0x%" PRIx64 ")", replid, globcnt);
    proto_tree_add_item(t, hf_oxcrops_replica_id, c->tvb, c->offset, 2, ENC_LITTLE_ENDIAN);
    proto_tree_add_item(t, hf_oxcrops_global_counter, c->tvb, c->offset + 2, 6, ENC_BIG_ENDIAN);
    c->offset += 8;
    return ti;
}

/* A 2-byte count then that many FIDs or MIDs (hf_id), in a subtree. */
void
rop_id_list(rop_ctx_t *c, int hf_count, int hf_id, const char *label)
{
    guint32 n = rop_uint(c, hf_count, 2), i;
    proto_tree *saved = c->tree;

    tvb_ensure_bytes_exist(c->tvb, c->offset, 8 * n);   /* bounds the loop by the buffer */
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 8 * n, ett_oxcrops_id_list, NULL,
                                            "%s (%u)", label, n);
    for (i = 0; i < n; i++)
        rop_fid_mid(c, hf_id);
    c->tree = saved;
}

void
rop_guid(rop_ctx_t *c, int hf)
{
    proto_tree_add_item(c->tree, hf, c->tvb, c->offset, 16, ENC_LITTLE_ENDIAN);
    c->offset += 16;
}

/* A FILETIME (PtypTime, MS-OXCDATA 2.11.1): 100 ns units since 1601-01-01. */
void
rop_filetime(rop_ctx_t *c, int hf)
{
    nstime_t t;
    guint64 ft = tvb_get_letoh64(c->tvb, c->offset);

    if (!filetime_to_nstime(&t, ft))
        nstime_set_zero(&t);
    proto_tree_add_time(c->tree, hf, c->tvb, c->offset, 8, &t);
    c->offset += 8;
}

/* The rest of the RopsList as bytes, for a ROP whose layout depends on state
 * this capture does not hold: a note says why, and the walk stops (design 4:
 * show the bytes, never guess). */
void
rop_rest_without_context(rop_ctx_t *c, int hf, const char *why)
{
    proto_item *ti = proto_tree_add_item(c->tree, hf, c->tvb, c->offset, -1, ENC_NA);

    expert_add_info_format(c->pinfo, ti, &ei_oxcrops_no_context,
                           "%s: shown as bytes; the rest of the RopsList is not decoded", why);
    c->offset = tvb_reported_length(c->tvb);
    c->stopped = TRUE;
}

void
ropfields_register(void)
{
    static hf_register_info hf[] = {
        { &hf_oxcrops_object_handle,
          { "Object handle", "oxcrops.object_handle", FT_UINT32, BASE_HEX, NULL, 0,
            "Server object handle the index selects in the ServerObjectHandleTable", HFILL } },
        { &hf_oxcrops_handle_origin_frame,
          { "Handle returned in frame", "oxcrops.handle_origin_frame", FT_FRAMENUM, BASE_NONE, NULL, 0,
            "Frame of the response that returned the object's handle", HFILL } },
        { &hf_oxcrops_handle_origin_rop,
          { "Handle returned by", "oxcrops.handle_origin_rop", FT_UINT8, BASE_HEX|BASE_EXT_STRING,
            &oxcrops_rop_id_vals_ext, 0, "ROP that created the object", HFILL } },
        { &hf_oxcrops_object_kind,
          { "Object", "oxcrops.object_kind", FT_UINT8, BASE_DEC, VALS(oxc_object_kind_vals), 0,
            "Kind of server object the handle stands for", HFILL } },
        { &hf_oxcrops_replica_id,
          { "ReplicaId", "oxcrops.replica_id", FT_UINT16, BASE_DEC, NULL, 0,
            "Replica ID of a Folder ID or Message ID (MS-OXCDATA 2.2.1.1)", HFILL } },
        { &hf_oxcrops_global_counter,
          { "GlobalCounter", "oxcrops.global_counter", FT_UINT48, BASE_HEX, NULL, 0,
            "Global counter of a Folder ID or Message ID (MS-OXCDATA 2.2.1.1)", HFILL } },
    };
    static gint *ett[] = { &ett_oxcrops_id, &ett_oxcrops_id_list };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

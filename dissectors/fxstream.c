/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fxstream.c: the FastTransfer stream (MS-OXCFXICS 2.2.4), as carried by
 * RopFastTransferDestinationPutBuffer's TransferData and
 * RopFastTransferSourceGetBuffer's TransferBuffer.
 *
 * The stream is a sequence of atoms (MS-OXCFXICS 2.2.4.1.1, lexical structure):
 *   marker        = a 4-byte PropertyTag from the markers table (2.2.4.1.4), no value
 *   propValue     = propType propInfo value, where
 *     propInfo    = PropertyId < 0x8000, or PropertyId >= 0x8000 followed by
 *                   namedPropInfo = PropertySet (GUID) then 0x00 Dispid (4 bytes)
 *                   or 0x01 Name (null-terminated UTF-16LE)
 *     fixed types = the value only (PtypBoolean is 2 bytes here, 2.2.4.1.3)
 *     var types   = length (4 bytes) then that many bytes (strings keep their
 *                   terminator); code page string types 0x8000 + code page (2.2.4.1.1.1)
 *     mv types    = count (4 bytes) then the values, each var-size one with its
 *                   own 4-byte length
 * The grammar above the atoms (folders, messages, ICS state...) is not walked:
 * the atoms are shown in order, which is what the syntactic elements are made of.
 *
 * A stream is cut into buffers anywhere inside a value (2.2.4.1: "split"). Without
 * the previous buffer (cross-frame state) a buffer is decoded from its first byte
 * as the start of an atom; an atom that runs past the end of the buffer is shown
 * as far as it goes and marked as continued in the next buffer (a note, not an
 * error).
 */
#include <epan/packet.h>
#include <epan/expert.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "proptags.h"
#include "errcodes.h"
#include "rops.h"

static int hf_fx_stream = -1;
static int hf_fx_marker = -1;
static int hf_fx_property_set = -1;
static int hf_fx_kind = -1;
static int hf_fx_dispid = -1;
static int hf_fx_name = -1;
static int hf_fx_length = -1;
static int hf_fx_value_count = -1;
static int hf_fx_code_page = -1;
static int hf_fx_int16 = -1;
static int hf_fx_int32 = -1;
static int hf_fx_float = -1;
static int hf_fx_double = -1;
static int hf_fx_currency = -1;
static int hf_fx_floating_time = -1;
static int hf_fx_error_code = -1;
static int hf_fx_boolean = -1;
static int hf_fx_int64 = -1;
static int hf_fx_time = -1;
static int hf_fx_guid = -1;
static int hf_fx_string = -1;
static int hf_fx_binary = -1;
static int hf_fx_partial = -1;
static int hf_fx_undecoded = -1;

static gint ett_fx_stream = -1;
static gint ett_fx_value = -1;

static expert_field ei_fx_continued = EI_INIT;

/* MS-OXCFXICS 2.2.4.1.4: markers. */
#define FX_INCR_SYNC_PROGRESS_MODE 0x4074000B
#define FX_INCR_SYNC_GROUP_INFO    0x407B0102
static const value_string fx_marker_vals[] = {
    { 0x40000003, "NewAttach" },
    { 0x40010003, "StartEmbed" },
    { 0x40020003, "EndEmbed" },
    { 0x40030003, "StartRecip" },
    { 0x40040003, "EndToRecip" },
    { 0x40090003, "StartTopFld" },
    { 0x400A0003, "StartSubFld" },
    { 0x400B0003, "EndFolder" },
    { 0x400C0003, "StartMessage" },
    { 0x400D0003, "EndMessage" },
    { 0x400E0003, "EndAttach" },
    { 0x40100003, "StartFAIMsg" },
    { 0x40120003, "IncrSyncChg" },
    { 0x40130003, "IncrSyncDel" },
    { 0x40140003, "IncrSyncEnd" },
    { 0x40150003, "IncrSyncMessage" },
    { 0x40180003, "FXErrorInfo" },
    { 0x402F0003, "IncrSyncRead" },
    { 0x403A0003, "IncrSyncStateBegin" },
    { 0x403B0003, "IncrSyncStateEnd" },
    { FX_INCR_SYNC_PROGRESS_MODE, "IncrSyncProgressMode" },
    { 0x4075000B, "IncrSyncProgressPerMsg" },
    { FX_INCR_SYNC_GROUP_INFO, "IncrSyncGroupInfo" },
    { 0x407D0003, "IncrSyncChgPartial" },
    { 0, NULL }
};

/* MS-OXCFXICS 2.2.4.1.5 meta-properties, and the properties only the
 * FastTransfer stream carries (2.2.1.1, 2.2.1.3), by full tag. */
#define FX_META_TAG_IDSET_GIVEN 0x40170003
#define FX_ANONYMOUS_BINARY     0x00000102
static const value_string fx_property_vals[] = {
    { FX_ANONYMOUS_BINARY, "ProgressInformation or PropertyGroupInfo" },
    { 0x4008001E, "MetaTagDnPrefix" },
    { 0x400F0003, "MetaTagEcWarning" },
    { 0x40110102, "MetaTagNewFXFolder" },
    { 0x40160003, "MetaTagFXDelProp" },
    { FX_META_TAG_IDSET_GIVEN, "MetaTagIdsetGiven" },
    { 0x40210102, "PidTagIdsetNoLongerInScope" },
    { 0x402D0102, "PidTagIdsetRead" },
    { 0x402E0102, "PidTagIdsetUnread" },
    { 0x407A0003, "MetaTagIncrementalSyncMessagePartial" },
    { 0x407C0003, "MetaTagIncrSyncGroupId" },
    { 0x67930102, "PidTagIdsetExpired" },
    { 0x67960102, "PidTagCnsetSeen" },
    { 0x67D20102, "PidTagCnsetRead" },
    { 0x67DA0102, "PidTagCnsetSeenFAI" },
    { 0x67E50102, "PidTagIdsetDeleted" },
    { 0, NULL }
};

/* MS-OXCFXICS 2.2.4.1.1: namedPropInfo kinds */
static const value_string fx_kind_vals[] = {
    { 0x00, "Dispid" },
    { 0x01, "Name" },
    { 0, NULL }
};

typedef enum { FX_BAD, FX_FIXED, FX_VAR, FX_MV } fx_class_t;

/* Size of a fixedSizeValue (MS-OXCFXICS 2.2.4.1.3), 0 for other types. */
static int
fx_fixed_size(guint16 type)
{
    switch (type) {
    case PTYP_INTEGER16:
    case PTYP_BOOLEAN:          /* 2 bytes in a FastTransfer stream */
        return 2;
    case PTYP_INTEGER32:
    case PTYP_FLOATING32:
    case PTYP_ERROR_CODE:
        return 4;
    case PTYP_FLOATING64:
    case PTYP_CURRENCY:
    case PTYP_FLOATING_TIME:
    case PTYP_INTEGER64:
    case PTYP_TIME:
        return 8;
    case PTYP_GUID:
        return 16;
    default:
        return 0;
    }
}

static gboolean
fx_var_type(guint16 type)
{
    return type == PTYP_STRING || type == PTYP_STRING8 || type == PTYP_BINARY ||
           type == PTYP_SERVER_ID || type == PTYP_OBJECT || (type & 0x8000) != 0;
}

/* MS-OXCFXICS 2.2.4.1.1: fixedPropType, varPropType (with the code page types)
 * and mvPropType. MetaTagIdsetGiven is tagged PtypInteger32 but its value is
 * serialized as a PtypBinary (MS-OXCFXICS 2.2.1.1.1). */
static fx_class_t
fx_class(guint32 tag)
{
    guint16 type = tag & 0xFFFF, base = type & ~PTYP_MV_FLAG;

    if (tag == FX_META_TAG_IDSET_GIVEN || fx_var_type(type))
        return FX_VAR;
    if (fx_fixed_size(type))
        return FX_FIXED;
    if ((type & PTYP_MV_FLAG) && !(type & 0x8000) &&
        ((fx_fixed_size(base) && base != PTYP_BOOLEAN && base != PTYP_ERROR_CODE) ||
         base == PTYP_STRING || base == PTYP_STRING8 || base == PTYP_BINARY))
        return FX_MV;
    return FX_BAD;
}

static const char *
fx_atom_name(packet_info *pinfo, guint32 tag, guint32 prev_marker)
{
    const char *name = try_val_to_str(tag, fx_property_vals);

    if (tag == FX_ANONYMOUS_BINARY && prev_marker == FX_INCR_SYNC_PROGRESS_MODE)
        return "ProgressInformation";
    if (tag == FX_ANONYMOUS_BINARY && prev_marker == FX_INCR_SYNC_GROUP_INFO)
        return "PropertyGroupInfo";
    if (!name)
        name = try_val_to_str_ext(tag >> 16, &oxcdata_prop_id_vals_ext);
    return name ? name : wmem_strdup_printf(pinfo->pool, "0x%08x", tag);
}

static int
fx_avail(const rop_ctx_t *s)
{
    return tvb_reported_length_remaining(s->tvb, s->offset);
}

/* An atom that runs past the end of the buffer: a note on the item showing its
 * start; need < 0 when its size is unknown. The walk ends there. */
static void
fx_note_continued(rop_ctx_t *s, proto_item *ti, int have, int need, const char *what)
{
    if (need >= 0)
        expert_add_info_format(s->pinfo, ti, &ei_fx_continued,
                               "%s: %d of %d bytes in this buffer, continued in the next buffer", what, have, need);
    else
        expert_add_info_format(s->pinfo, ti, &ei_fx_continued,
                               "%s: %d bytes in this buffer, continued in the next buffer", what, have);
    s->stopped = TRUE;
}

/* The rest of the buffer holds the start of `what`: shown as bytes, noted. */
static void
fx_continued(rop_ctx_t *s, int need, const char *what)
{
    int avail = fx_avail(s);
    proto_item *ti = proto_tree_add_item(s->tree, hf_fx_partial, s->tvb, s->offset, avail, ENC_NA);

    s->offset += avail;
    fx_note_continued(s, ti, avail, need, what);
}

/* namedPropInfo (MS-OXCFXICS 2.2.4.1.1); FALSE when the walk cannot go on. */
static gboolean
fx_named_prop_info(rop_ctx_t *s)
{
    guint32 kind;
    int i, avail;

    if (fx_avail(s) < 17) {
        fx_continued(s, 17, "namedPropInfo");
        return FALSE;
    }
    rop_guid(s, hf_fx_property_set);
    kind = rop_uint(s, hf_fx_kind, 1);
    if (kind == 0x00) {
        if (fx_avail(s) < 4) {
            fx_continued(s, 4, "Dispid");
            return FALSE;
        }
        rop_uint(s, hf_fx_dispid, 4);
        return TRUE;
    }
    if (kind != 0x01) {
        proto_tree_add_expert_format(s->tree, s->pinfo, &ei_oxcrops_bad_value, s->tvb, s->offset - 1, 1,
                                     "namedPropInfo kind 0x%02x is neither 0x00 (Dispid) nor 0x01 (Name)", kind);
        s->stopped = TRUE;
        return FALSE;
    }
    avail = fx_avail(s);
    for (i = 0; i + 1 < avail; i += 2) {
        if (tvb_get_letohs(s->tvb, s->offset + i) == 0) {
            proto_tree_add_item(s->tree, hf_fx_name, s->tvb, s->offset, i + 2, ENC_UTF_16|ENC_LITTLE_ENDIAN);
            s->offset += i + 2;
            return TRUE;
        }
    }
    fx_continued(s, -1, "Name");
    return FALSE;
}

static void
fx_fixed_value(rop_ctx_t *s, guint16 type, proto_item *label)
{
    int size = fx_fixed_size(type);
    int hf = -1;

    if (fx_avail(s) < size) {
        fx_continued(s, size, "fixedSizeValue");
        return;
    }
    switch (type) {
    case PTYP_INTEGER16:
        proto_item_append_text(label, ": %d", (gint16)tvb_get_letohs(s->tvb, s->offset));
        hf = hf_fx_int16;
        break;
    case PTYP_INTEGER32:
        proto_item_append_text(label, ": %d", (gint32)tvb_get_letohl(s->tvb, s->offset));
        hf = hf_fx_int32;
        break;
    case PTYP_FLOATING32:       hf = hf_fx_float; break;
    case PTYP_FLOATING64:       hf = hf_fx_double; break;
    case PTYP_CURRENCY:         hf = hf_fx_currency; break;
    case PTYP_FLOATING_TIME:    hf = hf_fx_floating_time; break;
    case PTYP_ERROR_CODE:       hf = hf_fx_error_code; break;
    case PTYP_BOOLEAN:
        proto_item_append_text(label, ": %s", tvb_get_letohs(s->tvb, s->offset) ? "True" : "False");
        hf = hf_fx_boolean;
        break;
    case PTYP_INTEGER64:
        proto_item_append_text(label, ": %" PRId64, (gint64)tvb_get_letoh64(s->tvb, s->offset));
        hf = hf_fx_int64;
        break;
    case PTYP_TIME:
        rop_filetime(s, hf_fx_time);
        return;
    case PTYP_GUID:
        rop_guid(s, hf_fx_guid);
        return;
    }
    proto_tree_add_item(s->tree, hf, s->tvb, s->offset, size, ENC_LITTLE_ENDIAN);
    s->offset += size;
}

/* The bytes of a varSizeValue (all of them, or the part in this buffer). */
static proto_item *
fx_var_bytes(rop_ctx_t *s, guint16 type, int len, proto_item *label)
{
    guint enc = 0;
    const guint8 *str;
    proto_item *ti;

    if (type & 0x8000) {        /* PtypCodePage*: the code page is type - 0x8000 */
        guint16 cp = type & 0x7FFF;
        ti = proto_tree_add_uint(s->tree, hf_fx_code_page, s->tvb, s->offset, 0, cp);
        proto_item_set_generated(ti);
        enc = cp == 1200 ? ENC_UTF_16|ENC_LITTLE_ENDIAN : cp == 1201 ? ENC_UTF_16|ENC_BIG_ENDIAN :
              cp == 1252 ? ENC_WINDOWS_1252 : ENC_ASCII;
    } else if (type == PTYP_STRING) {
        enc = ENC_UTF_16|ENC_LITTLE_ENDIAN;
    } else if (type == PTYP_STRING8) {
        enc = ENC_ASCII;
    }
    if (enc) {
        ti = proto_tree_add_item_ret_string(s->tree, hf_fx_string, s->tvb, s->offset, len, enc,
                                            s->pinfo->pool, &str);
        if (label)
            proto_item_append_text(label, ": \"%s\"", str);
    } else {
        ti = proto_tree_add_item(s->tree, hf_fx_binary, s->tvb, s->offset, len, ENC_NA);
    }
    s->offset += len;
    return ti;
}

/* length (4 bytes) then varSizeValue. */
static void
fx_var_value(rop_ctx_t *s, guint16 type, proto_item *label)
{
    guint32 len;
    int avail;

    if (fx_avail(s) < 4) {
        fx_continued(s, 4, "length");
        return;
    }
    len = rop_uint(s, hf_fx_length, 4);
    avail = fx_avail(s);
    if (len > (guint32)avail) {
        proto_item *ti = fx_var_bytes(s, type, avail, NULL);
        fx_note_continued(s, ti, avail, len > G_MAXINT ? -1 : (int)len, "varSizeValue");
        return;
    }
    fx_var_bytes(s, type, (int)len, label);
}

/* count (4 bytes), then the values. Each value consumes bytes or ends the walk,
 * so the loop is bounded by the buffer whatever the count says. */
static void
fx_mv_value(rop_ctx_t *s, guint16 base)
{
    guint32 n, i;

    if (fx_avail(s) < 4) {
        fx_continued(s, 4, "value count");
        return;
    }
    n = rop_uint(s, hf_fx_value_count, 4);
    for (i = 0; i < n && !s->stopped; i++) {
        if (fx_fixed_size(base))
            fx_fixed_value(s, base, NULL);
        else
            fx_var_value(s, base, NULL);
    }
}

/* One propValue, its tag at s->offset. */
static void
fx_prop_value(rop_ctx_t *s, guint32 tag, guint32 prev_marker)
{
    int start = s->offset;
    proto_item *label;
    proto_tree *saved = s->tree;
    guint16 type = tag & 0xFFFF;

    s->tree = proto_tree_add_subtree(saved, s->tvb, s->offset, -1, ett_fx_value, &label,
                                     fx_atom_name(s->pinfo, tag, prev_marker));
    oxcdata_property_tag(s);
    if ((tag >> 16) < 0x8000 || fx_named_prop_info(s)) {
        switch (fx_class(tag)) {
        case FX_FIXED:
            fx_fixed_value(s, type, label);
            break;
        case FX_VAR:
            fx_var_value(s, tag == FX_META_TAG_IDSET_GIVEN ? PTYP_BINARY : type, label);
            break;
        case FX_MV:
            fx_mv_value(s, type & ~PTYP_MV_FLAG);
            break;
        case FX_BAD:
            proto_tree_add_expert_format(s->tree, s->pinfo, &ei_oxcrops_not_decoded, s->tvb, start, 4,
                                         "Property type 0x%04x has no FastTransfer serialization "
                                         "(MS-OXCFXICS 2.2.4.1.1): the rest of the stream is not decoded", type);
            s->stopped = TRUE;
            break;
        }
    }
    proto_item_set_len(label, s->offset - start);
    s->tree = saved;
}

/* MS-OXCFXICS 2.2.4: the FastTransfer stream of `len` bytes at c->offset. */
void
oxcdata_fast_transfer_stream(rop_ctx_t *c, int len)
{
    rop_ctx_t s = *c;
    proto_item *ti;
    guint32 prev_marker = 0;
    guint atoms = 0;

    tvb_ensure_bytes_exist(c->tvb, c->offset, len);
    ti = proto_tree_add_item(c->tree, hf_fx_stream, c->tvb, c->offset, len, ENC_NA);
    s.tvb = tvb_new_subset_length(c->tvb, c->offset, len);
    s.offset = 0;
    s.tree = proto_item_add_subtree(ti, ett_fx_stream);
    s.stopped = FALSE;
    while (s.offset < len && !s.stopped) {
        guint32 tag;

        if (fx_avail(&s) < 4) {
            fx_continued(&s, 4, "PropertyTag");
            break;
        }
        tag = tvb_get_letohl(s.tvb, s.offset);
        if (try_val_to_str(tag, fx_marker_vals)) {
            proto_tree_add_item(s.tree, hf_fx_marker, s.tvb, s.offset, 4, ENC_LITTLE_ENDIAN);
            s.offset += 4;
            prev_marker = tag;
        } else {
            fx_prop_value(&s, tag, prev_marker);
            prev_marker = 0;
        }
        atoms++;
    }
    if (s.offset < len)
        proto_tree_add_item(s.tree, hf_fx_undecoded, s.tvb, s.offset, -1, ENC_NA);
    proto_item_append_text(ti, " (%d bytes, %u atoms)", len, atoms);
    c->offset += len;
}

void
fxstream_register(void)
{
    static hf_register_info hf[] = {
        { &hf_fx_stream,
          { "FastTransfer stream", "oxcrops.fx_stream", FT_BYTES, BASE_NONE|BASE_NO_DISPLAY_VALUE, NULL, 0,
            "MS-OXCFXICS 2.2.4", HFILL } },
        { &hf_fx_marker,
          { "Marker", "oxcrops.fx_stream.marker", FT_UINT32, BASE_HEX, VALS(fx_marker_vals), 0,
            "Syntactic marker (MS-OXCFXICS 2.2.4.1.4)", HFILL } },
        { &hf_fx_property_set,
          { "PropertySet", "oxcrops.fx_stream.property_set", FT_GUID, BASE_NONE, NULL, 0,
            "Property set of a named property (namedPropInfo)", HFILL } },
        { &hf_fx_kind,
          { "Kind", "oxcrops.fx_stream.kind", FT_UINT8, BASE_HEX, VALS(fx_kind_vals), 0,
            "namedPropInfo: Dispid (0x00) or Name (0x01)", HFILL } },
        { &hf_fx_dispid,
          { "Dispid", "oxcrops.fx_stream.dispid", FT_UINT32, BASE_HEX, NULL, 0,
            "Numeric name (LID) of a named property", HFILL } },
        { &hf_fx_name,
          { "Name", "oxcrops.fx_stream.name", FT_STRING, BASE_NONE, NULL, 0,
            "String name of a named property", HFILL } },
        { &hf_fx_length,
          { "Length", "oxcrops.fx_stream.length", FT_UINT32, BASE_DEC, NULL, 0,
            "Size in bytes of a varSizeValue", HFILL } },
        { &hf_fx_value_count,
          { "Count", "oxcrops.fx_stream.value_count", FT_UINT32, BASE_DEC, NULL, 0,
            "Number of values of a multi-valued property", HFILL } },
        { &hf_fx_code_page,
          { "Code page", "oxcrops.fx_stream.code_page", FT_UINT16, BASE_DEC, NULL, 0,
            "Code page of a PtypCodePage string type (property type - 0x8000)", HFILL } },
        { &hf_fx_int16,
          { "PtypInteger16", "oxcrops.fx_stream.value.int16", FT_INT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_fx_int32,
          { "PtypInteger32", "oxcrops.fx_stream.value.int32", FT_INT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_fx_float,
          { "PtypFloating32", "oxcrops.fx_stream.value.float", FT_FLOAT, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_fx_double,
          { "PtypFloating64", "oxcrops.fx_stream.value.double", FT_DOUBLE, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_fx_currency,
          { "PtypCurrency", "oxcrops.fx_stream.value.currency", FT_INT64, BASE_DEC, NULL, 0,
            "Currency in units of 1/10000", HFILL } },
        { &hf_fx_floating_time,
          { "PtypFloatingTime", "oxcrops.fx_stream.value.floating_time", FT_DOUBLE, BASE_NONE, NULL, 0,
            "Days since 1899-12-30", HFILL } },
        { &hf_fx_error_code,
          { "PtypErrorCode", "oxcrops.fx_stream.value.error_code", FT_UINT32, BASE_HEX|BASE_EXT_STRING,
            &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
        { &hf_fx_boolean,
          { "PtypBoolean", "oxcrops.fx_stream.value.boolean", FT_BOOLEAN, 16, NULL, 0,
            "2 bytes in a FastTransfer stream (MS-OXCFXICS 2.2.4.1.3)", HFILL } },
        { &hf_fx_int64,
          { "PtypInteger64", "oxcrops.fx_stream.value.int64", FT_INT64, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_fx_time,
          { "PtypTime", "oxcrops.fx_stream.value.time", FT_ABSOLUTE_TIME, ABSOLUTE_TIME_UTC, NULL, 0,
            NULL, HFILL } },
        { &hf_fx_guid,
          { "PtypGuid", "oxcrops.fx_stream.value.guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_fx_string,
          { "String", "oxcrops.fx_stream.value.string", FT_STRING, BASE_NONE, NULL, 0,
            "PtypString, PtypString8 or PtypCodePage string value", HFILL } },
        { &hf_fx_binary,
          { "Bytes", "oxcrops.fx_stream.value.binary", FT_BYTES, BASE_NONE, NULL, 0,
            "PtypBinary, PtypServerId or PtypObject value", HFILL } },
        { &hf_fx_partial,
          { "Continued", "oxcrops.fx_stream.partial", FT_BYTES, BASE_NONE, NULL, 0,
            "Start of an atom whose rest is in the next buffer", HFILL } },
        { &hf_fx_undecoded,
          { "Undecoded", "oxcrops.fx_stream.undecoded", FT_BYTES, BASE_NONE, NULL, 0,
            "Rest of the stream after an atom that could not be decoded", HFILL } },
    };
    static gint *ett[] = { &ett_fx_stream, &ett_fx_value };
    static ei_register_info ei[] = {
        { &ei_fx_continued, { "oxcrops.fx_stream.continued", PI_REASSEMBLE, PI_NOTE,
            "FastTransfer atom continued in the next buffer", EXPFILL } },
    };
    expert_module_t *expert = expert_register_protocol(proto_oxcrops);

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert, ei, array_length(ei));
}

/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ews.c: Exchange Web Services, a summary of the SOAP messages that clients and
 * Exchange exchange over HTTP ([MS-OXWSCORE], [MS-OXWSMSG], the EWS reference).
 *
 * How the bodies get here (design.md 6): HTTP hands a text/xml body to the
 * "media_type" table, where the XML dissector sits. This file takes the
 * "text/xml" and "application/soap+xml" entries over (only where XML has them)
 * with a handle of no protocol of its own (like the OSI NLPID handle: it adds no
 * layer, sets no protocol name and cannot be disabled by itself), so
 *   - every body is handed first, unchanged, to the dissector that had the entry
 *     (XML, with call_dissector_only): its tree, columns and layers are what they
 *     would be without this plugin; with XML disabled it declines the body, and so
 *     does the handle (HTTP then falls back as it does without the plugin);
 *   - then the "ews" dissector is offered the same body and adds its summary only
 *     when the body is EWS; for any other body it returns 0 and leaves nothing
 *     behind, and with `--disable-protocol ews` it is not called at all.
 *
 * A body is EWS when
 *   - its request went to a path with an "/ews/" component (/EWS/Exchange.asmx),
 *     or carried an EWS SOAPAction (".../exchange/services/2006/messages/<op>"),
 *   - or it is a response paired with such a request (HTTP's own pairing; when
 *     that fails, e.g. after "100 Continue", the last unanswered EWS request of the
 *     connection),
 *   - or an element of the SOAP envelope is in an EWS namespace
 *     (http://schemas.microsoft.com/exchange/services/2006/{messages,types,errors}).
 * The request URI is HTTP's conversation data, current only while the request is
 * dissected on the first pass: the decision is kept per frame (wmem_file_scope).
 *
 * The XML is read by a small scanner over the tvb, not by the XML dissector's
 * tree: elements are matched on their local names (prefixes vary: m:, t:, s:,
 * soap:, none), namespaces are resolved only to recognise EWS. It is bounded:
 * EWS_MAX_DEPTH levels, EWS_MAX_ELEMENTS start tags, EWS_MAX_NS namespace
 * declarations in scope, EWS_MAX_SHOWN response messages and IDs shown, text
 * values cut at EWS_MAX_TEXT bytes; malformed markup (an end tag that closes
 * unclosed elements, one without a start tag, unquoted attributes ...) and a
 * document that ends early are reported as expert items, and the summary keeps
 * what was read.
 *
 * What is shown: the operation (the element under soap:Body: "SendItem",
 * "SendItemResponse", "Fault"), RequestServerVersion, ServerVersionInfo, the
 * attributes that change what an operation does (SendItem SaveItemToFolder,
 * CreateItem/UpdateItem MessageDisposition), every ItemId / FolderId /
 * ParentFolderId / DistinguishedFolderId with its ChangeKey (under
 * SavedItemFolderId / ToFolderId when they are the target folder), and each
 * response message (ResponseClass, ResponseCode, MessageText); SOAP faults
 * (faultcode, faultstring, detail ResponseCode / Message). ResponseClass Error and
 * faults are expert warnings, Warning a note. Statistics: `-z ews,counts` (and the
 * stats_tree's own `-z ews,tree`).
 */
#include <stdio.h>
#include <string.h>

#include <epan/packet.h>
#include <epan/exceptions.h>
#include <epan/expert.h>
#include <epan/conversation.h>
#include <epan/proto_data.h>
#include <epan/show_exception.h>
#include <epan/tap.h>
#include <epan/stats_tree.h>
#include <epan/stat_tap_ui.h>
#include <wsutil/str_util.h>
#include <wsutil/strtoi.h>
#include <wsutil/report_message.h>

#include "wscompat.h"
#include "httpheaders.h"
#include "ews.h"
#include "stats.h"

#define EWS_MAX_DEPTH     64        /* open elements */
#define EWS_MAX_ELEMENTS  100000    /* start tags read in one body */
#define EWS_MAX_NS        64        /* namespace declarations in scope */
#define EWS_MAX_ATTRS     32        /* attributes kept per start tag (the rest are skipped) */
#define EWS_MAX_SHOWN     1000      /* response messages and IDs shown per body */
#define EWS_MAX_TEXT      1024      /* bytes of one decoded value */
#define EWS_MAX_RAW       8192      /* bytes read to decode one value */

/* The namespaces of [MS-OXWSCDATA]: .../2006/messages, .../2006/types, .../2006/errors
 * (some reference pages print them with https:, so the scheme is left out). */
#define EWS_NS_FRAGMENT   "schemas.microsoft.com/exchange/services/2006/"

static int proto_ews = -1;
static int proto_http = -1;
static int ews_tap = -1;

static int hf_operation = -1;
static int hf_request_operation = -1;
static int hf_request_frame = -1;
static int hf_response_frame = -1;
static int hf_response_time = -1;
static int hf_soap_action = -1;
static int hf_request_server_version = -1;
static int hf_server_version_info = -1;
static int hf_svi_major_version = -1;
static int hf_svi_minor_version = -1;
static int hf_svi_major_build_number = -1;
static int hf_svi_minor_build_number = -1;
static int hf_svi_version = -1;
static int hf_save_item_to_folder = -1;
static int hf_message_disposition = -1;
static int hf_saved_item_folder_id = -1;
static int hf_to_folder_id = -1;
static int hf_item_id = -1;
static int hf_folder_id = -1;
static int hf_distinguished_folder_id = -1;
static int hf_change_key = -1;
static int hf_response_message_count = -1;
static int hf_response_message = -1;
static int hf_response_class = -1;
static int hf_response_code = -1;
static int hf_message_text = -1;
static int hf_fault_code = -1;
static int hf_fault_string = -1;

static gint ett_ews = -1;
static gint ett_svi = -1;
static gint ett_message = -1;
static gint ett_id = -1;
static gint ett_target = -1;

static expert_field ei_response_error = EI_INIT;
static expert_field ei_response_warning = EI_INIT;
static expert_field ei_fault = EI_INIT;
static expert_field ei_malformed = EI_INIT;
static expert_field ei_truncated = EI_INIT;
static expert_field ei_limit = EI_INIT;
static expert_field ei_no_body = EI_INIT;
static expert_field ei_bad_value = EI_INIT;

static dissector_handle_t ews_handle;
static dissector_handle_t text_xml_next;    /* what had "text/xml" before us (XML) */
static dissector_handle_t soap_xml_next;    /* what had "application/soap+xml" before us */

/* ------------------------------------------------------------------ the parsed body */

typedef struct {
    int         off, len;       /* bytes in the tvb (attribute value, element text) */
    const char *val;            /* decoded value, NULL when absent */
} ews_str_t;

typedef enum { ID_ITEM, ID_FOLDER, ID_DISTINGUISHED } ews_id_kind_t;

typedef struct {
    ews_id_kind_t kind;
    const char   *element;      /* local name: ItemId, FolderId, ParentFolderId, DistinguishedFolderId */
    const char   *container;    /* local name of the parent element */
    int           off, len;     /* the start tag */
    ews_str_t     id, change_key;
    int           msg;          /* response message it belongs to, -1 for none */
} ews_id_t;

typedef struct {
    const char *name;           /* element local name, e.g. SendItemResponseMessage */
    int         off, len;       /* start tag to end tag */
    ews_str_t   response_class, response_code, message_text;
} ews_msg_t;

typedef struct {
    gboolean    soap;           /* the root element is an Envelope */
    gboolean    has_header, has_body;
    gboolean    ews_ns;         /* an element is in an EWS namespace */
    ews_str_t   operation;      /* local name of soap:Body's child; off/len: its start tag */
    gboolean    fault;
    ews_str_t   request_server_version;
    gboolean    has_svi;
    int         svi_off, svi_len;
    ews_str_t   svi_major, svi_minor, svi_major_build, svi_minor_build, svi_version;
    ews_str_t   save_item_to_folder, message_disposition;
    ews_str_t   fault_code, fault_string, detail_response_code, detail_message;
    wmem_array_t *msgs;         /* ews_msg_t */
    wmem_array_t *ids;          /* ews_id_t */
    guint       msgs_dropped, ids_dropped;
    /* what went wrong while reading, the first of each kind */
    const char *malformed;
    int         malformed_off, malformed_len;
    guint       malformed_count;
    const char *truncated;
    int         truncated_off;
    const char *limit;
    int         limit_off;
} ews_doc_t;

/* ------------------------------------------------------------------ the scanner */

typedef enum {
    R_OTHER, R_ENVELOPE, R_HEADER, R_BODY, R_RSV, R_SVI,
    /* from here on: inside soap:Body */
    R_OPERATION, R_FAULT, R_RESPONSE_MESSAGES, R_RESPONSE_MESSAGE, R_RESPONSE_CODE, R_MESSAGE_TEXT,
    R_FAULT_CODE, R_FAULT_CODE12, R_FAULT_STRING, R_FAULT_REASON, R_DETAIL, R_DETAIL_RESPONSE_CODE,
    R_DETAIL_MESSAGE, R_IN_BODY
} ews_role_t;

#define IN_BODY(r) ((r) >= R_OPERATION)
#define MSG_DROPPED (-2)

typedef struct {
    int        qoff, qlen;      /* qualified name */
    int        loff, llen;      /* local part */
    int        start;           /* '<' of the start tag */
    int        content;         /* just after the start tag */
    int        ns_base;         /* namespace declarations in scope before this element */
    ews_role_t role;
    int        msg;
} ews_elem_t;

typedef struct {
    int qoff, qlen, loff, llen, voff, vlen;
} ews_attr_t;

typedef struct {
    int      poff, plen;        /* prefix (plen 0: the default namespace) */
    gboolean ews;
} ews_ns_t;

typedef struct {
    tvbuff_t     *tvb;
    packet_info  *pinfo;
    const guint8 *p;
    int           n;
    ews_doc_t    *d;
    ews_elem_t    stack[EWS_MAX_DEPTH];
    int           depth;
    ews_ns_t      ns[EWS_MAX_NS];
    int           nns;
    guint         elements;
    ews_attr_t    attrs[EWS_MAX_ATTRS];
    int           nattrs;
} ews_scan_t;

static void
note_malformed(ews_scan_t *s, int off, int len, const char *fmt, ...) G_GNUC_PRINTF(4, 5);

static void
note_malformed(ews_scan_t *s, int off, int len, const char *fmt, ...)
{
    va_list ap;

    if (s->d->malformed_count++ == 0) {
        va_start(ap, fmt);
        s->d->malformed = wmem_strdup_vprintf(s->pinfo->pool, fmt, ap);
        va_end(ap);
        s->d->malformed_off = off;
        s->d->malformed_len = len;
    }
}

static void
note_truncated(ews_scan_t *s, int off, const char *what)
{
    if (!s->d->truncated) {
        s->d->truncated = what;
        s->d->truncated_off = off;
    }
}

static void
note_limit(ews_scan_t *s, int off, const char *what)
{
    if (!s->d->limit) {
        s->d->limit = what;
        s->d->limit_off = off;
    }
}

/* A byte for an expert message: 'c' when printable ASCII, else 0xNN. */
static const char *
show_byte(const ews_scan_t *s, guint8 c)
{
    if (c > ' ' && c < 0x7f)
        return wmem_strdup_printf(s->pinfo->pool, "'%c'", c);
    return wmem_strdup_printf(s->pinfo->pool, "0x%02x", c);
}

static gboolean
is_ws(guint8 c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static gboolean
is_name_delim(guint8 c)
{
    return c <= ' ' || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' || c == '\'';
}

static int
skip_ws(const ews_scan_t *s, int j)
{
    while (j < s->n && is_ws(s->p[j]))
        j++;
    return j;
}

/* Offset of the first occurrence of needle at or after j, or -1. */
static int
find_str(const ews_scan_t *s, int j, const char *needle)
{
    const char *hit;

    if (j >= s->n)
        return -1;
    hit = g_strstr_len((const gchar *)s->p + j, s->n - j, needle);
    return hit ? (int)((const guint8 *)hit - s->p) : -1;
}

static gboolean
bytes_are(const ews_scan_t *s, int off, int len, const char *name)
{
    size_t l = strlen(name);

    return (size_t)len == l && memcmp(s->p + off, name, l) == 0;
}

static const char *
raw_string(const ews_scan_t *s, int off, int len)
{
    return (const char *)tvb_get_string_enc(s->pinfo->pool, s->tvb, off, MIN(len, EWS_MAX_RAW), ENC_UTF_8);
}

/* Decodes XML character data: entity and character references, CDATA sections
 * (text content only; other markup inside text content is left out). The input is
 * valid UTF-8 (tvb_get_string_enc); the result is cut at EWS_MAX_TEXT bytes. */
static const char *
xml_decode(wmem_allocator_t *pool, const char *raw, gboolean text_content)
{
    static const struct { const char *name; char c; } named[] = {
        { "lt", '<' }, { "gt", '>' }, { "amp", '&' }, { "quot", '"' }, { "apos", '\'' },
    };
    wmem_strbuf_t *b = wmem_strbuf_new(pool, "");
    const char *q = raw;
    gboolean cdata = FALSE;

    while (*q) {
        if (wmem_strbuf_get_len(b) >= EWS_MAX_TEXT) {
            wmem_strbuf_append(b, "\xe2\x80\xa6");      /* U+2026, the value goes on */
            break;
        }
        if (cdata) {
            if (!strncmp(q, "]]>", 3)) {
                cdata = FALSE;
                q += 3;
                continue;
            }
        } else if (text_content && *q == '<') {
            if (!strncmp(q, "<![CDATA[", 9)) {
                cdata = TRUE;
                q += 9;
            } else {
                const char *e = strchr(q, '>');
                q = e ? e + 1 : q + strlen(q);
            }
            continue;
        } else if (*q == '&') {
            const char *semi = strchr(q, ';');
            gboolean done = FALSE;

            if (semi && semi - q <= 10) {
                if (q[1] == '#') {
                    guint32 c = 0;
                    gboolean ok;
                    char digits[12];

                    if (q[2] == 'x' || q[2] == 'X') {
                        size_t nd = (size_t)(semi - q - 3);
                        memcpy(digits, q + 3, nd);
                        digits[nd] = '\0';
                        ok = nd > 0 && ws_hexstrtou32(digits, NULL, &c);
                    } else {
                        size_t nd = (size_t)(semi - q - 2);
                        memcpy(digits, q + 2, nd);
                        digits[nd] = '\0';
                        ok = nd > 0 && ws_strtou32(digits, NULL, &c);
                    }
                    if (ok && c != 0 && g_unichar_validate(c)) {
                        wmem_strbuf_append_unichar(b, c);
                        done = TRUE;
                    }
                } else {
                    for (size_t k = 0; k < G_N_ELEMENTS(named); k++) {
                        size_t l = strlen(named[k].name);
                        if ((size_t)(semi - q - 1) == l && !strncmp(q + 1, named[k].name, l)) {
                            wmem_strbuf_append_c(b, named[k].c);
                            done = TRUE;
                            break;
                        }
                    }
                }
            }
            if (done) {
                q = semi + 1;
                continue;
            }
        }
        /* one whole UTF-8 character */
        {
            int l = g_utf8_skip[*(const guchar *)q];
            int k;
            for (k = 0; k < l && q[k]; k++)
                ;
            wmem_strbuf_append_len(b, q, k);
            q += k;
        }
    }
    return wmem_strbuf_finalize(b);
}

static ews_str_t
attr_value(ews_scan_t *s, const char *local)
{
    ews_str_t r = { 0, 0, NULL };
    int i;

    for (i = 0; i < s->nattrs; i++) {
        const ews_attr_t *a = &s->attrs[i];
        if (bytes_are(s, a->loff, a->llen, local) && !(a->qlen >= 5 && !memcmp(s->p + a->qoff, "xmlns", 5))) {
            r.off = a->voff;
            r.len = a->vlen;
            r.val = xml_decode(s->pinfo->pool, raw_string(s, a->voff, a->vlen), FALSE);
            break;
        }
    }
    return r;
}

static ews_str_t
element_text(ews_scan_t *s, int from, int to)
{
    ews_str_t r;

    r.off = from;
    r.len = to > from ? to - from : 0;
    r.val = g_strstrip((char *)xml_decode(s->pinfo->pool, raw_string(s, from, r.len), TRUE));
    return r;
}

/* The role of a child element, from its parent's role and its local name. */
static ews_role_t
child_role(ews_scan_t *s, const ews_elem_t *parent, int loff, int llen)
{
    ews_doc_t *d = s->d;

#define IS(name) bytes_are(s, loff, llen, name)
    if (!parent)
        return IS("Envelope") ? R_ENVELOPE : R_OTHER;
    switch (parent->role) {
    case R_ENVELOPE:
        if (IS("Header") && !d->has_header)
            return R_HEADER;
        if (IS("Body") && !d->has_body)
            return R_BODY;
        return R_OTHER;
    case R_HEADER:
        if (IS("RequestServerVersion"))
            return R_RSV;
        if (IS("ServerVersionInfo"))
            return R_SVI;
        return R_OTHER;
    case R_BODY:
        if (d->operation.val)
            return R_IN_BODY;
        return IS("Fault") ? R_FAULT : R_OPERATION;
    case R_OPERATION:
        return IS("ResponseMessages") ? R_RESPONSE_MESSAGES : R_IN_BODY;
    case R_RESPONSE_MESSAGES:
        return R_RESPONSE_MESSAGE;
    case R_RESPONSE_MESSAGE:
        if (IS("ResponseCode"))
            return R_RESPONSE_CODE;
        if (IS("MessageText"))
            return R_MESSAGE_TEXT;
        return R_IN_BODY;
    case R_FAULT:                       /* SOAP 1.1 faultcode/faultstring/detail, SOAP 1.2 Code/Reason/Detail */
        if (IS("faultcode"))
            return R_FAULT_CODE;
        if (IS("faultstring"))
            return R_FAULT_STRING;
        if (IS("detail") || IS("Detail"))
            return R_DETAIL;
        if (IS("Code"))
            return R_FAULT_CODE12;
        if (IS("Reason"))
            return R_FAULT_REASON;
        return R_IN_BODY;
    case R_FAULT_CODE12:
        return IS("Value") ? R_FAULT_CODE : R_IN_BODY;
    case R_FAULT_REASON:
        return IS("Text") ? R_FAULT_STRING : R_IN_BODY;
    case R_DETAIL:
        if (IS("ResponseCode"))
            return R_DETAIL_RESPONSE_CODE;
        if (IS("Message"))
            return R_DETAIL_MESSAGE;
        return R_IN_BODY;
    case R_OTHER:
    case R_RSV:
    case R_SVI:
        return R_OTHER;
    default:
        return R_IN_BODY;
    }
#undef IS
}

static ews_msg_t *
current_msg(ews_scan_t *s, int msg)
{
    if (msg < 0)
        return NULL;
    return (ews_msg_t *)wmem_array_index(s->d->msgs, msg);
}

/* An element ends: its text (for the text roles) runs from its content to `text_end`,
 * the whole element to `end`. */
static void
close_element(ews_scan_t *s, const ews_elem_t *e, int text_end, int end)
{
    ews_doc_t *d = s->d;
    ews_msg_t *m = current_msg(s, e->msg);

    switch (e->role) {
    case R_RESPONSE_MESSAGE:
        if (m)
            m->len = end - m->off;
        break;
    case R_RESPONSE_CODE:
        if (m && !m->response_code.val)
            m->response_code = element_text(s, e->content, text_end);
        break;
    case R_MESSAGE_TEXT:
        if (m && !m->message_text.val)
            m->message_text = element_text(s, e->content, text_end);
        break;
    case R_FAULT_CODE:
        if (!d->fault_code.val)
            d->fault_code = element_text(s, e->content, text_end);
        break;
    case R_FAULT_STRING:
        if (!d->fault_string.val)
            d->fault_string = element_text(s, e->content, text_end);
        break;
    case R_DETAIL_RESPONSE_CODE:
        if (!d->detail_response_code.val)
            d->detail_response_code = element_text(s, e->content, text_end);
        break;
    case R_DETAIL_MESSAGE:
        if (!d->detail_message.val)
            d->detail_message = element_text(s, e->content, text_end);
        break;
    default:
        break;
    }
    s->nns = e->ns_base;
}

static void
add_ns_decls(ews_scan_t *s)
{
    int i;

    for (i = 0; i < s->nattrs; i++) {
        const ews_attr_t *a = &s->attrs[i];
        gboolean dflt = bytes_are(s, a->qoff, a->qlen, "xmlns");

        if (!dflt && !(a->qlen > 6 && !memcmp(s->p + a->qoff, "xmlns:", 6)))
            continue;
        if (s->nns >= EWS_MAX_NS) {
            note_limit(s, a->qoff, "more than " G_STRINGIFY(EWS_MAX_NS) " namespace declarations in scope");
            continue;
        }
        s->ns[s->nns].poff = dflt ? a->qoff : a->qoff + 6;
        s->ns[s->nns].plen = dflt ? 0 : a->qlen - 6;
        s->ns[s->nns].ews = a->vlen > 0 &&
            g_strstr_len((const gchar *)s->p + a->voff, a->vlen, EWS_NS_FRAGMENT) != NULL;
        s->nns++;
    }
}

/* Is the element's namespace (its prefix resolved in scope) an EWS one? */
static gboolean
element_ns_is_ews(const ews_scan_t *s, const ews_elem_t *e)
{
    int plen = e->loff > e->qoff ? e->loff - e->qoff - 1 : 0;
    int i;

    for (i = s->nns - 1; i >= 0; i--) {
        if (s->ns[i].plen == plen && (plen == 0 || !memcmp(s->p + s->ns[i].poff, s->p + e->qoff, plen)))
            return s->ns[i].ews;
    }
    return FALSE;
}

static void
record_id(ews_scan_t *s, const ews_elem_t *e, const ews_elem_t *parent, ews_id_kind_t kind, int end)
{
    ews_id_t id;

    if (e->msg == MSG_DROPPED)
        return;
    if (wmem_array_get_count(s->d->ids) >= EWS_MAX_SHOWN) {
        s->d->ids_dropped++;
        return;
    }
    memset(&id, 0, sizeof id);
    id.kind = kind;
    id.element = raw_string(s, e->loff, e->llen);
    id.container = parent ? raw_string(s, parent->loff, parent->llen) : "";
    id.off = e->start;
    id.len = end - e->start;
    id.id = attr_value(s, "Id");
    if (kind != ID_DISTINGUISHED)
        id.change_key = attr_value(s, "ChangeKey");
    id.msg = e->msg;
    wmem_array_append_one(s->d->ids, id);
}

/* A start tag has been read (attributes in s->attrs); `end` is just after it. */
static void
open_element(ews_scan_t *s, ews_elem_t *e, int end)
{
    ews_doc_t *d = s->d;
    const ews_elem_t *parent = s->depth ? &s->stack[s->depth - 1] : NULL;

    e->ns_base = s->nns;
    add_ns_decls(s);
    if (!d->ews_ns && element_ns_is_ews(s, e))
        d->ews_ns = TRUE;
    e->role = child_role(s, parent, e->loff, e->llen);
    e->msg = parent ? parent->msg : -1;
    e->content = end;

    switch (e->role) {
    case R_ENVELOPE:
        d->soap = TRUE;
        break;
    case R_HEADER:
        d->has_header = TRUE;
        break;
    case R_BODY:
        d->has_body = TRUE;
        break;
    case R_RSV:
        if (!d->request_server_version.val)
            d->request_server_version = attr_value(s, "Version");
        break;
    case R_SVI:
        if (!d->has_svi) {
            d->has_svi = TRUE;
            d->svi_off = e->start;
            d->svi_len = end - e->start;
            d->svi_major = attr_value(s, "MajorVersion");
            d->svi_minor = attr_value(s, "MinorVersion");
            d->svi_major_build = attr_value(s, "MajorBuildNumber");
            d->svi_minor_build = attr_value(s, "MinorBuildNumber");
            d->svi_version = attr_value(s, "Version");
        }
        break;
    case R_FAULT:
        d->fault = TRUE;
        /* FALLTHROUGH */
    case R_OPERATION:
        d->operation.off = e->start;
        d->operation.len = end - e->start;
        d->operation.val = raw_string(s, e->loff, e->llen);
        d->save_item_to_folder = attr_value(s, "SaveItemToFolder");
        d->message_disposition = attr_value(s, "MessageDisposition");
        break;
    case R_RESPONSE_MESSAGE:
        if (wmem_array_get_count(d->msgs) >= EWS_MAX_SHOWN) {
            d->msgs_dropped++;
            e->msg = MSG_DROPPED;
        } else {
            ews_msg_t m;
            memset(&m, 0, sizeof m);
            m.name = raw_string(s, e->loff, e->llen);
            m.off = e->start;
            m.len = end - e->start;
            m.response_class = attr_value(s, "ResponseClass");
            wmem_array_append_one(d->msgs, m);
            e->msg = (int)wmem_array_get_count(d->msgs) - 1;
        }
        break;
    default:
        break;
    }

    if (IN_BODY(e->role)) {
        if (bytes_are(s, e->loff, e->llen, "ItemId"))
            record_id(s, e, parent, ID_ITEM, end);
        else if (bytes_are(s, e->loff, e->llen, "FolderId") || bytes_are(s, e->loff, e->llen, "ParentFolderId"))
            record_id(s, e, parent, ID_FOLDER, end);
        else if (bytes_are(s, e->loff, e->llen, "DistinguishedFolderId"))
            record_id(s, e, parent, ID_DISTINGUISHED, end);
    }
}

typedef enum { SCAN_GO, SCAN_STOP } scan_status_t;

/* Reads a start tag at i ('<' then a name). */
static scan_status_t
start_tag(ews_scan_t *s, int i, int *next)
{
    ews_elem_t e;
    int j = i + 1, c;
    gboolean empty = FALSE;

    memset(&e, 0, sizeof e);
    e.start = i;
    e.qoff = j;
    while (j < s->n && !is_name_delim(s->p[j]))
        j++;
    e.qlen = j - e.qoff;
    e.loff = e.qoff;
    for (c = e.qoff; c < j; c++) {
        if (s->p[c] == ':')
            e.loff = c + 1;
    }
    e.llen = j - e.loff;

    s->nattrs = 0;
    for (;;) {
        int a, voff, vlen;

        j = skip_ws(s, j);
        if (j >= s->n) {
            note_truncated(s, i, "inside a start tag");
            return SCAN_STOP;
        }
        if (s->p[j] == '>') {
            j++;
            break;
        }
        if (s->p[j] == '/') {
            if (j + 1 >= s->n) {
                note_truncated(s, i, "inside a start tag");
                return SCAN_STOP;
            }
            if (s->p[j + 1] == '>') {
                j += 2;
                empty = TRUE;
                break;
            }
            note_malformed(s, j, 1, "'/' inside the start tag of <%s>", raw_string(s, e.qoff, e.qlen));
            j++;
            continue;
        }
        a = j;
        while (j < s->n && !is_name_delim(s->p[j]))
            j++;
        if (j == a) {
            note_malformed(s, j, 1, "unexpected %s in the start tag of <%s>", show_byte(s, s->p[j]),
                           raw_string(s, e.qoff, e.qlen));
            j++;
            continue;
        }
        {
            int qend = j, k;
            ews_attr_t at;

            at.qoff = a;
            at.qlen = qend - a;
            at.loff = a;
            for (k = a; k < qend; k++) {
                if (s->p[k] == ':')
                    at.loff = k + 1;
            }
            at.llen = qend - at.loff;
            j = skip_ws(s, j);
            if (j >= s->n) {
                note_truncated(s, i, "inside a start tag");
                return SCAN_STOP;
            }
            if (s->p[j] != '=') {
                note_malformed(s, a, qend - a, "attribute %s of <%s> has no value", raw_string(s, a, qend - a),
                               raw_string(s, e.qoff, e.qlen));
                continue;
            }
            j = skip_ws(s, j + 1);
            if (j >= s->n) {
                note_truncated(s, i, "inside a start tag");
                return SCAN_STOP;
            }
            if (s->p[j] == '"' || s->p[j] == '\'') {
                const guint8 *q = (const guint8 *)memchr(s->p + j + 1, s->p[j], s->n - j - 1);
                if (!q) {
                    note_truncated(s, j, "inside an attribute value");
                    return SCAN_STOP;
                }
                voff = j + 1;
                vlen = (int)(q - s->p) - voff;
                j = (int)(q - s->p) + 1;
            } else {
                note_malformed(s, j, 1, "value of attribute %s is not quoted", raw_string(s, a, qend - a));
                voff = j;
                while (j < s->n && !is_ws(s->p[j]) && s->p[j] != '>')
                    j++;
                vlen = j - voff;
            }
            at.voff = voff;
            at.vlen = vlen;
            if (s->nattrs < EWS_MAX_ATTRS)
                s->attrs[s->nattrs++] = at;
        }
    }

    if (++s->elements > EWS_MAX_ELEMENTS) {
        note_limit(s, i, "more than " G_STRINGIFY(EWS_MAX_ELEMENTS) " elements");
        return SCAN_STOP;
    }
    open_element(s, &e, j);
    *next = j;
    if (!s->d->soap)
        return SCAN_STOP;               /* the root is not a SOAP envelope: nothing for EWS */
    if (empty) {
        close_element(s, &e, j, j);
        return s->depth == 0 ? SCAN_STOP : SCAN_GO;
    }
    if (s->depth >= EWS_MAX_DEPTH) {
        note_limit(s, i, "elements nested deeper than " G_STRINGIFY(EWS_MAX_DEPTH) " levels");
        s->nns = e.ns_base;
        return SCAN_STOP;
    }
    s->stack[s->depth++] = e;
    return SCAN_GO;
}

/* Reads an end tag at i ("</"). */
static scan_status_t
end_tag(ews_scan_t *s, int i, int *next)
{
    int j = i + 2, qoff = j, qlen, k;

    while (j < s->n && !is_name_delim(s->p[j]))
        j++;
    qlen = j - qoff;
    j = skip_ws(s, j);
    if (j >= s->n) {
        note_truncated(s, i, "inside an end tag");
        return SCAN_STOP;
    }
    if (s->p[j] != '>') {
        const guint8 *gt = (const guint8 *)memchr(s->p + j, '>', s->n - j);
        note_malformed(s, i, j - i, "unexpected %s in the end tag </%s>", show_byte(s, s->p[j]),
                       raw_string(s, qoff, qlen));
        if (!gt) {
            note_truncated(s, i, "inside an end tag");
            return SCAN_STOP;
        }
        j = (int)(gt - s->p);
    }
    j++;
    *next = j;

    for (k = s->depth - 1; k >= 0; k--) {
        const ews_elem_t *e = &s->stack[k];
        if (e->qlen == qlen && !memcmp(s->p + e->qoff, s->p + qoff, qlen))
            break;
    }
    if (k < 0) {
        note_malformed(s, i, j - i, "end tag </%s> has no start tag", raw_string(s, qoff, qlen));
        return SCAN_GO;
    }
    if (k != s->depth - 1) {
        const ews_elem_t *top = &s->stack[s->depth - 1];
        note_malformed(s, i, j - i, "end tag </%s> closes <%s>, which has no end tag",
                       raw_string(s, qoff, qlen), raw_string(s, top->qoff, top->qlen));
    }
    while (s->depth > k) {
        s->depth--;
        close_element(s, &s->stack[s->depth], i, j);
    }
    return s->depth == 0 ? SCAN_STOP : SCAN_GO;
}

/* Skips markup that holds no elements: <?...?>, <!--...-->, <![CDATA[...]]>, <!DOCTYPE ...>. */
static scan_status_t
skip_markup(ews_scan_t *s, int i, int *next)
{
    const char *close;
    int from, at;

    if (s->p[i + 1] == '?') {
        close = "?>";
        from = i + 2;
    } else if (i + 3 < s->n && !memcmp(s->p + i, "<!--", 4)) {
        close = "-->";
        from = i + 4;
    } else if (i + 8 < s->n && !memcmp(s->p + i, "<![CDATA[", 9)) {
        close = "]]>";
        from = i + 9;
    } else {
        /* <!DOCTYPE ...>: an internal subset [...] may hold '>' */
        const guint8 *gt = (const guint8 *)memchr(s->p + i, '>', s->n - i);
        const guint8 *br = (const guint8 *)memchr(s->p + i, '[', s->n - i);
        if (br && (!gt || br < gt)) {
            close = "]>";
            from = (int)(br - s->p) + 1;
        } else {
            close = ">";
            from = i + 2;
        }
    }
    at = find_str(s, from, close);
    if (at < 0) {
        note_truncated(s, i, "inside a comment, CDATA section or declaration");
        return SCAN_STOP;
    }
    *next = at + (int)strlen(close);
    return SCAN_GO;
}

static ews_doc_t *
parse_body(tvbuff_t *tvb, packet_info *pinfo)
{
    ews_scan_t *s = wmem_new0(pinfo->pool, ews_scan_t);
    ews_doc_t *d = wmem_new0(pinfo->pool, ews_doc_t);
    int i = 0;

    d->msgs = wmem_array_new(pinfo->pool, sizeof(ews_msg_t));
    d->ids = wmem_array_new(pinfo->pool, sizeof(ews_id_t));
    s->tvb = tvb;
    s->pinfo = pinfo;
    s->d = d;
    s->n = (int)tvb_captured_length(tvb);
    if (s->n < 2)
        return d;
    s->p = tvb_get_ptr(tvb, 0, s->n);
    if (s->n >= 3 && s->p[0] == 0xEF && s->p[1] == 0xBB && s->p[2] == 0xBF)
        i = 3;                          /* UTF-8 byte order mark */
    else if ((s->p[0] == 0xFE && s->p[1] == 0xFF) || (s->p[0] == 0xFF && s->p[1] == 0xFE))
        return d;                       /* UTF-16: not something EWS sends; XML shows it */

    while (i < s->n) {
        const guint8 *lt = (const guint8 *)memchr(s->p + i, '<', s->n - i);
        scan_status_t st;
        int next = 0;

        if (!lt)
            break;
        i = (int)(lt - s->p);
        if (i + 1 >= s->n) {
            note_truncated(s, i, "after '<'");
            break;
        }
        if (s->p[i + 1] == '?' || s->p[i + 1] == '!')
            st = skip_markup(s, i, &next);
        else if (s->p[i + 1] == '/')
            st = end_tag(s, i, &next);
        else if (is_name_delim(s->p[i + 1])) {
            note_malformed(s, i, 1, "'<' that does not start a tag");
            st = SCAN_GO;
            next = i + 1;
        } else
            st = start_tag(s, i, &next);
        if (st == SCAN_STOP)
            break;
        i = next;
    }
    if (s->depth > 0 && !d->limit && !d->truncated) {
        const ews_elem_t *top = &s->stack[s->depth - 1];
        note_truncated(s, s->n, wmem_strdup_printf(pinfo->pool, "inside <%s>", raw_string(s, top->qoff, top->qlen)));
    }
    /* what was read of the open elements still counts */
    while (s->depth > 0) {
        s->depth--;
        close_element(s, &s->stack[s->depth], s->n, s->n);
    }
    return d;
}

/* ------------------------------------------------------------------ state across frames */

typedef struct ews_frame {
    guint32     frame;
    gboolean    is_request;
    gboolean    is_ews;             /* requests: by path, SOAPAction or content; responses: also by pairing */
    const char *operation;
    guint32     peer_frame;         /* request: its response; response: its request (0: none) */
    nstime_t    ts;                 /* request: its time; response: the response time */
} ews_frame_t;

typedef struct {
    ews_frame_t *last_request;      /* the last EWS request of the connection */
} ews_conv_t;

static wmem_map_t *ews_frames;      /* frame number -> ews_frame_t, built on the first pass */

static ews_conv_t *
ews_conversation(packet_info *pinfo)
{
    conversation_t *conv = find_conversation_pinfo(pinfo, 0);
    ews_conv_t *c;

    if (!conv)
        return NULL;
    c = (ews_conv_t *)conversation_get_proto_data(conv, proto_ews);
    if (!c) {
        c = wmem_new0(wmem_file_scope(), ews_conv_t);
        conversation_add_proto_data(conv, proto_ews, c);
    }
    return c;
}

static gboolean
path_is_ews(const char *uri)
{
    return uri && ws_ascii_strcasestr(uri, "/ews/") != NULL;
}

static gboolean
soap_action_is_ews(const char *action)
{
    return action && strstr(action, EWS_NS_FRAGMENT "messages/") != NULL;
}

/* First pass: records the frame (an HTTP request or response); later passes find it. */
static ews_frame_t *
frame_state(packet_info *pinfo, const media_content_info_t *info, const ews_doc_t *d, const char *soap_action)
{
    ews_frame_t *rec = (ews_frame_t *)wmem_map_lookup(ews_frames, GUINT_TO_POINTER(pinfo->num));
    ews_conv_t *conv;

    if (rec || PINFO_FD_VISITED(pinfo) || !info || (info->type != MEDIA_CONTAINER_HTTP_REQUEST && info->type != MEDIA_CONTAINER_HTTP_RESPONSE))
        return rec;                     /* (a second body in one frame keeps the first record) */

    rec = wmem_new0(wmem_file_scope(), ews_frame_t);
    rec->frame = pinfo->num;
    rec->is_request = info->type == MEDIA_CONTAINER_HTTP_REQUEST;
    rec->operation = d->operation.val ? wmem_strdup(wmem_file_scope(), d->operation.val) : NULL;
    conv = ews_conversation(pinfo);
    if (rec->is_request) {
        rec->is_ews = d->ews_ns || soap_action_is_ews(soap_action) || path_is_ews(oxc_http_request_uri(pinfo, proto_http));
        rec->ts = pinfo->abs_ts;
        if (rec->is_ews && conv)
            conv->last_request = rec;
    } else {
        guint32 request_frame = oxc_http_request_frame(pinfo, proto_http);
        ews_frame_t *req = NULL;

        if (request_frame) {
            req = (ews_frame_t *)wmem_map_lookup(ews_frames, GUINT_TO_POINTER(request_frame));
            if (req && (!req->is_request || req->peer_frame))
                req = NULL;
        } else if (conv && conv->last_request && !conv->last_request->peer_frame) {
            /* HTTP paired this response with no request: its request got an interim
             * "100 Continue" first. Take the connection's last unanswered EWS request. */
            req = conv->last_request;
        }
        rec->is_ews = d->ews_ns || (req && req->is_ews);
        if (req) {
            rec->peer_frame = req->frame;
            req->peer_frame = pinfo->num;
            nstime_delta(&rec->ts, &pinfo->abs_ts, &req->ts);
        }
    }
    wmem_map_insert(ews_frames, GUINT_TO_POINTER(pinfo->num), rec);
    return rec;
}

/* ------------------------------------------------------------------ the tree */

typedef struct {
    tvbuff_t    *tvb;
    packet_info *pinfo;
    ews_doc_t   *d;
} ews_show_t;

typedef struct {
    const char *operation;
    gboolean    is_response;
    const ews_doc_t *doc;
} ews_tap_info_t;

static proto_item *
add_str(proto_tree *tree, int hf, tvbuff_t *tvb, const ews_str_t *s)
{
    return proto_tree_add_string(tree, hf, tvb, s->off, s->len, s->val);
}

static void
add_uint_value(ews_show_t *c, proto_tree *tree, int hf, const char *name, const ews_str_t *s)
{
    guint32 v;

    if (!s->val)
        return;
    if (ws_strtou32(s->val, NULL, &v))
        proto_tree_add_uint(tree, hf, c->tvb, s->off, s->len, v);
    else
        proto_tree_add_expert_format(tree, c->pinfo, &ei_bad_value, c->tvb, s->off, s->len,
                                     "%s \"%s\" is not an unsigned number", name, s->val);
}

static int
class_rank(const char *cls)
{
    if (!cls)
        return 0;
    if (!strcmp(cls, "Error"))
        return 3;
    if (!strcmp(cls, "Warning"))
        return 2;
    if (!strcmp(cls, "Success"))
        return 1;
    return 0;
}

static void
show_server_version(ews_show_t *c, proto_tree *tree)
{
    const ews_doc_t *d = c->d;
    proto_item *ti;
    proto_tree *st;
    const char *build;

    build = wmem_strdup_printf(c->pinfo->pool, "%s.%s.%s.%s", d->svi_major.val ? d->svi_major.val : "?",
                               d->svi_minor.val ? d->svi_minor.val : "?",
                               d->svi_major_build.val ? d->svi_major_build.val : "?",
                               d->svi_minor_build.val ? d->svi_minor_build.val : "?");
    ti = proto_tree_add_string(tree, hf_server_version_info, c->tvb, d->svi_off, d->svi_len, build);
    if (d->svi_version.val)
        proto_item_append_text(ti, " (%s)", d->svi_version.val);
    st = proto_item_add_subtree(ti, ett_svi);
    add_uint_value(c, st, hf_svi_major_version, "MajorVersion", &d->svi_major);
    add_uint_value(c, st, hf_svi_minor_version, "MinorVersion", &d->svi_minor);
    add_uint_value(c, st, hf_svi_major_build_number, "MajorBuildNumber", &d->svi_major_build);
    add_uint_value(c, st, hf_svi_minor_build_number, "MinorBuildNumber", &d->svi_minor_build);
    if (d->svi_version.val)
        add_str(st, hf_svi_version, c->tvb, &d->svi_version);
}

/* One ItemId / FolderId / ParentFolderId / DistinguishedFolderId. */
static void
show_id(ews_show_t *c, proto_tree *tree, const ews_id_t *id)
{
    static const int *const hfs[] = { &hf_item_id, &hf_folder_id, &hf_distinguished_folder_id };
    static const char *const names[] = { "ItemId", "FolderId", "DistinguishedFolderId" };
    const char *value = id->id.val ? id->id.val : "";
    proto_tree *parent = tree;
    proto_item *ti;

    if (!strcmp(id->container, "SavedItemFolderId") || !strcmp(id->container, "ToFolderId")) {
        int hf = id->container[0] == 'S' ? hf_saved_item_folder_id : hf_to_folder_id;
        ti = proto_tree_add_string(tree, hf, c->tvb, id->off, id->len, value);
        parent = proto_item_add_subtree(ti, ett_target);
    }
    if (id->id.val)
        ti = add_str(parent, *hfs[id->kind], c->tvb, &id->id);
    else
        ti = proto_tree_add_string(parent, *hfs[id->kind], c->tvb, id->off, id->len, "");
    if (strcmp(id->element, names[id->kind]))
        proto_item_append_text(ti, " (%s)", id->element);
    if (parent == tree && id->container[0] && strcmp(id->container, "ItemIds") && strcmp(id->container, "FolderIds"))
        proto_item_append_text(ti, " (in %s)", id->container);
    if (!id->id.val)
        expert_add_info_format(c->pinfo, ti, &ei_bad_value, "%s has no Id attribute", id->element);
    if (id->change_key.val)
        add_str(proto_item_add_subtree(ti, ett_id), hf_change_key, c->tvb, &id->change_key);
}

static void
show_ids(ews_show_t *c, proto_tree *tree, int msg)
{
    guint i, n = wmem_array_get_count(c->d->ids);

    for (i = 0; i < n; i++) {
        const ews_id_t *id = (const ews_id_t *)wmem_array_index(c->d->ids, i);
        if (id->msg == msg)
            show_id(c, tree, id);
    }
}

static void
show_message(ews_show_t *c, proto_tree *tree, int mi)
{
    const ews_msg_t *m = (const ews_msg_t *)wmem_array_index(c->d->msgs, mi);
    const char *cls = m->response_class.val, *code = m->response_code.val, *text = m->message_text.val;
    proto_item *ti, *ci = NULL;
    proto_tree *mt;

    ti = proto_tree_add_string(tree, hf_response_message, c->tvb, m->off, m->len, m->name);
    if (cls)
        proto_item_append_text(ti, ": %s", cls);
    if (code)
        proto_item_append_text(ti, " %s", code);
    mt = proto_item_add_subtree(ti, ett_message);
    if (cls) {
        ci = add_str(mt, hf_response_class, c->tvb, &m->response_class);
        if (!class_rank(cls))
            expert_add_info_format(c->pinfo, ci, &ei_bad_value,
                                   "ResponseClass \"%s\" is not Success, Warning or Error", cls);
    } else {
        expert_add_info_format(c->pinfo, ti, &ei_bad_value, "%s has no ResponseClass attribute", m->name);
    }
    if (code)
        add_str(mt, hf_response_code, c->tvb, &m->response_code);
    if (text)
        add_str(mt, hf_message_text, c->tvb, &m->message_text);
    show_ids(c, mt, mi);
    if (class_rank(cls) >= 2)
        expert_add_info_format(c->pinfo, ci, class_rank(cls) == 3 ? &ei_response_error : &ei_response_warning,
                               "%s: ResponseClass %s, ResponseCode %s%s%s", m->name, cls, code ? code : "(none)",
                               text ? ": " : "", text ? text : "");
}

/* "SendItemResponse Success NoError": the operation, then the class and code of the
 * first of the worst response messages (or the fault). */
static const char *
summary(ews_show_t *c)
{
    const ews_doc_t *d = c->d;
    wmem_strbuf_t *b = wmem_strbuf_new(c->pinfo->pool, d->operation.val ? d->operation.val : "(no operation)");
    guint i, n = wmem_array_get_count(d->msgs);
    const ews_msg_t *worst = NULL;

    if (d->fault) {
        if (d->fault_code.val)
            wmem_strbuf_append_printf(b, " %s", d->fault_code.val);
        if (d->detail_response_code.val)
            wmem_strbuf_append_printf(b, " %s", d->detail_response_code.val);
        return wmem_strbuf_finalize(b);
    }
    for (i = 0; i < n; i++) {
        const ews_msg_t *m = (const ews_msg_t *)wmem_array_index(d->msgs, i);
        if (!worst || class_rank(m->response_class.val) > class_rank(worst->response_class.val))
            worst = m;
    }
    if (worst) {
        if (worst->response_class.val)
            wmem_strbuf_append_printf(b, " %s", worst->response_class.val);
        if (worst->response_code.val)
            wmem_strbuf_append_printf(b, " %s", worst->response_code.val);
        if (n + d->msgs_dropped > 1)
            wmem_strbuf_append_printf(b, " (%u response messages)", n + d->msgs_dropped);
    }
    return wmem_strbuf_finalize(b);
}

static void
show_problems(ews_show_t *c, proto_tree *tree)
{
    const ews_doc_t *d = c->d;

    if (d->malformed) {
        proto_tree_add_expert_format(tree, c->pinfo, &ei_malformed, c->tvb, d->malformed_off, d->malformed_len,
                                     "Malformed XML: %s%s", d->malformed,
                                     d->malformed_count > 1 ?
                                     wmem_strdup_printf(c->pinfo->pool, " (and %u more)", d->malformed_count - 1) : "");
    }
    if (d->truncated)
        proto_tree_add_expert_format(tree, c->pinfo, &ei_truncated, c->tvb, d->truncated_off, 0,
                                     "The XML ends %s: the summary holds what was read", d->truncated);
    if (tvb_captured_length(c->tvb) < tvb_reported_length(c->tvb))
        proto_tree_add_expert_format(tree, c->pinfo, &ei_truncated, c->tvb, 0, 0,
                                     "The capture holds %u of the body's %u bytes",
                                     tvb_captured_length(c->tvb), tvb_reported_length(c->tvb));
    if (d->limit)
        proto_tree_add_expert_format(tree, c->pinfo, &ei_limit, c->tvb, d->limit_off, 0,
                                     "The EWS summary stops here: %s", d->limit);
    if (d->msgs_dropped)
        proto_tree_add_expert_format(tree, c->pinfo, &ei_limit, c->tvb, 0, 0,
                                     "%u more response messages are not summarised (limit %u)",
                                     d->msgs_dropped, EWS_MAX_SHOWN);
    if (d->ids_dropped)
        proto_tree_add_expert_format(tree, c->pinfo, &ei_limit, c->tvb, 0, 0,
                                     "%u more item and folder IDs are not summarised (limit %u)",
                                     d->ids_dropped, EWS_MAX_SHOWN);
}

/* ------------------------------------------------------------------ the dissectors */

/* The "ews" dissector: one text/xml body. data: the media_content_info_t HTTP gave
 * the media type (requests and responses are told apart and paired with it), or
 * NULL (then only the content says whether the body is EWS). Returns 0, having
 * added nothing, when the body is not EWS. */
static int
dissect_ews(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
    static const char *const header_names[] = { "soapaction", NULL };
    const media_content_info_t *info = (const media_content_info_t *)data;
    const oxc_http_headers_t *headers = oxc_http_headers(pinfo, info, proto_ews, header_names);
    const char *soap_action = headers ? oxc_http_header(headers, "soapaction") : NULL;
    ews_doc_t *d = parse_body(tvb, pinfo);
    ews_frame_t *rec;
    ews_show_t c;
    ews_tap_info_t *tap;
    proto_item *ti, *gi;
    proto_tree *et;
    const char *sum;
    gboolean is_response;
    guint i, n;

    if (!d->soap)
        return 0;
    rec = frame_state(pinfo, info, d, soap_action);
    if (!(rec ? rec->is_ews : d->ews_ns))
        return 0;
    is_response = rec ? !rec->is_request : (info && info->type == MEDIA_CONTAINER_HTTP_RESPONSE);

    c.tvb = tvb;
    c.pinfo = pinfo;
    c.d = d;
    sum = summary(&c);
    col_set_str(pinfo->cinfo, COL_PROTOCOL, "EWS");
    col_add_fstr(pinfo->cinfo, COL_INFO, "EWS %s", sum);

    ti = proto_tree_add_item(tree, proto_ews, tvb, 0, -1, ENC_NA);
    proto_item_append_text(ti, ", %s", sum);
    et = proto_item_add_subtree(ti, ett_ews);

    if (d->operation.val)
        add_str(et, hf_operation, tvb, &d->operation);
    else
        proto_tree_add_expert(et, pinfo, &ei_no_body, tvb, 0, 0);
    if (rec && rec->peer_frame) {
        gi = proto_tree_add_uint(et, rec->is_request ? hf_response_frame : hf_request_frame, tvb, 0, 0,
                                 rec->peer_frame);
        proto_item_set_generated(gi);
        if (!rec->is_request) {
            const ews_frame_t *req = (const ews_frame_t *)wmem_map_lookup(ews_frames,
                                                                          GUINT_TO_POINTER(rec->peer_frame));
            gi = proto_tree_add_time(et, hf_response_time, tvb, 0, 0, &rec->ts);
            proto_item_set_generated(gi);
            if (req && req->operation) {
                gi = proto_tree_add_string(et, hf_request_operation, tvb, 0, 0, req->operation);
                proto_item_set_generated(gi);
            }
        }
    }
    if (soap_action) {
        gi = proto_tree_add_string(et, hf_soap_action, tvb, 0, 0, soap_action);
        proto_item_set_generated(gi);
    }
    if (d->request_server_version.val)
        add_str(et, hf_request_server_version, tvb, &d->request_server_version);
    if (d->has_svi)
        show_server_version(&c, et);

    if (d->save_item_to_folder.val) {
        const char *v = d->save_item_to_folder.val;
        if (!strcmp(v, "true") || !strcmp(v, "1") || !strcmp(v, "false") || !strcmp(v, "0"))
            proto_tree_add_boolean(et, hf_save_item_to_folder, tvb, d->save_item_to_folder.off,
                                   d->save_item_to_folder.len, v[0] == 't' || v[0] == '1');
        else
            proto_tree_add_expert_format(et, pinfo, &ei_bad_value, tvb, d->save_item_to_folder.off,
                                         d->save_item_to_folder.len,
                                         "SaveItemToFolder \"%s\" is not an xs:boolean", v);
    }
    if (d->message_disposition.val)
        add_str(et, hf_message_disposition, tvb, &d->message_disposition);

    show_ids(&c, et, -1);
    n = wmem_array_get_count(d->msgs);
    if (n || d->msgs_dropped) {
        gi = proto_tree_add_uint(et, hf_response_message_count, tvb, 0, 0, n + d->msgs_dropped);
        proto_item_set_generated(gi);
    }
    for (i = 0; i < n; i++)
        show_message(&c, et, (int)i);

    if (d->fault) {
        proto_item *fi = NULL;
        if (d->fault_code.val)
            fi = add_str(et, hf_fault_code, tvb, &d->fault_code);
        if (d->fault_string.val)
            add_str(et, hf_fault_string, tvb, &d->fault_string);
        if (d->detail_response_code.val)
            add_str(et, hf_response_code, tvb, &d->detail_response_code);
        if (d->detail_message.val)
            add_str(et, hf_message_text, tvb, &d->detail_message);
        expert_add_info_format(pinfo, fi ? fi : ti, &ei_fault, "SOAP fault %s%s%s%s%s",
                               d->fault_code.val ? d->fault_code.val : "",
                               d->detail_response_code.val ? " " : "",
                               d->detail_response_code.val ? d->detail_response_code.val : "",
                               d->fault_string.val ? ": " : "", d->fault_string.val ? d->fault_string.val : "");
    }
    show_problems(&c, et);

    if (d->operation.val && have_tap_listener(ews_tap)) {
        tap = wmem_new0(pinfo->pool, ews_tap_info_t);
        tap->operation = d->operation.val;
        tap->is_response = is_response;
        tap->doc = d;
        tap_queue_packet(ews_tap, pinfo, tap);
    }
    return tvb_captured_length(tvb);
}

static gboolean
lower_layer_is_http(packet_info *pinfo)
{
    wmem_list_frame_t *f = wmem_list_tail(pinfo->layers);

    return f && GPOINTER_TO_INT(wmem_list_frame_data(f)) == proto_http;
}

/* The media type entry: the body goes to what had the entry (XML), as it would
 * without this plugin, then to "ews" for the summary.  When XML gives up on a
 * body, the error is shown as the frame would show it (show_exception: the
 * "[Dissector bug ...]" / "[Malformed ...]" item and its expert info) and the
 * summary is still made, as it reads the body itself: a DissectorError is
 * caught too, because Wireshark's tree depth limit (500 levels) throws one
 * when XML meets deeply nested markup, which is the body's fault, not a bug.
 * A BoundsError (the capture cut short) still ends the frame. */
static int
dissect_media(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data, dissector_handle_t next)
{
    void *http_info = lower_layer_is_http(pinfo) ? data : NULL;
    volatile int len = 0;

    if (!next)
        return 0;
    TRY {
        len = call_dissector_only(next, tvb, pinfo, tree, data);
    }
    CATCH5(ReportedBoundsError, ContainedBoundsError, ScsiBoundsError, ReassemblyError, DissectorError) {
        show_exception(tvb, pinfo, tree, EXCEPT_CODE, GET_MESSAGE);
        len = tvb_captured_length(tvb);     /* XML took the body */
    }
    ENDTRY;
    if (len > 0)
        call_dissector_only(ews_handle, tvb, pinfo, tree, http_info);
    return len;
}

static int
dissect_text_xml(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
    return dissect_media(tvb, pinfo, tree, data, text_xml_next);
}

static int
dissect_soap_xml(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
    return dissect_media(tvb, pinfo, tree, data, soap_xml_next);
}

/* ------------------------------------------------------------------ statistics */

static const char *st_str_operations = "EWS operations";
static const char *st_str_classes = "Response classes";
static const char *st_str_codes = "Response codes";
static int st_node_operations = -1;
static int st_node_classes = -1;
static int st_node_codes = -1;

static void
ews_stats_init(stats_tree *st)
{
    st_node_operations = stats_tree_create_node(st, st_str_operations, 0, STAT_DT_INT, TRUE);
    st_node_classes = stats_tree_create_node(st, st_str_classes, 0, STAT_DT_INT, TRUE);
    st_node_codes = stats_tree_create_node(st, st_str_codes, 0, STAT_DT_INT, TRUE);
}

static tap_packet_status
ews_stats_packet(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *p,
                 tap_flags_t flags _U_)
{
    const ews_tap_info_t *t = (const ews_tap_info_t *)p;
    const ews_doc_t *d = t->doc;
    guint i, n = wmem_array_get_count(d->msgs);

    tick_stat_node(st, st_str_operations, 0, FALSE);
    tick_stat_node(st, t->operation, st_node_operations, FALSE);
    for (i = 0; i < n; i++) {
        const ews_msg_t *m = (const ews_msg_t *)wmem_array_index(d->msgs, i);
        if (m->response_class.val) {
            tick_stat_node(st, st_str_classes, 0, FALSE);
            tick_stat_node(st, m->response_class.val, st_node_classes, FALSE);
        }
        if (m->response_code.val) {
            tick_stat_node(st, st_str_codes, 0, FALSE);
            tick_stat_node(st, m->response_code.val, st_node_codes, FALSE);
        }
    }
    if (d->fault && d->detail_response_code.val) {
        tick_stat_node(st, st_str_codes, 0, FALSE);
        tick_stat_node(st, d->detail_response_code.val, st_node_codes, FALSE);
    }
    return TAP_PACKET_REDRAW;
}

/* `-z ews,counts[,filter]`: the "ews" stats_tree under the name the project uses
 * (tshark also offers it as `-z ews,tree`). */
static bool
ews_counts_init(const char *opt_arg, void *userdata _U_)
{
    return oxcrops_stats_tree_cli_init("ews", "ews,counts", opt_arg);
}
OXC_DEFINE_STAT_TAP_INIT(ews_counts_init)

/* ------------------------------------------------------------------ registration */

void
ews_register(void)
{
    static hf_register_info hf[] = {
        { &hf_operation,
          { "Operation", "ews.operation", FT_STRING, BASE_NONE, NULL, 0,
            "The element under soap:Body: the operation (SendItem) or its response (SendItemResponse)", HFILL } },
        { &hf_request_operation,
          { "Request operation", "ews.request_operation", FT_STRING, BASE_NONE, NULL, 0,
            "The operation of the request this response answers", HFILL } },
        { &hf_request_frame,
          { "Request in frame", "ews.request_frame", FT_FRAMENUM, BASE_NONE, FRAMENUM_TYPE(FT_FRAMENUM_REQUEST), 0,
            NULL, HFILL } },
        { &hf_response_frame,
          { "Response in frame", "ews.response_frame", FT_FRAMENUM, BASE_NONE, FRAMENUM_TYPE(FT_FRAMENUM_RESPONSE), 0,
            NULL, HFILL } },
        { &hf_response_time,
          { "Response time", "ews.response_time", FT_RELATIVE_TIME, BASE_NONE, NULL, 0,
            "Time from the request to this response", HFILL } },
        { &hf_soap_action,
          { "SOAPAction", "ews.soap_action", FT_STRING, BASE_NONE, NULL, 0,
            "The request's SOAPAction header", HFILL } },
        { &hf_request_server_version,
          { "RequestServerVersion", "ews.request_server_version", FT_STRING, BASE_NONE, NULL, 0,
            "Version attribute of the request's RequestServerVersion header ([MS-OXWSCDATA] 2.2.3.9)", HFILL } },
        { &hf_server_version_info,
          { "ServerVersionInfo", "ews.server_version_info", FT_STRING, BASE_NONE, NULL, 0,
            "The response's ServerVersionInfo header ([MS-OXWSCDATA] 2.2.3.10): "
            "MajorVersion.MinorVersion.MajorBuildNumber.MinorBuildNumber", HFILL } },
        { &hf_svi_major_version,
          { "MajorVersion", "ews.server_version_info.major_version", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_svi_minor_version,
          { "MinorVersion", "ews.server_version_info.minor_version", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_svi_major_build_number,
          { "MajorBuildNumber", "ews.server_version_info.major_build_number", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_svi_minor_build_number,
          { "MinorBuildNumber", "ews.server_version_info.minor_build_number", FT_UINT32, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_svi_version,
          { "Version", "ews.server_version_info.version", FT_STRING, BASE_NONE, NULL, 0,
            "Version attribute of ServerVersionInfo (schema version, e.g. V2_8)", HFILL } },
        { &hf_save_item_to_folder,
          { "SaveItemToFolder", "ews.send_item.save_item_to_folder", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "SendItem: whether a copy of the sent item is saved", HFILL } },
        { &hf_message_disposition,
          { "MessageDisposition", "ews.message_disposition", FT_STRING, BASE_NONE, NULL, 0,
            "CreateItem / UpdateItem: SaveOnly, SendOnly or SendAndSaveCopy", HFILL } },
        { &hf_saved_item_folder_id,
          { "SavedItemFolderId", "ews.saved_item_folder_id", FT_STRING, BASE_NONE, NULL, 0,
            "The folder the item is saved in (its FolderId Id or DistinguishedFolderId Id)", HFILL } },
        { &hf_to_folder_id,
          { "ToFolderId", "ews.to_folder_id", FT_STRING, BASE_NONE, NULL, 0,
            "Target folder of a move or copy (its FolderId Id or DistinguishedFolderId Id)", HFILL } },
        { &hf_item_id,
          { "ItemId", "ews.item_id", FT_STRING, BASE_NONE, NULL, 0,
            "Id attribute of an ItemId element", HFILL } },
        { &hf_folder_id,
          { "FolderId", "ews.folder_id", FT_STRING, BASE_NONE, NULL, 0,
            "Id attribute of a FolderId (or ParentFolderId) element", HFILL } },
        { &hf_distinguished_folder_id,
          { "DistinguishedFolderId", "ews.distinguished_folder_id", FT_STRING, BASE_NONE, NULL, 0,
            "Id attribute of a DistinguishedFolderId element (inbox, drafts, sentitems ...)", HFILL } },
        { &hf_change_key,
          { "ChangeKey", "ews.change_key", FT_STRING, BASE_NONE, NULL, 0,
            "ChangeKey attribute of an ItemId or FolderId", HFILL } },
        { &hf_response_message_count,
          { "Response messages", "ews.response_message_count", FT_UINT32, BASE_DEC, NULL, 0,
            "Number of response messages under ResponseMessages", HFILL } },
        { &hf_response_message,
          { "Response message", "ews.response_message", FT_STRING, BASE_NONE, NULL, 0,
            "Element name of one response message (SendItemResponseMessage ...)", HFILL } },
        { &hf_response_class,
          { "ResponseClass", "ews.response_class", FT_STRING, BASE_NONE, NULL, 0,
            "Success, Warning or Error ([MS-OXWSCDATA] 2.2.4.65)", HFILL } },
        { &hf_response_code,
          { "ResponseCode", "ews.response_code", FT_STRING, BASE_NONE, NULL, 0,
            "NoError or the error code ([MS-OXWSCDATA] 2.2.5.24)", HFILL } },
        { &hf_message_text,
          { "MessageText", "ews.message_text", FT_STRING, BASE_NONE, NULL, 0,
            "Text description of a response message's status (or a SOAP fault detail's Message)", HFILL } },
        { &hf_fault_code,
          { "faultcode", "ews.fault_code", FT_STRING, BASE_NONE, NULL, 0,
            "SOAP fault code", HFILL } },
        { &hf_fault_string,
          { "faultstring", "ews.fault_string", FT_STRING, BASE_NONE, NULL, 0,
            "SOAP fault string", HFILL } },
    };
    static gint *ett[] = { &ett_ews, &ett_svi, &ett_message, &ett_id, &ett_target };
    static ei_register_info ei[] = {
        { &ei_response_error, { "ews.response_error", PI_RESPONSE_CODE, PI_WARN,
            "Response message with ResponseClass Error", EXPFILL } },
        { &ei_response_warning, { "ews.response_warning", PI_RESPONSE_CODE, PI_NOTE,
            "Response message with ResponseClass Warning", EXPFILL } },
        { &ei_fault, { "ews.fault", PI_RESPONSE_CODE, PI_WARN,
            "SOAP fault", EXPFILL } },
        { &ei_malformed, { "ews.malformed_xml", PI_MALFORMED, PI_WARN,
            "Malformed XML", EXPFILL } },
        { &ei_truncated, { "ews.truncated_xml", PI_MALFORMED, PI_WARN,
            "The XML ends before the document does", EXPFILL } },
        { &ei_limit, { "ews.limit", PI_UNDECODED, PI_NOTE,
            "A limit of the EWS summary was reached", EXPFILL } },
        { &ei_no_body, { "ews.no_body", PI_PROTOCOL, PI_WARN,
            "SOAP envelope without an operation under soap:Body", EXPFILL } },
        { &ei_bad_value, { "ews.bad_value", PI_PROTOCOL, PI_WARN,
            "Value not as the EWS schema defines it", EXPFILL } },
    };
    static stat_tap_ui counts_ui = {
        REGISTER_STAT_GROUP_GENERIC, NULL, "ews,counts", OXC_STAT_TAP_INIT(ews_counts_init), 0, NULL
    };
    expert_module_t *expert;

    proto_ews = proto_register_protocol("Exchange Web Services", "EWS", "ews");
    proto_register_field_array(proto_ews, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_ews);
    expert_register_field_array(expert, ei, array_length(ei));
    ews_handle = register_dissector("ews", dissect_ews, proto_ews);
    ews_frames = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_direct_hash, g_direct_equal);
    ews_tap = register_tap("ews");
    stats_tree_register_plugin("ews", "ews", "EWS/Operations and response codes", 0, ews_stats_packet,
                               ews_stats_init, NULL);
    register_stat_tap_ui(&counts_ui, NULL);
}

/* Takes a media type entry over when the XML dissector has it. */
static dissector_handle_t
take_media_type(const char *media_type, dissector_t fn, dissector_handle_t xml)
{
    dissector_table_t table = find_dissector_table("media_type");
    dissector_handle_t cur = table ? dissector_get_string_handle(table, media_type) : NULL;

    if (!cur || cur != xml)
        return NULL;
    /* no protocol: the handle adds no layer and follows XML's enabled state (see the top).
     * One description per media type: 4.6 aborts on two unnamed handles of one table
     * that share a description. */
    dissector_add_string("media_type", media_type,
                         create_dissector_handle_with_name_and_description(
                             fn, -1, NULL, wmem_strdup_printf(wmem_epan_scope(), "XML (%s, with the EWS summary)",
                                                              media_type)));
    return cur;
}

void
ews_handoff(void)
{
    dissector_handle_t xml = find_dissector("xml");

    proto_http = proto_get_id_by_filter_name("http");
    if (!xml)
        return;
    text_xml_next = take_media_type("text/xml", dissect_text_xml, xml);
    soap_xml_next = take_media_type("application/soap+xml", dissect_soap_xml, xml);
}

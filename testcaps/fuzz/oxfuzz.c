/* SPDX-License-Identifier: GPL-2.0-or-later */
/* oxfuzz.c: libFuzzer harness for the oxcrops plugin (the project's issue 7).
 *
 * The plugin's sources (every .c of dissectors/ and plugin/) are compiled into
 * this binary with -fsanitize=fuzzer,address,undefined and registered
 * statically (plugin_register() before epan_init(), as Wireshark's fuzzshark
 * does for static plugins); libwireshark, libwiretap and libwsutil are the
 * system's (Debian's libwireshark-dev).
 *
 * The target is chosen by the environment variable OXFUZZ_TARGET or by an
 * argument --target=NAME (removed before libFuzzer sees the arguments):
 *
 *   oxcrops.rop_request      a ROP buffer (RopSize, RopsList, handle table), request
 *   oxcrops.rop_response     the same, response
 *   oxcrops.extbuf_request   an RPC_HEADER_EXT chain of ROP buffers, request
 *   oxcrops.extbuf_response  the same, response
 *   oxcrops.auxbuf           an auxiliary extended buffer (AUX_HEADER blocks)
 *   mapihttp                 a MAPI/HTTP body, no HTTP data (taken as a response)
 *   oxcrops.call             harness-made: a request chain and a response chain
 *                            of one call (frames 1 and 2), so that responses are
 *                            typed by their request ROPs.  Input: u16 LE length
 *                            of the request chain, the request chain, the
 *                            response chain.
 *   mapihttp.exchange        harness-made: a MAPI/HTTP request and its response
 *                            with their HTTP headers.  Input: u16 LE length of
 *                            the request message, the request message, the
 *                            response message; a message is header lines
 *                            ("Name: value\r\n") up to an empty line, then the
 *                            body.  An empty request part gives a lone response.
 *   ews.exchange             harness-made: as mapihttp.exchange (same input
 *                            layout), the bodies given to Wireshark's "xml"
 *                            dissector and then to the plugin's "ews" with the
 *                            media_content_info_t, as ews.c's media-type entry
 *                            does for a body HTTP hands over.
 *   emsmdb.dcerpc            harness-made: connection-oriented DCE/RPC PDUs of
 *                            one TCP connection (requests and responses in any
 *                            order), after a fixed bind of EMSMDB (context 0) and
 *                            AsyncEMSMDB (context 1).  Each PDU (by its frag_len)
 *                            is a frame, the 16th frame takes the rest; each
 *                            frame goes to Wireshark's DCE/RPC-over-TCP
 *                            heuristic, the plugin's EMSMDB/AsyncEMSMDB routines
 *                            decode the stubs (emsmdb.c, asyncemsmdb.c).
 *
 * The six named targets are the dissectors the plugin registers by name; the
 * harness calls each of them as a postdissector on a frame whose tvb is the
 * whole input (as fuzzshark does).  The harness-made targets call the plugin's
 * exported dissect_rop_extended_buffer(), the "mapihttp" dissector with an
 * media_content_info_t, or Wireshark's DCE/RPC, the way the carriers are reached.
 *
 * Each input is dissected like `tshark -2 -V`: a first pass over its frames
 * (visited = 0; no tree, or a hidden one as with a display filter, by the
 * input's length being even or odd), then a second pass (visited = 1) with a
 * visible tree, the columns filled in, and every item's label and value formatted.
 * Dissection state (wmem file scope, conversations, the plugin's sessions) is
 * kept from input to input, as in one long capture file, the way fuzzshark does;
 * OXFUZZ_RESET=N starts a fresh capture every N inputs (epan_free/epan_new:
 * about 2 s and tens of MB of libwireshark's caches each, so only for replaying a
 * finding that seems to depend on earlier inputs, with a small N).
 *
 * Statistics: unless OXFUZZ_TAPS=0, the plugin's statistics listen as with
 * `tshark -z oxcrops,counts -z oxcrops,sessions -z ews,counts -z oxcrops,srt`
 * (stats.c, ews.c): the second pass runs with taps, and every TAP_ROUND inputs
 * the listeners are drawn (to /dev/null: stdout is closed to the tables) and
 * reset, as a GUI redraw and a file reload would.
 *
 * WIRESHARK_ABORT_ON_DISSECTOR_BUG is set (unless already set), so
 * DISSECTOR_ASSERT failures and dissector-bug exceptions abort; GLib and
 * Wireshark log messages of level "critical" or worse abort too.
 * OXFUZZ_PRINT=1 prints the second pass's tree on stderr (to read a reproducer).
 * OXFUZZ_SELFTEST=1 makes the inputs "OXFUZZ-LEAK..." leak and "OXFUZZ-OVERFLOW..."
 * overflow a heap buffer, so that tests can check the sanitizers are live.
 *
 * Memory: WIRESHARK_DEBUG_WMEM_OVERRIDE defaults to "simple" here (each wmem
 * allocation is its own malloc, so ASan sees overflows of wmem buffers).  For
 * per-input leak detection (-detect_leaks=1) run with
 * WIRESHARK_DEBUG_WMEM_OVERRIDE=block: with "simple" every input that adds
 * file-scope state triggers a full LeakSanitizer scan (a few inputs per
 * second); with "block" only inputs that malloc outside wmem do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sanitizer/lsan_interface.h>

#include <glib.h>

#include <wireshark.h>
#include <epan/epan.h>
#include <epan/epan_dissect.h>
#include <epan/exceptions.h>
#include <epan/show_exception.h>
#include <epan/disabled_protos.h>
#include <epan/column.h>
#include <epan/column-info.h>
#include <epan/packet.h>
#include <epan/prefs.h>
#include <epan/proto.h>
#include <epan/proto_data.h>
#include <epan/srt_table.h>
#include <epan/stat_tap_ui.h>
#include <epan/stats_tree.h>
#include <epan/stats_tree_priv.h>
#include <epan/tap.h>
#include <epan/timestamp.h>
#include <epan/tvbuff.h>
#include <epan/dissectors/packet-http.h>
#include <wiretap/wtap.h>
#include <wsutil/filesystem.h>
#include <wsutil/privileges.h>
#include <wsutil/report_message.h>
#include <wsutil/wslog.h>

#include "wscompat.h"
#include "oxcrops.h"

/* libwireshark's interfaces the harness uses beyond the plugin's (wscompat.h) */
#if OXC_WS_AT_LEAST(4, 2)
typedef bool report_bool_t;             /* 4.2: report_message callbacks take bool ... */
typedef uint64_t report_frame_t;        /* ... and 64-bit frame numbers */
#define FI_FVALUE(fi) ((fi)->value)     /* 4.2: a field_info holds a pointer to its fvalue */
#define ws_log_set_fatal ws_log_set_fatal_level     /* 4.2 renamed it */
#else
typedef gboolean report_bool_t;
typedef guint32 report_frame_t;
#define FI_FVALUE(fi) (&(fi)->value)
#endif
#if OXC_WS_AT_LEAST(4, 6)
/* 4.6: ws_log_init() and configuration_init() lost their program and namespace
 * names; proto_item_fill_label() also returns where the value starts; a record
 * carries its bytes (rec->data) and its type's name (wtap_setup_packet_rec(), which
 * the frame dissector puts in a column), and epan_dissect_run() makes the tvb */
#define fuzz_log_init(name, cb) ws_log_init(cb)
#define fuzz_configuration_init(arg0) configuration_init(arg0)
#define fuzz_fill_label(fi, label) proto_item_fill_label((fi), (label), NULL)
#define fuzz_rec_init(rec, bytes, len) \
    (wtap_rec_init((rec), (len)), wtap_setup_packet_rec((rec), WTAP_ENCAP_UNKNOWN), \
     ws_buffer_append(&(rec)->data, (bytes), (len)))
#define fuzz_rec_cleanup(rec) wtap_rec_cleanup(rec)
#define fuzz_dissect(run, edt, rec, bytes, len, fd, cinfo) run((edt), WTAP_FILE_TYPE_SUBTYPE_UNKNOWN, (rec), (fd), (cinfo))
#else
#define fuzz_log_init(name, cb) ws_log_init((name), (cb))
#define fuzz_configuration_init(arg0) configuration_init((arg0), NULL)
#define fuzz_fill_label(fi, label) proto_item_fill_label((fi), (label))
#define fuzz_rec_init(rec, bytes, len) memset((rec), 0, sizeof *(rec))
#define fuzz_rec_cleanup(rec) ((void)(rec))
/* the tvb is freed by epan_dissect_reset(); its data must outlive it (the input does) */
#define fuzz_dissect(run, edt, rec, bytes, len, fd, cinfo) \
    run((edt), WTAP_FILE_TYPE_SUBTYPE_UNKNOWN, (rec), tvb_new_real_data((bytes), (guint)(len), (gint)(len)), (fd), (cinfo))
#endif

/* plugin/plugin.c */
void plugin_register(void);

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const guint8 *buf, size_t len);

typedef enum { MODE_NAMED, MODE_CALL, MODE_HTTP_EXCHANGE, MODE_DCERPC } fuzz_mode_t;

typedef struct {
    const char *name;
    fuzz_mode_t mode;
    const char *body_dissector;     /* MODE_HTTP_EXCHANGE: who gets the bodies */
} fuzz_target_t;

static const fuzz_target_t targets[] = {
    { "oxcrops.rop_request", MODE_NAMED },
    { "oxcrops.rop_response", MODE_NAMED },
    { "oxcrops.extbuf_request", MODE_NAMED },
    { "oxcrops.extbuf_response", MODE_NAMED },
    { "oxcrops.auxbuf", MODE_NAMED },
    { "mapihttp", MODE_NAMED },
    { "oxcrops.call", MODE_CALL },
    { "mapihttp.exchange", MODE_HTTP_EXCHANGE, "mapihttp" },
    { "ews.exchange", MODE_HTTP_EXCHANGE, "ews" },
    { "emsmdb.dcerpc", MODE_DCERPC },
};

#define MAX_PDUS 16
#define MAX_PARTS (2 + MAX_PDUS)

/* emsmdb.dcerpc: every input starts after this bind (context 0: EMSMDB 0.81,
 * context 1: AsyncEMSMDB 0.1, NDR20) and its bind_ack (C706 12.6.4.3/12.6.4.4) */
static const guint8 dcerpc_bind[] = {
    0x05, 0x00, 0x0b, 0x03, 0x10, 0x00, 0x00, 0x00, 0x74, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0xd0, 0x16, 0xd0, 0x16, 0x00, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0xdb, 0xf1, 0xa4,
    0x47, 0xca, 0x67, 0x10, 0xb3, 0x1f, 0x00, 0xdd, 0x01, 0x06, 0x62, 0xda,
    0x00, 0x00, 0x51, 0x00, 0x04, 0x5d, 0x88, 0x8a, 0xeb, 0x1c, 0xc9, 0x11,
    0x9f, 0xe8, 0x08, 0x00, 0x2b, 0x10, 0x48, 0x60, 0x02, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x01, 0x00, 0x4a, 0x57, 0x61, 0x52, 0x72, 0x45, 0x6e, 0x20,
    0xb2, 0x68, 0x6b, 0x19, 0x92, 0x13, 0xb4, 0xe4, 0x00, 0x00, 0x01, 0x00,
    0x04, 0x5d, 0x88, 0x8a, 0xeb, 0x1c, 0xc9, 0x11, 0x9f, 0xe8, 0x08, 0x00,
    0x2b, 0x10, 0x48, 0x60, 0x02, 0x00, 0x00, 0x00,
};
static const guint8 dcerpc_bind_ack[] = {
    0x05, 0x00, 0x0c, 0x03, 0x10, 0x00, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0xd0, 0x16, 0xd0, 0x16, 0x34, 0x12, 0x00, 0x00,
    0x05, 0x00, 0x31, 0x30, 0x33, 0x32, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x04, 0x5d, 0x88, 0x8a, 0xeb, 0x1c, 0xc9, 0x11,
    0x9f, 0xe8, 0x08, 0x00, 0x2b, 0x10, 0x48, 0x60, 0x02, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x04, 0x5d, 0x88, 0x8a, 0xeb, 0x1c, 0xc9, 0x11,
    0x9f, 0xe8, 0x08, 0x00, 0x2b, 0x10, 0x48, 0x60, 0x02, 0x00, 0x00, 0x00,
};


static heur_dtbl_entry_t *dcerpc_heur;      /* DCE/RPC over TCP, Wireshark's heuristic */

static const fuzz_target_t *target;
static dissector_handle_t target_handle;    /* MODE_NAMED: the plugin's dissector */
static dissector_handle_t body_handle;      /* MODE_HTTP_EXCHANGE: mapihttp or ews */
static dissector_handle_t xml_handle;       /* ews.exchange: XML has the body first */
static dissector_handle_t oxfuzz_handle;
static int proto_oxfuzz = -1;
static int proto_http = -1;
static column_info fuzz_cinfo;
static epan_t *fuzz_epan;
static epan_dissect_t *fuzz_edt;            /* second pass: tree built and visible (-V) */
static epan_dissect_t *fuzz_edt_hidden;     /* first pass with a filter: tree, items may be faked */
static epan_dissect_t *fuzz_edt_notree;     /* first pass without a filter: no tree at all */
static guint32 framenum;
static gboolean taps_on;        /* OXFUZZ_TAPS: the -z statistics listen (default) */
static srt_data_t srt_data;     /* -z oxcrops,srt: the service response time table */
static guint inputs_since_draw;
#define TAP_ROUND 256
static guint reset_every = 0;
static guint inputs_since_reset;
static gboolean selftest;      /* OXFUZZ_SELFTEST=1: inputs "OXFUZZ-LEAK" / "OXFUZZ-OVERFLOW" misbehave */

/* What the harness dissector is asked to do for the frame being dissected. */
static struct {
    guint part;                  /* 0: request part, 1: response part */
    guint32 request_frame;       /* frame number of part 0, 0 when there is none */
    gboolean request_present;
} cur;

/* ---------------------------------------------------------------- reports */

static void
fuzz_vreport(const char *fmt, va_list ap)
{
    fprintf(stderr, "oxfuzz: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
}

static void
fuzz_open_failure(const char *name, int err, report_bool_t for_writing)
{
    fprintf(stderr, "oxfuzz: cannot open %s for %s: %s\n", name, for_writing ? "writing" : "reading",
            g_strerror(err));
}

static void
fuzz_rw_failure(const char *name, int err)
{
    fprintf(stderr, "oxfuzz: I/O error on %s: %s\n", name, g_strerror(err));
}

static void
fuzz_cfile_failure(const char *name, int err, gchar *info)
{
    fprintf(stderr, "oxfuzz: capture file error on %s: %d %s\n", name, err, info ? info : "");
}

static void
fuzz_cfile_dump_failure(const char *name, int err, gchar *info, int type _U_)
{
    fuzz_cfile_failure(name, err, info);
}

static void
fuzz_cfile_write_failure(const char *in _U_, const char *out, int err, gchar *info, report_frame_t num _U_,
                         int type _U_)
{
    fuzz_cfile_failure(out, err, info);
}

#if OXC_WS_AT_LEAST(4, 6)
static void
fuzz_rename_failure(const char *from, const char *to _U_, int err)
{
    fuzz_rw_failure(from, err);
}
#endif

static const struct report_message_routines fuzz_report_routines = {
    fuzz_vreport, fuzz_vreport, fuzz_open_failure, fuzz_rw_failure, fuzz_rw_failure,
#if OXC_WS_AT_LEAST(4, 6)
    fuzz_rename_failure,        /* 4.6 added it */
#endif
    fuzz_cfile_failure, fuzz_cfile_dump_failure, fuzz_cfile_failure, fuzz_cfile_write_failure,
    fuzz_cfile_failure,
};

static void
fuzz_log_err(const char *fmt, va_list ap)
{
    fuzz_vreport(fmt, ap);
}

/* ---------------------------------------------------------------- the harness dissector */

/* The input split into at most MAX_PARTS frames. */
static guint
split_input(const guint8 *buf, size_t len, const guint8 **part, size_t *part_len)
{
    size_t req_len;

    if (target->mode == MODE_NAMED) {
        part[0] = buf;
        part_len[0] = len;
        return 1;
    }
    if (target->mode == MODE_DCERPC) {
        guint n = 2;
        size_t off = 0;

        part[0] = dcerpc_bind;
        part_len[0] = sizeof dcerpc_bind;
        part[1] = dcerpc_bind_ack;
        part_len[1] = sizeof dcerpc_bind_ack;
        while (off < len && n < MAX_PARTS) {
            size_t frag = len - off;

            if (n < MAX_PARTS - 1 && frag >= 16) {
                size_t f = (size_t)buf[off + 8] | ((size_t)buf[off + 9] << 8);
                if (!(buf[off + 4] & 0x10))          /* big-endian data representation */
                    f = ((size_t)buf[off + 8] << 8) | (size_t)buf[off + 9];
                if (f >= 16 && f <= frag)
                    frag = f;
            }
            part[n] = buf + off;
            part_len[n] = frag;
            off += frag;
            n++;
        }
        return n;
    }
    if (len < 2) {
        part[0] = buf;
        part_len[0] = 0;
        part[1] = buf + len;
        part_len[1] = 0;
        return 2;
    }
    req_len = (size_t)buf[0] | ((size_t)buf[1] << 8);
    if (req_len > len - 2)
        req_len = len - 2;
    part[0] = buf + 2;
    part_len[0] = req_len;
    part[1] = buf + 2 + req_len;
    part_len[1] = len - 2 - req_len;
    return 2;
}

/* A MAPI/HTTP message: header lines up to an empty line, then the body.
 * Header names are lower-cased as HTTP's header map has them (design.md 6). */
static int
parse_http_headers(tvbuff_t *tvb, packet_info *pinfo, wmem_map_t *map)
{
    int len = tvb_captured_length(tvb);
    int offset = 0;
    int hdr_end;
    const guint8 *p = tvb_get_ptr(tvb, 0, len);

    /* the header block ends at the first "\r\n\r\n"; without one, everything is body */
    for (hdr_end = 0; hdr_end + 4 <= len; hdr_end++)
        if (!memcmp(p + hdr_end, "\r\n\r\n", 4))
            break;
    if (hdr_end + 4 > len)
        return 0;
    while (offset < hdr_end) {
        int eol = offset, colon = -1;
        char *name, *value;

        while (eol < hdr_end && p[eol] != '\r')
            eol++;
        for (int i = offset; i < eol; i++)
            if (p[i] == ':') {
                colon = i;
                break;
            }
        if (colon > offset) {
            name = (char *)tvb_get_string_enc(pinfo->pool, tvb, offset, colon - offset, ENC_ASCII);
            value = (char *)tvb_get_string_enc(pinfo->pool, tvb, colon + 1, eol - colon - 1, ENC_ASCII);
            for (char *c = name; *c; c++)
                *c = g_ascii_tolower(*c);
            wmem_map_insert(map, g_strstrip(name), g_strstrip(value));
        }
        offset = eol + 2;
    }
    return hdr_end + 4;
}

/* ews.exchange: Wireshark's XML dissector first, caught as ews.c's media type
 * entry (dissect_media) catches it.  LeakSanitizer ignores what XML allocates:
 * Wireshark 4.0's XML leaks an item's value (56 bytes) when its tree reaches the
 * depth limit of 500 levels, with or without this plugin (stock tshark does
 * under valgrind); see regressions/ews.exchange--xml-tree-depth-leak-in-libwireshark.py.
 * The plugin's code does not run inside this call. */
static void
call_xml(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, media_content_info_t *info)
{
    __lsan_disable();
    TRY {
        call_dissector_with_data(xml_handle, tvb, pinfo, tree, info);
    }
    CATCH5(ReportedBoundsError, ContainedBoundsError, ScsiBoundsError, ReassemblyError, DissectorError) {
        show_exception(tvb, pinfo, tree, EXCEPT_CODE, GET_MESSAGE);
    }
    FINALLY {
        __lsan_enable();
    }
    ENDTRY;
}

static int
dissect_oxfuzz(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    switch (target->mode) {
    case MODE_NAMED:
        call_dissector_only(target_handle, tvb, pinfo, tree, NULL);
        break;
    case MODE_CALL:
        if (cur.part == 0)
            dissect_rop_extended_buffer(tvb, pinfo, tree, ROP_REQUEST, pinfo->num);
        else
            dissect_rop_extended_buffer(tvb, pinfo, tree, ROP_RESPONSE, cur.request_frame);
        break;
    case MODE_DCERPC:
        dcerpc_heur->dissector(tvb, pinfo, tree, NULL);
        break;
    case MODE_HTTP_EXCHANGE: {
        media_content_info_t info;
        wmem_map_t *headers = wmem_map_new(pinfo->pool, g_str_hash, g_str_equal);
        int body = parse_http_headers(tvb, pinfo, headers);

        memset(&info, 0, sizeof info);
        info.type = cur.part == 0 ? MEDIA_CONTAINER_HTTP_REQUEST : MEDIA_CONTAINER_HTTP_RESPONSE;
        info.media_str = NULL;
        info.data = headers;
        if (cur.part == 1 && cur.request_present && !PINFO_FD_VISITED(pinfo)) {
            /* what HTTP records for a response: the frame of its request */
            http_req_res_t *rr = wmem_new0(wmem_file_scope(), http_req_res_t);
            rr->number = 1;
            rr->req_framenum = cur.request_frame;
            rr->res_framenum = pinfo->num;
            p_add_proto_data(wmem_file_scope(), pinfo, proto_http, HTTP_PROTO_DATA_REQRES, rr);
        }
        tvb = tvb_new_subset_remaining(tvb, body);
        if (xml_handle)
            call_xml(tvb, pinfo, tree, &info);
        call_dissector_with_data(body_handle, tvb, pinfo, tree, &info);
        break;
    }
    }
    return tvb_captured_length(tvb);
}

static void
oxfuzz_register_protoinfo(void)
{
    proto_oxfuzz = proto_register_protocol("oxcrops fuzz harness", "OXFUZZ", "oxfuzz");
    oxfuzz_handle = register_dissector("oxfuzz", dissect_oxfuzz, proto_oxfuzz);
}

/* ---------------------------------------------------------------- like tshark -V */

static gboolean print_tree;     /* OXFUZZ_PRINT=1: the second pass's tree on stderr */

static void
format_node(proto_node *node, gpointer data)
{
    field_info *fi = PNODE_FINFO(node);
    int depth = GPOINTER_TO_INT(data);

    if (fi) {
        gchar label[ITEM_LABEL_LENGTH];
        char *repr = NULL;

        label[0] = '\0';
        if (!fi->rep)
            fuzz_fill_label(fi, label);
        if (fi->hfinfo->type != FT_NONE && fi->hfinfo->type != FT_PROTOCOL)
            repr = fvalue_to_string_repr(NULL, FI_FVALUE(fi), FTREPR_DISPLAY, fi->hfinfo->display);
        if (print_tree)
            fprintf(stderr, "%*s%s  [%s = %s]\n", 2 * depth, "", fi->rep ? fi->rep->representation : label,
                    fi->hfinfo->abbrev, repr ? repr : "");
        wmem_free(NULL, repr);
    }
    proto_tree_children_foreach(node, format_node, GINT_TO_POINTER(fi ? depth + 1 : depth));
}

/* ---------------------------------------------------------------- statistics */

/* tshark's own `-z <abbr>,tree[,filter]` for a stats_tree (ui/cli/tap-stats_tree.c,
 * part of tshark, not of libwireshark), which the plugin's `-z oxcrops,counts` and
 * `-z ews,counts` hand on to: the harness stands in for tshark here. */
static void
stats_tree_cli_draw(void *tapdata)
{
    stats_tree *st = (stats_tree *)tapdata;
    GString *s = stats_tree_format_as_str(st, ST_FORMAT_PLAIN, stats_tree_get_default_sort_col(st),
                                          stats_tree_is_default_sort_DESC(st));

    fputs(s->str, stdout);
    g_string_free(s, TRUE);
}

/* Frees a stats_tree with what the stats_tree_free() of 4.0 and 4.4 leaves: the
 * root node's name and burst buckets, allocated by stats_tree_new()
 * (epan/stats_tree.c of 4.0.17: free_stat_node() frees them for every node but
 * the root, which is part of the tree struct; LeakSanitizer shows 4.4.19 leaving
 * the same, 4.6.9 not). tshark leaks them at exit; LeakSanitizer would report
 * it here. */
static void
stats_tree_cli_free(stats_tree *st)
{
#if !OXC_WS_AT_LEAST(4, 6)
    while (st->root.bh) {
        burst_bucket *b = st->root.bh;

        st->root.bh = b->next;
        g_free(b);
    }
    st->root.bt = NULL;
    if (st->root.hash)
        g_hash_table_destroy(st->root.hash);
    st->root.hash = NULL;
    g_free(st->root.rng);
    st->root.rng = NULL;
    g_free(st->root.name);
    st->root.name = NULL;
#endif
    stats_tree_free(st);
}

static void
stats_tree_cli_finish(void *tapdata)
{
    stats_tree_cli_free((stats_tree *)tapdata);
}

static bool
stats_tree_cli_init(const char *opt_arg, void *userdata)
{
    stats_tree_cfg *cfg = (stats_tree_cfg *)userdata;
    size_t n = strlen(cfg->abbr) + strlen(",tree");
    stats_tree *st = stats_tree_new(cfg, NULL, opt_arg[n] == ',' ? opt_arg + n + 1 : NULL);
    GString *err = register_tap_listener(cfg->tapname, st, st->filter, cfg->flags, stats_tree_reset,
                                         stats_tree_packet, stats_tree_cli_draw, stats_tree_cli_finish);

    if (err) {
        fprintf(stderr, "oxfuzz: -z %s: %s\n", opt_arg, err->str);
        g_string_free(err, TRUE);
        stats_tree_cli_free(st);
        return false;
    }
    if (cfg->init)
        cfg->init(st);
    return true;
}
OXC_DEFINE_STAT_TAP_INIT(stats_tree_cli_init)

/* Registers `-z <abbr>,tree` for the plugin's stats_trees, as tshark does for every one. */
static void
stats_tree_cli_register(void)
{
    static stat_tap_ui uis[] = {
        { REGISTER_STAT_GROUP_GENERIC, NULL, "oxcrops_counts,tree", OXC_STAT_TAP_INIT(stats_tree_cli_init), 0, NULL },
        { REGISTER_STAT_GROUP_GENERIC, NULL, "ews,tree", OXC_STAT_TAP_INIT(stats_tree_cli_init), 0, NULL },
    };

    for (size_t i = 0; i < G_N_ELEMENTS(uis); i++) {
        char *abbr = g_strndup(uis[i].cli_string, strlen(uis[i].cli_string) - strlen(",tree"));
        stats_tree_cfg *cfg = stats_tree_get_cfg_by_abbr(abbr);

        g_free(abbr);
        if (!cfg) {
            fprintf(stderr, "oxfuzz: no stats_tree for -z %s\n", uis[i].cli_string);
            exit(2);
        }
        register_stat_tap_ui(&uis[i], cfg);
    }
}

/* The listeners tshark's -z options would start (their arguments as tshark takes them). */
static void
taps_start(void)
{
    static const char *const stats[] = { "oxcrops,counts", "oxcrops,sessions", "ews,counts" };
    register_srt_t *srt = get_srt_table_by_name("oxcrops");
    GString *err;

    if (!freopen("/dev/null", "w", stdout))
        fprintf(stderr, "oxfuzz: cannot send stdout to /dev/null\n");
    stats_tree_cli_register();
    for (size_t i = 0; i < G_N_ELEMENTS(stats); i++)
        if (!process_stat_cmd_arg(stats[i])) {
            fprintf(stderr, "oxfuzz: no statistics \"%s\"\n", stats[i]);
            exit(2);
        }
    start_requested_stats();
    if (!srt) {
        fprintf(stderr, "oxfuzz: no service response time table \"oxcrops\"\n");
        exit(2);
    }
    srt_data.srt_array = g_array_new(FALSE, TRUE, sizeof(srt_stat_table *));
    srt_table_dissector_init(srt, srt_data.srt_array);
    err = register_tap_listener(get_srt_tap_listener_name(srt), &srt_data, NULL, 0, NULL, get_srt_packet_func(srt),
                                NULL, NULL);
    if (err) {
        fprintf(stderr, "oxfuzz: -z oxcrops,srt: %s\n", err->str);
        exit(2);
    }
}

/* Every TAP_ROUND inputs: what a redraw and a reload do to the listeners. */
static void
taps_round(void)
{
    if (!taps_on || ++inputs_since_draw < TAP_ROUND)
        return;
    inputs_since_draw = 0;
    draw_tap_listeners(TRUE);
    reset_tap_listeners();
    reset_srt_table(srt_data.srt_array);
}

static void
taps_stop(void)
{
    if (!taps_on)
        return;
    draw_tap_listeners(TRUE);
    remove_tap_listener(&srt_data);
    free_srt_table(get_srt_table_by_name("oxcrops"), srt_data.srt_array);
    g_array_free(srt_data.srt_array, TRUE);
    /* the -z listeners stay: epan_cleanup() calls their finish callbacks, which free them */
}

/* ---------------------------------------------------------------- init */

static const nstime_t *
fuzz_get_frame_ts(struct packet_provider_data *prov _U_, guint32 frame_num _U_)
{
    static nstime_t empty;

    return &empty;
}

static void
fuzz_epan_new(void)
{
    static const struct packet_provider_funcs funcs = { fuzz_get_frame_ts, NULL, NULL, NULL };

    fuzz_epan = epan_new(NULL, &funcs);
    fuzz_edt = epan_dissect_new(fuzz_epan, TRUE, TRUE);
    fuzz_edt_hidden = epan_dissect_new(fuzz_epan, TRUE, FALSE);
    fuzz_edt_notree = epan_dissect_new(fuzz_epan, FALSE, FALSE);
}

static void
fuzz_epan_free(void)
{
    epan_dissect_free(fuzz_edt);
    epan_dissect_free(fuzz_edt_hidden);
    epan_dissect_free(fuzz_edt_notree);
    epan_free(fuzz_epan);
    fuzz_edt = fuzz_edt_hidden = fuzz_edt_notree = NULL;
    fuzz_epan = NULL;
}

static void
fuzz_cleanup(void)
{
    taps_stop();
    if (fuzz_epan)
        fuzz_epan_free();
    col_cleanup(&fuzz_cinfo);
    epan_cleanup();
    wtap_cleanup();
    free_progdirs();
}

static void
usage(void)
{
    fprintf(stderr, "oxfuzz: set OXFUZZ_TARGET (or pass --target=NAME) to one of:");
    for (size_t i = 0; i < G_N_ELEMENTS(targets); i++)
        fprintf(stderr, " %s", targets[i].name);
    fprintf(stderr, "\n");
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static proto_plugin oxfuzz_plugin;
    const char *name = getenv("OXFUZZ_TARGET");
    const char *reset = getenv("OXFUZZ_RESET");
    char *err;
    e_prefs *prefs_p;
    int i, j;

    /* --target=NAME, taken out of argv before libFuzzer parses it */
    for (i = 1, j = 1; i < *argc; i++) {
        if (!strncmp((*argv)[i], "--target=", 9))
            name = (*argv)[i] + 9;
        else
            (*argv)[j++] = (*argv)[i];
    }
    *argc = j;
    (*argv)[j] = NULL;
    for (size_t k = 0; name && k < G_N_ELEMENTS(targets); k++)
        if (!strcmp(targets[k].name, name))
            target = &targets[k];
    if (!target) {
        if (name)
            fprintf(stderr, "oxfuzz: unknown target \"%s\"\n", name);
        usage();
        exit(2);
    }
    print_tree = getenv("OXFUZZ_PRINT") != NULL;
    taps_on = !getenv("OXFUZZ_TAPS") || strcmp(getenv("OXFUZZ_TAPS"), "0") != 0;
    selftest = getenv("OXFUZZ_SELFTEST") != NULL;
    if (reset && atoi(reset) >= 0)
        reset_every = (guint)atoi(reset);

    /* no personal or global configuration (as fuzzshark) */
    g_setenv("XDG_CACHE_HOME", "/nonexistent/oxfuzz", 0);
    g_setenv("XDG_CONFIG_HOME", "/nonexistent/oxfuzz", 0);
    g_setenv("XDG_DATA_HOME", "/nonexistent/oxfuzz", 0);
    g_setenv("WIRESHARK_CONFIG_DIR", "/nonexistent/oxfuzz", 0);
    g_setenv("WIRESHARK_DEBUG_WMEM_OVERRIDE", "simple", 0);
    g_setenv("G_SLICE", "always-malloc", 0);
    g_setenv("WIRESHARK_ABORT_ON_DISSECTOR_BUG", "1", 0);

    fuzz_log_init("oxfuzz", fuzz_log_err);
    init_process_policies();
    err = fuzz_configuration_init((*argv)[0]);
    if (err) {
        fprintf(stderr, "oxfuzz: %s\n", err);
        g_free(err);
    }
    init_report_message("oxfuzz", &fuzz_report_routines);
    timestamp_set_type(TS_RELATIVE);
    timestamp_set_precision(TS_PREC_AUTO);
    timestamp_set_seconds_type(TS_SECONDS_DEFAULT);

    wtap_init(FALSE);
    plugin_register();                      /* the plugin, statically */
    oxfuzz_plugin.register_protoinfo = oxfuzz_register_protoinfo;
    proto_register_plugin(&oxfuzz_plugin);
    if (!epan_init(NULL, NULL, FALSE)) {
        fprintf(stderr, "oxfuzz: epan_init failed\n");
        exit(2);
    }
    prefs_p = epan_load_settings();
    proto_disable_proto_by_name("snort");
    build_column_format_array(&fuzz_cinfo, prefs_p->num_cols, TRUE);

    proto_http = proto_get_id_by_filter_name("http");
    dcerpc_heur = find_heur_dissector_by_unique_short_name("dcerpc_tcp");
    if (!dcerpc_heur) {
        fprintf(stderr, "oxfuzz: Wireshark's dcerpc_tcp heuristic is not registered\n");
        exit(2);
    }
    if (target->mode == MODE_NAMED)
        target_handle = find_dissector(target->name);
    if (target->mode == MODE_HTTP_EXCHANGE) {
        body_handle = find_dissector(target->body_dissector);
        if (!strcmp(target->body_dissector, "ews"))
            xml_handle = find_dissector("xml");
    }
    if ((target->mode == MODE_NAMED && !target_handle) || (target->mode == MODE_HTTP_EXCHANGE && !body_handle) ||
        (xml_handle == NULL && !strcmp(target->name, "ews.exchange")) || proto_http < 0) {
        fprintf(stderr, "oxfuzz: dissector \"%s\" is not registered\n", target->name);
        exit(2);
    }
    register_postdissector(oxfuzz_handle);
    if (taps_on)
        taps_start();
    fprintf(stderr, "oxfuzz: target %s, state reset every %u input(s)\n", target->name, reset_every);
    {
        const char *wmem = getenv("WIRESHARK_DEBUG_WMEM_OVERRIDE");
        gboolean leaks_off = FALSE;

        for (i = 1; i < *argc; i++)
            if (!strcmp((*argv)[i], "-detect_leaks=0"))
                leaks_off = TRUE;
        if (!leaks_off && wmem && !strcmp(wmem, "simple"))
            fprintf(stderr, "oxfuzz: note: per-input leak checks with WIRESHARK_DEBUG_WMEM_OVERRIDE=simple are slow"
                    " (a few inputs a second); for many inputs use -detect_leaks=0 or"
                    " WIRESHARK_DEBUG_WMEM_OVERRIDE=block\n");
    }

    /* from here on a GLib/Wireshark message of level critical or worse is a finding */
    ws_log_set_fatal(LOG_LEVEL_CRITICAL);
    fuzz_epan_new();
    atexit(fuzz_cleanup);
    return 0;
}

/* ---------------------------------------------------------------- one input */

int
LLVMFuzzerTestOneInput(const guint8 *buf, size_t len)
{
    const guint8 *part[MAX_PARTS];
    size_t part_len[MAX_PARTS];
    wtap_rec rec[MAX_PARTS];
    frame_data fd[MAX_PARTS];
    guint nparts, i, pass;
    epan_dissect_t *first;

    if (len > 0x100000)
        return 0;
    if (selftest) {
        /* a leak and a heap overflow on demand, to check that the pipeline reports them */
        static void *volatile sink;
        if (len >= 11 && !memcmp(buf, "OXFUZZ-LEAK", 11)) {
            sink = g_malloc(77);
            sink = NULL;
        } else if (len >= 15 && !memcmp(buf, "OXFUZZ-OVERFLOW", 15)) {
            char *p = (char *)g_malloc(15);
            memcpy(p, buf, len);
            sink = p;
            g_free(p);
        }
    }
    if (reset_every && inputs_since_reset++ >= reset_every) {
        fuzz_epan_free();
        fuzz_epan_new();
        inputs_since_reset = 1;
    }
    nparts = split_input(buf, len, part, part_len);
    memset(&cur, 0, sizeof cur);
    for (i = 0; i < nparts; i++) {
        fuzz_rec_init(&rec[i], part[i], part_len[i]);
        rec[i].rec_type = REC_TYPE_PACKET;
        rec[i].rec_header.packet_header.caplen = (guint32)part_len[i];
        rec[i].rec_header.packet_header.len = (guint32)part_len[i];
        rec[i].rec_header.packet_header.pkt_encap = WTAP_ENCAP_UNKNOWN;   /* no dissector: postdissector only */
        rec[i].presence_flags = WTAP_HAS_TS | WTAP_HAS_CAP_LEN;
        rec[i].ts.secs = 1700000000 + i;
        frame_data_init(&fd[i], ++framenum, &rec[i], 0, 0);
    }
    cur.request_frame = part_len[0] == 0 && target->mode == MODE_HTTP_EXCHANGE ? 0 : fd[0].num;
    cur.request_present = cur.request_frame != 0;

    /* tshark -2: a first pass (no tree, as without a display filter, or a hidden
     * tree, as with one: chosen by the input's length), then a second with the
     * tree shown and the columns filled in */
    first = (len & 1) ? fuzz_edt_hidden : fuzz_edt_notree;
    for (pass = 0; pass < 2; pass++) {
        epan_dissect_t *edt = pass ? fuzz_edt : first;

        for (i = 0; i < nparts; i++) {
            if (target->mode == MODE_HTTP_EXCHANGE && i == 0 && !cur.request_present)
                continue;
            cur.part = i;
            fd[i].visited = pass;
            if (pass && taps_on)
                fuzz_dissect(epan_dissect_run_with_taps, edt, &rec[i], part[i], part_len[i], &fd[i], &fuzz_cinfo);
            else
                fuzz_dissect(epan_dissect_run, edt, &rec[i], part[i], part_len[i], &fd[i], pass ? &fuzz_cinfo : NULL);
            if (pass) {
                epan_dissect_fill_in_columns(edt, FALSE, TRUE);
                if (print_tree)
                    fprintf(stderr, "---- frame %u\n", fd[i].num);
                format_node(edt->tree, GINT_TO_POINTER(0));
            }
            epan_dissect_reset(edt);
        }
    }
    for (i = 0; i < nparts; i++) {
        frame_data_destroy(&fd[i]);
        fuzz_rec_cleanup(&rec[i]);
    }
    taps_round();
    return 0;
}

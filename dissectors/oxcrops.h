/* SPDX-License-Identifier: GPL-2.0-or-later */
/* oxcrops.h: the ROP buffer decoder and what every ROP family shares.
 *
 * A ROP family file (rops_<family>.c) decodes the ROP-specific part of its
 * requests and responses with the cursor helpers below; the common headers
 * (RopId, LogonId, handle indexes, ReturnValue) are decoded by ropbuf.c as the
 * dispatch table (rop_table.c) says.
 */
#ifndef OXCROPS_H
#define OXCROPS_H

#include <epan/packet.h>
#include <epan/expert.h>

extern int proto_oxcrops;

/* Expert items shared by every ROP decoder (registered in ropbuf.c). */
extern expert_field ei_oxcrops_truncated;       /* a structure runs past its buffer */
extern expert_field ei_oxcrops_undefined_bits;  /* a flag field has bits the spec does not define */
extern expert_field ei_oxcrops_bad_value;       /* a value the spec does not allow */
extern expert_field ei_oxcrops_handle_index;    /* handle index outside the handle table */
extern expert_field ei_oxcrops_not_decoded;     /* a structure this version cannot decode */
extern expert_field ei_oxcrops_failure;         /* a ROP failed (ReturnValue != 0) */
extern expert_field ei_oxcrops_depth;           /* nesting deeper than the decoder allows */
extern expert_field ei_oxcrops_no_context;      /* layout depends on state not in the capture */

typedef enum {
    ROP_REQUEST,
    ROP_RESPONSE
} rop_dir_t;

/* One request ROP as remembered for its response (same call). */
typedef struct rop_req_rec {
    guint8   rop_id;
    guint8   handle_index;      /* InputHandleIndex or OutputHandleIndex the response echoes */
    guint16  tag_count;         /* property tags the response is typed by (may be 0) */
    guint32 *tags;              /* wmem_file_scope, tag_count entries */
    gboolean answered;          /* a response ROP was paired with it (first pass) */
    const void *detail;         /* what else the response needs of the request (file scope) */
} rop_req_rec_t;

/* The request ROPs of one call, in order (every ROP buffer of the request). */
typedef struct rop_call_rec {
    wmem_array_t *reqs;         /* of rop_req_rec_t, wmem_file_scope */
    nstime_t      request_time;
    guint32       response_frame;   /* first frame of the call's response, 0 if not seen */
} rop_call_rec_t;

struct oxc_session;

/* What a carrier tells the ROP buffer decoder about the call it belongs to. */
typedef struct rop_call_info {
    rop_dir_t       dir;
    guint32         request_frame;  /* frame of the request of this call, 0 if unknown */
    guint32         buffer_index;   /* running number of ROP buffers in this frame */
    /* responses: the request ROPs of the call and how far pairing has got */
    rop_call_rec_t *call;
    guint           next_req;       /* responses: next request to pair; requests: ROPs seen */
    struct oxc_session *session;    /* the session whose handles the buffer uses */
    /* requests: columns set by RopSetColumns earlier in this call, per input
     * handle index (pinfo->pool, allocated on first use) */
    const guint32 **columns;
    guint16        *column_counts;
    /* requests: handle slots an earlier ROP of this buffer outputs to (the
     * server fills them, so the client sends 0xFFFFFFFF there) */
    guint8          outputs[256 / 8];
    /* state.c: this frame's lookup cache and counters, once found or made
     * (saves two p_get_proto_data walks per lookup) */
    wmem_map_t     *lookup_cache;
    wmem_map_t     *lookup_asked;
} rop_call_info_t;

/* Decoding cursor of one ROP. */
typedef struct rop_ctx {
    tvbuff_t        *tvb;           /* the RopsList */
    packet_info     *pinfo;
    proto_tree      *tree;          /* this ROP's subtree */
    proto_item      *item;
    int              offset;
    rop_dir_t        dir;
    guint8           rop_id;
    guint32          return_value;  /* responses */
    const guint32   *handles;       /* ServerObjectHandleTable of the buffer */
    guint            handle_count;
    rop_call_info_t *callinfo;
    rop_req_rec_t   *req;           /* responses: the request this answers, if known */
    guint8           input_index;   /* requests: InputHandleIndex of the common header */
    guint8           response_index; /* responses: the handle index rop_response_status read */
    gboolean         has_status;    /* responses: rop_response_status was called */
    int              save_index;    /* requests: offset of the handle index the response echoes, or -1 */
    const guint32   *save_tags;     /* requests: tags the response is typed by (pinfo->pool) */
    const void      *save_detail;   /* requests, first pass: more for the response (file scope) */
    guint            save_tag_count;
    int              depth;         /* nesting (RopBufferTooSmall's RequestBuffers) */
    gboolean         stopped;       /* a decoder met what it cannot walk past: end the RopsList walk */
    struct oxcrops_msg_stats *msg;  /* oxcrops_msg_stats(pinfo), looked up once per RopsList (stats.h) */
} rop_ctx_t;

/* What the "oxcrops" tap gets for each decoded ROP (ropbuf.c). */
typedef struct oxcrops_tap_info {
    guint8      rop_id;
    rop_dir_t   dir;
    gboolean    has_status;     /* responses with a ReturnValue */
    guint32     return_value;
    gboolean    paired;         /* responses: the request ROP is known */
    guint32     request_frame;
    nstime_t    request_time;   /* of the call's request, when paired */
    const struct oxc_session *session;
} oxcrops_tap_info_t;

/* ---- cursor helpers (ropfields.c): little-endian, bound-checked, advance c->offset ---- */
guint32     rop_uint(rop_ctx_t *c, int hf, int len);
guint64     rop_uint64(rop_ctx_t *c, int hf);
guint64     rop_bitmask(rop_ctx_t *c, int hf, gint ett, int *const *bits, int len, guint64 defined);
/* An enumeration of len bytes; a value vals does not list gets an expert warning:
 * "<what> 0x.. is not a value <spec> defines", or with spec NULL "<what> 0x.. is not defined". */
guint32     rop_enum(rop_ctx_t *c, int hf, int len, const value_string *vals, const char *what, const char *spec);
/* A Reserved field of len bytes that MUST be zero (an expert item otherwise). */
void        rop_reserved_zero(rop_ctx_t *c, int hf, int len);
void        rop_bytes(rop_ctx_t *c, int hf, int len);
guint32     rop_counted_bytes(rop_ctx_t *c, int hf_count, int count_len, int hf_bytes);
const char *rop_stringz(rop_ctx_t *c, int hf, gboolean unicode);
/* rop_stringz when the caller does not need the string (not decoded without a tree) */
void        rop_stringz_item(rop_ctx_t *c, int hf, gboolean unicode);
void        rop_handle_index(rop_ctx_t *c, int hf);
proto_item *rop_fid_mid(rop_ctx_t *c, int hf);
/* A 2-byte count (hf_count) then that many FIDs/MIDs (hf_id), in a subtree named label. */
void        rop_id_list(rop_ctx_t *c, int hf_count, int hf_id, const char *label);
gboolean    rop_bool(rop_ctx_t *c, int hf);
void        rop_guid(rop_ctx_t *c, int hf);
void        rop_filetime(rop_ctx_t *c, int hf);
void        rop_rest_without_context(rop_ctx_t *c, int hf, const char *why);

/* RopId-independent response start: a handle index then ReturnValue (ropbuf.c).
 * Sets c->return_value and pairs the response with its request; TRUE on success. */
gboolean    rop_response_status(rop_ctx_t *c, int hf_index);

/* Common fields (flat: same meaning wherever they appear). */
extern int hf_oxcrops_folder_id;
extern int hf_oxcrops_message_id;
extern int hf_oxcrops_output_handle_index;
extern int hf_oxcrops_input_handle_index;
extern int hf_oxcrops_logon_id;
extern int hf_oxcrops_return_value;

/* ---- the ROP buffer (ropbuf.c) ---- */
void ropbuf_register(void);
/* Decodes a ROP buffer (MS-OXCROPS 2.2.1): RopSize, RopsList, ServerObjectHandleTable. */
int  dissect_rop_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_call_info_t *ci);
/* Decodes ROPs from offset to the end of tvb (used for RopBufferTooSmall's RequestBuffers). */
void dissect_rops_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_dir_t dir,
                       const guint32 *handles, guint handle_count, rop_call_info_t *ci, int depth);

/* ---- extended buffers (extbuf.c) ---- */
void extbuf_register(void);
typedef void (*extbuf_payload_fn)(tvbuff_t *payload, packet_info *pinfo, proto_tree *tree, void *data);
/* Walks an RPC_HEADER_EXT chain (MS-OXCRPC 2.2.2.1) until Last; returns bytes used. */
int  dissect_extended_buffers(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const char *label,
                              extbuf_payload_fn payload_fn, void *data);
/* Carrier entry points: an rgbIn/rgbOut-style ROP extended buffer, and an
 * auxiliary one. request_frame identifies the call in both directions: the frame
 * the carrier says holds the request (DCE/RPC: call_data->req_frame, which is
 * the same in the request and the response, fragmented or not). */
void dissect_rop_extended_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, rop_dir_t dir,
                                 guint32 request_frame);
/* Sets *ci up for the ROP buffers of one call message: its direction, the
 * session of the frame, and the call's record of request ROPs, looked up in
 * `calls` (a map from request frame to rop_call_rec_t, the carrier's own) by
 * request_frame; on the first pass a request makes the record and a response
 * notes its frame in it. */
void rop_call_info_init(rop_call_info_t *ci, wmem_map_t *calls, packet_info *pinfo, rop_dir_t dir,
                        guint32 request_frame);
/* Undoes XorMagic (MS-OXCRPC 3.1.4.1.1.3: every byte XORed with 0xA5) over len
 * bytes at offset: a new data source named source_name. */
tvbuff_t *extbuf_unxor(tvbuff_t *tvb, int offset, int len, packet_info *pinfo, const char *source_name);
void dissect_aux_extended_buffer(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const char *label);

/* Per-family registration of fields (rops_*.c). */
void rops_store_register(void);
void rops_folder_register(void);
void rops_table_register(void);
void rops_message_register(void);
void rops_property_register(void);
void rops_notify_register(void);
void rops_other_register(void);
void rops_transport_register(void);
void rops_stream_register(void);
void rops_permission_register(void);
void rops_rule_register(void);
void rops_fast_transfer_register(void);
void rops_ics_register(void);
void oxcdata_register(void);
void restriction_register(void);
void entryid_register(void);
void ropfields_register(void);

#endif

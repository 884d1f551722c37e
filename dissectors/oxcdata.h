/* SPDX-License-Identifier: GPL-2.0-or-later */
/* oxcdata.h: MS-OXCDATA structures shared by every ROP family. */
#ifndef OXCDATA_H
#define OXCDATA_H

#include "oxcrops.h"

/* Property types (MS-OXCDATA 2.11.1) the walkers need by name. */
#define PTYP_UNSPECIFIED    0x0000
#define PTYP_NULL           0x0001
#define PTYP_INTEGER16      0x0002
#define PTYP_INTEGER32      0x0003
#define PTYP_FLOATING32     0x0004
#define PTYP_FLOATING64     0x0005
#define PTYP_CURRENCY       0x0006
#define PTYP_FLOATING_TIME  0x0007
#define PTYP_ERROR_CODE     0x000A
#define PTYP_BOOLEAN        0x000B
#define PTYP_OBJECT         0x000D
#define PTYP_INTEGER64      0x0014
#define PTYP_STRING8        0x001E
#define PTYP_STRING         0x001F
#define PTYP_TIME           0x0040
#define PTYP_GUID           0x0048
#define PTYP_SERVER_ID      0x00FB
#define PTYP_RESTRICTION    0x00FD
#define PTYP_RULE_ACTION    0x00FE
#define PTYP_BINARY         0x0102
#define PTYP_MV_FLAG        0x1000  /* multi-valued */
#define PTYP_MVI_FLAG       0x2000  /* multi-value instance (table columns) */

/* The largest count of tags, values or rows a walker accepts before it stops
 * with an expert item: a RopsList is at most 64 KiB, so nothing real is larger. */
#define OXCDATA_MAX_COUNT 0x8000

/* PropertyTag (MS-OXCDATA 2.9): oxcrops.property_tag, returns the tag. */
guint32  oxcdata_property_tag(rop_ctx_t *c);
/* `count` PropertyTags; returns them (pinfo->pool), or NULL past OXCDATA_MAX_COUNT. */
guint32 *oxcdata_property_tags(rop_ctx_t *c, guint count);
/* PropertyValue of a type (MS-OXCDATA 2.11.2.1), under `tree` at c->offset. */
void     oxcdata_property_value(rop_ctx_t *c, proto_tree *tree, guint32 tag);
/* TaggedPropertyValue (MS-OXCDATA 2.11.4). */
void     oxcdata_tagged_value(rop_ctx_t *c);
/* PropertyRow (MS-OXCDATA 2.8.1), typed by `tags` (the columns). */
void     oxcdata_property_row(rop_ctx_t *c, const guint32 *tags, guint count);
/* PropertyProblem (MS-OXCDATA 2.7). */
void     oxcdata_property_problem(rop_ctx_t *c);
/* RecipientRow (MS-OXCDATA 2.8.3), its RecipientProperties typed by the ROP's columns. */
void     oxcdata_recipient_row(rop_ctx_t *c, const guint32 *columns, guint column_count);
void     recipient_row_register(void);
/* PropertyName (MS-OXCDATA 2.6.1), propname.c; its fields are registered by
 * propname_register(), called from rops_property_register(). */
/* PropertyName (MS-OXCDATA 2.6.1); returns "<set>, LID 0x..." / "<set>, \"name\"" (pinfo->pool) or NULL. */
const char *oxcdata_property_name(rop_ctx_t *c);
void     propname_register(void);
/* Saves tags for the response (first pass of a request only). */
void     oxcdata_save_tags(rop_ctx_t *c, const guint32 *tags, guint count);
/* A count field that must not exceed OXCDATA_MAX_COUNT; FALSE (and an expert item) if it does. */
gboolean oxcdata_count_ok(rop_ctx_t *c, guint32 count, const char *what);

/* restriction.c: Restriction (MS-OXCDATA 2.12) at c->offset, in its ROP-buffer
 * form (RestrictCount of And/Or is 2 bytes). depth: how deeply this one is
 * nested (0 at the top); past the limit an ei_oxcrops_depth item stops the walk. */
void     oxcdata_restriction(rop_ctx_t *c, int depth);
/* RestrictionDataSize (2 bytes) then RestrictionData, a Restriction of exactly
 * that many bytes (none when the size is 0): RopRestrict, RopFindRow,
 * RopSetSearchCriteria, RopGetSearchCriteria. */
void     oxcdata_restriction_data(rop_ctx_t *c);
/* SortOrderSet (MS-OXCDATA 2.13.2): SortOrderCount, CategoryCount, ExpandedCount, SortOrders. */
void     oxcdata_sort_order_set(rop_ctx_t *c);

/* ruleaction.c: RuleAction (MS-OXORULE 2.2.5), the PtypRuleAction value, in its
 * standard-rule form (2-byte counts); registered from rops_rule_register(). */
void     oxcdata_rule_action(rop_ctx_t *c);
void     oxcdata_rule_action_register(void);

/* entryid.c: LongTermID (MS-OXCDATA 2.2.1.3.1), 24 bytes: oxcrops.long_term_id. */
void     oxcdata_long_term_id(rop_ctx_t *c);
/* entryid.c: an entry ID field of len bytes (Folder, Message, Store Object,
 * Address Book or One-Off EntryID, MS-OXCDATA 2.2.4 / 2.2.5): oxcrops.entry_id;
 * always advances c->offset by len (structure errors stay inside it). */
void     oxcdata_entry_id(rop_ctx_t *c, int len);

/* fxstream.c: a FastTransfer stream (MS-OXCFXICS 2.2.4) of len bytes at c->offset. */
void oxcdata_fast_transfer_stream(rop_ctx_t *c, int len);

#endif

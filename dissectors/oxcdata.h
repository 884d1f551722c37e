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
/* Saves tags for the response (first pass of a request only). */
void     oxcdata_save_tags(rop_ctx_t *c, const guint32 *tags, guint count);
/* A count field that must not exceed OXCDATA_MAX_COUNT; FALSE (and an expert item) if it does. */
gboolean oxcdata_count_ok(rop_ctx_t *c, guint32 count, const char *what);

#endif

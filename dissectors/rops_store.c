/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_store.c: logon and store ROPs (MS-OXCROPS 2.2.3, semantics in MS-OXCSTOR 2.2.1). */
#include <epan/packet.h>

#include "wscompat.h"
#include "oxcrops.h"
#include "oxcdata.h"
#include "rop_table.h"
#include "rops.h"
#include "state.h"

static int hf_logon_flags = -1;
static int hf_logon_flags_private = -1;
static int hf_logon_flags_undercover = -1;
static int hf_logon_flags_ghosted = -1;
static int hf_logon_flags_spooler_process = -1;
static int hf_open_flags = -1;
static int hf_open_flags_use_admin_privilege = -1;
static int hf_open_flags_public = -1;
static int hf_open_flags_home_logon = -1;
static int hf_open_flags_take_ownership = -1;
static int hf_open_flags_alternate_server = -1;
static int hf_open_flags_ignore_home_mdb = -1;
static int hf_open_flags_no_mail = -1;
static int hf_open_flags_use_per_mdb_replid_mapping = -1;
static int hf_open_flags_support_progress = -1;
static int hf_store_state = -1;
static int hf_store_state_has_searches = -1;
static int hf_essdn_size = -1;
static int hf_essdn = -1;
static int hf_response_flags = -1;
static int hf_response_flags_reserved = -1;
static int hf_response_flags_owner_right = -1;
static int hf_response_flags_send_as_right = -1;
static int hf_response_flags_oof = -1;
static int hf_mailbox_guid = -1;
static int hf_repl_id = -1;
static int hf_repl_guid = -1;
static int hf_per_user_guid = -1;
static int hf_logon_time_seconds = -1;
static int hf_logon_time_minutes = -1;
static int hf_logon_time_hour = -1;
static int hf_logon_time_day_of_week = -1;
static int hf_logon_time_day = -1;
static int hf_logon_time_month = -1;
static int hf_logon_time_year = -1;
static int hf_gwart_time = -1;
static int hf_server_name_size = -1;
static int hf_server_name = -1;

static int hf_set_receive_folder_message_class = -1;
static int hf_get_receive_folder_message_class = -1;
static int hf_get_receive_folder_explicit_message_class = -1;
static int hf_get_receive_folder_table_row_count = -1;
static int hf_get_store_state_store_state = -1;
static int hf_get_store_state_has_searches = -1;
static int hf_get_owning_servers_owning_servers_count = -1;
static int hf_get_owning_servers_cheap_servers_count = -1;
static int hf_get_owning_servers_owning_servers = -1;
static int hf_pf_is_ghosted_is_ghosted = -1;
static int hf_pf_is_ghosted_servers_count = -1;
static int hf_pf_is_ghosted_cheap_servers_count = -1;
static int hf_pf_is_ghosted_servers = -1;
static int hf_long_term_id_from_id_object_id = -1;
static int hf_id_from_long_term_id_object_id = -1;
static int hf_get_per_user_long_term_ids_database_guid = -1;
static int hf_get_per_user_long_term_ids_long_term_id_count = -1;
static int hf_get_per_user_guid_database_guid = -1;
static int hf_read_per_user_reserved = -1;
static int hf_read_per_user_data_offset = -1;
static int hf_read_per_user_max_data_size = -1;
static int hf_read_per_user_has_finished = -1;
static int hf_read_per_user_data_size = -1;
static int hf_read_per_user_data = -1;
static int hf_write_per_user_has_finished = -1;
static int hf_write_per_user_data_offset = -1;
static int hf_write_per_user_data_size = -1;
static int hf_write_per_user_data = -1;
static int hf_write_per_user_repl_guid = -1;
static int hf_write_per_user_undetermined = -1;

static gint ett_flags = -1;
static gint ett_folder_ids = -1;
static gint ett_logon_time = -1;
static gint ett_servers = -1;
static gint ett_rows = -1;

/* MS-OXCSTOR 2.2.1.1.1: LogonFlags */
#define LOGON_PRIVATE         0x01
#define LOGON_UNDERCOVER      0x02
#define LOGON_GHOSTED         0x04
#define LOGON_SPOOLER_PROCESS 0x08
static int *const logon_flags[] = {
    &hf_logon_flags_private, &hf_logon_flags_undercover, &hf_logon_flags_ghosted, &hf_logon_flags_spooler_process, NULL
};

/* MS-OXCSTOR 2.2.1.1.1: OpenFlags */
#define OPEN_USE_ADMIN_PRIVILEGE        0x00000001
#define OPEN_PUBLIC                     0x00000002
#define OPEN_HOME_LOGON                 0x00000004
#define OPEN_TAKE_OWNERSHIP             0x00000008
#define OPEN_ALTERNATE_SERVER           0x00000100
#define OPEN_IGNORE_HOME_MDB            0x00000200
#define OPEN_NO_MAIL                    0x00000400
#define OPEN_USE_PER_MDB_REPLID_MAPPING 0x01000000
#define OPEN_SUPPORT_PROGRESS           0x20000000
#define OPEN_DEFINED 0x2100070F
static int *const open_flags[] = {
    &hf_open_flags_use_admin_privilege, &hf_open_flags_public, &hf_open_flags_home_logon,
    &hf_open_flags_take_ownership, &hf_open_flags_alternate_server, &hf_open_flags_ignore_home_mdb,
    &hf_open_flags_no_mail, &hf_open_flags_use_per_mdb_replid_mapping, &hf_open_flags_support_progress, NULL
};

/* MS-OXCSTOR 2.2.1.1.3: ResponseFlags */
static int *const response_flags[] = {
    &hf_response_flags_reserved, &hf_response_flags_owner_right, &hf_response_flags_send_as_right,
    &hf_response_flags_oof, NULL
};

/* MS-OXCSTOR 2.2.1.5.2: StoreState ("All other bits MUST NOT be set"). RopLogon
 * carries the same flags structure (MS-OXCROPS 2.2.3.1.1: in the request it is
 * unused and MUST be 0x00000000, so every set bit there is flagged). */
#define STORE_HAS_SEARCHES 0x01000000
static int *const logon_store_state[] = { &hf_store_state_has_searches, NULL };
static int *const get_store_state[] = { &hf_get_store_state_has_searches, NULL };

/* MS-OXCSTOR 2.2.1.1.3 / 2.2.1.1.4: the 13 folders of a logon, in order. */
static const char *const private_folders[13] = {
    "Mailbox Root", "Deferred Action", "Spooler Queue", "IPM Subtree", "Inbox", "Outbox", "Sent Items",
    "Deleted Items", "Common Views", "Schedule", "Search", "Views", "Shortcuts"
};
static const char *const public_folders[13] = {
    "Public Folders Root", "IPM Subtree", "Non-IPM Subtree", "EForms Registry", "Free/Busy Data",
    "Offline Address Book Data", "EForms Registry (user's locale)", "Local Site's Free/Busy Data",
    "Local Site's Offline Address Book Data", "NNTP Article Index", "Empty", "Empty", "Empty"
};

/* MS-OXCROPS 2.2.3.1.1 */
void
rop_logon_request(rop_ctx_t *c)
{
    guint32 size;
    guint8 flags = tvb_get_uint8(c->tvb, c->offset);

    if (!PINFO_FD_VISITED(c->pinfo)) {     /* the logon's type, once the response succeeds (state.c) */
        guint8 *detail = (guint8 *)wmem_alloc(wmem_file_scope(), 2);
        detail[0] = tvb_get_uint8(c->tvb, c->offset - 2);     /* LogonId */
        detail[1] = (flags & LOGON_PRIVATE) ? LOGON_TYPE_PRIVATE : LOGON_TYPE_PUBLIC;
        c->save_detail = detail;
    }
    rop_bitmask(c, hf_logon_flags, ett_flags, logon_flags, 1, 0x0F);
    rop_bitmask(c, hf_open_flags, ett_flags, open_flags, 4, OPEN_DEFINED);
    rop_bitmask(c, hf_store_state, ett_flags, logon_store_state, 4, 0);
    size = rop_uint(c, hf_essdn_size, 2);
    if (size > 0) {     /* EssdnSize bytes, null terminator included */
        proto_tree_add_item(c->tree, hf_essdn, c->tvb, c->offset, size, ENC_ASCII);
        c->offset += size;
    }
}

static void
folder_ids(rop_ctx_t *c, const char *const names[13])
{
    proto_tree *saved = c->tree;
    int i;

    c->tree = proto_tree_add_subtree(saved, c->tvb, c->offset, 13 * 8, ett_folder_ids, NULL, "FolderIds");
    for (i = 0; i < 13; i++) {
        proto_item_prepend_text(rop_fid_mid(c, hf_oxcrops_folder_id), "%s: ", names[i]);
    }
    c->tree = saved;
}

/* MS-OXCROPS 2.2.3.1.2.1: LogonTime */
static void
logon_time(rop_ctx_t *c)
{
    proto_tree *saved = c->tree;
    guint8 sec = tvb_get_uint8(c->tvb, c->offset), min = tvb_get_uint8(c->tvb, c->offset + 1);
    guint8 hour = tvb_get_uint8(c->tvb, c->offset + 2), day = tvb_get_uint8(c->tvb, c->offset + 4);
    guint8 month = tvb_get_uint8(c->tvb, c->offset + 5);
    guint16 year = tvb_get_letohs(c->tvb, c->offset + 6);

    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, 8, ett_logon_time, NULL,
                                            "LogonTime: %04u-%02u-%02u %02u:%02u:%02u (server local time)",
                                            year, month, day, hour, min, sec);
    rop_uint(c, hf_logon_time_seconds, 1);
    rop_uint(c, hf_logon_time_minutes, 1);
    rop_uint(c, hf_logon_time_hour, 1);
    rop_uint(c, hf_logon_time_day_of_week, 1);
    rop_uint(c, hf_logon_time_day, 1);
    rop_uint(c, hf_logon_time_month, 1);
    rop_uint(c, hf_logon_time_year, 2);
    c->tree = saved;
}

/* MS-OXCROPS 2.2.3.1.2 (private mailbox), 2.2.3.1.3 (public folders) and
 * 2.2.3.1.4 (redirect, ReturnValue 0x478). The response echoes the request's
 * LogonFlags, whose Private bit says which success form follows (MS-OXCSTOR
 * 2.2.1.1.3: the private form answers a request with Private set). */
void
rop_logon_response(rop_ctx_t *c)
{
    guint64 flags;

    if (c->return_value != 0 && c->return_value != 0x00000478)
        return;     /* 2.2.3.1.5: failure, nothing after ReturnValue */
    flags = rop_bitmask(c, hf_logon_flags, ett_flags, logon_flags, 1, 0x0F);
    if (c->return_value == 0x00000478) {
        guint32 size = rop_uint(c, hf_server_name_size, 1);
        proto_tree_add_item(c->tree, hf_server_name, c->tvb, c->offset, size, ENC_ASCII);
        c->offset += size;
        return;
    }
    if (flags & LOGON_PRIVATE) {
        folder_ids(c, private_folders);
        rop_bitmask(c, hf_response_flags, ett_flags, response_flags, 1, 0x17);
        rop_guid(c, hf_mailbox_guid);
        rop_uint(c, hf_repl_id, 2);
        rop_guid(c, hf_repl_guid);
        logon_time(c);
        rop_filetime(c, hf_gwart_time);
        rop_bitmask(c, hf_store_state, ett_flags, logon_store_state, 4, STORE_HAS_SEARCHES);
    } else {
        folder_ids(c, public_folders);
        rop_uint(c, hf_repl_id, 2);
        rop_guid(c, hf_repl_guid);
        rop_guid(c, hf_per_user_guid);
    }
}

/* ---- receive folders (MS-OXCROPS 2.2.3.2 - 2.2.3.4, MS-OXCSTOR 2.2.1.2 - 2.2.1.4) ---- */

/* A FolderId then a null-terminated ASCII message class: the RopSetReceiveFolder
 * request (2.2.3.3.1) and the RopGetReceiveFolder response (2.2.3.2.2). */
static void
folder_and_class(rop_ctx_t *c, int hf_class)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_stringz(c, hf_class, FALSE);
}

/* MS-OXCROPS 2.2.3.3.1 */
void
rop_set_receive_folder_request(rop_ctx_t *c)
{
    folder_and_class(c, hf_set_receive_folder_message_class);
}

/* MS-OXCROPS 2.2.3.2.1 */
void
rop_get_receive_folder_request(rop_ctx_t *c)
{
    rop_stringz(c, hf_get_receive_folder_message_class, FALSE);
}

/* MS-OXCROPS 2.2.3.2.2 */
void
rop_get_receive_folder_response(rop_ctx_t *c)
{
    folder_and_class(c, hf_get_receive_folder_explicit_message_class);
}

/* MS-OXCROPS 2.2.3.4.2: RowCount (4 bytes), then PropertyRows of fixed columns
 * (MS-OXCSTOR 2.2.1.4.2): PidTagFolderId, PidTagMessageClass as PtypString8,
 * PidTagLastModificationTime. */
void
rop_get_receive_folder_table_response(rop_ctx_t *c)
{
    static const guint32 columns[] = { 0x67480014, 0x001A001E, 0x30080040 };
    guint32 count = rop_uint(c, hf_get_receive_folder_table_row_count, 4), i;
    proto_tree *saved = c->tree;

    if (!oxcdata_count_ok(c, count, "RowCount"))
        return;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_rows, NULL, "Rows (%u)", count);
    for (i = 0; i < count && !c->stopped; i++)
        oxcdata_property_row(c, columns, array_length(columns));
    c->tree = saved;
}

/* MS-OXCROPS 2.2.3.5.2 */
void
rop_get_store_state_response(rop_ctx_t *c)
{
    rop_bitmask(c, hf_get_store_state_store_state, ett_flags, get_store_state, 4, STORE_HAS_SEARCHES);
}

/* ---- public folder replicas (MS-OXCROPS 2.2.3.6, 2.2.3.7) ---- */

/* A folder ID request: RopGetOwningServers (2.2.3.6.1), RopPublicFolderIsGhosted (2.2.3.7.1). */
void
rop_folder_id_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
}

/* The server list of RopGetOwningServers (2.2.3.6.2), RopPublicFolderIsGhosted
 * (2.2.3.7.2), and of RopOpenFolder (2.2.4.1.2) and RopCreateFolder (2.2.4.2.2)
 * responses for a ghosted folder: a count, the count of cheapest servers at its
 * front ("MUST be less than or equal to" the count, MS-OXCSTOR 2.2.1.7.2), and
 * that many null-terminated ASCII ESSDNs. */
void
rop_server_list(rop_ctx_t *c, int hf_count, int hf_cheap, int hf_server, const char *label)
{
    guint32 count = rop_uint(c, hf_count, 2), cheap, i;
    proto_item *ti = proto_tree_add_item_ret_uint(c->tree, hf_cheap, c->tvb, c->offset, 2, ENC_LITTLE_ENDIAN, &cheap);
    proto_tree *saved = c->tree;

    c->offset += 2;
    if (cheap > count)
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_bad_value, "CheapServerCount %u exceeds ServerCount %u",
                               cheap, count);
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_servers, NULL, "%s (%u)", label,
                                            count);
    for (i = 0; i < count; i++)     /* each string takes at least a byte: bounded by the buffer */
        rop_stringz(c, hf_server, FALSE);
    proto_item_set_end(proto_tree_get_parent(c->tree), c->tvb, c->offset);
    c->tree = saved;
}

/* MS-OXCROPS 2.2.3.6.2 */
void
rop_get_owning_servers_response(rop_ctx_t *c)
{
    rop_server_list(c, hf_get_owning_servers_owning_servers_count, hf_get_owning_servers_cheap_servers_count,
                    hf_get_owning_servers_owning_servers, "OwningServers");
}

/* MS-OXCROPS 2.2.3.7.2: the server list only when IsGhosted is nonzero. */
void
rop_public_folder_is_ghosted_response(rop_ctx_t *c)
{
    if (rop_bool(c, hf_pf_is_ghosted_is_ghosted))
        rop_server_list(c, hf_pf_is_ghosted_servers_count, hf_pf_is_ghosted_cheap_servers_count,
                        hf_pf_is_ghosted_servers, "Servers");
}

/* ---- IDs (MS-OXCROPS 2.2.3.8 - 2.2.3.11) ---- */

/* MS-OXCROPS 2.2.3.8.1 */
void
rop_long_term_id_from_id_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_long_term_id_from_id_object_id);
}

/* A LongTermId only: the RopLongTermIdFromId response (2.2.3.8.2), the
 * RopIdFromLongTermId request (2.2.3.9.1), the RopGetPerUserGuid request (2.2.3.11.1). */
void
rop_long_term_id_body(rop_ctx_t *c)
{
    oxcdata_long_term_id(c);
}

/* MS-OXCROPS 2.2.3.9.2 */
void
rop_id_from_long_term_id_response(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_id_from_long_term_id_object_id);
}

/* MS-OXCROPS 2.2.3.10.1 */
void
rop_get_per_user_long_term_ids_request(rop_ctx_t *c)
{
    rop_guid(c, hf_get_per_user_long_term_ids_database_guid);
}

/* MS-OXCROPS 2.2.3.10.2: LongTermIdCount (2 bytes), LongTermIds. */
void
rop_get_per_user_long_term_ids_response(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_get_per_user_long_term_ids_long_term_id_count, 2), i;

    tvb_ensure_bytes_exist(c->tvb, c->offset, 24 * count);
    for (i = 0; i < count; i++)
        oxcdata_long_term_id(c);
}

/* MS-OXCROPS 2.2.3.11.2 */
void
rop_get_per_user_guid_response(rop_ctx_t *c)
{
    rop_guid(c, hf_get_per_user_guid_database_guid);
}

/* ---- per-user information (MS-OXCROPS 2.2.3.12, 2.2.3.13; MS-OXCSTOR 2.2.1.12, 2.2.1.13) ---- */

/* MS-OXCROPS 2.2.3.12.1: FolderId is a LongTermID. */
void
rop_read_per_user_information_request(rop_ctx_t *c)
{
    oxcdata_long_term_id(c);
    rop_uint(c, hf_read_per_user_reserved, 1);
    rop_uint(c, hf_read_per_user_data_offset, 4);
    rop_uint(c, hf_read_per_user_max_data_size, 2);
}

/* MS-OXCROPS 2.2.3.12.2 */
void
rop_read_per_user_information_response(rop_ctx_t *c)
{
    rop_bool(c, hf_read_per_user_has_finished);
    rop_counted_bytes(c, hf_read_per_user_data_size, 2, hf_read_per_user_data);
}

typedef enum { REPL_GUID_ABSENT, REPL_GUID_PRESENT, REPL_GUID_UNKNOWN } repl_guid_t;

/* Whether a request ROP can start at offset of the RopsList. */
static gboolean
request_rop_at(rop_ctx_t *c, int offset)
{
    const rop_desc_t *d = rop_desc(tvb_get_uint8(c->tvb, offset));

    return d && d->req_hdr != RQ_NONE;
}

/* design.md 7 / MS-OXCSTOR 2.2.1.13.1: ReplGuid is present only when DataOffset
 * is 0 and the LogonId names a private-mailbox logon. The logon's type comes
 * from its RopLogon (state.c); when the capture does not hold it, this decides
 * from what the request buffer carries: with DataOffset 0, nothing after Data
 * means no ReplGuid; exactly 16 bytes after Data, or a request ROP starting 16
 * bytes on while none starts right after Data, means a ReplGuid; anything else
 * is left undecided. */
static repl_guid_t
repl_guid_present(rop_ctx_t *c, guint8 logon_id, guint32 data_offset)
{
    int rest = tvb_reported_length_remaining(c->tvb, c->offset);
    gboolean next_now, next_after;

    if (data_offset != 0)
        return REPL_GUID_ABSENT;
    switch (state_logon_type(c, logon_id)) {
    case LOGON_TYPE_PRIVATE:
        return REPL_GUID_PRESENT;
    case LOGON_TYPE_PUBLIC:
        return REPL_GUID_ABSENT;
    case LOGON_TYPE_UNKNOWN:
        break;
    }
    if (rest <= 0)
        return REPL_GUID_ABSENT;
    if (rest == 16)
        return REPL_GUID_PRESENT;
    if (rest < 16)
        return REPL_GUID_ABSENT;
    next_now = request_rop_at(c, c->offset);
    next_after = request_rop_at(c, c->offset + 16);
    if (next_now != next_after)
        return next_after ? REPL_GUID_PRESENT : REPL_GUID_ABSENT;
    return REPL_GUID_UNKNOWN;
}

/* MS-OXCROPS 2.2.3.13.1 */
void
rop_write_per_user_information_request(rop_ctx_t *c)
{
    guint32 data_offset;
    guint8 logon_id = tvb_get_uint8(c->tvb, c->offset - 2);   /* RQ_IN: LogonId, InputHandleIndex */

    oxcdata_long_term_id(c);
    rop_bool(c, hf_write_per_user_has_finished);
    data_offset = rop_uint(c, hf_write_per_user_data_offset, 4);
    rop_counted_bytes(c, hf_write_per_user_data_size, 2, hf_write_per_user_data);
    switch (repl_guid_present(c, logon_id, data_offset)) {
    case REPL_GUID_PRESENT:
        rop_guid(c, hf_write_per_user_repl_guid);
        break;
    case REPL_GUID_UNKNOWN:
        rop_rest_without_context(c, hf_write_per_user_undetermined,
                                 "ReplGuid is present only on a private-mailbox logon, which this buffer does "
                                 "not tell");
        break;
    case REPL_GUID_ABSENT:
        break;
    }
}

void
rops_store_register(void)
{
    static hf_register_info hf[] = {
        { &hf_logon_flags,
          { "LogonFlags", "oxcrops.logon.logon_flags", FT_UINT8, BASE_HEX, NULL, 0, "MS-OXCSTOR 2.2.1.1.1", HFILL } },
        { &hf_logon_flags_private,
          { "Private", "oxcrops.logon.logon_flags.private", FT_BOOLEAN, 8, NULL, LOGON_PRIVATE,
            "Logon to a private mailbox (else public folders)", HFILL } },
        { &hf_logon_flags_undercover,
          { "Undercover", "oxcrops.logon.logon_flags.undercover", FT_BOOLEAN, 8, NULL, LOGON_UNDERCOVER, NULL, HFILL } },
        { &hf_logon_flags_ghosted,
          { "Ghosted", "oxcrops.logon.logon_flags.ghosted", FT_BOOLEAN, 8, NULL, LOGON_GHOSTED, NULL, HFILL } },
        { &hf_logon_flags_spooler_process,
          { "SpoolerProcess", "oxcrops.logon.logon_flags.spooler_process", FT_BOOLEAN, 8, NULL,
            LOGON_SPOOLER_PROCESS, NULL, HFILL } },
        { &hf_open_flags,
          { "OpenFlags", "oxcrops.logon.open_flags", FT_UINT32, BASE_HEX, NULL, 0, "MS-OXCSTOR 2.2.1.1.1", HFILL } },
        { &hf_open_flags_use_admin_privilege,
          { "USE_ADMIN_PRIVILEGE", "oxcrops.logon.open_flags.use_admin_privilege", FT_BOOLEAN, 32, NULL,
            OPEN_USE_ADMIN_PRIVILEGE, NULL, HFILL } },
        { &hf_open_flags_public,
          { "PUBLIC", "oxcrops.logon.open_flags.public", FT_BOOLEAN, 32, NULL, OPEN_PUBLIC, NULL, HFILL } },
        { &hf_open_flags_home_logon,
          { "HOME_LOGON", "oxcrops.logon.open_flags.home_logon", FT_BOOLEAN, 32, NULL, OPEN_HOME_LOGON, NULL, HFILL } },
        { &hf_open_flags_take_ownership,
          { "TAKE_OWNERSHIP", "oxcrops.logon.open_flags.take_ownership", FT_BOOLEAN, 32, NULL,
            OPEN_TAKE_OWNERSHIP, NULL, HFILL } },
        { &hf_open_flags_alternate_server,
          { "ALTERNATE_SERVER", "oxcrops.logon.open_flags.alternate_server", FT_BOOLEAN, 32, NULL,
            OPEN_ALTERNATE_SERVER, NULL, HFILL } },
        { &hf_open_flags_ignore_home_mdb,
          { "IGNORE_HOME_MDB", "oxcrops.logon.open_flags.ignore_home_mdb", FT_BOOLEAN, 32, NULL,
            OPEN_IGNORE_HOME_MDB, NULL, HFILL } },
        { &hf_open_flags_no_mail,
          { "NO_MAIL", "oxcrops.logon.open_flags.no_mail", FT_BOOLEAN, 32, NULL, OPEN_NO_MAIL, NULL, HFILL } },
        { &hf_open_flags_use_per_mdb_replid_mapping,
          { "USE_PER_MDB_REPLID_MAPPING", "oxcrops.logon.open_flags.use_per_mdb_replid_mapping", FT_BOOLEAN, 32,
            NULL, OPEN_USE_PER_MDB_REPLID_MAPPING, NULL, HFILL } },
        { &hf_open_flags_support_progress,
          { "SUPPORT_PROGRESS", "oxcrops.logon.open_flags.support_progress", FT_BOOLEAN, 32, NULL,
            OPEN_SUPPORT_PROGRESS, NULL, HFILL } },
        { &hf_store_state,
          { "StoreState", "oxcrops.logon.store_state", FT_UINT32, BASE_HEX, NULL, 0, "MS-OXCSTOR 2.2.1.5.2",
            HFILL } },
        { &hf_store_state_has_searches,
          { "STORE_HAS_SEARCHES", "oxcrops.logon.store_state.store_has_searches", FT_BOOLEAN, 32, NULL,
            STORE_HAS_SEARCHES, "The mailbox has active search folders", HFILL } },
        { &hf_essdn_size,
          { "EssdnSize", "oxcrops.logon.essdn_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_essdn,
          { "Essdn", "oxcrops.logon.essdn", FT_STRING, BASE_NONE, NULL, 0,
            "Enterprise/site/server DN of the mailbox", HFILL } },
        { &hf_response_flags,
          { "ResponseFlags", "oxcrops.logon.response_flags", FT_UINT8, BASE_HEX, NULL, 0, "MS-OXCSTOR 2.2.1.1.3",
            HFILL } },
        { &hf_response_flags_reserved,
          { "Reserved", "oxcrops.logon.response_flags.reserved", FT_BOOLEAN, 8, NULL, 0x01,
            "MUST be set", HFILL } },
        { &hf_response_flags_owner_right,
          { "OwnerRight", "oxcrops.logon.response_flags.owner_right", FT_BOOLEAN, 8, NULL, 0x02, NULL, HFILL } },
        { &hf_response_flags_send_as_right,
          { "SendAsRight", "oxcrops.logon.response_flags.send_as_right", FT_BOOLEAN, 8, NULL, 0x04, NULL, HFILL } },
        { &hf_response_flags_oof,
          { "OOF", "oxcrops.logon.response_flags.oof", FT_BOOLEAN, 8, NULL, 0x10, "Out of Office is set", HFILL } },
        { &hf_mailbox_guid,
          { "MailboxGuid", "oxcrops.logon.mailbox_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_repl_id,
          { "ReplId", "oxcrops.logon.repl_id", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_repl_guid,
          { "ReplGuid", "oxcrops.logon.repl_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_per_user_guid,
          { "PerUserGuid", "oxcrops.logon.per_user_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_logon_time_seconds,
          { "Seconds", "oxcrops.logon.logon_time.seconds", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_logon_time_minutes,
          { "Minutes", "oxcrops.logon.logon_time.minutes", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_logon_time_hour,
          { "Hour", "oxcrops.logon.logon_time.hour", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_logon_time_day_of_week,
          { "DayOfWeek", "oxcrops.logon.logon_time.day_of_week", FT_UINT8, BASE_DEC, NULL, 0, "Sunday = 0", HFILL } },
        { &hf_logon_time_day,
          { "Day", "oxcrops.logon.logon_time.day", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_logon_time_month,
          { "Month", "oxcrops.logon.logon_time.month", FT_UINT8, BASE_DEC, NULL, 0, "January = 1", HFILL } },
        { &hf_logon_time_year,
          { "Year", "oxcrops.logon.logon_time.year", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_gwart_time,
          { "GwartTime", "oxcrops.logon.gwart_time", FT_ABSOLUTE_TIME, ABSOLUTE_TIME_UTC, NULL, 0,
            "Currency of the Gateway Address Routing Table", HFILL } },
        { &hf_server_name_size,
          { "ServerNameSize", "oxcrops.logon.server_name_size", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_server_name,
          { "ServerName", "oxcrops.logon.server_name", FT_STRING, BASE_NONE, NULL, 0,
            "Server to connect to instead (redirect)", HFILL } },
        { &hf_set_receive_folder_message_class,
          { "MessageClass", "oxcrops.set_receive_folder.message_class", FT_STRINGZ, BASE_NONE, NULL, 0,
            "Message class to route to the folder (empty: the default receive folder)", HFILL } },
        { &hf_get_receive_folder_message_class,
          { "MessageClass", "oxcrops.get_receive_folder.message_class", FT_STRINGZ, BASE_NONE, NULL, 0,
            NULL, HFILL } },
        { &hf_get_receive_folder_explicit_message_class,
          { "ExplicitMessageClass", "oxcrops.get_receive_folder.explicit_message_class", FT_STRINGZ, BASE_NONE,
            NULL, 0, "Message class actually configured for the folder", HFILL } },
        { &hf_get_receive_folder_table_row_count,
          { "RowCount", "oxcrops.get_receive_folder_table.row_count", FT_UINT32, BASE_DEC, NULL, 0, NULL,
            HFILL } },
        { &hf_get_store_state_store_state,
          { "StoreState", "oxcrops.get_store_state.store_state", FT_UINT32, BASE_HEX, NULL, 0,
            "MS-OXCSTOR 2.2.1.5.2", HFILL } },
        { &hf_get_store_state_has_searches,
          { "STORE_HAS_SEARCHES", "oxcrops.get_store_state.store_state.store_has_searches", FT_BOOLEAN, 32,
            NULL, STORE_HAS_SEARCHES, "The mailbox has active search folders", HFILL } },
        { &hf_get_owning_servers_owning_servers_count,
          { "OwningServersCount", "oxcrops.get_owning_servers.owning_servers_count", FT_UINT16, BASE_DEC, NULL,
            0, NULL, HFILL } },
        { &hf_get_owning_servers_cheap_servers_count,
          { "CheapServersCount", "oxcrops.get_owning_servers.cheap_servers_count", FT_UINT16, BASE_DEC, NULL,
            0, "Lowest-cost servers at the front of OwningServers", HFILL } },
        { &hf_get_owning_servers_owning_servers,
          { "OwningServers", "oxcrops.get_owning_servers.owning_servers", FT_STRINGZ, BASE_NONE, NULL, 0,
            "A server with a replica of the folder", HFILL } },
        { &hf_pf_is_ghosted_is_ghosted,
          { "IsGhosted", "oxcrops.public_folder_is_ghosted.is_ghosted", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "The server is not an active replica of the folder", HFILL } },
        { &hf_pf_is_ghosted_servers_count,
          { "ServersCount", "oxcrops.public_folder_is_ghosted.servers_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_pf_is_ghosted_cheap_servers_count,
          { "CheapServersCount", "oxcrops.public_folder_is_ghosted.cheap_servers_count", FT_UINT16, BASE_DEC,
            NULL, 0, "Lowest-cost servers at the front of Servers", HFILL } },
        { &hf_pf_is_ghosted_servers,
          { "Servers", "oxcrops.public_folder_is_ghosted.servers", FT_STRINGZ, BASE_NONE, NULL, 0,
            "ESSDN of a public folder database with an active replica", HFILL } },
        { &hf_long_term_id_from_id_object_id,
          { "ObjectId", "oxcrops.long_term_id_from_id.object_id", FT_UINT64, BASE_HEX, NULL, 0,
            "Folder ID or Message ID (MS-OXCDATA 2.2.1.1, 2.2.1.2)", HFILL } },
        { &hf_id_from_long_term_id_object_id,
          { "ObjectId", "oxcrops.id_from_long_term_id.object_id", FT_UINT64, BASE_HEX, NULL, 0,
            "Folder ID or Message ID (MS-OXCDATA 2.2.1.1, 2.2.1.2)", HFILL } },
        { &hf_get_per_user_long_term_ids_database_guid,
          { "DatabaseGuid", "oxcrops.get_per_user_long_term_ids.database_guid", FT_GUID, BASE_NONE, NULL, 0,
            "Public folder database whose per-user data is asked for", HFILL } },
        { &hf_get_per_user_long_term_ids_long_term_id_count,
          { "LongTermIdCount", "oxcrops.get_per_user_long_term_ids.long_term_id_count", FT_UINT16, BASE_DEC,
            NULL, 0, NULL, HFILL } },
        { &hf_get_per_user_guid_database_guid,
          { "DatabaseGuid", "oxcrops.get_per_user_guid.database_guid", FT_GUID, BASE_NONE, NULL, 0,
            "REPLGUID of the public folder database the cached per-user data came from", HFILL } },
        { &hf_read_per_user_reserved,
          { "Reserved", "oxcrops.read_per_user_information.reserved", FT_UINT8, BASE_HEX, NULL, 0, NULL,
            HFILL } },
        { &hf_read_per_user_data_offset,
          { "DataOffset", "oxcrops.read_per_user_information.data_offset", FT_UINT32, BASE_DEC, NULL, 0,
            "Where in the per-user information stream to start reading", HFILL } },
        { &hf_read_per_user_max_data_size,
          { "MaxDataSize", "oxcrops.read_per_user_information.max_data_size", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_read_per_user_has_finished,
          { "HasFinished", "oxcrops.read_per_user_information.has_finished", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "The end of the per-user information stream was reached", HFILL } },
        { &hf_read_per_user_data_size,
          { "DataSize", "oxcrops.read_per_user_information.data_size", FT_UINT16, BASE_DEC, NULL, 0, NULL,
            HFILL } },
        { &hf_read_per_user_data,
          { "Data", "oxcrops.read_per_user_information.data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_write_per_user_has_finished,
          { "HasFinished", "oxcrops.write_per_user_information.has_finished", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "This write ends the per-user information stream", HFILL } },
        { &hf_write_per_user_data_offset,
          { "DataOffset", "oxcrops.write_per_user_information.data_offset", FT_UINT32, BASE_DEC, NULL, 0,
            "Where in the per-user information stream to start writing", HFILL } },
        { &hf_write_per_user_data_size,
          { "DataSize", "oxcrops.write_per_user_information.data_size", FT_UINT16, BASE_DEC, NULL, 0, NULL,
            HFILL } },
        { &hf_write_per_user_data,
          { "Data", "oxcrops.write_per_user_information.data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_write_per_user_repl_guid,
          { "ReplGuid", "oxcrops.write_per_user_information.repl_guid", FT_GUID, BASE_NONE, NULL, 0,
            "Present at DataOffset 0 on a private-mailbox logon", HFILL } },
        { &hf_write_per_user_undetermined,
          { "ReplGuid or next ROPs", "oxcrops.write_per_user_information.undetermined", FT_BYTES, BASE_NONE,
            NULL, 0, "Bytes after Data whose meaning depends on the logon type", HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_folder_ids, &ett_logon_time, &ett_servers, &ett_rows };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

/* rops_store.c: logon and store ROPs (MS-OXCROPS 2.2.3, semantics in MS-OXCSTOR 2.2.1). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "rops.h"

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

static gint ett_flags = -1;
static gint ett_folder_ids = -1;
static gint ett_logon_time = -1;

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

    rop_bitmask(c, hf_logon_flags, ett_flags, logon_flags, 1, 0x0F);
    rop_bitmask(c, hf_open_flags, ett_flags, open_flags, 4, OPEN_DEFINED);
    rop_uint(c, hf_store_state, 4);
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
    guint8 sec = tvb_get_guint8(c->tvb, c->offset), min = tvb_get_guint8(c->tvb, c->offset + 1);
    guint8 hour = tvb_get_guint8(c->tvb, c->offset + 2), day = tvb_get_guint8(c->tvb, c->offset + 4);
    guint8 month = tvb_get_guint8(c->tvb, c->offset + 5);
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
        rop_uint(c, hf_store_state, 4);
    } else {
        folder_ids(c, public_folders);
        rop_uint(c, hf_repl_id, 2);
        rop_guid(c, hf_repl_guid);
        rop_guid(c, hf_per_user_guid);
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
          { "StoreState", "oxcrops.logon.store_state", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
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
    };
    static gint *ett[] = { &ett_flags, &ett_folder_ids, &ett_logon_time };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

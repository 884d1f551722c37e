/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rops_transport.c: transport ROPs (MS-OXCROPS 2.2.7, semantics in MS-OXOMSG 2.2.3 and 2.2.5). */
#include <epan/packet.h>

#include "oxcrops.h"
#include "oxcdata.h"
#include "rops.h"

static int hf_submit_message_submit_flags = -1;
static int hf_submit_message_pre_process = -1;
static int hf_submit_message_needs_spooler = -1;
static int hf_get_address_types_address_type_count = -1;
static int hf_get_address_types_address_type_size = -1;
static int hf_get_address_types_address_types = -1;
static int hf_spooler_lock_message_lock_state = -1;
static int hf_transport_send_no_properties_returned = -1;
static int hf_transport_send_property_value_count = -1;
static int hf_transport_new_mail_message_class = -1;
static int hf_transport_new_mail_message_flags = -1;
static int hf_mf_read = -1;
static int hf_mf_unmodified = -1;
static int hf_mf_submitted = -1;
static int hf_mf_unsent = -1;
static int hf_mf_has_attach = -1;
static int hf_mf_from_me = -1;
static int hf_mf_fai = -1;
static int hf_mf_resend = -1;
static int hf_mf_notify_read = -1;
static int hf_mf_notify_unread = -1;
static int hf_mf_ever_read = -1;
static int hf_mf_internet = -1;
static int hf_mf_untrusted = -1;
static int hf_options_data_address_type = -1;
static int hf_options_data_want_win32 = -1;
static int hf_options_data_reserved = -1;
static int hf_options_data_options_info_size = -1;
static int hf_options_data_options_info = -1;
static int hf_options_data_help_file_size = -1;
static int hf_options_data_help_file = -1;
static int hf_options_data_help_file_name = -1;

static gint ett_flags = -1;
static gint ett_list = -1;

/* MS-OXOMSG 2.2.3.1.1: SubmitFlags */
#define SUBMIT_PRE_PROCESS   0x01
#define SUBMIT_NEEDS_SPOOLER 0x02
static int *const submit_flags[] = { &hf_submit_message_pre_process, &hf_submit_message_needs_spooler, NULL };

/* MS-OXCROPS 2.2.7.5.1: LockState, values per MS-OXOMSG (RopSpoolerLockMessage) */
static const value_string lock_state_vals[] = {
    { 0x00, "lstLock" },
    { 0x01, "lstUnlock" },
    { 0x02, "lstFinished" },
    { 0, NULL }
};

/* MS-OXCMSG 2.2.1.6: PidTagMessageFlags, the MessageFlags of RopTransportNewMail
 * (MS-OXOMSG 2.2.5.5.1). */
#define MF_READ          0x00000001
#define MF_UNMODIFIED    0x00000002
#define MF_SUBMITTED     0x00000004
#define MF_UNSENT        0x00000008
#define MF_HAS_ATTACH    0x00000010
#define MF_FROM_ME       0x00000020
#define MF_FAI           0x00000040
#define MF_RESEND        0x00000080
#define MF_NOTIFY_READ   0x00000100
#define MF_NOTIFY_UNREAD 0x00000200
#define MF_EVER_READ     0x00000400
#define MF_INTERNET      0x00002000
#define MF_UNTRUSTED     0x00008000
#define MF_DEFINED       0x0000A7FF
static int *const message_flags[] = {
    &hf_mf_read, &hf_mf_unmodified, &hf_mf_submitted, &hf_mf_unsent, &hf_mf_has_attach, &hf_mf_from_me,
    &hf_mf_fai, &hf_mf_resend, &hf_mf_notify_read, &hf_mf_notify_unread, &hf_mf_ever_read, &hf_mf_internet,
    &hf_mf_untrusted, NULL
};

/* MS-OXCROPS 2.2.7.1.1 */
void
rop_submit_message_request(rop_ctx_t *c)
{
    rop_bitmask(c, hf_submit_message_submit_flags, ett_flags, submit_flags, 1,
                SUBMIT_PRE_PROCESS | SUBMIT_NEEDS_SPOOLER);
}

/* MS-OXCROPS 2.2.7.2.1: the parent folder, then the submitted message. */
void
rop_abort_submit_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_fid_mid(c, hf_oxcrops_message_id);
}

/* MS-OXCROPS 2.2.7.3.2: AddressTypeCount (2), AddressTypeSize (2: the bytes
 * of all the strings), AddressTypes (null-terminated ASCII strings). */
void
rop_get_address_types_response(rop_ctx_t *c)
{
    guint32 count = rop_uint(c, hf_get_address_types_address_type_count, 2), size, i;
    proto_item *ti = proto_tree_add_item_ret_uint(c->tree, hf_get_address_types_address_type_size, c->tvb,
                                                  c->offset, 2, ENC_LITTLE_ENDIAN, &size);
    proto_tree *saved = c->tree;
    int start;

    c->offset += 2;
    start = c->offset;
    c->tree = proto_tree_add_subtree_format(saved, c->tvb, c->offset, -1, ett_list, NULL, "AddressTypes (%u)",
                                            count);
    for (i = 0; i < count; i++)     /* each string takes at least a byte: bounded by the buffer */
        rop_stringz(c, hf_get_address_types_address_types, FALSE);
    proto_item_set_end(proto_tree_get_parent(c->tree), c->tvb, c->offset);
    c->tree = saved;
    if ((guint32)(c->offset - start) != size)
        expert_add_info_format(c->pinfo, ti, &ei_oxcrops_bad_value,
                               "AddressTypeSize is %u but the %u strings take %d bytes", size, count,
                               c->offset - start);
}

/* MS-OXCROPS 2.2.7.5.1 */
void
rop_spooler_lock_message_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_message_id);
    rop_uint(c, hf_spooler_lock_message_lock_state, 1);
}

/* MS-OXCROPS 2.2.7.6.2: the layout marks PropertyValueCount optional without
 * saying when; it and PropertyValues follow only when NoPropertiesReturned is
 * zero (as servers write it, e.g. Gromox; MAPI Inspector always reads the
 * count, which would take the next ROP's first bytes as a count). */
void
rop_transport_send_response(rop_ctx_t *c)
{
    guint32 count, i;

    if (rop_bool(c, hf_transport_send_no_properties_returned))
        return;
    count = rop_uint(c, hf_transport_send_property_value_count, 2);
    if (!oxcdata_count_ok(c, count, "PropertyValueCount"))
        return;
    for (i = 0; i < count && !c->stopped; i++)
        oxcdata_tagged_value(c);
}

/* MS-OXCROPS 2.2.7.7.1 (MS-OXOMSG 2.2.5.5.1) */
void
rop_transport_new_mail_request(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_message_id);
    rop_fid_mid(c, hf_oxcrops_folder_id);
    rop_stringz(c, hf_transport_new_mail_message_class, FALSE);
    rop_bitmask(c, hf_transport_new_mail_message_flags, ett_flags, message_flags, 4, MF_DEFINED);
}

/* MS-OXCROPS 2.2.7.8.2 */
void
rop_get_transport_folder_response(rop_ctx_t *c)
{
    rop_fid_mid(c, hf_oxcrops_folder_id);
}

/* MS-OXCROPS 2.2.7.9.1 */
void
rop_options_data_request(rop_ctx_t *c)
{
    rop_stringz(c, hf_options_data_address_type, FALSE);
    rop_bool(c, hf_options_data_want_win32);
}

/* MS-OXCROPS 2.2.7.9.2: HelpFileName is present only when HelpFileSize is nonzero. */
void
rop_options_data_response(rop_ctx_t *c)
{
    rop_uint(c, hf_options_data_reserved, 1);
    rop_counted_bytes(c, hf_options_data_options_info_size, 2, hf_options_data_options_info);
    if (rop_counted_bytes(c, hf_options_data_help_file_size, 2, hf_options_data_help_file) != 0)
        rop_stringz(c, hf_options_data_help_file_name, FALSE);
}

void
rops_transport_register(void)
{
    static hf_register_info hf[] = {
        { &hf_submit_message_submit_flags,
          { "SubmitFlags", "oxcrops.submit_message.submit_flags", FT_UINT8, BASE_HEX, NULL, 0,
            "MS-OXOMSG 2.2.3.1.1", HFILL } },
        { &hf_submit_message_pre_process,
          { "PreProcess", "oxcrops.submit_message.submit_flags.pre_process", FT_BOOLEAN, 8, NULL,
            SUBMIT_PRE_PROCESS, NULL, HFILL } },
        { &hf_submit_message_needs_spooler,
          { "NeedsSpooler", "oxcrops.submit_message.submit_flags.needs_spooler", FT_BOOLEAN, 8, NULL,
            SUBMIT_NEEDS_SPOOLER, NULL, HFILL } },
        { &hf_get_address_types_address_type_count,
          { "AddressTypeCount", "oxcrops.get_address_types.address_type_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_get_address_types_address_type_size,
          { "AddressTypeSize", "oxcrops.get_address_types.address_type_size", FT_UINT16, BASE_DEC, NULL, 0,
            "Bytes taken by AddressTypes", HFILL } },
        { &hf_get_address_types_address_types,
          { "AddressTypes", "oxcrops.get_address_types.address_types", FT_STRINGZ, BASE_NONE, NULL, 0,
            "An address type the server can deliver to", HFILL } },
        { &hf_spooler_lock_message_lock_state,
          { "LockState", "oxcrops.spooler_lock_message.lock_state", FT_UINT8, BASE_HEX,
            VALS(lock_state_vals), 0, "Status to set on the message (MS-OXOMSG)", HFILL } },
        { &hf_transport_send_no_properties_returned,
          { "NoPropertiesReturned", "oxcrops.transport_send.no_properties_returned", FT_BOOLEAN, BASE_NONE,
            NULL, 0, NULL, HFILL } },
        { &hf_transport_send_property_value_count,
          { "PropertyValueCount", "oxcrops.transport_send.property_value_count", FT_UINT16, BASE_DEC, NULL, 0,
            NULL, HFILL } },
        { &hf_transport_new_mail_message_class,
          { "MessageClass", "oxcrops.transport_new_mail.message_class", FT_STRINGZ, BASE_NONE, NULL, 0, NULL,
            HFILL } },
        { &hf_transport_new_mail_message_flags,
          { "MessageFlags", "oxcrops.transport_new_mail.message_flags", FT_UINT32, BASE_HEX, NULL, 0,
            "PidTagMessageFlags (MS-OXCMSG 2.2.1.6)", HFILL } },
        { &hf_mf_read,
          { "mfRead", "oxcrops.transport_new_mail.message_flags.read", FT_BOOLEAN, 32, NULL, MF_READ, NULL,
            HFILL } },
        { &hf_mf_unmodified,
          { "mfUnmodified", "oxcrops.transport_new_mail.message_flags.unmodified", FT_BOOLEAN, 32, NULL,
            MF_UNMODIFIED, NULL, HFILL } },
        { &hf_mf_submitted,
          { "mfSubmitted", "oxcrops.transport_new_mail.message_flags.submitted", FT_BOOLEAN, 32, NULL,
            MF_SUBMITTED, NULL, HFILL } },
        { &hf_mf_unsent,
          { "mfUnsent", "oxcrops.transport_new_mail.message_flags.unsent", FT_BOOLEAN, 32, NULL, MF_UNSENT,
            NULL, HFILL } },
        { &hf_mf_has_attach,
          { "mfHasAttach", "oxcrops.transport_new_mail.message_flags.has_attach", FT_BOOLEAN, 32, NULL,
            MF_HAS_ATTACH, NULL, HFILL } },
        { &hf_mf_from_me,
          { "mfFromMe", "oxcrops.transport_new_mail.message_flags.from_me", FT_BOOLEAN, 32, NULL, MF_FROM_ME,
            NULL, HFILL } },
        { &hf_mf_fai,
          { "mfFAI", "oxcrops.transport_new_mail.message_flags.fai", FT_BOOLEAN, 32, NULL, MF_FAI, NULL,
            HFILL } },
        { &hf_mf_resend,
          { "mfResend", "oxcrops.transport_new_mail.message_flags.resend", FT_BOOLEAN, 32, NULL, MF_RESEND,
            NULL, HFILL } },
        { &hf_mf_notify_read,
          { "mfNotifyRead", "oxcrops.transport_new_mail.message_flags.notify_read", FT_BOOLEAN, 32, NULL,
            MF_NOTIFY_READ, NULL, HFILL } },
        { &hf_mf_notify_unread,
          { "mfNotifyUnread", "oxcrops.transport_new_mail.message_flags.notify_unread", FT_BOOLEAN, 32, NULL,
            MF_NOTIFY_UNREAD, NULL, HFILL } },
        { &hf_mf_ever_read,
          { "mfEverRead", "oxcrops.transport_new_mail.message_flags.ever_read", FT_BOOLEAN, 32, NULL,
            MF_EVER_READ, NULL, HFILL } },
        { &hf_mf_internet,
          { "mfInternet", "oxcrops.transport_new_mail.message_flags.internet", FT_BOOLEAN, 32, NULL,
            MF_INTERNET, NULL, HFILL } },
        { &hf_mf_untrusted,
          { "mfUntrusted", "oxcrops.transport_new_mail.message_flags.untrusted", FT_BOOLEAN, 32, NULL,
            MF_UNTRUSTED, NULL, HFILL } },
        { &hf_options_data_address_type,
          { "AddressType", "oxcrops.options_data.address_type", FT_STRINGZ, BASE_NONE, NULL, 0, NULL,
            HFILL } },
        { &hf_options_data_want_win32,
          { "WantWin32", "oxcrops.options_data.want_win32", FT_BOOLEAN, BASE_NONE, NULL, 0,
            "Help file data suited for 32-bit machines", HFILL } },
        { &hf_options_data_reserved,
          { "Reserved", "oxcrops.options_data.reserved", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_options_data_options_info_size,
          { "OptionsInfoSize", "oxcrops.options_data.options_info_size", FT_UINT16, BASE_DEC, NULL, 0, NULL,
            HFILL } },
        { &hf_options_data_options_info,
          { "OptionsInfo", "oxcrops.options_data.options_info", FT_BYTES, BASE_NONE, NULL, 0,
            "Opaque data from the server", HFILL } },
        { &hf_options_data_help_file_size,
          { "HelpFileSize", "oxcrops.options_data.help_file_size", FT_UINT16, BASE_DEC, NULL, 0, NULL,
            HFILL } },
        { &hf_options_data_help_file,
          { "HelpFile", "oxcrops.options_data.help_file", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_options_data_help_file_name,
          { "HelpFileName", "oxcrops.options_data.help_file_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL,
            HFILL } },
    };
    static gint *ett[] = { &ett_flags, &ett_list };

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
}

# SPDX-License-Identifier: GPL-2.0-or-later
"""Store (MS-OXCROPS 2.2.3) and transport (MS-OXCROPS 2.2.7) ROPs, request and response.

Each case sends one request ROP in an EcDoRpcExt2 request and its response ROP in the
response of the same call (MS-OXCRPC 3.1.4.2), then checks the values written by hand in
ropvec/store.py (every expected value below follows from those bytes and the MS-OXCROPS
layout, not from the plugin's output). Every capture must decode without an expert
warning, undecoded bytes or a malformed packet.
"""
import pytest

import oxgen
from ropcheck import ECDORPCEXT2, check, rop_call
from ropvec import store as v

HANDLES = [0x00000010, 0x00000011]   # [0] the Logon (or Folder / Message), [1] an output slot
REQ = "dcerpc.pkt_type == 0 && oxcrops"
RSP = "dcerpc.pkt_type == 2 && oxcrops"
FID = 0x36DF8E0E00000001             # v.FID read as a little-endian 64-bit value
FID_2A = 0x2A00000000000001          # 01 00 00 00 00 00 00 2a
MID = 0xA75FE6B703000001             # v.MID


def capture(tshark, name, request, response):
    return rop_call(tshark, name, request, response, HANDLES)


LTID = {"oxcrops.long_term_id.database_guid": [v.GUID_TEXT],
        "oxcrops.long_term_id.global_counter": [0x0E8EDF36],
        "oxcrops.long_term_id.pad": [0]}

# (name, request bytes, response bytes, request fields, response fields)
CASES = [
    # RopLogon to public folders (2.2.3.1.1) answered with the public folders form (2.2.3.1.3).
    ("logon_public", v.LOGON_PUBLIC_REQ, v.LOGON_PUBLIC_RSP,
     {"oxcrops.logon.logon_flags": [0x00], "oxcrops.logon.logon_flags.private": [0],
      "oxcrops.logon.open_flags": [0x00000402], "oxcrops.logon.open_flags.public": [1],
      "oxcrops.logon.open_flags.no_mail": [1], "oxcrops.logon.store_state": [0],
      "oxcrops.logon.essdn_size": [0]},
     {"oxcrops.output_handle_index": [1], "oxcrops.logon.logon_flags": [0x00],
      "oxcrops.global_counter": v.LOGON_PUBLIC_FIDS, "oxcrops.logon.repl_id": [1],
      "oxcrops.logon.repl_guid": [v.GUID_TEXT],
      "oxcrops.logon.per_user_guid": ["00000000-0000-0000-0000-000000000000"]}),
    # A private logon answered with the redirect form (2.2.3.1.4, ecWrongServer).
    ("logon_redirect", v.LOGON_PRIVATE_REQ, v.LOGON_REDIRECT_RSP,
     {"oxcrops.logon.logon_flags.private": [1], "oxcrops.logon.open_flags": [0x01000400],
      "oxcrops.logon.open_flags.use_per_mdb_replid_mapping": [1],
      "oxcrops.logon.essdn_size": [len(v.ESSDN) + 1], "oxcrops.logon.essdn": [v.ESSDN]},
     {"oxcrops.return_value": [0x478], "oxcrops.logon.logon_flags": [0x01],
      "oxcrops.logon.server_name_size": [11], "oxcrops.logon.server_name": ["EXCH2.test"]}),
    ("set_receive_folder", v.SET_RECEIVE_FOLDER_REQ, v.SET_RECEIVE_FOLDER_RSP,
     {"oxcrops.rop_id": [0x26], "oxcrops.input_handle_index": [0], "oxcrops.folder_id": [FID],
      "oxcrops.set_receive_folder.message_class": ["IPM.Note"]},
     {"oxcrops.rop_id": [0x26], "oxcrops.return_value": [0]}),
    ("get_receive_folder", v.GET_RECEIVE_FOLDER_REQ, v.GET_RECEIVE_FOLDER_RSP,
     {"oxcrops.get_receive_folder.message_class": ["IPM.Note.Custom"]},
     {"oxcrops.folder_id": [FID_2A], "oxcrops.replica_id": [1], "oxcrops.global_counter": [0x2A],
      "oxcrops.get_receive_folder.explicit_message_class": ["IPM.Note"]}),
    ("get_receive_folder_failure", v.GET_RECEIVE_FOLDER_REQ, v.GET_RECEIVE_FOLDER_FAIL,
     {"oxcrops.get_receive_folder.message_class": ["IPM.Note.Custom"]},
     {"oxcrops.return_value": [0x8004010F], "oxcrops.folder_id": [],
      "oxcrops.get_receive_folder.explicit_message_class": []}),
    ("get_receive_folder_table", v.GET_RECEIVE_FOLDER_TABLE_REQ, v.GET_RECEIVE_FOLDER_TABLE_RSP,
     {"oxcrops.rop_id": [0x68], "oxcrops.input_handle_index": [0]},
     {"oxcrops.get_receive_folder_table.row_count": [2],
      "oxcrops.property_row.flag": [0x00, 0x01],
      "oxcrops.value.int64": [FID, FID_2A],
      "oxcrops.value.string": ["", "IPM.Note"],
      "oxcrops.value.flag": [0x00, 0x00, 0x0A],
      "oxcrops.value.error_code": [0x8004010F],
      "oxcrops.property_tag": [0x67480014, 0x001A001E, 0x30080040] * 2}),
    ("get_store_state", v.GET_STORE_STATE_REQ, v.GET_STORE_STATE_RSP,
     {"oxcrops.rop_id": [0x7B]},
     {"oxcrops.get_store_state.store_state": [0x01000000],
      "oxcrops.get_store_state.store_state.store_has_searches": [1]}),
    ("get_owning_servers", v.GET_OWNING_SERVERS_REQ, v.GET_OWNING_SERVERS_RSP,
     {"oxcrops.folder_id": [FID]},
     {"oxcrops.get_owning_servers.owning_servers_count": [2],
      "oxcrops.get_owning_servers.cheap_servers_count": [1],
      "oxcrops.get_owning_servers.owning_servers": [v.SERVER1, v.SERVER2]}),
    ("public_folder_is_ghosted", v.PF_IS_GHOSTED_REQ, v.PF_IS_GHOSTED_RSP,
     {"oxcrops.folder_id": [FID]},
     {"oxcrops.public_folder_is_ghosted.is_ghosted": [1],
      "oxcrops.public_folder_is_ghosted.servers_count": [1],
      "oxcrops.public_folder_is_ghosted.cheap_servers_count": [1],
      "oxcrops.public_folder_is_ghosted.servers": [v.SERVER1]}),
    ("public_folder_not_ghosted", v.PF_IS_GHOSTED_REQ, v.PF_NOT_GHOSTED_RSP,
     {"oxcrops.folder_id": [FID]},
     {"oxcrops.public_folder_is_ghosted.is_ghosted": [0],
      "oxcrops.public_folder_is_ghosted.servers_count": []}),
    ("long_term_id_from_id", v.LONG_TERM_ID_FROM_ID_REQ, v.LONG_TERM_ID_FROM_ID_RSP,
     {"oxcrops.long_term_id_from_id.object_id": [FID]}, LTID),
    ("id_from_long_term_id", v.ID_FROM_LONG_TERM_ID_REQ, v.ID_FROM_LONG_TERM_ID_RSP,
     LTID, {"oxcrops.id_from_long_term_id.object_id": [FID]}),
    ("get_per_user_long_term_ids", v.GET_PER_USER_LONG_TERM_IDS_REQ, v.GET_PER_USER_LONG_TERM_IDS_RSP,
     {"oxcrops.get_per_user_long_term_ids.database_guid": [v.GUID_TEXT]},
     {"oxcrops.get_per_user_long_term_ids.long_term_id_count": [2],
      "oxcrops.long_term_id.database_guid": [v.GUID_TEXT, v.GUID2_TEXT],
      "oxcrops.long_term_id.global_counter": [0x0E8EDF36, 0x2A]}),
    ("get_per_user_guid", v.GET_PER_USER_GUID_REQ, v.GET_PER_USER_GUID_RSP,
     {"oxcrops.long_term_id.database_guid": [v.GUID2_TEXT], "oxcrops.long_term_id.global_counter": [0x2A]},
     {"oxcrops.get_per_user_guid.database_guid": [v.GUID_TEXT]}),
    ("read_per_user_information", v.READ_PER_USER_REQ, v.READ_PER_USER_RSP,
     dict(LTID, **{"oxcrops.read_per_user_information.reserved": [0],
                   "oxcrops.read_per_user_information.data_offset": [0],
                   "oxcrops.read_per_user_information.max_data_size": [0x1000]}),
     {"oxcrops.read_per_user_information.has_finished": [1],
      "oxcrops.read_per_user_information.data_size": [4],
      "oxcrops.read_per_user_information.data": ["deadbeef"]}),
    ("write_per_user_information_private", v.WRITE_PER_USER_PRIVATE_REQ, v.WRITE_PER_USER_RSP,
     dict(LTID, **{"oxcrops.write_per_user_information.has_finished": [1],
                   "oxcrops.write_per_user_information.data_offset": [0],
                   "oxcrops.write_per_user_information.data_size": [4],
                   "oxcrops.write_per_user_information.data": ["deadbeef"],
                   "oxcrops.write_per_user_information.repl_guid": [v.GUID2_TEXT]}),
     {"oxcrops.rop_id": [0x64], "oxcrops.return_value": [0]}),
    ("write_per_user_information_offset", v.WRITE_PER_USER_OFFSET_REQ, v.WRITE_PER_USER_RSP,
     {"oxcrops.write_per_user_information.has_finished": [0],
      "oxcrops.write_per_user_information.data_offset": [0x10],
      "oxcrops.write_per_user_information.data": ["cafe"],
      "oxcrops.write_per_user_information.repl_guid": []},
     {"oxcrops.return_value": [0]}),
    ("write_per_user_information_public", v.WRITE_PER_USER_PUBLIC_REQ, v.WRITE_PER_USER_RSP,
     {"oxcrops.write_per_user_information.data_offset": [0],
      "oxcrops.write_per_user_information.data": ["deadbeef"],
      "oxcrops.write_per_user_information.repl_guid": []},
     {"oxcrops.return_value": [0]}),
    # MS-OXOMSG 4.3.1 (spec example): FolderId 0001-0003b479ca47, MessageId 0001-0003b7e65fa7.
    ("abort_submit", v.ABORT_SUBMIT_REQ, v.ABORT_SUBMIT_RSP,
     {"oxcrops.rop_id": [0x34], "oxcrops.logon_id": [0], "oxcrops.input_handle_index": [0],
      "oxcrops.replica_id": [1, 1], "oxcrops.global_counter": [0x0003B479CA47, 0x0003B7E65FA7],
      "oxcrops.message_id": [MID]},
     {"oxcrops.return_value": [0]}),
    ("get_address_types", v.GET_ADDRESS_TYPES_REQ, v.GET_ADDRESS_TYPES_RSP,
     {"oxcrops.rop_id": [0x49]},
     {"oxcrops.get_address_types.address_type_count": [2],
      "oxcrops.get_address_types.address_type_size": [8],
      "oxcrops.get_address_types.address_types": ["SMTP", "EX"]}),
    # MS-OXOMSG 4.6.1.2 (spec example response).
    ("set_spooler", v.SET_SPOOLER_REQ, v.SET_SPOOLER_RSP,
     {"oxcrops.rop_id": [0x47]}, {"oxcrops.rop_id": [0x47], "oxcrops.return_value": [0]}),
    # MS-OXOMSG 4.6.6.2 (spec example response).
    ("spooler_lock_message", v.SPOOLER_LOCK_MESSAGE_REQ, v.SPOOLER_LOCK_MESSAGE_RSP,
     {"oxcrops.message_id": [MID], "oxcrops.spooler_lock_message.lock_state": [0x02]},
     {"oxcrops.rop_id": [0x48], "oxcrops.return_value": [0]}),
    ("transport_send", v.TRANSPORT_SEND_REQ, v.TRANSPORT_SEND_RSP,
     {"oxcrops.rop_id": [0x4A]},
     {"oxcrops.transport_send.no_properties_returned": [0],
      "oxcrops.transport_send.property_value_count": [2],
      "oxcrops.property_tag": [0x0E070003, 0x001A001E],
      "oxcrops.value.int32": [9], "oxcrops.value.string": ["IPM.Note"]}),
    ("transport_send_no_properties", v.TRANSPORT_SEND_REQ, v.TRANSPORT_SEND_NO_PROPS_RSP,
     {"oxcrops.rop_id": [0x4A]},
     {"oxcrops.transport_send.no_properties_returned": [1],
      "oxcrops.transport_send.property_value_count": []}),
    ("transport_new_mail", v.TRANSPORT_NEW_MAIL_REQ, v.TRANSPORT_NEW_MAIL_RSP,
     {"oxcrops.message_id": [MID], "oxcrops.folder_id": [FID],
      "oxcrops.transport_new_mail.message_class": ["IPM.Note"],
      "oxcrops.transport_new_mail.message_flags": [0x11],
      "oxcrops.transport_new_mail.message_flags.read": [1],
      "oxcrops.transport_new_mail.message_flags.has_attach": [1],
      "oxcrops.transport_new_mail.message_flags.unsent": [0]},
     {"oxcrops.return_value": [0]}),
    ("get_transport_folder", v.GET_TRANSPORT_FOLDER_REQ, v.GET_TRANSPORT_FOLDER_RSP,
     {"oxcrops.rop_id": [0x6D]}, {"oxcrops.folder_id": [FID]}),
    ("options_data", v.OPTIONS_DATA_REQ, v.OPTIONS_DATA_RSP,
     {"oxcrops.options_data.address_type": ["EX"], "oxcrops.options_data.want_win32": [1]},
     {"oxcrops.options_data.reserved": [0x01], "oxcrops.options_data.options_info_size": [3],
      "oxcrops.options_data.options_info": ["aabbcc"], "oxcrops.options_data.help_file_size": [2],
      "oxcrops.options_data.help_file": ["1122"], "oxcrops.options_data.help_file_name": ["exchange.hlp"]}),
    ("options_data_no_help", v.OPTIONS_DATA_REQ, v.OPTIONS_DATA_NO_HELP_RSP,
     {"oxcrops.options_data.address_type": ["EX"]},
     {"oxcrops.options_data.options_info_size": [0], "oxcrops.options_data.help_file_size": [0],
      "oxcrops.options_data.help_file_name": []}),
]


@pytest.mark.parametrize("name,request_rop,response_rop,req_expect,rsp_expect", CASES, ids=[c[0] for c in CASES])
def test_store_transport_rop(tshark, name, request_rop, response_rop, req_expect, rsp_expect):
    pcap = capture(tshark, name, request_rop, response_rop)
    check(tshark, pcap, REQ, req_expect)
    check(tshark, pcap, RSP, rsp_expect)


def test_all_vectors_in_one_buffer(tshark):
    """Every store/transport vector in one request buffer and their responses in one response
    buffer: each ROP's length is right, so the walk reaches every ROP and pairs it."""
    pcap = capture(tshark, "all", b"".join(x.request for x in v.VECTORS), b"".join(x.response for x in v.VECTORS))
    ids = [x.rop_id for x in v.VECTORS]
    check(tshark, pcap, REQ, {"oxcrops.rop_id": ids})
    check(tshark, pcap, RSP, {"oxcrops.rop_id": ids})
    # ReplGuid (first byte 0x00, no RopId) told apart from the RopWritePerUserInformation
    # that follows it (design.md 7).
    check(tshark, pcap, REQ, {"oxcrops.write_per_user_information.repl_guid": [v.GUID2_TEXT]})
    frames = tshark.values(pcap, "oxcrops.request_frame", RSP)
    assert len(frames) == len(ids)


def test_write_per_user_information_undecidable(tshark):
    """DataOffset 0 followed by bytes that could be a ReplGuid or a next ROP: shown as bytes
    with a note (severity note, not a guess) and the walk stops."""
    # After Data: RopGetStoreState x4, RopSubmitMessage (4 bytes), RopGetStoreState: a RopId
    # (0x7B) right after Data and another 16 bytes on, so either reading is possible.
    after = v.GET_STORE_STATE_REQ * 4 + bytes.fromhex("32 00 00 00") + v.GET_STORE_STATE_REQ
    rops = v.WRITE_PER_USER_PUBLIC_REQ + after
    pcap = tshark.path("undecidable.pcap")
    oxgen.dcerpc_capture(pcap, [(ECDORPCEXT2, oxgen.ecdorpcext2_request(oxgen.ext_buffer(
        oxgen.rop_buffer(rops, HANDLES))), None)])
    tshark.assert_clean(pcap)
    undetermined = tshark.values(pcap, "oxcrops.write_per_user_information.undetermined", REQ)
    assert undetermined == [after.hex()]
    assert tshark.values(pcap, "oxcrops.write_per_user_information.repl_guid", REQ) == []


@pytest.mark.parametrize("rsp", [
    v.GET_OWNING_SERVERS_RSP[:-3], v.GET_RECEIVE_FOLDER_TABLE_RSP[:-2], v.OPTIONS_DATA_RSP[:-4],
    v.TRANSPORT_SEND_RSP[:-2], v.GET_PER_USER_LONG_TERM_IDS_RSP[:-1], v.GET_ADDRESS_TYPES_RSP[:-1],
], ids=["owning_servers", "receive_folder_table", "options_data", "transport_send", "long_term_ids",
        "address_types"])
def test_truncated_response(tshark, rsp):
    """A response cut short is reported as truncated, not read past its buffer."""
    pcap = tshark.path("short.pcap")
    oxgen.dcerpc_capture(pcap, [(ECDORPCEXT2, oxgen.ecdorpcext2_request(oxgen.ext_buffer(
        oxgen.rop_buffer(v.GET_STORE_STATE_REQ, HANDLES))), oxgen.ecdorpcext2_response(oxgen.ext_buffer(
            oxgen.rop_buffer(rsp, HANDLES))))])
    out = tshark.run(["-r", tshark.readable(pcap), "-2", "-Y", "oxcrops.truncated"]).stdout
    assert out != ""


ENTRY_ID_FIELDS = {
    "oxcrops.entry_id.flags": [0] * 5,
    "oxcrops.entry_id.object_type": [0x0001, 0x0007],
    "oxcrops.long_term_id.database_guid": [v.GUID2_TEXT] * 3,
    "oxcrops.long_term_id.global_counter": [0x0E8EDF36, 0x0E8EDF36, 0x0003B7E65FA7],
    "oxcrops.entry_id.store.version": [0], "oxcrops.entry_id.store.flag": [0],
    "oxcrops.entry_id.store.dll_file_name": ["EMSMDB.DLL"], "oxcrops.entry_id.store.wrapped_flags": [0],
    "oxcrops.entry_id.store.wrapped_type": [0x0C], "oxcrops.entry_id.store.server_shortname": ["EXCH1"],
    "oxcrops.entry_id.store.mailbox_dn": ["/o=First Organization/cn=user1"],
    "oxcrops.entry_id.address_book.version": [1], "oxcrops.entry_id.address_book.type": [0],
    "oxcrops.entry_id.address_book.x500_dn": [v.ESSDN],
    "oxcrops.entry_id.one_off.version": [0], "oxcrops.entry_id.one_off.flags": [0x9001],
    "oxcrops.entry_id.one_off.flags.u": [1], "oxcrops.entry_id.one_off.flags.m": [1],
    "oxcrops.entry_id.one_off.display_name": ["Bob"], "oxcrops.entry_id.one_off.address_type": ["SMTP"],
    "oxcrops.entry_id.one_off.email_address": ["bob@example.com"],
    "oxcrops.entry_id.extra_data": [],
}


def test_entry_ids(tshark):
    """Folder, Message, Store Object, Address Book and One-Off EntryIDs (MS-OXCDATA 2.2.4.1-2.2.4.3,
    2.2.5.1, 2.2.5.2) in PidTag*EntryId values of a RopTransportSend response. The values are
    decoded as entry IDs only once PtypBinary values of entry-ID properties are handed to
    oxcdata_entry_id (oxcdata.c); until then only the ROP itself is checked."""
    pcap = capture(tshark, "entry_ids", v.TRANSPORT_SEND_REQ, v.TRANSPORT_SEND_ENTRY_IDS_RSP)
    check(tshark, pcap, RSP, {"oxcrops.transport_send.property_value_count": [5],
                              "oxcrops.property_tag": [tag for tag, _ in v.ENTRY_IDS]})
    if not tshark.values(pcap, "oxcrops.entry_id", RSP):
        pytest.skip("PtypBinary entry-ID property values are not yet handed to oxcdata_entry_id")
    check(tshark, pcap, RSP, ENTRY_ID_FIELDS)


def test_cheap_servers_above_servers(tshark):
    """MS-OXCSTOR 2.2.1.7.2: CheapServersCount "MUST be less than or equal to" the server
    count; 3 cheap of 2 servers is flagged on the count, and both names still decode."""
    rsp = v.GET_OWNING_SERVERS_RSP.replace(bytes.fromhex("02 00 01 00"), bytes.fromhex("02 00 03 00"), 1)
    pcap = rop_call(tshark, "cheap.pcap", v.GET_OWNING_SERVERS_REQ, rsp, HANDLES, clean=False)
    assert ("CheapServerCount 3 exceeds ServerCount 2" in
            [m for _, m in tshark.warnings(pcap)])
    assert tshark.values(pcap, "oxcrops.get_owning_servers.owning_servers", RSP) == [v.SERVER1, v.SERVER2]

# SPDX-License-Identifier: GPL-2.0-or-later
"""Folder (MS-OXCROPS 2.2.4) and message (MS-OXCROPS 2.2.6) ROPs, request and response.

Each case sends one request ROP in an EcDoRpcExt2 request and its response ROP in the
response of the same call (MS-OXCRPC 3.1.4.2), then checks the values of ropvec/folder.py
(every expected value follows from those bytes and the MS-OXCROPS layout, or is stated by
the MS-OXCFOLD section 4 example the bytes come from; none is taken from the plugin's
output). Every capture must decode without an expert warning, undecoded bytes or a
malformed packet. The last test decodes the Exchange 2003 traffic of
../shared/testdata/real/mapi.pcap, re-wrapped at test time.
"""
import os
import struct

import pytest

import oxgen
from ropcheck import ECDORPCEXT2, check, rop_call
from ropvec import folder as v

HANDLES = [0x00000010, 0x00000011, 0x00000012]
REQ = "dcerpc.pkt_type == 0 && oxcrops"
RSP = "dcerpc.pkt_type == 2 && oxcrops"


def le64(text):
    """An 8-byte FID/MID of ropvec/folder.py as the little-endian 64-bit value tshark shows."""
    return struct.unpack("<Q", bytes.fromhex(text))[0]


FID, MID1, MID2, MID3 = le64(v.FID), le64(v.MID1), le64(v.MID2), le64(v.MID3)
NEW_FID = le64("01 00 00 00 0e 91 52 12")   # MS-OXCFOLD 4.1.2: 0001-00000E915212


def capture(tshark, name, request, response):
    return rop_call(tshark, name, request, response, HANDLES)


FAILED = 0x80004005
GHOST = {"oxcrops.create_folder.has_rules": [1], "oxcrops.create_folder.is_ghosted": [1],
         "oxcrops.create_folder.server_count": [2], "oxcrops.create_folder.cheap_server_count": [1],
         "oxcrops.create_folder.server": [v.SERVER1, v.SERVER2]}
# the recipient row of ropvec/folder.py (RECIPIENT_ROW), as RecipientRow and PropertyRow fields
ROW = {"oxcrops.recipient_row.recipient_flags": [0x021B], "oxcrops.recipient_row.recipient_flags.type": [3],
       "oxcrops.recipient_row.recipient_flags.u": [1], "oxcrops.recipient_row.email_address": ["a@b"],
       "oxcrops.recipient_row.display_name": ["Al"], "oxcrops.recipient_row.recipient_column_count": [2],
       "oxcrops.value.int32": [6], "oxcrops.value.string": ["Al"]}
LTID = {"oxcrops.long_term_id.database_guid": [v.LTID_GUID_TEXT], "oxcrops.long_term_id.global_counter": [0x0E8EDF36],
        "oxcrops.long_term_id.pad": [0]}

# (name, vector, request fields, response fields)
CASES = [
    # MS-OXCFOLD 4.1.1 / 4.1.2
    ("create_folder", v.CREATE_FOLDER,
     {"oxcrops.output_handle_index": [1], "oxcrops.create_folder.folder_type": [1],
      "oxcrops.create_folder.use_unicode_strings": [1], "oxcrops.create_folder.open_existing": [0],
      "oxcrops.create_folder.reserved": [0], "oxcrops.create_folder.display_name": ["Folder1"]},
     {"oxcrops.output_handle_index": [1], "oxcrops.return_value": [0], "oxcrops.folder_id": [NEW_FID],
      "oxcrops.global_counter": [0x0E915212], "oxcrops.create_folder.is_existing_folder": [0],
      "oxcrops.create_folder.has_rules": [], "oxcrops.create_folder.is_ghosted": []}),
    ("create_folder_existing", v.CREATE_FOLDER_EXISTING,
     {"oxcrops.create_folder.use_unicode_strings": [0], "oxcrops.create_folder.open_existing": [1],
      "oxcrops.create_folder.display_name": ["Pub"], "oxcrops.create_folder.comment": ["Shared"]},
     dict(GHOST, **{"oxcrops.folder_id": [FID], "oxcrops.create_folder.is_existing_folder": [1]})),
    ("create_folder_failed", v.CREATE_FOLDER_FAILED, {"oxcrops.create_folder.folder_type": [1]},
     {"oxcrops.return_value": [FAILED], "oxcrops.folder_id": [], "oxcrops.create_folder.is_existing_folder": []}),
    # MS-OXCFOLD 4.2.1 / 4.2.2
    ("delete_folder", v.DELETE_FOLDER,
     {"oxcrops.input_handle_index": [1], "oxcrops.delete_folder.delete_folder_flags": [0x05],
      "oxcrops.delete_folder.delete_folder_flags.del_messages": [1],
      "oxcrops.delete_folder.delete_folder_flags.del_folders": [1],
      "oxcrops.delete_folder.delete_folder_flags.delete_hard_delete": [0], "oxcrops.folder_id": [FID]},
     {"oxcrops.input_handle_index": [1], "oxcrops.return_value": [0], "oxcrops.partial_completion": [0]}),
    ("delete_folder_failed", v.DELETE_FOLDER_FAILED,
     {"oxcrops.delete_folder.delete_folder_flags": [0x15],
      "oxcrops.delete_folder.delete_folder_flags.delete_hard_delete": [1]},
     {"oxcrops.return_value": [FAILED], "oxcrops.partial_completion": [1]}),
    # MS-OXCFOLD 4.3.1 / 4.3.2
    ("delete_messages", v.DELETE_MESSAGES,
     {"oxcrops.delete_messages.want_asynchronous": [0], "oxcrops.delete_messages.notify_non_read": [1],
      "oxcrops.delete_messages.message_id_count": [2], "oxcrops.message_id": [MID1, MID2],
      "oxcrops.global_counter": [0x0E8EF148, 0x0E8EC302]},
     {"oxcrops.input_handle_index": [0], "oxcrops.partial_completion": [0]}),
    ("hard_delete_messages", v.HARD_DELETE_MESSAGES,
     {"oxcrops.hard_delete_messages.want_asynchronous": [1], "oxcrops.hard_delete_messages.notify_non_read": [0],
      "oxcrops.hard_delete_messages.message_id_count": [1], "oxcrops.message_id": [MID3]},
     {"oxcrops.partial_completion": [1]}),
    # MS-OXCFOLD 4.8 (the restriction of 4.8.1's text, PidTagImportance == 2)
    ("set_search_criteria", v.SET_SEARCH_CRITERIA,
     {"oxcrops.input_handle_index": [1], "oxcrops.restriction_data_size": [14],
      "oxcrops.restriction.restrict_type": [0x04], "oxcrops.restriction.relop": [0x04],
      "oxcrops.property_tag": [0x00170003, 0x00170003], "oxcrops.value.int32": [2],
      "oxcrops.set_search_criteria.folder_id_count": [1], "oxcrops.folder_id": [FID],
      "oxcrops.set_search_criteria.search_flags": [0x06],
      "oxcrops.set_search_criteria.search_flags.restart_search": [1],
      "oxcrops.set_search_criteria.search_flags.recursive_search": [1],
      "oxcrops.set_search_criteria.search_flags.stop_search": [0]},
     {"oxcrops.input_handle_index": [1], "oxcrops.return_value": [0]}),
    # MS-OXCFOLD 4.9.1; MS-OXCROPS 2.2.4.5.2 response with its LogonId
    ("get_search_criteria", v.GET_SEARCH_CRITERIA,
     {"oxcrops.get_search_criteria.use_unicode": [1], "oxcrops.get_search_criteria.include_restriction": [1],
      "oxcrops.get_search_criteria.include_folders": [0]},
     {"oxcrops.restriction_data_size": [14], "oxcrops.value.int32": [2], "oxcrops.logon_id": [0],
      "oxcrops.get_search_criteria.folder_id_count": [1], "oxcrops.folder_id": [FID],
      "oxcrops.get_search_criteria.search_flags": [0x01001004],
      "oxcrops.get_search_criteria.search_flags.search_recursive": [1],
      "oxcrops.get_search_criteria.search_flags.search_complete": [1],
      "oxcrops.get_search_criteria.search_flags.ci_totally": [1],
      "oxcrops.get_search_criteria.search_flags.search_running": [0]}),
    # MS-OXCFOLD 4.4.1
    ("move_copy_messages", v.MOVE_COPY_MESSAGES,
     {"oxcrops.source_handle_index": [0], "oxcrops.dest_handle_index": [1],
      "oxcrops.move_copy_messages.message_id_count": [1], "oxcrops.message_id": [MID3],
      "oxcrops.move_copy_messages.want_asynchronous": [0], "oxcrops.move_copy_messages.want_copy": [0]},
     {"oxcrops.source_handle_index": [0], "oxcrops.return_value": [0], "oxcrops.dest_handle_index": [],
      "oxcrops.partial_completion": [0]}),
    # MS-OXCROPS 2.2.4.6.3
    ("move_copy_messages_null_dest", v.MOVE_COPY_MESSAGES_NULL_DEST,
     {"oxcrops.move_copy_messages.want_asynchronous": [1], "oxcrops.move_copy_messages.want_copy": [1]},
     {"oxcrops.return_value": [0x503], "oxcrops.dest_handle_index": [1], "oxcrops.partial_completion": [0]}),
    # MS-OXCFOLD 4.5.1 / 4.5.2
    ("move_folder", v.MOVE_FOLDER,
     {"oxcrops.source_handle_index": [1], "oxcrops.dest_handle_index": [2],
      "oxcrops.move_folder.want_asynchronous": [1], "oxcrops.move_folder.use_unicode": [1],
      "oxcrops.folder_id": [FID], "oxcrops.move_folder.new_folder_name": ["Folder1"]},
     {"oxcrops.source_handle_index": [1], "oxcrops.return_value": [0], "oxcrops.partial_completion": [0]}),
    # MS-OXCFOLD 4.6.1 / 4.6.2
    ("copy_folder", v.COPY_FOLDER,
     {"oxcrops.source_handle_index": [0], "oxcrops.dest_handle_index": [1],
      "oxcrops.copy_folder.want_asynchronous": [1], "oxcrops.copy_folder.want_recursive": [1],
      "oxcrops.copy_folder.use_unicode": [1], "oxcrops.folder_id": [FID],
      "oxcrops.copy_folder.new_folder_name": ["Folder1"]},
     {"oxcrops.source_handle_index": [0], "oxcrops.partial_completion": [0]}),
    ("copy_folder_failed", v.COPY_FOLDER_FAILED,
     {"oxcrops.copy_folder.use_unicode": [0], "oxcrops.copy_folder.new_folder_name": ["Copy"]},
     {"oxcrops.return_value": [FAILED], "oxcrops.dest_handle_index": [], "oxcrops.partial_completion": [1]}),
    # MS-OXCPRPT 4.5 step 1
    ("empty_folder", v.EMPTY_FOLDER,
     {"oxcrops.empty_folder.want_asynchronous": [1], "oxcrops.empty_folder.want_delete_associated": [0]},
     {"oxcrops.partial_completion": [0]}),
    ("hard_delete_messages_and_subfolders", v.HARD_DELETE_MESSAGES_AND_SUBFOLDERS,
     {"oxcrops.hard_delete_messages_and_subfolders.want_asynchronous": [0],
      "oxcrops.hard_delete_messages_and_subfolders.want_delete_associated": [1]},
     {"oxcrops.partial_completion": [0]}),
    ("open_folder_ghosted", v.OPEN_FOLDER_GHOSTED,
     {"oxcrops.open_folder.open_mode_flags.open_soft_deleted": [1]},
     {"oxcrops.open_folder.has_rules": [0], "oxcrops.open_folder.is_ghosted": [1],
      "oxcrops.open_folder.server_count": [1], "oxcrops.open_folder.cheap_server_count": [1],
      "oxcrops.open_folder.server": [v.SERVER1]}),

    ("open_message", v.OPEN_MESSAGE,
     {"oxcrops.open_message.code_page_id": [0x0FFF], "oxcrops.folder_id": [FID],
      "oxcrops.open_message.open_mode_flags": [0x03], "oxcrops.open_message.open_mode_flags.access": [3],
      "oxcrops.open_message.open_mode_flags.open_soft_deleted": [0], "oxcrops.message_id": [MID1]},
     dict(ROW, **{"oxcrops.output_handle_index": [1], "oxcrops.has_named_properties": [1],
                  "oxcrops.typed_string.string_type": [0x02, 0x04], "oxcrops.subject_prefix": ["RE: "],
                  "oxcrops.normalized_subject": ["Hi"], "oxcrops.recipient_count": [2],
                  "oxcrops.recipients.column_count": [2], "oxcrops.property_tag": [0x0FFE0003, 0x5FF6001F] * 2,
                  "oxcrops.recipients.row_count": [1], "oxcrops.recipients.recipient_type": [0x01],
                  "oxcrops.recipients.recipient_type.type": [1], "oxcrops.recipients.code_page_id": [1252],
                  "oxcrops.recipients.reserved": [0], "oxcrops.recipients.recipient_row_size": [29]})),
    ("open_message_failed", v.OPEN_MESSAGE_FAILED, {"oxcrops.message_id": [MID1]},
     {"oxcrops.return_value": [0x8004010F], "oxcrops.has_named_properties": []}),
    ("reload_cached_information", v.RELOAD_CACHED_INFORMATION,
     {"oxcrops.input_handle_index": [1], "oxcrops.reload_cached_information.reserved": [0]},
     {"oxcrops.has_named_properties": [0], "oxcrops.typed_string.string_type": [0x00, 0x03],
      "oxcrops.subject_prefix": [], "oxcrops.normalized_subject": ["Caf\u00e9"], "oxcrops.recipient_count": [0],
      "oxcrops.recipients.column_count": [0], "oxcrops.recipients.row_count": [0]}),
    ("open_embedded_message", v.OPEN_EMBEDDED_MESSAGE,
     {"oxcrops.open_embedded_message.code_page_id": [1252], "oxcrops.open_embedded_message.open_mode_flags": [2],
      "oxcrops.open_embedded_message.open_mode_flags.access": [2]},
     {"oxcrops.output_handle_index": [2], "oxcrops.open_embedded_message.reserved": [0],
      "oxcrops.message_id": [MID2], "oxcrops.typed_string.string_type": [0x01, 0x01],
      "oxcrops.recipients.row_count": [0]}),
    ("read_recipients", v.READ_RECIPIENTS,
     {"oxcrops.read_recipients.row_id": [0], "oxcrops.read_recipients.reserved": [0]},
     {"oxcrops.recipients.row_count": [2], "oxcrops.recipients.row_id": [0, 1],
      "oxcrops.recipients.recipient_type": [0x02, 0x81], "oxcrops.recipients.recipient_type.type": [2, 1],
      "oxcrops.recipients.recipient_type.previous_attempt_succeeded": [0, 1],
      "oxcrops.recipients.recipient_row_size": [29, 8], "oxcrops.recipient_row.display_name": ["Al", "Bo"],
      "oxcrops.recipient_row.recipient_column_count": [2, 0],
      "oxcrops.recipient_row.recipient_properties": [v.ROW_PROPERTIES.hex()],
      "oxcrops.property_row.flag": [0x00]}),
    ("modify_recipients", v.MODIFY_RECIPIENTS,
     dict(ROW, **{"oxcrops.modify_recipients.column_count": [2], "oxcrops.modify_recipients.row_count": [2],
                  "oxcrops.recipients.row_id": [0, 1], "oxcrops.recipients.recipient_type.type": [1, 2],
                  "oxcrops.recipients.recipient_row_size": [29, 0]}),
     {"oxcrops.return_value": [0]}),
    ("set_message_status", v.SET_MESSAGE_STATUS,
     {"oxcrops.message_id": [MID1], "oxcrops.set_message_status.message_status_flags": [0x1000],
      "oxcrops.set_message_status.message_status_mask": [0x3000],
      "oxcrops.message_status.ms_remote_download": [1, 1], "oxcrops.message_status.ms_remote_delete": [0, 1]},
     {"oxcrops.set_message_status.message_status_flags": [0x0800],
      "oxcrops.message_status.ms_in_conflict": [1]}),
    ("get_message_status", v.GET_MESSAGE_STATUS, {"oxcrops.rop_id": [0x1F], "oxcrops.message_id": [MID2]},
     {"oxcrops.rop_id": [0x20], "oxcrops.get_message_status.message_status_flags": [0x2000],
      "oxcrops.set_message_status.message_status_flags": [], "oxcrops.message_status.ms_remote_delete": [1]}),
    ("set_read_flags", v.SET_READ_FLAGS,
     {"oxcrops.set_read_flags.want_asynchronous": [0], "oxcrops.set_read_flags.read_flags": [0x05],
      "oxcrops.read_flags.rf_suppress_receipt": [1], "oxcrops.read_flags.rf_clear_read_flag": [1],
      "oxcrops.read_flags.rf_reserved": [0], "oxcrops.set_read_flags.message_id_count": [2],
      "oxcrops.message_id": [MID1, MID2]},
     {"oxcrops.partial_completion": [0]}),
    ("set_read_flags_failed", v.SET_READ_FLAGS_FAILED,
     {"oxcrops.set_read_flags.want_asynchronous": [1], "oxcrops.read_flags.rf_clear_notify_unread": [1]},
     {"oxcrops.return_value": [FAILED], "oxcrops.partial_completion": [1]}),
    ("set_message_read_flag", v.SET_MESSAGE_READ_FLAG,
     {"oxcrops.response_handle_index": [0], "oxcrops.input_handle_index": [1],
      "oxcrops.set_message_read_flag.read_flags": [0x01], "oxcrops.set_message_read_flag.client_data": []},
     {"oxcrops.response_handle_index": [0], "oxcrops.set_message_read_flag.read_status_changed": [0],
      "oxcrops.logon_id": []}),
    ("set_message_read_flag_public", v.SET_MESSAGE_READ_FLAG_PUBLIC,
     dict(LTID, **{"oxcrops.set_message_read_flag.read_flags": [0x00]}),
     dict(LTID, **{"oxcrops.set_message_read_flag.read_status_changed": [1], "oxcrops.logon_id": [0]})),
    ("open_attachment", v.OPEN_ATTACHMENT,
     {"oxcrops.open_attachment.open_attachment_flags": [0x01],
      "oxcrops.open_attachment.open_attachment_flags.access": [1], "oxcrops.attachment_id": [2]},
     {"oxcrops.output_handle_index": [1], "oxcrops.return_value": [0]}),
    ("create_attachment", v.CREATE_ATTACHMENT, {"oxcrops.output_handle_index": [1]},
     {"oxcrops.output_handle_index": [1], "oxcrops.attachment_id": [3]}),
    ("delete_attachment", v.DELETE_ATTACHMENT, {"oxcrops.attachment_id": [1]}, {"oxcrops.return_value": [0]}),
    ("save_changes_attachment", v.SAVE_CHANGES_ATTACHMENT,
     {"oxcrops.response_handle_index": [2], "oxcrops.input_handle_index": [1], "oxcrops.save_flags": [0x02],
      "oxcrops.save_flags.keep_open_read_write": [1]},
     {"oxcrops.response_handle_index": [2], "oxcrops.return_value": [0]}),
    ("get_attachment_table", v.GET_ATTACHMENT_TABLE,
     {"oxcrops.get_attachment_table.table_flags": [0x40], "oxcrops.get_attachment_table.table_flags.unicode": [1]},
     {"oxcrops.output_handle_index": [1]}),
    ("get_valid_attachments", v.GET_VALID_ATTACHMENTS, {"oxcrops.input_handle_index": [0]},
     {"oxcrops.get_valid_attachments.attachment_id_count": [3], "oxcrops.attachment_id": [0, 1, 4]}),
    ("create_message", v.CREATE_MESSAGE,
     {"oxcrops.create_message.code_page_id": [0x0FFF], "oxcrops.folder_id": [FID],
      "oxcrops.create_message.associated_flag": [0]},
     {"oxcrops.create_message.has_message_id": [1], "oxcrops.message_id": [MID1]}),
    ("save_changes_message", v.SAVE_CHANGES_MESSAGE,
     {"oxcrops.response_handle_index": [2], "oxcrops.input_handle_index": [1], "oxcrops.save_flags.force_save": [1]},
     {"oxcrops.response_handle_index": [2], "oxcrops.input_handle_index": [1], "oxcrops.message_id": [MID1]}),
]


@pytest.mark.parametrize("name,vector,req,rsp", CASES, ids=[c[0] for c in CASES])
def test_rop(tshark, name, vector, req, rsp):
    pcap = capture(tshark, name, vector.request, vector.response)
    check(tshark, pcap, REQ, dict({"oxcrops.rop_id": [vector.rop_id]}, **req))
    check(tshark, pcap, RSP, rsp)


def shown(tshark, pcap):
    return tshark.run(["-r", tshark.readable(pcap), "-2", "-V"]).stdout


def test_get_message_status_labelled_by_request(tshark):
    """MS-OXCROPS 2.2.6.9.2: the response carries RopId 0x20 and is shown as RopGetMessageStatus's."""
    out = shown(tshark, capture(tshark, "gms", v.GET_MESSAGE_STATUS.request, v.GET_MESSAGE_STATUS.response))
    assert "RopGetMessageStatus response (RopId 0x20)" in out


def test_client_data_inference_is_noted(tshark):
    """ClientData depends on the logon type (MS-OXCROPS 2.2.6.11.1): a note says it was inferred."""
    pcap = capture(tshark, "smrf", v.SET_MESSAGE_READ_FLAG_PUBLIC.request + v.EMPTY_FOLDER.request,
                   v.SET_MESSAGE_READ_FLAG_PUBLIC.response + v.EMPTY_FOLDER.response)
    check(tshark, pcap, REQ, {"oxcrops.rop_id": [0x11, 0x58], "oxcrops.long_term_id.pad": [0]})
    assert "ClientData taken as present" in shown(tshark, pcap)
    # a private logon's request followed by another ROP: that ROP's RopId and LogonId follow ReadFlags
    pcap = capture(tshark, "smrf2", v.SET_MESSAGE_READ_FLAG.request + v.GET_SEARCH_CRITERIA.request * 5,
                   v.SET_MESSAGE_READ_FLAG.response)
    check(tshark, pcap, REQ, {"oxcrops.rop_id": [0x11] + [0x31] * 5, "oxcrops.long_term_id.pad": []})


def test_all_vectors_in_one_buffer(tshark):
    """Every vector of ropvec/folder.py in one request buffer and one response buffer."""
    pcap = capture(tshark, "all", b"".join(x.request for x in v.VECTORS), b"".join(x.response for x in v.VECTORS))
    check(tshark, pcap, REQ, {"oxcrops.rop_id": [x.rop_id for x in v.VECTORS]})
    check(tshark, pcap, RSP, {"oxcrops.rop_id": [x.response[0] for x in v.VECTORS]})


@pytest.mark.parametrize("size,row,message", [
    (len(v.RECIPIENT_ROW) + 3, v.RECIPIENT_ROW + b"\0\0\0",
     "RecipientRowSize is 32 bytes; the RecipientRow ends after 29"),
    (20, v.RECIPIENT_ROW[:20], "RecipientRow runs past its RecipientRowSize (20 bytes)"),
])
def test_recipient_row_size_frames_the_row(tshark, size, row, message):
    """MS-OXCROPS 2.2.6.1.2.1: RecipientRowSize is the size of RecipientRow. A row that does not
    fill it, or runs past it, is flagged, and the walk goes on after RecipientRowSize bytes."""
    prefix = v.OPEN_MESSAGE.response[:-(len(v.RECIPIENT_ROW) + 2)]
    rsp = prefix + struct.pack("<H", size) + row + v.EMPTY_FOLDER.response
    pcap = tshark.path("rowsize%d.pcap" % size)
    req = oxgen.ecdorpcext2_request(oxgen.ext_buffer(oxgen.rop_buffer(v.OPEN_MESSAGE.request + v.EMPTY_FOLDER.request,
                                                                      HANDLES)))
    oxgen.dcerpc_capture(pcap, [(ECDORPCEXT2, req, oxgen.ecdorpcext2_response(
        oxgen.ext_buffer(oxgen.rop_buffer(rsp, HANDLES))))])
    check(tshark, pcap, RSP, {"oxcrops.rop_id": [0x03, 0x58], "oxcrops.recipients.recipient_row_size": [size],
                              "oxcrops.partial_completion": [0]})
    assert message in shown(tshark, pcap)


# ---------------------------------------------------------------- real traffic

def _legacy_ecdorpc_calls(path):
    """ROP buffers of the EcDoRpc (opnum 2) calls of a capture with no bind: TCP payloads
    joined per direction, DCE/RPC PDUs cut by frag_len, stubs laid out as
    handle(20) size(4) offset(4) length(4) buffer, the buffer XORed with 0xA5."""
    data = open(path, "rb").read()
    streams, off = {}, 24
    while off + 16 <= len(data):
        incl = struct.unpack("<I", data[off + 8:off + 12])[0]
        frame, off = data[off + 16:off + 16 + incl], off + 16 + incl
        if len(frame) < 54 or frame[12:14] != b"\x08\x00" or frame[23] != 6:
            continue
        ihl = (frame[14] & 15) * 4
        tcp = frame[14 + ihl:14 + struct.unpack("!H", frame[16:18])[0]]
        key = struct.unpack("!HH", tcp[:4])
        streams[key] = streams.get(key, b"") + tcp[(tcp[12] >> 4) * 4:]
    reqs, rsps = {}, {}
    for (sport, dport), s in streams.items():
        i = 0
        while i + 24 <= len(s):
            frag = struct.unpack("<H", s[i + 8:i + 10])[0]
            if s[i] != 5 or frag < 24:
                i += 1
                continue
            pdu, i = s[i:i + frag], i + frag
            call = struct.unpack("<I", pdu[12:16])[0]
            stub = pdu[24:]
            if len(stub) < 32:
                continue
            buf = bytes(b ^ 0xA5 for b in stub[32:32 + struct.unpack("<I", stub[28:32])[0]])
            if pdu[2] == 0 and struct.unpack("<H", pdu[22:24])[0] == 2:
                reqs[(sport, dport, call)] = buf
            elif pdu[2] == 2 and pdu[3] == 3:
                rsps[(dport, sport, call)] = buf
    return [(reqs[k], rsps[k]) for k in sorted(reqs) if k in rsps]


def test_real_exchange2003(tshark, shared):
    """Outlook and Exchange 2003 on a private mailbox (testdata/real/mapi.pcap). Values read
    by hand from the bytes: RopOpenFolder answers 02 01 00000000 00 00 (HasRules and
    IsGhosted both present); one RopOpenMessage answers with two OpenRecipientRows of
    RecipientRowSize 0xC6 and 0xB4, RecipientFlags 0x04D1 (X500DN | D | S | R | I) and nine
    columns; RopSetMessageReadFlag requests carry ReadFlags 0x00 or 0x40 and no ClientData."""
    calls = _legacy_ecdorpc_calls(os.path.join(shared, "mapi.pcap"))
    pcap = tshark.path("real2003.pcap")
    oxgen.dcerpc_capture(pcap, [(ECDORPCEXT2, oxgen.ecdorpcext2_request(oxgen.ext_buffer(q)),
                                 oxgen.ecdorpcext2_response(oxgen.ext_buffer(r))) for q, r in calls])
    ghosted = tshark.values(pcap, "oxcrops.open_folder.is_ghosted", RSP)
    assert ghosted and set(ghosted) == {"0"}
    assert len(ghosted) == len(tshark.values(pcap, "oxcrops.open_folder.has_rules", RSP))
    sizes = tshark.values(pcap, "oxcrops.recipients.recipient_row_size", RSP + " && oxcrops.recipient_count == 2")
    assert [int(x) for x in sizes] == [0xC6, 0xB4]
    flags = tshark.values(pcap, "oxcrops.recipient_row.recipient_flags", RSP + " && oxcrops.recipient_count == 2")
    assert [int(x, 16) for x in flags] == [0x04D1, 0x04D1]
    assert set(tshark.values(pcap, "oxcrops.set_message_read_flag.read_flags", REQ)) == {"0x00", "0x40"}
    assert tshark.values(pcap, "oxcrops.set_message_read_flag.client_data") == []
    # nothing this family decodes is flagged: no warning names a RecipientRow, TypedString or Reserved field
    warnings = tshark.fields(pcap, ["_ws.expert.message"], "_ws.expert.severity >= 0x00600000")
    text = " ".join(r[0] for r in warnings)
    for word in ("Recipient", "StringType", "Reserved MUST", "ServerCount", "FolderType"):
        assert word not in text, text

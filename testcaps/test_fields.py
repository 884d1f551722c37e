# SPDX-License-Identifier: GPL-2.0-or-later
"""The field names scripts depend on (design.md section 3) exist with their types."""
import os
import shutil
import tempfile

import pytest

import conftest

DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "captures", "demo.pcap")

FIXED = {
    "oxcrops.rop_id": "FT_UINT8", "oxcrops.logon_id": "FT_UINT8", "oxcrops.input_handle_index": "FT_UINT8",
    "oxcrops.output_handle_index": "FT_UINT8", "oxcrops.return_value": "FT_UINT32", "oxcrops.rop_size": "FT_UINT16",
    "oxcrops.handle": "FT_UINT32", "oxcrops.property_tag": "FT_UINT32",
    "oxcrops.get_contents_table.table_flags": "FT_UINT8",
    "oxcrops.get_contents_table.table_flags.associated": "FT_BOOLEAN",
    "oxcrops.get_contents_table.table_flags.deferred_errors": "FT_BOOLEAN",
    "oxcrops.get_contents_table.table_flags.no_notifications": "FT_BOOLEAN",
    "oxcrops.get_contents_table.table_flags.soft_deletes": "FT_BOOLEAN",
    "oxcrops.get_contents_table.table_flags.use_unicode": "FT_BOOLEAN",
    "oxcrops.get_contents_table.table_flags.conversation_members": "FT_BOOLEAN",
    "oxcrops.pending.session_index": "FT_UINT16", "emsmdb.session_index": "FT_UINT16",
    "emsmdb.icxr_link": "FT_UINT32", "mapihttp.request_type": "FT_STRING",
    "emsmdb.pcxh": None, "emsmdb.pul_flags": "FT_UINT32", "emsmdb.cb_in": "FT_UINT32", "emsmdb.pcb_out": "FT_UINT32",
    "emsmdb.rgb_aux_in": None, "oxcrops.folder_id": "FT_UINT64", "oxcrops.message_id": "FT_UINT64",
    "oxcrops.open_folder.open_mode_flags": "FT_UINT8", "oxcrops.query_rows.row_count": "FT_UINT16",
}
# MS-OXCFOLD 2.2.1.14.1 bit values
BITS = {"associated": "0x02", "deferred_errors": "0x08", "no_notifications": "0x10", "soft_deletes": "0x20",
        "use_unicode": "0x40", "conversation_members": "0x80"}


@pytest.fixture(scope="module")
def fields(plugin):
    work = tempfile.mkdtemp(prefix="oxcrops-fields-", dir="/tmp")
    try:
        yield {row[2]: row for row in conftest.Tshark(work, plugin).field_table() if row[0] == "F"}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_fixed_field_names(fields):
    for name, ftype in FIXED.items():
        assert name in fields, name
        if ftype:
            assert fields[name][3] == ftype, (name, fields[name][3])


def test_table_flags_bits(fields):
    for bit, mask in BITS.items():
        row = fields["oxcrops.get_contents_table.table_flags." + bit]
        assert int(row[6], 16) == int(mask, 16), (bit, row)


def test_every_field_belongs_to_a_project_protocol(fields):
    ours = [n for n in fields if n.split(".")[0] in conftest.PLUGIN_PROTOCOLS]
    assert len(ours) > 250
    for n in ours:
        assert "._" not in n and "_." not in n and n == n.lower(), n


def test_cached_wide_run_matches_single_field_runs(tshark):
    """Tshark.fields answers from one run that asks for every field of the plugin
    (conftest.py); a field asked for alone must give the same values per frame."""
    names = tshark.plugin_fields()
    filter_ = "oxcrops or mapihttp"
    wide = tshark.fields(DEMO, names, filter_)
    present = [n for i, n in enumerate(names) if any(row[i] for row in wide)]
    assert len(present) > 40, present
    sample = present[::max(1, len(present) // 10)]
    for name in sample:
        alone = tshark._fields_run(DEMO, [name], filter_, True, "a", ",")
        assert [row[0] for row in alone] == [row[names.index(name)] for row in wide], name

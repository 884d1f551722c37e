# SPDX-License-Identifier: GPL-2.0-or-later
"""The generated references of docs/ are current: gen_docs.py run again on the built
plugin writes exactly the committed files."""
import difflib
import json
import os

import gen_docs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGENERATE = "regenerate them: OXCROPS_PLUGIN=<built oxcrops.so> /usr/bin/python3 testcaps/gen_docs.py"


def test_docs_are_current(tshark):
    for rel, text in gen_docs.render(tshark).items():
        path = os.path.join(ROOT, rel)
        assert os.path.exists(path), "%s is missing: %s" % (rel, REGENERATE)
        with open(path) as f:
            committed = f.read()
        if committed != text:
            diff = "".join(list(difflib.unified_diff(committed.splitlines(True), text.splitlines(True),
                                                     rel + " (committed)", rel + " (built plugin)"))[:40])
            raise AssertionError("%s is stale, %s\n%s" % (rel, REGENERATE, diff))


def test_docs_cover_every_protocol_of_the_plugin(tshark):
    """The protocols documented are those the plugin registers, the four carriers and ROPs first."""
    protocols = gen_docs.plugin_protocols(tshark)
    assert protocols[:4] == gen_docs.PROTOCOLS
    with open(os.path.join(ROOT, gen_docs.FIELDS_MD)) as f:
        md = f.read()
    for proto in protocols:
        assert '<a id="%s"></a>' % proto in md, proto


def test_fields_reference_content():
    """Spot checks of docs/fields.md and docs/elastic-mapping.json against the design's fixed names."""
    with open(os.path.join(ROOT, gen_docs.FIELDS_MD)) as f:
        md = f.read()
    for row in ("| RopId | `oxcrops.rop_id` | FT_UINT8 |",
                "| ReturnValue | `oxcrops.return_value` | FT_UINT32 |",
                "| Associated | `oxcrops.get_contents_table.table_flags.associated` | FT_BOOLEAN (mask 0x2) |",
                "| picxr | `emsmdb.session_index` | FT_UINT16 |",
                "| X-RequestType | `mapihttp.request_type` | FT_STRING |"):
        assert row in md, row
    # a ROP's fields sit under its heading, in RopId order
    contents = md.index("### RopGetContentsTable (RopId 0x05)")
    assert md.index("`oxcrops.get_contents_table.table_flags`") > contents
    assert md.index("### RopOpenFolder (RopId 0x02)") < contents < md.index("### RopLogon (RopId 0xFE)")
    with open(os.path.join(ROOT, gen_docs.mapping_json())) as f:
        layers = json.load(f)["mappings"]["properties"]["layers"]["properties"]
    assert set(gen_docs.PROTOCOLS) <= set(layers)
    assert layers["oxcrops"]["properties"]["oxcrops_oxcrops_rop_id"] == {"type": "short"}

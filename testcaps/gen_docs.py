# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes the generated references of docs/ from the built plugin:

    docs/fields.md            every field of the plugin's protocols (tshark -G fields), grouped by
                              protocol and, for oxcrops, by ROP
    docs/elastic-mapping.json tshark -G elastic-mapping --elastic-mapping-filter <the protocols>
                              (4.0 and 4.4; 4.6's form: docs/elastic-mapping-4.6.json)

    OXCROPS_PLUGIN=build/plugins/4.0/epan/oxcrops.so /usr/bin/python3 testcaps/gen_docs.py

(plugins/4.4/... or plugins/4.6/... for those releases: each writes its own mapping file).

tshark runs through conftest's Tshark helper (the built plugin, unprivileged when
run as root). test_docs.py fails when the committed files differ from what this
writes.
"""
import os
import re
import sys
import tempfile
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from conftest import Tshark, built_plugin, wireshark_at_least  # noqa: E402

# The plugin's protocols are the ones tshark lists with the plugin and not without
# it; these come first, in this order, any other after them by name.
PROTOCOLS = ["oxcrops", "emsmdb", "asyncemsmdb", "mapihttp"]
FIELDS_MD = os.path.join("docs", "fields.md")


def mapping_json():
    """docs/elastic-mapping.json as tshark 4.0 and 4.4 write it; 4.6 writes another form (an
    index template: index_patterns, no "dynamic", no FT_NONE fields): docs/elastic-mapping-4.6.json."""
    return os.path.join("docs", "elastic-mapping-4.6.json" if wireshark_at_least(4, 6) else "elastic-mapping.json")


def find_plugin():
    p = os.environ.get("OXCROPS_PLUGIN")
    if p:
        return p
    p = built_plugin(ROOT, ("build", "build-asan"))
    if p:
        return p
    raise SystemExit("OXCROPS_PLUGIN is not set and no built plugin was found")


def snake(name):
    """RopGetContentsTable -> get_contents_table (design.md 3: a ROP's fields sit under its
    name without the Rop prefix)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name[3:]).lower()


def plugin_protocols(tshark):
    """Filter names of the protocols the plugin registers (tshark -G protocols with and without it)."""
    with_plugin = set(tshark.run(["-G", "protocols"], scan_output=False).stdout.splitlines())
    saved = tshark.env
    try:
        tshark.env = tshark.stock_env()
        without = set(tshark.run(["-G", "protocols"], scan_output=False).stdout.splitlines())
    finally:
        tshark.env = saved
    found = {line.split("\t")[2] for line in with_plugin - without}
    return [p for p in PROTOCOLS if p in found] + sorted(found - set(PROTOCOLS))


def rop_names(tshark):
    """RopId -> name, from oxcrops.rop_id's value string."""
    out = tshark.run(["-G", "values"], scan_output=False).stdout
    names = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and parts[0] == "V" and parts[1] == "oxcrops.rop_id":
            names[int(parts[2])] = parts[3]
    return names


def plugin_fields(tshark, protocols):
    """(protocol names, fields): fields as dicts in registration order."""
    protos, fields = {}, []
    for parts in tshark.field_table():
        if parts[0] == "P" and len(parts) >= 3 and parts[2] in protocols:
            protos[parts[2]] = parts[1]
        elif parts[0] == "F" and len(parts) >= 8 and parts[4] in protocols:
            fields.append({"name": parts[1], "abbrev": parts[2], "type": parts[3], "proto": parts[4],
                           "base": parts[5], "bitmask": parts[6], "blurb": parts[7]})
    return protos, fields


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ") if text else ""


def type_text(f):
    t = f["type"]
    if f["bitmask"] not in ("", "0x0", "0"):
        t += " (mask %s)" % f["bitmask"]
    return t


def table(fields):
    lines = ["| Name | Filter | Type | Description |", "|---|---|---|---|"]
    for f in fields:
        lines.append("| %s | `%s` | %s | %s |" % (cell(f["name"]), f["abbrev"], type_text(f), cell(f["blurb"])))
    return lines


def groups(proto, fields, rops):
    """[(title, fields)]: the protocol's own fields, then its ROPs by RopId, then the structures
    (fields sharing a second name component: `oxcrops.aux.*`, `mapihttp.connect.*`)."""
    by_rop = {snake(name): (rop_id, name) for rop_id, name in rops.items()} if proto == "oxcrops" else {}
    keyed = {}
    for f in fields:
        parts = f["abbrev"].split(".")
        keyed.setdefault(parts[1] if len(parts) > 1 else "", []).append(f)
    general, rop_groups, other = [], [], []
    for key, fs in keyed.items():
        if key in by_rop:
            rop_groups.append((by_rop[key][0], "%s (RopId 0x%02X)" % (by_rop[key][1], by_rop[key][0]), fs))
        elif key and len(fs) > 1:
            other.append(("`%s.%s.*`" % (proto, key), fs))
        else:
            general += fs
    order = {f["abbrev"]: i for i, f in enumerate(fields)}
    general.sort(key=lambda f: order[f["abbrev"]])
    out = [("%s fields" % proto, general)] if general else []
    out += [(title, fs) for _, title, fs in sorted(rop_groups, key=lambda g: g[0])]
    return out + other


def render_fields(protocols, protos, fields, rops):
    lines = ["# Field reference", "",
             "Every display filter field of the plugin's protocols, from `tshark -G fields` with the plugin",
             "loaded. Generated by `testcaps/gen_docs.py`; do not edit (`testcaps/test_docs.py` fails when",
             "this file is stale). Fields of a ROP are grouped under it; the other `oxcrops` groups are the",
             "structures ROPs share (MS-OXCDATA), extended buffers and auxiliary blocks.", ""]
    for proto in protocols:
        mine = [f for f in fields if f["proto"] == proto]
        lines.append("- [%s](#%s): %s, %d fields" % (proto, proto, protos.get(proto, proto), len(mine)))
    for proto in protocols:
        mine = [f for f in fields if f["proto"] == proto]
        lines += ["", '<a id="%s"></a>' % proto, "", "## %s: %s" % (proto, protos.get(proto, proto))]
        for title, fs in groups(proto, mine, rops):
            lines += ["", "### %s" % title, ""] + table(fs)
    return "\n".join(lines) + "\n"


def render(tshark):
    """{path relative to the project root: text} of every generated file."""
    protocols = plugin_protocols(tshark)
    protos, fields = plugin_fields(tshark, protocols)
    mapping = tshark.run(["-G", "elastic-mapping", "--elastic-mapping-filter", ",".join(protocols)],
                         scan_output=False).stdout
    return {FIELDS_MD: render_fields(protocols, protos, fields, rop_names(tshark)), mapping_json(): mapping}


def main():
    work = tempfile.mkdtemp(prefix="oxcrops-docs-", dir="/tmp")
    try:
        files = render(Tshark(work, find_plugin()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for rel, text in files.items():
        path = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        print("wrote %s" % rel)


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: GPL-2.0-or-later
"""ROP vectors by family, for the test that walks every decoded ROP in one buffer.

Each family module (store.py, folder.py, ...) defines VECTORS, a list of
RopVector. A vector's bytes are one ROP as MS-OXCROPS lays it out, worked out
by hand from the spec (or taken from a spec example); request and response
belong together (the response answers the request), either may be None for
response-only / request-only ROPs. Handle indexes must be below HANDLE_COUNT.
"""
import collections
import importlib
import pkgutil

RopVector = collections.namedtuple("RopVector", "rop_id request response")

HANDLE_COUNT = 16


def all_vectors():
    out = []
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        out += importlib.import_module(__name__ + "." + mod).VECTORS
    return out

# SPDX-License-Identifier: GPL-2.0-or-later
"""pytest plugin used by make_corpus.py --harvest: runs the test suite's test
functions with tshark replaced by a stub, and keeps a copy of every capture the
tests write with oxgen.Capture.write (into $OXFUZZ_HARVEST_DIR).  The tests'
assertions fail (tshark prints nothing); only the captures matter here."""
import itertools
import os
import shutil
import subprocess

_counter = itertools.count()


def pytest_collection_finish(session):
    import conftest
    import oxgen

    out = os.environ["OXFUZZ_HARVEST_DIR"]

    def fake_run(self, args, check=True, scan_output=True):
        return subprocess.CompletedProcess(["tshark"] + list(args), 0, stdout="", stderr="")

    original_write = oxgen.Capture.write

    def write(self, path):
        original_write(self, path)
        try:
            shutil.copy(path, os.path.join(out, "%06d.pcap" % next(_counter)))
        except OSError:
            pass

    conftest.Tshark.run = fake_run
    oxgen.Capture.write = write

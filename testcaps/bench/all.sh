#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The benchmark (run.sh) on every supported Wireshark: the host's, then (as root)
# the other releases in their Debian chroots (.ci/in-chroot). Each gets a release
# build of the plugin (build/ here, build-<release>/ in a chroot).
#   sh testcaps/bench/all.sh              BENCH_* as for run.sh
# OXCROPS_RELEASES picks the chroots, as for .ci/test (.ci/releases).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bench() {   # bench BUILD_DIR: build it and run the benchmark on it
    cmake -S . -B "$1" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$1" -j 2 >/dev/null
    sh testcaps/bench/run.sh "$1/plugins/$(sh .ci/wsversion)/epan/oxcrops.so"
}
if [ "${1:-}" = --here ]; then
    bench "$2"
    exit 0
fi
bench build
for release in $(sh .ci/releases); do
    sh .ci/in-chroot "$release" env BENCH_ROPS="${BENCH_ROPS:-1050000}" BENCH_SESSIONS="${BENCH_SESSIONS:-400}" \
        BENCH_REPEAT="${BENCH_REPEAT:-3}" sh testcaps/bench/all.sh --here "build-$release"
done

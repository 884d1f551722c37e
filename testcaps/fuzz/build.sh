#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the libFuzzer harness (testcaps/fuzz/oxfuzz.c + the plugin's sources)
# with clang into $OXFUZZ_BUILD (default: build-fuzz/ at the project root).
#   sh testcaps/fuzz/build.sh        -> prints the path of the oxfuzz binary
# Exits 77 (and says why) when clang or its libFuzzer runtime is missing.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${OXFUZZ_BUILD:-$root/build-fuzz}"
cc="${OXFUZZ_CC:-$(command -v clang || command -v clang-14 || true)}"
if [ -z "$cc" ]; then
    echo "oxfuzz: clang is not installed (Debian: apt-get install clang libclang-rt-dev)" >&2
    exit 77
fi
# libFuzzer's runtime (libclang_rt.fuzzer-x86_64.a, Debian package libclang-rt-dev)
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' > "$probe/p.c"
if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" >"$probe/log" 2>&1; then
    echo "oxfuzz: $cc cannot link -fsanitize=fuzzer,address,undefined (libFuzzer runtime missing?" \
         "Debian: apt-get install libclang-rt-dev):" >&2
    cat "$probe/log" >&2
    exit 77
fi
cmake -S "$here" -B "$build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$probe/log" 2>&1 ||
    { cat "$probe/log" >&2; exit 1; }
cmake --build "$build" -j "${OXFUZZ_BUILD_JOBS:-2}" >"$probe/log" 2>&1 || { cat "$probe/log" >&2; exit 1; }
echo "$build/oxfuzz"

#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Throughput and memory of tshark with the plugin against tshark without it, on a
# large generated capture (gen_bench.py: both carriers, compressed, obfuscated and
# plain buffers, many sessions, over a million ROPs). Not a test, not in CTest.
#
#   sh testcaps/bench/run.sh [path/to/oxcrops.so]
#
# The plugin defaults to $OXCROPS_PLUGIN, else build/plugins/<major.minor>/epan/oxcrops.so for
# the Wireshark installed here. sh testcaps/bench/all.sh runs it on 4.0, 4.4 and 4.6.
# BENCH_ROPS (1050000), BENCH_SESSIONS (400), BENCH_REPEAT (3: best of) and
# BENCH_DIR (a new /tmp/oxcrops-bench.*, removed at the end unless given) tune it.
# Baseline: the same tshark with --disable-protocol oxcrops --disable-protocol emsmdb
# --disable-protocol mapihttp (DCE/RPC, HTTP and TCP still dissect the traffic).
# Measured: the default summary, -T fields -e oxcrops.rop_id (best of BENCH_REPEAT)
# and -V (once). Reported: frames/s and ROPs/s (wall clock), the throughput ratio
# plugin/baseline by wall clock and by CPU time (user + system: steadier on a busy
# machine; target >= 0.8) and the peak resident memory of each (/usr/bin/time -v;
# target plugin <= 1.5 x baseline).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ver=$(sh "$root/.ci/wsversion")
plugin=${1:-${OXCROPS_PLUGIN:-$root/build/plugins/$ver/epan/oxcrops.so}}
rops_target=${BENCH_ROPS:-1050000}
sessions=${BENCH_SESSIONS:-400}
repeat=${BENCH_REPEAT:-3}
[ -f "$plugin" ] || { echo "no plugin at $plugin: build it first (README), or pass its path" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }
if [ -n "${BENCH_DIR:-}" ]; then work=$BENCH_DIR; mkdir -p "$work"; keep=1
else work=$(mktemp -d /tmp/oxcrops-bench.XXXXXX); keep=0; fi
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT

mkdir -p "$work/plugins/$ver/epan" "$work/home"
cp "$plugin" "$work/plugins/$ver/epan/"
echo "== Wireshark $(sh "$root/.ci/wsversion" --full), $plugin"
cap="$work/bench.pcap"
echo "== generating $cap"
gen=$(/usr/bin/python3 "$here/gen_bench.py" "$cap" --rops "$rops_target" --sessions "$sessions")
frames=${gen#frames=}; frames=${frames%% *}
rops=${gen#*rops=}
echo "   $frames frames, $rops ROPs, $sessions sessions, $(du -m "$cap" | cut -f1) MB"
chmod -R a+rwX "$work"

# tshark ignores WIRESHARK_PLUGIN_DIR when privileged: as root, run it as nobody
prefix=""
[ "$(id -u)" -ne 0 ] || prefix="setpriv --reuid=65534 --regid=65534 --clear-groups"
baseline="--disable-protocol oxcrops --disable-protocol emsmdb --disable-protocol mapihttp"

# run OUT ARGS...: tshark over the capture, output to OUT; sets secs, cpu and kb
run() {
    out=$1; shift
    # shellcheck disable=SC2086
    env HOME="$work/home" WIRESHARK_PLUGIN_DIR="$work/plugins" \
        /usr/bin/time -v -o "$work/time.txt" $prefix tshark -r "$cap" "$@" > "$out" 2> "$work/stderr.txt" || {
        echo "tshark $* failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" |
           awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.txt")
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
}

# best MODE REPEAT OUT ARGS...: the fastest of REPEAT runs; sets best_secs, best_cpu, best_kb
best() {
    n=$1; out=$2; shift 2
    best_secs=""; best_kb=0
    i=0
    while [ "$i" -lt "$n" ]; do
        run "$out" "$@"
        if [ -z "$best_secs" ] || awk "BEGIN { exit !($secs < $best_secs) }"; then
            best_secs=$secs; best_cpu=$cpu
        fi
        [ "$kb" -gt "$best_kb" ] && best_kb=$kb
        i=$((i + 1))
    done
}

report() {
    mode=$1 p_secs=$2 p_cpu=$3 p_kb=$4 b_secs=$5 b_cpu=$6 b_kb=$7
    awk -v mode="$mode" -v f="$frames" -v r="$rops" -v ps="$p_secs" -v pc="$p_cpu" -v pk="$p_kb" \
        -v bs="$b_secs" -v bc="$b_cpu" -v bk="$b_kb" 'BEGIN {
        printf "%-8s plugin   %7.2f s (cpu %7.2f)  %8.0f frames/s  %9.0f ROPs/s  peak %6.1f MB\n", mode, ps, pc, f / ps, r / ps, pk / 1024
        printf "%-8s baseline %7.2f s (cpu %7.2f)  %8.0f frames/s  %9s         peak %6.1f MB\n", "", bs, bc, f / bs, "-", bk / 1024
        printf "%-8s ratio %.2f by wall clock, %.2f by CPU time (target >= 0.8)   memory %.2f x (target <= 1.5)   %s\n",
               "", bs / ps, bc / pc, pk / bk, (bc / pc >= 0.8 && pk / bk <= 1.5) ? "OK" : "MISSED"
    }'
}

echo "== default summary (best of $repeat)"
best "$repeat" /dev/null
p="$best_secs $best_cpu $best_kb"
# shellcheck disable=SC2086
best "$repeat" /dev/null $baseline
# shellcheck disable=SC2086
report summary $p "$best_secs" "$best_cpu" "$best_kb"

echo "== -T fields -e oxcrops.rop_id (best of $repeat)"
best "$repeat" "$work/fields.txt" -T fields -e oxcrops.rop_id
seen=$(tr ',' '\n' < "$work/fields.txt" | grep -c . || true)
p="$best_secs $best_cpu $best_kb"
# shellcheck disable=SC2086
best "$repeat" /dev/null -T fields -e oxcrops.rop_id $baseline
# shellcheck disable=SC2086
report fields $p "$best_secs" "$best_cpu" "$best_kb"
[ "$seen" -eq "$rops" ] || echo "   WARNING: -e oxcrops.rop_id gave $seen values, the generator wrote $rops ROPs"

echo "== -V (once)"
best 1 /dev/null -V
p="$best_secs $best_cpu $best_kb"
# shellcheck disable=SC2086
best 1 /dev/null -V $baseline
# shellcheck disable=SC2086
report verbose $p "$best_secs" "$best_cpu" "$best_kb"

#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Long libFuzzer runs of the oxcrops harness.
#
#   sh testcaps/fuzz/run.sh SECONDS [TARGET]
#
# SECONDS is the whole budget: with no TARGET it is shared evenly by every
# target of oxfuzz.c.  Each target's share is spent in two modes, in chunks of
# at most $OXFUZZ_CHUNK seconds (default 600), one libFuzzer process per chunk:
#   - asan (3/4 of it): WIRESHARK_DEBUG_WMEM_OVERRIDE=simple (every wmem buffer
#     is its own malloc, so ASan sees overflows of wmem buffers), leaks checked
#     by LeakSanitizer when each process exits;
#   - leak (1/4, OXFUZZ_LEAK_SHARE percent): WIRESHARK_DEBUG_WMEM_OVERRIDE=block
#     and -detect_leaks=1, so LeakSanitizer checks every input that mallocs
#     outside wmem, and a leak is saved with its input.
# Both with -timeout (a hang is a finding) and WIRESHARK_ABORT_ON_DISSECTOR_BUG=1.
#
# Layout under $OXFUZZ_WORK (default build-fuzz/run):
#   seeds/<target>/     written by make_corpus.py (again when OXFUZZ_RESEED=1)
#   corpus/<target>/    what libFuzzer adds; kept between runs
#   findings/<target>/  crash-*, leak-*, timeout-*, oom-* inputs
#   logs/<target>.<mode>.<n>.log
# Environment: OXFUZZ_JOBS (parallel targets, default 1), OXFUZZ_CHUNK,
# OXFUZZ_TIMEOUT (per input, default 10 s), OXFUZZ_MAX_LEN (default 65536),
# OXFUZZ_NO_HARVEST=1 (seeds without the test suite's captures), OXFUZZ_SEED
# (libFuzzer's -seed, for a repeatable run; default: from the clock).
# Prints executions and findings per target; exits 1 when there are findings,
# 77 when clang's libFuzzer is not installed.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ $# -lt 1 ] || ! [ "$1" -gt 0 ] 2>/dev/null; then
    sed -n '2,/^set -u/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
    exit 2
fi
total="$1"
only="${2:-}"
build="${OXFUZZ_BUILD:-$root/build-fuzz}"
work="${OXFUZZ_WORK:-$build/run}"
chunk="${OXFUZZ_CHUNK:-600}"
jobs="${OXFUZZ_JOBS:-1}"
python="${OXFUZZ_PYTHON:-/usr/bin/python3}"
[ -x "$python" ] || python=python3
all="oxcrops.rop_request oxcrops.rop_response oxcrops.extbuf_request oxcrops.extbuf_response oxcrops.auxbuf mapihttp oxcrops.call mapihttp.exchange ews.exchange emsmdb.dcerpc"

bin="$(OXFUZZ_BUILD="$build" sh "$here/build.sh")"
rc=$?
[ $rc -eq 0 ] || exit $rc

targets="$all"
if [ -n "$only" ]; then
    case " $all " in
        *" $only "*) targets="$only" ;;
        *) echo "run.sh: unknown target $only (one of: $all)" >&2; exit 2 ;;
    esac
fi
n=0
for t in $targets; do n=$((n + 1)); done

mkdir -p "$work/logs"
if [ ! -d "$work/seeds" ] || [ "${OXFUZZ_RESEED:-0}" = 1 ]; then
    rm -rf "$work/seeds"
    harvest=""
    [ "${OXFUZZ_NO_HARVEST:-0}" = 1 ] && harvest="--no-harvest"
    "$python" "$here/make_corpus.py" "$work/seeds" $harvest >&2 || exit 1
fi

export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export WIRESHARK_ABORT_ON_DISSECTOR_BUG=1

# run_mode TARGET MODE SECONDS: libFuzzer processes until SECONDS are spent
run_mode() {
    t="$1"; mode="$2"; left="$3"; i=0; last_unit=""
    if [ "$mode" = leak ]; then wmem=block; leaks=1; else wmem=simple; leaks=0; fi
    mkdir -p "$work/corpus/$t" "$work/findings/$t"
    while [ "$left" -gt 0 ]; do
        slice=$left
        [ "$slice" -gt "$chunk" ] && slice=$chunk
        i=$((i + 1))
        log="$work/logs/$t.$mode.$i.log"
        # the seeds are read by the first process of a target; libFuzzer copies
        # those that add coverage into corpus/<target>, which later processes read
        seeds="$work/seeds/$t"
        [ -f "$work/corpus/$t.seeded" ] && [ -n "$(ls "$work/corpus/$t")" ] && seeds=""
        start=$(date +%s)
        WIRESHARK_DEBUG_WMEM_OVERRIDE=$wmem OXFUZZ_TARGET="$t" "$bin" ${OXFUZZ_SEED:+-seed=$OXFUZZ_SEED} \
            -max_total_time="$slice" -timeout="${OXFUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 \
            -max_len="${OXFUZZ_MAX_LEN:-65536}" -detect_leaks=$leaks -print_final_stats=1 -dict="$here/oxfuzz.dict" \
            -artifact_prefix="$work/findings/$t/" "$work/corpus/$t" $seeds >"$log" 2>&1
        status=$?
        [ $status -eq 0 ] && : >"$work/corpus/$t.seeded"
        end=$(date +%s)
        spent=$((end - start))
        [ "$spent" -lt 1 ] && spent=1
        left=$((left - spent))
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        echo "$t $mode $spent ${execs:-0} $status $log" >>"$work/runs.txt"
        if [ $status -ne 0 ]; then
            echo "run.sh: $t ($mode): libFuzzer exited $status, see $log" >&2
            grep -m 3 -E "ERROR: |SUMMARY: |Test unit written|runtime error" "$log" >&2
            # the same input again: it is in the corpus and fails at start-up,
            # every further process would only repeat it
            unit=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
            if [ -n "$unit" ] && [ "$unit" = "$last_unit" ]; then
                echo "run.sh: $t ($mode): $unit found twice in a row, $mode runs of $t stop here" >&2
                break
            fi
            last_unit=$unit
        fi
    done
}

run_target() {
    t="$1"; secs="$2"
    rm -f "$work/corpus/$t.seeded"
    leak=$((secs * ${OXFUZZ_LEAK_SHARE:-25} / 100))
    asan=$((secs - leak))
    [ "$asan" -gt 0 ] && run_mode "$t" asan "$asan"
    [ "$leak" -gt 0 ] && run_mode "$t" leak "$leak"
}

per=$((total / n))
[ "$per" -lt 2 ] && per=2
: >"$work/runs.txt"
if [ "$jobs" -le 1 ]; then
    for t in $targets; do run_target "$t" "$per"; done
else
    # OXFUZZ_JOBS targets at a time, each with its share of SECONDS * JOBS
    per=$((total * jobs / n))
    [ "$per" -gt "$total" ] && per=$total
    running=0
    for t in $targets; do
        run_target "$t" "$per" &
        running=$((running + 1))
        if [ "$running" -ge "$jobs" ]; then wait; running=0; fi
    done
    wait
fi

echo "== oxfuzz: executions and findings (work dir $work)"
found=0
for t in $targets; do
    secs=$(awk -v t="$t" '$1 == t { s += $3 } END { print s + 0 }' "$work/runs.txt")
    execs=$(awk -v t="$t" '$1 == t { s += $4 } END { print s + 0 }' "$work/runs.txt")
    bad=$(awk -v t="$t" '$1 == t && $5 != 0 { n++ } END { print n + 0 }' "$work/runs.txt")
    files=$(ls "$work/findings/$t" 2>/dev/null | wc -l)
    corpus=$(ls "$work/corpus/$t" 2>/dev/null | wc -l)
    printf '%-26s %6ss %10s executions  corpus %5s  failed runs %s  finding files %s\n' \
        "$t" "$secs" "$execs" "$corpus" "$bad" "$files"
    if [ "$bad" -gt 0 ] || [ "$files" -gt 0 ]; then found=1; fi
done
if [ $found -ne 0 ]; then
    echo "== findings: inputs in $work/findings/<target>/, logs in $work/logs/ (see runs.txt)"
    echo "   replay one: OXFUZZ_TARGET=<target> OXFUZZ_PRINT=1 $bin <file>"
    exit 1
fi
exit 0

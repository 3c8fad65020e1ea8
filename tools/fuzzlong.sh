#!/bin/sh
# tools/fuzzlong.sh SECONDS - the long fuzzing run of `make fuzz-long`.
#
# Runs build-fuzz/fuzz-asm for SECONDS on one core (one fork job) over
# build-fuzz/corpus, the regress seeds and, when `make fuzz-seeds-realworld`
# made them, the real-world seeds (build-fuzz/rwseeds).  Timeouts of the
# sanitizer build are counted, not fatal (-ignore_timeouts): what matters
# is the normal build.  So every artifact (build-fuzz/artifacts/long-<time>/)
# and then every input of the corpus is run through ./asm under 10 s of CPU
# time (ulimit -t), the way fuzz_asm.c runs it (-Zi for odd sizes): the fuzz
# build's lower limits (mk/fuzz.mk) stop inputs early that the normal
# build runs to its own limits, so a corpus input can be fast there and
# slow here (STRUCT inputs that ran for minutes were found this way).
# The exit status is 0 when libFuzzer exited 0 and no input crashed ./asm
# or ran out of its CPU time.
secs=${1:-3600}
top=$(pwd)
cd build-fuzz || exit 2
art=artifacts/long-$(date -u +%Y%m%d-%H%M%S)
mkdir -p corpus "$art"
set -- corpus seeds
[ -d rwseeds ] && set -- "$@" rwseeds
echo "fuzz-long: $secs s, seeds: $*"
./fuzz-asm -fork=1 -ignore_timeouts=1 -max_total_time="$secs" -timeout=10 \
    -rss_limit_mb=2048 -close_fd_mask=1 -print_final_stats=1 \
    -artifact_prefix="$art/" "$@" > fuzz-long.log 2>&1
status=$?
grep -E '^#[0-9]+:.*oom/timeout/crash' fuzz-long.log | tail -1
grep -E '^INFO: exiting' fuzz-long.log | tail -1
echo "fuzz-long: libFuzzer exit status $status (log: build-fuzz/fuzz-long.log)"
work=$(mktemp -d) || exit 2
# run_asm FILE: exit status of ./asm on FILE (137 or 152: CPU time out)
run_asm() {
    cp "$1" "$work/in.asm"
    zi=
    [ $(( $(wc -c < "$1") % 2 )) = 1 ] && zi=-Zi
    # shellcheck disable=SC3045 # dash, bash and busybox sh have ulimit -t
    (cd "$work" && ulimit -t 10 && exec "$top/asm" -nologo -c $zi -Fo o.obj in.asm) \
        > /dev/null 2>&1
}
for f in "$art"/*; do
    [ -f "$f" ] || continue
    run_asm "$f"
    rc=$?
    echo "artifact $f: ./asm exit status $rc"
    [ $rc -gt 1 ] && status=1
done
n=0 bad=0
for f in corpus/*; do
    n=$((n + 1))
    run_asm "$f"
    rc=$?
    if [ $rc -gt 1 ]; then
        echo "corpus $f: ./asm exit status $rc"
        bad=$((bad + 1))
        status=1
    fi
done
echo "fuzz-long: corpus through ./asm: $n inputs, $bad crashed or over 10 s of CPU time"
rm -rf "$work"
exit $status

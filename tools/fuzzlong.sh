#!/bin/sh
# tools/fuzzlong.sh SECONDS - the long fuzzing run of `make fuzz-long`.
#
# Runs build-fuzz/fuzz-asm for SECONDS on one core (one fork job) over
# build-fuzz/corpus, the regress seeds and, when `make fuzz-seeds-realworld`
# made them, the real-world seeds (build-fuzz/rwseeds).  Timeouts of the
# sanitizer build are counted, not fatal (-ignore_timeouts): what matters
# is the normal build, so every artifact is then run through ./asm with a
# 10 s limit (artifacts in build-fuzz/artifacts/long-<time>/), the way fuzz_asm.c runs it (-Zi for odd sizes).  The last lines
# are libFuzzer's totals and one line per artifact; the exit status is 0
# when libFuzzer exited 0 and no artifact crashed or timed out in ./asm.
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
for f in "$art"/*; do
    [ -f "$f" ] || continue
    cp "$f" "$work/in.asm"
    zi=; [ $(( $(wc -c < "$f") % 2 )) = 1 ] && zi=-Zi
    (cd "$work" && timeout 10 "$top/asm" -nologo -c $zi -Fo o.obj in.asm \
        > /dev/null 2>&1)
    rc=$?
    echo "artifact $f: ./asm exit status $rc"
    [ $rc -gt 1 ] && status=1
done
rm -rf "$work"
exit $status

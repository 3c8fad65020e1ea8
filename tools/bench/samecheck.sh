#!/usr/bin/env bash
# samecheck.sh: assemble the same sources with two builds of asm and
# compare exit status, messages and object bytes (issue 13: a speed change
# must not change any output).  Usage:
#   tools/bench/samecheck.sh OLD_ASM NEW_ASM LIST
# LIST has one invocation per line, "cwd<TAB>args" with bash quoting, as
# record-asm.sh writes them; the /Fo (-Fo) value is replaced by a
# temporary file.  `tools/bench/samecheck.sh --regress OLD NEW` instead
# assembles every regress/**/*.asm with -c -nologo (and the directory of
# the source as include path).  Prints one line per difference and a
# summary; exit status 1 if anything differs.
set -u
regress=0
if [ "${1:-}" = --regress ]; then regress=1; shift; fi
[ $# -ge 2 ] || { echo "usage: samecheck.sh [--regress] OLD NEW [LIST]" >&2; exit 2; }
old=$(readlink -f "$1"); new=$(readlink -f "$2"); list=${3:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000
if [ $regress = 1 ]; then
    list=$tmp/list
    root=$(pwd)
    find regress -name '*.asm' | sort | while read -r f; do
        printf '%q\t-c -nologo -I %q -Fo x.obj %q\n' "$root" "$(dirname "$f")" "$f"
    done >"$list"
fi
same=0; differ=0; objs=0
while IFS=$'\t' read -r cwd args; do
    eval "set -- $args"
    for who in old new; do
        bin=$old; [ $who = new ] && bin=$new
        # the same output names for both (-Zi records the object's path)
        out=$tmp/x.obj; rm -f "$out" "$tmp/x.lst" "$tmp/$who.obj" "$tmp/$who.lst"
        argv=(); skip=0
        for a in "$@"; do
            if [ $skip = 1 ]; then argv+=("$out"); skip=0; continue; fi
            case $a in
            /Fo|-Fo|/fo|-fo) argv+=("$a"); skip=1 ;;
            [/-][Ff][Oo]?*) argv+=("-Fo$out") ;;
            [/-][Ff][Ll]?*) argv+=("-Fl$tmp/x.lst") ;;
            *) argv+=("$a") ;;
            esac
        done
        (eval "cd $cwd" && "$bin" "${argv[@]}") >"$tmp/$who.msg" 2>&1
        echo $? >"$tmp/$who.rc"
        [ -e "$out" ] && mv "$out" "$tmp/$who.obj"
        [ -e "$tmp/x.lst" ] && mv "$tmp/x.lst" "$tmp/$who.lst"
    done
    what=""
    cmp -s "$tmp/old.rc" "$tmp/new.rc" || what+=" status"
    cmp -s "$tmp/old.msg" "$tmp/new.msg" || what+=" messages"
    if [ -e "$tmp/old.obj" ] || [ -e "$tmp/new.obj" ]; then
        objs=$((objs + 1))
        cmp -s "$tmp/old.obj" "$tmp/new.obj" || what+=" object"
    fi
    if [ -e "$tmp/old.lst" ] || [ -e "$tmp/new.lst" ]; then
        cmp -s "$tmp/old.lst" "$tmp/new.lst" || what+=" listing"
    fi
    if [ -n "$what" ]; then
        differ=$((differ + 1)); echo "DIFF:$what: $cwd $args"
    else
        same=$((same + 1))
    fi
done <"$list"
echo "samecheck: $same identical, $differ different, $objs with an object ($old vs $new)"
[ $differ = 0 ]

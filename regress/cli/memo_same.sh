# The instruction-line memo (include/memo.h) changes no output: every
# source of regress/obj and regress/debug, plain and with -Zi (whose line
# records and procedure starts the replayed lines must keep), assembled by
# ./asm (which replays kept lines) and by build-memo/asm (which assembles
# every line the normal way and aborts if a kept one differs) gives the
# same exit status, messages and object bytes. A replay that took the
# debug record before the prologue moved DbgStart (found this way).
# timeout: 600
. "$SRC/regress/cli/lib.sh"
case $ASM in
*build-san/*) cli_skip "build-memo/asm is compared once, in the pass with ./asm" ;;
esac
M=$SRC/build-memo/asm
[ -x "$M" ] || cli_fail "$M missing: run make build-memo/asm (make test builds it)"
export SOURCE_DATE_EPOCH=1700000000
n=0
for f in $(cd "$SRC" && find regress/obj regress/debug -name '*.asm' | sort); do
	dir=$SRC/$(dirname "$f")
	for opt in -c -Zi; do
		"$SRC/asm" -nologo -c $opt -I "$dir" -Fo x.obj "$SRC/$f" >a.txt 2>&1
		ra=$?
		[ -f x.obj ] && mv x.obj a.obj
		"$M" -nologo -c $opt -I "$dir" -Fo x.obj "$SRC/$f" >b.txt 2>&1
		rb=$?
		[ "$ra" = "$rb" ] || cli_fail "$f $opt: exit status $ra with the memo, $rb without"
		cmp -s a.txt b.txt || cli_fail "$f $opt: messages differ: $(diff a.txt b.txt | head -n 4)"
		if [ "$ra" = 0 ]; then
			cmp -s a.obj x.obj || cli_fail "$f $opt: objects differ"
		fi
		rm -f a.obj x.obj
		n=$((n + 1))
	done
done
[ "$n" -gt 300 ] || cli_fail "only $n runs: sources not found"
echo "memo: $n runs identical"
exit 0

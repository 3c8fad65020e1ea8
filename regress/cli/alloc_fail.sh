# Every allocation failure ends the same way: "out of memory", exit status
# 2, no object (and no temporary object) written.  build-alloc/asm
# (make build-alloc/asm; make test builds it) fails the n-th allocation
# when ASM_FAIL_ALLOC_AT=n; ASM_COUNT_ALLOC=1 makes it print the number of
# allocations of a whole run, and each n from 1 to that number is tried on
# samples covering macros, types, FRAME:AUTO, unwind data and the listing.
# timeout: 600
. "$SRC/regress/cli/lib.sh"
case $ASM in
*build-san/*) cli_skip "build-alloc/asm is run once, in the pass with ./asm" ;;
esac
A=$SRC/build-alloc/asm
[ -x "$A" ] || cli_fail "$A missing: run make build-alloc/asm (make test builds it)"
tried=0
for s in frameauto lang; do
	cp "$SRC/samples/$s.asm" .
	total=$(ASM_COUNT_ALLOC=1 "$A" -q -Sg -Fl $s.lst -Fo $s.obj $s.asm 2>&1 >/dev/null |
		sed -n 's/^allocations: //p')
	[ -f $s.obj ] || cli_fail "$s: the counting run wrote no object"
	[ -n "$total" ] && [ "$total" -gt 10 ] || cli_fail "$s: no allocation count ($total)"
	n=1
	while [ "$n" -le "$total" ]; do
		rm -f $s.obj
		ASM_FAIL_ALLOC_AT=$n "$A" -q -Sg -Fl $s.lst -Fo $s.obj $s.asm >out.txt 2>&1
		rc=$?
		[ "$rc" -eq 2 ] || { cat out.txt; cli_fail "$s: allocation $n of $total: exit status $rc, expected 2"; }
		grep -q 'out of memory' out.txt || { cat out.txt; cli_fail "$s: allocation $n: no 'out of memory'"; }
		[ ! -e $s.obj ] || cli_fail "$s: allocation $n: object left behind"
		for t in $s.obj*.tmp; do
			[ ! -e "$t" ] || cli_fail "$s: allocation $n: temporary object $t left behind"
		done
		n=$((n + 1))
		tried=$((tried + 1))
	done
done
echo "$tried allocation failures tried"

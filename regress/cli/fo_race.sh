# Two runs writing the same -Fo at once, 100 times each (issue #17 item 5,
# done-when 2): every run exits 0 with a complete object or exits
# non-zero; whenever the object exists it is one of the two complete
# objects; no temporary is left.  The temporary used to be <out>.tmp for
# every run, so one run truncated or renamed the other's half-written file.
# timeout: 300
. "$SRC/regress/cli/lib.sh"
gen() {
	echo ".data"
	i=0
	while [ $i -lt "$2" ]; do
		echo "DB 4096 DUP ($i)"
		i=$((i + 1))
	done
	echo ".code"
	echo "$1 PROC"
	echo "  ret"
	echo "$1 ENDP"
	echo "END"
}
gen fa 64 >a.asm
gen fb 100 >b.asm
expect_rc 0 -q -Fo ref_a.obj a.asm
expect_rc 0 -q -Fo ref_b.obj b.asm
complete() {
	# 0 complete, 1 incomplete, 2 gone (a run that starts removes the
	# old object at once); one read of the file, then compare the copy
	cp out.obj "snap.$1" 2>/dev/null || return 2
	cmp -s "snap.$1" ref_a.obj || cmp -s "snap.$1" ref_b.obj || return 1
	return 0
}
writer() {
	n=0
	while [ $n -lt 100 ]; do
		if "$ASM" -q -Fo out.obj "$1.asm" >/dev/null 2>&1; then
			complete "$1"
			[ $? -ne 1 ] || echo "incomplete" >>"bad.$1"
		else
			echo "exit non-zero" >>"nonzero.$1"
		fi
		n=$((n + 1))
	done
}
writer a &
pa=$!
writer b &
pb=$!
wait $pa
wait $pb
[ ! -e bad.a ] && [ ! -e bad.b ] || cli_fail "a run exited 0 but out.obj was incomplete: $(cat bad.* | wc -l) times"
must_exist out.obj
complete end || cli_fail "out.obj is not a complete object at the end"
left=$(ls | grep '\.tmp' || true)
[ -z "$left" ] || cli_fail "temporaries left: $left"
echo "non-zero exits: $(cat nonzero.* 2>/dev/null | wc -l)"

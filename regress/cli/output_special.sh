# The output path is only ever replaced or removed when it is a regular
# file (issue #17 items 4-7): a FIFO or device given as -Fo/-Fl is written
# in place and survives a failed run; a link planted at the old fixed
# temporary name <out>.tmp is not followed; a FIFO given as the source
# does not hang; SIGTERM during the write leaves no temporary; a listing
# that cannot be written is exit status 2, and a run that stops before
# pass 2 leaves no stale listing.
# timeout: 300
. "$SRC/regress/cli/lib.sh"
write_ok ok.asm
write_bad bad.asm
expect_rc 0 -q -Fo ref.obj ok.asm

# a FIFO as the object: a failing run leaves it a FIFO
mkfifo pipe.obj
expect_rc 1 -q -Fo pipe.obj bad.asm
[ -p pipe.obj ] || cli_fail "a failing run replaced or removed the FIFO pipe.obj"
expect_rc 0 -q -Zs -Fo pipe.obj ok.asm
[ -p pipe.obj ] || cli_fail "-Zs replaced or removed the FIFO pipe.obj"
# ... and a good run writes the object into it
cat pipe.obj >got.obj &
reader=$!
expect_rc 0 -q -Fo pipe.obj ok.asm
wait $reader
[ -p pipe.obj ] || cli_fail "a good run replaced the FIFO pipe.obj"
same got.obj ref.obj

# a character device (root only: mknod), like -Fo /dev/null
if mknod null.dev c 1 3 2>/dev/null; then
	expect_rc 1 -q -Fo null.dev bad.asm
	[ -c null.dev ] || cli_fail "a failing run removed the device node"
	expect_rc 0 -q -Fo null.dev ok.asm
	[ -c null.dev ] || cli_fail "a good run replaced the device node with a file"
	expect_rc 0 -q -Fo ok2.obj -Fl=null.dev ok.asm
	[ -c null.dev ] || cli_fail "the listing replaced the device node"
else
	echo "note: not root, device case not run"
fi

# a link at <out>.tmp (the old fixed temporary name) is not followed
echo "precious" >victim
ln -s victim sym.obj.tmp
expect_rc 0 -q -Fo sym.obj ok.asm
[ "$(cat victim)" = precious ] || cli_fail "the link sym.obj.tmp was followed: victim overwritten"
[ -L sym.obj.tmp ] || cli_fail "sym.obj.tmp was replaced"
same sym.obj ref.obj

# a FIFO as the source: an error at once, no hang (the runner's timeout
# would catch one); absolute paths also are told from options by stat
mkfifo src.asm
expect_rc 2 -q -Fo f.obj src.asm
out_has 'A1000'
expect_rc 2 -q -Fo f.obj "$(pwd)/src.asm"
out_has 'A1000'

# a listing that cannot be written: exit status 2, no object
expect_rc 2 -q -Fo l.obj -Fl nodir/y.lst ok.asm
out_has 'A1002'
must_not_exist l.obj

# a run that stops before pass 2 removes the stale listing
echo "stale listing" >stale.lst
printf 'INCLUDE nosuchfile.inc\nEND\n' >inc.asm
expect_rc 1 -q -Fo inc.obj -Fl stale.lst inc.asm
must_not_exist stale.lst inc.obj

# SIGTERM while the object is being written leaves no temporary (and no
# object); the window is caught by polling, so try a few times
printf '.data\nDB 2000000h DUP (1)\nEND\n' >big.asm
expect_rc 0 -q -Fo bigref.obj big.asm
stale big.obj
caught=0
try=0
while [ $caught -eq 0 ] && [ $try -lt 10 ]; do
	"$ASM" -q -Fo big.obj big.asm >/dev/null 2>&1 &
	pid=$!
	while kill -0 $pid 2>/dev/null; do
		if ls big.obj*.tmp >/dev/null 2>&1; then
			kill -TERM $pid
			caught=1
			break
		fi
	done
	wait $pid
	rc=$?
	try=$((try + 1))
	if [ $caught -eq 1 ] && [ -f big.obj ]; then
		# the signal came after the rename: the object must be complete
		# (whatever the exit status); that try caught nothing
		same big.obj bigref.obj
		caught=0
		rm -f big.obj
	fi
done
if [ $caught -eq 1 ]; then
	[ $rc -ne 0 ] || cli_fail "the run killed during its write exited 0"
	left=$(ls | grep '^big\.obj.*\.tmp' || true)
	[ -z "$left" ] || cli_fail "SIGTERM left the temporary $left"
	must_not_exist big.obj
else
	cli_fail "never saw the temporary in 10 tries (the write was too fast to catch)"
fi

# -?, /?, -h and --help print the usage on stdout and exit 0; --version
# prints a version and exits 0.  None of them needs a source file.
. "$SRC/regress/cli/lib.sh"
for o in -? /? --help -help; do
	"$ASM" "$o" >help.txt 2>err.txt
	rc=$?
	[ "$rc" -eq 0 ] || cli_fail "asm $o exited $rc"
	grep -qi 'usage' help.txt || cli_fail "asm $o: no usage text on stdout"
	grep -q -- '-Fo' help.txt || cli_fail "asm $o: usage does not mention -Fo"
done
"$ASM" --version >ver.txt 2>&1 || cli_fail "asm --version exited $?"
grep -Eq '[0-9]+\.[0-9]+' ver.txt || cli_fail "asm --version: no version number"
ls *.obj >/dev/null 2>&1 && cli_fail "an object was written"
exit 0

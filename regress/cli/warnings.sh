# Warnings: A4902 for an ignored directive (.MODEL in x64) is printed at
# the default level with status 0 and an object; -WX (and /WX) turns it
# into a failure with no object; -W0 (and /w) silences it.
. "$SRC/regress/cli/lib.sh"
write_warn
expect_rc 0 -q warn.asm
out_has 'warn\.asm\(1\) : warning A4902:'
must_exist warn.obj
for wx in -WX /WX; do
	stale warn.obj
	expect_fail -q $wx warn.asm
	out_has 'A4902'
	must_not_exist warn.obj
done
for w0 in -W0 /W0 /w; do
	rm -f warn.obj
	expect_rc 0 -q $w0 warn.asm
	out_lacks 'A4902'
	must_exist warn.obj
done
# a silenced warning is not an error under -WX
rm -f warn.obj
expect_rc 0 -q -W0 -WX warn.asm
must_exist warn.obj
for w in -W1 -W2 -W3 -W4 /W3; do
	expect_rc 0 -q $w warn.asm
	out_has 'A4902'
done

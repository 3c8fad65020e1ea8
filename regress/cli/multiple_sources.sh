# Several sources in one call: each gets its object; the exit status is
# non-zero if any failed, even when the last one succeeded.
. "$SRC/regress/cli/lib.sh"
write_ok one.asm
write_ok two.asm
write_bad bad.asm
expect_rc 0 -q one.asm two.asm
must_exist one.obj two.obj
rm -f one.obj two.obj
stale bad.obj
expect_fail -q bad.asm one.asm
must_exist one.obj
must_not_exist bad.obj
rm -f one.obj
expect_fail -q one.asm bad.asm two.asm
must_exist one.obj two.obj
must_not_exist bad.obj
rm -f one.obj
expect_fail -q missing.asm one.asm
must_exist one.obj
mkdir out
expect_fail -q -Fo out/ bad.asm one.asm two.asm
must_exist out/one.obj out/two.obj
must_not_exist out/bad.obj

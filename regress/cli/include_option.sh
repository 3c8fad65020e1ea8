# -I dir, -Idir and /I dir add include directories.
. "$SRC/regress/cli/lib.sh"
mkdir incdir
echo "incval  DD 42" >incdir/vals.inc
cat >inc.asm <<'ASM'
.data
INCLUDE vals.inc
.code
        mov     eax, incval
END
ASM
expect_fail -q inc.asm
must_not_exist inc.obj
for i in "-I incdir" "-Iincdir" "/I incdir" "/Iincdir" "-I $PWD/incdir"; do
	rm -f inc.obj
	# shellcheck disable=SC2086
	expect_rc 0 -q $i inc.asm
	must_exist inc.obj
done

# More than 65536 LOCAL labels in one run (found by make bench: the
# ??nnnn names wrapped at ??FFFF and were redefined); each expansion's
# jump must reach its own label.
. "$SRC/regress/cli/lib.sh"
cat >many.asm <<'ASM'
m MACRO
        LOCAL l1
l1:     jmp l1
ENDM
.code
REPT 70000
        m
ENDM
END
ASM
expect_rc 0 -q -Fo many.obj many.asm
must_exist many.obj
# every jmp is EB FE (to itself): 70000 * 2 = 0x222e0 bytes, no other byte
expect_sec_size many.obj '.text$mn' 000222e0
objdump -s -j '.text$mn' many.obj | sed -n 's/^ [0-9a-f]* \(.\{35\}\).*/\1/p' | tr -d ' \n' |
	sed 's/ebfe//g' | grep -q . && cli_fail "a jmp does not jump to itself"
exit 0

# -D name[=value] (JWasm) and /D (ml64), attached or separate, define a
# text macro; the value appears in the object.
. "$SRC/regress/cli/lib.sh"
cat >def.asm <<'ASM'
.data
val     DD VALUE
.code
        nop
END
ASM
section_bytes() {
	objdump -s -j .data "$1" | sed -n 's/^ 0000 \([0-9a-f]*\) .*/\1/p'
}
command -v objdump >/dev/null || cli_fail "objdump missing"
n=0
for d in "-D VALUE=7" "-DVALUE=7" "/D VALUE=7" "/DVALUE=7"; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	expect_rc 0 -q $d -Fo d$n.obj def.asm
	must_exist d$n.obj
	[ "$(section_bytes d$n.obj)" = 07000000 ] || cli_fail "$d: .data is $(section_bytes d$n.obj), expected 07000000"
done
# without a value the name is defined as empty text: VALUE then is
# missing, so this must fail
expect_fail -q -D VALUE def.asm

# Errors: exit status 1 and no object, and a stale object from an earlier
# run is removed too (default name, -Fo and /Fo); nothing is left behind
# as a temporary either.
. "$SRC/regress/cli/lib.sh"
write_bad
stale bad.obj
expect_rc 1 -q bad.asm
must_not_exist bad.obj
out_has 'bad\.asm\(2\) : error A2006:'
stale named.obj
expect_rc 1 -q -Fo named.obj bad.asm
must_not_exist named.obj
stale ms.obj
expect_rc 1 /nologo /c /Fo ms.obj /Ta bad.asm
must_not_exist ms.obj
leftovers=$(ls | grep -v -e '^bad\.asm$' -e '^out\.txt$' -e '^cmds\.txt$')
[ -z "$leftovers" ] || cli_fail "files left behind: $leftovers"

# doc/asm.1 renders, `make install PREFIX=...` installs asm and the man
# page, and `asm --help` is grouped as the man page's OPTIONS sections (same
# groups, same order); every option of --help is in the man page.
# oracle: man(1) (groff) rendering without warnings; the groups are ours.
. "$SRC/regress/cli/lib.sh"
if command -v man >/dev/null 2>&1; then
	MANWIDTH=80 man --warnings -l "$SRC/doc/asm.1" >man.txt 2>man.err || cli_fail "man -l failed"
	[ ! -s man.err ] || { cat man.err; cli_fail "man page warnings"; }
	grep -q 'EXIT STATUS' man.txt || cli_fail "no EXIT STATUS section"
	grep -q 'ENVIRONMENT' man.txt || cli_fail "no ENVIRONMENT section"
fi
expect_rc 0 --help
sed -n 's/^\([A-Z][a-z]*\):$/\1/p' out.txt >help.groups
sed -n 's/^\.SS //p' "$SRC/doc/asm.1" >man.groups
[ -s help.groups ] || cli_fail "--help has no groups"
diff man.groups help.groups || cli_fail "--help groups differ from the man page's"
for o in -Fo -Zs /EP -Zf -MD -MF -MT -MP -Fl -Sg -Sa -Sn -Sx /Sl /Sp /Ss /St -Ta -I -X -D -Cp -Zp -WX -fdiagnostics-format=gcc /diagnostics:caret -fdiagnostics-color /Fe; do
	grep -qF -- "$(echo "$o" | sed 's/-/\\-/g')" "$SRC/doc/asm.1" || cli_fail "$o missing from doc/asm.1"
done
# make install (asm is built: make test depends on it)
if [ -x "$SRC/asm" ] && command -v make >/dev/null 2>&1; then
	make -s -C "$SRC" install PREFIX="$PWD/p" >install.log 2>&1 || { cat install.log; cli_fail "make install failed"; }
	must_exist p/bin/asm p/share/man/man1/asm.1
	cmp "$SRC/doc/asm.1" p/share/man/man1/asm.1 || cli_fail "installed man page differs"
fi

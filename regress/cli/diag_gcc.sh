# -fdiagnostics-format=gcc (or MSVC's /diagnostics:caret) gives
# "file:line:col: error: text [Annnn]", the source line and a caret, which
# editors' problem matchers read; the default stays ml64's form.  Colour
# only on a terminal (here stdout is a file) or with -fdiagnostics-color.
# oracle: gcc's documented format (file:line:column: kind: message, the
# line, the caret); the numbers and texts are ml64's as in the default form.
. "$SRC/regress/cli/lib.sh"
printf '.code\n\tmov eax, nosuch\n  bogus eax\nEND\n' >d.asm
expect_rc 1 -q d.asm
out_has '^d\.asm\(2\) : error A2006: undefined symbol : nosuch$'
cat >want.txt <<'TXT'
d.asm:2:11: error: undefined symbol : nosuch [A2006]
 	mov eax, nosuch
 	         ^
d.asm:3:3: error: syntax error : bogus [A2008]
   bogus eax
   ^
TXT
for o in -fdiagnostics-format=gcc /diagnostics:caret; do
	expect_rc 1 -q $o d.asm
	diff want.txt out.txt || cli_fail "$o: output differs"
done
if grep -q "$(printf '\033')" out.txt; then cli_fail "colour written to a file"; fi
expect_rc 1 -q -fdiagnostics-format=gcc -fdiagnostics-color d.asm
grep -q "$(printf '\033')\[1;31merror" out.txt || cli_fail "-fdiagnostics-color: no colour"
# the listing keeps ml64's form
expect_rc 1 -q -fdiagnostics-format=gcc -Fl d.asm
grep -q 'error A2006: undefined symbol : nosuch' d.lst || cli_fail "listing lost the ml64 form"
# on a terminal (script(1) gives the program a pty) colour is the default,
# and -fno-diagnostics-color turns it off there
if command -v script >/dev/null 2>&1; then
	script -qec "\"$ASM\" -q -fdiagnostics-format=gcc d.asm" /dev/null >tty.txt 2>&1 </dev/null
	grep -q "$(printf '\033')\[1;31merror" tty.txt || { cat tty.txt; cli_fail "no colour on a terminal"; }
	script -qec "\"$ASM\" -q -fdiagnostics-format=gcc -fno-diagnostics-color d.asm" /dev/null >tty2.txt 2>&1 </dev/null
	if grep -q "$(printf '\033')" tty2.txt; then cli_fail "colour despite -fno-diagnostics-color"; fi
fi

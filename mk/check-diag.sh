#!/bin/sh
# mk/check-diag.sh - every message goes through include/diag.def
# (make check-diag; CI).  Fails if
#   1. a source under src/ writes an A-number itself: a string literal
#      holding A followed by four digits (comments are not looked at);
#   2. a row of diag.def is used by no source under src/ and is not listed,
#      with its reason, in mk/diag-unused.txt (or is listed but used);
#   3. doc/diagnostics.md is not what `make doc` generates (checked by the
#      Makefile target, with git diff).
LC_ALL=C
export LC_ALL
bad=0
# 1. string literals with an A-number, outside diag.def
for f in src/*.c src/tools/*.c; do
	case $f in src/insn_tab.c) continue ;; esac
	# drop /* */ and // comments and lines inside a block comment (" * ...")
	sed -e 's|/\*.*\*/||g' -e 's|//.*$||' -e 's|^[[:space:]]*/\{0,1\}\*.*$||' "$f" |
		grep -nE '"[^"]*A[0-9]{4}[^0-9"]*"' |
		sed "s|^|$f:|"
done >build/check-diag.literals 2>/dev/null || true
if [ -s build/check-diag.literals ]; then
	echo "check-diag: A-numbers written outside include/diag.def:"
	cat build/check-diag.literals
	bad=1
fi
# 2. unused rows
for n in $(sed -n 's/^DIAG(\([A-Z0-9_]*\),.*/\1/p' include/diag.def); do
	used=$(grep -lw "$n" src/*.c | head -n 1)
	listed=$(grep -c "^$n[[:space:]]" mk/diag-unused.txt)
	if [ -z "$used" ] && [ "$listed" -eq 0 ]; then
		echo "check-diag: row $n is used nowhere in src/ (remove it, or give the reason in mk/diag-unused.txt)"
		bad=1
	elif [ -n "$used" ] && [ "$listed" -ne 0 ]; then
		echo "check-diag: row $n is used ($used): remove its line from mk/diag-unused.txt"
		bad=1
	fi
done
[ "$bad" -eq 0 ] && echo "check-diag: every message is a row of include/diag.def, every row is used"
exit "$bad"

#!/bin/sh
# mk/regen-lexer.sh check|force - src/lexer.c from src/lexer.re (re2c),
# by content: mk/lexer.cksum records `cksum` of both files.
#   check  (make's rule, when lexer.re looks newer by mtime): if both files
#          still match the record, keep the committed lexer.c (touch it);
#          otherwise regenerate.
#   force  (make regen): regenerate.
# Regenerating writes build/gen/lexer.c and replaces src/lexer.c only if
# it differs, then rewrites mk/lexer.cksum.  Without re2c the committed
# lexer.c is kept, with a note.  RE2C is the command with its flags.
set -u
RE2C=${RE2C:-re2c -W --no-generation-date --no-version -i -b}
FILES="src/lexer.re src/lexer.c"
if [ "${1:-check}" = check ] && cksum $FILES | cmp -s - mk/lexer.cksum; then
	touch src/lexer.c
	exit 0
fi
set -- $RE2C
if ! command -v "$1" >/dev/null 2>&1; then
	echo "$1 not found: using the committed src/lexer.c (src/lexer.re differs from mk/lexer.cksum)"
	touch src/lexer.c
	exit 0
fi
mkdir -p build/gen || exit 1
echo "$RE2C -o src/lexer.c src/lexer.re"
"$@" -o build/gen/lexer.c src/lexer.re || exit 1
cmp -s build/gen/lexer.c src/lexer.c || cp build/gen/lexer.c src/lexer.c || exit 1
touch src/lexer.c
cksum $FILES >mk/lexer.cksum

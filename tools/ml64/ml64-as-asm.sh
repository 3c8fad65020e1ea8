#!/bin/sh
# tools/ml64/ml64-as-asm.sh - Microsoft ml64 (under wine) behind asm's
# JWasm-style command line, so that the regression runner can take ml64 as
# its oracle:
#
#   ASM=tools/ml64/ml64-as-asm.sh regress/run.sh --update obj/data/strings
#
# Translates  -q -win64 -Fo x.obj [-Fl x.lst] [-Zp8] [-I dir] [-D n=v] x.asm
# into        ml64.exe /c /nologo /Fo X:\..\x.obj ... X:\..\x.asm
# (paths through winepath).  Without arguments it prints ml64's version line
# first (the runner puts that line in each golden's `# oracle:` line).
# ML64 names ml64.exe (default /work/ref/ml64/ml64.exe; never committed).
# The name of this script starts with ml64 so that regress/lib/obj.sh
# accepts it as an independent oracle.

ML64=${ML64:-/work/ref/ml64/ml64.exe}
WINEDEBUG=-all
export WINEDEBUG

if [ $# -eq 0 ]; then
	wine "$ML64" 2>&1 | tr -d '\r' | grep 'Microsoft (R) Macro Assembler' | head -n 1
	exit 0
fi
[ -f "$ML64" ] || { echo "ml64-as-asm.sh: no ml64.exe at $ML64 (set ML64)" >&2; exit 2; }

winpath() { winepath -w "$1" 2>/dev/null; }

quiet=0
set -- "$@" --end--
while [ "$1" != --end-- ]; do
	a=$1; shift
	case $a in
	-q) quiet=1 ;;
	-win64|-elf64|-coff) ;;
	-Fo|-Fl|-I)
		set -- "$@" "/${a#-}$(winpath "$1")"; shift ;;
	-Fo*|-Fl*|-I*)
		p=${a#-??}; [ "${a#-I}" != "$a" ] && p=${a#-I}
		f=${a%"$p"}; set -- "$@" "/${f#-}$(winpath "$p")" ;;
	-D|-Zp|-W)
		set -- "$@" "/${a#-}$1"; shift ;;
	-*) set -- "$@" "/${a#-}" ;;
	*) set -- "$@" "$(winpath "$a")" ;;
	esac
done
shift # --end--
log=$(mktemp) || exit 2
wine "$ML64" /c /nologo "$@" >"$log" 2>&1
rc=$?
if [ "$quiet" = 1 ]; then
	tr -d '\r' <"$log" | grep -v '^ Assembling: '
else
	tr -d '\r' <"$log"
fi
rm -f "$log"
exit "$rc"

# Ninja with `deps = gcc` reads asm's -MD file: touching an included file
# rebuilds exactly the objects that include it.
# oracle: ninja's own rebuild decisions (ninja -n -d explain is not needed:
# the commands it runs are counted).
. "$SRC/regress/cli/lib.sh"
command -v ninja >/dev/null 2>&1 || { echo "SKIP: ninja missing (apt-get install ninja-build)"; exit 77; }
mkdir inc
echo "A EQU 1" >inc/a.inc
echo "B EQU 2" >inc/b.inc
printf 'INCLUDE inc/a.inc\n.data\nDD A\nEND\n' >one.asm
printf 'INCLUDE inc/b.inc\n.data\nDD B\nEND\n' >two.asm
cat >build.ninja <<NJ
rule asm
  command = "$ASM" -q -MD -MF \$out.d -Fo \$out \$in
  depfile = \$out.d
  deps = gcc
  description = ASM \$out
build one.obj: asm one.asm
build two.obj: asm two.asm
NJ
built() { ninja -v >ninja.log 2>&1 || { cat ninja.log; cli_fail "ninja failed"; }
	grep -o -- '-Fo [a-z]*\.obj' ninja.log | sed 's/-Fo //' | sort | tr '\n' ' '; }
[ "$(built)" = "one.obj two.obj " ] || cli_fail "first build"
[ ! -e one.obj.d ] || cli_fail "ninja did not consume one.obj.d (deps = gcc)"
[ "$(built)" = "" ] || cli_fail "second build not empty"
sleep 1
touch inc/a.inc
got=$(built)
[ "$got" = "one.obj " ] || cli_fail "after touching inc/a.inc ninja rebuilt '$got'"
sleep 1
touch inc/b.inc
got=$(built)
[ "$got" = "two.obj " ] || cli_fail "after touching inc/b.inc ninja rebuilt '$got'"

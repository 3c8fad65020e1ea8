# -MD writes a make dependency file in gcc's format (x.d next to the
# object) naming every INCLUDE and INCBIN file read; make rebuilds exactly the objects whose sources INCLUDE a
# changed file.  -MF names the file, -MT the target, -MP adds a phony rule
# per included file.  A failed assembly leaves no dependency file.
# oracle: gcc's format (gcc -MD -MP on a C file with the same layout); the
# rebuild decisions are make's.
. "$SRC/regress/cli/lib.sh"
command -v make >/dev/null 2>&1 || { echo "SKIP: make missing"; exit 77; }
mkdir inc
echo "A EQU 1" >inc/a.inc
echo "B EQU 2" >inc/b.inc
printf 'INCLUDE inc/a.inc\n.data\nDD A\nEND\n' >one.asm
printf 'INCLUDE inc/b.inc\nINCLUDE inc/a.inc\n.data\nDD B\nEND\n' >two.asm
printf '.data\nDD 3\nEND\n' >three.asm

expect_rc 0 -q -MD -MP two.asm
cat >want.d <<'TXT'
two.obj: two.asm \
 inc/b.inc \
 inc/a.inc

inc/b.inc:

inc/a.inc:
TXT
diff want.d two.d || cli_fail "two.d differs from gcc's format"
mkdir deps
expect_rc 0 -q -MD -MF deps/x.d -MT 'out/two.o' -Fo two.obj two.asm
head -n 1 deps/x.d | grep -q '^out/two.o: two.asm' || { cat deps/x.d; cli_fail "-MF/-MT"; }
# a name with a space is escaped as gcc does
cp one.asm 'sp ace.asm'
expect_rc 0 -q -MD 'sp ace.asm'
head -n 1 'sp ace.d' | grep -q '^sp\\ ace.obj: sp\\ ace.asm' || { cat 'sp ace.d'; cli_fail "escaping"; }
# an INCBIN file is an input too
printf 'bytes' >inc/data.bin
printf '.data\nINCBIN <inc/data.bin>\nEND\n' >bin.asm
expect_rc 0 -q -MD bin.asm
grep -q '^ inc/data.bin$' bin.d || { cat bin.d; cli_fail "INCBIN file missing from bin.d"; }
# a failing assembly removes its dependency file
printf 'INCLUDE inc/a.inc\n.code\nmov eax, nosuch\nEND\n' >bad.asm
echo stale >bad.d
expect_rc 1 -q -MD bad.asm
must_not_exist bad.d bad.obj

# make: touch a.inc -> one and two rebuilt, three not; touch b.inc -> two only
cat >Makefile <<MK
OBJS = one.obj two.obj three.obj
all: \$(OBJS)
%.obj: %.asm
	"$ASM" -q -MD -MP -Fo \$@ \$<
	echo \$@ >>built.txt
-include \$(OBJS:.obj=.d)
MK
rm -f ./*.obj ./*.d
make -s >make.log 2>&1 || { cat make.log; cli_fail "make failed"; }
[ "$(sort built.txt | tr '\n' ' ')" = "one.obj three.obj two.obj " ] || cli_fail "first build: $(cat built.txt)"
check() {
	rm -f built.txt
	sleep 1
	touch "$1"
	make -s >make.log 2>&1 || { cat make.log; cli_fail "make failed"; }
	got=$(sort built.txt 2>/dev/null | tr '\n' ' ')
	[ "$got" = "$2" ] || cli_fail "after touching $1 make rebuilt '$got', expected '$2'"
}
check inc/a.inc "one.obj two.obj "
check inc/b.inc "two.obj "
check three.asm "three.obj "
# -MP: deleting an include no longer used does not break make
printf '.data\nDD 9\nEND\n' >two.asm
check two.asm "two.obj "
rm inc/b.inc
rm -f built.txt
make -s >make.log 2>&1 || { cat make.log; cli_fail "make failed after removing inc/b.inc"; }

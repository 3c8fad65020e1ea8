# ml64 options that change what is written are honoured, never silently
# ignored.  (/Zp has object tests: regress/obj/types/zp2, zp8.)
# oracle: ml64 14.12 under wine, as noted at each step.
. "$SRC/regress/cli/lib.sh"
write_ok
write_bad

# /Zs: syntax check only; an existing object is left alone, with or
# without errors (ml64 /nologo /Zs ok.asm and bad.asm: "stale" unchanged).
stale ok.obj
expect_rc 0 /nologo /Zs ok.asm
grep -q stale ok.obj || cli_fail "/Zs replaced ok.obj"
stale bad.obj
expect_rc 1 /nologo /Zs bad.asm
grep -q stale bad.obj || cli_fail "/Zs with errors removed bad.obj"
expect_rc 0 /nologo /Zs /Fo q.obj ok.asm
must_not_exist q.obj

# /X: the INCLUDE variable is not searched (ml64 /X: fatal error A1000
# cannot open file : foo.inc; without /X it assembles).
mkdir inc
echo "FOO EQU 5" >inc/foo.inc
printf 'INCLUDE foo.inc\n.code\nmov eax, FOO\nEND\n' >x.asm
INCLUDE=$PWD/inc expect_rc 0 /nologo /c x.asm
must_exist x.obj
rm x.obj
INCLUDE=$PWD/inc expect_fail /nologo /c /X x.asm
out_has 'A1000: cannot open file : foo.inc'
must_not_exist x.obj

# /EP: the preprocessed source on stdout, no object, an existing one left
# alone.  The expected text is ml64's output (/nologo /EP ep.asm) with its
# CRs removed, less its comments (we do not keep comments: doc/cli.md).
cat >ep.asm <<'ASM'
X TEXTEQU <eax>
m MACRO a
  mov a, 1
ENDM
INCLUDE inc/foo.inc
.code
IF 0
  nop
ELSE
  mov X, FOO
ENDIF
  m ecx
  REPT 2
  inc X
  ENDM
END
ASM
cat >ep.want <<'TXT'
X TEXTEQU <eax>
FOO EQU 5
.code
  mov eax, FOO
  mov ecx, 1
  inc eax
  inc eax
END
TXT
stale ep.obj
expect_rc 0 /nologo /EP ep.asm
grep -q stale ep.obj || cli_fail "/EP replaced ep.obj"
diff ep.want out.txt || cli_fail "/EP output differs from ml64's"

# /Zf: code labels outside procedures are written with storage class
# LABEL (6) (ml64 /c /nologo /Zf zf.asm, llvm-readobj --symbols: top
# Label (0x6), d1 Static (0x3), p1 External (0x2), p2 Static (0x3)).
if command -v llvm-readobj >/dev/null 2>&1; then
	cat >zf.asm <<'ASM'
.data
d1 DD 1
.code
p1 PROC
ret
p1 ENDP
top: nop
p2 PROC PRIVATE
ret
p2 ENDP
END
ASM
	class() { llvm-readobj --symbols zf.obj | grep -A6 "Name: $1\$" | sed -n 's/.*StorageClass: //p'; }
	expect_rc 0 /nologo /c /Zf zf.asm
	[ "$(class top)" = "Label (0x6)" ] || cli_fail "/Zf: top is '$(class top)'"
	[ "$(class d1)" = "Static (0x3)" ] || cli_fail "/Zf: d1 is '$(class d1)'"
	[ "$(class p1)" = "External (0x2)" ] || cli_fail "/Zf: p1 is '$(class p1)'"
	[ "$(class p2)" = "Static (0x3)" ] || cli_fail "/Zf: p2 is '$(class p2)'"
	expect_rc 0 /nologo /c zf.asm
	[ "$(class top)" = "Static (0x3)" ] || cli_fail "without /Zf: top is '$(class top)'"
fi

# /omf and /safeseh are 32-bit options: a warning says so (ml64 14.12
# warns A4018 invalid option), the object is written.
for o in /omf /safeseh; do
	rm -f ok.obj
	expect_rc 0 /nologo /c $o ok.asm
	out_has "warning A4907.*$o"
	must_exist ok.obj
done
# /link: asm does not link; a clear fatal error, nothing written (ml64
# would run link.exe)
rm -f ok.obj
expect_rc 2 /nologo ok.asm /link /out:x.exe
out_has 'A1908: asm does not link'
must_not_exist ok.obj x.exe

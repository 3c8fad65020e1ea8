# timeout: 300
# A STRUCT instance re-lexes each field's default, and a DUP repeats its
# items; their tokens stayed in the line arena until the end of the
# statement, so memory grew with the instance's size: nested STRUCTs
# (each level two of the one below, built by a recursive macro: 20 source
# lines) took 300 MB for a 256 KB instance, and 200000 DUP of a 10-byte
# STRUCT took 829 MB (issue #17).  Now each field and each DUP element
# gives its memory back: both must assemble within 250 MB of address
# space (about 3 and 8 MB resident now); the limit is not applied to the
# sanitizer build, whose shadow memory needs more.
. "$SRC/regress/cli/lib.sh"
cat >nest.asm <<'ASM'
R MACRO n
  IF n GT 0
    prev TEXTEQU @CatStr(S, %(n-1))
  ENDIF
S&n STRUCT
  a DB 7
  IF n GT 0
  b prev <>
  c prev <>
  ENDIF
S&n ENDS
  IF n LT 17
  R %(n+1)
  ENDIF
ENDM
R 0
.data
x S17 <>
END
ASM
{
	echo 'S STRUCT'
	for i in 1 2 3 4 5 6 7 8 9 10; do echo " f$i DB $i"; done
	echo 'S ENDS'
	echo '.data'
	echo 'x S 200000 DUP (<>)'
	echo 'END'
} >dup.asm
for f in nest dup; do
	expect_rc_within "-v 250000" 0 -q -Fo $f.obj $f.asm
done
# S17 is 2^18 - 1 bytes of 07 (each level: a, then two of the level below)
expect_sec_size nest.obj .data 0003ffff
expect_sec_bytes nest.obj .data '07070707 07070707'
expect_sec_size dup.obj .data 001e8480
expect_sec_bytes dup.obj .data '01020304 05060708 090a0102'

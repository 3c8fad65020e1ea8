# Each '$' took a new label (a 176-byte Sym) in the run's arena, so a loop
# that evaluates `$ - x` without emitting anything grew by that much per
# line (1M iterations: 390 MB); '$' at the position of the last one is now
# the same label.  500000 iterations in each pass must assemble within 120
# MB of address space (about 25 MB resident now, 200 MB before).
. "$SRC/regress/cli/lib.sh"
cat >loop.asm <<'ASM'
.data
x       dd 0
n = 0
WHILE n LT 500000
y = $ - x
n = n + 1
ENDM
        dd y
END
ASM
expect_rc_within "-v 120000" 0 -q -Fo loop.obj loop.asm
expect_sec_bytes loop.obj .data '00000000 04000000 '

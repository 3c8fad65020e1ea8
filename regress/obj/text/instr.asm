; @InStr with a blank start argument: the search starts at 1 (MASM:
; @InStr([position], string1, string2)); also the INSTR directive without
; a start.
; CHECK: objdump -s -j .data
.data
p1  INSTR <hello>, <l>
    DB p1
    DB @InStr(, <hello>, <l>), @InStr(, <abcabc>, <c>)
END

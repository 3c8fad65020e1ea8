; SEGMENT/ENDS: names, alignment (BYTE WORD DWORD PARA PAGE ALIGN(n)),
; READONLY, classes 'CODE' / 'DATA' / 'CONST' / other, reopening a
; segment, a name longer than 8 characters (string table), `.CODE name'.
; CHECK: llvm-readobj --sections
; .CODE and .DATA come first: JWasm always writes .text and .data, so
; with them first the section numbers agree.
; CHECK: objdump -s
.code
f0 PROC
        ret
f0 ENDP
.data
        DB 0
mycode  SEGMENT PARA 'CODE'
f1 PROC
        ret
f1 ENDP
mycode  ENDS
mydata  SEGMENT DWORD 'DATA'
        DB 1
mydata  ENDS
myro    SEGMENT READONLY ALIGN(32) 'CONST'
        DB 2
myro    ENDS
sbyte1  SEGMENT BYTE 'FOO'
        DB 3
sbyte1  ENDS
sword1  SEGMENT WORD
        DB 4
sword1  ENDS
spage1  SEGMENT PAGE 'DATA'
        DB 5
spage1  ENDS
a_long_segment_name SEGMENT ALIGN(8) 'DATA'
        DQ 6
a_long_segment_name ENDS
mydata  SEGMENT
        DB 7
mydata  ENDS
.code othercode
f2 PROC
        ret
f2 ENDP
END

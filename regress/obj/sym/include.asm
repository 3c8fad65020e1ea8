; INCLUDE of a file found through -I (paths are relative to the repository
; root, where the runner starts the assembler), by plain name and by a
; subdirectory path below the -I directory.
; ARGS: -I regress/obj/sym/inc
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
INCLUDE defs.inc
INCLUDE sub/more.inc
.code
f1 PROC
        mov     eax, INC_VAL
        mov     ecx, MORE_VAL
        ret
f1 ENDP
.data
        DB INC_VAL, MORE_VAL
END

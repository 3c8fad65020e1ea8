; Each size form of .ALLOCSTACK: ALLOC_SMALL for 8..128 (8, 16, 120, 128),
; ALLOC_LARGE with a 16-bit size/8 for 136..512K-8 (136, 4096, 7FFF8h),
; ALLOC_LARGE with a 32-bit size above that (80000h, 80008h, 12345678h).
; Boundaries by the MS x64 exception-handling docs (UWOP_ALLOC_SMALL
; 8-128; UWOP_ALLOC_LARGE op info 0 up to 512K-8, op info 1 up to 4GB-8).
; CHECK: llvm-readobj --unwind
; CHECK: objdump -dr -M intel
; CHECK: objdump -s -j .xdata
.code
alloc PROC FRAME
        sub     rsp, 8
        .ALLOCSTACK 8
        sub     rsp, 16
        .ALLOCSTACK 16
        sub     rsp, 120
        .ALLOCSTACK 120
        sub     rsp, 128
        .ALLOCSTACK 128
        sub     rsp, 136
        .ALLOCSTACK 136
        sub     rsp, 4096
        .ALLOCSTACK 4096
        sub     rsp, 7FFF8h
        .ALLOCSTACK 7FFF8h
        sub     rsp, 80000h
        .ALLOCSTACK 80000h
        sub     rsp, 80008h
        .ALLOCSTACK 80008h
        sub     rsp, 12345678h
        .ALLOCSTACK 12345678h
        .ENDPROLOG
        ret
alloc ENDP
END

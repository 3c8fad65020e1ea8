; hello.asm - the smallest Win64 console program: print one line with the
; C runtime's printf, then end the process with ExitProcess(0).
;
; Assemble and link (ml64 or asm, then any Win64 linker with the CRT):
;   asm -win64 -q -Fo hello.obj hello.asm
;   x86_64-w64-mingw32-gcc -o hello.exe hello.obj
;
; Win64 calling convention: on entry to main rsp is 8 mod 16 (the caller's
; call pushed the return address).  Subtracting 28h gives the 32 bytes of
; shadow space every callee may use, and brings rsp back to 16-byte
; alignment for the calls below.  The first argument goes in rcx.

EXTERN printf:PROC
EXTERN ExitProcess:PROC

PUBLIC main

.data
msg     DB "Hello, world!", 10, 0

.code
main PROC
        sub     rsp, 28h            ; shadow space, rsp 16-byte aligned
        lea     rcx, msg            ; RIP-relative address of the string
        call    printf
        xor     ecx, ecx            ; exit status 0
        call    ExitProcess         ; does not return
main ENDP

END

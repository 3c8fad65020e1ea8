; INVOKE forms (Win64 fastcall): register arguments (RCX RDX R8 R9),
; stack arguments beyond four ([rsp+20h], [rsp+28h], ...), constants,
; ADDR of a global and of a local, memory arguments, widening of smaller
; arguments to the parameter size (movzx for BYTE/WORD, movsx for
; SBYTE/SWORD, movsxd for SDWORD, 32-bit mov for DWORD), REAL4 and
; REAL8 parameters in XMM0-XMM3 (from registers, memory and on the stack),
; and the 32 bytes of shadow space around each call (WIN64:0).
; CHECK: objdump -dr -M intel
OPTION FRAME:AUTO
f4 PROTO :QWORD, :QWORD, :QWORD, :QWORD
f7 PROTO :QWORD, :QWORD, :QWORD, :QWORD, :QWORD, :QWORD, :QWORD
f32 PROTO :DWORD, :DWORD, :WORD, :BYTE
fwide PROTO :QWORD, :QWORD, :QWORD, :QWORD, :QWORD, :QWORD
freal PROTO :REAL8, :REAL4, :REAL8, :REAL4, :REAL8, :REAL4
fmix PROTO :QWORD, :REAL8, :DWORD, :REAL4
.data
gq      DQ 1
gd      DD 2
gw      DW 3
gb      DB 4
gsb     SBYTE -5
gsw     SWORD -6
gsd     SDWORD -7
gr8     REAL8 1.5
gr4     REAL4 2.5
.code
caller PROC FRAME USES rbx rsi rdi
        LOCAL lq:QWORD, lbuf[16]:BYTE
        invoke  f4, rbx, rsi, rdi, rax
        invoke  f4, 1, -1, 12345678h, 123456789ABCDEFh
        invoke  f4, gq, ADDR gq, ADDR lq, ADDR lbuf
        invoke  f7, 1, 2, 3, 4, 5, rbx, gq
        invoke  f7, rcx, rdx, r8, r9, ADDR gd, ADDR lq, lq
        invoke  f32, ebx, gd, gw, gb
        invoke  fwide, gb, gw, gd, gsb, gsw, gsd
        invoke  fwide, bl, bx, ebx, sil, si, 0
        invoke  freal, xmm0, xmm1, gr8, gr4, gr8, gr4
        invoke  fmix, rbx, gr8, 7, xmm3
        xor     eax, eax
        ret
caller ENDP
END

; INVOKE through a register and through memory with no arguments:
; `invoke rax` and `invoke qword ptr [rbx]`, per call (WIN64:0) with
; the 32 bytes of shadow space around the call.  JWasm 2.21 rejects both
; (A2159 INVOKE requires prototype), so the expectation is hand-derived:
;   sub rsp,20h = 48 83 EC 20; call rax = FF D0; add rsp,20h = 48 83 C4 20;
;   call qword ptr [rbx] = FF 13 (FF /2, mod 00 r/m 011); call r11 = 41 FF D3.
; The shadow-space pattern is JWasm's for `invoke p0` of a PROTO without
; parameters (checked: 48 83 EC 20 / E8 rel32 / 48 83 C4 20).
; CHECK: objdump -dr -M intel
.code
indir PROC
        sub     rsp, 28h
        invoke  rax
        invoke  qword ptr [rbx]
        invoke  r11
        add     rsp, 28h
        ret
indir ENDP
END

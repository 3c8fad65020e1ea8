; FRAME:AUTO procedures under OPTION WIN64:3 (bit 0 homes the register
; parameters, bit 1 reserves INVOKE shadow space once per procedure,
; bit 2 aligns locals to 16): USES with GPRs and XMMs, parameters of
; several sizes, locals of several sizes, an INVOKE inside the body (not
; directly before the epilogue: see frameauto_nop.asm), and a proc with
; neither.  Generated code and unwind codes must be JWasm's.  The
; procedures are inc/win64_body.inc, shared by win64_0..7.
; ARGS: -I regress/obj/proc/inc
; CHECK: llvm-readobj --unwind
; CHECK: objdump -dr -M intel
OPTION WIN64:3
INCLUDE win64_body.inc

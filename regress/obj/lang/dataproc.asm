; Issue 11 item 15 (MASM64 SDK m64lib rrand/irand, corpus finding 36): a
; data label defined inside a PROC (in another segment or in the code
; itself, plain or of a STRUCT type) is not local to the procedure: other
; procedures see it; a second definition in another PROC is A2005
; (regress/err/lang_dataproc.asm). Code labels `x:` stay local.
; CHECK: objdump -d -r -M intel
; CHECK: objdump -s -j .data
pair STRUCT
  lo dd ?
  hi dd ?
pair ENDS
.code
seed_it PROC
  .data
    seed_v dq 5
    both pair <1, 2>
  .code
  jmp skip
    inline_v dd 7
skip:
  mov seed_v, rax
  ret
seed_it ENDP
use_it PROC
  mov rax, seed_v
  mov ecx, both.hi
  mov edx, inline_v
skip:
  ret
use_it ENDP
END

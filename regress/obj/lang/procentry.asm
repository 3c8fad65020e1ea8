; Issue 11 (corpus corert StubDispatch, WriteBarriers, CallDescrWorker):
; data labels defined inside a PROC are global (other procedures and PUBLIC
; see them), and ml64 types a public label as a function (COFF type 20h)
; when it is defined inside a PROC at the PROC's own offset, in whatever
; section: an alternate entry right at the start, or a pointer in .const
; that happens to sit at the offset the PROC starts at.
; CHECK: objdump -d -M intel
; CHECK: llvm-readobj --symbols
.code
start_fn PROC
second_name LABEL PROC
PUBLIC second_name
  nop
later_name LABEL PROC
PUBLIC later_name
  .const
  ALIGN 8
fn_pointer DQ OFFSET later_name
PUBLIC fn_pointer
other_pointer DQ OFFSET start_fn
PUBLIC other_pointer
  .code
inline_table DD 1, 2
  ret
start_fn ENDP
user_fn PROC
  mov eax, inline_table
  mov rax, fn_pointer
  ret
user_fn ENDP
END

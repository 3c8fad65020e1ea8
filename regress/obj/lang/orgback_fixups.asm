; A backward ORG later in a section: the fields of the fragments before
; it (a relocation, a label difference, '$' after an ALIGN) keep their
; values.  They were lost (zero bytes, no relocation, exit 0) when only
; the fragments after the backward ORG had their fields resolved (#15).
; CHECK: objdump -s -j .data
; CHECK: objdump -r
EXTERN ext:PROC
.data
a0 dq ext
a1 dd a1 - a0
   db 1
   ALIGN 8
a2 dq $ - a0
   dq 1
   ORG $-8
   dq 2
   dq a2
END

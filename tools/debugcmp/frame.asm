; frame.asm - tools/debugcheck.sh: parameters and LOCALs (ml64 makes the
; rbp frame), STRUCT, RECORD and TYPEDEF types of data and locals.
PAIR STRUCT
  lo    DWORD ?
  hi    DWORD ?
PAIR ENDS
BITS3 RECORD top:2, mid:3, bot:3
COUNT TYPEDEF DWORD
.data
apair   PAIR <>
abits   BITS3 <>
acount  COUNT 7
.code
mix PROC a1:QWORD, a2:DWORD, a3:WORD
        LOCAL p:PAIR, n:QWORD
        mov     rax, a1
        mov     eax, p.hi
        mov     n, rax
        ret
mix ENDP

leaf PROC
        LOCAL scratch:QWORD
        mov     scratch, rcx
        mov     rax, scratch
        ret
leaf ENDP
END

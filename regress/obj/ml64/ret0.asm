; issue 10 item 3: `ret 0` is C3 as ml64 writes it, a nonzero count stays C2
; (ml64 14.12 does not know RETN: A2008).
; CHECK: objdump -dr -M intel
.code
f1 PROC
        ret     0
f1 ENDP
f2 PROC
        ret     0
        ret     8
        ret     0Ch
        ret
f2 ENDP
END

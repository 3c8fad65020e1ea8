; issue 10 item 0: an absolute address outside the sign-extended disp32
; range is reached only by mov with the accumulator (moffs64); anything
; else is A2070, as ml64 14.12 says (checked under wine).
.code
f1 PROC
        mov     ecx, dword ptr [80000000h]      ; ERROR A2070
        ret
f1 ENDP
END

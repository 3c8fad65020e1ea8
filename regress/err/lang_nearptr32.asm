; NEAR PTR of a 32-bit register: A2032 in ml64 14.12 (only a 64-bit
; register takes it: obj/lang/nearptrreg).
.code
 jmp near ptr eax                       ; ERROR A2032
END

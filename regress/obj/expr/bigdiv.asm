; Division and MOD of 64-bit literals with bit 63 set.  A literal such as
; 0FFFFFFFFFFFFFFFFh is a positive magnitude (JWasm keeps it unsigned, as
; MASM keeps a magnitude and a sign), so /16 gives 0FFFFFFFFFFFFFFFh and
; MOD 16 gives 0Fh; a negative operand (-16) divides signed.
; Oracle JWasm only; ml64's result has not been observed.
; CHECK: objdump -s -j .data
.data
        DQ 8000000000000000h / 2
        DQ 0FFFFFFFFFFFFFFFFh / 16
        DQ 0FFFFFFFFFFFFFFFFh MOD 16
        DQ -16 / 2
END

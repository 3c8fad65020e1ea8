; REAL8 and REAL4 arguments to a VARARG procedure: a variadic callee
; reads argument N from the integer register, but the ABI also wants it
; in XMMn, so we load the integer register (as JWasm does) and then copy
; it with `movq xmmN, rN` (JWasm does not; intentional difference).
; The expectation is JWasm's output for vararg_real.jwasm: the sequence
; JWasm's own INVOKE generates for this file, written out as plain
; instructions, with a movq after each REAL8 argument's register load.
; CHECK: objdump -dr -M intel
vf PROTO :QWORD, :VARARG
.data
fmt     DB "%f %d %f %f %f", 10, 0
dv1     REAL8 1.25
dv2     REAL8 -2.5
.code
caller PROC
        sub     rsp, 38h
        invoke  vf, ADDR fmt, dv1
        invoke  vf, ADDR fmt, dv1, 3, dv2, dv1, dv2
        add     rsp, 38h
        ret
caller ENDP
END

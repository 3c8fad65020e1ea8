; issue 10 items 5 and 6: LEA ignores a segment override; TYPE NEAR/PROC is
; 0FF08h and TYPE FAR 0FF06h in 64-bit code, as ml64 14.12 says.
; CHECK: objdump -dr -M intel
.code
f proc
 mov eax, TYPE NEAR
 mov eax, TYPE FAR
 mov eax, TYPE PROC
 mov eax, TYPE f
 mov eax, TYPE(NEAR)
 lea rax, gs:[1234h]
 lea rax, fs:[rbx+8]
 ret
f endp
end

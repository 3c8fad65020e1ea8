; issue 10 item 8: LOW32 of a relocatable value is an ADDR32 relocation on
; the low four bytes of the field (JWasm 2.21; ml64 14.12 refuses it, A2105).
; `mov rax, dword ptr LOW32 v` (JWasm: 48 C7 C0 + ADDR32) is not done.
; CHECK: objdump -dr -M intel
.data
v dq 0
.code
f proc
 mov rax, LOW32 v
 mov eax, LOW32 v
 ret
f endp
end

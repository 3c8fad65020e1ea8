; issue 10 (items 11, 12): lea rax, OFFSET v is lea rax, v; a [rip+label]
; operand always gets a REL32 relocation, also to a label of its own section,
; as ml64 writes it (branches are resolved).
; CHECK: objdump -dr -M intel
.data
v dd 0
.code
f proc
 ret
f endp
g proc
 call f
 lea rax, f
 lea rdx, OFFSET v
 mov eax, dword ptr [g]
 jmp f
l1:
 ret
g endp
end

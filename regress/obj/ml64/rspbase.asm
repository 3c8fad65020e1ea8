; rsp (esp) added to another register without a scale is the base, the
; other register the index, as ml64 14.12 encodes it: [rax+rsp] is
; 8B 04 04 (asm said A2032, rsp being no index); written with a scale,
; [rax+rsp*1], it stays an error (err/rsp_index).
; CHECK: objdump -dr -M intel
.code
 mov eax, [rax+rsp]
 mov eax, [rax+rsp+8]
 mov eax, [rax][rsp]
 mov eax, [rax][rsp+4]
 mov eax, 8[rax+rsp]
 mov eax, [eax+esp]
 mov eax, [r13+rsp]
 mov eax, [rbp+rsp]
 lea rcx, [r12+rsp-16]
 mov eax, [rsp][rax*2]
 mov eax, [rax*2][rsp]
end

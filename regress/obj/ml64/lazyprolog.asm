; issue 10 item 7: plain PROC prologues as ml64: written at the first
; instruction (an empty PROC with a parameter emits nothing and does not move
; the next PROC), LOCAL space reserved with add rsp, -n.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --symbols
.code
g proc a:dword
g endp
h proc a:dword
 local x:qword
 mov eax, a
 ret
h endp
k proc
 local y:dword
h2:
 mov y, ecx
 ret
k endp
m proc uses rbx rsi pq:qword
 mov rbx, pq
 ret
m endp
end

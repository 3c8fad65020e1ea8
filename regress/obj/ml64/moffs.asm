; issue 10 item 0: absolute addresses at or above 80000000h (and below
; -80000000h) use mov's moffs64 forms A0-A3 as ml64 does; in range, disp32.
; CHECK: objdump -dr -M intel
.code
 mov eax, dword ptr [7FFFFFFFh]
 mov eax, dword ptr [80000000h]
 mov dword ptr [80000000h], eax
 mov rax, qword ptr [123456789h]
 mov qword ptr [0FFFFFFFF80000000h], rax
 mov ax, word ptr [80000000h]
 mov al, byte ptr [-1]
 mov eax, dword ptr [-80000000h]
 mov eax, dword ptr gs:[80000000h]
 mov rax, qword ptr gs:[30h]
end

; issue 10: ml64 14.12's order of the legacy prefixes (doc/encoding-choices.md,
; "Prefix order"): lock and the mandatory 66/F2/F3 first when no REX follows,
; right before the REX otherwise; rep first; then 67, the operand-size 66,
; the segment.  The forms the regress/enc ml64 column has no example of:
; lock and rep with 67, segments and REX, and a few mandatory prefixes.
; CHECK: objdump -d -M intel
.code
 lock add word ptr fs:[eax], 1
 lock add word ptr [r8d], 1
 rep stosw
 rep movs word ptr [edi], word ptr [esi]
 movs word ptr [edi], word ptr fs:[esi]
 pause
 popcnt ax, word ptr fs:[eax]
 popcnt r8w, word ptr fs:[eax]
 crc32 r8d, word ptr gs:[eax]
 movq xmm0, qword ptr fs:[eax]
 movq xmm8, qword ptr fs:[eax]
 pinsrw xmm1, word ptr gs:[eax], 1
 pinsrw xmm9, word ptr gs:[eax], 1
 lock cmpxchg16b oword ptr gs:[eax]
 movsd xmm1, qword ptr gs:[eax]
 movsd xmm9, qword ptr gs:[eax]
 movbe ax, word ptr gs:[eax]
 movbe r9w, word ptr gs:[eax]
 fnstsw ax
 fstsw ax
 fstsw word ptr fs:[eax]
 mov ax, word ptr gs:[r9d]
 xlat byte ptr gs:[ebx]
 rep stos qword ptr [edi]
 rep stos word ptr [edi]
 rep stos dword ptr [edi]
 rep movs qword ptr [edi], qword ptr fs:[esi]
 rep movs word ptr [edi], word ptr fs:[esi]
 repne scas qword ptr [edi]
 lock add qword ptr fs:[eax], 1
 lock add qword ptr fs:[rax], 1
 lock add word ptr fs:[r8], 1
 lock xadd word ptr fs:[eax], r9w
 lock xadd word ptr fs:[eax], cx
end

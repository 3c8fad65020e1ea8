; issue 10: vector moves as ml64 14.12 writes them (doc/encoding-choices.md):
; the load opcode kept with a 3-byte VEX for register moves (vmovss/vmovsd
; with three operands, vmovq xmm, xmm), vmovq with memory as the VEX.W1
; r/m64 form (6E/7E), movq mm, mm with the store opcode 0F 7F.
; CHECK: objdump -d -M intel
.code
 vmovss xmm0, xmm5, xmm10
 vmovsd xmm1, xmm6, xmm11
 vmovss xmm1, xmm2, xmm3
 vmovq xmm3, xmm8
 vmovq xmm3, xmm4
 vmovq xmm11, qword ptr [rax]
 vmovq xmm3, qword ptr [rbx+127]
 vmovq qword ptr [rax], xmm5
 vmovq qword ptr [rbp], xmm8
 vmovq xmm1, rax
 vmovq rcx, xmm2
 movq mm0, mm5
 movq mm1, qword ptr [rax]
 movq qword ptr [rax], mm2
 movq xmm1, xmm9
 movq xmm1, qword ptr [rax]
end

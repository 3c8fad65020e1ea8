# GNU as twin of memops.asm: the oracle for memops.expect.
	.intel_syntax noprefix
	.text
f1:
	mov	eax, [rbx+rcx*4+8]
	mov	eax, [rbx+8]
	mov	eax, [rbx+rcx+8]
	mov	eax, [rbx+rcx*8+0x100]
	mov	eax, [rbx+rcx*8+0x100]
	mov	eax, [rbx+rcx*8-4]
	mov	eax, [rbx+rcx*2+8]
	mov	eax, [rsp+12]
	mov	eax, [r12]
	mov	eax, [r13]
	mov	eax, [rbp+rax]
	mov	al, byte ptr [rax]
	mov	ax, word ptr [rax]
	mov	eax, dword ptr [rax]
	mov	rax, qword ptr [rax]
	inc	byte ptr [rax]
	inc	word ptr [rax]
	inc	qword ptr [rax]
	cmpxchg16b xmmword ptr [rax]
	cmpxchg16b xmmword ptr [rcx]
	mov	rax, fs:[0x30]
	mov	rax, gs:[0x60]
	mov	eax, gs:[rax]
	mov	ecx, fs:[rbx+rcx*2+4]
	ret
	.fill	10, 1, 0x90

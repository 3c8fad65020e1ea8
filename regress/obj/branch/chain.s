# GNU as twin of chain.asm: the oracle for chain.expect.
	.intel_syntax noprefix
	.text
f1:
	jmp	.Ll1
	jz	.Ll2
	.fill	125, 1, 0x90
.Ll1:
	.fill	10, 1, 0x90
.Ll2:
.Lback:
	.fill	60, 1, 0x90
	jnz	.Lfar1
	jmp	.Lafter_c
	.fill	60, 1, 0x90
	jmp	.Lback
	.fill	64, 1, 0x90
.Lafter_c:
	.fill	10, 1, 0x90
.Lfar1:
	jnz	.Ll3
	.fill	20, 1, 0x90
.Ll3:
	ret
	.fill	5, 1, 0x90

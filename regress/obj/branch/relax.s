# GNU as twin of relax.asm: the oracle for relax.expect.
	.intel_syntax noprefix
	.text
f1:
	jmp	.Lfwd_short
	jz	.Lfwd_short
	.fill	10, 1, 0x90
.Lfwd_short:
	jmp	.Lfwd_127
	.fill	127, 1, 0x90
.Lfwd_127:
	jmp	.Lfwd_128
	.fill	128, 1, 0x90
.Lfwd_128:
	jnz	.Lfwd_jcc_far
	.fill	200, 1, 0x90
.Lfwd_jcc_far:
.Lback_126:
	.fill	126, 1, 0x90
	jmp	.Lback_126
.Lback_127:
	.fill	127, 1, 0x90
	jmp	.Lback_127
	jc	f1
	jmp	f1
	ret
	.fill	14, 1, 0x90

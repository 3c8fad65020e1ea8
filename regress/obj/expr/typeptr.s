# GNU as twin of typeptr.asm (hand-derived sizes): the oracle.
	.data
	.byte 1, 1, 2, 2, 4
	.byte 4, 6, 8, 8, 10
	.byte 16, 16, 32, 64
	.byte 4, 8, 10
	.byte 1, 2, 10
	.byte 64, 32
	.fill 10, 1, 0

; A legacy SSE form keeps the size check that the VEX form drops (ml64
; 14.12: A2022 for pxor with a qword label; vpxor takes it).
.data
q DQ 1, 2
.code
  vpxor xmm0, xmm1, q
  pxor xmm0, q           ; ERROR A2022
END

; A text macro may hold up to 1 MiB (ASM_MAX_TEXT_MACRO): doubling a
; 16-byte text 17 times goes over, an error at that line (it used to grow
; until the OOM killer came: 41 doublings are 32 TB; issue #17 item 8).
; ml64 stops much earlier (A2039 line too long at 256 bytes).
t0 TEXTEQU <0123456789abcdef>
t1 CATSTR t0, t0
t2 CATSTR t1, t1
t3 CATSTR t2, t2
t4 CATSTR t3, t3
t5 CATSTR t4, t4
t6 CATSTR t5, t5
t7 CATSTR t6, t6
t8 CATSTR t7, t7
t9 CATSTR t8, t8
t10 CATSTR t9, t9
t11 CATSTR t10, t10
t12 CATSTR t11, t11
t13 CATSTR t12, t12
t14 CATSTR t13, t13
t15 CATSTR t14, t14
t16 CATSTR t15, t15
t17 CATSTR t16, t16                    ; ERROR A2041
END

; /Zp8: the default alignment of a STRUCT that names none (ml64's structure
; packing).  Members are aligned to MIN(8, their size) but, unlike
; STRUCT 8 written out, the size is not padded to it (S3 is 9 bytes under
; /Zp8; with "S3 STRUCT 8" it would be 16).  An explicit alignment (S2)
; wins; unions and nested structs follow the same rule.
; The STRUCTs and data are inc/zp_body.inc, shared by zp2 and zp8.
; ARGS: -Zp8 -I regress/obj/types/inc
; CHECK: objdump -s -j .data
INCLUDE zp_body.inc

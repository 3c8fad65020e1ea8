; JWasm extension (issue 11): INCBIN <file> | "file" [, offset [, size]]
; copies a file's bytes (found as INCLUDE files are: here through -I).
; ARGS: -I regress/obj/lang/inc
; CHECK: objdump -s -j .data
.data
whole LABEL BYTE
INCBIN <blob.bin>
db '|'
INCBIN "blob.bin", 4
db '|'
INCBIN <blob.bin>, 10, 5
db '|'
INCBIN <blob.bin>, 0, 100
END

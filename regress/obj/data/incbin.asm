; INCBIN (JWasm): a file's bytes as data, searched as INCLUDE searches
; (here the -I directory), with an optional start offset
; and maximum size; an offset past the end gives nothing.  The file starts
; with the bytes of a UTF-8 BOM, which INCBIN keeps (a source would drop
; them).
; ARGS: -I regress/obj/data/inc
; CHECK: objdump -s -j .data
.data
DB 1
INCBIN <blob.bin>
DB 2
INCBIN <blob.bin>, 5
INCBIN "blob.bin", 3, 4
INCBIN <blob.bin>, 11, 100
INCBIN <blob.bin>, 100
DB 3
END

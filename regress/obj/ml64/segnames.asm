; issue 10 items 10 and 11: ml64's section names.  `.code _text` is the
; .code section (.text$mn); a segment name's part before the first `$`
; maps as _TEXT -> .text$mn, _DATA -> .data, CONST -> .rdata, _BSS -> .bss
; and the rest is kept (_TEXT$AB -> .text$mn$AB); other names stay.
; CHECK: llvm-readobj --sections
.code _text
        nop
.data
        db 1
_TEXT$AB SEGMENT
        ret
_TEXT$AB ENDS
_DATA$X SEGMENT
        db 2
_DATA$X ENDS
CONST$Z SEGMENT
        db 3
CONST$Z ENDS
_BSS$Q SEGMENT
        db ?
_BSS$Q ENDS
.code foo
        int 3
END

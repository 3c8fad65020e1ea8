; Directives that only change state or are accepted for compatibility:
; COMM (an external with its size as value), ALIAS (a weak external),
; .RADIX, PUSHCONTEXT/POPCONTEXT RADIX, the listing and cross-reference
; controls (.LIST .NOLIST .LISTALL .LISTMACRO .LISTMACROALL .NOLISTMACRO
; .LISTIF .NOLISTIF .CREF .NOCREF), TITLE SUBTITLE PAGE, and OPTION
; DOTNAME / NODOTNAME / SCOPED / NOSCOPED.
; CHECK: objdump -s -j .data
; CHECK: llvm-nm
TITLE directives test
SUBTITLE the subtitle
PAGE 60, 132
PAGE
.LIST
.NOLIST
.LISTALL
.LISTMACRO
.LISTMACROALL
.NOLISTMACRO
.LISTIF
.NOLISTIF
.CREF
.NOCREF
.LIST
COMM commvar:DWORD:4
ALIAS <aliasname> = <target>
EXTERN target:PROC
.code
f PROC
    mov eax, DWORD PTR commvar
    ret
f ENDP
.data
.RADIX 16
    DB 10                       ; 16
PUSHCONTEXT RADIX
.RADIX 8
    DB 10                       ; 8
POPCONTEXT RADIX
    DB 10                       ; 16 again
.RADIX 10
    DB 10
OPTION DOTNAME
.dotsym EQU 1
    DB .dotsym
OPTION NODOTNAME
OPTION NOSCOPED
OPTION SCOPED
END

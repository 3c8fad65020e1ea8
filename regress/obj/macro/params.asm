; Macro parameters: :REQ, :=default, :VARARG, LOCAL labels, EXITM with a
; value, macro functions called as name(args), a CStr-style function that
; puts a string in .const and returns OFFSET label (outside a PROC: see the
; README on labels defined inside one).
; CHECK: objdump -s -j .data -j .rdata
; CHECK: objdump -dr -M intel
.data
m_req MACRO a:REQ, b:=<22>, c
    DB a, b
    IFNB <c>
    DB c
    ENDIF
ENDM
    m_req 1
    m_req 2, 3
    m_req 4, , 5
    m_req 6, 7, 8

m_var MACRO first, rest:VARARG
    DB first
    FOR x, <rest>
    DB x + 10h
    ENDM
ENDM
    m_var 9, 8
    m_var 1, 2, 3, 4

m_loc MACRO
    LOCAL l1, l2
l1  LABEL BYTE
    DB 0AAh
l2  DW l2 - l1
ENDM
    m_loc
    m_loc

addf MACRO x, y
    EXITM %(x + y)
ENDM
    DB addf(3, 4), addf(addf(1, 2), 10h)

CStr MACRO text:VARARG
    LOCAL s
    .const
s   DB text, 0
    .code
    EXITM <OFFSET s>
ENDM
.code
    mov rax, CStr("hi")
    mov edx, DWORD PTR CStr("x")
    mov rcx, CStr("two", 33)
    ret
END

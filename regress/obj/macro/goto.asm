; GOTO :label inside a macro: a forward jump over lines, and a backward
; jump forming an assembly-time loop.  A `:label' line reached by falling
; through (not by GOTO) is skipped, as ml64 does (it is not a statement).
; CHECK: objdump -s -j .data
.data
m_fwd MACRO
    GOTO done
    DB 0EEh
:done
    DB 0FFh
ENDM
    m_fwd

m_loop MACRO n
    cnt = 0
:again
    cnt = cnt + 1
    DB cnt
    IF cnt LT n
      GOTO again
    ENDIF
ENDM
    m_loop 3
    m_loop 1

m_fall MACRO
:unused
    DB 0AAh
ENDM
    m_fall
END

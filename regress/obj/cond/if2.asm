; IF2 / ELSEIF2 under OPTION SETIF2:TRUE: true (every pass counts as the
; second), so the IF2 branch is assembled; IF1 stays true too.
; CHECK: objdump -s -j .data
OPTION SETIF2:TRUE
.data
IF2
    DB 1
ELSE
    DB 0EEh
ENDIF
IF 0
    DB 0EEh
ELSEIF2
    DB 2
ENDIF
IF1
    DB 3
ENDIF
END

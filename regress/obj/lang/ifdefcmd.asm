; Item 11 of issue 11: names defined on the command line count for IFDEF
; (-D _M_X64 and -D NAME=value), in both passes.
; ARGS: -D _M_X64 -D LEVEL=7
; CHECK: objdump -s -j .data
.data
IFDEF _M_X64
  db 1
ELSE
  db 2
ENDIF
IFDEF LEVEL
  db LEVEL
ENDIF
IFNDEF LEVEL
  db 0EEh
ENDIF
IFDEF NOT_GIVEN
  db 0EEh
ENDIF
END

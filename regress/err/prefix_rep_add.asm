; REP on a non-string instruction: ml64 14.12 says A2068 (it was accepted
; silently; issue #15 item 6).
.code
        rep add eax, 1                  ; ERROR A2068
END

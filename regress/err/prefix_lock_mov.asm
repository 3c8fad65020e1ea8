; LOCK on an instruction that cannot take it: ml64 14.12 says A2068 (it was
; accepted silently; issue #15 item 6).
.code
        lock mov eax, ebx               ; ERROR A2068
END

; LOCK on a lockable instruction without a memory destination: ml64 14.12
; says A2070.
.code
        lock add eax, ebx               ; ERROR A2070
END

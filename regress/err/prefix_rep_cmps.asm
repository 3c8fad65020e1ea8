; CMPS/SCAS take REPE/REPNE; plain REP is A2068 in ml64 14.12 (and REPNE on
; MOVS).
.code
        rep cmpsb                       ; ERROR A2068
END

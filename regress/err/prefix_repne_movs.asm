; REPNE on MOVS: A2068 in ml64 14.12.
.code
        repne movsb                     ; ERROR A2068
END

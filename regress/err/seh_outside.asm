; A SEH directive outside any PROC: A2221.
.code
        .ALLOCSTACK 8                   ; ERROR A2221
END

; EXITM outside a macro or repeat block (A2170).
.data
    DB 1
    EXITM                       ; ERROR A2170
END

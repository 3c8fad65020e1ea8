; A label defined twice: the second definition is the error.
.data
x1      DB 1
x1      DB 2                            ; ERROR A2005
END

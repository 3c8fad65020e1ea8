; %expr inside a text function is the decimal text of the expression, in
; every run (the scanner once read past the end of the argument into
; unset bytes: DB 0 or A2026 in about one run in three; issue #17 item 1,
; #15 item 5).  The valgrind pass of `make test` runs this file too.
; CHECK: objdump -s -j .data
S   STRUCT
a   DB ?
d   DD ?
S   ENDS
x = 16
.data
    DB @CatStr(%x)
    DB @CatStr(%S.d)
    DB @CatStr(%1+2)
    DB @CatStr(%x, <+1>)
    DB @SubStr(%x*10, 2)
y   CATSTR %x+x, <-2>
    DB y
END

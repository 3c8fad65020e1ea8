; A name starting with a dot without OPTION DOTNAME (ml64 14.12: A2008).
.data
.counter dd 3 ; ERROR A2008
END

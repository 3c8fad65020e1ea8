; A string without its closing quotation mark.
.data
s1      DB "abc                         ; ERROR A2046
END

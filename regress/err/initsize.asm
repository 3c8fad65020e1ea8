; A data initializer too large for its size.
.data
b1      DB 300                          ; ERROR A2071
END

; A RECORD wider than 64 bits.
R RECORD a:40, b:30               ; ERROR A2089
END

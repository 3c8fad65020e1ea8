; A string longer than its field is too many initial values too.
S STRUCT
  n BYTE "ab"
S ENDS
.data
v S <"abc">                       ; ERROR A2036
END

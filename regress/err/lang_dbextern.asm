; EXTERN x:DB is not a BYTE for ml64 14.12 (its TYPE is 4): A2022.
EXTERN ext_b:DB
.code
  mov al, ext_b ; ERROR A2022
END

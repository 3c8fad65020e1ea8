; A data declaration with a distance TYPEDEF (ml64 14.12: A2104).
near_fn TYPEDEF NEAR
.data
p near_fn 0            ; ERROR A2104
END

; Issue 11: in a TEXTEQU <literal>, `!c` is the character c, as in macro
; arguments and CATSTR: ml64 14.12 defines t1 as ">;" and t2 as "a!b"
; (asm kept the `!`).  Each value is written out as a string.
; CHECK: objdump -s -j .data
.data
t1 TEXTEQU <!>!;>
t2 TEXTEQU <a!!b>
t3 TEXTEQU <!<x>
t4 TEXTEQU <<a>>, <b!!>, t1
% db "&t1&", 0
% db "&t2&", 0
% db "&t3&", 0
% db "&t4&", 0
db @SizeStr(%t1), 0
END

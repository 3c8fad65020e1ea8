; INCLUDELIB puts `/DEFAULTLIB:<name> ' into the .drectve section, in
; source order.
; CHECK: objdump -s -j .drectve
INCLUDELIB kernel32.lib
INCLUDELIB user32.lib
INCLUDELIB <msvcrt.lib>
.code
f1 PROC
        ret
f1 ENDP
END

; Item 10 of issue 11: INCLUDE names as Windows sources write them.  A
; backslash is a separator on every host; a drive-absolute name (\x\y.inc,
; C:\x\y.inc) that does not exist as written is tried under $ASM_ROOT and
; under each -I directory with its leading directories removed one at a
; time; names match ignoring case, as on Windows.  ml64's golden comes from
; incpath.jwasm, the same includes written as ml64 finds them on Windows.
; ARGS: -I regress/obj/lang/inc
; CHECK: objdump -s -j .data
INCLUDE sub\one.inc
INCLUDE \sdkroot\inc\sub\two.inc
INCLUDE C:\sdkroot\Inc\THREE.INC
.data
db one_val, two_val, three_val
END

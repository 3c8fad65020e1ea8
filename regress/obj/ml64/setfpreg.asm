; issue 10 (real-world finding 19): UWOP_SET_FPREG carries the frame register
; in its OpInfo nibble (53h for rbp), as ml64 14.12 and JWasm write it.
; CHECK: objdump -s -j .xdata
.code
f proc frame
 push rbp
 .pushreg rbp
 mov rbp, rsp
 .setframe rbp, 0
 .endprolog
 pop rbp
 ret
f endp
end

; Issue 11 (JWasm extension): the distance types NEAR32 FAR32 NEAR16 FAR16.
; TYPE gives JWasm's values (0FF04h, 0FF06h, 0FF02h, 0FF05h; TYPE NEAR is
; 0FF08h in both); EXTERN x:NEAR32 and PROC NEAR32 are plain code.
; CHECK: objdump -dr -M intel
; CHECK: objdump -s -j .data
n32t TYPEDEF NEAR32
f16t TYPEDEF FAR16
.data
  DD TYPE near32, TYPE far32, TYPE near16, TYPE far16, TYPE near
  DD TYPE n32t, TYPE f16t
.code
EXTERN helper:NEAR32
caller PROC NEAR32
  call helper
  ret
caller ENDP
END

; Issue 11 (item 14), as ml64 14.12 reads them:
; - `pfn TYPEDEF NEAR` / `FAR`: a distance type; TYPE and SIZEOF give
;   0FF08h / 0FF06h; LABEL and EXTERN of it are code (a data declaration
;   with it is A2104: err/lang_neardata);
; - TYPE of a parenthesised expression: TYPE (LOWWORD n) is 0, TYPE (v) the
;   size of v;
; - member access as `[rbx].S.field`, `[rbx.S].field`, `(S PTR [rbx]).field`.
; CHECK: objdump -dr -M intel
; CHECK: objdump -s -j .data
S STRUCT
  first  DD ?
  second DQ ?
S ENDS
near_fn TYPEDEF NEAR
far_fn  TYPEDEF FAR
EXTERN callee:near_fn
.data
v DQ 0
  DD TYPE near_fn, TYPE far_fn, SIZEOF near_fn
  DD TYPE (LOWWORD 12345678h), TYPE (HIGHWORD 12345678h), TYPE (v), TYPE (v+8)
.code
PUBLIC entry
entry LABEL near_fn
  mov eax, [rbx].S.first
  mov rax, [rbx.S].second
  mov rax, (S PTR [rbx]).second
  mov rax, [rcx+8].S.second
  mov rax, (S PTR [rbx+rcx*2]).second
  lea rdx, [rsi.S].second
  call callee
  jmp entry
END

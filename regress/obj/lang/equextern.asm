; Corpus finding 26 (issue 11): a name EQU'd to a decorated C++ name not
; defined yet is a text macro, so EXTERN and CALL through it name the
; decorated symbol.
; CHECK: objdump -dr -M intel
; CHECK: llvm-nm -u
HOOK_FN EQU ?Hook@Worker@@SAXXZ
EXTERN HOOK_FN : PROC
.code
caller PROC
  call HOOK_FN
  ret
caller ENDP
END

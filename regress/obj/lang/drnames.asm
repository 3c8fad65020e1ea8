; Issue 11: dr4 and dr5 are no reserved words in ml64 14.12 (the debug
; registers it knows are dr0-dr3, dr6, dr7): they name data here, and
; `mov rax, dr4` loads it.  (`rip` is a name in ml64 too; asm keeps it as
; the RIP register of `[rip+n]`, see doc/language.md.)
; CHECK: objdump -dr -M intel
.data
dr4 DQ 2
dr5 DQ 3
.code
  mov rax, dr4
  mov rcx, dr5
  mov rax, dr7
  mov dr0, rax
  ret
END

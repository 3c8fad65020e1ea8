; OPTION DLLIMPORT:<dll> makes the following PROTOs imports: INVOKE calls
; them through the import address table, `call qword ptr [__imp_name]`
; (REL32 to __imp_name); OPTION DLLIMPORT:NONE ends that, and a later
; PROTO is a direct call again.
; CHECK: objdump -dr -M intel
OPTION DLLIMPORT:<msvcrt.dll>
puts PROTO :QWORD
abs PROTO :DWORD
OPTION DLLIMPORT:NONE
local_fn PROTO :QWORD
.data
msg     DB "hi", 0
.code
caller PROC
        sub     rsp, 28h
        invoke  puts, ADDR msg
        invoke  abs, -3
        invoke  local_fn, rax
        add     rsp, 28h
        ret
caller ENDP
END

; Issue 11 (item 14; corpus JWasm sample Win64_6p): a PROTO under OPTION
; DLLIMPORT that is only INVOKEd is referenced as __imp_name alone; no
; external `name` is written (JWasm).  A plain reference (lea) still makes
; the external.
; CHECK: objdump -dr -M intel
; CHECK: llvm-nm
OPTION DLLIMPORT:<msvcrt>
report PROTO :QWORD, :VARARG
flushall_ PROTO
getaddr PROTO
OPTION DLLIMPORT:NONE
.data
text DB "x", 0
.code
main PROC
  sub rsp, 28h
  invoke report, ADDR text, 1
  invoke flushall_
  invoke getaddr
  lea rax, getaddr
  add rsp, 28h
  ret
main ENDP
END

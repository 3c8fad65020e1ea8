# A fatal error inside OPTION PROLOGUE's macro (a missing INCLUDE; ml64
# 14.12: fatal error A1000, exit status 1) ends the run like any other:
# exit status 1, no object, and nothing leaked (the sanitizer pass runs
# this with build-san/asm, where a leak is exit status 23).  The fuzzer
# found the arguments of the macro call leaked (session 7).
. "$SRC/regress/cli/lib.sh"
cat >pro.asm <<'ASM'
my_pro MACRO procname, flags, parmbytes, localbytes, reglist, userparms
    INCLUDE missing_prologue_file.inc
    EXITM <0>
ENDM
OPTION PROLOGUE:my_pro
.code
f PROC
    ret
f ENDP
END
ASM
expect_rc 1 -c -nologo -Fo pro.obj pro.asm
out_has 'fatal error A1000: cannot open file : missing_prologue_file\.inc'
must_not_exist pro.obj

#!/usr/bin/env bash
# record-asm.sh: stands in for ./asm and records each invocation, so that
# samecheck.sh can replay it with two builds.  Usage:
#   ASM_REAL=/path/to/asm ASM_RECORD=/tmp/list tools/bench/record-asm.sh ARGS...
# e.g. make realworld ... ARGS="--asm $PWD/tools/bench/record-asm.sh" with
# ASM_REAL and ASM_RECORD exported.  Appends "cwd<TAB>args" (bash-quoted).
line=$(printf '%q' "$PWD")$'\t'
for a in "$@"; do line+="$(printf '%q' "$a") "; done
printf '%s\n' "$line" >>"${ASM_RECORD:?}"
exec "${ASM_REAL:?}" "$@"

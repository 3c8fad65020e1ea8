# tools/realworld/realworld.py (`make realworld`) on a tiny fake mirror made
# here: a git repository with a few sources of our own, a manifest pinning
# its commit, and a fake reference assembler (./asm behind a script that
# uncomments `;FAKEREF` lines, so a file can differ on purpose, and sleeps
# on files that say `;SLOW`).  Every status the harness prints is
# checked: PASS, DIFF:<what>, FAIL:<first error>, the timeout, the summary
# per kind and per repository, `N passed, M failed`, --only and --json.
. "$SRC/regress/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || cli_fail "python3 missing"
command -v git >/dev/null 2>&1 || cli_fail "git missing"
RW="python3 $SRC/tools/realworld/realworld.py"

# the fake reference: same command line as ml64 (/c /nologo /Fo<obj> ... src)
cat >fakeref <<EOF2
#!/bin/sh
src=
for a in "\$@"; do src=\$a; done
grep -q ';SLOW' "\$src" && sleep 30
sed 's/^;FAKEREF//' "\$src" >"\$src.ref.asm"
n=\$#
i=1
set -- "\$@" ""
args=
while [ \$i -lt \$n ]; do args="\$args \$1"; shift; i=\$((i + 1)); done
# shellcheck disable=SC2086
"$ASM" \$args "\$src.ref.asm"
rc=\$?
rm -f "\$src.ref.asm"
exit \$rc
EOF2
chmod +x fakeref

mkdir -p mirror/test+proj/work "mirror/test+proj/work/dir with space"
cd mirror/test+proj/work || exit 1
git init -q . && git config user.email t@example.com && git config user.name t
cat >same.asm <<'ASM'
.data
n       dq 7
.code
get     proc
        mov     rax, n
        ret
get     endp
        end
ASM
cat >differ.asm <<'ASM'
.code
f       proc
        xor     eax, eax
;FAKEREF        inc     eax
        ret
f       endp
        end
ASM
cat >broken.asm <<'ASM'
;FAKEREF nosuch equ 1
.code
        mov     eax, nosuch
        end
ASM
cat >slow.asm <<'ASM'
;SLOW
.code
        nop
        end
ASM
cat >"dir with space/one.asm" <<'ASM'
.code
one     proc
        mov     eax, 1
        ret
one     endp
        end
ASM
cat >"dir with space/two.asm" <<'ASM'
include gen.inc
.code
get_two proc
        mov     eax, TWO
        ret
get_two endp
        end
ASM
cat >consts.h <<'ASM'
#define VAL(x) x equ (x##_BASE + 1)
#define TWO_BASE 1
VAL(TWO)
ASM
git add -A && git commit -q -m corpus || cli_fail "git commit"
C=$(git rev-parse HEAD)
cd ../../.. || exit 1
mv mirror/test+proj/work/.git mirror/test+proj/repo
rm -rf mirror/test+proj/work
T=$(printf '\t')
cat >corpus.tsv <<EOF2
# test corpus
same${T}test/proj${T}$C${T}same.asm${T}obj${T}-${T}-${T}
differ${T}test/proj${T}$C${T}differ.asm${T}obj${T}-${T}-${T}
broken${T}test/proj${T}$C${T}broken.asm${T}obj${T}-${T}-${T}
sp${T}test/proj${T}$C${T}dir with space/*.asm${T}obj${T}-${T}cpp:gen.inc=consts.h${T}glob, spaces, a recipe
acc${T}test/proj${T}$C${T}same.asm${T}acc:get${T}-${T}-${T}
accmiss${T}test/proj${T}$C${T}same.asm${T}acc:get,nothere${T}-${T}-${T}
slow${T}test/proj${T}$C${T}slow.asm${T}obj${T}-${T}-${T}
EOF2

$RW --mirrors mirror --ml64 "$PWD/fakeref" --asm "$ASM" --corpus corpus.tsv \
	--cache cache --timeout 5 --json res.json >out.txt 2>&1
rc=$?
cat out.txt
[ "$rc" -eq 1 ] || cli_fail "exit status $rc, expected 1 (some cases fail)"
out_has '^same: PASS$'
out_has '^differ: DIFF:\.text\$mn\+0x2 \(bytes\)$'
out_has '^broken: FAIL:broken\.asm\(3\) : error A2006: undefined symbol : nosuch$'
out_has '^sp/one: PASS$'
out_has '^sp/two: PASS$'
out_has '^acc: PASS$'
out_has '^accmiss: DIFF:public nothere missing$'
out_has '^slow: FAIL:.*timeout after 5s'
out_has '^obj +6 +3$'
out_has '^acc +2 +1$'
out_has '^test/proj +8 +4$'
tail -n 1 out.txt | grep -qx '4 passed, 4 failed' || cli_fail "last line: $(tail -n 1 out.txt)"
python3 - <<'PY' || cli_fail "res.json"
import json
d = json.load(open("res.json"))
assert d["passed"] == 4 and d["failed"] == 4, d
st = {r["case"]: r["status"] for r in d["results"]}
assert st["differ"] == "DIFF" and st["broken"] == "FAIL" and st["sp/two"] == "PASS", st
PY

# --only, and a clean run exits 0; the reference's object comes from the cache
$RW --mirrors mirror --ml64 "$PWD/fakeref" --asm "$ASM" --corpus corpus.tsv \
	--cache cache --only sp/ --only same >out.txt 2>&1 || { cat out.txt; cli_fail "--only run failed"; }
[ "$(grep -c ': PASS$' out.txt)" -eq 3 ] || { cat out.txt; cli_fail "--only: expected 3 cases"; }
tail -n 1 out.txt | grep -qx '3 passed, 0 failed' || cli_fail "--only: $(tail -n 1 out.txt)"
# a missing mirror is a failure of the case, not of the harness
sed 's#test/proj#test/gone#' corpus.tsv >gone.tsv
$RW --mirrors mirror --ml64 "$PWD/fakeref" --asm "$ASM" --corpus gone.tsv --cache cache \
	--only same >out.txt 2>&1
out_has '^same: FAIL:no mirror of test/gone'
echo "realworld: all checks passed"

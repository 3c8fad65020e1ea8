# tools/realworld/realworld.py's kat and run kinds on a fake mirror: a C
# driver of the test's own linked with MinGW gcc and run under wine, for
# our object and for a fake reference's (./asm behind a script that
# uncomments `;FAKEREF` lines).  Needs wine with a ready prefix: the one
# regress/lib/run.sh makes (build/regress/wineprefix); on a fresh clone it
# exists only for the second pass of `make test`, so the first one skips.
. "$SRC/regress/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || cli_fail "python3 missing"
command -v wine >/dev/null 2>&1 || cli_fail "wine missing"
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || cli_fail "x86_64-w64-mingw32-gcc missing"
WINEPREFIX=$SRC/build/regress/wineprefix
[ -f "$WINEPREFIX/system.reg" ] || cli_skip "no wine prefix yet ($WINEPREFIX; the run tests make it)"
export WINEPREFIX
RW="python3 $SRC/tools/realworld/realworld.py"

cat >fakeref <<EOF2
#!/bin/sh
src=
for a in "\$@"; do src=\$a; done
sed 's/^;FAKEREF//' "\$src" >"\$src.ref.asm"
n=\$#
i=1
args=
while [ \$i -lt \$n ]; do args="\$args \$1"; shift; i=\$((i + 1)); done
# shellcheck disable=SC2086
"$ASM" \$args "\$src.ref.asm"
rc=\$?
rm -f "\$src.ref.asm"
exit \$rc
EOF2
chmod +x fakeref
mkdir -p mirror/t+p/w kat
cd mirror/t+p/w || exit 1
git init -q . && git config user.email t@example.com && git config user.name t
cat >answer.asm <<'ASM'
.code
answer  proc
        mov     eax, 42
        ret
answer  endp
        end
ASM
cat >off.asm <<'ASM'
.code
answer  proc
        mov     eax, 41
;FAKEREF        inc     eax
        ret
answer  endp
        end
ASM
git add -A && git commit -q -m c || cli_fail "git commit"
C=$(git rev-parse HEAD)
cd ../../.. || exit 1
mv mirror/t+p/w/.git mirror/t+p/repo && rm -rf mirror/t+p/w
cat >kat/answer.c <<'C'
#include <stdio.h>
extern int answer(void);
int main(void)
{
	int a = answer();
	printf("answer %d\n", a);
	if (a != 42) { printf("mismatch: answer() is %d, want 42\n", a); return 1; }
	return 0;
}
C
T=$(printf '\t')
cat >corpus.tsv <<EOF2
kat-ok${T}t/p${T}$C${T}answer.asm${T}kat:answer${T}-${T}-${T}
kat-bad${T}t/p${T}$C${T}off.asm${T}kat:answer${T}-${T}-${T}
run-ok${T}t/p${T}$C${T}answer.asm${T}run:driver=answer${T}-${T}-${T}
run-bad${T}t/p${T}$C${T}off.asm${T}run:driver=answer${T}-${T}-${T}
EOF2
$RW --mirrors mirror --ml64 "$PWD/fakeref" --asm "$ASM" --corpus corpus.tsv \
	--cache cache --timeout 50 >out.txt 2>&1
rc=$?
cat out.txt
[ "$rc" -eq 1 ] || cli_fail "exit status $rc, expected 1"
out_has '^kat-ok: PASS$'
out_has '^kat-bad: DIFF:kat: mismatch: answer\(\) is 41, want 42$'
out_has '^run-ok: PASS$'
out_has '^run-bad: DIFF:run: exit status 1, ml64.s build 0$'
tail -n 1 out.txt | grep -qx '2 passed, 2 failed' || cli_fail "last line: $(tail -n 1 out.txt)"
echo "realworld_run: all checks passed"

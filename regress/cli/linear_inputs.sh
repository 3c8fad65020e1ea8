# timeout: 600
# Inputs that used to take quadratic time (issue #17 item 9), each under
# a CPU-time limit (ulimit -t: independent of how busy the machine is):
# a STRUCT with 100k fields and an access to each (field lookup was a
# list walk: over 10 minutes), one .IF with 100k `||` terms (each term
# rescanned all jumps so far: 20 s), a PROC with 100k LOCALs.  Now about
# a second each (a few under the sanitizers, which run without the limit).
# `make bench` measures them at two sizes.
. "$SRC/regress/cli/lib.sh"
N=100000
awk -v n=$N 'BEGIN {
	print "S STRUCT"
	for (i = 0; i < n; i++) print "f" i " DD ?"
	print "S ENDS"
	print ".code"
	for (i = 0; i < n; i++) print "mov eax, [rbx].S.f" i
	print "END"
}' >struct.asm
awk -v n=$N 'BEGIN {
	print ".code"
	print "p PROC"
	printf ".IF eax == 0"
	for (i = 1; i < n; i++) printf " || eax == %d", i
	print ""
	print "inc ecx"
	print ".ENDIF"
	print "ret"
	print "p ENDP"
	print "END"
}' >hllif.asm
awk -v n=$N 'BEGIN {
	print ".code"
	print "p PROC"
	for (i = 0; i < n; i += 10) {
		printf "LOCAL l%d:DWORD", i
		for (k = i + 1; k < i + 10; k++) printf ", l%d:DWORD", k
		print ""
	}
	for (i = 0; i < n; i++) print "mov eax, l" i
	print "ret"
	print "p ENDP"
	print "END"
}' >locals.asm
# The same STRUCT after an anonymous nested UNION: a name missing from
# the field index was then looked for by walking every field (40 s for
# 100k fields); under 10 s of CPU time, about 0.1 s now.
awk -v n=$N 'BEGIN {
	print "S STRUCT"
	print "UNION"
	print "u1 DB ?"
	print "u2 DQ ?"
	print "ENDS"
	for (i = 0; i < n; i++) print "f" i " DD ?"
	print "S ENDS"
	print ".code"
	for (i = 0; i < n; i++) print "mov eax, [rbx].S.f" i
	print "mov rax, [rbx].S.u2"
	print "END"
}' >anon.asm
expect_rc_within "-t 10" 0 -q -Fo anon.obj anon.asm
must_exist anon.obj
# A STRUCT whose fields alternate with unnamed ones (what the fuzzer made
# of code lines in an unclosed STRUCT), and one with 100k anonymous
# members: a name not in the index was looked for through every unnamed
# field and member before (each new field checks its name), over 60 s of
# CPU time for the fuzzer's 12 KB input; the anonymous members' names
# are in the index now.
awk -v n=$N 'BEGIN {
	print "S STRUCT"
	for (i = 0; i < n; i++) print "DB ?\nf" i " DB ?"
	print "S ENDS"
	print ".code"
	print "mov eax, S.f" (n - 1)
	print "END"
}' >unnamed.asm
awk -v n=$N 'BEGIN {
	print "S STRUCT"
	for (i = 0; i < n; i++) print "UNION\nu" i " DB ?\nv" i " DD ?\nENDS\nf" i " DD ?"
	print "S ENDS"
	print ".code"
	print "mov eax, S.v" (n - 1)
	print "END"
}' >members.asm
for f in unnamed members; do
	expect_rc_within "-t 10" 0 -q -Fo $f.obj $f.asm
	must_exist $f.obj
done
for f in struct hllif locals; do
	expect_rc_within "-t 60" 0 -q -Fo $f.obj $f.asm
	must_exist $f.obj
done

# ml64 options that are not implemented are accepted with a warning that
# they are ignored; the object is still written and the status is 0.
. "$SRC/regress/cli/lib.sh"
write_ok
for o in /Fm /FR; do
	rm -f ok.obj
	expect_rc 0 /nologo $o ok.asm
	must_exist ok.obj
	out_has "[Ii]gnored"
	out_has "$o"
done

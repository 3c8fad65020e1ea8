# ml64's options whose argument may be the next word consume it: /Sl width,
# /Sp length, /Ss subtitle, /St title, /F hexnum (stack size), /Fe file.
# The word is never opened as a source.
# oracle: ml64 14.12 under wine, each of
#   ml64 /c /nologo /Sl 100 ok.asm   (/Sp 50, /Ss sub, /St tit, /F 1000, /Fe x.exe)
#   -> " Assembling: ok.asm", ok.obj, exit 0
#   ml64 /c /nologo /Sl100 ok.asm -> the same
#   ml64 /c /nologo /Sl ok.asm -> "fatal error A1013:invalid numerical
#   command-line argument : /Sl", no object, exit 1
. "$SRC/regress/cli/lib.sh"
write_ok
for o in "/Sl 100" "/Sp 50" "/Ss sub" "/St tit" "/F 1000" "/Fe x.exe" "/Sl100" "-Sl 100" "/St ok.asm"; do
	rm -f ok.obj
	# shellcheck disable=SC2086
	expect_rc 0 /nologo /c $o ok.asm
	out_empty
	must_exist ok.obj
	must_not_exist 100.obj sub.obj tit.obj 1000.obj x.obj 50.obj
done
rm -f ok.obj
expect_fail /nologo /c /Sl ok.asm
out_has 'A1013: invalid numerical command-line argument : /Sl'
must_not_exist ok.obj
expect_fail /nologo /c /F zz ok.asm
out_has 'A1013'

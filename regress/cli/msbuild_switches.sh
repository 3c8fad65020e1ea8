# What MSBuild passes to ml64 is accepted: /c /nologo /Zi /Zd /W3 /WX /Cp
# /Cx /Ta /Fo /Fl /I /D and /errorReport:prompt, silently.
. "$SRC/regress/cli/lib.sh"
write_ok
mkdir inc
expect_rc 0 /c /nologo /Zi /Fo"ms.obj" /W3 /errorReport:prompt /Ta ok.asm
out_empty
must_exist ms.obj
expect_rc 0 /c /nologo /Zd /Cp /Cx /WX /I inc /D NAME=1 /errorReport:none /Fo ms2.obj /Fl ms2.lst /Ta ok.asm
out_empty
must_exist ms2.obj ms2.lst
expect_rc 0 /nologo /c /errorReport:queue /Ta ok.asm
out_empty

# @file reads options (and file names) from a response file, with lines
# and blanks both separating arguments.
. "$SRC/regress/cli/lib.sh"
write_ok
printf '%s\n' '-nologo /Fo rsp.obj' '-Fl rsp.lst' >opts.rsp
expect_rc 0 @opts.rsp ok.asm
out_empty
must_exist rsp.obj rsp.lst
must_not_exist ok.obj
printf 'ok.asm\n' >files.rsp
expect_rc 0 -q -Fo viafile.obj @files.rsp
must_exist viafile.obj
same rsp.obj viafile.obj

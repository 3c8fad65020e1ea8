# -Fo naming an existing directory without a trailing separator also puts
# <base>.obj inside it (the directory must survive, empty or not).
. "$SRC/regress/cli/lib.sh"
write_ok
mkdir empty full
touch full/keep
expect_rc 0 -q -Fo empty ok.asm
[ -d empty ] || cli_fail "-Fo empty: the directory 'empty' was replaced by a file"
must_exist empty/ok.obj
expect_rc 0 -q -Fo full ok.asm
must_exist full/ok.obj full/keep

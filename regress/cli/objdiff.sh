# tools/realworld/objdiff.py, the semantic COFF comparator behind
# `make realworld` and tools/ml64/compare.sh: equal objects exit 0, every
# kind of difference exits 1 and is named, an unreadable object exits 2.
# The objects are made by $ASM from small sources written here; the
# expectations are COFF facts (section+offset targets, symbol kinds), not
# our own output.
. "$SRC/regress/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || cli_fail "python3 missing"
OD="python3 $SRC/tools/realworld/objdiff.py"

# base: data, a public procedure with unwind data, an external, a library
cat >a.asm <<'ASM'
includelib kernel32.lib
extern ExitProcess:proc
public entry
.data
first  dq 1
second dq 2
.code
entry proc frame
        sub     rsp, 28h
        .allocstack 28h
        .endprolog
        lea     rax, second
        call    ExitProcess
        add     rsp, 28h
        ret
entry endp
end
ASM
asmobj() { # SRC OBJ
	"$ASM" -q -win64 -Fo "$2" "$1" >asm.txt 2>&1 || { cat asm.txt; cli_fail "asm $1 failed"; }
}
# expect STATUS REGEX OBJ_A OBJ_B
expect() {
	$OD "$3" "$4" >out.txt 2>&1
	rc=$?
	echo "+ objdiff $3 $4 -> $rc" >>cmds.txt
	cat out.txt >>cmds.txt
	[ "$rc" -eq "$1" ] || { cat out.txt; cli_fail "objdiff $3 $4 exited $rc, expected $1"; }
	[ -z "$2" ] || out_has "$2"
}
variant() { # NAME SED-SCRIPT
	sed "$2" a.asm >"$1.asm"
	asmobj "$1.asm" "$1.obj"
}
asmobj a.asm a.obj
cp a.asm same.asm && asmobj same.asm same.obj
expect 0 '' a.obj same.obj
out_empty

# the same target through another label: "second" vs "first+8" is .data+0x8
variant alias 's/lea     rax, second/lea     rax, first+8/'
expect 0 '' a.obj alias.obj
# a different target is a difference, named symbolically
variant other 's/lea     rax, second/lea     rax, first+4/'
expect 1 'REL32\(\.data\+0x8\) \| REL32\(\.data\+0x4\)' a.obj other.obj
# one byte of code: offset, both bytes, and the instruction on each side
variant byte 's/sub     rsp, 28h/sub     rsp, 38h/; s/add     rsp, 28h/add     rsp, 38h/; s/allocstack 28h/allocstack 38h/'
expect 1 '\.text\$mn\+0x3: 28 \| 38' a.obj byte.obj
out_has 'sub +rsp, (40|0x28)'
out_has '^unwind .*size=40 \| .*size=56'
out_has '^bytes +\.xdata'
# symbols: a public that is gone, an external that is new
variant nopub '/^public entry/d; s/entry proc frame/entry proc private frame/'
expect 1 'public entry: .text\$mn\+0x0 .* \| missing' a.obj nopub.obj
variant ext 's/^extern ExitProcess:proc/&\nextern Other:proc/; s/call    ExitProcess/call    Other/'
expect 1 'extern Other: missing \| undefined' a.obj ext.obj
# .drectve: another library
variant lib 's/kernel32/user32/'
expect 1 '^drectve ' a.obj lib.obj
# a section only one side has, and different section flags
variant sec 's/^\.data$/.data\nfoo SEGMENT READONLY\n db 1\nfoo ENDS/'
expect 1 'section foo .*only in B' a.obj sec.obj
# sizes
variant size 's/^second dq 2/&\nthird dq 3/'
expect 1 'size 0x10 \| 0x18' a.obj size.obj
# a PC-relative relocation aimed at its own section equals the resolved
# displacement: rel6.obj is rel.obj with the
# external "tgt" turned into a static label at offset 6 of .text$mn (a
# relocation another assembler may leave), loc.obj has the label there
cat >rel.asm <<'ASM'
extern tgt:proc
.code
f       proc
        call    tgt
        ret
f       endp
        nop
        end
ASM
cat >loc.asm <<'ASM'
.code
f       proc
        call    tgt
        ret
f       endp
tgt:    nop
        end
ASM
asmobj rel.asm rel.obj
asmobj loc.asm loc.obj
mkstatic() { # OBJ VALUE OUT
	python3 - "$1" "$2" "$3" <<'PY' || cli_fail "patching $1"
import os, struct, sys
sys.path.insert(0, os.environ["SRC"] + "/tools/realworld")
import objdiff
path, value, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
c = objdiff.Coff(path)
raw = bytearray(c.raw)
symptr = struct.unpack_from("<I", raw, 8)[0]
sec = [i + 1 for i, s in enumerate(c.sections) if s.name == ".text$mn"][0]
idx = [i for i, s in c.symbols.items() if s.name == "tgt"][0]
o = symptr + 18 * idx
struct.pack_into("<Ih", raw, o + 8, value, sec)
raw[o + 16] = 3  # IMAGE_SYM_CLASS_STATIC
open(out, "wb").write(raw)
PY
}
mkstatic rel.obj 6 rel6.obj
expect 0 '' loc.obj rel6.obj
mkstatic rel.obj 5 rel5.obj
expect 1 '\.text\$mn\+0x1: 01 \| 00' loc.obj rel5.obj
# not objects
printf 'not a COFF object' >junk.obj
expect 2 'junk.obj' junk.obj a.obj
head -c 200 a.obj >short.obj
expect 2 'short.obj' a.obj short.obj
expect 2 'No such file' a.obj missing.obj
echo "objdiff: all checks passed"

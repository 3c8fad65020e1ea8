# A section with 0xFFFF relocations or more: IMAGE_SCN_LNK_NRELOC_OVFL, the
# header count 0xFFFF and an extra first relocation whose VirtualAddress
# is the count plus one (PE/COFF specification).  Oracle: ml64 14.12 on
# these three sources (llvm-readobj): 65534 relocations, no flag; 65535 and
# 70000, the flag and a first relocation (address 65536 / 70001) that
# llvm-readobj does not list: it lists all 65534 / 65535 / 70000.  (JWasm sets no flag at exactly
# 65535.)  The run test run/reloc_ovfl links such an object and checks
# every pointer; issue #15 item 6.
. "$SRC/regress/cli/lib.sh"
command -v llvm-readobj >/dev/null || cli_fail "llvm-readobj missing"
for n in 65534 65535 70000; do
	{
		echo ".data"
		echo "tgt DB 16 DUP (0)"
		echo "REPT $n"
		echo "DQ tgt"
		echo "ENDM"
		echo "END"
	} >r$n.asm
	expect_rc 0 -q -Fo r$n.obj r$n.asm
	flag=$(llvm-readobj --sections r$n.obj | grep -c 'IMAGE_SCN_LNK_NRELOC_OVFL')
	count=$(llvm-readobj -r r$n.obj | grep -c 'IMAGE_REL_AMD64_')
	case $n in
	65534) want_flag=0 want_count=65534 ;;
	*) want_flag=1 want_count=$n ;;
	esac
	[ "$flag" = $want_flag ] || cli_fail "$n relocations: NRELOC_OVFL flag $flag, ml64 $want_flag"
	[ "$count" = $want_count ] || cli_fail "$n relocations: readobj lists $count, ml64 $want_count"
	if [ $want_flag = 1 ]; then
		at=$(llvm-readobj --sections r$n.obj | grep -A6 'Name: .data ' | sed -n 's/.*PointerToRelocations: 0x//p')
		first=$(od -A n -t u4 -j $((0x$at)) -N 4 r$n.obj | tr -d ' ')
		[ "$first" = $((n + 1)) ] || cli_fail "$n relocations: first entry's address $first, ml64 $((n + 1))"
	fi
done

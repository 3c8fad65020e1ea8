# MD5 (RFC 1321 A.5) and SHA-256 (FIPS 180-2 appendix B, NIST example
# values) test vectors through src/hash.c (build/hashtest), then every
# length 0..200 (the padding boundaries) against coreutils md5sum and
# sha256sum when they exist.
. "$SRC/regress/cli/lib.sh"
H=$SRC/build/hashtest
[ -x "$H" ] || cli_fail "build/hashtest missing (make build/hashtest)"
check() { # algo how arg expected
	_got=$("$H" "$1" "$2" "$3")
	[ "$_got" = "$4" ] || cli_fail "$1 $2 '$3': got $_got, want $4"
}
check md5 -s "" d41d8cd98f00b204e9800998ecf8427e
check md5 -s a 0cc175b9c0f1b6a831c399e269772661
check md5 -s abc 900150983cd24fb0d6963f7d28e17f72
check md5 -s "message digest" f96b697d7cb7938d525a2f31aaf161d0
check md5 -s abcdefghijklmnopqrstuvwxyz c3fcd3d76192e4007dfb496cca67e13b
check md5 -s ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 d174ab98d277d9f5a5611c2c9f419d9f
check md5 -s 12345678901234567890123456789012345678901234567890123456789012345678901234567890 57edf4a22be3c955ac49da2e2107b67a
check sha256 -s "" e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
check sha256 -s abc ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
check sha256 -s abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1
check sha256 -s abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1
check sha256 -a 1000000 cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0
if command -v sha256sum >/dev/null 2>&1 && command -v md5sum >/dev/null 2>&1; then
	n=0
	: >f
	while [ $n -le 200 ]; do
		for algo in md5 sha256; do
			want=$(${algo}sum f | cut -d' ' -f1)
			check $algo -f f "$want"
		done
		printf '%s' "$(printf '%03d' $n | cut -c3)" >>f
		n=$((n + 1))
	done
else
	echo "note: md5sum/sha256sum missing: length sweep skipped"
fi
exit 0

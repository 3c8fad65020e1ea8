# regress/lib/run.sh - whole-program tests, linked two ways and run under
# wine.  Sourced by regress/run.sh; POSIX sh.
#
# regress/run/<name>/   *.asm (assembled by $ASM), *.c (compiled by
#                       x86_64-w64-mingw32-gcc -c), *.cpp (compiled by
#                       x86_64-w64-mingw32-g++ -c; the program is then
#                       linked as C++, libstdc++ and libgcc static),
#                       expected.txt (stdout),
#                       expected-status (exit status, default 0), and
#                       optionally ARGS (extra assembler options)
# samples/<name>.asm    with samples/<name>.expected (stdout) and
#                       optionally samples/<name>.expected-status and a C
#                       driver samples/<name>.c
#
# Each program is linked twice, and each link is one test:
#   <test>[gcc]  x86_64-w64-mingw32-gcc -o x.exe *.obj *.o
#   <test>[lld]  lld-link driven directly against the mingw-w64 CRT, the
#                same inputs GNU ld gets from gcc (see regress/run/README.md)
# A link must print nothing, except GNU ld's warnings about `-defaultlib`
# directives in .drectve, which it does not understand.  The program's
# stdout (CR/LF turned into LF) must equal the expected text and its exit
# status the expected status.  One wine prefix, $BUILD/wineprefix, serves
# the whole suite (WINEDEBUG=-all).  SKIP_RUN=1 skips all of this.

RUN_TOOLS="x86_64-w64-mingw32-gcc lld-link wine"
RUN_CXXLIBS=

# Where the mingw-w64 CRT lives; asked from gcc itself.
run_crt_paths() {
	[ -n "${CRT2:-}" ] && return 0
	CRT2=$(x86_64-w64-mingw32-gcc -print-file-name=crt2.o)
	CRTBEGIN=$(x86_64-w64-mingw32-gcc -print-file-name=crtbegin.o)
	CRTEND=$(x86_64-w64-mingw32-gcc -print-file-name=crtend.o)
	LIBGCC_DIR=$(dirname "$(x86_64-w64-mingw32-gcc -print-libgcc-file-name)")
	MINGW_LIB_DIR=$(dirname "$CRT2")
}

# link_lld EXE INPUT...: the lld-link command line for a console program
# with a C `main`, entered through the mingw-w64 CRT.
link_lld() {
	run_crt_paths
	_ll_exe=$1
	shift
	lld-link -lldmingw -nologo -machine:x64 -subsystem:console \
		-entry:mainCRTStartup -out:"$_ll_exe" \
		-alternatename:__image_base__=__ImageBase \
		-libpath:"$LIBGCC_DIR" -libpath:"$MINGW_LIB_DIR" \
		"$CRT2" "$CRTBEGIN" "$@" $RUN_CXXLIBS \
		libmingw32.a libgcc.a libgcc_eh.a libmoldname.a libmingwex.a \
		libmsvcrt.a libkernel32.a libuser32.a \
		"$CRTEND"
}

link_gcc() {
	_lg_exe=$1
	shift
	if [ -n "$RUN_CXXLIBS" ]; then
		x86_64-w64-mingw32-g++ -static-libgcc -static-libstdc++ -o "$_lg_exe" "$@"
	else
		x86_64-w64-mingw32-gcc -o "$_lg_exe" "$@"
	fi
}

# run_wine_init: one prefix for the suite; the first start takes a while.
run_wine_init() {
	[ -n "${RUN_WINE_READY:-}" ] && return 0
	RUN_WINE_READY=1
	WINEPREFIX=$BUILD/wineprefix
	WINEDEBUG=-all
	export WINEPREFIX WINEDEBUG
	if [ ! -f "$WINEPREFIX/system.reg" ]; then
		echo "note: creating wine prefix $WINEPREFIX (takes a while once)"
		wineboot -i >"$BUILD/wineboot.log" 2>&1
	fi
	# Keep the wine server alive between tests for a while; it exits by
	# itself 30 s after the last program.
	wineserver -p30 >/dev/null 2>&1 || true
}

# run_link_check NAME LOG: a link is clean when it printed nothing but
# GNU ld's complaint about .drectve -defaultlib options.
run_link_check() {
	grep -v -i 'drectve.*-defaultlib.*unrecognized\|warning: .drectve' "$2" |
		grep -v '^[[:space:]]*$' >"$2.rest"
	[ ! -s "$2.rest" ]
}

# run_exe NAME EXE EXPECTED-STDOUT EXPECTED-STATUS
run_exe() {
	_rx_name=$1 _rx_exe=$2 _rx_want=$3 _rx_wstatus=$4
	run_wine_init
	timeout 120 wine "$_rx_exe" >"$_rx_exe.stdout" 2>"$_rx_exe.stderr"
	_rx_st=$?
	tr -d '\r' <"$_rx_exe.stdout" >"$_rx_exe.out"
	if ! diff -u "$_rx_want" "$_rx_exe.out" >"$_rx_exe.diff"; then
		fail "$_rx_name" "stdout differs (diff: $_rx_exe.diff)" "$_rx_exe.diff"
	elif [ "$_rx_st" -ne "$_rx_wstatus" ]; then
		fail "$_rx_name" "exit status $_rx_st, expected $_rx_wstatus" "$_rx_exe.stderr"
	else
		pass "$_rx_name"
	fi
}

# run_program NAME DIR WANT WSTATUS ARGS SRC...: assemble, compile, link
# twice, run twice.  SRC are .asm and .c files.
run_program() {
	_rp_name=$1 _rp_dir=$2 _rp_want=$3 _rp_wstatus=$4 _rp_args=$5
	shift 5
	rm -rf "$_rp_dir"
	mkdir -p "$_rp_dir"
	_rp_objs=
	_rp_ok=1
	RUN_CXXLIBS=
	for _rp_s in "$@"; do
		_rp_sb=$(basename "$_rp_s")
		cp "$_rp_s" "$_rp_dir/$_rp_sb"
		case $_rp_s in
		*.asm)
			_rp_o=$_rp_dir/${_rp_sb%.asm}.obj
			# shellcheck disable=SC2086
			if ! assemble "$_rp_dir/$_rp_sb" "$_rp_o" $_rp_args; then
				fail "$_rp_name" "assembler failed on $_rp_sb (log: ${_rp_o%.obj}.log)" "${_rp_o%.obj}.log"
				_rp_ok=0
			fi ;;
		*.c)
			_rp_o=$_rp_dir/${_rp_sb%.c}.o
			if ! x86_64-w64-mingw32-gcc -O1 -c -o "$_rp_o" "$_rp_dir/$_rp_sb" >"$_rp_o.log" 2>&1; then
				fail "$_rp_name" "C compiler failed on $_rp_sb" "$_rp_o.log"
				_rp_ok=0
			fi ;;
		*.cpp)
			_rp_o=$_rp_dir/${_rp_sb%.cpp}.o
			RUN_CXXLIBS=libstdc++.a
			if ! x86_64-w64-mingw32-g++ -O1 -c -o "$_rp_o" "$_rp_dir/$_rp_sb" >"$_rp_o.log" 2>&1; then
				fail "$_rp_name" "C++ compiler failed on $_rp_sb" "$_rp_o.log"
				_rp_ok=0
			fi ;;
		esac
		_rp_objs="$_rp_objs $_rp_o"
	done
	if [ "$_rp_ok" = 0 ]; then
		NFAIL=$((NFAIL + 1))	# the second link counts too
		return
	fi
	for _rp_l in gcc lld; do
		_rp_exe=$_rp_dir/$(basename "$_rp_dir")-$_rp_l.exe
		# shellcheck disable=SC2086 # object list split on purpose
		"link_$_rp_l" "$_rp_exe" $_rp_objs >"$_rp_exe.link" 2>&1
		_rp_lrc=$?
		if [ "$_rp_lrc" -ne 0 ]; then
			fail "${_rp_name}[$_rp_l]" "link failed" "$_rp_exe.link"
		elif ! run_link_check "${_rp_name}[$_rp_l]" "$_rp_exe.link"; then
			fail "${_rp_name}[$_rp_l]" "link printed: $(head -n 1 "$_rp_exe.link.rest")" "$_rp_exe.link.rest"
		else
			run_exe "${_rp_name}[$_rp_l]" "$_rp_exe" "$_rp_want" "$_rp_wstatus"
		fi
	done
}

run_run_tests() {
	if [ "${SKIP_RUN:-}" = 1 ]; then
		_n=0
		for _d in regress/run/*/ samples/*.expected; do
			[ -e "$_d" ] && _n=$((_n + 2))
		done
		NSKIP=$((NSKIP + _n))
		echo "note: SKIP_RUN=1, $_n run tests skipped"
		return 0
	fi
	for _d in regress/run/*/; do
		[ -d "$_d" ] || continue
		_t=$(basename "$_d")
		_name=run/$_t
		selected "$_name" || continue
		# shellcheck disable=SC2086
		if ! need_tools "$_name" $RUN_TOOLS; then
			# a missing tool costs both links
			[ "${CI:-}" = true ] && NFAIL=$((NFAIL + 1)) || NSKIP=$((NSKIP + 1))
			continue
		fi
		if [ ! -f "$_d/expected.txt" ]; then
			fail "$_name" "no expected.txt"
			continue
		fi
		_st=0
		[ -f "$_d/expected-status" ] && _st=$(tr -d ' \r\n' <"$_d/expected-status")
		_args=
		[ -f "$_d/ARGS" ] && _args=$(cat "$_d/ARGS")
		# shellcheck disable=SC2046 # file names have no blanks
		run_program "$_name" "$BUILD/run/$_t" "$ROOT/$_d/expected.txt" "$_st" "$_args" \
			$(ls "$_d"*.asm "$_d"*.c "$_d"*.cpp 2>/dev/null)
	done
	for _e in samples/*.expected; do
		[ -f "$_e" ] || continue
		_t=$(basename "$_e" .expected)
		_name=samples/$_t
		selected "$_name" || continue
		if [ ! -f "samples/$_t.asm" ]; then
			fail "$_name" "samples/$_t.asm missing"
			continue
		fi
		# shellcheck disable=SC2086
		if ! need_tools "$_name" $RUN_TOOLS; then
			[ "${CI:-}" = true ] && NFAIL=$((NFAIL + 1)) || NSKIP=$((NSKIP + 1))
			continue
		fi
		_st=0
		[ -f "samples/$_t.expected-status" ] && _st=$(tr -d ' \r\n' <"samples/$_t.expected-status")
		# shellcheck disable=SC2046 # a sample may have a C driver, samples/<name>.c
		run_program "$_name" "$BUILD/samples/$_t" "$ROOT/$_e" "$_st" "" \
			$(ls "samples/$_t.asm" "samples/$_t.c" 2>/dev/null)
	done
}

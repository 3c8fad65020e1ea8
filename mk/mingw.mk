# mk/mingw.mk: the Windows build, checked against the native one.
#   make check-mingw   clones the committed tree into build/mingw (a fresh
#                      clone: files checked out in any order), builds
#                      asm.exe there with $(MINGW_CC) (build tools such as
#                      mkinsn with HOSTCC), requires that the build left the
#                      clone unmodified (no generated file rewritten), and
#                      runs regress/exe_wine.sh: every source of the suite
#                      through ./asm and through asm.exe under wine,
#                      byte-identical objects, listings and messages.
# Included from the main Makefile.  CI runs it (about a minute).
MINGW_CC ?= x86_64-w64-mingw32-gcc

check-mingw: asm
	rm -rf build/mingw
	git clone -q . build/mingw
	$(MAKE) -C build/mingw CC=$(MINGW_CC) HOSTCC=$(HOSTCC)
	@test -z "$$(git -C build/mingw status --porcelain)" || \
	    { git -C build/mingw status --short; echo "check-mingw: the build modified the fresh clone"; exit 1; }
	regress/exe_wine.sh build/mingw/asm.exe

.PHONY: check-mingw

# mk/encoder.mk: build rules for the instruction table, the encoder and its
# test driver.  Included from the main Makefile; usable alone as
#   make -f mk/encoder.mk build/enctest
CC ?= cc
ENC_CFLAGS = -std=c99 -O2 -Wall -Wextra -Wpedantic -Werror -Wshadow \
	-Wstrict-prototypes -Wmissing-prototypes -Wold-style-definition \
	-Wwrite-strings -Wundef -Iinclude
ENC_SRCS = src/encoder.c src/insn_tab.c
ENC_GEN = src/insn_tab.c include/insn_tab.h

# Build tools run on the build machine: HOSTCC, not CC (which may be a
# cross compiler: make CC=x86_64-w64-mingw32-gcc).
HOSTCC ?= cc
INSN_GEN_FILES = src/insns.tbl src/tools/mkinsn.c src/insn_tab.c include/insn_tab.h

build/mkinsn: src/tools/mkinsn.c
	@mkdir -p build
	$(HOSTCC) $(ENC_CFLAGS) -o $@ src/tools/mkinsn.c

# Generation depends on content, not on mtimes.  mk/insn_tab.cksum holds
# `cksum` of the inputs and of the committed outputs.  When make finds the
# header older than an input (a fresh clone checks files out in any order)
# and all four files still match that record, the committed files are used
# as they are (only touched); otherwise mkinsn writes to build/gen/ and a
# file is replaced only if its content differs.  Both outputs come from
# one run; the header is the stamp.
include/insn_tab.h: src/insns.tbl src/tools/mkinsn.c
	@if cksum $(INSN_GEN_FILES) | cmp -s - mk/insn_tab.cksum; then \
	    echo "insn_tab: same content as mk/insn_tab.cksum records: committed files kept"; \
	    touch src/insn_tab.c include/insn_tab.h; \
	else \
	    $(MAKE) -f mk/encoder.mk regen-insn HOSTCC="$(HOSTCC)"; \
	fi
src/insn_tab.c: include/insn_tab.h

build/enctest: src/tools/enctest.c $(ENC_SRCS) src/reg.c include/encoder.h include/reg.h include/reg.def include/insn_tab.h
	@mkdir -p build
	$(CC) $(ENC_CFLAGS) -o $@ src/tools/enctest.c $(ENC_SRCS) src/reg.c

regen-insn: build/mkinsn
	@mkdir -p build/gen
	build/mkinsn -o build/gen/insn_tab.c -H build/gen/insn_tab.h src/insns.tbl
	@cmp -s build/gen/insn_tab.c src/insn_tab.c || cp build/gen/insn_tab.c src/insn_tab.c
	@cmp -s build/gen/insn_tab.h include/insn_tab.h || cp build/gen/insn_tab.h include/insn_tab.h
	@touch src/insn_tab.c include/insn_tab.h
	cksum $(INSN_GEN_FILES) >mk/insn_tab.cksum

test-enc: build/enctest build/mkinsn
	sh regress/enc/run.sh build/enctest build

.PHONY: regen-insn test-enc

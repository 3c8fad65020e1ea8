# mk/encoder.mk: build rules for the instruction table, the encoder and its
# test driver.  Included from the main Makefile; usable alone as
#   make -f mk/encoder.mk build/enctest
CC ?= cc
ENC_CFLAGS = -std=c99 -O2 -Wall -Wextra -Wpedantic -Werror -Wshadow \
	-Wstrict-prototypes -Wmissing-prototypes -Wold-style-definition \
	-Wwrite-strings -Wundef -Iinclude
ENC_SRCS = src/encoder.c src/insn_tab.c
ENC_GEN = src/insn_tab.c include/insn_tab.h

build/mkinsn: src/tools/mkinsn.c
	@mkdir -p build
	$(CC) $(ENC_CFLAGS) -o $@ src/tools/mkinsn.c

# Both outputs come from one run; the header is the stamp.
include/insn_tab.h: src/insns.tbl src/tools/mkinsn.c
	@$(MAKE) -f mk/encoder.mk build/mkinsn CC="$(CC)"
	build/mkinsn -o src/insn_tab.c -H include/insn_tab.h src/insns.tbl
src/insn_tab.c: include/insn_tab.h

build/enctest: src/tools/enctest.c $(ENC_SRCS) src/reg.c include/encoder.h include/reg.h include/reg.def include/insn_tab.h
	@mkdir -p build
	$(CC) $(ENC_CFLAGS) -o $@ src/tools/enctest.c $(ENC_SRCS) src/reg.c

regen-insn: build/mkinsn
	build/mkinsn -o src/insn_tab.c -H include/insn_tab.h src/insns.tbl

test-enc: build/enctest build/mkinsn
	sh regress/enc/run.sh build/enctest build

.PHONY: regen-insn test-enc

# mk/fuzz.mk: the libFuzzer target (needs clang).  Included from the main
# Makefile.
#   make fuzz          builds build-fuzz/fuzz-asm and the seed corpus
#   make fuzz-smoke    runs it for 60 s (CI)
#   make fuzz-seeds-realworld MIRRORS=DIR
#                      real-world seeds from the mirrors of `make realworld`
#   make fuzz-long     an hour (FUZZ_LONG seconds) on one core, then every
#                      artifact and corpus input through ./asm
#                      (tools/fuzzlong.sh)
FUZZ_CC ?= clang
# Lower limits (include/limit.h) keep every input well under -timeout and
# -rss_limit_mb (sections up to 16 MiB instead of 1 GiB).
FUZZ_FLAGS = -std=c99 $(WARN) -Iinclude -O1 -g -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -DASM_MEMO_CHECK -DASM_MAX_ITERATIONS=10000 \
	-DASM_MAX_EXPANDED_LINES=200000L -DASM_MAX_EXPANDED_BYTES=0x2000000uL -DASM_MAX_MACRO_BYTES=0x1000000uL -DASM_MAX_MACRO_CALLS=20000L \
	-DASM_MAX_SECTION=0x1000000u -DASM_MAX_OUTPUT=0x2000000u \
	-DASM_MAX_TEXT_BYTES=0x4000000u -DASM_MAX_SUBSTITUTED_BYTES=0x4000000uL
FUZZ_SRCS = $(filter-out src/main.c,$(SRCS))
FUZZ_OBJS = $(FUZZ_SRCS:src/%.c=build-fuzz/%.o)
FUZZ_TIME ?= 60

build-fuzz/%.o: src/%.c $(HDRS) mk/fuzz.mk
	@mkdir -p build-fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<

build-fuzz/fuzz-asm: src/tools/fuzz_asm.c $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer,address,undefined -o $@ \
	    src/tools/fuzz_asm.c $(FUZZ_OBJS)

# Seeds: every .asm and .inc of the tests and samples (the regress cases
# include the minimized inputs of past findings).
build-fuzz/seeds.stamp: $(wildcard regress/*/*.asm regress/*/*/*.asm samples/*.asm samples/*.inc)
	@mkdir -p build-fuzz/seeds build-fuzz/corpus
	@for f in $^; do cp "$$f" "build-fuzz/seeds/$$(echo "$$f" | tr / _)"; done
	@touch $@

fuzz: build-fuzz/fuzz-asm build-fuzz/seeds.stamp

fuzz-smoke: fuzz
	cd build-fuzz && ./fuzz-asm -max_total_time=$(FUZZ_TIME) -timeout=10 \
	    -rss_limit_mb=2048 -close_fd_mask=1 -print_final_stats=1 corpus seeds

fuzz-seeds-realworld:
	python3 tools/realworld/realworld.py --mirrors "$(MIRRORS)" --seeds build-fuzz/rwseeds

FUZZ_LONG ?= 3600
fuzz-long: fuzz asm
	tools/fuzzlong.sh $(FUZZ_LONG)

.PHONY: fuzz fuzz-smoke fuzz-seeds-realworld fuzz-long

# mk/bench.mk: `make bench`, speed and memory against GNU as on the same
# instruction stream (src/tools/mkbench.c writes both sources).  Nothing
# is asserted; the table goes to stdout (and README's performance section
# by hand).  Included from the main Makefile.
BENCH_GAS ?= x86_64-w64-mingw32-as
BENCH_RUNS ?= 5
# unmeasured runs of the same command before each measured one (benchrun.c
# says why: a VM that hands freed memory back to its host)
BENCH_WARMUPS ?= 1
BENCH_DIR = build/bench
TOOL_CFLAGS = -std=c99 $(WARN) -Iinclude -O2
# name:kind:count; the count is lines, except for frame (procedures), struct
# (fields), hllif (.IF terms), locals (LOCALs), macrofn and fncalls (calls)
BENCH_INPUTS = plain-10k:plain:10000 plain-100k:plain:100000 \
	plain-500k:plain:500000 plain-1M:plain:1000000 labels-100k:labels:100000 \
	labels-200k:labels:200000 macro-100k:macro:100000 macro-200k:macro:200000 \
	frame-20k:frame:20000 frame-40k:frame:40000 include-100k:include:100000 \
	include-200k:include:200000 struct-100k:struct:100000 struct-200k:struct:200000 \
	hllif-100k:hllif:100000 hllif-200k:hllif:200000 locals-100k:locals:100000 \
	locals-200k:locals:200000 macrofn-100k:macrofn:100000 macrofn-200k:macrofn:200000 \
	fncalls-100k:fncalls:100000 fncalls-200k:fncalls:200000
# every kind of input at twice its size: linear means a ratio near 2
BENCH_PAIRS = -p plain-500k,plain-1M -p labels-100k,labels-200k \
	-p macro-100k,macro-200k -p frame-20k,frame-40k -p include-100k,include-200k \
	-p struct-100k,struct-200k -p hllif-100k,hllif-200k -p locals-100k,locals-200k \
	-p macrofn-100k,macrofn-200k -p fncalls-100k,fncalls-200k

build/mkbench: src/tools/mkbench.c src/tools/benchout.h
	@mkdir -p build
	$(CC) $(TOOL_CFLAGS) -o $@ src/tools/mkbench.c

build/benchrun: src/tools/benchrun.c
	@mkdir -p build
	$(CC) $(TOOL_CFLAGS) -o $@ src/tools/benchrun.c

build/lexbench: src/tools/lexbench.c build/lexer.o build/arena.o build/os.o
	$(CC) $(TOOL_CFLAGS) -o $@ src/tools/lexbench.c build/lexer.o build/arena.o build/os.o

# Inputs that look like real code (src/tools/mkreal.c, issue 13): a
# realistic program, the same written with macros, perlasm-style SIMD
# functions, data tables, STRUCT-typed data; each also at twice its size.
BENCH_REAL = real-500k:real:500000 real-1M:real:1000000 mac-150k:mac:150000 \
	mac-300k:mac:300000 perlasm-250k:perlasm:250000 perlasm-500k:perlasm:500000 \
	data-250k:data:250000 data-500k:data:500000 sdata-100k:sdata:100000 \
	sdata-200k:sdata:200000
BENCH_REAL_PAIRS = -p real-500k,real-1M -p mac-150k,mac-300k \
	-p perlasm-250k,perlasm-500k -p data-250k,data-500k -p sdata-100k,sdata-200k

build/mkreal: src/tools/mkreal.c src/tools/benchout.h
	@mkdir -p build
	$(CC) $(TOOL_CFLAGS) -o $@ src/tools/mkreal.c

bench: asm build/mkbench build/mkreal build/benchrun build/lexbench
	@mkdir -p $(BENCH_DIR)
	@for spec in $(BENCH_REAL); do \
	    name=$${spec%%:*}; rest=$${spec#*:}; kind=$${rest%%:*}; n=$${rest#*:}; \
	    build/mkreal $$kind $$n $(BENCH_DIR)/$$name >$(BENCH_DIR)/$$name.lines || exit 1; \
	done
	@for spec in $(BENCH_INPUTS); do \
	    name=$${spec%%:*}; rest=$${spec#*:}; kind=$${rest%%:*}; n=$${rest#*:}; \
	    build/mkbench $$kind $$n $(BENCH_DIR)/$$name >$(BENCH_DIR)/$$name.lines || exit 1; \
	done
	@echo "# $$(date -u +%Y-%m-%d), $$(nproc) CPUs, $$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1), $$($(BENCH_GAS) --version | head -n 1)"
	@build/benchrun -a ./asm -g $(BENCH_GAS) -l build/lexbench -o $(BENCH_DIR) \
	    -r $(BENCH_RUNS) -w $(BENCH_WARMUPS) $(BENCH_PAIRS) $(BENCH_REAL_PAIRS) \
	    $(foreach s,$(BENCH_INPUTS) $(BENCH_REAL),$(firstword $(subst :, ,$(s)))=$(BENCH_DIR)/$(firstword $(subst :, ,$(s))))

.PHONY: bench

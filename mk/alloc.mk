# mk/alloc.mk: the allocation-failure test build (see src/os.c,
# ASM_TEST_ALLOC): build-alloc/asm fails the n-th allocation when
# ASM_FAIL_ALLOC_AT=n.  regress/cli/alloc_fail.sh uses it.  Included from
# the main Makefile.
ALLOC_OBJS = $(SRCS:src/%.c=build-alloc/%.o)

build-alloc/asm: $(ALLOC_OBJS)
	$(CC) -std=c99 $(WARN) -Iinclude -O1 -DASM_TEST_ALLOC -o $@ $(ALLOC_OBJS)

build-alloc/%.o: src/%.c $(HDRS)
	@mkdir -p build-alloc
	$(CC) -std=c99 $(WARN) -Iinclude -O1 -DASM_TEST_ALLOC -c -o $@ $<

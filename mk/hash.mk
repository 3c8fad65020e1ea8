# mk/hash.mk: the MD5/SHA-256 test driver (regress/cli/hash_vectors.sh).
build/hashtest: src/tools/hashtest.c src/hash.c include/hash.h include/base.h
	@mkdir -p build
	$(CC) $(ALL_CFLAGS) -o $@ src/tools/hashtest.c src/hash.c

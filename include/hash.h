/* hash.h: MD5 (RFC 1321) and SHA-256 (FIPS 180-4) of a byte string, for
 * the source-file checksums of the CodeView debug information.  Layer L0;
 * written from the specifications, tested with their standard vectors
 * (src/tools/hashtest.c, regress/cli/hash_vectors.sh). */
#ifndef ASM_HASH_H
#define ASM_HASH_H
#include "base.h"

enum { MD5_BYTES = 16, SHA256_BYTES = 32 };

void hash_md5(const void *data, size_t len, uint8_t out[MD5_BYTES]);
void hash_sha256(const void *data, size_t len, uint8_t out[SHA256_BYTES]);

#endif

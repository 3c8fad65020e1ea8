/* hashtest.c: prints the MD5 or SHA-256 of a string, of n bytes 'a', or
 * of a file, in lower-case hex, for regress/cli/hash_vectors.sh.
 *   hashtest md5|sha256 -s STRING | -a N | -f FILE */
#include "hash.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        exit(2);
    return p;
}

int main(int argc, char **argv)
{
    if (argc != 4)
        return 2;
    unsigned char *data = NULL;
    size_t len = 0;
    if (!strcmp(argv[2], "-s")) {
        len = strlen(argv[3]);
        data = xmalloc(len);
        memcpy(data, argv[3], len);
    } else if (!strcmp(argv[2], "-a")) {
        len = (size_t)strtoul(argv[3], NULL, 10);
        data = xmalloc(len);
        memset(data, 'a', len);
    } else if (!strcmp(argv[2], "-f")) {
        FILE *f = fopen(argv[3], "rb");
        if (!f)
            return 2;
        size_t cap = 1 << 16;
        data = xmalloc(cap);
        size_t n;
        while ((n = fread(data + len, 1, cap - len, f)) > 0) {
            len += n;
            if (len == cap) {
                unsigned char *p = realloc(data, cap *= 2);
                if (!p)
                    return 2;
                data = p;
            }
        }
        fclose(f);
    } else {
        return 2;
    }
    uint8_t out[SHA256_BYTES];
    int n;
    if (!strcmp(argv[1], "md5")) {
        hash_md5(data, len, out);
        n = MD5_BYTES;
    } else if (!strcmp(argv[1], "sha256")) {
        hash_sha256(data, len, out);
        n = SHA256_BYTES;
    } else {
        return 2;
    }
    for (int i = 0; i < n; i++)
        printf("%02x", out[i]);
    printf("\n");
    free(data);
    return 0;
}

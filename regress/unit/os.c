/* os.c: unit tests of os_read_file and xmalloc_large (include/os.h,
 * base.h). */
#include "unit.h"
#include "os.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* os_read_file: every byte and a NUL after them, for a file of a few
 * bytes, one of 3 MiB (read into large pages: on Linux the data starts
 * on a 2 MiB boundary) and an empty one; false for a missing file. */
void test_os_read_file(void)
{
    const char *path = "build/unit-os-read.tmp";
    static const size_t sizes[] = {5, (3u << 20) + 7, 0};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        size_t n = sizes[k];
        FILE *f = fopen(path, "wb");
        CHECK(f != NULL);
        if (!f)
            return;
        for (size_t i = 0; i < n; i++)
            fputc((int)(i * 7 % 251) + 1, f);
        fclose(f);
        char *data = NULL;
        size_t len = 0;
        void *alloc = NULL;
        CHECK(os_read_file(path, &data, &len, &alloc));
        CHECK_EQ(len, n);
        size_t bad = 0;
        for (size_t i = 0; data && i < len; i++)
            bad += (unsigned char)data[i] != i * 7 % 251 + 1;
        CHECK_EQ(bad, 0);
        CHECK(data && data[len] == 0);
#if defined(__linux__)
        if (n >= LARGE_PAGE)
            CHECK_EQ((uintptr_t)data % LARGE_PAGE, 0);
#endif
        free(alloc);
    }
    remove(path);
    char *data;
    size_t len;
    void *alloc;
    CHECK(!os_read_file("build/no-such-file.tmp", &data, &len, &alloc));
}

/* xmalloc_large: below LARGE_PAGE the allocation itself, from it on a
 * writable block (on Linux aligned to LARGE_PAGE) that *raw frees. */
void test_xmalloc_large(void)
{
    void *raw;
    char *small = xmalloc_large(100, &raw);
    CHECK(small == raw);
    memset(small, 1, 100);
    free(raw);
    char *big = xmalloc_large(LARGE_PAGE + 4096, &raw);
    CHECK(big >= (char *)raw);
#if defined(__linux__)
    CHECK_EQ((uintptr_t)big % LARGE_PAGE, 0);
#endif
    big[0] = 1;
    big[LARGE_PAGE + 4095] = 2;
    CHECK_EQ(big[0] + big[LARGE_PAGE + 4095], 3);
    free(raw);
}

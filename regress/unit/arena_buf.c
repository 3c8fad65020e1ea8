/* arena_buf.c: unit tests of arena.c and buf.c (include/arena.h, buf.h). */
#include "unit.h"
#include "arena.h"
#include "buf.h"
#include <string.h>

static int all_zero(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return 0;
    return 1;
}

/* arena_alloc: zeroed, 16-byte aligned, distinct, non-overlapping. */
void test_arena_alloc_aligned_zeroed(void)
{
    Arena a = {0};
    unsigned char *prev = NULL;
    for (size_t n = 1; n < 100; n += 7) {
        unsigned char *p = arena_alloc(&a, n);
        CHECK(p != NULL);
        CHECK_EQ((uintptr_t)p % 16, 0);
        CHECK(all_zero(p, n));
        memset(p, 0xAB, n);
        if (prev)
            CHECK(p != prev);
        prev = p;
    }
    /* after writing 0xAB everywhere, a new allocation is still zero */
    arena_reset(&a);
    unsigned char *q = arena_alloc(&a, 64);
    CHECK(all_zero(q, 64));
    arena_free(&a);
    CHECK(a.head == NULL);
}

/* arena_alloc: a request larger than any block gets its own block. */
void test_arena_alloc_large(void)
{
    Arena a = {0};
    unsigned char *small = arena_alloc(&a, 10);
    size_t big = 1u << 20;
    unsigned char *p = arena_alloc(&a, big);
    CHECK(all_zero(p, big));
    p[0] = 1;
    p[big - 1] = 2;
    small[0] = 3;
    CHECK_EQ(p[0], 1);
    CHECK_EQ(p[big - 1], 2);
    CHECK_EQ(small[0], 3);
    arena_free(&a);
}

/* arena_mark / arena_release: allocations after the mark are given back,
 * the ones before survive; the next allocation reuses the space. */
void test_arena_mark_release(void)
{
    Arena a = {0};
    char *keep = arena_strdup(&a, "keep");
    ArenaMark m = arena_mark(&a);
    char *tmp = arena_alloc(&a, 32);
    for (int i = 0; i < 100; i++)
        arena_alloc(&a, 4096); /* crosses into new blocks */
    arena_release(&a, m);
    char *again = arena_alloc(&a, 32);
    CHECK(again == tmp);
    CHECK(all_zero((unsigned char *)again, 32));
    CHECK(strcmp(keep, "keep") == 0);
    arena_free(&a);
}

static size_t arena_bytes(const Arena *a)
{
    size_t n = 0;
    for (const ArenaBlock *b = a->head; b; b = b->next)
        n += b->size;
    return n;
}

/* arena_grow: the newest allocation grows where it is while its block has
 * room, else moves with its contents; an array doubled from 16 to 4M
 * elements alone takes blocks of twice its final size (a copy at every
 * doubling: four times). */
void test_arena_grow(void)
{
    Arena a = {0};
    uint32_t *v = arena_alloc_raw(&a, 16 * sizeof *v);
    for (uint32_t i = 0; i < 16; i++)
        v[i] = i;
    uint32_t *w = arena_grow(&a, v, 16 * sizeof *v, 16 * sizeof *v, 32 * sizeof *v);
    CHECK(w == v); /* the newest thing in its block: in place */
    unsigned char *other = arena_alloc(&a, 8);
    w = arena_grow(&a, v, 16 * sizeof *v, 32 * sizeof *v, 64 * sizeof *v);
    CHECK(w != v); /* no longer the newest: moved, the used part copied */
    int same = 0;
    for (uint32_t i = 0; i < 16; i++)
        same += w[i] == i;
    CHECK_EQ(same, 16);
    CHECK(all_zero(other, 8));
    arena_free(&a);

    enum { FINAL = 4 << 20 };
    size_t cap = 16, n = 0;
    v = arena_alloc_raw(&a, cap * sizeof *v);
    for (uint32_t i = 0; i < FINAL; i++) {
        if (n == cap) {
            v = arena_grow(&a, v, n * sizeof *v, cap * sizeof *v, cap * 2 * sizeof *v);
            cap *= 2;
        }
        v[n++] = i;
    }
    int ok = 1;
    for (uint32_t i = 0; i < FINAL; i++)
        ok &= v[i] == i;
    CHECK(ok);
    size_t grown = arena_bytes(&a);
    arena_free(&a);
    cap = 16;
    v = arena_alloc_raw(&a, cap * sizeof *v);
    for (size_t k = 16; k < FINAL; k *= 2) {
        uint32_t *bigger = arena_alloc_raw(&a, k * 2 * sizeof *v);
        memcpy(bigger, v, k * sizeof *v);
        v = bigger;
    }
    size_t copied = arena_bytes(&a);
    arena_free(&a);
    CHECK(grown <= (size_t)FINAL * sizeof *v * 5 / 2);
    CHECK(copied > (size_t)FINAL * sizeof *v * 5 / 2);
}

/* arena_rewind: the same allocations after a rewind get the same
 * addresses (the blocks are refilled in order, no new block), zeroed;
 * a block of 2 MiB and up works like any other (on Linux its data starts
 * on a 2 MiB boundary). */
void test_arena_rewind(void)
{
    Arena a = {0};
    enum { N = 600 };
    static unsigned char *first[N];
    for (int i = 0; i < N; i++) {
        first[i] = arena_alloc(&a, 8192 + (size_t)i);
        memset(first[i], 0x5A, 8192 + (size_t)i);
    }
    ArenaBlock *blocks = a.head;
    arena_rewind(&a);
    CHECK(a.head == NULL);
    int same = 0, zero = 0;
    for (int i = 0; i < N; i++) {
        unsigned char *p = arena_alloc(&a, 8192 + (size_t)i);
        same += p == first[i];
        zero += all_zero(p, 8192 + (size_t)i);
    }
    CHECK_EQ(same, N);
    CHECK_EQ(zero, N);
    CHECK(a.head == blocks);
    CHECK(a.reuse == NULL);
    /* 600 allocations of about 8 KiB fill blocks past 2 MiB */
    size_t largest = 0;
    for (ArenaBlock *b = a.head; b; b = b->next)
        if (b->size > largest)
            largest = b->size;
    CHECK(largest >= LARGE_PAGE);
    for (ArenaBlock *b = a.head; b; b = b->next)
        if (b->size >= LARGE_PAGE) {
            CHECK(b->large != NULL);
#if defined(__linux__)
            CHECK_EQ((uintptr_t)b->data % LARGE_PAGE, 0);
#endif
        }
    arena_rewind(&a);
    unsigned char *big = arena_alloc(&a, 3u << 20); /* larger than the first block */
    CHECK(all_zero(big, 3u << 20));
    arena_free(&a);
    CHECK(a.head == NULL && a.reuse == NULL && a.spare == NULL);
}

/* arena_strndup / arena_memdup: copies with a terminating NUL. */
void test_arena_strndup(void)
{
    Arena a = {0};
    const char src[] = "abcdef";
    char *s = arena_strndup(&a, src, 3);
    CHECK(strcmp(s, "abc") == 0);
    CHECK(s != src);
    char *e = arena_strndup(&a, src, 0);
    CHECK_EQ(e[0], 0);
    int v[3] = {1, 2, 3};
    int *c = arena_memdup(&a, v, sizeof v);
    CHECK_EQ(c[2], 3);
    CHECK(arena_memdup(&a, v, 0) != NULL);
    arena_free(&a);
}

/* buf_u16/u32/u64: little-endian, appended in order. */
void test_buf_little_endian(void)
{
    Buf b = {0};
    buf_u8(&b, 0x11);
    buf_u16(&b, 0x2233);
    buf_u32(&b, 0x44556677u);
    buf_u64(&b, 0x8899AABBCCDDEEFFull);
    static const uint8_t want[] = {0x11, 0x33, 0x22, 0x77, 0x66, 0x55, 0x44,
                                   0xFF, 0xEE, 0xDD, 0xCC, 0xBB, 0xAA, 0x99, 0x88};
    CHECK_EQ(b.len, sizeof want);
    CHECK(b.len == sizeof want && memcmp(b.data, want, sizeof want) == 0);
    CHECK(b.cap >= b.len);
    buf_free(&b);
    CHECK(b.data == NULL);
    CHECK_EQ(b.len, 0);
}

/* buf_patch: overwrites size bytes little-endian, leaves the rest. */
void test_buf_patch(void)
{
    Buf b = {0};
    buf_fill(&b, 0xCC, 12);
    buf_patch(&b, 2, 0x0102030405060708ull, 4);
    static const uint8_t want[] = {0xCC, 0xCC, 0x08, 0x07, 0x06, 0x05, 0xCC, 0xCC};
    CHECK(memcmp(b.data, want, sizeof want) == 0);
    buf_patch(&b, 8, 0xFFEE, 2);
    CHECK_EQ(b.data[8], 0xEE);
    CHECK_EQ(b.data[9], 0xFF);
    CHECK_EQ(b.data[10], 0xCC);
    CHECK_EQ(b.len, 12);
    buf_free(&b);
}

/* buf_fill / buf_bytes / buf_str / buf_printf: lengths, growth, no NUL
 * counted. */
void test_buf_fill_printf(void)
{
    Buf b = {0};
    buf_fill(&b, 0x90, 0);
    CHECK_EQ(b.len, 0);
    buf_str(&b, "ab");
    buf_bytes(&b, "cd", 2);
    buf_printf(&b, "%d-%s", 42, "x");
    CHECK_EQ(b.len, 8);
    CHECK(memcmp(b.data, "abcd42-x", 8) == 0);
    char big[3000];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = 0;
    buf_printf(&b, "%s", big);
    CHECK_EQ(b.len, 8 + sizeof big - 1);
    CHECK_EQ(b.data[b.len - 1], 'z');
    buf_fill(&b, 0x90, 100000);
    CHECK_EQ(b.len, 8 + sizeof big - 1 + 100000);
    CHECK_EQ(b.data[b.len - 1], 0x90);
    buf_free(&b);
}

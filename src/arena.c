/* arena.c: bump allocator.  Blocks grow geometrically so a run of any size
 * costs O(log n) mallocs; arena_free releases everything at once. */
#include "arena.h"
#include <string.h>
#include <stdlib.h>

/* Block payload starts at the next 16-byte boundary after the header. */
#define BLOCK_HEADER ((sizeof(ArenaBlock) + 15) & ~(size_t)15)
#define BLOCK_DATA(b) ((unsigned char *)(b) + BLOCK_HEADER)

enum { ARENA_FIRST_BLOCK = 64 * 1024 };

static ArenaBlock *new_block(size_t min, size_t prev)
{
    size_t size = prev ? prev * 2 : ARENA_FIRST_BLOCK;
    if (size > 64u * 1024 * 1024)
        size = 64u * 1024 * 1024;
    if (size < min)
        size = min;
    ArenaBlock *b = xmalloc(BLOCK_HEADER + size);
    b->next = NULL;
    b->used = 0;
    b->size = size;
    return b;
}

void *arena_alloc_raw(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < n) {
        ArenaBlock *nb = a->spare && a->spare->size >= n ? a->spare : new_block(n, b ? b->size : 0);
        if (nb == a->spare)
            a->spare = NULL;
        nb->used = 0;
        nb->next = b;
        a->head = b = nb;
    }
    void *p = BLOCK_DATA(b) + b->used;
    b->used += n;
    return p;
}

void *arena_alloc(Arena *a, size_t n)
{
    void *p = arena_alloc_raw(a, n);
    memset(p, 0, (n + 15) & ~(size_t)15);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc_raw(a, n + 1);
    memcpy(p, s, n);
    memset(p + n, 0, ((n + 16) & ~(size_t)15) - n); /* the NUL and the padding */
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

void *arena_memdup(Arena *a, const void *p, size_t n)
{
    void *q = arena_alloc(a, n ? n : 1);
    if (n)
        memcpy(q, p, n);
    return q;
}

void arena_reset(Arena *a)
{
    free(a->spare);
    a->spare = NULL;
    ArenaBlock *b = a->head;
    if (!b)
        return;
    while (b->next) {
        ArenaBlock *older = b->next;
        free(b);
        b = older;
    }
    b->used = 0;
    a->head = b;
}

void arena_free(Arena *a)
{
    free(a->spare);
    a->spare = NULL;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *older = b->next;
        free(b);
        b = older;
    }
    a->head = NULL;
}

void arena_release_blocks(Arena *a, ArenaMark m)
{
    while (a->head && a->head != m.block) {
        ArenaBlock *older = a->head->next;
        if (!older && !m.block) {
            /* released to empty: keep the first block for the next line
             * (a malloc and free of 64 KiB per line was 9% of a run) */
            a->head->used = 0;
            return;
        }
        if (!a->spare || a->spare->size < a->head->size) {
            free(a->spare);
            a->spare = a->head; /* kept for the next block */
        } else {
            free(a->head);
        }
        a->head = older;
    }
    if (a->head)
        a->head->used = m.used;
}

/* arena.c: bump allocator.  Blocks grow geometrically so a run of any size
 * costs O(log n) mallocs; arena_free releases everything at once. */
#include "arena.h"
#include <string.h>
#include <stdlib.h>

/* Block payload starts at the next 16-byte boundary after the header. */
#define BLOCK_HEADER ((sizeof(ArenaBlock) + 15) & ~(size_t)15)

enum { ARENA_FIRST_BLOCK = 64 * 1024 };

static ArenaBlock *new_block(size_t min, size_t prev)
{
    size_t size = prev ? prev * 2 : ARENA_FIRST_BLOCK;
    if (size > 64u * 1024 * 1024)
        size = 64u * 1024 * 1024;
    if (size < min)
        size = min;
    ArenaBlock *b;
    if (size >= LARGE_PAGE) { /* data in large pages, the header apart */
        b = xmalloc(sizeof *b);
        b->data = xmalloc_large(size, &b->large);
    } else {
        b = xmalloc(BLOCK_HEADER + size);
        b->data = (unsigned char *)b + BLOCK_HEADER;
        b->large = NULL;
    }
    b->next = NULL;
    b->used = 0;
    b->size = size;
    return b;
}

static void free_block(ArenaBlock *b)
{
    if (b)
        free(b->large);
    free(b);
}

void *arena_alloc_raw(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < n) {
        ArenaBlock *nb;
        if (a->reuse && a->reuse->size >= n) {
            nb = a->reuse;
            a->reuse = nb->next;
        } else if (a->spare && a->spare->size >= n) {
            nb = a->spare;
            a->spare = NULL;
        } else {
            nb = new_block(n, b ? b->size : 0);
        }
        nb->used = 0;
        nb->next = b;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
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

void *arena_grow(Arena *a, void *p, size_t used_n, size_t old_n, size_t new_n)
{
    ArenaBlock *b = a->head;
    size_t old_r = (old_n + 15) & ~(size_t)15, new_r = (new_n + 15) & ~(size_t)15;
    if (b && p && (unsigned char *)p + old_r == b->data + b->used && new_r >= old_r &&
        new_r - old_r <= b->size - b->used) {
        b->used += new_r - old_r;
        return p;
    }
    void *q = arena_alloc_raw(a, new_n);
    if (used_n)
        memcpy(q, p, used_n);
    return q;
}

static void free_chain(ArenaBlock *b)
{
    while (b) {
        ArenaBlock *older = b->next;
        free_block(b);
        b = older;
    }
}

void arena_reset(Arena *a)
{
    free_chain(a->reuse);
    a->reuse = NULL;
    free_block(a->spare);
    a->spare = NULL;
    ArenaBlock *b = a->head;
    if (!b)
        return;
    while (b->next) {
        ArenaBlock *older = b->next;
        free_block(b);
        b = older;
    }
    b->used = 0;
    a->head = b;
}

void arena_rewind(Arena *a)
{
    while (a->head) {
        ArenaBlock *older = a->head->next;
        a->head->next = a->reuse;
        a->reuse = a->head;
        a->head = older;
    }
}

void arena_free(Arena *a)
{
    free_chain(a->reuse);
    a->reuse = NULL;
    free_block(a->spare);
    a->spare = NULL;
    free_chain(a->head);
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
            free_block(a->spare);
            a->spare = a->head; /* kept for the next block */
        } else {
            free_block(a->head);
        }
        a->head = older;
    }
    if (a->head)
        a->head->used = m.used;
}

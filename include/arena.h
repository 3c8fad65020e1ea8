/* arena.h: bump allocator for per-run data; everything is freed in one go.
 * Layer L0. */
#ifndef ASM_ARENA_H
#define ASM_ARENA_H
#include "base.h"

typedef struct ArenaBlock ArenaBlock;

struct ArenaBlock {
    ArenaBlock *next; /* older block */
    size_t used;      /* bytes handed out from data[] */
    size_t size;      /* capacity of data[] */
    unsigned char *data;
    void *large;      /* a large block's allocation (data is inside it,
                         base.h's xmalloc_large), else NULL */
};

typedef struct Arena {
    ArenaBlock *head; /* newest block; older blocks chain behind it */
    ArenaBlock *spare; /* a block arena_release gave up, for the next one
                          (a mark at a block's end must not cost a malloc
                          and free each time) */
    ArenaBlock *reuse; /* blocks arena_rewind kept, oldest first */
} Arena;

void *arena_alloc(Arena *a, size_t n);          /* zeroed, 16-byte aligned */
void *arena_alloc_raw(Arena *a, size_t n);      /* the same, not zeroed */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
void *arena_memdup(Arena *a, const void *p, size_t n);
/* A growing array p of old_n bytes (the first used_n of them in use) made
 * new_n bytes long: in place if it is the newest thing in the newest block
 * and the block has room, else a copy (the old bytes stay dead until the
 * arena is released).  Built alone, an array of any length then costs
 * about its own size, not the sum of every size it had. */
void *arena_grow(Arena *a, void *p, size_t used_n, size_t old_n, size_t new_n);
void arena_reset(Arena *a);                      /* keep the first block, drop the rest */
/* Release everything but keep the blocks, to be filled again in the same
 * order: a second pass that allocates what the first did touches no new
 * page. */
void arena_rewind(Arena *a);

/* A point to return to: everything allocated after the mark is released
 * by arena_release (used by nested statement processing). */
typedef struct ArenaMark {
    ArenaBlock *block;
    size_t used;
} ArenaMark;
void arena_release_blocks(Arena *a, ArenaMark m);
/* (both run once or twice per source line: inline for the common case,
 * a release within the newest block) */
static inline ArenaMark arena_mark(Arena *a)
{
    ArenaMark m;
    m.block = a->head;
    m.used = a->head ? a->head->used : 0;
    return m;
}
static inline void arena_release(Arena *a, ArenaMark m)
{
    if (a->head && a->head == m.block)
        a->head->used = m.used;
    else
        arena_release_blocks(a, m);
}
void arena_free(Arena *a);

#endif

/* sym.c: open-addressing hash table of symbols keyed by (scope, name).
 * It doubles when three quarters full (the hashes array keeps the longer
 * probes cheap), so any number of symbols stays O(1) per lookup: 100k
 * labels inside one PROC cost the same as outside. */
#include "sym.h"
#include <string.h>
#include <stdlib.h>

static int fold(int c, bool cs)
{
    return (!cs && c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* A-Z folded to a-z in eight bytes at once (ASCII only). */
static uint64_t fold8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t low7 = w & ~high;
    uint64_t ge_a = low7 + (0x80 - 'A') * ones; /* high bit: byte >= 'A' */
    uint64_t gt_z = low7 + (0x7F - 'Z') * ones; /* high bit: byte > 'Z' */
    return w | ((ge_a ^ gt_z) & ~w & high) >> 2;
}

/* The hash always folds case, so OPTION CASEMAP may change in the middle
 * of a file without rehashing: only the comparison depends on it.  Eight
 * bytes at a time (the table's order never shows in the output). */
static uint32_t hash_name(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    for (; n >= 8; u += 8, n -= 8) {
        uint64_t w = 0;
        for (int k = 0; k < 8; k++)
            w |= (uint64_t)u[k] << (8 * k);
        h = (h ^ fold8(w)) * 0xFF51AFD7ED558CCDu;
    }
    uint64_t w = load_tail_le(u, n);
    h = (h ^ fold8(w)) * 0xFF51AFD7ED558CCDu;
    h ^= h >> 32;
    return (uint32_t)((h * 0x9E3779B97F4A7C15u) >> 32);
}

/* The slot hash of a name in a scope: the name's hash mixed with the
 * scope, so a lookup in a PROC and then globally hashes the name once. */
static uint32_t in_scope(uint32_t name_hash, const Sym *scope)
{
    uint32_t k = (uint32_t)((uintptr_t)scope >> 4) * 2654435761u;
    return name_hash ^ k;
}

static bool same_name(const Sym *s, const char *name, size_t n, bool cs)
{
    if (s->len != n)
        return false;
    if (memcmp(s->name, name, n) == 0)
        return true; /* mostly written the same way */
    if (cs)
        return false;
    for (size_t i = 0; i < n; i++)
        if (fold((unsigned char)s->name[i], false) != fold((unsigned char)name[i], false))
            return false;
    return true;
}

void sym_init(SymTab *t, Arena *arena)
{
    memset(t, 0, sizeof *t);
    t->arena = arena;
    t->cap = 1024;
    t->slots = xmalloc_large(t->cap * sizeof *t->slots, &t->slots_alloc);
    memset(t->slots, 0, t->cap * sizeof *t->slots);
}

void sym_free(SymTab *t)
{
    free(t->slots_alloc);
    free(t->all);
    t->slots = NULL;
    t->all = NULL;
}

/* Twice the slots; the symbols keep their relative order of probing
 * (only the slots are read, no symbol). */
static void grow(SymTab *t)
{
    uint32_t cap = t->cap * 2;
    void *alloc;
    SymSlot *slots = xmalloc_large(cap * sizeof *slots, &alloc); /* 2 MiB from 256k slots */
    memset(slots, 0, cap * sizeof *slots);
    for (uint32_t i = 0; i < t->cap; i++) {
        if (!t->slots[i].index)
            continue;
        uint32_t j = t->slots[i].hash & (cap - 1);
        while (slots[j].index)
            j = (j + 1) & (cap - 1);
        slots[j] = t->slots[i];
    }
    free(t->slots_alloc);
    t->slots = slots;
    t->slots_alloc = alloc;
    t->cap = cap;
}

/* The slot of (scope, name): its symbol's, or the empty one where it
 * goes. */
static uint32_t probe(const SymTab *t, const char *name, size_t len, const Sym *scope,
                      uint32_t h)
{
    uint32_t i = h & (t->cap - 1);
    for (;;) {
        const SymSlot *e = &t->slots[i];
        if (!e->index)
            return i;
        if (e->hash == h) {
            const Sym *s = t->all[e->index - 1];
            if (s->scope == scope && same_name(s, name, len, t->case_sensitive))
                return i;
        }
        i = (i + 1) & (t->cap - 1);
    }
}

Sym *sym_find(SymTab *t, const char *name, size_t len, Sym *scope)
{
    uint32_t nh = hash_name(name, len);
    if (scope) {
        Sym *s = sym_slot(t, probe(t, name, len, scope, in_scope(nh, scope)));
        if (s)
            return s;
    }
    return sym_slot(t, probe(t, name, len, NULL, in_scope(nh, NULL)));
}

Sym *sym_intern(SymTab *t, const char *name, size_t len, Sym *scope)
{
    uint32_t h = in_scope(hash_name(name, len), scope);
    uint32_t slot = probe(t, name, len, scope, h);
    if (t->slots[slot].index)
        return t->all[t->slots[slot].index - 1];
    if ((uint64_t)(t->count + 1) * 4 > (uint64_t)t->cap * 3) {
        grow(t);
        slot = probe(t, name, len, scope, h);
    }
    if (t->count == t->all_cap) {
        t->all_cap = t->all_cap ? t->all_cap * 2 : 1024;
        t->all = xrealloc(t->all, t->all_cap * sizeof *t->all);
    }
    Sym *s = arena_alloc(t->arena, sizeof *s);
    s->name = arena_strndup(t->arena, name, len);
    s->len = (uint32_t)len;
    s->hash = h;
    s->scope = scope;
    s->coff_index = -1;
    t->made_cs |= t->case_sensitive;
    t->all[t->count++] = s;
    t->slots[slot].hash = h;
    t->slots[slot].index = t->count;
    return s;
}

Sym *sym_intern_next(SymTab *t, const Sym *prev, const char *name, size_t len, Sym *scope)
{
    /* The table holds one symbol per (scope, name) under the comparison
     * of the moment, unless CASEMAP changed after a symbol was made under
     * CASEMAP:NONE: then ABC and abc may both match, and only the probe
     * order says which is meant. */
    Sym *s = prev ? prev->next_def : NULL;
    if (s && s->scope == scope && s->len == len && (t->case_sensitive || !t->made_cs) &&
        memcmp(s->name, name, len) == 0) /* (spelled the same: equal either way) */
        return s;
    return sym_intern(t, name, len, scope);
}

void sym_mark_defined(SymTab *t, Sym *s)
{
    if (s->next_def || t->last == s)
        return;
    if (t->last)
        t->last->next_def = s;
    else
        t->first = s;
    t->last = s;
}

void sym_each(SymTab *t, void (*fn)(Sym *s, void *ctx), void *ctx)
{
    for (uint32_t i = 0; i < t->count; i++)
        fn(t->all[i], ctx);
}

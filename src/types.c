/* types.c: user types in expressions.  Layer L4, below the expression
 * evaluator's callers and beside it: field lookup for the member operator
 * '.', type casts, the types ASSUMEd for registers, and the values of
 * RECORD operators (MASK, WIDTH, `REC <...>`).  The types themselves are
 * built by the STRUCT/UNION/RECORD/TYPEDEF directives in dir_types.c.
 *
 *   member := expr '.' name        name a field of expr's type, or a type
 *
 * A field gives the expression its offset (added to a displacement, an
 * address or, for `TYPE.field`, a constant), its operand size and its own
 * type, so `x.f1.f2` chains. */
#include "types.h"
#include "asm.h"
#include "expr.h"
#include "reg.h"
#include <string.h>

TypesCtx *types_ctx(Asm *a)
{
    if (!a->types)
        a->types = arena_alloc(&a->perm, sizeof *a->types);
    TypesCtx *c = a->types;
    if (c->pass != a->pass) {
        memset(c, 0, sizeof *c);
        c->pass = a->pass;
    }
    return c;
}

bool types_plain_context(Asm *a)
{
    const TypesCtx *c = types_ctx(a);
    return c->depth == 0 && !c->assumed;
}

const Type *types_resolve(const Type *t)
{
    while (t && t->kind == TY_TYPEDEF && t->base)
        t = t->base;
    return t;
}

uint8_t types_operand_size(uint32_t n)
{
    switch (n) {
    case 1: case 2: case 4: case 6: case 8: case 10: case 16: case 32: case 64:
        return (uint8_t)n;
    default:
        return 0;
    }
}

static bool same_name(const char *a, size_t an, const char *b, size_t bn, bool cs)
{
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++) {
        char x = a[i], y = b[i];
        if (!cs) {
            if (x >= 'A' && x <= 'Z')
                x = (char)(x + 32);
            if (y >= 'A' && y <= 'Z')
                y = (char)(y + 32);
        }
        if (x != y)
            return false;
    }
    return true;
}

static uint32_t fold_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        h = (h ^ (uint8_t)c) * 16777619u;
    }
    return h;
}

static void slot_put(Type *t, uint32_t entry)
{
    const Field *f = t->names[entry].f;
    uint32_t k = fold_hash(f->name, f->len) & (t->nslots - 1);
    while (t->slots[k])
        k = (k + 1) & (t->nslots - 1);
    t->slots[k] = entry + 1;
}

/* Adds a name unless the same spelling is there: the first one stays, as
 * a walk in definition order finds it.  Names that differ in case are
 * both kept, in order, so either case rule finds the first that matches
 * (linear probing keeps equal hashes in insertion order). */
static void names_add(Arena *ar, Type *t, const Field *f, uint32_t through)
{
    uint32_t k = fold_hash(f->name, f->len) & (t->nslots - 1);
    for (uint32_t e; (e = t->slots[k]) != 0; k = (k + 1) & (t->nslots - 1)) {
        const Field *g = t->names[e - 1].f;
        if (g->len == f->len && memcmp(g->name, f->name, f->len) == 0)
            return;
    }
    if (t->nnames == t->names_cap) {
        uint32_t cap = t->names_cap * 2;
        FieldRef *names = arena_alloc(ar, (size_t)cap * sizeof *names);
        memcpy(names, t->names, (size_t)t->nnames * sizeof *names);
        t->names = names;
        t->names_cap = cap;
    }
    t->names[t->nnames] = (FieldRef){f, through};
    t->slots[k] = ++t->nnames;
    if (t->nnames * 2 > t->nslots) {
        /* grow geometrically, re-put in order: linear over all insertions */
        t->nslots *= 2;
        t->slots = arena_alloc(ar, (size_t)t->nslots * sizeof *t->slots);
        for (uint32_t i = 0; i < t->nnames; i++)
            slot_put(t, i);
    }
}

/* The names an anonymous member of type m brings, at its offset: those
 * m's lookups find, taken once now.  (Searching the anonymous members at
 * each miss made a STRUCT with many of them, or with many unnamed data
 * fields, quadratic: the fuzzer's inputs ran for minutes.) */
static void names_add_member(Arena *ar, Type *t, const Type *m, uint32_t at)
{
    if (m->names) {
        uint32_t n = m->nnames; /* m may be t itself (a redefinition) */
        for (uint32_t i = 0; i < n; i++) {
            FieldRef r = m->names[i];
            names_add(ar, t, r.f, at + r.through);
        }
        return;
    }
    for (const Field *g = m->fields; g; g = g->next)
        if (g->name)
            names_add(ar, t, g, at);
}

/* An unnamed field of a type with fields: its names are the outer type's. */
static bool is_member(const Field *f)
{
    return !f->name && f->type && f->type->fields;
}

static void names_start(Arena *ar, Type *t)
{
    t->names_cap = 64;
    t->names = arena_alloc(ar, (size_t)t->names_cap * sizeof *t->names);
    t->nslots = 128;
    t->slots = arena_alloc(ar, (size_t)t->nslots * sizeof *t->slots);
    for (const Field *g = t->fields; g; g = g->next) {
        if (g->name)
            names_add(ar, t, g, 0);
        else if (is_member(g))
            names_add_member(ar, t, g->type, g->offset);
    }
}

enum { INDEX_FROM = 16 }; /* fields before a type gets an index */

void types_link_field(Arena *ar, Type *t, Field *f)
{
    if (t->last)
        t->last->next = f;
    else
        t->fields = f;
    t->last = f;
    t->nfields++;
    if (!t->names) {
        if (t->nfields >= INDEX_FROM || is_member(f))
            names_start(ar, t); /* f included */
    } else if (f->name) {
        names_add(ar, t, f, 0);
    } else if (is_member(f)) {
        names_add_member(ar, t, f->type, f->offset);
    }
}

/* Field names follow the symbol table's case rule. */
static const Field *find_field(const Type *t, const char *name, size_t len, bool cs,
                               uint32_t *offset)
{
    if (t->names) {
        uint32_t k = fold_hash(name, len) & (t->nslots - 1);
        for (uint32_t e; (e = t->slots[k]) != 0; k = (k + 1) & (t->nslots - 1)) {
            const FieldRef *r = &t->names[e - 1];
            if (same_name(r->f->name, r->f->len, name, len, cs)) {
                *offset += r->through;
                return r->f;
            }
        }
        return NULL;
    }
    /* few fields and no anonymous member with fields of its own */
    for (const Field *f = t->fields; f; f = f->next)
        if (f->name && same_name(f->name, f->len, name, len, cs))
            return f;
    return NULL;
}

const Field *types_find_name(const Type *t, bool (*pred)(void *ctx, const Field *f), void *ctx)
{
    if (t->names) {
        for (uint32_t i = 0; i < t->nnames; i++)
            if (pred(ctx, t->names[i].f))
                return t->names[i].f;
        return NULL;
    }
    for (const Field *f = t->fields; f; f = f->next)
        if (f->name && pred(ctx, f))
            return f;
    return NULL;
}

const Field *types_field(const Type *t, const char *name, size_t len, uint32_t *offset)
{
    t = types_resolve(t);
    if (!t || (t->kind != TY_STRUCT && t->kind != TY_UNION))
        return NULL;
    return find_field(t, name, len, false, offset);
}

const Type *types_assumed(Asm *a, int reg)
{
    if (reg <= R_NONE || reg >= R_COUNT)
        return NULL;
    return types_ctx(a)->assume[reg];
}

/* The type a '.' looks into: the operand's own, or the one ASSUMEd for
 * its base register ([rbx].field). */
static const Type *member_scope(Asm *a, const Expr *e)
{
    const Type *t = types_resolve(e->type);
    if (!t && e->kind == EX_MEM && e->base != R_NONE && e->index == R_NONE)
        t = types_resolve(types_assumed(a, e->base));
    return t;
}

bool types_member(Asm *a, Expr *e, const Tok *name)
{
    if (e->undefined)
        return true; /* a forward label: its type is known in pass 2 */
    const Type *t = member_scope(a, e);
    uint32_t off = 0;
    const Field *f = NULL;
    if (t && (t->kind == TY_STRUCT || t->kind == TY_UNION))
        f = find_field(t, name->p, name->len, a->syms.case_sensitive, &off);
    if (!f) {
        Sym *s = sym_find(&a->syms, name->p, name->len, NULL);
        if (s && s->kind == SYM_TYPE && s->type) {
            /* [rbx].POINT: a cast, the fields come next */
            e->type = s->type;
            e->field = NULL;
            if (e->kind == EX_MEM)
                e->size = types_operand_size((uint32_t)s->value);
            return true;
        }
        diag_error(&a->diag, a->loc, E_UNDEFINED, arena_strndup(&a->line, name->p, name->len));
        return false;
    }
    off += f->offset;
    switch ((ExprKind)e->kind) {
    case EX_TYPE:
        e->kind = EX_CONST;
        e->value = off;
        break;
    case EX_CONST:
    case EX_MEM:
    case EX_ADDR:
        e->value = (int64_t)((uint64_t)e->value + off);
        break;
    case EX_REG:
    case EX_STR:
    case EX_REAL:
        diag_error(&a->diag, a->loc, E_FIELD_EXPECTED);
        return false;
    }
    e->size = types_operand_size(f->elem);
    e->type = f->type;
    e->field = f;
    return true;
}

static uint64_t bits(uint32_t width)
{
    return width >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << width) - 1;
}

bool types_mask_width(Asm *a, const Sym *s, bool mask, int64_t *v)
{
    const Type *t = s ? types_resolve(s->type) : NULL;
    if (!t || t->kind != TY_RECORD ||
        (s->kind != SYM_TYPE && s->kind != SYM_CONST && s->kind != SYM_LABEL)) {
        diag_error(&a->diag, a->loc, E_RECORD_OPERAND);
        return false;
    }
    if (s->kind != SYM_CONST) { /* the record type, or a record variable */
        *v = mask ? (int64_t)bits(t->width) : (int64_t)t->width;
        return true;
    }
    for (const Field *f = t->fields; f; f = f->next) {
        if (same_name(f->name, f->len, s->name, s->len, a->syms.case_sensitive)) {
            *v = mask ? (int64_t)(bits(f->size) << f->offset) : (int64_t)f->size;
            return true;
        }
    }
    diag_error(&a->diag, a->loc, E_RECORD_OPERAND);
    return false;
}

int types_split(const Tok *t, int pos, int end, int *starts, int *ends, int max)
{
    int n = 0, depth = 0, from = pos;
    if (pos >= end)
        return 0;
    for (int i = pos; i <= end; i++) {
        bool at_end = i == end;
        if (!at_end && t[i].kind == TK_PUNCT) {
            int op = t[i].op;
            if (op == '(' || op == '[' || op == '{')
                depth++;
            else if ((op == ')' || op == ']' || op == '}') && depth > 0)
                depth--;
        }
        if (at_end || (depth == 0 && t[i].kind == TK_PUNCT && t[i].op == ',')) {
            if (n == max)
                return -1;
            starts[n] = from;
            ends[n] = i;
            n++;
            from = i + 1;
        }
    }
    return n;
}

LexResult types_lex(Asm *a, const char *p, size_t n)
{
    LexResult r = lex_tokens(&a->line, p, p + n, 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    return r;
}

bool types_record_value(Asm *a, const Type *t, const Tok *angle, int64_t *v)
{
    LexResult r = types_lex(a, angle->p + 1, angle->len - 2);
    int starts[64], ends[64];
    int n = types_split(r.toks, 0, r.ntoks, starts, ends, 64);
    if (n < 0 || (uint32_t)n > t->nfields) {
        diag_error(&a->diag, a->loc, E_STRUCT_TOO_MANY_INIT,
                   arena_strndup(&a->line, angle->p, angle->len));
        return false;
    }
    uint64_t value = 0;
    int k = 0;
    for (const Field *f = t->fields; f; f = f->next, k++) {
        int64_t x = f->rec_default;
        if (k < n && starts[k] < ends[k]) {
            int pos = starts[k];
            if (!expr_const(a, r.toks, &pos, ends[k], &x))
                return false;
            if (pos != ends[k]) {
                diag_error(&a->diag, a->loc, E_SYNTAX,
                           arena_strndup(&a->line, r.toks[pos].p, r.toks[pos].len));
                return false;
            }
        }
        if (((uint64_t)x & ~bits(f->size)) && ((uint64_t)~x & ~(bits(f->size) >> 1))) {
            diag_error(&a->diag, a->loc, E_INIT_TOO_LARGE);
            return false;
        }
        value |= ((uint64_t)x & bits(f->size)) << f->offset;
    }
    *v = (int64_t)value;
    return true;
}

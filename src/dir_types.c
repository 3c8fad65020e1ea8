/* dir_types.c: the directives that define user types and their data.
 * Layer L6 (beside dir_data.c); the Type descriptors and the member
 * operator are in types.c.
 *
 *   struct   := name (STRUCT|STRUC|UNION) [align] [',' NONUNIQUE]
 *               {field | nested | ALIGN [n] | EVEN} name ENDS
 *   nested   := (STRUCT|UNION) [name] {field | nested} ENDS
 *   field    := [name] (data-type | type-name) initializers
 *   record   := name RECORD bits {',' bits}      bits := f ':' width ['=' expr]
 *   typedef  := name TYPEDEF (scalar | type-name | [NEAR|FAR] PTR [type]
 *               | PROTO [params])
 *   instance := [name] type-name item {',' item}
 *   item     := '?' | '<' inits '>' | '{' inits '}' | count DUP '(' item... ')'
 *   assume   := ASSUME reg ':' (PTR type | NOTHING | ERROR) {',' ...}
 *
 * A type is defined again in pass 2 (and may be defined twice in one
 * pass); the new definition must equal the old one ("benign"), and the old
 * descriptor stays, so labels keep pointing at a valid type.  Field
 * defaults are kept as text and lexed again for each instance. */
#include "stmt.h"
#include "dir_types.h"
#include "dir_data.h"
#include "types.h"
#include "proc.h"
#include <string.h>

enum { MAX_ITEMS = 512 };

/* The size code (SZ_*) of a scalar type word or data directive, or 0. */
static int scalar_code(const Tok *t)
{
    if (t->kind != TK_ID)
        return 0;
    if (t->kw.kind == KW_TYPE)
        return (t->kw.id & SZ_BYTES) < MT_NEAR ? t->kw.id : 0;
    return kw_data_size(kw_arg(t->kw));
}

static const Sym *type_sym(Asm *a, const Tok *t)
{
    if (t->kind != TK_ID || t->kw.kind == KW_REG)
        return NULL;
    const Sym *s = sym_find(&a->syms, t->p, t->len, NULL);
    return s && s->kind == SYM_TYPE && s->type ? s : NULL;
}

static bool is_punct(const Tok *t, int op)
{
    return t->kind == TK_PUNCT && t->op == op;
}

static const char *text_of(Asm *a, const Tok *t, int from, int end)
{
    if (from >= end)
        return "";
    const char *p = t[from].p;
    return arena_strndup(&a->perm, p, (size_t)(t[end - 1].p + t[end - 1].len - p));
}

/* ---- instances ----------------------------------------------------- */

static void zeros(Asm *a, Section *sec, uint32_t n, uint8_t fill)
{
    static const uint8_t z[64];
    if (!sec || !n)
        return;
    if (sec->is_bss) {
        sec_emit_fill(&a->secs, sec, n, 0);
        return;
    }
    uint8_t sp[64];
    memset(sp, fill, sizeof sp);
    while (n) {
        uint32_t k = MIN(n, 64u);
        sec_emit_bytes(&a->secs, sec, fill ? sp : z, k);
        n -= k;
    }
}

static bool type_items(Asm *a, Section *sec, const Type *t, const Tok *tk, int pos, int end,
                       uint32_t *bytes, uint32_t *count, int depth);

/* One field of a struct instance from tokens [pos, end) (its override or
 * its default), padded to the field's size. */
static bool field_init(Asm *a, Section *sec, const Field *f, const Tok *tk, int pos, int end,
                       int depth)
{
    uint32_t bytes = 0, count = 0;
    uint8_t pad = 0;
    bool ok;
    if (f->type) {
        ok = type_items(a, sec, f->type, tk, pos, end, &bytes, &count, depth + 1);
    } else {
        if (end - pos == 1 && tk[pos].kind == TK_ANGLE) {
            LexResult r = types_lex(a, tk[pos].p + 1, tk[pos].len - 2);
            tk = r.toks;
            pos = 0;
            end = r.ntoks;
        } else if (end - pos >= 2 && is_punct(&tk[pos], '{') && is_punct(&tk[end - 1], '}')) {
            pos++;
            end--;
        } else if (end - pos == 1 && tk[pos].kind == TK_STR && f->elem == 1) {
            pad = ' '; /* a shorter string is padded with blanks */
        }
        ok = pos == end || data_items(a, sec, tk, pos, end, f->dirsize, &bytes, &count);
    }
    if (!ok)
        return false;
    if (bytes > f->size) {
        diag_error(&a->diag, a->loc, E_STRUCT_TOO_MANY_INIT, text_of(a, tk, pos, end));
        return false;
    }
    zeros(a, sec, f->size - bytes, pad);
    return true;
}

/* A struct or union instance from the items inside <...> or {...}. */
static bool struct_init(Asm *a, Section *sec, const Type *t, const Tok *tk, int pos, int end,
                        int depth)
{
    int starts[MAX_ITEMS], ends[MAX_ITEMS];
    int n = types_split(tk, pos, end, starts, ends, MAX_ITEMS);
    if (n == 1 && starts[0] == ends[0])
        n = 0;
    if (n < 0 || (uint32_t)n > (t->kind == TY_UNION ? 1u : t->nfields)) {
        diag_error(&a->diag, a->loc, E_STRUCT_TOO_MANY_INIT, text_of(a, tk, pos, end));
        return false;
    }
    uint32_t cur = 0;
    int k = 0;
    for (const Field *f = t->fields; f; f = f->next, k++) {
        zeros(a, sec, f->offset - cur, 0);
        /* each field's tokens (its default re-lexed, nested instances)
         * are freed after it: nested STRUCTs make an instance's field
         * count grow exponentially with the source, and the line arena
         * is otherwise only freed after the statement (20 source lines
         * took 300 MB for a 128 KB instance) */
        ArenaMark mark = arena_mark(&a->line);
        bool ok;
        if (k < n && starts[k] < ends[k]) {
            ok = field_init(a, sec, f, tk, starts[k], ends[k], depth);
        } else {
            LexResult r = types_lex(a, f->init, strlen(f->init));
            ok = field_init(a, sec, f, r.toks, 0, r.ntoks, depth);
        }
        arena_release(&a->line, mark);
        if (!ok)
            return false;
        cur = f->offset + f->size;
        if (t->kind == TY_UNION)
            break; /* only the first member of a union is initialized */
    }
    zeros(a, sec, t->size - cur, 0);
    return true;
}

/* One element: '?', <...>, {...} or (records) a constant. */
static bool type_item(Asm *a, Section *sec, const Type *t, const Tok *tk, int pos, int end,
                      int depth)
{
    const Type *r = types_resolve(t);
    if (depth > 32) {
        diag_error(&a->diag, a->loc, E_TOO_COMPLEX);
        return false;
    }
    bool angle = end - pos == 1 && tk[pos].kind == TK_ANGLE;
    bool brace = end - pos >= 2 && is_punct(&tk[pos], '{') && is_punct(&tk[end - 1], '}');
    bool undef = end - pos == 1 && tok_is_question(&tk[pos]);
    if (r->kind == TY_RECORD) {
        int64_t v = 0;
        if (angle && !types_record_value(a, r, &tk[pos], &v))
            return false;
        if (brace) {
            Tok fake = tk[pos];
            fake.kind = TK_ANGLE;
            fake.len = (uint32_t)(tk[end - 1].p + 1 - tk[pos].p);
            if (!types_record_value(a, r, &fake, &v))
                return false;
        } else if (!angle && !undef) {
            int p = pos;
            if (!expr_const(a, tk, &p, end, &v))
                return false;
        }
        uint8_t le[8];
        for (int i = 0; i < 8; i++)
            le[i] = (uint8_t)((uint64_t)v >> (8 * i));
        if (sec && sec->is_bss)
            sec_emit_fill(&a->secs, sec, r->size, 0);
        else if (sec)
            sec_emit_bytes(&a->secs, sec, le, r->size);
        return true;
    }
    if (r->kind == TY_TYPEDEF) {
        uint32_t bytes, count;
        return data_items(a, sec, tk, pos, end, r->dirsize, &bytes, &count);
    }
    if (undef)
        return struct_init(a, sec, r, tk, pos, pos, depth);
    if (angle) {
        LexResult lr = types_lex(a, tk[pos].p + 1, tk[pos].len - 2);
        return struct_init(a, sec, r, lr.toks, 0, lr.ntoks, depth);
    }
    if (brace)
        return struct_init(a, sec, r, tk, pos + 1, end - 1, depth);
    diag_error(&a->diag, a->loc, E_STRUCT_INIT);
    return false;
}

/* items := item {',' item}, where an item may be `count DUP (items)`. */
static bool type_items(Asm *a, Section *sec, const Type *t, const Tok *tk, int pos, int end,
                       uint32_t *bytes, uint32_t *count, int depth)
{
    int starts[MAX_ITEMS], ends[MAX_ITEMS];
    int n = types_split(tk, pos, end, starts, ends, MAX_ITEMS);
    uint32_t size = types_resolve(t)->size;
    if (types_resolve(t)->kind == TY_TYPEDEF)
        size = types_resolve(t)->dirsize & SZ_BYTES;
    *bytes = *count = 0;
    if (n < 0) {
        diag_error(&a->diag, a->loc, E_TOO_COMPLEX);
        return false;
    }
    if (n == 0 || (n == 1 && starts[0] == ends[0])) {
        diag_error(&a->diag, a->loc, E_STRUCT_INIT);
        return false;
    }
    for (int k = 0; k < n; k++) {
        int s = starts[k], e = ends[k], d = s;
        while (d < e && !tok_is_op(&tk[d], OPR_DUP))
            d++;
        if (d < e) {
            int64_t reps;
            int p = s;
            if (!expr_const(a, tk, &p, d, &reps))
                return false;
            if (reps < 0 || reps > 0x1000000) {
                diag_error(&a->diag, a->loc, E_CONST_TOO_LARGE);
                return false;
            }
            if (d + 1 >= e || !is_punct(&tk[d + 1], '(') || !is_punct(&tk[e - 1], ')'))
                return asm_syntax_error(a, &tk[d + 1 < e ? d + 1 : d]);
            uint32_t ib = 0, ic = 0;
            for (int64_t r = 0; r < (sec ? reps : (reps ? 1 : 0)); r++) {
                ArenaMark mark = arena_mark(&a->line); /* per element, as per field */
                bool ok = type_items(a, sec, t, tk, d + 2, e - 1, &ib, &ic, depth + 1);
                arena_release(&a->line, mark);
                if (!ok)
                    return false;
            }
            *bytes += (uint32_t)reps * ib;
            *count += (uint32_t)reps * ic;
            continue;
        }
        if (!type_item(a, sec, t, tk, s, e, depth))
            return false;
        *bytes += size;
        *count += 1;
    }
    return true;
}

/* LENGTH of an instance: the count of a DUP that is its first item, else
 * 0 (the items were checked by type_items already). */
static uint32_t first_dup(Asm *a, const Tok *tk, int pos, int end)
{
    int starts[MAX_ITEMS], ends[MAX_ITEMS];
    if (types_split(tk, pos, end, starts, ends, MAX_ITEMS) < 1)
        return 0;
    int s = starts[0], e = ends[0], d = s;
    while (d < e && !tok_is_op(&tk[d], OPR_DUP))
        d++;
    int64_t reps;
    if (d >= e || !expr_const(a, tk, &s, d, &reps) || reps < 0)
        return 0;
    return (uint32_t)reps;
}

bool types_data_statement(Asm *a, Stmt *st, int i)
{
    const Tok *t = st->toks;
    const Tok *name = NULL;
    const Sym *ts = i + 1 < st->ntoks ? type_sym(a, &t[i + 1]) : NULL;
    if (ts)
        name = &t[i++];
    else if ((ts = type_sym(a, &t[i])) == NULL)
        return false;
    const Type *ty = ts->type, *r = types_resolve(ty);
    if (r->distance) { /* p pfn 0 (pfn TYPEDEF NEAR): ml64 A2104 */
        diag_error(&a->diag, a->loc, E_DATA_TYPE, ts->name);
        return true;
    }
    Section *sec = asm_section(a);
    if (!sec)
        return true;
    uint8_t mt = types_operand_size((uint32_t)ts->value);
    Sym *label = name ? asm_define_label(a, name, mt, true) : NULL;
    if (name && !label)
        return true;
    if (label)
        label->in_proc = false; /* a static symbol, as any data label */
    uint32_t bytes, count;
    if (label)
        label->type = ty;
    if (!type_items(a, sec, ty, t, i + 1, st->ntoks, &bytes, &count, 0))
        return true;
    if (label) {
        label->count = count;
        label->total = bytes;
        label->length = first_dup(a, t, i + 1, st->ntoks);
        label->is_signed_type = r->kind == TY_TYPEDEF && (r->dirsize & SZ_SIGNED);
        label->is_float_type = r->kind == TY_TYPEDEF && (r->dirsize & SZ_REAL);
    }
    return true;
}

/* ---- STRUCT / UNION definitions ------------------------------------ */

static Type *new_type(Asm *a, TypeKind kind, const char *name, uint32_t align)
{
    Type *t = arena_alloc(&a->perm, sizeof *t);
    t->kind = (uint8_t)kind;
    t->name = name;
    t->align = align;
    t->max_align = 1;
    return t;
}

/* Alignment of a member of n bytes of element (JWasm's choices for the
 * sizes that are no power of two: FWORD 8, TBYTE 2). */
static uint32_t natural_align(const Field *f)
{
    if (f->type)
        return types_resolve(f->type)->kind == TY_STRUCT ||
               types_resolve(f->type)->kind == TY_UNION ? types_resolve(f->type)->max_align
                                                       : f->elem;
    switch (f->elem) {
    case 6: return 8;
    case 10: return 2;
    default: return f->elem ? f->elem : 1;
    }
}

static void add_field(Asm *a, OpenType *o, Field *f)
{
    Type *t = o->t;
    uint32_t al = MIN(t->align, natural_align(f));
    if (t->kind == TY_UNION) {
        f->offset = 0;
        t->size = MAX(t->size, f->size);
    } else {
        f->offset = (o->cur + al - 1) / al * al;
        o->cur = f->offset + f->size;
        t->size = o->cur;
    }
    if (t->align > 1)
        t->max_align = MAX(t->max_align, al);
    types_link_field(&a->perm, t, f);
}

static bool open_type(Asm *a, TypeKind kind, Sym *sym, const Tok *name, uint32_t align)
{
    TypesCtx *c = types_ctx(a);
    if (c->depth == (int)ARRAY_LEN(c->open)) {
        diag_error(&a->diag, a->loc, E_TOO_COMPLEX);
        return false;
    }
    OpenType *o = &c->open[c->depth++];
    memset(o, 0, sizeof *o);
    o->t = new_type(a, kind, sym ? sym->name : NULL, align);
    o->sym = sym;
    if (name) {
        o->name = arena_strndup(&a->perm, name->p, name->len);
        o->len = name->len;
    }
    return true;
}

/* The symbol a type definition names: new, or already a type (the caller
 * checks that the two definitions agree); NULL after an error when the
 * name is taken by anything else. */
static Sym *type_name_sym(Asm *a, const Stmt *st)
{
    Sym *s = sym_intern(&a->syms, st->name->p, st->name->len, NULL);
    if (s->kind != SYM_UNDEF && s->kind != SYM_TYPE) {
        diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
        return NULL;
    }
    return s;
}

/* name STRUCT [align] [, NONUNIQUE] */
static bool define_struct(Asm *a, Stmt *st, TypeKind kind)
{
    /* /Zp[n] sets the alignment of a STRUCT that names none */
    uint32_t align = a->opt->struct_pack > 1 ? (uint32_t)a->opt->struct_pack : 1;
    bool zp = align > 1;
    int i = st->arg;
    if (i < st->ntoks && !is_punct(&st->toks[i], ',')) {
        zp = false;
        int64_t v = expr_type_size(a, &st->toks[i]);
        if (v && v < MT_NEAR)
            i++; /* S STRUCT QWORD: the type's size (ml64) */
        else if (!expr_const(a, st->toks, &i, st->ntoks, &v))
            return false;
        if (v != 1 && v != 2 && v != 4 && v != 8 && v != 16 && v != 32)
            diag_error(&a->diag, a->loc, E_STRUCT_ALIGN); /* still opened, so
                                                             ENDS matches */
        else
            align = (uint32_t)v;
    }
    if (i + 1 < st->ntoks && is_punct(&st->toks[i], ',') &&
        tok_arg(&st->toks[i + 1]) == AW_NONUNIQUE)
        i += 2;
    if (!stmt_end(a, st, i))
        return false;
    Sym *s = type_name_sym(a, st);
    if (!s || !open_type(a, kind, s, NULL, align))
        return false;
    types_ctx(a)->open[types_ctx(a)->depth - 1].zp = zp;
    return true;
}

bool dir_struct(Asm *a, Stmt *st)
{
    return define_struct(a, st, TY_STRUCT);
}

bool dir_union(Asm *a, Stmt *st)
{
    return define_struct(a, st, TY_UNION);
}

static bool same_type(const Type *x, const Type *y);

static DiagId compare_fields(const Type *x, const Type *y)
{
    if (x->nfields != y->nfields)
        return E_STRUCT_REDEF_COUNT;
    for (const Field *f = x->fields, *g = y->fields; f; f = f->next, g = g->next) {
        if ((f->name == NULL) != (g->name == NULL) ||
            (f->name && (f->len != g->len || memcmp(f->name, g->name, f->len))))
            return E_STRUCT_REDEF_LABEL;
        if (f->offset != g->offset || f->size != g->size)
            return E_STRUCT_REDEF_OFFSET;
        if (strcmp(f->init, g->init) || f->dirsize != g->dirsize || f->rec_default != g->rec_default ||
            (f->type != g->type && !(f->type && g->type && same_type(f->type, g->type))))
            return E_STRUCT_REDEF_INIT;
    }
    return E_SYNTAX; /* none */
}

static bool same_type(const Type *x, const Type *y)
{
    return x->kind == y->kind && x->size == y->size && compare_fields(x, y) == E_SYNTAX;
}

/* Give sym its type t, or check t against the type it already has. */
static bool set_type(Asm *a, Sym *s, Type *t, DiagId mismatch)
{
    if (s->kind == SYM_TYPE && s->type) {
        DiagId d = s->type->kind != t->kind || s->type->size != t->size
                 ? mismatch : compare_fields(s->type, t);
        if (d != E_SYNTAX) {
            if (mismatch == E_RECORD_REDEF || mismatch == E_REDEFINITION)
                diag_error(&a->diag, a->loc, mismatch, s->name);
            else
                diag_error(&a->diag, a->loc, d);
            return false;
        }
        return true; /* benign: keep the first descriptor */
    }
    s->kind = SYM_TYPE;
    s->type = t;
    s->value = t->size;
    s->defined_this_pass = true;
    s->loc = a->loc;
    sym_mark_defined(&a->syms, s);
    return true;
}

static bool close_type(Asm *a, const Tok *name)
{
    TypesCtx *c = types_ctx(a);
    OpenType *o = &c->open[--c->depth];
    Type *t = o->t;
    if (t->align > 1 && t->max_align > 1 && !o->zp)
        t->size = (t->size + t->max_align - 1) / t->max_align * t->max_align;
    if (c->depth == 0) {
        if (!name || name->len != o->sym->len ||
            sym_find(&a->syms, name->p, name->len, NULL) != o->sym) {
            diag_error(&a->diag, a->loc, E_BLOCK_NESTING, name ? tok_str(a, name) : "");
            return false;
        }
        return set_type(a, o->sym, t, E_STRUCT_REDEF_OFFSET);
    }
    Field *f = arena_alloc(&a->perm, sizeof *f);
    f->name = o->name;
    f->len = o->len;
    f->size = f->elem = t->size;
    f->count = 1;
    f->type = t;
    f->init = "<>";
    add_field(a, &c->open[c->depth - 1], f);
    return true;
}

/* The field a new name of the innermost open type would clash with: the
 * types enclosing it through anonymous levels share their names (ml64
 * A2005 for the second `a` of S STRUCT / a DB ? / UNION / a DW ?). */
static const Field *name_taken(const TypesCtx *c, const char *name, size_t len)
{
    for (int d = c->depth - 1; d >= 0; d--) {
        uint32_t off = 0;
        const Field *f = types_field(c->open[d].t, name, len, &off);
        if (f || d == 0 || c->open[d].name)
            return f;
    }
    return NULL;
}

static bool member_name_taken(void *ctx, const Field *f)
{
    return name_taken(ctx, f->name, f->len) != NULL;
}

/* [name] type initializers, inside a STRUCT. */
static bool struct_field(Asm *a, Stmt *st, int i)
{
    TypesCtx *c = types_ctx(a);
    const Tok *t = st->toks;
    const Tok *name = NULL;
    int code = 0;
    const Sym *ts = NULL;
    if (i + 1 < st->ntoks) { /* "name type ..." first: a field may be
                                spelled like a type (s BYTE in STRUCT S) */
        code = scalar_code(&t[i + 1]);
        ts = code ? NULL : type_sym(a, &t[i + 1]);
        if (code || ts)
            name = &t[i++];
    }
    if (!name) {
        code = scalar_code(&t[i]);
        ts = code ? NULL : type_sym(a, &t[i]);
    }
    if (!code && !ts && i + 1 < st->ntoks && t[i + 1].kw.kind == KW_OPERATOR &&
        t[i + 1].kw.id == OPR_PTR)
        return asm_syntax_error(a, &t[i + 1]); /* ml64: "f PTR VOID ?" */
    if (!code && !ts) {
        diag_error(&a->diag, a->loc, E_STRUCT_STATEMENT);
        return false;
    }
    if (ts && ts->type && types_resolve(ts->type)->distance) {
        /* f pfn ? (pfn TYPEDEF NEAR): ml64 A2104, as outside a STRUCT */
        diag_error(&a->diag, a->loc, E_DATA_TYPE, ts->name);
        return false;
    }
    i++;
    if (i >= st->ntoks)
        return asm_syntax_error(a, &t[i]);
    Field *f = arena_alloc(&a->perm, sizeof *f);
    if (name) {
        f->name = arena_strndup(&a->perm, name->p, name->len);
        f->len = name->len;
        if (name_taken(c, name->p, name->len)) {
            diag_error(&a->diag, a->loc, E_REDEFINITION, f->name);
            return false;
        }
    }
    f->init = text_of(a, t, i, st->ntoks);
    uint32_t bytes, count;
    if (code) {
        f->dirsize = code;
        f->elem = (uint32_t)(code & SZ_BYTES);
        if (!data_items(a, NULL, t, i, st->ntoks, code, &bytes, &count))
            return false;
    } else {
        const Type *r = types_resolve(ts->type);
        if (r->kind == TY_TYPEDEF && !r->is_ptr && !r->is_proto && !r->base) {
            f->dirsize = r->dirsize;
            f->elem = (uint32_t)(r->dirsize & SZ_BYTES);
        } else {
            f->elem = (uint32_t)ts->value;
        }
        f->type = ts->type;
        const Field *g = name ? NULL : types_find_name(f->type, member_name_taken, c);
        if (g) { /* an unnamed member brings its names (ml64 A2005) */
            diag_error(&a->diag, a->loc, E_REDEFINITION, g->name);
            return false;
        }
        if (!type_items(a, NULL, ts->type, t, i, st->ntoks, &bytes, &count, 0))
            return false;
    }
    f->size = bytes;
    f->count = count;
    add_field(a, &c->open[c->depth - 1], f);
    return true;
}

/* ALIGN [n] / EVEN inside a STRUCT: pad the next offset. */
static bool struct_align(Asm *a, Stmt *st, int i, bool even)
{
    TypesCtx *c = types_ctx(a);
    OpenType *o = &c->open[c->depth - 1];
    int64_t n = even ? 2 : o->t->align > 1 ? o->t->align : 1;
    if (even ? !stmt_end(a, st, i + 1) : !dir_align_value(a, st, i + 1, &n))
        return false;
    if (o->t->kind == TY_STRUCT) {
        o->cur = (o->cur + (uint32_t)n - 1) / (uint32_t)n * (uint32_t)n;
        o->t->size = MAX(o->t->size, o->cur);
    }
    return true;
}

bool types_block_line(Asm *a, Stmt *st)
{
    TypesCtx *c = types_ctx(a);
    if (c->depth == 0)
        return false;
    const Tok *t = st->toks;
    int n = st->ntoks;
    const Tok *second = n > 1 ? &t[1] : NULL;
    ArgWord w0 = tok_arg(&t[0]);
    if (w0 == AW_ENDS && (c->depth > 1 || n > 1)) {
        close_type(a, n > 1 ? &t[1] : NULL);
        return true;
    }
    if (second && tok_arg(second) == AW_ENDS) {
        if (c->depth > 1)
            close_type(a, NULL); /* ml64 allows the nested name again */
        else if (stmt_end(a, st, 2))
            close_type(a, &t[0]);
        return true;
    }
    bool is_union = w0 == AW_UNION;
    if (is_union || w0 == AW_STRUCT || w0 == AW_STRUC) {
        if (n > 2) {
            asm_syntax_error(a, &t[2]);
            return true;
        }
        const Tok *name = n > 1 ? &t[1] : NULL;
        if (name && name_taken(c, name->p, name->len)) /* still opened, so
                                                          ENDS matches */
            diag_error(&a->diag, a->loc, E_REDEFINITION, tok_str(a, name));
        bool zp = c->open[c->depth - 1].zp;
        if (open_type(a, is_union ? TY_UNION : TY_STRUCT, NULL, name, c->open[c->depth - 1].t->align)) {
            c->open[c->depth - 1].t->name = name ? c->open[c->depth - 1].name : NULL;
            c->open[c->depth - 1].zp = zp;
        }
        return true;
    }
    if (w0 == AW_ALIGN || w0 == AW_EVEN) {
        struct_align(a, st, 0, w0 == AW_EVEN);
        return true;
    }
    struct_field(a, st, 0);
    return true;
}

/* ---- RECORD -------------------------------------------------------- */

/* name RECORD field ':' width ['=' default] {',' ...} */
bool dir_record(Asm *a, Stmt *st)
{
    Type *t = new_type(a, TY_RECORD, NULL, 1);
    const Tok *tk = st->toks;
    int i = st->arg;
    while (i < st->ntoks) {
        if (i + 2 >= st->ntoks || tk[i].kind != TK_ID || !is_punct(&tk[i + 1], ':'))
            return asm_syntax_error(a, &tk[i + 1 < st->ntoks ? i + 1 : i]);
        Field *f = arena_alloc(&a->perm, sizeof *f);
        f->name = arena_strndup(&a->perm, tk[i].p, tk[i].len);
        f->len = tk[i].len;
        f->init = "";
        int end = i + 2;
        while (end < st->ntoks && !is_punct(&tk[end], ',') && !is_punct(&tk[end], '='))
            end++;
        int64_t w;
        int pos = i + 2;
        if (!expr_const(a, tk, &pos, end, &w))
            return false;
        if (w < 1 || w > 64) {
            diag_error(&a->diag, a->loc, w < 1 ? E_RECORD_TOO_NARROW : E_RECORD_TOO_WIDE, f->name);
            return false;
        }
        f->size = (uint32_t)w;
        f->count = 1;
        i = end;
        if (i < st->ntoks && is_punct(&tk[i], '=')) {
            end = ++i;
            while (end < st->ntoks && !is_punct(&tk[end], ','))
                end++;
            pos = i;
            if (!expr_const(a, tk, &pos, end, &f->rec_default))
                return false;
            if (pos != end)
                return asm_syntax_error(a, &tk[pos]);
            i = end;
        }
        if (i < st->ntoks && is_punct(&tk[i], ','))
            i++;
        t->width += f->size;
        if (t->width > 64) {
            diag_error(&a->diag, a->loc, E_RECORD_TOO_WIDE, tok_str(a, st->name));
            return false;
        }
        types_link_field(&a->perm, t, f);
    }
    if (!t->nfields)
        return asm_syntax_error(a, &tk[i]);
    uint32_t shift = t->width;
    for (Field *f = t->fields; f; f = f->next) {
        shift -= f->size;
        f->offset = shift;
    }
    t->size = t->width <= 8 ? 1 : t->width <= 16 ? 2 : t->width <= 32 ? 4 : 8;
    Sym *s = type_name_sym(a, st);
    if (!s)
        return false;
    t->name = s->name;
    if (!set_type(a, s, t, E_RECORD_REDEF))
        return false;
    /* the field names are constants: their shift */
    for (const Field *f = s->type->fields; f; f = f->next) {
        Sym *fs = sym_intern(&a->syms, f->name, f->len, NULL);
        if (fs->kind == SYM_CONST && fs->type == s->type)
            continue;
        if (fs->kind != SYM_UNDEF) {
            diag_error(&a->diag, a->loc, E_REDEFINITION, fs->name);
            return false;
        }
        fs->kind = SYM_CONST;
        fs->value = f->offset;
        fs->type = s->type;
        fs->loc = a->loc;
        sym_mark_defined(&a->syms, fs);
    }
    return true;
}

/* ---- TYPEDEF ------------------------------------------------------- */

/* PROTO [langtype] [[name]:type {, ...}] as a call signature. */
static bool proto_sig(Asm *a, Stmt *st, int i, Type *t)
{
    ProcSig *sig = arena_alloc(&a->perm, sizeof *sig);
    sig->params = arena_alloc(&a->perm, 64 * sizeof *sig->params);
    const Tok *tk = st->toks;
    while (i < st->ntoks && tk[i].kind == TK_ID && !is_punct(&tk[i + 1], ':') &&
           tok_arg(&tk[i]) != AW_VARARG)
        i++; /* language type, distance */
    while (i < st->ntoks) {
        if (sig->n == 64)
            return asm_syntax_error(a, &tk[i]);
        if (tk[i].kind == TK_ID && is_punct(&tk[i + 1], ':'))
            i++;
        if (i < st->ntoks && is_punct(&tk[i], ':'))
            i++;
        ParamDesc *p = &sig->params[sig->n];
        memset(p, 0, sizeof *p);
        p->name = "";
        if (!proc_param_type(a, tk, &i, st->ntoks, p))
            return false;
        if (p->kind == PK_VARARG)
            sig->vararg = true;
        sig->n++;
        if (i < st->ntoks && !is_punct(&tk[i], ','))
            return asm_syntax_error(a, &tk[i]);
        i++;
    }
    t->sig = sig;
    t->is_proto = true;
    t->dirsize = 8;
    t->size = 8;
    return true;
}

bool dir_typedef(Asm *a, Stmt *st)
{
    Type *t = new_type(a, TY_TYPEDEF, NULL, 1);
    const Tok *tk = st->toks;
    int i = st->arg;
    if (i >= st->ntoks)
        return asm_syntax_error(a, &tk[i]);
    int distance = kw_distance_type(tok_arg(&tk[i]));
    if (distance) {
        /* `pfn TYPEDEF NEAR`: a distance; TYPE and SIZEOF give 0FF08h
         * (FAR 0FF06h), LABEL and EXTERN take it as NEAR (ml64) */
        if (i + 1 == st->ntoks) {
            t->distance = (uint16_t)distance;
            t->size = t->distance;
            i++;
            goto named;
        }
        i++;
    }
    int code;
    const Sym *ts;
    if (i < st->ntoks && tk[i].kw.kind == KW_OPERATOR && tk[i].kw.id == OPR_PTR) {
        t->is_ptr = true;
        t->size = 8;
        t->dirsize = 8;
        i++;
        if (i < st->ntoks) { /* what it points to, for the debug information */
            const Sym *ps = type_sym(a, &tk[i]);
            t->pointee_dirsize = scalar_code(&tk[i]);
            t->pointee = ps && !t->pointee_dirsize ? ps->type : NULL;
        }
        while (i < st->ntoks && (scalar_code(&tk[i]) || type_sym(a, &tk[i]) ||
                                 (tk[i].kw.kind == KW_OPERATOR && tk[i].kw.id == OPR_PTR) ||
                                 tk[i].kw.kind == KW_TYPE || tk[i].kind == TK_ID))
            i++; /* the pointee (VOID, a name not defined yet: ml64) does
                    not change the layout */
    } else if (tok_arg(&tk[i]) == AW_PROTO) {
        if (!proto_sig(a, st, i + 1, t))
            return false;
        i = st->ntoks;
    } else if ((code = scalar_code(&tk[i])) != 0) {
        t->dirsize = code;
        t->size = (uint32_t)(code & SZ_BYTES);
        i++;
    } else if ((ts = type_sym(a, &tk[i])) != NULL) {
        t->base = ts->type;
        t->size = (uint32_t)ts->value;
        t->dirsize = types_resolve(ts->type)->dirsize;
        i++;
    } else {
        diag_error(&a->diag, a->loc, E_TYPE_EXPR);
        return false;
    }
    if (!stmt_end(a, st, i))
        return false;
named:;
    Sym *s = type_name_sym(a, st);
    if (!s)
        return false;
    t->name = s->name;
    if (s->kind == SYM_TYPE && s->type &&
        (s->type->kind != TY_TYPEDEF || s->type->size != t->size || s->type->dirsize != t->dirsize ||
         s->type->base != t->base || s->type->is_ptr != t->is_ptr || s->type->is_proto != t->is_proto)) {
        diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
        return false;
    }
    return set_type(a, s, t, E_REDEFINITION);
}

/* ---- ASSUME -------------------------------------------------------- */

/* ASSUME reg:PTR type | reg:NOTHING | reg:ERROR | NOTHING, also the
 * segment-register forms of 32-bit code (accepted, no effect). */
static bool assume_items(Asm *a, Stmt *st);

bool dir_assume(Asm *a, Stmt *st)
{
    bool ok = assume_items(a, st);
    TypesCtx *c = types_ctx(a);
    c->assumed = false;
    for (size_t r = 0; r < ARRAY_LEN(c->assume); r++)
        c->assumed |= c->assume[r] != NULL;
    return ok;
}

static bool assume_items(Asm *a, Stmt *st)
{
    TypesCtx *c = types_ctx(a);
    const Tok *tk = st->toks;
    int i = st->arg;
    while (i < st->ntoks) {
        if (tok_arg(&tk[i]) == AW_NOTHING) {
            memset(c->assume, 0, sizeof c->assume);
            i++;
        } else {
            if (tk[i].kw.kind != KW_REG || i + 2 >= st->ntoks || !is_punct(&tk[i + 1], ':'))
                return asm_syntax_error(a, &tk[i]);
            Reg r = (Reg)tk[i].kw.id;
            i += 2;
            if (i >= st->ntoks)
                return asm_syntax_error(a, &tk[i]);
            if (tk[i].kw.kind == KW_OPERATOR && tk[i].kw.id == OPR_PTR) {
                const Sym *ts = i + 1 < st->ntoks ? type_sym(a, &tk[i + 1]) : NULL;
                c->assume[r] = ts ? ts->type : NULL;
                i += 2;
            } else {
                c->assume[r] = NULL; /* NOTHING, ERROR, FLAT, a segment, a type */
                i++;
            }
        }
        if (i < st->ntoks && !is_punct(&tk[i], ','))
            return asm_syntax_error(a, &tk[i]);
        i++;
    }
    return true;
}

static const DirDef directives[] = {
    {"struct", dir_struct, true, false, 0},
    {"struc", dir_struct, true, false, 0},
    {"union", dir_union, true, false, 0},
    {"record", dir_record, true, false, 0},
    {"typedef", dir_typedef, true, false, 0},
    {"assume", dir_assume, false, false, 0},
};

const DirTable dir_types_directives = {directives, ARRAY_LEN(directives)};

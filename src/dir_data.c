/* dir_data.c: data definition and location directives.
 *
 *   data      := [name] (DB|DW|DD|DF|DQ|DT|BYTE|...|REAL10) item {',' item}
 *   item      := '?' | string | expr | count DUP '(' item {',' item} ')'
 *   equate    := name EQU expr | name EQU <text> | name '=' expr
 *              | name TEXTEQU text-item
 *   location  := ALIGN [n] | EVEN | ORG expr | name LABEL type
 *
 * Initializers are first built into a small blob (bytes + fixups) so that
 * DUP replicates them without re-parsing. */
#include "stmt.h"
#include "dir_data.h"
#include "memo.h"
#include "types.h"
#include "limit.h"
#include "macro.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <math.h>

typedef struct BlobFix {
    uint32_t offset;
    uint8_t size;
    uint8_t kind;      /* FixKind */
    Sym *sym, *sub;
    int64_t addend;
} BlobFix;

typedef struct Blob {
    Buf bytes;
    BlobFix *fix;
    uint32_t nfix, capfix;
    uint32_t items;    /* top-level elements (LENGTHOF) */
    uint32_t first_dup; /* count of a DUP that is the first item (LENGTH) */
    bool all_undef;    /* only '?' so far: BSS-style fill possible */
} Blob;

static void blob_fix(Blob *b, uint8_t size, FixKind kind, Sym *sym, Sym *sub, int64_t addend)
{
    if (b->nfix == b->capfix) {
        b->capfix = b->capfix ? b->capfix * 2 : 8;
        b->fix = xrealloc(b->fix, b->capfix * sizeof *b->fix);
    }
    BlobFix *f = &b->fix[b->nfix++];
    f->offset = (uint32_t)b->bytes.len;
    f->size = size;
    f->kind = (uint8_t)kind;
    f->sym = sym;
    f->sub = sub;
    f->addend = addend;
}

static void blob_free(Blob *b)
{
    buf_free(&b->bytes);
    free(b->fix);
}

/* IEEE-754 bits of a decimal real for 4, 8 or 10 bytes. */
static void put_real(Buf *out, double v, int size)
{
    if (size == 4) {
        float f = (float)v;
        uint32_t bits;
        memcpy(&bits, &f, 4);
        buf_u32(out, bits);
    } else if (size == 8) {
        uint64_t bits;
        memcpy(&bits, &v, 8);
        buf_u64(out, bits);
    } else {
        /* 80-bit extended from the double (exact for every double). */
        uint64_t bits;
        memcpy(&bits, &v, 8);
        uint16_t sign = (uint16_t)((bits >> 63) << 15);
        int exp = (int)((bits >> 52) & 0x7FF);
        uint64_t frac = bits & 0xFFFFFFFFFFFFFull;
        uint64_t mant;
        uint16_t e80;
        if (exp == 0 && frac == 0) {
            mant = 0;
            e80 = 0;
        } else if (exp == 0x7FF) {
            mant = 0x8000000000000000ull | (frac << 11);
            e80 = 0x7FFF;
        } else if (exp == 0) {
            int shift = 0;
            while (!(frac & (1ull << 52))) {
                frac <<= 1;
                shift++;
            }
            mant = frac << 11;
            e80 = (uint16_t)(1 - 1023 - shift + 16383);
        } else {
            mant = 0x8000000000000000ull | (frac << 11);
            e80 = (uint16_t)(exp - 1023 + 16383);
        }
        buf_u64(out, mant);
        buf_u16(out, (uint16_t)(sign | e80));
    }
    if (size != 4 && size != 8 && size != 10)
        buf_fill(out, 0, 0);
}

/* Little-endian integer of any data size; beyond 8 bytes the value is
 * sign-extended (DT -1, OWORD -1). */
static void put_int(Buf *b, uint64_t v, int size, bool sign_extend)
{
    uint8_t fill = sign_extend && (int64_t)v < 0 ? 0xFF : 0;
    uint8_t le[64]; /* one append, not one call per byte (data tables) */
    if (size > (int)sizeof le) {
        for (int i = 0; i < size; i++)
            buf_u8(b, i < 8 ? (uint8_t)(v >> (8 * i)) : fill);
        return;
    }
    for (int i = 0; i < size; i++)
        le[i] = i < 8 ? (uint8_t)(v >> (8 * i)) : fill;
    buf_bytes(b, le, (size_t)size);
}

static bool real_item(Asm *a, Blob *b, const Expr *e, int size)
{
    if (size != 4 && size != 8 && size != 10) {
        diag_error(&a->diag, a->loc, E_REAL_NOT_ALLOWED);
        return false;
    }
    const char *txt = arena_strndup(&a->line, e->str, e->len);
    if (lex_is_real_hex(e->str, e->len)) {
        uint64_t v;
        if (!lex_number(e->str, e->len - 1, 16, &v)) {
            diag_error(&a->diag, a->loc, E_NONDIGIT);
            return false;
        }
        if (size == 10) {
            buf_u64(&b->bytes, v);
            buf_u16(&b->bytes, 0);
        } else {
            put_int(&b->bytes, v, size, false);
        }
        return true;
    }
    put_real(&b->bytes, strtod(txt, NULL), size);
    return true;
}

bool data_real_bits(Asm *a, const Expr *e, int size, uint64_t *bits)
{
    Blob b = {{0}, 0, 0, 0, 0, 0, true};
    bool ok = real_item(a, &b, e, size);
    *bits = 0;
    for (size_t i = 0; ok && i < b.bytes.len && i < 8; i++)
        *bits |= (uint64_t)b.bytes.data[i] << (8 * i);
    blob_free(&b);
    return ok;
}

static bool string_item(Asm *a, Blob *b, const Expr *e, int size)
{
    if (e->len == 0) {
        diag_error(&a->diag, a->loc, E_EMPTY_STRING);
        return false;
    }
    if (size == 1) {
        uint32_t n = 0;
        for (uint32_t i = 0; i < e->len; i++, n++) {
            buf_u8(&b->bytes, (uint8_t)e->str[i]);
            if (e->str[i] == (char)e->quote)
                i++;
        }
        b->items += n - 1; /* each character is an element (LENGTHOF) */
        return true;
    }
    /* DW/DD/DQ 'ab': the characters form a number, first char high */
    uint64_t v = 0;
    uint32_t n = 0;
    for (uint32_t i = 0; i < e->len; i++, n++) {
        v = (v << 8) | (unsigned char)e->str[i];
        if (e->str[i] == (char)e->quote)
            i++;
    }
    if (n > (uint32_t)size) {
        diag_error(&a->diag, a->loc, E_INIT_TOO_LARGE);
        return false;
    }
    put_int(&b->bytes, v, size, false);
    return true;
}

static bool fits_size(int64_t v, int size)
{
    if (size >= 8)
        return true;
    int64_t lo = -((int64_t)1 << (size * 8 - 1));
    int64_t hi = ((int64_t)1 << (size * 8)) - 1;
    return v >= lo && v <= hi;
}

static bool value_item(Asm *a, Blob *b, const Expr *e, int size, bool is_real)
{
    if (e->kind == EX_REAL)
        return real_item(a, b, e, size);
    if (e->kind == EX_STR)
        return string_item(a, b, e, size);
    if (is_real && e->kind == EX_CONST && !e->sub) {
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)e->value);
        Expr r = *e;
        r.kind = EX_REAL;
        r.str = buf;
        r.len = (uint32_t)strlen(buf);
        return real_item(a, b, &r, size);
    }
    if (e->kind == EX_CONST && e->sub) {
        blob_fix(b, (uint8_t)size, FIX_ABS, e->sym, e->sub, e->value);
        buf_fill(&b->bytes, 0, (size_t)size);
        return true;
    }
    if (e->kind == EX_CONST) {
        if (!fits_size(e->value, size)) {
            diag_error(&a->diag, a->loc, E_INIT_TOO_LARGE);
            return false;
        }
        put_int(&b->bytes, (uint64_t)e->value, size, true);
        return true;
    }
    if ((e->kind == EX_MEM || e->kind == EX_ADDR) && e->sym && !e->base && !e->index) {
        FixKind k = e->rk == RK_IMAGEREL ? FIX_IMAGEREL
                  : e->rk == RK_SECREL ? FIX_SECREL
                  : e->rk == RK_SECTION ? FIX_SECTION : FIX_ABS;
        /* ml64 14.12: an address in 1 or 2 bytes is A2071, in 6 or 10
         * bytes (and IMAGEREL/SECTIONREL in 8) A2138 */
        if (((k == FIX_IMAGEREL || k == FIX_SECREL) && size != 4) ||
            (k == FIX_ABS && size != 4 && size != 8 && !e->undefined)) {
            diag_error(&a->diag, a->loc, size < 4 ? E_INIT_TOO_LARGE : E_BAD_INITIALIZER);
            return false;
        }
        /* dq LOW32 v: ADDR32 on the low half, as JWasm (ml64: A2105) */
        blob_fix(b, (uint8_t)(e->rk == RK_LOW32 && size == 8 ? 4 : size), k, e->sym, NULL,
                 e->value);
        buf_fill(&b->bytes, 0, (size_t)size);
        return true;
    }
    diag_error(&a->diag, a->loc, E_BAD_INITIALIZER);
    return false;
}

static bool parse_items(Asm *a, const Tok *t, int *pos, int end, int size,
                        bool is_real, Blob *b, int depth, uint32_t base);

/* Append count copies of what: one copy, then doubling copies of what is
 * already there, so a large DUP costs a few memcpy calls. */
static void repeat_bytes(Buf *out, const Buf *what, size_t count)
{
    size_t n = what->len * count;
    if (n == 0)
        return;
    buf_reserve(out, n);
    unsigned char *base = out->data + out->len;
    memcpy(base, what->data, what->len);
    size_t have = what->len;
    while (have < n) {
        size_t step = MIN(have, n - have);
        memcpy(base + have, base, step);
        have += step;
    }
    out->len += n;
}

/* Is s the unnamed label of a '$'? */
static bool is_dollar(const Sym *s)
{
    return s && s->len == 1 && s->name[0] == '$';
}

/* item := '?' | count DUP '(' items ')' | expr
 * base: the offset of b's first byte from the start of the statement,
 * where '$' is; an item's '$' is its own address, as in ml64. */
static bool parse_item(Asm *a, const Tok *t, int *pos, int end, int size,
                       bool is_real, Blob *b, int depth, uint32_t base)
{
    if (tok_is_question(&t[*pos]) ) {
        (*pos)++;
        buf_fill(&b->bytes, 0, (size_t)size);
        return true;
    }
    b->all_undef = false;
    if (depth > 64) {
        diag_error(&a->diag, a->loc, E_TOO_COMPLEX);
        return false;
    }
    Expr e;
    uint32_t here = base + (uint32_t)b->bytes.len;
    a->dollar_bias = here;
    if (!expr_parse(a, t, pos, end, &e))
        return false;
    if (*pos < end && tok_is_op(&t[*pos], OPR_DUP)) {
        if (e.kind != EX_CONST) {
            diag_error(&a->diag, a->loc, E_CONST_EXPECTED);
            return false;
        }
        int64_t count = expr_value(&e);
        if (e.sub)
            asm_assume(a, e.sym, e.sub, (int64_t)((uint64_t)count - (uint64_t)e.value));
        if (count < 0 || count > 0x7FFFFFFF) {
            diag_error(&a->diag, a->loc, E_CONST_TOO_LARGE);
            return false;
        }
        if (b->items == 0 && b->bytes.len == 0)
            b->first_dup = (uint32_t)count;
        (*pos)++;
        if (*pos >= end || t[*pos].kind != TK_PUNCT || t[*pos].op != '(')
            return asm_syntax_error(a, &t[*pos]);
        (*pos)++;
        Blob inner = {{0}, 0, 0, 0, 0, 0, true};
        bool ok = parse_items(a, t, pos, end, size, is_real, &inner, depth + 1, here);
        if (ok && (*pos >= end || t[*pos].kind != TK_PUNCT || t[*pos].op != ')'))
            ok = asm_syntax_error(a, &t[*pos]);
        if (!ok) {
            blob_free(&inner);
            return false;
        }
        (*pos)++;
        uint64_t total = (uint64_t)count * inner.bytes.len;
        uint64_t before = b->bytes.len + (a->cur ? sec_offset(a->cur) : 0);
        if (total > ASM_MAX_SECTION || before + total > ASM_MAX_SECTION) {
            blob_free(&inner);
            /* an error, not fatal: the caller frees its blob */
            diag_error(&a->diag, a->loc, E_DUP_TOO_LARGE, (unsigned long)ASM_MAX_SECTION);
            return false;
        }
        if (inner.nfix == 0)
            repeat_bytes(&b->bytes, &inner.bytes, (size_t)count);
        else
            for (int64_t k = 0; k < count; k++) {
                for (uint32_t f = 0; f < inner.nfix; f++) {
                    BlobFix *x = &inner.fix[f];
                    /* '$' in copy k is k copies further on */
                    int64_t shift = (int64_t)((uint64_t)k * inner.bytes.len);
                    int64_t add = x->addend + (is_dollar(x->sym) ? shift : 0) -
                                  (is_dollar(x->sub) ? shift : 0);
                    blob_fix(b, x->size, (FixKind)x->kind, x->sym, x->sub, add);
                    b->fix[b->nfix - 1].offset = (uint32_t)b->bytes.len + x->offset;
                }
                buf_bytes(&b->bytes, inner.bytes.data, inner.bytes.len);
            }
        b->all_undef = b->all_undef && inner.all_undef;
        /* LENGTHOF counts every element DUP creates; the caller adds 1 */
        b->items += (uint32_t)count * inner.items - 1;
        blob_free(&inner);
        return true;
    }
    return value_item(a, b, &e, size, is_real);
}

static bool parse_items(Asm *a, const Tok *t, int *pos, int end, int size,
                        bool is_real, Blob *b, int depth, uint32_t base)
{
    for (;;) {
        if (*pos >= end)
            return asm_syntax_error(a, &t[*pos]);
        if (!parse_item(a, t, pos, end, size, is_real, b, depth, base))
            return false;
        b->items++;
        if (*pos < end && t[*pos].kind == TK_PUNCT && t[*pos].op == ',') {
            (*pos)++;
            continue;
        }
        return true;
    }
}

static bool items_of(Asm *a, Section *sec, const Tok *t, int pos, int end, int size_code,
                     uint32_t *bytes, uint32_t *count, uint32_t *length);

bool dir_data(Asm *a, Stmt *st, int size_code)
{
    int size = size_code & SZ_BYTES;
    bool is_real = (size_code & SZ_REAL) != 0;
    Section *sec = asm_section(a);
    if (!sec)
        return false;
    Sym *label = NULL;
    if (st->name && !(label = asm_define_label(a, st->name, (uint8_t)size, true)))
        return false;
    if (label) {
        label->in_proc = false; /* ml64: a data label is a static symbol, in a PROC too */
        label->is_float_type = is_real;
        label->is_signed_type = (size_code & SZ_SIGNED) != 0;
    }
    uint32_t bytes, count, length;
    if (!items_of(a, sec, st->toks, st->arg, st->ntoks, size_code, &bytes, &count, &length))
        return false;
    if (label) {
        label->count = count;
        label->total = bytes;
        label->length = length;
    }
    return true;
}

bool data_items(Asm *a, Section *sec, const Tok *t, int pos, int end, int size_code,
                uint32_t *bytes, uint32_t *count)
{
    uint32_t length;
    return items_of(a, sec, t, pos, end, size_code, bytes, count, &length);
}

static bool items_of(Asm *a, Section *sec, const Tok *t, int pos, int end, int size_code,
                     uint32_t *bytes, uint32_t *count, uint32_t *length)
{
    int size = size_code & SZ_BYTES;
    bool is_real = (size_code & SZ_REAL) != 0;
    Blob b = {{0}, 0, 0, 0, 0, 0, true};
    /* the byte buffer of this nesting depth, kept from the last statement
     * (a malloc and free per STRUCT field otherwise); taken out of Asm
     * while in use */
    int depth = a->item_depth;
    if (depth < ASM_ITEM_BUFS) {
        b.bytes = a->item_bufs[depth];
        memset(&a->item_bufs[depth], 0, sizeof a->item_bufs[depth]);
        b.bytes.len = 0;
        a->item_depth++;
    }
    bool ok = parse_items(a, t, &pos, end, size, is_real, &b, 0, 0);
    a->dollar_bias = 0;
    if (ok && pos < end)
        ok = asm_syntax_error(a, &t[pos]);
    *bytes = (uint32_t)b.bytes.len;
    *count = b.items;
    *length = b.first_dup;
    if (ok && sec) {
        if (sec->is_bss || (b.all_undef && b.bytes.len > 64)) {
            if (sec->is_bss && !b.all_undef)
                diag_warning(&a->diag, a->loc, W_BSS_DATA);
            sec_emit_fill(&a->secs, sec, (uint32_t)b.bytes.len, 0);
        } else {
            uint32_t at = sec_emit_bytes(&a->secs, sec, b.bytes.data, b.bytes.len);
            for (uint32_t i = 0; i < b.nfix; i++) {
                BlobFix *x = &b.fix[i];
                sec_emit_fixup(&a->secs, sec, at + x->offset, x->size, (FixKind)x->kind,
                               x->sym, x->sub, x->addend, 0, false, a->loc);
            }
        }
    }
    if (depth < ASM_ITEM_BUFS) {
        a->item_depth--;
        if (b.bytes.cap <= 64 * 1024) { /* a big one is freed */
            a->item_bufs[depth] = b.bytes;
            memset(&b.bytes, 0, sizeof b.bytes);
        }
    }
    blob_free(&b);
    return ok;
}

static bool define_number(Asm *a, const Tok *name, SymKind kind, const Expr *e)
{
    Sym *s = sym_find(&a->syms, name->p, name->len, NULL);
    if (!s)
        s = sym_intern(&a->syms, name->p, name->len, NULL);
    bool redefinable = kind == SYM_ASSIGN && (s->kind == SYM_ASSIGN || s->kind == SYM_UNDEF ||
                                              (s->kind == SYM_RELEQU && s->assigned));
    int64_t v = expr_value(e);
    if (!redefinable && s->kind != SYM_UNDEF) {
        /* ml64: an EQU may be repeated with the same value */
        bool again = kind == SYM_CONST && s->value == v;
        bool same = (!s->defined_this_pass || again) && s->kind == (uint8_t)kind;
        if (!same || (kind == SYM_CONST && s->value != v && a->pass == 1)) {
            diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
            return false;
        }
        if (s->defined_this_pass && !again) {
            diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
            return false;
        }
    }
    if (e->sub)
        asm_assume(a, e->sym, e->sub, (int64_t)((uint64_t)v - (uint64_t)e->value));
    s->kind = (uint8_t)kind;
    s->value = v;
    s->negative = e->negative;
    s->defined_this_pass = true;
    s->loc = a->loc;
    sym_mark_defined(&a->syms, s);
    return true;
}

static bool define_relequ(Asm *a, const Tok *name, const Expr *e, bool assign)
{
    Sym *s = sym_intern(&a->syms, name->p, name->len, NULL);
    /* '=' may redefine its own names (a number or an address), and ml64
     * takes an EQU of an address after '=' too */
    bool again = (s->kind == SYM_RELEQU && s->assigned) || (assign && s->kind == SYM_ASSIGN);
    if (!again && (s->defined_this_pass || (s->kind != SYM_UNDEF && s->kind != SYM_RELEQU) ||
                   (s->kind == SYM_RELEQU && s->assigned != assign))) {
        diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
        return false;
    }
    s->assigned = assign;
    s->kind = SYM_RELEQU;
    s->base = e->sym;
    s->value = e->value;
    s->defined_this_pass = true;
    s->loc = a->loc;
    sym_mark_defined(&a->syms, s);
    return true;
}

static bool define_text(Asm *a, const Tok *name, const char *p, size_t n)
{
    if (!macro_text_fits(a, n, a->loc))
        return false;
    Sym *s = sym_intern(&a->syms, name->p, name->len, NULL);
    if (s->kind != SYM_UNDEF && s->kind != SYM_TEXT) {
        diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
        return false;
    }
    if (s->kind != SYM_TEXT)
        a->text_macros++;
    s->kind = SYM_TEXT;
    memo_name_defined(a, name->p, name->len);
    s->text = arena_strndup(&a->perm, p, n);
    s->defined_this_pass = true;
    s->loc = a->loc;
    return true;
}

/* The raw text of tokens [from, ntoks). */
static void raw_text(const Stmt *st, int from, const char **p, size_t *n)
{
    if (from >= st->ntoks) {
        *p = "";
        *n = 0;
        return;
    }
    const Tok *last = &st->toks[st->ntoks - 1];
    *p = st->toks[from].p;
    *n = (size_t)(last->p + last->len - *p);
}

bool dir_equ(Asm *a, Stmt *st)
{
    if (st->name->kw.kind == KW_REG) { /* rax EQU 1: ml64 A2008 */
        diag_error(&a->diag, a->loc, E_SYNTAX, tok_str(a, st->name));
        return false;
    }
    if (st->arg < st->ntoks && st->toks[st->arg].kind == TK_ANGLE && st->arg + 1 == st->ntoks) {
        const Tok *t = &st->toks[st->arg];
        return define_text(a, st->name, t->p + 1, t->len - 2);
    }
    Sym *old = sym_find(&a->syms, st->name->p, st->name->len, NULL);
    if (old && old->kind == SYM_TEXT) {
        const char *p;
        size_t n;
        raw_text(st, st->arg, &p, &n);
        return define_text(a, st->name, p, n);
    }
    Expr e;
    int pos = st->arg;
    bool muted = a->diag.muted;
    a->diag.muted = true;
    int errors = a->diag.errors;
    bool ok = st->arg < st->ntoks && expr_parse(a, st->toks, &pos, st->ntoks, &e) &&
              pos == st->ntoks;
    a->diag.muted = muted;
    a->diag.errors = errors;
    if (ok && e.kind == EX_CONST && !e.undefined)
        return define_number(a, st->name, SYM_CONST, &e);
    if (ok && (e.kind == EX_MEM || e.kind == EX_ADDR) && e.sym && !e.base && !e.index &&
        !e.undefined)
        return define_relequ(a, st->name, &e, false);
    /* a name not defined yet (ml64 reads one line at a time) makes a
     * text macro, which a later EQU may redefine */
    const char *p;
    size_t n;
    raw_text(st, st->arg, &p, &n);
    return define_text(a, st->name, p, n);
}

bool dir_assign(Asm *a, Stmt *st)
{
    Expr e;
    int pos = st->arg;
    if (st->name->kw.kind == KW_REG) { /* ch = "A": ml64 A2008 */
        diag_error(&a->diag, a->loc, E_SYNTAX, tok_str(a, st->name));
        return false;
    }
    if (pos >= st->ntoks) { /* `k =` alone: ml64 says this */
        diag_error(&a->diag, a->loc, E_SYNTAX, "in directive");
        return false;
    }
    if (!expr_parse(a, st->toks, &pos, st->ntoks, &e) || !stmt_end(a, st, pos))
        return false;
    if (e.kind == EX_STR) { /* x = "AB" is 4142h, as ml64 */
        int64_t v;
        if (e.len == 0) { /* x = "": ml64 A2047 */
            diag_error(&a->diag, a->loc, E_EMPTY_STRING);
            return false;
        }
        if (e.len - e.str_quote_doubles > 8) {
            diag_error(&a->diag, a->loc, E_CONST_TOO_LARGE);
            return false;
        }
        pos = st->arg;
        if (!expr_const(a, st->toks, &pos, st->ntoks, &v))
            return false;
        memset(&e, 0, sizeof e);
        e.kind = EX_CONST;
        e.value = v;
    }
    if (e.kind == EX_CONST)
        return define_number(a, st->name, SYM_ASSIGN, &e);
    if (e.undefined)
        return true;
    if ((e.kind == EX_MEM || e.kind == EX_ADDR) && e.sym && !e.base && !e.index)
        return define_relequ(a, st->name, &e, true); /* x = label (ml64) */
    diag_error(&a->diag, a->loc, E_CONST_EXPECTED);
    return false;
}

/* TEXTEQU <text> | TEXTEQU textmacro | TEXTEQU %expr, joined by ','. */
bool dir_textequ(Asm *a, Stmt *st)
{
    if (st->name->kw.kind == KW_REG) { /* al TEXTEQU <1>: ml64 A2008 */
        diag_error(&a->diag, a->loc, E_SYNTAX, tok_str(a, st->name));
        return false;
    }
    Buf out = {0};
    int i = st->arg;
    bool ok = true;
    while (i < st->ntoks && ok) {
        const Tok *t = &st->toks[i];
        if (t->kind == TK_ANGLE) {
            /* <literal>: `!c` is c (ml64: t TEXTEQU <!>!;> is ">;"),
             * into out (no copy in the run's arena per definition) */
            macro_unangle(&out, t->p, t->p + t->len);
            i++;
        } else if (t->kind == TK_PUNCT && t->op == '<') {
            /* <text without its '>' (ml64: A2045) */
            diag_error(&a->diag, a->loc, E_MISSING_ANGLE);
            ok = false;
        } else if (t->kind == TK_PUNCT && t->op == '%') {
            i++;
            int64_t v;
            int start = i;
            while (i < st->ntoks && !(st->toks[i].kind == TK_PUNCT && st->toks[i].op == ','))
                i++;
            int p2 = start;
            ok = expr_const(a, st->toks, &p2, i, &v);
            if (ok)
                buf_printf(&out, "%lld", (long long)v);
        } else if (t->kind == TK_ID) {
            Sym *s = sym_find(&a->syms, t->p, t->len, NULL);
            if (s && s->kind == SYM_TEXT)
                buf_str(&out, s->text);
            else
                ok = asm_syntax_error(a, t);
            i++;
        } else {
            ok = asm_syntax_error(a, t);
        }
        if (ok && i < st->ntoks) {
            if (st->toks[i].kind != TK_PUNCT || st->toks[i].op != ',')
                ok = asm_syntax_error(a, &st->toks[i]);
            i++;
        }
    }
    if (ok)
        ok = define_text(a, st->name, out.data ? (const char *)out.data : "", out.len);
    buf_free(&out);
    return ok;
}

/* name LABEL type */
bool dir_label(Asm *a, Stmt *st)
{
    if (st->arg >= st->ntoks)
        return asm_syntax_error(a, &st->toks[st->arg]);
    const Tok *t = &st->toks[st->arg];
    int size = expr_decl_type_size(a, t);
    const Sym *ty = size ? NULL : sym_find(&a->syms, t->p, t->len, NULL);
    if (ty && ty->kind == SYM_TYPE && ty->type && types_resolve(ty->type)->distance) {
        size = MT_NEAR; /* x LABEL pfn (pfn TYPEDEF NEAR) */
        ty = NULL;
    } else if (ty && ty->kind == SYM_TYPE)
        size = types_operand_size((uint32_t)ty->value); /* name LABEL POINT */
    else if (!size)
        return asm_syntax_error(a, t);
    if (!stmt_end(a, st, st->arg + 1))
        return false;
    Sym *s = asm_define_label(a, st->name, (uint8_t)size, true) /* global in a PROC too (ml64) */;
    if (s && ty) {
        s->type = ty->type;
        s->count = 1;
        s->total = (uint32_t)ty->value;
    } else if (s && size < MT_NEAR) {
        s->count = 1; /* x LABEL QWORD: SIZEOF 8, LENGTHOF 1 (ml64) */
        s->total = (uint32_t)size;
    }
    return s != NULL;
}

bool dir_align_value(Asm *a, Stmt *st, int pos, int64_t *n)
{
    int size = pos < st->ntoks ? expr_type_size(a, &st->toks[pos]) : 0;
    if (size && size < MT_NEAR) { /* ALIGN DWORD: the type's size (ml64) */
        *n = size;
        pos++;
    } else if (pos < st->ntoks && !expr_const(a, st->toks, &pos, st->ntoks, n))
        return false;
    if (!stmt_end(a, st, pos))
        return false;
    if (*n < 1 || *n > 8192 || (*n & (*n - 1))) {
        diag_error(&a->diag, a->loc, E_BAD_SEG_ALIGN, (int)*n);
        return false;
    }
    return true;
}

bool dir_align(Asm *a, Stmt *st)
{
    Section *sec = asm_section(a);
    if (!sec)
        return false;
    int64_t n = 16;
    if (!dir_align_value(a, st, st->arg, &n))
        return false;
    if ((uint32_t)n > sec->align)
        diag_error(&a->diag, a->loc, E_BAD_SEG_ALIGN, (int)n);
    sec_emit_align(&a->secs, sec, (uint32_t)n, 0, sec->is_code);
    return true;
}

bool dir_even(Asm *a, Stmt *st)
{
    Section *sec = asm_section(a);
    if (!sec || !stmt_end(a, st, st->arg))
        return false;
    sec_emit_align(&a->secs, sec, 2, 0, sec->is_code);
    return true;
}

bool dir_org(Asm *a, Stmt *st)
{
    Section *sec = asm_section(a);
    if (!sec)
        return false;
    int pos = st->arg;
    Expr e;
    if (!expr_parse(a, st->toks, &pos, st->ntoks, &e) || !stmt_end(a, st, pos))
        return false;
    int64_t target;
    if (e.kind == EX_CONST && !e.sub) {
        target = e.value;
    } else if ((e.kind == EX_MEM || e.kind == EX_ADDR) && e.sym && e.sym->kind == SYM_LABEL &&
               e.sym->sec == sec && !e.base && !e.index) {
        target = (int64_t)sym_offset(e.sym) + e.value;
        asm_assume(a, e.sym, NULL, target - e.value);
    } else {
        if (e.undefined && a->pass == 1)
            return true;
        diag_error(&a->diag, a->loc, E_CONST_EXPECTED);
        return false;
    }
    if (target < 0 || target > 0x7FFFFFFF) { /* backward is ml64's overwrite */
        diag_error(&a->diag, a->loc, E_BAD_ORG);
        return false;
    }
    sec_emit_org(&a->secs, sec, (uint32_t)target);
    return true;
}

/* DB, DW ... REAL10: the size code of a type word is its KW_TYPE id; DB ...
 * DT have theirs in the row. */
static bool dir_db(Asm *a, Stmt *st)
{
    const Tok *w = &st->toks[st->arg - 1];
    /* BYTE ... REAL10: the type word's size code; DB ... DT: theirs */
    return dir_data(a, st, w->kw.kind == KW_TYPE ? w->kw.id : kw_data_size(tok_arg(w)));
}

static const DirDef directives[] = {
    {"equ", dir_equ, true, false, 0},
    {"=", dir_assign, true, false, 0},
    {"textequ", dir_textequ, true, false, 0},
    {"label", dir_label, true, false, 0},
    {"align", dir_align, false, false, 0},
    {"even", dir_even, false, false, 0},
    {"org", dir_org, false, false, 0},
    {"db", dir_db, false, true, 0},
    {"dw", dir_db, false, true, 0},
    {"dd", dir_db, false, true, 0},
    {"df", dir_db, false, true, 0},
    {"dq", dir_db, false, true, 0},
    {"dt", dir_db, false, true, 0},
    {"byte", dir_db, false, true, 0},
    {"sbyte", dir_db, false, true, 0},
    {"word", dir_db, false, true, 0},
    {"sword", dir_db, false, true, 0},
    {"dword", dir_db, false, true, 0},
    {"sdword", dir_db, false, true, 0},
    {"fword", dir_db, false, true, 0},
    {"qword", dir_db, false, true, 0},
    {"sqword", dir_db, false, true, 0},
    {"tbyte", dir_db, false, true, 0},
    {"oword", dir_db, false, true, 0},
    {"xmmword", dir_db, false, true, 0},
    {"ymmword", dir_db, false, true, 0},
    {"real4", dir_db, false, true, 0},
    {"real8", dir_db, false, true, 0},
    {"real10", dir_db, false, true, 0},
};

const DirTable dir_data_directives = {directives, ARRAY_LEN(directives)};

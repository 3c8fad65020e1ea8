/* expr.c: MASM expression evaluation by precedence climbing.
 *
 * MASM precedence, loosest first (MASM 6.1 reference, "Operators"):
 *   OR XOR | AND | NOT | EQ NE LT LE GT GE | + - | * / MOD SHL SHR |
 *   unary + - | HIGH LOW HIGHWORD LOWWORD LOW32 HIGH32 |
 *   PTR OFFSET SEG TYPE THIS IMAGEREL SECTIONREL SHORT | segment ':' |
 *   LENGTHOF SIZEOF LENGTH SIZE | () [] and adjacency ("8[rbx]").
 * Registers only combine inside brackets; a label is a memory reference
 * until OFFSET turns it into an immediate address. */
#include "expr.h"
#include "asm.h"
#include "keyword.h"
#include "types.h"
#include "limit.h"
#include <string.h>
#include <stdlib.h>
#include <stdio.h>

static bool is_anon_ref(const char *name, size_t len, int *dir)
{
    if (len != 2 || name[0] != '@')
        return false;
    if (name[1] == 'b' || name[1] == 'B')
        *dir = -1;
    else if (name[1] == 'f' || name[1] == 'F')
        *dir = 1;
    else
        return false;
    return true;
}

Sym *expr_anon_label(Asm *a, uint32_t n)
{
    char name[32];
    int len = snprintf(name, sizeof name, "@@:%u", (unsigned)n);
    return sym_intern(&a->syms, name, (size_t)len, NULL);
}

Sym *asm_symbol_ref(Asm *a, const char *name, size_t len)
{
    int dir;
    if (is_anon_ref(name, len, &dir))
        return expr_anon_label(a, dir < 0 ? a->anon_labels : a->anon_labels + 1);
    Sym *s = sym_find(&a->syms, name, len, a->cur_proc);
    if (!s) {
        s = sym_intern(&a->syms, name, len, NULL);
        s->loc = a->loc;
    }
    return s;
}

void asm_assume(Asm *a, Sym *x, Sym *y, int64_t value)
{
    if (a->pass < 2)
        return;
    Assumption *as = arena_alloc(&a->perm, sizeof *as);
    as->loc = a->loc;
    as->a = x;
    as->b = y;
    as->value = value;
    as->next = a->assumptions;
    a->assumptions = as;
}

bool asm_eval_text(Asm *a, Sym *s, Expr *e)
{
    const char *t = s->text;
    LexResult r = lex_tokens(&a->line, t, t + strlen(t), 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    int pos = 0;
    if (r.ntoks == 0)
        return false;
    return expr_parse(a, r.toks, &pos, r.ntoks, e) && pos == r.ntoks;
}


static bool parse_or(ExprCtx *c, Expr *e);
static bool parse_unary(ExprCtx *c, Expr *e);

static const Tok *peek(ExprCtx *c)
{
    static const Tok eol = {TK_EOL, 0, 0, "", {KW_NONE, 0, 0, 0, 0, 0}};
    return c->pos < c->end ? &c->toks[c->pos] : &eol;
}

static bool fail(ExprCtx *c, DiagId id, const char *arg)
{
    if (!c->failed)
        diag_error(&c->a->diag, c->a->loc, id, arg);
    c->failed = true;
    return false;
}

/* Expression arithmetic wraps modulo 2^64, as MASM's does; done on
 * unsigned values so that it is defined behaviour in C. */
static int64_t wrap_add(int64_t x, int64_t y)
{
    return (int64_t)((uint64_t)x + (uint64_t)y);
}

static int64_t wrap_sub(int64_t x, int64_t y)
{
    return (int64_t)((uint64_t)x - (uint64_t)y);
}

static void set_const(Expr *e, int64_t v)
{
    memset(e, 0, sizeof *e);
    e->kind = EX_CONST;
    e->value = v;
}

int expr_type_size(Asm *a, const Tok *t)
{
    if (t->kind != TK_ID)
        return 0;
    (void)a;
    return t->kw.kind == KW_TYPE ? t->kw.id & SZ_BYTES : 0;
}

int expr_decl_type_size(Asm *a, const Tok *t)
{
    /* ml64 14.12's TYPE of DB DW DD DF DQ DT as a declared type (measured,
     * regress/obj/lang/dbtypes): not their data sizes */
    static const int decl_size[] = {4, 8, 16, 4, 8, 10};
    int size = expr_type_size(a, t);
    ArgWord w = tok_arg(t);
    if (!size && w >= AW_DB && w <= AW_DT)
        size = decl_size[w - AW_DB];
    return size;
}

/* The operator a token spells, or OPR_NONE. */
static Operator opr(ExprCtx *c, const Tok *t)
{
    (void)c;
    return t->kw.kind == KW_OPERATOR ? (Operator)t->kw.id : OPR_NONE;
}

/* Offset of a label under the current (provisional) layout. */
static int64_t label_estimate(const Sym *s)
{
    return s->frag ? (int64_t)sym_offset(s) : s->value;
}

static bool is_label(const Sym *s)
{
    return s && s->kind == SYM_LABEL;
}

/* rsp or esp: no index register (SIB index 100 means none). */
static bool is_stack_reg(Reg r)
{
    return (reg_class(r) == RC_GPR64 || reg_class(r) == RC_GPR32) && reg_num(r) == 4;
}

/* expr + expr, with MASM's memory-operand algebra. */
static bool combine_add(ExprCtx *c, Expr *l, const Expr *r)
{
    if (l->kind == EX_REG || r->kind == EX_REG) {
        if (c->bracket_depth == 0)
            return fail(c, E_BAD_REG_USE, NULL);
    }
    Expr rr = *r;
    if (l->kind == EX_REG) {
        Reg reg = l->reg;
        memset(l, 0, sizeof *l);
        l->kind = EX_MEM;
        l->base = reg;
        l->scale = 1;
    }
    if (rr.kind == EX_REG) {
        Reg reg = rr.reg;
        memset(&rr, 0, sizeof rr);
        rr.kind = EX_MEM;
        rr.base = reg;
        rr.scale = 1;
    }
    if (l->kind == EX_CONST && rr.kind == EX_CONST && !(l->sub && rr.sub)) {
        if (rr.sub) {
            Expr t = *l;
            *l = rr;
            rr = t;
        }
        bool either_neg = l->negative || rr.negative;
        l->value = wrap_add(l->value, rr.value);
        l->undefined |= rr.undefined;
        l->negative = either_neg && l->value < 0;
        return true;
    }
    if (l->kind == EX_CONST && rr.kind != EX_CONST) {
        Expr t = *l;
        *l = rr;
        rr = t;
    }
    if (l->kind == EX_TYPE || rr.kind == EX_TYPE || l->kind == EX_STR ||
        rr.kind == EX_STR || l->kind == EX_REAL || rr.kind == EX_REAL)
        return fail(c, E_EXPR_SYNTAX, NULL);
    if (rr.kind == EX_CONST) {
        if (rr.sub || l->sub)
            return fail(c, E_ADD_TWO_RELOCS, NULL);
        l->value = wrap_add(l->value, rr.value);
        l->undefined |= rr.undefined;
        if (rr.field && !l->explicit_size) {
            l->size = rr.size; /* [rbx + POINT.y] has the field's type */
            l->type = rr.type;
            l->field = rr.field;
        }
        return true;
    }
    /* both are addresses or memory references */
    if (l->sym && rr.sym)
        return fail(c, E_ADD_TWO_RELOCS, NULL);
    if (!l->sym) {
        l->sym = rr.sym;
        l->rk = rr.rk;
    }
    l->value = wrap_add(l->value, rr.value);
    l->undefined |= rr.undefined;
    if (rr.kind == EX_MEM)
        l->kind = EX_MEM;
    if (!l->size)
        l->size = rr.size;
    if (!l->type) {
        l->type = rr.type;
        l->field = rr.field;
    }
    l->explicit_size |= rr.explicit_size;
    l->has_brackets |= rr.has_brackets;
    if (rr.seg)
        l->seg = rr.seg;
    Reg regs[2] = {(Reg)rr.base, (Reg)rr.index};
    uint8_t scales[2] = {1, rr.scale ? rr.scale : 1};
    for (int i = 0; i < 2; i++) {
        if (regs[i] == R_NONE)
            continue;
        if (i == 1 || (l->base != R_NONE && l->index == R_NONE)) {
            if (l->index != R_NONE)
                return fail(c, E_MULTI_INDEX, NULL);
            if (i == 0 && l->base != R_NONE) {
                /* [rax+rsp]: rsp is no index, so it becomes the base
                 * (ml64 14.12: 8B 04 04; [rax+rsp*1] stays A2032);
                 * [rsp+rsp] has two bases (ml64: A2029) */
                if (is_stack_reg(regs[i]) && is_stack_reg((Reg)l->base))
                    return fail(c, E_MULTI_BASE, NULL);
                bool swap = is_stack_reg(regs[i]) && !is_stack_reg((Reg)l->base);
                l->index = swap ? l->base : (uint8_t)regs[i];
                l->base = swap ? (uint8_t)regs[i] : l->base;
                l->scale = 1;
            } else {
                l->index = regs[i];
                l->scale = scales[i];
            }
        } else if (l->base == R_NONE) {
            l->base = regs[i];
        } else {
            return fail(c, E_MULTI_BASE, NULL);
        }
    }
    return true;
}

static bool combine_sub(ExprCtx *c, Expr *l, const Expr *r)
{
    if (r->kind == EX_CONST && !r->sub) {
        if (l->kind == EX_CONST && !l->sub) {
            bool either_neg = l->negative || r->negative;
            bool below = either_neg ? l->value < r->value
                                    : (uint64_t)l->value < (uint64_t)r->value;
            l->value = wrap_sub(l->value, r->value);
            l->undefined |= r->undefined;
            l->negative = below;
            return true;
        }
        Expr neg = *r;
        neg.value = wrap_sub(0, neg.value);
        return combine_add(c, l, &neg);
    }
    /* label - label: a constant once both are placed in one section */
    if ((l->kind == EX_MEM || l->kind == EX_ADDR) && (r->kind == EX_MEM || r->kind == EX_ADDR) &&
        l->sym && r->sym && l->base == R_NONE && r->base == R_NONE &&
        l->index == R_NONE && r->index == R_NONE) {
        Sym *a = l->sym, *b = r->sym;
        int64_t v = wrap_sub(l->value, r->value);
        bool undef = l->undefined || r->undefined;
        if (!undef && (!is_label(a) || !is_label(b) || a->sec != b->sec)) {
            /* ml64 14.12: A2018 with an external, A2025 across sections */
            if (a->kind == SYM_EXTERN || b->kind == SYM_EXTERN)
                return fail(c, E_EXTERN_USE, NULL);
            if (a->sec != b->sec)
                return fail(c, E_DIFF_SEGMENT, NULL);
        }
        set_const(l, undef ? 0 : wrap_add(v, wrap_sub(label_estimate(a), label_estimate(b))));
        l->undefined = undef;
        if (!undef) {
            l->sym = a;
            l->sub = b;
            l->value = v;
            l->layout_dep = true;
        }
        return true;
    }
    return fail(c, E_CONST_EXPECTED, NULL);
}

/* Numeric value of a constant expression, folding label differences. */
int64_t expr_value(const Expr *e)
{
    if (e->kind == EX_CONST && e->sub)
        return wrap_add(e->value, wrap_sub(label_estimate(e->sym), label_estimate(e->sub)));
    return e->value;
}

static bool need_const(ExprCtx *c, Expr *e)
{
    if (e->kind != EX_CONST)
        return fail(c, E_CONST_EXPECTED, NULL);
    if (e->sub) {
        int64_t v = expr_value(e);
        asm_assume(c->a, e->sym, e->sub, wrap_sub(v, e->value));
        e->value = v;
        e->sym = e->sub = NULL;
    }
    return true;
}


/* primary := number | string | real | '(' expr ')' | '[' expr ']'
 *          | register | type | symbol | '$' */
static bool parse_symbol(ExprCtx *c, const Tok *t, Expr *e);

/* A text macro's value as an expression, one level deeper than the
 * expression naming it, so that t TEXTEQU <t> ends at the depth limit
 * (it overflowed the stack); an error inside is reported once. */
static bool eval_text_nested(ExprCtx *outer, Sym *s, Expr *e)
{
    Asm *a = outer->a;
    const char *t = s->text;
    LexResult r = lex_tokens(&a->line, t, t + strlen(t), 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    if (r.ntoks == 0)
        return false;
    ExprCtx c;
    memset(&c, 0, sizeof c);
    c.a = a;
    c.toks = r.toks;
    c.end = r.ntoks;
    c.depth = outer->depth + 1;
    bool ok = parse_or(&c, e) && !c.failed && c.pos == r.ntoks;
    if (c.failed)
        outer->failed = true;
    return ok;
}

static bool parse_primary(ExprCtx *c, Expr *e)
{
    const Tok *t = peek(c);
    memset(e, 0, sizeof *e);
    switch ((TokKind)t->kind) {
    case TK_NUM: {
        uint64_t v;
        c->pos++;
        if (lex_is_real_hex(t->p, t->len)) {
            e->kind = EX_REAL;
            e->str = t->p;
            e->len = t->len;
            return true;
        }
        if (!lex_number(t->p, t->len, c->a->radix, &v))
            return fail(c, E_NONDIGIT, NULL);
        set_const(e, (int64_t)v);
        return true;
    }
    case TK_REAL:
        c->pos++;
        e->kind = EX_REAL;
        e->str = t->p;
        e->len = t->len;
        return true;
    case TK_STR: {
        c->pos++;
        e->kind = EX_STR;
        e->str = t->p + 1;
        e->len = t->len - 2;
        e->quote = (uint8_t)t->p[0];
        for (uint32_t i = 0; i < e->len; i++)
            if (e->str[i] == e->quote) { /* "a""b" is a"b: 3 characters */
                e->str_quote_doubles++;
                i++;
            }
        return true;
    }
    case TK_PUNCT:
        if (t->op == '(') {
            c->pos++;
            if (!parse_or(c, e))
                return false;
            if (peek(c)->op != ')' || peek(c)->kind != TK_PUNCT)
                return fail(c, E_MISSING_RPAREN, NULL);
            c->pos++;
            return true;
        }
        if (t->op == '[') {
            c->pos++;
            c->bracket_depth++;
            if (!parse_or(c, e))
                return false;
            c->bracket_depth--;
            if (peek(c)->kind != TK_PUNCT || peek(c)->op != ']')
                return fail(c, E_EXPR_SYNTAX, NULL);
            c->pos++;
            if (e->kind == EX_REG) {
                Reg r = e->reg;
                const struct Type *ty = e->type; /* [rbx.S]: typed as S */
                memset(e, 0, sizeof *e);
                e->kind = EX_MEM;
                e->base = r;
                e->scale = 1;
                e->type = ty;
            }
            if (e->kind == EX_ADDR || (e->kind == EX_CONST && !e->sub)) {
                /* [sym] and [number] are memory references */
                if (e->kind == EX_CONST)
                    e->scale = 1;
                e->kind = EX_MEM;
            }
            e->has_brackets = true;
            return true;
        }
        return fail(c, E_EXPR_SYNTAX, NULL);
    case TK_ID:
        c->pos++;
        return parse_symbol(c, t, e);
    default:
        return fail(c, E_EXPR_SYNTAX, NULL);
    }
}

/* '$': an unnamed label at the start of the current statement.  Only a
 * description of the position (sec_here): evaluating it opens no
 * fragment. */
Sym *asm_here(Asm *a, Section *sec)
{
    return asm_here_in(a, sec, &a->perm);
}

Sym *asm_here_in(Asm *a, Section *sec, Arena *arena)
{
    Sym *s = arena_alloc(arena, sizeof *s);
    s->name = "$";
    s->len = 1;
    s->kind = SYM_LABEL;
    s->mem_type = MT_NEAR;
    s->sec = sec;
    sec_here(sec, &s->frag, &s->frag_off);
    s->value = 0; /* the offset in an empty section (no fragment yet) */
    s->coff_index = -1;
    s->loc = a->loc;
    return s;
}

static bool location_counter(ExprCtx *c, Expr *e)
{
    Section *sec = c->a->cur;
    if (!sec)
        return fail(c, E_NOT_IN_SEGMENT, NULL);
    /* the label of the last '$' if nothing was emitted since: a loop of
     * `y = $ - x` took a Sym (176 bytes) in the run's arena per line */
    Asm *a = c->a;
    Sym *h = a->here_sym;
    Frag *f;
    uint32_t off;
    sec_here(sec, &f, &off);
    if (!h || a->here_pass != a->pass || h->sec != sec || h->frag != f || h->frag_off != off) {
        h = a->here_sym = asm_here(a, sec);
        a->here_pass = a->pass;
    }
    e->kind = EX_MEM;
    e->sym = h;
    e->value = a->dollar_bias; /* dd $, $: each item's own address (ml64) */
    return true;
}

static bool parse_symbol(ExprCtx *c, const Tok *t, Expr *e)
{
    Asm *a = c->a;
    Keyword kw = t->kw;
    Reg r = kw.kind == KW_REG ? (Reg)kw.id : R_NONE;
    if (r == R_ST0) {
        /* st is st(0); st(i) names the others */
        if (peek(c)->kind == TK_PUNCT && peek(c)->op == '(' && c->pos + 2 < c->end) {
            const Tok *n = &c->toks[c->pos + 1];
            uint64_t v;
            if (n->kind == TK_NUM && lex_number(n->p, n->len, 10, &v) && v < 8 &&
                c->toks[c->pos + 2].kind == TK_PUNCT && c->toks[c->pos + 2].op == ')') {
                c->pos += 3;
                r = (Reg)(R_ST0 + v);
            }
        }
    }
    if (r != R_NONE) {
        e->kind = EX_REG;
        e->reg = (uint8_t)r;
        e->size = (uint8_t)reg_size(r);
        return true;
    }
    int ts = kw.kind == KW_TYPE ? kw.id & SZ_BYTES : 0;
    if (ts) {
        e->kind = EX_TYPE;
        e->value = ts >= MT_NEAR ? 0 : ts;
        e->size = (uint8_t)(ts >= MT_NEAR ? 0 : ts);
        return true;
    }
    if (t->len == 1 && t->p[0] == '$')
        return location_counter(c, e);
    if (kw.kind == KW_NONE &&
        (tok_arg(t) == AW_VARARG || tok_arg(t) == AW_ADDR || tok_arg(t) == AW_CODE))
        return fail(c, E_SYNTAX, arena_strndup(&a->line, t->p, t->len)); /* ml64: dd vararg */
    Sym *s = asm_symbol_ref(a, t->p, t->len);
    if (!s)
        return fail(c, E_EXPR_SYNTAX, NULL);
    s->used = true;
    switch ((SymKind)s->kind) {
    case SYM_CONST:
    case SYM_ASSIGN:
        set_const(e, s->value);
        e->negative = s->negative; /* X EQU -10: mov rcx, X is 48 C7 (ml64) */
        return true;
    case SYM_TEXT:
        return eval_text_nested(c, s, e) || fail(c, E_EXPR_SYNTAX, NULL);
    case SYM_MACRO:
        return fail(c, E_BAD_SYMBOL_TYPE, s->name);
    case SYM_TYPE:
        if (s->type && s->type->kind == TY_RECORD && peek(c)->kind == TK_ANGLE) {
            int64_t v; /* REC <f1, f2>: a record constant */
            if (!types_record_value(a, s->type, &c->toks[c->pos++], &v))
                return c->failed = true, false;
            set_const(e, v);
            return true;
        }
        e->kind = EX_TYPE;
        e->value = s->value;
        e->size = s->type ? types_operand_size((uint32_t)s->value) : (uint8_t)s->value;
        e->type = s->type;
        return true;
    case SYM_SEGMENT:
        e->kind = EX_ADDR;
        e->sym = s;
        return true;
    case SYM_STACK:
        e->kind = EX_MEM;
        e->base = s->stack_base;
        e->scale = 1;
        e->value = s->value;
        if (a->stackbase_sym) /* JWasm: [base + offset + @StackBase] */
            e->value += a->stackbase_sym->value;
        e->size = s->mem_type;
        e->type = s->type; /* LOCAL pt:POINT gives pt.x */
        e->var = s;
        return true;
    case SYM_RELEQU:
        e->kind = EX_MEM;
        e->sym = s->base;
        e->value = s->value;
        e->size = s->base && s->base->mem_type < MT_NEAR ? s->base->mem_type : 0;
        e->type = s->base ? s->base->type : NULL;
        return true;
    case SYM_UNDEF:
        if (a->pass > 1) {
            diag_error(&a->diag, a->loc, E_UNDEFINED, s->name);
            c->failed = true;
            return false;
        }
        e->kind = EX_MEM;
        e->sym = s;
        e->undefined = true;
        return true;
    case SYM_EXTERN:
        if (s->mem_type == MT_ABS) {
            e->kind = EX_ADDR;
            e->sym = s;
            return true;
        }
        /* fall through */
    case SYM_LABEL:
        e->kind = EX_MEM;
        e->sym = s;
        e->size = s->mem_type < MT_NEAR ? s->mem_type : 0;
        e->type = s->type;
        return true;
    }
    return fail(c, E_EXPR_SYNTAX, NULL);
}

/* postfix := primary { '[' expr ']' | '.' name } : adjacency adds; '.'
 * selects a field (types.c). */
/* postfix := primary { '.' name | '[' expr ']' }; members only (no
 * brackets) where `brackets` is false */
static bool postfix_ops(ExprCtx *c, Expr *e, bool brackets)
{
    for (;;) {
        if (peek(c)->kind == TK_PUNCT && peek(c)->op == '.' && c->pos + 1 < c->end &&
            c->toks[c->pos + 1].kind == TK_ID) {
            c->pos += 2;
            if (!types_member(c->a, e, &c->toks[c->pos - 1]))
                return c->failed = true, false;
            continue;
        }
        if (!brackets || peek(c)->kind != TK_PUNCT || peek(c)->op != '[')
            break;
        Expr r;
        if (!parse_primary(c, &r))
            return false;
        if (!combine_add(c, e, &r))
            return false;
        e->has_brackets = true;
        if (e->kind == EX_ADDR)
            e->kind = EX_MEM;
    }
    return true;
}

static bool parse_postfix(ExprCtx *c, Expr *e)
{
    return parse_primary(c, e) && postfix_ops(c, e, true);
}

/* A name with its .fields (the operand of SIZEOF). */
static bool parse_members(ExprCtx *c, Expr *e)
{
    return parse_primary(c, e) && postfix_ops(c, e, false);
}

/* '[' expr ']' after a value: e[x] is e + x as memory. */
static bool postfix_brackets(ExprCtx *c, Expr *e)
{
    return postfix_ops(c, e, true);
}

/* segexpr := postfix [ ':' unary ] */
static bool parse_seg(ExprCtx *c, Expr *e)
{
    if (!parse_postfix(c, e))
        return false;
    if (peek(c)->kind == TK_PUNCT && peek(c)->op == ':') {
        if (e->kind != EX_REG || reg_class((Reg)e->reg) != RC_SEG)
            return true; /* not an override: let the caller see ':' */
        Reg seg = (Reg)e->reg;
        c->pos++;
        if (!parse_unary(c, e))
            return false;
        if (e->kind == EX_CONST) {
            int64_t v = e->value;
            memset(e, 0, sizeof *e);
            e->kind = EX_MEM;
            e->value = v;
        } else if (e->kind == EX_REG) {
            return fail(c, E_BAD_REG_USE, NULL);
        }
        e->kind = EX_MEM;
        e->seg = (uint8_t)seg;
    }
    return true;
}

static bool address_op(ExprCtx *c, Operator op, Expr *e)
{
    c->pos++;
    if (!parse_unary(c, e))
        return false;
    bool half = op == OPR_LOW32 || op == OPR_HIGH32;
    if (e->kind == EX_CONST && (!e->sub || half)) {
        need_const(c, e); /* HIGH32 (a - b + 5): the difference is a constant */
        if (op == OPR_LOW32)
            e->value &= 0xFFFFFFFF;
        else if (op == OPR_HIGH32)
            e->value = (int64_t)((uint64_t)e->value >> 32);
        return true;
    }
    /* ml64 14.12 refuses LOW32 and HIGH32 of an address (A2105); JWasm
     * writes LOW32 x as an ADDR32 relocation (followed) and refuses HIGH32 x */
    if (op == OPR_HIGH32 ||
        (half && ((e->kind != EX_MEM && e->kind != EX_ADDR) || e->base || e->index)))
        return fail(c, E_HIGHLOW_IMM, NULL);
    if ((e->kind != EX_MEM && e->kind != EX_ADDR) || e->base || e->index)
        return fail(c, E_BAD_OFFSET_OPERAND, NULL);
    e->kind = EX_ADDR;
    e->size = 0;
    e->explicit_size = false;
    e->rk = op == OPR_IMAGEREL ? RK_IMAGEREL : op == OPR_SECTIONREL ? RK_SECREL
          : op == OPR_SEG ? RK_SECTION : op == OPR_LOW32 ? RK_LOW32
          : op == OPR_HIGH32 ? RK_HIGH32 : RK_PLAIN;
    return true;
}

static bool byte_op(ExprCtx *c, Operator op, Expr *e)
{
    c->pos++;
    if (!parse_unary(c, e))
        return false;
    if (e->kind != EX_CONST) /* ml64: HIGH v of an address is A2105 */
        return fail(c, E_HIGHLOW_IMM, NULL);
    need_const(c, e);
    if (op == OPR_HIGH)
        e->value = (e->value >> 8) & 0xFF;
    else if (op == OPR_LOW)
        e->value &= 0xFF;
    else if (op == OPR_HIGHWORD)
        e->value = (e->value >> 16) & 0xFFFF;
    else
        e->value &= 0xFFFF;
    e->negative = false;
    return true;
}

static bool size_op(ExprCtx *c, Operator op, Expr *e)
{
    bool is_type = op == OPR_TYPE;
    bool is_len = op == OPR_LENGTHOF || op == OPR_LENGTH;
    c->pos++;
    bool paren = peek(c)->kind == TK_PUNCT && peek(c)->op == '(';
    const Tok *tw = paren && c->pos + 2 < c->end ? &c->toks[c->pos + 1] : peek(c);
    if (is_type && tw->kind == TK_ID && tw->kw.kind == KW_TYPE && tw->kw.id == MT_NEAR &&
        (!paren || (tw[1].kind == TK_PUNCT && tw[1].op == ')'))) {
        /* ml64 in 64-bit code: TYPE NEAR/PROC 0FF08h, TYPE FAR 0FF06h;
         * JWasm's NEAR32 0FF04h, FAR32 0FF06h, NEAR16 0FF02h, FAR16 0FF05h */
        c->pos += paren ? 3 : 1;
        int d = kw_distance_type(kw_arg(tw->kw));
        set_const(e, d ? d : 0xFF08); /* PROC */
        return true;
    }
    Expr x;
    bool sized = !is_type && (op == OPR_SIZEOF || op == OPR_LENGTHOF || op == OPR_SIZE ||
                              op == OPR_LENGTH);
    if (sized) {
        /* ml64: SIZEOF takes one name with its .fields (`SIZEOF a[8]` is
         * (SIZEOF a)[8], a memory operand); in parentheses only a type
         * name, for SIZEOF and SIZE: SIZEOF(QWORD), SIZEOF (S); SIZEOF (v),
         * SIZEOF (S.b), LENGTHOF (S) and SIZEOF(QWORD)[8] are A2009 */
        if (paren) {
            if (op == OPR_LENGTHOF || op == OPR_LENGTH || !parse_primary(c, &x) ||
                x.kind != EX_TYPE || x.field || (peek(c)->kind == TK_PUNCT && peek(c)->op == '['))
                return c->failed ? false : fail(c, E_EXPR_SYNTAX, NULL);
        } else if (!parse_members(c, &x)) {
            return false;
        }
    } else if (!(paren ? parse_primary(c, &x) : parse_unary(c, &x))) {
        return false;
    }
    int64_t v = 0;
    if (x.field)
        v = is_type ? x.field->elem : is_len ? x.field->count : x.field->size;
    else if (x.kind == EX_TYPE)
        v = is_len ? 1 : x.value;
    else if (is_type && x.type)
        v = types_resolve(x.type)->size;
    else if (x.kind == EX_REG)
        v = is_len ? 1 : reg_size((Reg)x.reg);
    else if (is_type)
        v = x.size ? x.size : (x.sym && x.sym->mem_type == MT_NEAR ? 0xFF08 : 0);
    else if (x.var) /* ml64: LENGTH 1 and SIZE one element, also of LOCAL a[n]:T */
        v = op == OPR_LENGTHOF ? x.var->count : op == OPR_LENGTH ? 1
          : op == OPR_SIZEOF ? x.var->total
          : x.var->count ? x.var->total / x.var->count : x.var->total;
    else if (x.sym && x.base == R_NONE && x.index == R_NONE) {
        if ((op == OPR_SIZEOF || op == OPR_LENGTHOF) && !x.sym->count &&
            x.sym->mem_type == MT_NEAR && !x.undefined)
            return fail(c, E_EXPECTED_DATA_LABEL, NULL); /* SIZEOF of a code label (ml64) */
        /* ml64: LENGTH is the count of a DUP that starts the initializer
         * (else 1) and SIZE is LENGTH * TYPE.  A label without data
         * (THIS type) has SIZEOF, LENGTHOF and SIZE 0; a code label SIZE
         * 0FF08h. */
        int64_t len = x.sym->length ? x.sym->length : 1;
        int64_t elem = x.type ? types_resolve(x.type)->size : x.size;
        if (!x.sym->count)
            elem = x.sym->mem_type == MT_NEAR ? 0xFF08 : 0;
        v = op == OPR_LENGTH ? len : op == OPR_SIZE ? len * elem
          : op == OPR_LENGTHOF ? x.sym->count : x.sym->total;
    } else if (!x.undefined)
        return fail(c, E_INVALID_USE, is_type ? "TYPE" : "SIZEOF");
    set_const(e, v);
    e->undefined = x.undefined;
    return !sized || postfix_brackets(c, e);
}

/* OPATTR bits: 1 code label, 2 memory variable, 4 immediate, 8 direct
 * memory, 10h register, 20h no error, 40h SS-relative, 80h external. */
static int64_t opattr_bits(const Expr *x)
{
    if (x->undefined)
        return 0;
    const Sym *s = x->sym;
    bool code = s && (s->mem_type == MT_NEAR || s->mem_type == MT_PROC || s->is_proc);
    int64_t v = 0x20;
    switch ((ExprKind)x->kind) {
    case EX_CONST: case EX_TYPE: case EX_STR: case EX_REAL:
        return 0x24;
    case EX_REG:
        return 0x30;
    case EX_ADDR:
        v |= 4 | (code ? 1 : s ? 2 : 0);
        break;
    case EX_MEM:
        if (code && !x->base && !x->index) {
            v |= 5;
            break;
        }
        v |= 2;
        if (!x->base && !x->index)
            v |= 8;
        if (x->base == R_RSP || x->base == R_RBP || x->base == R_ESP || x->base == R_EBP)
            v |= 0x40;
        break;
    }
    if (s && s->kind == SYM_EXTERN)
        v |= 0x80;
    return v;
}

/* OPATTR expr / .TYPE expr: never an error, 0 for an undefined operand. */
static bool opattr_op(ExprCtx *c, Operator op, Expr *e)
{
    Asm *a = c->a;
    bool muted = a->diag.muted;
    int errors = a->diag.errors;
    c->pos++;
    a->diag.muted = true;
    Expr x;
    bool ok = parse_unary(c, &x) && !c->failed;
    a->diag.muted = muted;
    a->diag.errors = errors;
    c->failed = false;
    int64_t v = ok ? opattr_bits(&x) : 0;
    set_const(e, op == OPR_DOTTYPE ? (v & 0xFF) : v);
    return true;
}

/* THIS type: the current location with that type. */
static bool this_op(ExprCtx *c, Expr *e)
{
    c->pos++;
    Expr ty;
    if (!parse_primary(c, &ty))
        return false;
    if (ty.kind != EX_TYPE)
        return fail(c, E_TYPE_EXPR, NULL);
    if (!c->a->cur)
        return fail(c, E_NOT_IN_SEGMENT, NULL);
    Sym *h = asm_here(c->a, c->a->cur);
    h->mem_type = ty.value == 0 ? MT_NEAR : ty.size;
    h->type = ty.type; /* SIZEOF stays 0, as JWasm has it */
    memset(e, 0, sizeof *e);
    e->kind = EX_MEM;
    e->sym = h;
    e->size = ty.size;
    e->type = ty.type;
    return true;
}

/* MASK f / WIDTH f of a record, record field or record variable. */
static bool record_op(ExprCtx *c, Operator op, Expr *e)
{
    c->pos++;
    const Tok *n = peek(c);
    if (n->kind != TK_ID)
        return fail(c, E_RECORD_OPERAND, NULL);
    c->pos++;
    int64_t v;
    Sym *s = sym_find(&c->a->syms, n->p, n->len, c->a->cur_proc);
    if (!types_mask_width(c->a, s, op == OPR_MASK, &v)) {
        c->failed = true;
        return false;
    }
    set_const(e, v);
    return true;
}

/* Operators that take one operand to their right; false with
 * c->failed unset when t is none of them. */
static bool unary_op(ExprCtx *c, const Tok *t, Expr *e)
{
    Operator op = opr(c, t);
    switch (op) {
    case OPR_OFFSET: case OPR_IMAGEREL: case OPR_SECTIONREL: case OPR_SEG:
    case OPR_LOW32: case OPR_HIGH32:
        return address_op(c, op, e);
    case OPR_SHORT:
        c->pos++;
        if (!parse_unary(c, e))
            return false;
        e->is_short = true;
        return true;
    case OPR_HIGH: case OPR_LOW: case OPR_HIGHWORD: case OPR_LOWWORD:
        return byte_op(c, op, e);
    case OPR_SIZEOF: case OPR_LENGTHOF: case OPR_SIZE: case OPR_LENGTH: case OPR_TYPE:
        return size_op(c, op, e);
    case OPR_OPATTR: case OPR_DOTTYPE:
        return opattr_op(c, op, e);
    case OPR_THIS:
        return this_op(c, e);
    case OPR_MASK: case OPR_WIDTH:
        return record_op(c, op, e);
    default:
        return false;
    }
}

/* unary := ('+'|'-'|NOT) unary | operator unary | type (PTR|BCST) unary | segexpr */
static bool parse_unary_op(ExprCtx *c, Expr *e);

/* Every nesting in the grammar (parentheses, brackets, unary operators)
 * goes through here, so one counter bounds the recursion. */
static bool parse_unary(ExprCtx *c, Expr *e)
{
    if (c->depth >= ASM_MAX_EXPR_DEPTH)
        return fail(c, E_TOO_COMPLEX, NULL);
    c->depth++;
    bool ok = parse_unary_op(c, e);
    c->depth--;
    return ok;
}

/* unary := ('+' | '-' | NOT | type PTR | operator) unary | seg */
static bool parse_unary_op(ExprCtx *c, Expr *e)
{
    const Tok *t = peek(c);
    if (t->kind == TK_PUNCT && (t->op == '-' || t->op == '+')) {
        c->pos++;
        if (peek(c)->kind == TK_EOL)
            return fail(c, E_MISSING_OPERAND, NULL);
        if (!parse_unary(c, e))
            return false;
        if (t->op == '-') {
            if (e->kind == EX_REAL) {
                e->str--; /* keep the sign with the text */
                e->len++;
                return true;
            }
            if (!need_const(c, e))
                return false;
            e->value = wrap_sub(0, e->value);
            e->negative = !e->negative && e->value != 0;
        }
        return true;
    }
    if (t->kind == TK_ID) {
        Operator ptr = c->pos + 1 < c->end ? opr(c, &c->toks[c->pos + 1]) : OPR_NONE;
        if (ptr == OPR_PTR || ptr == OPR_BCST) {
            Expr ty;
            bool sgn = t->kw.kind == KW_TYPE && (t->kw.id & SZ_SIGNED); /* SBYTE ... SQWORD */
            if (!parse_primary(c, &ty))
                return false;
            if (ty.kind != EX_TYPE)
                return fail(c, E_TYPE_EXPR, NULL);
            c->pos++; /* PTR */
            if (peek(c)->kind == TK_EOL) {
                *e = ty;
                return true;
            }
            if (!parse_unary(c, e))
                return false;
            if (e->kind == EX_REG && ptr == OPR_PTR && t->kw.kind == KW_TYPE &&
                t->kw.id == MT_NEAR) {
                /* ml64: NEAR PTR of a 64-bit register is the register
                 * (jmp near ptr rax); FAR/NEAR32 PTR or a smaller one A2032 */
                if (kw_distance_type(kw_arg(t->kw)) == 0xFF08 && reg_size((Reg)e->reg) == 8)
                    return true;
                return fail(c, E_BAD_REG_USE, NULL);
            }
            if (e->kind == EX_REG && ptr == OPR_PTR && !ty.type && ty.value &&
                ty.value == reg_size((Reg)e->reg)) {
                e->signed_ptr = sgn; /* byte ptr cl, sbyte ptr cl: ml64 */
                return true;
            }
            if (e->kind == EX_REG && ptr == OPR_PTR && !ty.type && ty.value)
                return fail(c, E_BAD_REG_USE, NULL); /* word ptr cl: ml64 A2032 */
            if (e->kind == EX_REG || (ptr == OPR_BCST && e->kind != EX_MEM))
                return fail(c, E_BAD_OPERANDS, NULL);
            e->signed_ptr = sgn;
            e->bcst = ptr == OPR_BCST;
            e->size = ty.type ? types_operand_size((uint32_t)ty.value) : (uint8_t)ty.value;
            e->type = ty.type;
            e->field = NULL;
            e->explicit_size = true;
            if (ty.value == 0)
                e->is_near_ptr = true;
            return true;
        }
        if (opr(c, t) == OPR_NOT) {
            c->pos++;
            if (!parse_unary(c, e) || !need_const(c, e))
                return false;
            e->value = ~e->value;
            return true;
        }
        if (unary_op(c, t, e) || c->failed)
            return !c->failed;
    }
    return parse_seg(c, e);
}

static int mul_op(ExprCtx *c, const Tok *t)
{
    if (t->kind == TK_PUNCT && (t->op == '*' || t->op == '/'))
        return t->op;
    switch (opr(c, t)) {
    case OPR_MOD: return 'm';
    case OPR_SHL: return 'l';
    case OPR_SHR: return 'r';
    default: return 0;
    }
}

static bool parse_mul(ExprCtx *c, Expr *e)
{
    if (!parse_unary(c, e))
        return false;
    int op;
    while ((op = mul_op(c, peek(c))) != 0) {
        c->pos++;
        Expr r;
        if (!parse_unary(c, &r))
            return false;
        if (op == '*' && (e->kind == EX_REG || r.kind == EX_REG)) {
            /* index * scale inside brackets */
            Expr *reg = e->kind == EX_REG ? e : &r;
            Expr *k = e->kind == EX_REG ? &r : e;
            if (c->bracket_depth == 0 || !need_const(c, k))
                return c->failed ? false : fail(c, E_BAD_REG_USE, NULL);
            int64_t sc = k->value;
            if (sc != 1 && sc != 2 && sc != 4 && sc != 8)
                return fail(c, E_BAD_SCALE, NULL);
            Reg rg = (Reg)reg->reg;
            memset(e, 0, sizeof *e);
            e->kind = EX_MEM;
            e->index = (uint8_t)rg;
            e->scale = (uint8_t)sc;
            continue;
        }
        if (!need_const(c, e) || !need_const(c, &r))
            return false;
        int64_t x = e->value, y = r.value;
        /* MASM keeps a sign and a magnitude: with no negative operand,
         * 0FFFFFFFFFFFFFFFFh is a large positive number. */
        bool is_signed = e->negative || r.negative;
        bool neg = false;
        switch (op) {
        case '*':
            x = (int64_t)((uint64_t)x * (uint64_t)y);
            neg = (e->negative != r.negative) && x != 0;
            break;
        case '/':
        case 'm':
            if (y == 0)
                return fail(c, E_DIV_ZERO, NULL);
            if (!is_signed)
                x = (int64_t)(op == '/' ? (uint64_t)x / (uint64_t)y : (uint64_t)x % (uint64_t)y);
            else if (y == -1)
                x = op == '/' ? wrap_sub(0, x) : 0;
            else
                x = op == '/' ? x / y : x % y;
            neg = is_signed && x < 0;
            break;
        case 'l': x = y >= 64 ? 0 : (int64_t)((uint64_t)x << y); break;
        case 'r': x = y >= 64 ? 0 : (int64_t)((uint64_t)x >> y); break;
        }
        bool undef = e->undefined || r.undefined;
        set_const(e, x);
        e->undefined = undef;
        e->negative = neg;
    }
    return true;
}

static bool parse_add(ExprCtx *c, Expr *e)
{
    if (!parse_mul(c, e))
        return false;
    for (;;) {
        const Tok *t = peek(c);
        if (t->kind != TK_PUNCT || (t->op != '+' && t->op != '-'))
            return true;
        c->pos++;
        Expr r;
        if (!parse_mul(c, &r))
            return false;
        if (!(t->op == '+' ? combine_add(c, e, &r) : combine_sub(c, e, &r)))
            return false;
    }
}

/* EQ NE LT LE GT GE as 1..6 */
static int rel_op(ExprCtx *c, const Tok *t)
{
    Operator op = opr(c, t);
    return op >= OPR_EQ && op <= OPR_GE ? (int)(op - OPR_EQ) + 1 : 0;
}

static bool parse_rel(ExprCtx *c, Expr *e)
{
    if (!parse_add(c, e))
        return false;
    int op;
    while ((op = rel_op(c, peek(c))) != 0) {
        c->pos++;
        Expr r;
        if (!parse_add(c, &r) || !need_const(c, e) || !need_const(c, &r))
            return false;
        int64_t x = e->value, y = r.value;
        bool lt, eq = x == y;
        if (e->negative || r.negative)
            lt = x < y;
        else
            lt = (uint64_t)x < (uint64_t)y;
        bool v = op == 1 ? eq : op == 2 ? !eq : op == 3 ? lt
               : op == 4 ? lt || eq : op == 5 ? !lt && !eq : !lt;
        bool undef = e->undefined || r.undefined;
        set_const(e, v ? -1 : 0);
        e->undefined = undef;
        e->negative = v;
    }
    return true;
}

static bool parse_not(ExprCtx *c, Expr *e)
{
    return parse_rel(c, e);
}

static bool parse_and(ExprCtx *c, Expr *e)
{
    if (!parse_not(c, e))
        return false;
    while (opr(c, peek(c)) == OPR_AND) {
        c->pos++;
        Expr r;
        if (!parse_not(c, &r) || !need_const(c, e) || !need_const(c, &r))
            return false;
        e->value &= r.value;
        e->undefined |= r.undefined;
    }
    return true;
}

static bool parse_or(ExprCtx *c, Expr *e)
{
    if (!parse_and(c, e))
        return false;
    for (;;) {
        Operator op = opr(c, peek(c));
        bool is_or = op == OPR_OR, is_xor = op == OPR_XOR;
        if (!is_or && !is_xor)
            return true;
        c->pos++;
        Expr r;
        if (!parse_and(c, &r) || !need_const(c, e) || !need_const(c, &r))
            return false;
        e->value = is_or ? (e->value | r.value) : (e->value ^ r.value);
        e->undefined |= r.undefined;
    }
}

/* A number token's value as parse_primary reads it; false for anything
 * else (a real, a malformed number). */
static bool plain_number(Asm *a, const Tok *t, int64_t *v)
{
    uint64_t u;
    if (t->kind != TK_NUM || lex_is_real_hex(t->p, t->len) || !lex_number(t->p, t->len, a->radix, &u))
        return false;
    *v = (int64_t)u;
    return true;
}

static bool addr_reg(const Tok *t, Reg *r)
{
    if (t->kind != TK_ID || t->kw.kind != KW_REG)
        return false;
    *r = (Reg)t->kw.id;
    return reg_class(*r) == RC_GPR64 || reg_class(*r) == RC_GPR32;
}

/* The memory operands of most code, [base], [base+index], [base+index*s]
 * and each with +n or -n, optionally after 'type PTR' of a built-in type,
 * ending at the expression's end: the Expr the grammar makes of them
 * (parse_primary's brackets, combine_add, parse_mul's scale, the PTR
 * branch of parse_unary_op), without its levels.  Returns false, having
 * read nothing, for any other shape. */
static bool simple_mem(Asm *a, const Tok *toks, int *pos, int end, Expr *out)
{
    int p = *pos;
    const Tok *ty = NULL;
    if (toks[p].kind == TK_ID && toks[p].kw.kind == KW_TYPE && p + 1 < end &&
        toks[p + 1].kind == TK_ID && toks[p + 1].kw.kind == KW_OPERATOR &&
        toks[p + 1].kw.id == OPR_PTR) {
        int ts = toks[p].kw.id & SZ_BYTES;
        if (ts == 0 || ts >= MT_NEAR)
            return false;
        ty = &toks[p];
        p += 2;
    }
#define PUNCT_AT(i, ch) ((i) < end && toks[i].kind == TK_PUNCT && toks[i].op == (ch))
    Reg base, index = R_NONE;
    int64_t scale = 1, disp = 0, v;
    bool scaled = false;
    if (!PUNCT_AT(p, '[') || p + 1 >= end || !addr_reg(&toks[p + 1], &base))
        return false;
    p += 2;
    if (PUNCT_AT(p, '+') && p + 1 < end && addr_reg(&toks[p + 1], &index)) {
        p += 2;
        if (PUNCT_AT(p, '*')) {
            if (p + 1 >= end || !plain_number(a, &toks[p + 1], &scale) ||
                (scale != 1 && scale != 2 && scale != 4 && scale != 8))
                return false;
            p += 2;
            scaled = true;
        }
        if (!scaled && is_stack_reg(index) && is_stack_reg(base))
            return false; /* two bases: the full parser says A2029 */
        if (!scaled && is_stack_reg(index) && !is_stack_reg(base)) {
            Reg r = base; /* [rax+rsp]: rsp is the base (combine_add) */
            base = index;
            index = r;
        }
    }
    if ((PUNCT_AT(p, '+') || PUNCT_AT(p, '-')) && p + 1 < end &&
        plain_number(a, &toks[p + 1], &v)) {
        disp = toks[p].op == '+' ? v : wrap_sub(0, v);
        p += 2;
    }
    if (!PUNCT_AT(p, ']'))
        return false;
    p++;
    if (p < end && toks[p].kind != TK_EOL && !PUNCT_AT(p, ','))
        return false;
#undef PUNCT_AT
    memset(out, 0, sizeof *out);
    out->kind = EX_MEM;
    out->base = (uint8_t)base;
    out->index = (uint8_t)index;
    out->scale = (uint8_t)(index != R_NONE ? scale : 1);
    out->value = wrap_add(0, disp);
    out->has_brackets = true;
    if (ty) {
        out->signed_ptr = (ty->kw.id & SZ_SIGNED) != 0; /* SBYTE ... SQWORD */
        out->size = (uint8_t)(ty->kw.id & SZ_BYTES);
        out->explicit_size = true;
    }
    *pos = p;
    return true;
}

bool expr_parse(Asm *a, const Tok *toks, int *pos, int end, Expr *out)
{
    ExprCtx c;
    memset(&c, 0, sizeof c);
    c.a = a;
    c.toks = toks;
    c.pos = *pos;
    c.end = end;
    if (c.pos >= end || toks[c.pos].kind == TK_EOL) {
        fail(&c, E_MISSING_OPERAND, NULL);
        return false;
    }
    /* the common operands, a register or a number alone (up to the next
     * ',' or the end), without the eleven levels of the grammar; the
     * result is what parse_primary makes of them */
    const Tok *t = &toks[c.pos];
    const Tok *nx = &toks[c.pos + 1];
    if (c.pos + 1 >= end || nx->kind == TK_EOL || (nx->kind == TK_PUNCT && nx->op == ',')) {
        uint64_t v;
        if (t->kind == TK_ID && t->kw.kind == KW_REG) {
            memset(out, 0, sizeof *out);
            out->kind = EX_REG;
            out->reg = (uint8_t)t->kw.id;
            out->size = (uint8_t)reg_size((Reg)t->kw.id);
            *pos = c.pos + 1;
            return true;
        }
        if (t->kind == TK_NUM && !lex_is_real_hex(t->p, t->len) &&
            lex_number(t->p, t->len, a->radix, &v)) {
            set_const(out, (int64_t)v);
            *pos = c.pos + 1;
            return true;
        }
        /* a name alone (jmp L1, call f, dq x): no operator, type or
         * register can apply, so every level passes parse_symbol's Expr
         * through; it runs one level deep, as under parse_unary */
        if (t->kind == TK_ID && t->kw.kind == KW_NONE) {
#ifdef ASM_EXPR_FASTCHECK
            ExprCtx d = c;
            Expr slow;
            memset(&slow, 0, sizeof slow);
            bool ok2 = parse_or(&d, &slow) && !d.failed;
#endif
            memset(out, 0, sizeof *out);
            c.pos++;
            c.depth = 1;
            bool ok = parse_symbol(&c, t, out) && !c.failed;
#ifdef ASM_EXPR_FASTCHECK
            if (ok && ok2 && t->len == 1 && t->p[0] == '$')
                slow.sym = out->sym; /* each '$' is a new symbol */
            if (ok != ok2 || (ok && (d.pos != c.pos || memcmp(out, &slow, sizeof slow) != 0)))
                abort();
#endif
            *pos = c.pos;
            return ok;
        }
    }
#ifdef ASM_EXPR_FASTCHECK
    {
        /* a debug build compares simple_mem with the grammar */
        Expr fast, slow;
        int fp = c.pos;
        if (simple_mem(a, toks, &fp, end, &fast)) {
            ExprCtx d = c;
            memset(&slow, 0, sizeof slow);
            bool ok2 = parse_or(&d, &slow) && !d.failed;
            if (!ok2 || d.pos != fp || fast.kind != slow.kind || fast.size != slow.size ||
                fast.rk != slow.rk || fast.reg != slow.reg || fast.base != slow.base ||
                fast.index != slow.index || fast.scale != slow.scale || fast.seg != slow.seg ||
                fast.explicit_size != slow.explicit_size || fast.has_brackets != slow.has_brackets ||
                fast.is_short != slow.is_short || fast.is_near_ptr != slow.is_near_ptr ||
                fast.bcst != slow.bcst || fast.signed_ptr != slow.signed_ptr ||
                fast.undefined != slow.undefined || fast.layout_dep != slow.layout_dep ||
                fast.negative != slow.negative || fast.value != slow.value ||
                fast.sym != slow.sym || fast.sub != slow.sub || fast.str != slow.str ||
                fast.len != slow.len || fast.str_quote_doubles != slow.str_quote_doubles ||
                fast.quote != slow.quote || fast.type != slow.type || fast.field != slow.field ||
                fast.var != slow.var)
                abort();
        }
    }
#endif
    if (t->kind == TK_PUNCT || t->kw.kind == KW_TYPE) {
        if (simple_mem(a, toks, &c.pos, end, out)) {
            *pos = c.pos;
            return true;
        }
    }
    bool ok = parse_or(&c, out);
    *pos = c.pos;
    if (ok && out->kind == EX_CONST && out->sub && !out->undefined) {
        /* keep sym/sub: data directives turn it into a fixup */
    }
    return ok && !c.failed;
}

bool expr_const(Asm *a, const Tok *toks, int *pos, int end, int64_t *value)
{
    Expr e;
    if (!expr_parse(a, toks, pos, end, &e))
        return false;
    if (e.kind == EX_STR && e.len - e.str_quote_doubles <= 8) {
        int64_t v = 0;
        for (uint32_t i = 0; i < e.len; i++) {
            v = (v << 8) | (unsigned char)e.str[i];
            if (e.str[i] == e.quote)
                i++;
        }
        *value = v;
        return true;
    }
    if (e.kind != EX_CONST) {
        if (e.undefined) {
            *value = 0;
            return a->pass == 1;
        }
        diag_error(&a->diag, a->loc, E_CONST_EXPECTED);
        return false;
    }
    if (e.sub) {
        int64_t v = expr_value(&e);
        asm_assume(a, e.sym, e.sub, wrap_sub(v, e.value));
        *value = v;
        return true;
    }
    *value = e.value;
    return true;
}

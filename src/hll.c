/* hll.c: high-level control flow, lowered to compares and jumps.
 *
 *   .IF cond  { .ELSEIF cond }  [ .ELSE ]  .ENDIF
 *   .WHILE [cond]  .ENDW
 *   .REPEAT  ( .UNTIL [cond] | .UNTILCXZ [cond] )
 *   .BREAK [.IF cond]      .CONTINUE [.IF cond]
 *
 *   cond   := and { '||' and }
 *   and    := simple { '&&' simple }
 *   simple := { '!' } ( '(' cond ')' | flag | operand [ cop operand ] )
 *   cop    := '==' | '!=' | '>' | '>=' | '<' | '<=' | '&'
 *   flag   := ZERO? | CARRY? | SIGN? | PARITY? | OVERFLOW?
 *
 * The generated code must be JWasm's (2.21), jump for jump, because users
 * compare listings and count bytes.  JWasm builds the code as text lines
 * and patches the text as it goes (inverting the last jump, renaming
 * labels).  Here the same steps work on a list of items: an instruction
 * on operand token ranges, a jump to a label number, a label, or nothing
 * (a constant condition).  Each step below names the JWasm behaviour it
 * reproduces, including its odd corners (an unreferenced label after
 * '||' in a .BREAK .IF, a .WHILE without condition that never loops).
 *
 * Labels are numbered per pass from 1 and become symbols @C0001... in a
 * private scope, so they cannot clash with user names; the counter is
 * reset at the end of each pass so both passes agree.
 *
 * The '<' of a condition would start a <text> literal for the normal
 * lexer, so the condition is lexed again from the line text with
 * LEX_NO_ANGLE. */
#include "hll.h"
#include "gen.h"
#include "listing.h"
#include "encoder.h"
#include "limit.h"
#include <stdio.h>
#include <string.h>

typedef enum HllKind { HK_IF, HK_WHILE, HK_REPEAT } HllKind;

/* The three labels a block may need (JWasm's LTEST, LEXIT, LSTART). */
enum { LBL_TEST, LBL_EXIT, LBL_START };

typedef enum ItemKind {
    IT_NONE,  /* a constant condition that needs no code */
    IT_INSN,  /* and/cmp/test on operands of the condition */
    IT_JCC,   /* conditional jump */
    IT_JMP,   /* unconditional jump */
    IT_LOOP,  /* .UNTILCXZ: loope/loopne (cc 4 or 5, as the jcc it replaced) */
    IT_LABEL  /* a label definition */
} ItemKind;

typedef enum InsnKind { IN_AND, IN_CMP, IN_TEST } InsnKind;

typedef struct Item {
    uint8_t kind;   /* ItemKind */
    uint8_t insn;   /* IT_INSN: InsnKind */
    uint8_t cc;     /* IT_JCC/IT_LOOP: x86 condition code (4 = z/e) */
    bool spelled_e; /* IT_JCC: written je/jne (from '&'), which .UNTILCXZ rejects */
    bool zero;      /* IT_INSN: the second operand is the constant 0 */
    uint32_t label; /* jumps and labels: label number */
    int s1, e1;     /* IT_INSN: token range of the first operand */
    int s2, e2;     /* IT_INSN: of the second (unless zero) */
} Item;

typedef struct HllBlock {
    struct HllBlock *next;  /* enclosing block */
    uint8_t kind;           /* HllKind */
    bool else_seen;         /* .ELSE occurred */
    uint32_t labels[3];     /* LBL_*: label numbers, 0 = not needed yet */
    Item *cond;             /* .WHILE: the condition, emitted at .ENDW */
    int ncond;
    char *cond_text;        /* .WHILE: the condition's text (tokens relexed) */
    size_t cond_len;
    SrcLoc loc;             /* the opening directive */
} HllBlock;

typedef struct Hll {
    HllBlock *top;          /* innermost open block */
    uint32_t counter;       /* last label number of this pass */
    Sym *scope;             /* private scope of the @C labels */
} Hll;

/* Compiler state for one condition. */
typedef struct Cc {
    Asm *a;
    Hll *h;
    const Tok *t;           /* the condition's tokens */
    int n;
    int i;                  /* next token */
    Item *items;            /* generated so far (line arena) */
    int nitems, cap;
    uint32_t deflabel;      /* where the condition jumps */
    uint32_t truelabel;     /* JWasm's hll->truelabel / falselabel */
    uint32_t falselabel;
    int depth;              /* nested groups, bounded by ASM_MAX_EXPR_DEPTH */
} Cc;

/* What the last sub-expression ended with (JWasm's hll_opnd). */
typedef enum HllOp { HOP_NONE, HOP_OR, HOP_AND } HllOp;
typedef struct Opnd {
    uint8_t op;             /* HllOp: an || or && list that needs its label */
    int lastjmp;            /* item of the last jump (or constant), -1 none */
} Opnd;

typedef enum COp {
    C_NONE, C_EQ, C_NE, C_GT, C_LT, C_GE, C_LE, C_AND, C_OR, C_ANDB, C_NOT,
    C_ZERO, C_CARRY, C_SIGN, C_PARITY, C_OVERFLOW
} COp;

/* Condition codes per comparison C_EQ..C_LE, and whether the jump to the
 * label is taken on the comparison (1) or on its negation. */
static const uint8_t cc_unsigned[] = {4, 4, 7, 2, 2, 7};   /* z z a b b a */
static const uint8_t cc_signed[] = {4, 4, 15, 12, 12, 15}; /* z z g l l g */
static const uint8_t cc_neg[] = {0, 1, 0, 0, 1, 1};
/* Flags C_ZERO..C_OVERFLOW: z c s p o. */
static const uint8_t cc_flag[] = {4, 2, 8, 10, 0};

static const Mnemonic jcc_mn[16] = {
    MN_JO, MN_JNO, MN_JB, MN_JAE, MN_JE, MN_JNE, MN_JBE, MN_JA,
    MN_JS, MN_JNS, MN_JP, MN_JNP, MN_JL, MN_JGE, MN_JLE, MN_JG
};
static const Mnemonic insn_mn[] = {MN_AND, MN_CMP, MN_TEST};

static Hll *hll_state(Asm *a)
{
    if (!a->hll) {
        a->hll = arena_alloc(&a->perm, sizeof(Hll));
        /* a symbol that is in no table: only a key for the label scope */
        Sym *scope = arena_alloc(&a->perm, sizeof(Sym));
        scope->name = "@hll";
        scope->len = 4;
        a->hll->scope = scope;
    }
    return a->hll;
}

static uint32_t new_label(Hll *h)
{
    return ++h->counter;
}

static Sym *label_sym(Asm *a, uint32_t n)
{
    char name[16];
    int len = snprintf(name, sizeof name, "@C%04X", (unsigned)n);
    return sym_intern(&a->syms, name, (size_t)len, hll_state(a)->scope);
}

static bool is_punct(const Tok *t, int op)
{
    return t->kind == TK_PUNCT && t->op == op;
}

static COp cop(const Tok *t)
{
    if (t->kind == TK_PUNCT) {
        switch (t->op) {
        case OP_EQ2: return C_EQ;
        case OP_NE2: return C_NE;
        case OP_GE2: return C_GE;
        case OP_LE2: return C_LE;
        case OP_AND2: return C_AND;
        case OP_OR2: return C_OR;
        case '>': return C_GT;
        case '<': return C_LT;
        case '&': return C_ANDB;
        case '!': return C_NOT;
        default: return C_NONE;
        }
    }
    switch (tok_arg(t)) {
    case AW_ZERO_FLAG: return C_ZERO;
    case AW_CARRY_FLAG: return C_CARRY;
    case AW_SIGN_FLAG: return C_SIGN;
    case AW_PARITY_FLAG: return C_PARITY;
    case AW_OVERFLOW_FLAG: return C_OVERFLOW;
    default: return C_NONE;
    }
}

static bool hll_syntax(Asm *a)
{
    diag_error(&a->diag, a->loc, E_HLL_SYNTAX);
    return false;
}

/* ---- operands ---- */

typedef enum OpKind { OK_EMPTY, OK_REG, OK_MEM, OK_CONST, OK_REAL } OpKind;

static bool is_signed_type_word(const Tok *t)
{
    return t->kw.kind == KW_TYPE && (t->kw.id & SZ_SIGNED);
}

/* operand := [type PTR] expression, ending before `end` or at a ')' that
 * closes an enclosing group.  A register may carry a cast (JWasm accepts
 * `sdword ptr eax`; the cast only makes the compare signed). */
static bool parse_operand(Asm *a, const Tok *t, int *pos, int end, Expr *e,
                          bool *is_signed)
{
    int s = *pos;
    bool cast = s + 1 < end && t[s].kind == TK_ID && t[s].kw.kind == KW_TYPE &&
                t[s + 1].kind == TK_ID && t[s + 1].kw.kind == KW_OPERATOR &&
                t[s + 1].kw.id == OPR_PTR;
    *is_signed = cast && is_signed_type_word(&t[s]);
    if (cast && s + 2 < end && t[s + 2].kw.kind == KW_REG &&
        (s + 3 == end || is_punct(&t[s + 3], ')')))
        *pos = s + 2;
    if (!expr_parse(a, t, pos, end, e))
        return false;
    if (*pos < end && !is_punct(&t[*pos], ')')) {
        diag_error(&a->diag, a->loc, E_MISSING_OPERATOR);
        return false;
    }
    if (!cast && e->kind == EX_MEM && !e->explicit_size && e->sym &&
        e->sym->is_signed_type)
        *is_signed = true;
    return true;
}

/* The next operand: tokens up to the next C operator (JWasm's GetToken). */
static bool operand(Cc *c, int *s, int *e, OpKind *kind, bool *is_signed, int64_t *value)
{
    int end = c->i;
    while (end < c->n && cop(&c->t[end]) == C_NONE)
        end++;
    *s = *e = c->i;
    *kind = OK_EMPTY;
    *is_signed = false;
    *value = 0;
    if (end == c->i)
        return true;
    Expr x;
    if (!parse_operand(c->a, c->t, &c->i, end, &x, is_signed))
        return false;
    *e = c->i;
    switch ((ExprKind)x.kind) {
    case EX_REG: *kind = OK_REG; break;
    case EX_MEM:
    case EX_ADDR: *kind = OK_MEM; break;
    case EX_REAL: *kind = OK_REAL; break;
    case EX_CONST: *kind = OK_CONST; *value = expr_value(&x); break;
    case EX_TYPE: *kind = OK_CONST; *value = x.value; break;
    case EX_STR:
        if (x.len > 8)
            return hll_syntax(c->a);
        *kind = OK_CONST;
        for (uint32_t k = 0; k < x.len; k++)
            *value = (int64_t)(((uint64_t)*value << 8) | (unsigned char)x.str[k]);
        break;
    }
    return true;
}

/* ---- the item list ---- */

static int add_item(Cc *c, ItemKind kind, uint32_t label)
{
    if (c->nitems == c->cap) {
        int cap = c->cap ? c->cap * 2 : 16;
        c->items = arena_grow(&c->a->line, c->items, (size_t)c->nitems * sizeof *c->items,
                              (size_t)c->cap * sizeof *c->items, (size_t)cap * sizeof *c->items);
        c->cap = cap;
    }
    Item *it = &c->items[c->nitems];
    memset(it, 0, sizeof *it);
    it->kind = (uint8_t)kind;
    it->label = label;
    return c->nitems++;
}

static int add_jcc(Cc *c, int cc, bool neg, uint32_t label)
{
    int k = add_item(c, IT_JCC, label);
    c->items[k].cc = (uint8_t)(cc ^ (neg ? 1 : 0));
    return k;
}

static void add_insn(Cc *c, InsnKind in, int s1, int e1, int s2, int e2, bool zero)
{
    int k = add_item(c, IT_INSN, 0); /* may move the array */
    Item *it = &c->items[k];
    it->insn = (uint8_t)in;
    it->s1 = s1;
    it->e1 = e1;
    it->s2 = s2;
    it->e2 = e2;
    it->zero = zero;
}

/* JWasm's InvertJump on the line at lastjmp: a jcc gets the opposite
 * condition; a jmp disappears together with everything after it (the
 * text was cut there); nothing becomes a jmp.  The caller then points a
 * remaining jump at its new label. */
static void invert(Cc *c, int k)
{
    Item *it = &c->items[k];
    switch ((ItemKind)it->kind) {
    case IT_NONE: it->kind = IT_JMP; break;
    case IT_JMP: it->kind = IT_NONE; c->nitems = k + 1; break;
    case IT_JCC: it->cc ^= 1; break;
    case IT_INSN:
    case IT_LOOP:
    case IT_LABEL: break;
    }
}

/* Rename label `from` to `to` in items [start, end) (JWasm's
 * ReplaceLabel on the text); true if any was found. */
static bool replace_label(Cc *c, int start, uint32_t from, uint32_t to)
{
    bool found = false;
    for (int k = start; k < c->nitems; k++) {
        Item *it = &c->items[k];
        if ((it->kind == IT_JCC || it->kind == IT_JMP || it->kind == IT_LABEL) &&
            it->label == from) {
            it->label = to;
            found = true;
        }
    }
    return found;
}

/* ---- the condition compiler ---- */

static bool or_expr(Cc *c, bool is_true, Opnd *o, int start);

/* operand without operator: `reg` is `and reg, reg`, memory `cmp m, 0`, a
 * constant either a jmp or nothing. */
static bool bare_operand(Cc *c, bool is_true, Opnd *o, OpKind k, int s, int e, int64_t v)
{
    switch (k) {
    case OK_REG:
        add_insn(c, IN_AND, s, e, s, e, false);
        o->lastjmp = add_jcc(c, 4, is_true, c->deflabel);
        return true;
    case OK_MEM:
        add_insn(c, IN_CMP, s, e, 0, 0, true);
        o->lastjmp = add_jcc(c, 4, is_true, c->deflabel);
        return true;
    case OK_CONST: {
        int64_t high = v >> 32;
        if (high != 0 && high != -1) {
            diag_error(&c->a->diag, c->a->loc, E_CONST_TOO_LARGE);
            return false;
        }
        bool nonzero = (uint32_t)v != 0;
        bool jump = is_true ? nonzero : !nonzero;
        o->lastjmp = add_item(c, jump ? IT_JMP : IT_NONE, c->deflabel);
        return true;
    }
    case OK_EMPTY:
    case OK_REAL:
        break;
    }
    return hll_syntax(c->a);
}

/* '(' starts a nested condition if a C operator comes before its ')';
 * otherwise the parentheses belong to an ordinary expression. */
static bool nested_group(const Cc *c)
{
    int depth = 1;
    for (int j = c->i + 1; j < c->n; j++) {
        if (is_punct(&c->t[j], '('))
            depth++;
        else if (is_punct(&c->t[j], ')')) {
            if (--depth == 0)
                return false;
        } else if (cop(&c->t[j]) != C_NONE)
            return true;
    }
    return true;
}

/* simple (JWasm's GetSimpleExpression). */
static bool simple(Cc *c, bool is_true, Opnd *o)
{
    while (c->i < c->n && is_punct(&c->t[c->i], '!')) {
        c->i++;
        is_true = !is_true;
    }
    if (c->i < c->n && is_punct(&c->t[c->i], '(') && nested_group(c)) {
        if (c->depth >= ASM_MAX_EXPR_DEPTH) {
            diag_error(&c->a->diag, c->a->loc, E_TOO_COMPLEX);
            return false;
        }
        c->i++;
        c->depth++;
        bool ok = or_expr(c, is_true, o, c->nitems);
        c->depth--;
        if (!ok)
            return false;
        if (c->i >= c->n || !is_punct(&c->t[c->i], ')'))
            return hll_syntax(c->a);
        c->i++;
        return true;
    }
    int s1, e1, s2, e2;
    OpKind k1, k2;
    bool sg1, sg2;
    int64_t v1, v2;
    if (!operand(c, &s1, &e1, &k1, &sg1, &v1))
        return false;
    COp op = c->i < c->n ? cop(&c->t[c->i]) : C_NONE;
    if (op == C_AND || op == C_OR)
        op = C_NONE;
    else if (op != C_NONE)
        c->i++;
    if (op >= C_ZERO) {
        if (k1 != OK_EMPTY)
            return hll_syntax(c->a);
        o->lastjmp = add_jcc(c, cc_flag[op - C_ZERO], !is_true, c->deflabel);
        return true;
    }
    if (k1 == OK_REAL) {
        diag_error(&c->a->diag, c->a->loc, E_REAL_NOT_ALLOWED);
        return false;
    }
    if (op == C_NONE)
        return bare_operand(c, is_true, o, k1, s1, e1, v1);
    if (k1 == OK_EMPTY)
        return hll_syntax(c->a);
    if (!operand(c, &s2, &e2, &k2, &sg2, &v2))
        return false;
    if (k2 == OK_EMPTY || k2 == OK_REAL)
        return hll_syntax(c->a);
    if (op == C_ANDB) {
        add_insn(c, IN_TEST, s1, e1, s2, e2, false);
        o->lastjmp = add_jcc(c, 4, is_true, c->deflabel);
        c->items[o->lastjmp].spelled_e = true;
        return true;
    }
    if (op > C_LE)
        return hll_syntax(c->a);
    add_insn(c, IN_CMP, s1, e1, s2, e2, false);
    int cc = (sg1 || sg2 ? cc_signed : cc_unsigned)[op - C_EQ];
    o->lastjmp = add_jcc(c, cc, cc_neg[op - C_EQ] ? is_true : !is_true, c->deflabel);
    return true;
}

/* and (JWasm's GetAndExpression).  When the condition jumps if true, each
 * jump but the last is inverted to skip to a "false" label placed after
 * the whole list. */
static bool and_expr(Cc *c, bool is_true, Opnd *o, int start)
{
    bool opfound = false;
    if (!simple(c, is_true, o))
        return false;
    while (c->i < c->n && cop(&c->t[c->i]) == C_AND) {
        Opnd o2 = {HOP_NONE, -1};
        c->i++;
        if (o->op == HOP_OR) {
            /* the || list before this && needs its "true" label here */
            if (!c->truelabel)
                c->truelabel = new_label(c->h);
            add_item(c, IT_LABEL, c->truelabel);
            if (is_true)
                replace_label(c, start, c->deflabel, c->truelabel);
            o->op = HOP_NONE;
            c->truelabel = 0;
        }
        if (is_true && o->lastjmp >= 0) {
            invert(c, o->lastjmp);
            if (!c->falselabel) {
                c->falselabel = new_label(c->h);
                opfound = true;
            }
            if (c->items[o->lastjmp].kind != IT_NONE)
                c->items[o->lastjmp].label = c->falselabel;
            o->lastjmp = -1;
        }
        if (!simple(c, is_true, &o2))
            return false;
        *o = o2;
    }
    if (opfound)
        o->op = HOP_AND;
    return true;
}

/* cond (JWasm's GetExpression).  When the condition jumps if false, each
 * || operand but the last is inverted to jump to a "true" label. */
static bool or_expr(Cc *c, bool is_true, Opnd *o, int start)
{
    uint32_t truelabel = 0;
    bool opfound = false;
    /* the items before `renamed` no longer name deflabel: each rename
     * below scans only what was added since (linear in the terms; it was
     * quadratic: 100k terms took 20 s) */
    int renamed = start;
    if (!and_expr(c, is_true, o, start))
        return false;
    while (c->i < c->n && cop(&c->t[c->i]) == C_OR) {
        Opnd o2 = {HOP_NONE, -1};
        c->i++;
        if (o->op == HOP_AND) {
            add_item(c, IT_LABEL, c->falselabel);
            o->op = HOP_NONE;
            c->falselabel = 0;
        }
        opfound = true;
        if (!truelabel)
            truelabel = new_label(c->h);
        if (!is_true && o->lastjmp >= 0) {
            invert(c, o->lastjmp);
            if (c->items[o->lastjmp].kind != IT_NONE)
                c->items[o->lastjmp].label = truelabel;
            /* jumps to the end so far now go to the next operand */
            uint32_t next = new_label(c->h);
            if (replace_label(c, renamed, c->deflabel, next))
                add_item(c, IT_LABEL, next);
            else
                c->h->counter--;
            renamed = c->nitems;
            o->lastjmp = -1;
        }
        if (!and_expr(c, is_true, &o2, c->nitems))
            return false;
        *o = o2;
    }
    if (opfound) {
        o->op = HOP_OR;
        if (c->truelabel)
            replace_label(c, start, truelabel, c->truelabel);
        else
            c->truelabel = truelabel;
    }
    return true;
}

static void cc_init(Cc *c, Asm *a, const Tok *t, int n)
{
    memset(c, 0, sizeof *c);
    c->a = a;
    c->h = hll_state(a);
    c->t = t;
    c->n = n;
}

/* Compile the whole condition: jump to `label` when it is `is_true`
 * (JWasm's EvaluateHllExpression). */
static bool compile(Cc *c, uint32_t label, bool is_true)
{
    Opnd o = {HOP_NONE, -1};
    c->deflabel = label;
    if (!or_expr(c, is_true, &o, 0))
        return false;
    if (c->i < c->n)
        return hll_syntax(c->a);
    if (c->falselabel || c->truelabel)
        add_item(c, IT_LABEL, c->falselabel ? c->falselabel : c->truelabel);
    return true;
}

/* Does the condition generate no code at all? */
static bool cond_empty(const Item *it, int n)
{
    for (int k = 0; k < n; k++)
        if (it[k].kind != IT_NONE)
            return false;
    return true;
}

/* ---- emission ---- */

static void list_generated(Asm *a, LstPos from, Section *sec, const char *text)
{
    if (a->pass == 2 && a->opt->listing)
        lst_generated(a, NULL, from, lst_here(a, sec), text, NULL, NULL);
}

static bool emit_label(Asm *a, uint32_t n)
{
    Section *sec = asm_section(a);
    if (!sec)
        return false;
    Sym *s = label_sym(a, n);
    LstPos at = lst_here(a, sec);
    asm_place_label(a, s, MT_NEAR);
    char text[24];
    snprintf(text, sizeof text, "%s:", s->name);
    list_generated(a, at, sec, text);
    return true;
}

/* A jump to a generated label: jmp/jcc are relaxable branches like those
 * in the source; loop/loope/loopne have only the rel8 form. */
static bool emit_jump(Asm *a, Mnemonic mn, uint32_t n)
{
    Section *sec = asm_section(a);
    if (!sec)
        return false;
    Sym *target = label_sym(a, n);
    bool relaxable = false;
    enc_is_branch(mn, &relaxable);
    EncOperand op;
    memset(&op, 0, sizeof op);
    op.kind = EOP_REL;
    Expr e;
    memset(&e, 0, sizeof e);
    e.kind = EX_MEM;
    e.sym = target;
    e.is_short = !relaxable; /* loop/loope/loopne: rel8 only */
    LstPos from = lst_here(a, sec);
    if (!gen_emit_jump(a, sec, mn, 0, &op, &e, relaxable))
        return false;
    char text[32];
    snprintf(text, sizeof text, "%s %s", enc_mnemonic_name(mn), target->name);
    list_generated(a, from, sec, text);
    return true;
}

/* and/cmp/test with the operands parsed again from their tokens (for a
 * .WHILE, symbols get their values at .ENDW, as in JWasm). */
static bool emit_insn(Asm *a, const Item *it, const Tok *t)
{
    Expr ex[2];
    EncOperand ops[2];
    bool sg;
    int pos = it->s1;
    if (!parse_operand(a, t, &pos, it->e1, &ex[0], &sg) ||
        !gen_lower(a, &ex[0], &ops[0], false))
        return false;
    if (it->zero) {
        memset(&ex[1], 0, sizeof ex[1]);
        ex[1].kind = EX_CONST;
        ops[1] = opr_imm(0);
    } else {
        pos = it->s2;
        if (!parse_operand(a, t, &pos, it->e2, &ex[1], &sg) ||
            !gen_lower(a, &ex[1], &ops[1], false))
            return false;
    }
    return gen_insn(a, insn_mn[it->insn], ops, ex, 2);
}

static bool emit_items(Asm *a, const Item *it, int n, const Tok *t)
{
    for (int k = 0; k < n; k++) {
        bool ok = true;
        switch ((ItemKind)it[k].kind) {
        case IT_NONE: break;
        case IT_INSN: ok = emit_insn(a, &it[k], t); break;
        case IT_JCC: ok = emit_jump(a, jcc_mn[it[k].cc], it[k].label); break;
        case IT_JMP: ok = emit_jump(a, MN_JMP, it[k].label); break;
        case IT_LOOP: ok = emit_jump(a, it[k].cc == 5 ? MN_LOOPNE : MN_LOOPE, it[k].label); break;
        case IT_LABEL: ok = emit_label(a, it[k].label); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

/* ---- statements ---- */

/* The condition's tokens, from token `from` of the statement to the end,
 * lexed again so that '<' is an operator. */
static void cond_tokens(Asm *a, Stmt *st, int from, const Tok **t, int *n)
{
    const PPLine *line = st->line;
    if (from >= st->ntoks) {
        *t = &st->toks[st->ntoks];
        *n = 0;
        return;
    }
    const char *p = st->toks[from].p;
    if (!line || !line->text || p < line->text || p > line->text + line->len) {
        *t = &st->toks[from]; /* not from the line text: use them as they are */
        *n = st->ntoks - from;
        return;
    }
    const char *end = line->text + line->len;
    if (*p != '.' && !memchr(p, '<', (size_t)(end - p))) {
        /* LEX_NO_ANGLE changes only how '<' lexes (and a leading '.' may
         * read otherwise with no token before it): the line's tokens are
         * the same, and a 100k-term condition is not copied again */
        *t = &st->toks[from];
        *n = st->ntoks - from;
        return;
    }
    LexResult r = lex_tokens(&a->line, p, end, LEX_NO_ANGLE);
    kw_classify(&a->kw, r.toks, r.ntoks);
    *t = r.toks;
    *n = r.ntoks;
}

/* Compile the condition starting at token `from` and emit it at once. */
static bool cond_now(Asm *a, Stmt *st, int from, uint32_t label, bool is_true, Cc *c)
{
    const Tok *t;
    int n;
    cond_tokens(a, st, from, &t, &n);
    cc_init(c, a, t, n);
    if (!compile(c, label, is_true))
        return false;
    return emit_items(a, c->items, c->nitems, t);
}

static HllBlock *push_block(Asm *a, HllKind kind)
{
    Hll *h = hll_state(a);
    HllBlock *b = arena_alloc(&a->perm, sizeof *b);
    b->kind = (uint8_t)kind;
    b->loc = a->loc;
    b->next = h->top;
    h->top = b;
    return b;
}

static const char *const block_end_name[] = {".ENDIF", ".ENDW", ".UNTIL"};

/* Pop the innermost block; it must be of the given kind.  JWasm pops it
 * even when it is not, and so do we. */
static HllBlock *pop_block(Asm *a, HllKind kind, const char *directive)
{
    Hll *h = hll_state(a);
    HllBlock *b = h->top;
    if (!b) {
        diag_error(&a->diag, a->loc, E_NOT_IN_CONTROL_BLOCK);
        return NULL;
    }
    h->top = b->next;
    if (b->kind != kind) {
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, directive);
        return NULL;
    }
    return b;
}

/* Pop the block a closing directive ends and place its pending test label,
 * where the code after the body continues. */
static HllBlock *close_block(Asm *a, HllKind kind, const char *directive)
{
    HllBlock *b = pop_block(a, kind, directive);
    if (!b)
        return NULL;
    if (b->labels[LBL_TEST] && !emit_label(a, b->labels[LBL_TEST]))
        return NULL;
    return b;
}

/* `.IF cond`: jump to the test label (the next .ELSEIF/.ELSE/.ENDIF) when
 * the condition is false. */
bool dir_hll_if(Asm *a, Stmt *st)
{
    HllBlock *b = push_block(a, HK_IF);
    b->labels[LBL_TEST] = new_label(hll_state(a));
    Cc c;
    if (!cond_now(a, st, st->arg, b->labels[LBL_TEST], false, &c))
        return false;
    if (cond_empty(c.items, c.nitems))
        b->labels[LBL_TEST] = 0; /* `.IF 1`: nothing jumps there */
    return true;
}

/* .ELSE / .ELSEIF: jump from the end of the previous branch to the exit,
 * then place the previous test label. */
static bool else_branch(Asm *a, Stmt *st, bool elseif)
{
    HllBlock *b = hll_state(a)->top;
    if (!b) {
        diag_error(&a->diag, a->loc, E_NOT_IN_CONTROL_BLOCK);
        return false;
    }
    if (b->kind != HK_IF) {
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, elseif ? ".ELSEIF" : ".ELSE");
        return false;
    }
    if (b->else_seen) {
        diag_error(&a->diag, a->loc, E_HLL_ELSE_TWICE);
        return false;
    }
    if (!b->labels[LBL_EXIT])
        b->labels[LBL_EXIT] = new_label(hll_state(a));
    if (!emit_jump(a, MN_JMP, b->labels[LBL_EXIT]))
        return false;
    if (b->labels[LBL_TEST]) {
        if (!emit_label(a, b->labels[LBL_TEST]))
            return false;
        b->labels[LBL_TEST] = 0;
    }
    if (!elseif) {
        b->else_seen = true;
        return stmt_end(a, st, st->arg);
    }
    b->labels[LBL_TEST] = new_label(hll_state(a));
    Cc c;
    return cond_now(a, st, st->arg, b->labels[LBL_TEST], false, &c);
}

bool dir_hll_elseif(Asm *a, Stmt *st)
{
    return else_branch(a, st, true);
}

bool dir_hll_else(Asm *a, Stmt *st)
{
    return else_branch(a, st, false);
}

/* The labels every block end places after its own code. */
static bool end_labels(Asm *a, HllBlock *b, Stmt *st)
{
    if (b->labels[LBL_EXIT] && !emit_label(a, b->labels[LBL_EXIT]))
        return false;
    return stmt_end(a, st, st->arg);
}

bool dir_hll_endif(Asm *a, Stmt *st)
{
    HllBlock *b = close_block(a, HK_IF, block_end_name[HK_IF]);
    if (!b)
        return false;
    return end_labels(a, b, st);
}

/* `.WHILE cond`: the test is at the bottom (emitted by .ENDW); the top
 * jumps to it, unless the test is a plain jmp (`.WHILE 1`), which then
 * needs no test label. */
bool dir_hll_while(Asm *a, Stmt *st)
{
    Hll *h = hll_state(a);
    HllBlock *b = push_block(a, HK_WHILE);
    b->labels[LBL_START] = new_label(h);
    bool ok = true, starts_with_jmp = false;
    if (st->arg < st->ntoks) {
        const Tok *t;
        int n;
        Cc c;
        cond_tokens(a, st, st->arg, &t, &n);
        cc_init(&c, a, t, n);
        ok = compile(&c, b->labels[LBL_START], true);
        if (ok) {
            b->ncond = c.nitems;
            b->cond = arena_alloc(&a->perm, (size_t)(c.nitems + 1) * sizeof *b->cond);
            memcpy(b->cond, c.items, (size_t)c.nitems * sizeof *b->cond);
            b->cond_len = (size_t)(t[n - 1].p + t[n - 1].len - t[0].p);
            b->cond_text = arena_strndup(&a->perm, t[0].p, b->cond_len);
            int k = 0;
            while (k < c.nitems && c.items[k].kind == IT_NONE)
                k++;
            starts_with_jmp = k < c.nitems && c.items[k].kind == IT_JMP;
        }
    }
    if (!starts_with_jmp) {
        b->labels[LBL_TEST] = new_label(h);
        ok = emit_jump(a, MN_JMP, b->labels[LBL_TEST]) && ok;
    }
    return emit_label(a, b->labels[LBL_START]) && ok;
}

bool dir_hll_endw(Asm *a, Stmt *st)
{
    HllBlock *b = close_block(a, HK_WHILE, block_end_name[HK_WHILE]);
    if (!b)
        return false;
    if (b->ncond) {
        LexResult r = lex_tokens(&a->line, b->cond_text, b->cond_text + b->cond_len,
                                 LEX_NO_ANGLE);
        kw_classify(&a->kw, r.toks, r.ntoks);
        if (!emit_items(a, b->cond, b->ncond, r.toks))
            return false;
    }
    return end_labels(a, b, st);
}

bool dir_hll_repeat(Asm *a, Stmt *st)
{
    HllBlock *b = push_block(a, HK_REPEAT);
    b->labels[LBL_START] = new_label(hll_state(a));
    bool ok = stmt_end(a, st, st->arg);
    return emit_label(a, b->labels[LBL_START]) && ok;
}

/* .UNTILCXZ accepts what becomes one loop instruction: a jmp as the only
 * line (loope), or a compare and then jz/jnz (loope/loopne); JWasm checks
 * the generated lines the same way. */
static bool cxz_convert(Cc *c)
{
    int line = 0;
    for (int k = 0; k < c->nitems; k++) {
        Item *it = &c->items[k];
        if (it->kind == IT_NONE)
            continue;
        if (it->kind == IT_JMP && line == 0) {
            it->kind = IT_LOOP;
            it->cc = 4;
        } else if (it->kind == IT_JCC && line == 1 && !it->spelled_e &&
                   (it->cc == 4 || it->cc == 5)) {
            it->kind = IT_LOOP;
        } else if (it->kind == IT_JCC || it->kind == IT_JMP) {
            return false;
        }
        line++;
    }
    return line <= 2;
}

static bool until(Asm *a, Stmt *st, bool cxz)
{
    HllBlock *b = close_block(a, HK_REPEAT, cxz ? ".UNTILCXZ" : ".UNTIL");
    if (!b)
        return false;
    if (st->arg < st->ntoks) {
        const Tok *t;
        int n;
        Cc c;
        cond_tokens(a, st, st->arg, &t, &n);
        cc_init(&c, a, t, n);
        if (!compile(&c, b->labels[LBL_START], false))
            return false;
        if (cxz && !cxz_convert(&c)) {
            diag_error(&a->diag, a->loc, E_UNTILCXZ_COMPLEX);
            return false;
        }
        if (!emit_items(a, c.items, c.nitems, t))
            return false;
    } else if (cxz && !emit_jump(a, MN_LOOP, b->labels[LBL_START])) {
        return false;
    }
    if (b->labels[LBL_EXIT] && !emit_label(a, b->labels[LBL_EXIT]))
        return false;
    return true;
}

bool dir_hll_until(Asm *a, Stmt *st)
{
    return until(a, st, false);
}

bool dir_hll_untilcxz(Asm *a, Stmt *st)
{
    return until(a, st, true);
}

/* .BREAK / .CONTINUE [.IF cond]: to the exit, or to the test (the start
 * if a .WHILE has no test) of the innermost loop. */
static bool loop_exit(Asm *a, Stmt *st, bool is_break)
{
    Hll *h = hll_state(a);
    HllBlock *b = h->top;
    while (b && b->kind == HK_IF)
        b = b->next;
    if (!b) {
        diag_error(&a->diag, a->loc, E_NOT_IN_CONTROL_BLOCK);
        return false;
    }
    int idx;
    if (is_break) {
        if (!b->labels[LBL_EXIT])
            b->labels[LBL_EXIT] = new_label(h);
        idx = LBL_EXIT;
    } else {
        if (b->kind == HK_REPEAT && !b->labels[LBL_TEST])
            b->labels[LBL_TEST] = new_label(h);
        idx = b->labels[LBL_TEST] ? LBL_TEST : LBL_START;
    }
    if (st->arg >= st->ntoks)
        return emit_jump(a, MN_JMP, b->labels[idx]);
    if (tok_arg(&st->toks[st->arg]) != AW_DOT_IF)
        return asm_syntax_error(a, &st->toks[st->arg]);
    Cc c;
    return cond_now(a, st, st->arg + 1, b->labels[idx], true, &c);
}

bool dir_hll_break(Asm *a, Stmt *st)
{
    return loop_exit(a, st, true);
}

bool dir_hll_continue(Asm *a, Stmt *st)
{
    return loop_exit(a, st, false);
}

void hll_end_pass(Asm *a)
{
    if (!a->hll)
        return;
    static const char *const open_name[] = {".IF", ".WHILE", ".REPEAT"};
    for (HllBlock *b = a->hll->top; b; b = b->next)
        diag_error(&a->diag, b->loc, E_BLOCK_NESTING, open_name[b->kind]);
    a->hll->top = NULL;
    a->hll->counter = 0;
}

static const DirDef directives[] = {
    {".if", dir_hll_if, false, false, 0},
    {".elseif", dir_hll_elseif, false, false, 0},
    {".else", dir_hll_else, false, false, 0},
    {".endif", dir_hll_endif, false, false, 0},
    {".while", dir_hll_while, false, false, 0},
    {".endw", dir_hll_endw, false, false, 0},
    {".repeat", dir_hll_repeat, false, false, 0},
    {".until", dir_hll_until, false, false, 0},
    {".untilcxz", dir_hll_untilcxz, false, false, 0},
    {".break", dir_hll_break, false, false, 0},
    {".continue", dir_hll_continue, false, false, 0},
};

const DirTable hll_directives = {directives, ARRAY_LEN(directives)};

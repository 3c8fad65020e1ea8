/* instr.c: instruction statements.
 *
 *   instruction := {prefix} mnemonic [operand {',' operand}]
 *
 * Each operand expression is lowered to an encoder operand; the encoder
 * gives bytes and the positions of fields that need a symbol's value, and
 * those become fixups.  A jmp/jcc to a label of the same section becomes
 * a relaxable branch fragment. */
#include "instr.h"
#include "encoder.h"
#include "gen.h"
#include "proc.h"
#include <string.h>

enum { MAX_OPERANDS = 4 };

static unsigned prefix_bits(Asm *a, const Tok *t)
{
    (void)a;
    return t->kw.kind == KW_PREFIX ? t->kw.id : 0;
}

static Mnemonic mnemonic_of(Asm *a, const Tok *t)
{
    (void)a;
    return (Mnemonic)t->kw.mnemonic;
}

static bool is_punct(const Tok *t, int c) { return t->kind == TK_PUNCT && t->op == c; }

static bool word_is(const Tok *t, const char *w)
{
    size_t n = strlen(w);
    if ((t->kind != TK_ID && t->kind != TK_NUM) || t->len != n)
        return false;
    for (size_t k = 0; k < n; k++)
        if ((t->p[k] | 0x20) != w[k])
            return false;
    return true;
}

/* AVX-512 decorators after an operand (MASM/Intel syntax), any number:
 *   decorator := '{' ( k1..k7 | z | 1toN | sae | (rn|rd|ru|rz) '-' sae ) '}'
 * {k}/{z} go on the destination, {1toN} on a memory operand; a rounding
 * decorator may also stand alone as the last operand and then belongs to
 * the operand before it (vaddps zmm1, zmm2, zmm3, {rn-sae}). */
static bool parse_decorators(Asm *a, const Stmt *st, int *pi, EncOperand *o)
{
    static const char *const rc[] = {"rn", "rd", "ru", "rz"};
    int i = *pi;
    while (i + 2 < st->ntoks && is_punct(&st->toks[i], '{')) {
        const Tok *t = &st->toks[i + 1];
        int end = i + 2;
        Reg r = t->kind == TK_ID && t->kw.kind == KW_REG ? (Reg)t->kw.id : R_NONE;
        if (r != R_NONE && reg_class(r) == RC_K && reg_num(r) != 0) {
            o->opmask = (uint8_t)reg_num(r);
        } else if (word_is(t, "z")) {
            o->zeroing = true;
        } else if (word_is(t, "sae")) {
            o->rounding = ERND_SAE;
        } else if (t->kind == TK_NUM && t->len > 3 && t->len < 6 && t->p[0] == '1' &&
                   (t->p[1] | 0x20) == 't' && (t->p[2] | 0x20) == 'o' && o->kind == EOP_MEM) {
            o->bcst = 0;
            for (uint32_t k = 3; k < t->len; k++)
                o->bcst = (uint8_t)(o->bcst * 10 + (t->p[k] - '0'));
        } else {
            int m = 0;
            while (m < 4 && !word_is(t, rc[m]))
                m++;
            if (m == 4 || end + 1 >= st->ntoks || !is_punct(&st->toks[end], '-') ||
                !word_is(&st->toks[end + 1], "sae"))
                return asm_syntax_error(a, t);
            o->rounding = (uint8_t)(ERND_RN + m);
            end += 2;
        }
        if (end >= st->ntoks || !is_punct(&st->toks[end], '}'))
            return asm_syntax_error(a, &st->toks[end < st->ntoks ? end : i]);
        i = end + 1;
    }
    *pi = i;
    return true;
}

/* A jmp/jcc to a label of this section: relaxable unless it is a forward
 * reference known to be elsewhere. */
static bool same_section_target(Asm *a, Section *sec, const Expr *e)
{
    const Sym *s = e->sym;
    if (s->kind == SYM_LABEL)
        return s->sec == sec;
    return s->kind == SYM_UNDEF && a->pass == 1;
}

/* enc_is_branch, which reads every table row of the mnemonic, once per
 * mnemonic and run. */
static bool is_branch(Asm *a, Mnemonic mn, bool *relaxable)
{
    uint8_t k = a->mn_branch[mn];
    if (!k) {
        bool r = false;
        k = (uint8_t)(1 | (enc_is_branch(mn, &r) ? 2 : 0) | (r ? 4 : 0));
        a->mn_branch[mn] = k;
    }
    *relaxable = (k & 4) != 0;
    return (k & 2) != 0;
}

static bool encode_branch(Asm *a, Section *sec, Mnemonic mn, unsigned pfx,
                          EncOperand *op, const Expr *e)
{
    bool relaxable = false;
    is_branch(a, mn, &relaxable);
    /* near ptr: rel32 */
    bool relax = relaxable && same_section_target(a, sec, e) && !e->is_near_ptr;
    return gen_emit_jump(a, sec, mn, pfx, op, e, relax);
}

/* movs/cmps/stos/scas/ins with operands: the es:[rdi] destination takes
 * no segment override, and two memory operands have one size (ml64:
 * A2070 for both). */
static bool string_operands(Asm *a, Mnemonic mn, const EncOperand *ops, int n)
{
    int dst = mn == MN_CMPS ? 1 : 0;
    if ((mn != MN_MOVS && mn != MN_CMPS && mn != MN_STOS && mn != MN_SCAS && mn != MN_INS) ||
        dst >= n || ops[dst].kind != EOP_MEM)
        return true;
    bool mixed = n == 2 && ops[0].kind == EOP_MEM && ops[1].kind == EOP_MEM && ops[0].size &&
                 ops[1].size && ops[0].size != ops[1].size;
    if (ops[dst].seg != R_NONE || mixed) {
        diag_error(&a->diag, a->loc, E_BAD_OPERANDS);
        return false;
    }
    return true;
}

/* A string instruction: the suffixed forms without operands (movsd and
 * cmpsd are SSE instructions with them), or movs/cmps... with operands. */
static bool is_string_op(Mnemonic mn, bool compare, int nops)
{
    static const Mnemonic cmp_ops[] = {MN_CMPS, MN_SCAS};
    static const Mnemonic move_ops[] = {MN_MOVS, MN_LODS, MN_STOS, MN_INS, MN_OUTS};
    const Mnemonic *w = compare ? cmp_ops : move_ops;
    size_t nw = compare ? ARRAY_LEN(cmp_ops) : ARRAY_LEN(move_ops);
    for (size_t k = 0; k < nw; k++)
        if (w[k] == mn)
            return true;
    if (nops)
        return false;
    static const Mnemonic cmp[] = {MN_CMPSB, MN_CMPSW, MN_CMPSD, MN_CMPSQ,
                                   MN_SCASB, MN_SCASW, MN_SCASD, MN_SCASQ};
    static const Mnemonic move[] = {MN_MOVSB, MN_MOVSW, MN_MOVSD, MN_MOVSQ, MN_LODSB,
                                    MN_LODSW, MN_LODSD, MN_LODSQ, MN_STOSB, MN_STOSW,
                                    MN_STOSD, MN_STOSQ, MN_INSB, MN_INSW, MN_INSD,
                                    MN_OUTSB, MN_OUTSW, MN_OUTSD};
    const Mnemonic *v = compare ? cmp : move;
    size_t n = compare ? ARRAY_LEN(cmp) : ARRAY_LEN(move);
    for (size_t k = 0; k < n; k++)
        if (v[k] == mn)
            return true;
    return false;
}

static bool is_lockable(Mnemonic mn)
{
    static const Mnemonic v[] = {MN_ADD, MN_ADC, MN_AND, MN_BT, MN_BTC, MN_BTR, MN_BTS,
                                 MN_CMPXCHG, MN_CMPXCHG8B, MN_CMPXCHG16B, MN_DEC, MN_INC,
                                 MN_NEG, MN_NOT, MN_OR, MN_SBB, MN_SUB, MN_XADD, MN_XCHG,
                                 MN_XOR};
    for (size_t k = 0; k < ARRAY_LEN(v); k++)
        if (v[k] == mn)
            return true;
    return false;
}

/* ml64's rules for a prefix written in the source (ml64 14.12, checked
 * form by form): LOCK only on the lockable mnemonics (A2068), and only
 * with a memory destination (A2070); REP on MOVS/LODS/STOS/INS/OUTS,
 * REPE/REPZ and REPNE/REPNZ on CMPS/SCAS, REPNE also on jmp/jcc/call/ret
 * (the BND prefix); movsd and cmpsd only in their operand-less form. */
static bool prefix_ok(Asm *a, Mnemonic mn, unsigned pfx, const EncOperand *ops, int n)
{
    DiagId bad = E_PREFIX_NOT_ALLOWED;
    if (pfx & EPFX_LOCK) {
        if (!is_lockable(mn))
            goto fail;
        bool mem = (n >= 1 && ops[0].kind == EOP_MEM) ||
                   (mn == MN_XCHG && n == 2 && ops[1].kind == EOP_MEM);
        if (!mem) {
            bad = E_BAD_OPERANDS;
            goto fail;
        }
    }
    if (pfx & EPFX_REPNE) {
        bool relaxable;
        bool bnd = mn == MN_RET || mn == MN_RETN || mn == MN_CALL ||
                   (is_branch(a, mn, &relaxable) && relaxable);
        if (!bnd && !is_string_op(mn, true, n))
            goto fail;
    }
    if ((pfx & EPFX_REP) && !is_string_op(mn, (pfx & EPFX_REPE) != 0, n))
        goto fail;
    return true;
fail:
    diag_error(&a->diag, a->loc, bad);
    return false;
}

bool instr_statement(Asm *a, Stmt *st, int i)
{
    unsigned pfx = 0;
    if (i + 3 < st->ntoks && is_punct(&st->toks[i], '{') && word_is(&st->toks[i + 1], "vex") &&
        is_punct(&st->toks[i + 2], '}')) {
        pfx |= EPFX_VEX; /* {vex} vpdpbusd ...: the VEX form (issue 14) */
        i += 3;
    }
    while (i < st->ntoks && prefix_bits(a, &st->toks[i]) &&
           !(i + 1 < st->ntoks && st->toks[i + 1].kind == TK_PUNCT)) {
        if ((pfx & prefix_bits(a, &st->toks[i])) && i + 1 < st->ntoks)
            return asm_syntax_error(a, &st->toks[i + 1]); /* lock lock add: as ml64 */
        pfx |= prefix_bits(a, &st->toks[i]);
        i++;
        if (i >= st->ntoks || mnemonic_of(a, &st->toks[i]) == MN_NONE) {
            if (i >= st->ntoks)
                break;
        }
    }
    Mnemonic mn = MN_NONE;
    if (i < st->ntoks) {
        mn = mnemonic_of(a, &st->toks[i]);
        if (mn == MN_NONE)
            return asm_syntax_error(a, &st->toks[i]);
        i++;
    } else {
        /* a prefix alone on its line: emit it as an instruction */
        mn = mnemonic_of(a, &st->toks[i - 1]);
        pfx = 0;
        if (mn == MN_NONE)
            return asm_syntax_error(a, &st->toks[i - 1]);
    }
    Section *sec = asm_section(a);
    if (!sec)
        return false;
    bool relaxable;
    bool branch = is_branch(a, mn, &relaxable);
    Expr ex[MAX_OPERANDS];
    EncOperand ops[MAX_OPERANDS];
    int n = 0;
    while (i < st->ntoks) {
        if (n > 0 && is_punct(&st->toks[i], '{')) { /* {rn-sae} as an operand */
            if (!parse_decorators(a, st, &i, &ops[n - 1]))
                return false;
            if (i < st->ntoks && !is_punct(&st->toks[i], ','))
                return asm_syntax_error(a, &st->toks[i]);
            i += i < st->ntoks;
            continue;
        }
        if (n == MAX_OPERANDS) {
            diag_error(&a->diag, a->loc, E_TOO_MANY_OPERANDS);
            return false;
        }
        Sym *pre = branch && a->any_dllimport && st->toks[i].kind == TK_ID
                       ? sym_find(&a->syms, st->toks[i].p, st->toks[i].len, NULL)
                       : NULL;
        bool pre_used = pre && pre->used;
        if (!expr_parse(a, st->toks, &i, st->ntoks, &ex[n]))
            return false;
        if (branch && ex[n].kind == EX_MEM && ex[n].sym && ex[n].sym->dllimport &&
            !ex[n].explicit_size && !ex[n].base && !ex[n].index) {
            Sym *imp = ex[n].sym;
            proc_import_ref(a, imp, &ex[n]); /* call name -> call [__imp_name] */
            if (imp == pre && imp->kind == SYM_EXTERN && !pre_used)
                imp->used = false; /* only __imp_name is referenced */
        }
        if (mn == MN_LEA && n == 1 && ex[n].kind == EX_ADDR && ex[n].sym && !ex[n].sub &&
            ex[n].rk == RK_PLAIN)
            ex[n].kind = EX_MEM; /* ml64: lea rax, OFFSET v is lea rax, v */
        if (!branch && mn != MN_LEA && gen_is_code_address(&ex[n])) {
            ex[n].kind = EX_ADDR;
            ex[n].size = 0;
        }
        if (!gen_lower(a, &ex[n], &ops[n], branch) || !parse_decorators(a, st, &i, &ops[n]))
            return false;
        n++;
        if (i < st->ntoks) {
            if (st->toks[i].kind != TK_PUNCT || st->toks[i].op != ',')
                return asm_syntax_error(a, &st->toks[i]);
            i++;
        }
    }
    if (n == 2 && ops[0].kind == EOP_MEM && !ops[0].size && ex[1].kind == EX_CONST &&
        ex[1].explicit_size && ex[1].size) {
        /* ml64: mov [rsi], DWORD PTR 0 stores a dword; QWORD PTR 0 is A2070 */
        if (ex[1].size > 4) {
            diag_error(&a->diag, a->loc, E_BAD_OPERANDS);
            return false;
        }
        ops[0].size = ex[1].size;
    }
    if (pfx && !prefix_ok(a, mn, pfx, ops, n))
        return false;
    if (branch && n == 1 && ops[0].kind == EOP_REL)
        return encode_branch(a, sec, mn, pfx, &ops[0], &ex[0]);
    if ((mn == MN_RET || mn == MN_RETN || mn == MN_RETF) && n == 1 && ex[0].kind == EX_CONST &&
        !ex[0].sym && expr_value(&ex[0]) == 0)
        n = 0; /* ret 0 is C3 and retf 0 CB, as ml64 writes them */
    if ((mn == MN_RET || mn == MN_RETN) && n <= 1 && !pfx) {
        bool handled;
        bool ok = proc_ret(a, mn, n ? &ex[0] : NULL, &handled);
        if (handled)
            return ok;
    }
    if (mn == MN_LEA && n == 2 && ops[1].kind == EOP_MEM)
        ops[1].seg = R_NONE; /* ml64: lea rax, gs:[1234h] has no 65 prefix */
    if (!string_operands(a, mn, ops, n))
        return false;
    return gen_emit(a, sec, mn, pfx, ops, ex, n);
}

/* gen.c: the one path from an encoder operand list to section bytes and
 * fixups, shared by source instructions and generated code. */
#include "gen.h"
#include "types.h"
#include "listing.h"
#include "memo.h"
#include <string.h>
#include <stdio.h>

static DiagId enc_error(EncStatus s)
{
    switch (s) {
    case ENC_ERR_SIZE_MISMATCH: return E_SIZE_MISMATCH;
    case ENC_ERR_NO_SIZE: return E_NEED_SIZE;
    case ENC_ERR_IMM_RANGE: return E_CONST_TOO_LARGE;
    case ENC_ERR_BAD_MEM: return E_BAD_REG_USE;
    case ENC_ERR_REX_AH: return E_REX_HIGH_BYTE;
    case ENC_OK:
    case ENC_ERR_OPERANDS: break;
    }
    return E_BAD_OPERANDS;
}

static FixKind imm_fix_kind(const Expr *e)
{
    return e->rk == RK_IMAGEREL ? FIX_IMAGEREL
         : e->rk == RK_SECREL ? FIX_SECREL
         : e->rk == RK_SECTION ? FIX_SECTION : FIX_ABS;
}

void gen_emit_encoded(Asm *a, Section *sec, const EncInsn *ins, const Expr *ex,
                      const EncOperand *ops)
{
    uint32_t at = sec_emit_bytes(&a->secs, sec, ins->bytes, ins->len);
    for (int k = 0; k < ins->nfix && ex; k++) {
        const EncFixup *fx = &ins->fix[k];
        const Expr *e = &ex[fx->operand];
        const EncOperand *o = &ops[fx->operand];
        uint8_t bias = (uint8_t)(ins->len - fx->offset - fx->size);
        uint32_t off = at + fx->offset;
        switch ((EncFixKind)fx->kind) {
        case EFIX_REL:
            sec_emit_fixup(&a->secs, sec, off, fx->size, FIX_PCREL, e->sym, NULL,
                           e->value, bias, true, a->loc);
            break;
        case EFIX_DISP:
            if (o->base == R_RIP)
                sec_emit_fixup(&a->secs, sec, off, fx->size, FIX_PCREL_MEM, e->sym, NULL,
                               e->value, bias, true, a->loc);
            else
                sec_emit_fixup(&a->secs, sec, off, fx->size, FIX_ABS, e->sym, NULL,
                               e->value, 0, true, a->loc);
            break;
        case EFIX_IMM:
            /* LOW32 x: ADDR32 on the low half of the field, as JWasm (ml64
             * refuses LOW32 of an address, A2105) */
            sec_emit_fixup(&a->secs, sec, off,
                           e->rk == RK_LOW32 && fx->size == 8 ? 4 : fx->size,
                           imm_fix_kind(e), e->sym, e->sub, e->value, 0, o->is_signed, a->loc);
            break;
        }
    }
}

void gen_note_last(Asm *a, Section *sec, Mnemonic mn, const EncOperand *ops, int n)
{
    LastInsn *l = &a->last_insn;
    l->mn = (uint16_t)mn;
    l->nops = (uint8_t)n;
    if (n)
        memcpy(l->ops, ops, (size_t)n * sizeof *ops);
    l->sec = sec;
    l->frag = sec->last;
    l->end = sec->last ? sec->last->size : 0;
}

bool gen_emit_branch(Asm *a, Section *sec, Mnemonic mn, unsigned prefixes, EncOperand *op,
                     Sym *target, int64_t addend, bool fixed_short)
{
    EncInsn short_enc, near_enc;
    /* a label operand alone encodes the same every time: both forms are
     * kept per mnemonic and prefixes (the encoder is pure) */
    EncOperand plain;
    memset(&plain, 0, sizeof plain);
    plain.kind = EOP_REL;
    plain.rel_size = op->rel_size;
    struct BranchEnc *c = &a->branch_enc[mn % ARRAY_LEN(a->branch_enc)];
    bool keep = memcmp(op, &plain, sizeof plain) == 0;
    op->rel_size = 4;
    if (keep && c->mn == mn && c->prefixes == prefixes) {
        short_enc = c->short_enc;
        near_enc = fixed_short ? c->short_enc : c->near_enc;
    } else {
        op->rel_size = 1;
        EncStatus s1 = enc_encode_cached(&a->enc_cache, mn, prefixes, op, 1, &short_enc);
        op->rel_size = 4;
        EncStatus s2 = fixed_short || s1 != ENC_OK ? s1 : enc_encode_cached(&a->enc_cache, mn, prefixes, op, 1, &near_enc);
        if (s1 != ENC_OK || s2 != ENC_OK) {
            diag_error(&a->diag, a->loc, enc_error(s1 != ENC_OK ? s1 : s2));
            return false;
        }
        if (fixed_short) {
            near_enc = short_enc;
        } else if (keep) {
            c->mn = (uint16_t)mn;
            c->prefixes = prefixes;
            c->short_enc = short_enc;
            c->near_enc = near_enc;
        }
    }
    sec_emit_branch(&a->secs, sec, &short_enc, &near_enc, fixed_short, target, a->cur_proc,
                    addend, a->loc);
    return true;
}

bool gen_emit_jump(Asm *a, Section *sec, Mnemonic mn, unsigned prefixes, EncOperand *op,
                   const Expr *e, bool relax)
{
    if (relax)
        return gen_emit_branch(a, sec, mn, prefixes, op, e->sym, e->value, e->is_short);
    op->rel_size = e->is_short ? 1 : 4;
    EncInsn ins;
    EncStatus s = enc_encode_cached(&a->enc_cache, mn, prefixes, op, 1, &ins);
    if (s != ENC_OK) {
        diag_error(&a->diag, a->loc, enc_error(s));
        return false;
    }
    gen_emit_encoded(a, sec, &ins, e, op);
    gen_note_last(a, sec, mn, op, 1);
    return true;
}

bool gen_emit(Asm *a, Section *sec, Mnemonic mn, unsigned prefixes,
              const EncOperand *ops, const Expr *ex, int n)
{
    EncInsn ins;
    EncStatus s = enc_encode_cached(&a->enc_cache, mn, prefixes, ops, n, &ins);
    if (s != ENC_OK) {
        diag_error(&a->diag, a->loc, enc_error(s));
        return false;
    }
    if (ins.sext32)
        for (int k = 0; k < n; k++)
            if (ops[k].kind == EOP_IMM && !ops[k].reloc && ops[k].value > INT32_MAX)
                diag_warning(&a->diag, a->loc, W_IMM_SEXT32);
    gen_emit_encoded(a, sec, &ins, ex, ops);
    gen_note_last(a, sec, mn, ops, n);
    if (a->memo_note)
        memo_note_insn(a->memo_note, &ins, mn, ops, n);
    return true;
}

static const char *size_word(int size)
{
    switch (size) {
    case 1: return "byte ptr ";
    case 2: return "word ptr ";
    case 4: return "dword ptr ";
    case 8: return "qword ptr ";
    case 16: return "xmmword ptr ";
    default: return "";
    }
}

static void fmt_operand(Buf *out, const EncOperand *o, const Expr *e, bool size_needed)
{
    switch ((EncOpKind)o->kind) {
    case EOP_REG:
        buf_str(out, reg_info[o->reg].name);
        break;
    case EOP_IMM:
        if (e && e->sym)
            buf_printf(out, "offset %s%+lld", e->sym->name, (long long)o->value);
        else
            buf_printf(out, "%lld", (long long)o->value);
        break;
    case EOP_MEM:
        if (size_needed)
            buf_str(out, size_word(o->size));
        if (e && e->sym && o->base == R_RIP) {
            buf_str(out, e->sym->name);
            if (o->value)
                buf_printf(out, "%+lld", (long long)o->value);
            break;
        }
        buf_u8(out, '[');
        if (o->base)
            buf_str(out, reg_info[o->base].name);
        if (o->index)
            buf_printf(out, "%s%s*%d", o->base ? "+" : "", reg_info[o->index].name, o->scale);
        if (e && e->sym)
            buf_printf(out, "+%s", e->sym->name);
        if (o->value || (!o->base && !o->index))
            buf_printf(out, o->base || o->index ? "%+lld" : "%lld", (long long)o->value);
        buf_u8(out, ']');
        break;
    case EOP_REL:
        buf_str(out, e && e->sym ? e->sym->name : "$");
        break;
    case EOP_NONE:
        break;
    }
}

void gen_format(Buf *out, Mnemonic mn, const EncOperand *ops, const Expr *ex, int n)
{
    buf_str(out, enc_mnemonic_name(mn));
    bool has_reg = false;
    for (int i = 0; i < n; i++)
        has_reg |= ops[i].kind == EOP_REG;
    for (int i = 0; i < n; i++) {
        buf_str(out, i ? ", " : " ");
        fmt_operand(out, &ops[i], ex ? &ex[i] : NULL, !has_reg);
    }
}

bool gen_insn(Asm *a, Mnemonic mn, const EncOperand *ops, const Expr *ex, int n)
{
    Section *sec = a->cur;
    if (!sec) {
        diag_error(&a->diag, a->loc, E_NOT_IN_SEGMENT);
        return false;
    }
    LstPos from = lst_here(a, sec);
    if (!gen_emit(a, sec, mn, 0, ops, ex, n))
        return false;
    if (a->pass == 2 && a->opt->listing) {
        Buf text = {0};
        gen_format(&text, mn, ops, ex, n);
        buf_u8(&text, 0);
        lst_generated(a, NULL, from, lst_here(a, sec), (const char *)text.data, NULL, NULL);
        buf_free(&text);
    }
    return true;
}

bool gen_insn0(Asm *a, Mnemonic mn)
{
    return gen_insn(a, mn, NULL, NULL, 0);
}

bool gen_insn1(Asm *a, Mnemonic mn, EncOperand x)
{
    return gen_insn(a, mn, &x, NULL, 1);
}

bool gen_insn2(Asm *a, Mnemonic mn, EncOperand x, EncOperand y)
{
    EncOperand ops[2] = {x, y};
    return gen_insn(a, mn, ops, NULL, 2);
}

/* Is this memory-form expression a direct branch target (a code label or
 * external procedure) rather than an indirect jump through memory? */
static bool is_branch_target(const Expr *e)
{
    if (e->kind != EX_MEM || e->base || e->index || !e->sym)
        return false;
    if (e->explicit_size && !e->is_near_ptr)
        return false;
    const Sym *s = e->sym;
    if (s->kind == SYM_UNDEF)
        return true;
    return s->mem_type == MT_NEAR || s->mem_type == MT_PROC || s->mem_type == MT_NONE;
}

/* A code label (NEAR/FAR label, PROC, EXTERN x:PROC) written plainly as an
 * operand is its address, an immediate, as ml64 takes it: mov rax, printf
 * is 48 B8 + ADDR64.  Not with PTR, an index register or a field. */
bool gen_is_code_address(const Expr *e)
{
    const Sym *s = e->sym;
    if (e->kind != EX_MEM || !s || e->base || e->index || e->seg || e->explicit_size ||
        e->sub || e->field || e->rk != RK_PLAIN)
        return false;
    return (s->kind == SYM_LABEL || s->kind == SYM_EXTERN) &&
           (s->mem_type == MT_NEAR || s->mem_type == MT_PROC);
}

bool gen_lower(Asm *a, const Expr *e, EncOperand *o, bool branch)
{
    memset(o, 0, sizeof *o);
    switch ((ExprKind)e->kind) {
    case EX_REG:
        o->kind = EOP_REG;
        o->reg = e->reg;
        o->size = e->size;
        return true;
    case EX_CONST:
        o->kind = EOP_IMM;
        o->value = expr_value(e);
        o->is_signed = e->negative;
        o->imm_size = e->explicit_size ? e->size : 0;
        if (e->sub)
            asm_assume(a, e->sym, e->sub, (int64_t)((uint64_t)o->value - (uint64_t)e->value));
        return true;
    case EX_ADDR:
        o->kind = EOP_IMM;
        o->value = e->value;
        o->reloc = true;
        o->imm_size = e->explicit_size ? e->size : 0;
        o->reloc32 = e->rk == RK_LOW32 || e->rk == RK_IMAGEREL || e->rk == RK_SECREL;
        return true;
    case EX_MEM:
        if (branch && is_branch_target(e)) {
            o->kind = EOP_REL;
            o->rel_size = e->is_short ? 1 : 4;
            return true;
        }
        if (e->seg == R_ES || e->seg == R_CS || e->seg == R_SS || e->seg == R_DS) {
            /* ml64: only fs: and gs: override in 64-bit code */
            diag_error(&a->diag, a->loc, E_ILLEGAL_SEGREG);
            return false;
        }
        o->kind = EOP_MEM;
        o->base = e->base;
        o->index = e->index;
        o->scale = e->scale ? e->scale : 1;
        o->seg = e->seg;
        o->size = e->size;
        if (!o->size && e->type) {
            /* a STRUCT of 12 bytes: sized, but no operand size (ml64:
             * `mov rax, [rbx].S` is A2022; `lea` takes it) */
            const Type *t = types_resolve(e->type);
            if (t && t->size)
                o->size = ENC_SIZE_ODD;
        }
        o->value = e->value;
        o->bcst = e->bcst; /* dword bcst [m]: the count comes from the row */
        if (e->sym) {
            o->reloc = true;
            if (e->base == R_NONE && e->index == R_NONE)
                o->base = R_RIP;
        }
        if (e->base == R_RIP)
            o->reloc = true;
        return true;
    case EX_TYPE:
    case EX_STR:
    case EX_REAL:
        break;
    }
    if (e->kind == EX_STR && e->len - e->str_quote_doubles <= 8) {
        int64_t v = 0;
        for (uint32_t i = 0; i < e->len; i++) {
            v = (v << 8) | (unsigned char)e->str[i];
            if (e->str[i] == e->quote)
                i++; /* "a""b": one quote */
        }
        o->kind = EOP_IMM;
        o->value = v;
        return true;
    }
    diag_error(&a->diag, a->loc, E_BAD_OPERANDS);
    return false;
}

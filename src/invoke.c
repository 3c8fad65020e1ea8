/* invoke.c: INVOKE for the Win64 fastcall convention.
 *
 *   INVOKE target {, argument}     argument := expr | ADDR expr
 *
 * Arguments 1-4 go in RCX RDX R8 R9 (XMM0-3 for REAL4/REAL8 parameters),
 * the rest to [rsp+8*k]; 32 bytes of shadow space are always reserved,
 * around the call or once per procedure (OPTION WIN64 bit 1).  The
 * instruction choices are JWasm's (doc/procedures.md): arguments of a
 * VARARG procedure are handled right to left, others left to right;
 * smaller arguments are widened to the parameter size with movzx/movsx;
 * a VARARG floating-point argument is also copied into the integer
 * register, as the ABI requires for variadic callees. */
#include "invoke.h"
#include "dir_data.h"
#include "proc.h"
#include "gen.h"
#include "types.h"
#include <string.h>
#include <stdio.h>

enum { MAX_ARGS = 64, RAX_USED = 1 << 4 };

static const Reg arg_regs[4][4] = {
    {R_CL, R_DL, R_R8B, R_R9B},
    {R_CX, R_DX, R_R8W, R_R9W},
    {R_ECX, R_EDX, R_R8D, R_R9D},
    {R_RCX, R_RDX, R_R8, R_R9},
};

static const Reg acc_regs[4] = {R_AL, R_AX, R_EAX, R_RAX};

typedef struct Arg {
    Expr e;
    bool addr;        /* ADDR x */
    bool here;        /* the argument uses `$` */
    bool code;        /* a code label or `$` alone (passes its address) */
    const Tok *toks;
    int first, end;   /* tokens */
} Arg;

typedef struct InvokeCtx {
    Asm *a;
    unsigned used;    /* bit k: argument register k set; RAX_USED: rax scratch */
    int index;        /* argument number (0-based) */
} InvokeCtx;

static int size_slot(int size)
{
    return size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
}

/* Index 0-3 of an argument register (any size), or -1. */
static int param_reg_index(Reg r)
{
    RegClass c = reg_class(r);
    if (c != RC_GPR8 && c != RC_GPR16 && c != RC_GPR32 && c != RC_GPR64)
        return -1;
    switch (reg_num(r)) {
    case 1: return 0;
    case 2: return 1;
    case 8: return 2;
    case 9: return 3;
    default: return -1;
    }
}

static bool uses_destroyed(InvokeCtx *c, Reg r)
{
    if (r == R_NONE)
        return false;
    int k = param_reg_index(r);
    if (k >= 0)
        return (c->used & (1u << k)) != 0;
    RegClass cls = reg_class(r);
    return (c->used & RAX_USED) && reg_num(r) == 0 &&
           (cls == RC_GPR8 || cls == RC_GPR16 || cls == RC_GPR32 || cls == RC_GPR64);
}

/* A2133 when the argument reads a register an earlier argument set. */
static void check_overwrite(InvokeCtx *c, const Arg *g)
{
    const Expr *e = &g->e;
    bool bad = false;
    if (e->kind == EX_REG)
        bad = uses_destroyed(c, (Reg)e->reg);
    else if (e->kind == EX_MEM)
        bad = uses_destroyed(c, (Reg)e->base) || uses_destroyed(c, (Reg)e->index);
    if (bad) {
        diag_error(&c->a->diag, c->a->loc, E_INVOKE_OVERWRITTEN,
                   e->kind == EX_REG ? reg_info[e->reg].name : "address register");
        c->used = 0;
    }
}

static bool lower(InvokeCtx *c, const Expr *e, EncOperand *o)
{
    return gen_lower(c->a, e, o, false);
}

static bool mismatch(InvokeCtx *c)
{
    diag_error(&c->a->diag, c->a->loc, E_INVOKE_TYPE, c->index + 1);
    return false;
}

static bool emit2(InvokeCtx *c, Mnemonic mn, EncOperand x, const Expr *ex, EncOperand y,
                  const Expr *ey)
{
    EncOperand ops[2] = {x, y};
    Expr exs[2];
    memset(exs, 0, sizeof exs);
    if (ex)
        exs[0] = *ex;
    if (ey)
        exs[1] = *ey;
    return gen_insn(c->a, mn, ops, exs, 2);
}

/* The size the argument has by itself (VARARG parameters take it). */
static int own_size(const Arg *g)
{
    const Expr *e = &g->e;
    if (g->addr || e->kind == EX_ADDR)
        return 8;
    if (e->kind == EX_REG)
        return reg_size((Reg)e->reg);
    if (e->kind == EX_MEM && e->size)
        return e->size;
    return 4;
}

/* Load a value of `size` bytes (the argument) into register dst of
 * `psize` bytes, widening as JWasm does. */
static bool load(InvokeCtx *c, Reg dst, int psize, const Arg *g, int size, bool is_signed)
{
    EncOperand src;
    is_signed = is_signed || g->e.signed_ptr; /* sbyte ptr cl */
    if (!lower(c, &g->e, &src))
        return false;
    if (size < psize) {
        if (size == 4) {
            if (is_signed)
                return emit2(c, MN_MOVSXD, opr_reg(dst), NULL, src, &g->e);
            /* a 32-bit mov zero-extends */
            Reg d32 = arg_regs[2][0];
            for (int k = 0; k < 4; k++)
                if (reg_num(arg_regs[3][k]) == reg_num(dst))
                    d32 = arg_regs[2][k];
            if (reg_num(dst) == 0)
                d32 = R_EAX;
            return emit2(c, MN_MOV, opr_reg(d32), NULL, src, &g->e);
        }
        return emit2(c, is_signed ? MN_MOVSX : MN_MOVZX, opr_reg(dst), NULL, src, &g->e);
    }
    if (g->e.kind == EX_REG && g->e.reg == dst)
        return true;
    return emit2(c, MN_MOV, opr_reg(dst), NULL, src, &g->e);
}

static bool is_float_reg(const Expr *e)
{
    return e->kind == EX_REG && reg_class((Reg)e->reg) == RC_XMM;
}

/* Arguments 1-4 of a REAL4/REAL8 parameter: XMM0-3. */
static bool float_reg_arg(InvokeCtx *c, const Arg *g, int psize)
{
    Reg x = (Reg)(R_XMM0 + c->index);
    const Expr *e = &g->e;
    if (is_float_reg(e))
        return e->reg == x || emit2(c, MN_MOVQ, opr_reg(x), NULL, opr_reg((Reg)e->reg), NULL);
    if (e->kind == EX_REAL) {
        uint64_t bits;
        if (!data_real_bits(c->a, e, psize, &bits))
            return false;
        c->used |= RAX_USED;
        Reg acc = psize == 4 ? R_EAX : R_RAX;
        return emit2(c, MN_MOV, opr_reg(acc), NULL, opr_imm((int64_t)bits), NULL) &&
               emit2(c, psize == 4 ? MN_MOVD : MN_MOVQ, opr_reg(x), NULL, opr_reg(acc), NULL);
    }
    EncOperand src;
    if (!lower(c, e, &src))
        return false;
    return emit2(c, psize == 4 ? MN_MOVD : MN_MOVQ, opr_reg(x), NULL, src, e);
}

/* Arguments 1-4 of an integer (or VARARG) parameter. */
static bool int_reg_arg(InvokeCtx *c, const Arg *g, const ParamDesc *p)
{
    int k = c->index;
    const Expr *e = &g->e;
    bool vararg = p->kind == PK_VARARG;
    int psize = vararg ? MAX(own_size(g), 4) : p->size;
    if (psize > 8)
        psize = 8;
    if (g->addr) {
        if (psize < 4)
            return mismatch(c);
        EncOperand m;
        if (!lower(c, e, &m))
            return false;
        c->used |= 1u << k;
        return emit2(c, MN_LEA, opr_reg(arg_regs[psize > 4 ? 3 : 2][k]), NULL, m, e);
    }
    if (vararg && is_float_reg(e)) {
        /* the callee reads variadic arguments from the integer register */
        c->used |= 1u << k;
        Reg x = (Reg)(R_XMM0 + k);
        bool ok = e->reg == x || emit2(c, MN_MOVQ, opr_reg(x), NULL, opr_reg((Reg)e->reg), NULL);
        return ok && emit2(c, MN_MOVQ, opr_reg(arg_regs[3][k]), NULL, opr_reg(x), NULL);
    }
    int size = e->kind == EX_REG ? reg_size((Reg)e->reg)
             : (e->kind == EX_CONST || e->kind == EX_REAL) ? psize
             : (e->kind == EX_MEM && e->size) ? e->size
             : e->kind == EX_ADDR ? 8 : e->undefined ? psize : 4;
    if (size > psize || (size < psize && p->is_ptr))
        return mismatch(c);
    Reg dst = arg_regs[size_slot(psize)][k];
    bool ok;
    if (e->kind == EX_REAL) {
        uint64_t bits;
        ok = data_real_bits(c->a, e, psize >= 8 ? 8 : 4, &bits) &&
             emit2(c, MN_MOV, opr_reg(dst), NULL, opr_imm((int64_t)bits), NULL);
    } else {
        ok = load(c, dst, psize, g, size, p->is_signed || (e->kind == EX_MEM && e->sym &&
                                                           e->sym->is_signed_type));
    }
    c->used |= 1u << k;
    if (ok && vararg && e->kind == EX_MEM && e->size == 8 && e->sym &&
        e->sym->is_float_type)
        ok = emit2(c, MN_MOVQ, opr_reg((Reg)(R_XMM0 + k)), NULL, opr_reg(arg_regs[3][k]), NULL);
    return ok;
}

/* Arguments 5 and on: [rsp+8*index]. */
static bool stack_arg(InvokeCtx *c, const Arg *g, const ParamDesc *p)
{
    int off = 8 * c->index;
    const Expr *e = &g->e;
    bool vararg = p->kind == PK_VARARG;
    int psize = vararg ? MAX(own_size(g), 4) : p->size;
    if (g->addr || psize > 8) {
        if (psize < 8 && psize != 4)
            return mismatch(c);
        Reg acc = psize == 4 ? R_EAX : R_RAX;
        EncOperand m;
        c->used |= RAX_USED;
        return lower(c, e, &m) && emit2(c, MN_LEA, opr_reg(acc), NULL, m, e) &&
               emit2(c, MN_MOV, opr_mem(R_RSP, off, 0), NULL, opr_reg(acc), NULL);
    }
    if (e->kind == EX_CONST) {
        int64_t v = e->value;
        if (psize == 8 && (v > 0x7FFFFFFF || v < -0x80000000LL))
            return emit2(c, MN_MOV, opr_mem(R_RSP, off, 4), NULL, opr_imm(v & 0xFFFFFFFF), NULL) &&
                   emit2(c, MN_MOV, opr_mem(R_RSP, off + 4, 4), NULL,
                         opr_imm((int64_t)((uint64_t)v >> 32)), NULL);
        return emit2(c, MN_MOV, opr_mem(R_RSP, off, (uint8_t)psize), NULL, opr_imm(v), NULL);
    }
    if (e->kind == EX_REAL) {
        uint64_t bits;
        if (!data_real_bits(c->a, e, psize == 8 ? 8 : 4, &bits))
            return false;
        if (psize == 8)
            return emit2(c, MN_MOV, opr_mem(R_RSP, off, 4), NULL, opr_imm(bits & 0xFFFFFFFF), NULL) &&
                   emit2(c, MN_MOV, opr_mem(R_RSP, off + 4, 4), NULL, opr_imm((int64_t)(bits >> 32)), NULL);
        return emit2(c, MN_MOV, opr_mem(R_RSP, off, 4), NULL, opr_imm((int64_t)bits), NULL);
    }
    if (is_float_reg(e))
        return emit2(c, psize == 4 ? MN_MOVD : MN_MOVQ, opr_mem(R_RSP, off, (uint8_t)psize), NULL,
                     opr_reg((Reg)e->reg), NULL);
    if (e->kind == EX_REG) {
        int size = reg_size((Reg)e->reg);
        if (size > psize || (size < psize && p->is_ptr))
            return mismatch(c);
        if (size == psize)
            return emit2(c, MN_MOV, opr_mem(R_RSP, off, 0), NULL, opr_reg((Reg)e->reg), NULL);
    }
    int size = e->kind == EX_REG ? reg_size((Reg)e->reg)
             : (e->kind == EX_MEM && e->size) ? e->size : e->kind == EX_ADDR ? 8 : 4;
    if (size > psize || (size < psize && p->is_ptr))
        return mismatch(c);
    Reg acc = acc_regs[size_slot(psize)];
    c->used |= RAX_USED;
    bool is_signed = p->is_signed || (e->kind == EX_MEM && e->sym && e->sym->is_signed_type);
    return load(c, acc, psize, g, size, is_signed) &&
           emit2(c, MN_MOV, opr_mem(R_RSP, off, 0), NULL, opr_reg(acc), NULL);
}

/* A code label or `$` alone passes its address, as `mov rcx, label` does
 * (ml64). */
static void as_address(Arg *g)
{
    g->code = !g->addr && gen_is_code_address(&g->e);
    if (g->code) {
        g->e.kind = EX_ADDR;
        g->e.size = 0;
    }
}

/* JWasm assembles each generated line anew, so `$` in an argument is the
 * start of the first instruction that loads it, not the INVOKE's start:
 * parse such an argument again right before that instruction. */
static bool reparse_here(Asm *a, Arg *g)
{
    int i = g->first;
    if (!g->here)
        return true;
    if (!expr_parse(a, g->toks, &i, g->end, &g->e))
        return false;
    as_address(g);
    return true;
}

static bool one_arg(InvokeCtx *c, Arg *g, const ParamDesc *p)
{
    if (!reparse_here(c->a, g))
        return false;
    check_overwrite(c, g);
    if (c->index >= 4)
        return stack_arg(c, g, p);
    if (p->kind == PK_FLOAT)
        return float_reg_arg(c, g, p->size);
    return int_reg_arg(c, g, p);
}

/* Split the argument list at top-level commas. */
static int split_args(Asm *a, Stmt *st, int i, Arg *args)
{
    int n = 0;
    while (i < st->ntoks) {
        if (st->toks[i].kind != TK_PUNCT || st->toks[i].op != ',') {
            asm_syntax_error(a, &st->toks[i]);
            return -1;
        }
        i++;
        if (n == MAX_ARGS) {
            diag_error(&a->diag, a->loc, E_INVOKE_TOO_MANY);
            return -1;
        }
        Arg *g = &args[n];
        memset(g, 0, sizeof *g);
        if (i < st->ntoks && tok_arg(&st->toks[i]) == AW_ADDR) {
            g->addr = true;
            i++;
        }
        g->first = i;
        g->toks = st->toks;
        if (!expr_parse(a, st->toks, &i, st->ntoks, &g->e))
            return -1;
        g->end = i;
        for (int t = g->first; t < g->end; t++)
            if (st->toks[t].kind == TK_ID && st->toks[t].len == 1 && st->toks[t].p[0] == '$')
                g->here = true;
        as_address(g);
        n++;
    }
    return n;
}

static const ParamDesc vararg_param = {"", 8, 8, PK_VARARG, false, false, NULL};

/* The call itself: direct, through __imp_name, or indirect. */
static bool emit_call(Asm *a, Expr *target, Sym *proc)
{
    EncOperand o;
    if (proc && proc->dllimport) {
        Expr m;
        proc_import_ref(a, proc, &m);
        if (!gen_lower(a, &m, &o, true))
            return false;
        return gen_insn(a, MN_CALL, &o, &m, 1);
    }
    if (!gen_lower(a, target, &o, true))
        return false;
    if (o.kind == EOP_REL)
        o.rel_size = 4;
    return gen_insn(a, MN_CALL, &o, target, 1);
}

/* The 64-bit register with hardware number num. */
static Reg gpr64(int num)
{
    for (int r = R_NONE + 1; r < R_COUNT; r++)
        if (reg_class((Reg)r) == RC_GPR64 && reg_num((Reg)r) == num)
            return (Reg)r;
    return R_NONE;
}

/* JWasm's INVOKE of a C or STDCALL procedure in 64-bit code: each argument
 * pushed as a qword, right to left (a register as its 64-bit register, ADDR
 * and a code label through rax), no shadow space; the caller removes C
 * arguments. */
static bool pushed_call(Asm *a, Expr *target, Sym *proc, Arg *args, int n, bool caller_pops)
{
    InvokeCtx c = {a, 0, 0};
    for (int k = n - 1; k >= 0; k--) {
        Arg *g = &args[k];
        EncOperand o;
        c.index = k;
        if (!reparse_here(a, g))
            return false;
        check_overwrite(&c, g); /* rax after an ADDR argument (JWasm: an error) */
        if (g->addr || g->code) {
            Expr m = g->e;
            m.kind = EX_MEM; /* lea rax, label */
            if (!lower(&c, &m, &o) ||
                !emit2(&c, MN_LEA, opr_reg(R_RAX), NULL, o, &m) ||
                !gen_insn1(a, MN_PUSH, opr_reg(R_RAX)))
                return false;
            c.used |= RAX_USED;
            continue;
        }
        Expr e = g->e;
        if (e.kind == EX_REG) {
            RegClass rc = reg_class((Reg)e.reg);
            if (rc != RC_GPR8 && rc != RC_GPR16 && rc != RC_GPR32 && rc != RC_GPR64)
                return mismatch(&c);
            e.reg = (uint8_t)gpr64(reg_num((Reg)e.reg));
            e.size = 8;
        } else if (e.kind == EX_MEM && !e.size) {
            e.size = 8;
        }
        if (!lower(&c, &e, &o) || !gen_insn(a, MN_PUSH, &o, &e, 1))
            return false;
    }
    if (!emit_call(a, target, proc))
        return false;
    if (caller_pops && n)
        return gen_insn2(a, MN_ADD, opr_reg(R_RSP), opr_imm(8 * n));
    return true;
}

bool dir_invoke(Asm *a, Stmt *st)
{
    int i = st->arg;
    Expr target;
    a->jwasm_source = true; /* a JWasm source: plain prologues as JWasm's */
    /* an import called through __imp_name is no reference to name itself
     * (JWasm: no external `printf` for `invoke printf` under DLLIMPORT) */
    Sym *pre = i < st->ntoks && st->toks[i].kind == TK_ID
                   ? sym_find(&a->syms, st->toks[i].p, st->toks[i].len, NULL)
                   : NULL;
    bool pre_used = pre && pre->used;
    if (!asm_section(a) || !expr_parse(a, st->toks, &i, st->ntoks, &target))
        return false;
    Sym *proc = target.kind == EX_MEM && !target.base && !target.index ? target.sym : NULL;
    if (proc && proc == pre && proc->dllimport && proc->kind == SYM_EXTERN && !pre_used)
        proc->used = false;
    const ProcSig *sig = proc ? proc->sig : NULL;
    const Type *pt = types_resolve(target.type);
    if (!sig && pt && pt->is_proto) {
        sig = pt->sig; /* through a pointer of a TYPEDEF PROTO type */
        proc = NULL;
    }
    if (proc && !sig && proc->kind != SYM_UNDEF) {
        diag_error(&a->diag, a->loc, E_INVOKE_PROTO);
        return false;
    }
    Arg *args = arena_alloc(&a->line, MAX_ARGS * sizeof *args);
    int n = split_args(a, st, i, args);
    if (n < 0)
        return false;
    int fixed = sig ? sig->n - (sig->vararg ? 1 : 0) : 0;
    bool vararg = !sig || sig->vararg;
    if (sig && n < fixed) {
        diag_error(&a->diag, a->loc, E_INVOKE_TOO_FEW);
        return false;
    }
    if (sig && !vararg && n > fixed) {
        diag_error(&a->diag, a->loc, E_INVOKE_TOO_MANY);
        return false;
    }
    if (sig && sig->lang != LANG_DEFAULT)
        return pushed_call(a, &target, proc, args, n, sig->lang == LANG_C);
    int slots = n < 4 ? 4 : (n + 1) / 2 * 2;
    bool reserve_once = (a->lopt.win64 & 2) != 0;
    if (reserve_once)
        proc_note_invoke_space(a, (uint32_t)slots * 8);
    else
        gen_insn2(a, MN_SUB, opr_reg(R_RSP), opr_imm(slots * 8));
    InvokeCtx c = {a, 0, 0};
    bool ok = true;
    for (int k = 0; k < n && ok; k++) {
        int idx = vararg ? n - 1 - k : k;
        c.index = idx;
        const ParamDesc *p = idx < fixed ? &sig->params[idx] : &vararg_param;
        ok = one_arg(&c, &args[idx], p);
    }
    if (ok)
        ok = emit_call(a, &target, proc);
    if (!reserve_once)
        gen_insn2(a, MN_ADD, opr_reg(R_RSP), opr_imm(slots * 8));
    return ok;
}

static const DirDef directives[] = {
    {"invoke", dir_invoke, false, false, 0},
};

const DirTable invoke_directives = {directives, ARRAY_LEN(directives)};

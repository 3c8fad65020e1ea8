/* proc.c: PROC ... ENDP.
 *
 *   name PROC [NEAR|FAR] [langtype] [PRIVATE|PUBLIC|EXPORT] [FRAME[:handler]]
 *             [USES reg...] [,] [param[:type] {, param[:type]}]
 *   LOCAL name[count][:type] {, name[count][:type]}
 *   name ENDP
 *
 * The frame layout is computed once (layout()) and drives the generated
 * prologue, the epilogue and, for FRAME procedures under OPTION
 * FRAME:AUTO, the unwind codes, so code and unwind data cannot disagree.
 * The sequences are JWasm's (doc/procedures.md):
 *   FM_WIN64     [home params] [push rbp; mov rbp,rsp] push uses;
 *                sub rsp,n; movdqa [rsp+i],xmm...      / reverse + add rsp,n
 *   FM_RSPALIGN  [home] [push rbp; mov rbp,rsp] push uses; sub rsp,n
 *   FM_STD       [home] [push rbp; mov rbp,rsp; sub rsp,n] push uses
 * Parameters are at [rbp+16+8*i], locals below rbp. */
#include "proc.h"
#include "unwind.h"
#include "gen.h"
#include "listing.h"
#include "types.h"
#include <string.h>
#include <stdio.h>
#include <stdarg.h>

static const Reg arg_gpr[4] = {R_RCX, R_RDX, R_R8, R_R9};

/* Registers the Win64 ABI makes callee-saved. */
static bool nonvolatile_gpr(Reg r)
{
    int n = reg_num(r);
    return n == 3 || n == 5 || n == 6 || n == 7 || n >= 12;
}

static bool nonvolatile_xmm(Reg r)
{
    return reg_num(r) >= 6 && reg_num(r) <= 15;
}

static uint32_t round_up(uint32_t v, uint32_t a)
{
    return a ? (v + a - 1) / a * a : v;
}

/* A generated line without bytes in the -Sg listing (.pushreg rbx ...). */
static void note(Asm *a, const char *fmt, ...) PRINTF_LIKE(2, 3);

static void note(Asm *a, const char *fmt, ...)
{
    if (a->pass < 2 || !a->opt->listing || !a->cur)
        return;
    char text[96];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    LstPos p = lst_here(a, a->cur);
    lst_generated(a, NULL, p, p, text, NULL, NULL);
}

/* ---- parameter types ------------------------------------------------- */

bool proc_param_type(Asm *a, const Tok *t, int *i, int end, ParamDesc *p)
{
    p->size = 8;
    p->kind = PK_INT;
    if (*i >= end)
        return true;
    const Tok *w = &t[*i];
    if (tok_arg(w) == AW_VARARG) {
        p->kind = PK_VARARG;
        (*i)++;
        return true;
    }
    if (w->kind == TK_ID && w->kw.kind == KW_OPERATOR && w->kw.id == OPR_PTR) {
        p->is_ptr = true;
        (*i)++;
        while (*i < end && !(t[*i].kind == TK_PUNCT && t[*i].op == ','))
            (*i)++; /* PTR type: the pointee does not matter for passing */
        return true;
    }
    int size = expr_type_size(a, w);
    if (size && size < MT_NEAR) {
        p->size = (uint8_t)size;
        p->is_signed = (w->kw.id & SZ_SIGNED) != 0;
        if ((w->kw.id & SZ_REAL) && size != 10) /* REAL4, REAL8 */
            p->kind = PK_FLOAT;
        (*i)++;
    } else if (size) {
        (*i)++; /* NEAR/PROC: a code address */
    } else {
        Sym *ty = sym_find(&a->syms, w->p, w->len, NULL);
        if (!ty || ty->kind != SYM_TYPE)
            return asm_syntax_error(a, w);
        /* a TYPEDEF NEAR/FAR (TYPE 0FF08h) is an 8-byte code address */
        bool code = ty->type && types_resolve(ty->type)->distance;
        p->size = (uint8_t)(code ? 8 : MIN(ty->value, 255));
        p->bytes = code ? 8 : (uint32_t)ty->value;
        p->type = ty->type;
        (*i)++;
    }
    if (*i < end && t[*i].kind == TK_ID && t[*i].kw.kind == KW_OPERATOR &&
        t[*i].kw.id == OPR_PTR) {
        p->is_ptr = true; /* DWORD PTR ... */
        p->size = 8;
        p->kind = PK_INT;
        while (*i < end && !(t[*i].kind == TK_PUNCT && t[*i].op == ','))
            (*i)++;
    }
    return true;
}

/* param := [name] ':' type | name ;  list separated by ',' */
static bool parse_params(Asm *a, Stmt *st, int i, ProcSig *sig, bool names)
{
    int cap = 0; /* no array for a PROC without parameters (most of them) */
    sig->params = NULL;
    if (i < st->ntoks && st->toks[i].kind == TK_PUNCT && st->toks[i].op == ',')
        i++;
    while (i < st->ntoks) {
        if (sig->vararg) {
            diag_error(&a->diag, a->loc, E_VARARG_LAST);
            return false;
        }
        ParamDesc p;
        bool untyped = false;
        memset(&p, 0, sizeof p);
        p.name = "";
        const Tok *t = &st->toks[i];
        if (t->kind == TK_ID && i + 1 < st->ntoks && st->toks[i + 1].kind == TK_PUNCT &&
            st->toks[i + 1].op == ':') {
            p.name = tok_str(a, t);
            i += 2;
        } else if (t->kind == TK_PUNCT && t->op == ':') {
            i++;
        } else if (t->kind == TK_ID && names) {
            p.name = tok_str(a, t); /* name without a type: DWORD (ml64, JWasm) */
            i++;
            untyped = true;
        } else if (t->kind != TK_ID) {
            return asm_syntax_error(a, t);
        }
        int end = i;
        while (end < st->ntoks && !(st->toks[end].kind == TK_PUNCT && st->toks[end].op == ','))
            end++;
        if (!(p.name[0] && i > end) && !proc_param_type(a, st->toks, &i, end, &p))
            return false;
        if (i != end)
            return asm_syntax_error(a, &st->toks[i]);
        if (untyped)
            p.size = 4;
        p.name = arena_strdup(&a->perm, p.name);
        if (p.kind == PK_VARARG)
            sig->vararg = true;
        if (sig->n == cap) {
            int bigger = cap ? cap * 2 : 8;
            ParamDesc *grown = arena_alloc(&a->perm, (size_t)bigger * sizeof *grown);
            if (cap)
                memcpy(grown, sig->params, (size_t)cap * sizeof *grown);
            sig->params = grown;
            cap = bigger;
        }
        sig->params[sig->n++] = p;
        i = end < st->ntoks ? end + 1 : end;
    }
    return true;
}

/* ---- PROC ------------------------------------------------------------ */

static bool is_langtype(const Tok *t)
{
    return kw_is_langtype(tok_arg(t));
}

/* NEAR FAR and JWasm's NEAR64 NEAR32 FAR32 NEAR16 FAR16 (not PROC). */
static bool is_distance(const Tok *t)
{
    return kw_distance_type(tok_arg(t)) != 0;
}

typedef struct ProcAttrs {
    int visibility;     /* -1 default, 0 public, 1 private, 2 export */
    uint8_t lang;       /* LANG_* */
    bool frame;
    const Tok *handler;
    Reg uses[32];
    int nuses;
} ProcAttrs;

static bool parse_attrs(Asm *a, Stmt *st, int *pi, ProcAttrs *at)
{
    int i = *pi;
    at->visibility = -1;
    while (i < st->ntoks) {
        const Tok *t = &st->toks[i];
        ArgWord w = tok_arg(t);
        int vis = w == AW_PUBLIC ? 0 : w == AW_PRIVATE ? 1 : w == AW_EXPORT ? 2 : -1;
        /* `c:DWORD`, `c` and `c, d` are parameters named c (ml64 reads no
         * language type in a PROC); `C x:QWORD` is JWasm's language type */
        bool param = i + 1 >= st->ntoks ||
                     (st->toks[i + 1].kind == TK_PUNCT &&
                      (st->toks[i + 1].op == ':' || st->toks[i + 1].op == ','));
        if (t->kind == TK_ANGLE || is_distance(t) || (is_langtype(t) && !param)) {
            if (w == AW_C)
                at->lang = LANG_C;
            else if (w == AW_STDCALL)
                at->lang = LANG_STDCALL;
            i++;
        } else if (vis >= 0) {
            if (at->visibility >= 0 && at->visibility != vis) {
                diag_error(&a->diag, a->loc, E_PROC_VISIBILITY, tok_str(a, st->name));
                return false;
            }
            at->visibility = vis;
            i++;
        } else if (w == AW_FRAME &&
                   !(i + 1 < st->ntoks && st->toks[i + 1].op == ':' &&
                     i + 2 < st->ntoks && st->toks[i + 2].kw.kind == KW_TYPE)) {
            at->frame = true;
            i++;
            if (i + 1 < st->ntoks && st->toks[i].kind == TK_PUNCT && st->toks[i].op == ':') {
                at->handler = &st->toks[i + 1];
                i += 2;
            }
        } else if (w == AW_USES) {
            i++;
            while (i < st->ntoks && st->toks[i].kw.kind == KW_REG &&
                   !(i + 1 < st->ntoks && st->toks[i + 1].op == ':')) {
                Reg r = (Reg)st->toks[i].kw.id;
                RegClass c = reg_class(r);
                if ((c != RC_GPR64 && c != RC_XMM) || at->nuses == (int)ARRAY_LEN(at->uses)) {
                    diag_error(&a->diag, a->loc, E_BAD_OPERANDS);
                    return false;
                }
                at->uses[at->nuses++] = r;
                i++;
            }
        } else {
            break;
        }
    }
    *pi = i;
    return true;
}

static Sym *define_stack_sym(Asm *a, ProcInfo *pi, const char *name, int64_t offset,
                             uint32_t size, uint32_t count, const struct Type *type)
{
    Sym *s = sym_intern(&a->syms, name, strlen(name), pi->sym);
    if (s->defined_this_pass || (s->kind != SYM_UNDEF && s->kind != SYM_STACK)) {
        diag_error(&a->diag, a->loc, E_REDEFINITION, name);
        return NULL;
    }
    s->kind = SYM_STACK;
    s->defined_this_pass = true;
    s->value = offset;
    s->stack_base = R_RBP;
    s->mem_type = (uint8_t)(size <= 64 ? size : 0);
    s->count = count;
    s->total = size * count;
    s->type = type;
    s->loc = a->loc;
    return s;
}

static FrameMode frame_mode(Asm *a, const ProcInfo *pi)
{
    bool has_stuff = pi->sig.n || pi->nuses || pi->nlocals;
    if (pi->frame)
        return a->lopt.frame_auto ? FM_WIN64 : FM_NONE;
    if (a->lopt.prologue_macro)
        return FM_USER; /* called for every PROC, as ml64 does */
    if (a->lopt.win64 & 2)
        return FM_RSPALIGN;
    return has_stuff ? FM_STD : FM_NONE;
}

/* JWasm's names for C and STDCALL procedures: _name, _name@bytes. */
static void decorate(Asm *a, Sym *s, const ProcSig *sig)
{
    if (sig->lang == LANG_DEFAULT || s->cname)
        return;
    char buf[300];
    int n = sig->n - (sig->vararg ? 1 : 0);
    if (sig->lang == LANG_STDCALL && !sig->vararg)
        snprintf(buf, sizeof buf, "_%s@%d", s->name, 8 * n);
    else
        snprintf(buf, sizeof buf, "_%s", s->name);
    s->cname = arena_strdup(&a->perm, buf);
}

bool dir_proc(Asm *a, Stmt *st)
{
    int i = st->arg;
    ProcAttrs at;
    memset(&at, 0, sizeof at);
    bool ok = parse_attrs(a, st, &i, &at);
    if (a->proc && (at.frame || a->proc->frame_reg)) {
        /* ml64 nests a plain PROC: a second name, scope and ENDP */
        diag_error(&a->diag, a->loc, E_NESTED_PROC, a->proc->sym->name);
        return false;
    }
    if (a->proc)
        proc_prologue_if_pending(a);
    Sym *s = asm_define_label(a, st->name, MT_NEAR, true);
    if (!s)
        return false;
    /* the frame description lives for one pass (a->proc is reset); the
     * signature the symbol keeps (s->sig) stays in the run's arena */
    ProcInfo *pi = arena_alloc(&a->secs.frags, sizeof *pi);
    pi->outer = a->proc;
    pi->sym = s;
    pi->frame = at.frame;
    memcpy(pi->uses, at.uses, sizeof at.uses);
    pi->nuses = at.nuses;
    a->proc = pi;
    a->cur_proc = s;
    a->proc_loc = a->loc;
    s->is_proc = true;
    int vis = at.visibility >= 0 ? at.visibility : a->lopt.proc_vis;
    s->is_public = s->is_public || vis != 1;
    if (vis == 2 && a->pass == 2)
        buf_printf(&a->drectve, "-export:%s ", s->name);
    if (ok)
        ok = parse_params(a, st, i, &pi->sig, true);
    pi->sig.lang = at.lang;
    decorate(a, s, &pi->sig);
    s->sig = arena_alloc(&a->perm, sizeof *s->sig);
    *s->sig = pi->sig;
    int nparams = pi->sig.n - (pi->sig.vararg ? 1 : 0);
    pi->param_syms =
        arena_alloc(&a->secs.frags, (size_t)(nparams + 1) * sizeof *pi->param_syms);
    for (int k = 0; k < nparams; k++) {
        const ParamDesc *p = &pi->sig.params[k];
        pi->param_syms[k] = p->name[0] ? define_stack_sym(a, pi, p->name, 16 + 8 * k,
                                                           p->size, 1, p->type) : NULL;
    }
    /* the VARARG parameter names the first variable argument's slot
     * (JWasm: `ADDR args` is the address of the variable arguments) */
    pi->param_syms[nparams] = NULL;
    if (pi->sig.vararg && pi->sig.params[nparams].name[0])
        pi->param_syms[nparams] = define_stack_sym(a, pi, pi->sig.params[nparams].name,
                                                   16 + 8 * nparams, 8, 1, NULL);
    if (at.frame) {
        Sym *h = NULL;
        if (at.handler) {
            h = asm_symbol_ref(a, at.handler->p, at.handler->len);
            h->used = true;
        }
        unw_begin(a, s, h);
    }
    s->reserved = a->pass == 1 ? 32 : MAX(s->reserved, 32);
    pi->reserved = (a->lopt.win64 & 2) ? s->reserved : 0;
    if (a->pass == 1)
        s->reserved = 32;
    if (a->reserved_sym) {
        a->reserved_sym->value = pi->reserved;
    }
    if (a->stackbase_sym)
        a->stackbase_sym->value = 0; /* JWasm: @StackBase is 0 at each PROC */
    pi->mode = frame_mode(a, pi);
    pi->prologue_pending = !a->lopt.no_prologue;
    return ok;
}

/* LOCAL name[count][:type] {, ...} */
bool dir_local(Asm *a, Stmt *st)
{
    ProcInfo *pi = a->proc;
    if (!pi || !pi->prologue_pending || pi->locals_closed) {
        diag_error(&a->diag, a->loc, E_LOCAL_PLACE); /* ml64 A2012 */
        return false;
    }
    int i = st->arg;
    while (i < st->ntoks) {
        const Tok *name = &st->toks[i];
        if (name->kind != TK_ID)
            return asm_syntax_error(a, name);
        i++;
        int64_t count = 1;
        if (i < st->ntoks && st->toks[i].kind == TK_PUNCT && st->toks[i].op == '[') {
            int close = i + 1;
            while (close < st->ntoks && !(st->toks[close].kind == TK_PUNCT && st->toks[close].op == ']'))
                close++;
            int p = i + 1;
            if (!expr_const(a, st->toks, &p, close, &count) || count < 1 || count > 0x1000000) {
                diag_error(&a->diag, a->loc, E_CONST_EXPECTED);
                return false;
            }
            i = close + 1;
        }
        ParamDesc d;
        memset(&d, 0, sizeof d);
        d.size = 8;
        if (i < st->ntoks && st->toks[i].kind == TK_PUNCT && st->toks[i].op == ':') {
            i++;
            int end = i;
            while (end < st->ntoks && !(st->toks[end].kind == TK_PUNCT && st->toks[end].op == ','))
                end++;
            if (!proc_param_type(a, st->toks, &i, end, &d))
                return false;
            if (i != end)
                return asm_syntax_error(a, &st->toks[i]);
        }
        Sym *s = define_stack_sym(a, pi, tok_str(a, name), 0, d.bytes ? d.bytes : d.size,
                                  (uint32_t)count, d.type);
        if (!s)
            return false;
        if (pi->nlocals == pi->cap_locals) {
            pi->cap_locals = pi->cap_locals ? pi->cap_locals * 2 : 8;
            Sym **grown = arena_alloc(&a->secs.frags, (size_t)pi->cap_locals * sizeof *grown);
            if (pi->nlocals)
                memcpy(grown, pi->locals, (size_t)pi->nlocals * sizeof *grown);
            pi->locals = grown;
        }
        pi->locals[pi->nlocals++] = s;
        pi->laid_out = false;
        if (!stmt_comma(a, st, &i))
            return false;
    }
    pi->mode = frame_mode(a, pi);
    return true;
}

/* ---- layout ---------------------------------------------------------- */

/* Offsets of the locals and the size of the allocation, as JWasm computes
 * them: with RSP alignment (FRAME:AUTO or WIN64:2) the saved registers
 * lie above the locals and the allocation keeps RSP 16-byte aligned. */
static void layout(Asm *a, ProcInfo *pi)
{
    bool rspalign = pi->mode == FM_WIN64 || pi->mode == FM_RSPALIGN;
    uint32_t align = (rspalign && (a->lopt.win64 & 4)) ? 16 : 8;
    uint32_t size = 0, start = 0;
    pi->cntstd = pi->cntxmm = 0;
    for (int k = 0; k < pi->nuses; k++) {
        if (reg_class(pi->uses[k]) == RC_XMM)
            pi->cntxmm++;
        else
            pi->cntstd++;
    }
    pi->frame_reg = pi->sig.n > 0 || pi->nlocals > 0;
    pi->fpo = pi->frame_reg && a->lopt.stackbase_rsp;
    if (pi->fpo)
        pi->frame_reg = false;
    if (rspalign) {
        start = pi->frame_reg ? 0 : 8;
        size = start + (uint32_t)pi->cntstd * 8;
        if (pi->cntxmm)
            size = round_up(size + 16u * (uint32_t)pi->cntxmm, 16);
    }
    /* ml64 (its own prologue or the user's) aligns a local by its element
     * size modulo 4: 1 byte, 2 bytes, else 4 (a QWORD, a 318-byte
     * WIN32_FIND_DATA and a 10-byte TBYTE too, measured with 14.12);
     * JWasm's frames (FRAME:AUTO, WIN64:2, and every PROC of a source
     * with INVOKE or OPTION WIN64) align to the size, at most 8 */
    bool ml64 = (pi->mode == FM_STD && !a->jwasm_source) || pi->mode == FM_USER;
    for (int k = 0; k < pi->nlocals; k++) {
        Sym *l = pi->locals[k];
        uint32_t item = l->count ? l->total / l->count : l->total;
        size += l->total;
        if (ml64)
            size = round_up(size, item % 4 == 1 ? 1 : item % 4 == 2 ? 2 : 4);
        else
            size = round_up(size, item > align ? align : item ? item : 1);
        l->value = -(int64_t)size;
    }
    size = round_up(size, 8);
    if (rspalign)
        size = round_up(size, 16);
    if (pi->fpo) {
        /* no frame pointer: the offsets move up to rsp after the prologue,
         * as JWasm computes them (the saved registers and @ReservedStack
         * lie between) */
        uint32_t regs = (uint32_t)pi->cntstd * 8;
        int64_t localadj = rspalign ? size : size + regs;
        int64_t paramadj = rspalign ? (int64_t)size - 8 - start : (int64_t)(size + regs) - 8;
        for (int k = 0; k < pi->nlocals; k++)
            if (pi->locals[k]) {
                pi->locals[k]->value += localadj + pi->reserved;
                pi->locals[k]->stack_base = R_RSP;
            }
        for (int k = 0; k < pi->sig.n; k++)
            if (pi->param_syms[k]) {
                /* from the slot dir_proc gave it: a LOCAL after EQU or
                 * data lays the frame out again */
                pi->param_syms[k]->value = 16 + 8 * k + paramadj + pi->reserved;
                pi->param_syms[k]->stack_base = R_RSP;
            }
    }
    if (rspalign)
        size -= (uint32_t)pi->cntstd * 8 + start;
    pi->localsize = size;
}

/* ---- prologue and epilogue ------------------------------------------- */

static bool pushreg_code(Asm *a, const ProcInfo *pi, Reg r)
{
    if (pi->mode != FM_WIN64 || !nonvolatile_gpr(r))
        return true;
    note(a, ".pushreg %s", reg_info[r].name);
    return unw_record(a, UWOP_PUSH_NONVOL, reg_num(r), 0, ".PUSHREG");
}

static void home_params(Asm *a, const ProcInfo *pi)
{
    int k = 0;
    for (int p = 0; p < pi->sig.n && k < 4; p++) {
        const ParamDesc *d = &pi->sig.params[p];
        if (d->kind == PK_VARARG) {
            for (; k < 4; k++)
                gen_insn2(a, MN_MOV, opr_mem(R_RSP, 8 + 8 * k, 8), opr_reg(arg_gpr[k]));
            return;
        }
        if (d->kind == PK_FLOAT)
            gen_insn2(a, MN_MOVQ, opr_mem(R_RSP, 8 + 8 * k, 8), opr_reg((Reg)(R_XMM0 + k)));
        else
            gen_insn2(a, MN_MOV, opr_mem(R_RSP, 8 + 8 * k, 8), opr_reg(arg_gpr[k]));
        k++;
    }
}

static void alloc_stack(Asm *a, ProcInfo *pi)
{
    uint32_t n = pi->localsize + pi->reserved;
    if (!n)
        return;
    gen_insn2(a, MN_SUB, opr_reg(R_RSP), opr_imm(n));
    if (pi->mode == FM_WIN64) {
        note(a, ".allocstack %u", n);
        unw_record(a, n <= 128 ? UWOP_ALLOC_SMALL : UWOP_ALLOC_LARGE, 0, n, ".ALLOCSTACK");
    }
}

/* Offset from RSP of the first XMM save slot. */
static uint32_t xmm_area(const ProcInfo *pi)
{
    return ((pi->localsize - (uint32_t)pi->cntxmm * 16) & ~15u) + pi->reserved;
}

/* The user's prologue or epilogue macro, called as ml64 calls it:
 * procname, flags, parmbytes (8 per parameter plus 8: measured),
 * localbytes, <reglist>, userparms.  A prologue returns (EXITM) the bytes
 * it reserved: the locals move down by what exceeds localbytes. */
static void user_macro(Asm *a, ProcInfo *pi, const char *name, bool prologue)
{
    Buf args = {0};
    buf_printf(&args, "%s, 0, %d, %u, <", pi->sym->name, 8 * pi->sig.n + 8, pi->localsize);
    for (int k = 0; k < pi->nuses; k++)
        buf_printf(&args, "%s%s", k ? ", " : "", reg_info[pi->uses[k]].name);
    buf_str(&args, ">, ");
    /* the arguments in the run's arena: a fatal error in the macro (a
     * missing INCLUDE) ends the run by longjmp, past any free below */
    const char *text = arena_strndup(&a->perm, (const char *)args.data, args.len);
    buf_free(&args);
    Buf out = {0};
    bool ok = pp_run_macro(a, name, text, &out);
    if (ok && prologue && out.len) {
        LexResult r = lex_tokens(&a->line, (const char *)out.data, (const char *)out.data + out.len, 0);
        kw_classify(&a->kw, r.toks, r.ntoks);
        int pos = 0;
        int64_t v = 0;
        if (expr_const(a, r.toks, &pos, r.ntoks, &v) && v > (int64_t)pi->localsize)
            for (int k = 0; k < pi->nlocals; k++)
                pi->locals[k]->value -= v - (int64_t)pi->localsize;
    }
    buf_free(&out);
}

static void prepare(Asm *a, ProcInfo *pi)
{
    if (pi->laid_out)
        return;
    layout(a, pi);
    if (pi->mode == FM_USER)
        pi->frame_reg = true; /* parameters and locals from rbp */
    pi->laid_out = true;
}

static void write_prologue(Asm *a, ProcInfo *pi)
{
    prepare(a, pi);
    if (pi->mode == FM_NONE)
        return;
    if (pi->mode == FM_USER) {
        user_macro(a, pi, a->lopt.prologue_macro, true);
        return;
    }
    if ((a->lopt.win64 & 1) && (pi->mode != FM_STD || pi->frame_reg))
        home_params(a, pi);
    else if ((a->lopt.win64 & 1))
        home_params(a, pi);
    if (pi->frame_reg) {
        gen_insn1(a, MN_PUSH, opr_reg(R_RBP));
        pushreg_code(a, pi, R_RBP);
        gen_insn2(a, MN_MOV, opr_reg(R_RBP), opr_reg(R_RSP));
        if (pi->mode == FM_WIN64) {
            note(a, ".setframe rbp, 0");
            unw_setframe(a, 5, 0);
        }
    }
    /* ml64: add rsp, -n (48 83 C4 F8 for 8); JWasm: sub rsp, n (but
     * add rsp, -128, which has an imm8), followed in a source ml64 cannot
     * assemble (INVOKE, OPTION WIN64/FRAME, STACKBASE:RSP) */
    if (pi->mode == FM_STD && pi->localsize) {
        if ((a->jwasm_source || pi->fpo) && pi->localsize != 128)
            gen_insn2(a, MN_SUB, opr_reg(R_RSP), opr_imm(pi->localsize));
        else
            gen_insn2(a, MN_ADD, opr_reg(R_RSP), opr_imm(-(int64_t)pi->localsize));
    }
    for (int k = 0; k < pi->nuses; k++) {
        Reg r = pi->uses[k];
        if (reg_class(r) == RC_XMM) {
            if (pi->mode != FM_WIN64)
                diag_error(&a->diag, a->loc, E_BAD_OPERANDS);
            continue;
        }
        gen_insn1(a, MN_PUSH, opr_reg(r));
        pushreg_code(a, pi, r);
    }
    if (pi->mode == FM_STD)
        return;
    alloc_stack(a, pi);
    if (pi->mode != FM_WIN64)
        return;
    if (pi->localsize + pi->reserved) {
        uint32_t off = xmm_area(pi);
        for (int k = 0; k < pi->nuses; k++) {
            Reg r = pi->uses[k];
            if (reg_class(r) != RC_XMM)
                continue;
            gen_insn2(a, MN_MOVDQA, opr_mem(R_RSP, (int32_t)off, 16), opr_reg(r));
            if (nonvolatile_xmm(r)) {
                note(a, ".savexmm128 %s, %u", reg_info[r].name, off);
                unw_record(a, off / 16 <= 0xFFFF ? UWOP_SAVE_XMM128 : UWOP_SAVE_XMM128_FAR,
                           reg_num(r), off, ".SAVEXMM128");
            }
            off += 16;
        }
    }
    note(a, ".endprolog");
    unw_endprolog(a);
}

void proc_layout_if_pending(Asm *a)
{
    if (a->proc && a->proc->prologue_pending)
        prepare(a, a->proc);
}

void proc_close_locals(Asm *a)
{
    if (a->proc)
        a->proc->locals_closed = true;
}

void proc_prologue_if_pending(Asm *a)
{
    ProcInfo *pi = a->proc;
    if (!pi || !pi->prologue_pending)
        return;
    pi->prologue_pending = false;
    write_prologue(a, pi);
}

static void pop_uses(Asm *a, const ProcInfo *pi)
{
    for (int k = pi->nuses - 1; k >= 0; k--)
        if (reg_class(pi->uses[k]) != RC_XMM)
            gen_insn1(a, MN_POP, opr_reg(pi->uses[k]));
}

static void write_epilogue(Asm *a, ProcInfo *pi)
{
    if (pi->mode == FM_WIN64) {
        uint32_t off = xmm_area(pi);
        for (int k = 0; k < pi->nuses; k++) {
            Reg r = pi->uses[k];
            if (reg_class(r) != RC_XMM)
                continue;
            gen_insn2(a, MN_MOVDQA, opr_reg(r), opr_mem(R_RSP, (int32_t)off, 16));
            off += 16;
        }
        /* JWasm writes the add even when it is 0; the bytes agree */
        gen_insn2(a, MN_ADD, opr_reg(R_RSP), opr_imm(pi->localsize + pi->reserved));
        pop_uses(a, pi);
        if (pi->frame_reg)
            gen_insn1(a, MN_POP, opr_reg(R_RBP));
    } else if (pi->mode == FM_RSPALIGN) {
        if (pi->localsize + pi->reserved)
            gen_insn2(a, MN_ADD, opr_reg(R_RSP), opr_imm(pi->localsize + pi->reserved));
        pop_uses(a, pi);
        if (pi->frame_reg)
            gen_insn0(a, MN_LEAVE);
    } else {
        pop_uses(a, pi);
        /* under OPTION PROLOGUE:macro without an EPILOGUE macro, ml64 (and
         * JWasm) write LEAVE only for a PROC with parameters or locals */
        if (pi->frame_reg && (pi->mode != FM_USER || pi->sig.n || pi->nlocals))
            gen_insn0(a, MN_LEAVE);
        else if (pi->fpo && pi->localsize)
            gen_insn2(a, MN_ADD, opr_reg(R_RSP), opr_imm(pi->localsize));
    }
}

/* A call right before the epilogue would leave a return address that the
 * unwinder reads as "inside the epilogue" (x64 exception handling); MSVC
 * and clang put a nop after such a call, and so do we. */
static void nop_after_call(Asm *a)
{
    const LastInsn *l = &a->last_insn;
    Section *s = a->cur;
    if (l->mn == MN_CALL && s && l->sec == s && s->last && l->frag == s->last &&
        l->end == s->last->size)
        gen_insn0(a, MN_NOP);
}

bool proc_ret(Asm *a, Mnemonic mn, const Expr *arg, bool *handled)
{
    ProcInfo *pi = a->proc;
    *handled = false;
    if (!pi || pi->mode == FM_NONE || a->lopt.no_epilogue)
        return true;
    proc_prologue_if_pending(a);
    if (pi->mode == FM_USER && pi->in_user_epilogue)
        return true; /* the RET of the epilogue macro itself */
    *handled = true;
    if (pi->mode == FM_USER && a->lopt.epilogue_macro) {
        pi->in_user_epilogue = true;
        user_macro(a, pi, a->lopt.epilogue_macro, false);
        pi->in_user_epilogue = false;
        return true;
    }
    if (pi->mode == FM_WIN64)
        nop_after_call(a);
    write_epilogue(a, pi);
    int nparams = pi->sig.n - (pi->sig.vararg ? 1 : 0);
    if (!arg && pi->sig.lang == LANG_STDCALL && !pi->sig.vararg && nparams)
        return gen_insn1(a, MN_RET, opr_imm(8 * nparams)); /* JWasm: the callee pops */
    if (arg) {
        if (arg->kind != EX_CONST || arg->value < 0 || arg->value > 0xFFFF) {
            diag_error(&a->diag, a->loc, E_RET_OPERAND);
            return false;
        }
        return gen_insn1(a, MN_RET, opr_imm(arg->value));
    }
    (void)mn;
    return gen_insn0(a, MN_RET);
}

void proc_note_invoke_space(Asm *a, uint32_t bytes)
{
    ProcInfo *pi = a->proc;
    if (pi && a->pass == 1 && bytes > pi->sym->reserved)
        pi->sym->reserved = bytes;
}

bool dir_endp(Asm *a, Stmt *st)
{
    ProcInfo *pi = a->proc;
    Sym *p = pi ? pi->sym : NULL;
    if (!p || p != sym_find(&a->syms, st->name->p, st->name->len, NULL)) {
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, tok_str(a, st->name));
        return false;
    }
    /* ml64: ENDP in another segment than its PROC's (after `.data`, or
     * after the segment's ENDS) is A1010 too; the PROC is closed all the same */
    if (p->sec != a->cur)
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, tok_str(a, st->name));
    if (pi->mode == FM_STD || pi->mode == FM_NONE)
        pi->prologue_pending = false; /* ml64: a plain PROC without instructions emits nothing */
    proc_prologue_if_pending(a);
    if (pi->frame)
        unw_end(a);
    a->proc = pi->outer;
    a->cur_proc = pi->outer ? pi->outer->sym : NULL;
    return stmt_end(a, st, st->arg);
}

/* name PROTO [langtype] [params]: an external procedure with a signature */
bool dir_proto(Asm *a, Stmt *st)
{
    Sym *s = sym_intern(&a->syms, st->name->p, st->name->len, NULL);
    if (s->kind == SYM_UNDEF) {
        s->kind = SYM_EXTERN;
        s->mem_type = MT_PROC;
        s->is_externdef = true;
        s->loc = a->loc;
        sym_mark_defined(&a->syms, s);
        if (a->lopt.dllimport)
            s->dllimport = a->any_dllimport = true;
    }
    s->is_proto = true;
    int i = st->arg;
    /* `p PROTO C :DWORD` is the language type C (JWasm; only INVOKE reads
     * a PROTO's parameters), unlike `f PROC c:DWORD` */
    uint8_t lang = LANG_DEFAULT;
    for (; i < st->ntoks; i++) {
        ArgWord w = tok_arg(&st->toks[i]);
        if (!kw_is_langtype(w) && w != AW_NEAR && w != AW_FAR && w != AW_NEAR32 && w != AW_FAR32)
            break;
        if (w == AW_C)
            lang = LANG_C;
        else if (w == AW_STDCALL)
            lang = LANG_STDCALL;
    }
    ProcSig sig;
    memset(&sig, 0, sizeof sig);
    if (!parse_params(a, st, i, &sig, false))
        return false;
    sig.lang = lang;
    if (s->kind == SYM_EXTERN)
        decorate(a, s, &sig);
    if (!s->sig) {
        s->sig = arena_alloc(&a->perm, sizeof *s->sig);
        *s->sig = sig;
    }
    return true;
}

void proc_import_ref(Asm *a, Sym *proc, Expr *m)
{
    char name[300];
    snprintf(name, sizeof name, "__imp_%s", proc->name);
    Sym *imp = sym_intern(&a->syms, name, strlen(name), NULL);
    if (imp->kind == SYM_UNDEF) {
        imp->kind = SYM_EXTERN;
        imp->mem_type = 8;
        imp->loc = a->loc;
        sym_mark_defined(&a->syms, imp);
    }
    imp->used = true;
    memset(m, 0, sizeof *m);
    m->kind = EX_MEM;
    m->sym = imp;
    m->size = 8;
    m->explicit_size = true;
}

static const DirDef directives[] = {
    {"proc", dir_proc, true, false, 0},
    {"endp", dir_endp, true, false, 0},
    {"proto", dir_proto, true, false, 0},
    {"local", dir_local, false, false, 0},
};

const DirTable proc_directives = {directives, ARRAY_LEN(directives)};

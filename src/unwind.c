/* unwind.c: Win64 unwind data for FRAME procedures.
 *
 *   .PUSHREG reg          .SETFRAME reg, offset     .ALLOCSTACK size
 *   .SAVEREG reg, offset  .SAVEXMM128 xmm, offset   .PUSHFRAME [CODE]
 *   .ENDPROLOG
 *
 * Each directive records an unwind code at the current position, that is
 * after the instruction it describes.  The smallest encoding is chosen
 * from the value when it is recorded, so the size of the UNWIND_INFO never
 * depends on the code layout; the offsets inside it are label differences
 * resolved after layout.  Beyond ml64's checks, every directive is
 * compared with the instruction just before it (a warning names both),
 * since a wrong declaration makes RtlVirtualUnwind corrupt the caller's
 * registers silently. */
#include "unwind.h"
#include "listing.h"
#include "encoder.h"
#include <stdio.h>
#include <string.h>

enum { UNW_FLAG_EHANDLER = 1, UNW_FLAG_UHANDLER = 2, MAX_SLOTS = 255 };

/* Section flags of .xdata and .pdata as ml64 and JWasm write them:
 * initialized read-only data, 8- and 4-byte aligned. */
#define XDATA_FLAGS 0x40000040u

static const char *const op_names[] = {
    "PUSH_NONVOL", "ALLOC_LARGE", "ALLOC_SMALL", "SET_FPREG", "SAVE_NONVOL",
    "SAVE_NONVOL_FAR", "", "", "SAVE_XMM128", "SAVE_XMM128_FAR", "PUSH_MACHFRAME",
};

static const char *const gpr64_names[16] = {
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
};

/* Slots (16-bit UNWIND_CODE entries) a code takes. */
static int code_slots(const UnwCode *c)
{
    switch ((UnwOp)c->op) {
    case UWOP_ALLOC_LARGE: return c->value > 0x7FFF8 ? 3 : 2;
    case UWOP_SAVE_NONVOL:
    case UWOP_SAVE_XMM128: return 2;
    case UWOP_SAVE_NONVOL_FAR:
    case UWOP_SAVE_XMM128_FAR: return 3;
    case UWOP_PUSH_NONVOL:
    case UWOP_ALLOC_SMALL:
    case UWOP_SET_FPREG:
    case UWOP_PUSH_MACHFRAME: return 1;
    }
    return 1;
}

static int frame_slots(const UnwFrame *f)
{
    int n = 0;
    for (int i = 0; i < f->ncodes; i++)
        n += code_slots(&f->codes[i]);
    return n;
}

void unw_begin(Asm *a, Sym *proc, Sym *handler)
{
    /* frames, their codes and positions live for one pass, like the
     * fragments and fixups they become */
    UnwFrame *f = arena_alloc(&a->secs.frags, sizeof *f);
    f->proc = proc;
    f->handler = handler;
    f->sec = proc->sec;
    f->loc = a->loc;
    if (a->frames_last)
        a->frames_last->next = f;
    else
        a->frames = f;
    a->frames_last = f;
    a->cur_frame = f;
}

void unw_end(Asm *a)
{
    UnwFrame *f = a->cur_frame;
    if (!f)
        return;
    if (!f->prolog_end.set)
        diag_error(&a->diag, a->loc, E_UNW_NO_ENDPROLOG, f->proc->name);
    f->end = asm_here_in(a, f->sec, &a->secs.frags);
    f->lst_after = lst_current(a);
    a->cur_frame = NULL;
}

/* The current position of sec, as asm_here_in records a label's. */
static UnwPos here(Asm *a, Section *sec)
{
    UnwPos p;
    (void)a;
    sec_here(sec, &p.frag, &p.off);
    p.set = true;
    return p;
}


/* The frame a directive applies to, or an error. */
static UnwFrame *open_frame(Asm *a, const char *what)
{
    UnwFrame *f = a->cur_frame;
    if (!f || a->cur != f->sec) {
        diag_error(&a->diag, a->loc, E_UNW_NO_FRAME);
        return NULL;
    }
    if (f->prolog_end.set) {
        diag_error(&a->diag, a->loc, E_UNW_AFTER_ENDPROLOG, what);
        return NULL;
    }
    return f;
}

bool unw_record(Asm *a, UnwOp op, int reg, uint32_t value, const char *what)
{
    UnwFrame *f = open_frame(a, what);
    if (!f)
        return false;
    UnwCode c = {here(a, f->sec), 0, (uint8_t)op, (uint8_t)reg, value, a->loc};
    if (frame_slots(f) + code_slots(&c) > MAX_SLOTS) {
        diag_error(&a->diag, a->loc, E_UNW_TOO_MANY);
        return false;
    }
    if (f->ncodes == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 4;
        UnwCode *grown = arena_alloc(&a->secs.frags, (size_t)f->cap * sizeof *grown);
        if (f->ncodes)
            memcpy(grown, f->codes, (size_t)f->ncodes * sizeof *grown);
        f->codes = grown;
    }
    f->codes[f->ncodes++] = c;
    return true;
}

bool unw_setframe(Asm *a, int reg, uint32_t offset)
{
    UnwFrame *f = open_frame(a, ".SETFRAME");
    if (!f)
        return false;
    if (f->frame_reg) {
        diag_error(&a->diag, a->loc, E_UNW_SECOND_FRAME_REG);
        return false;
    }
    if (offset % 16 || offset > 240) {
        diag_error(&a->diag, a->loc, E_UNW_FRAME_OFFSET);
        return false;
    }
    if (!unw_record(a, UWOP_SET_FPREG, reg, offset, ".SETFRAME"))
        return false;
    f->frame_reg = (uint8_t)reg;
    f->frame_off = (uint8_t)(offset / 16);
    return true;
}

bool unw_endprolog(Asm *a)
{
    UnwFrame *f = open_frame(a, ".ENDPROLOG");
    if (!f)
        return false;
    f->prolog_end = here(a, f->sec);
    f->prolog_loc = a->loc;
    return true;
}

/* ---- the directives ------------------------------------------------ */

static bool is_volatile(int reg)
{
    return reg <= 2 || (reg >= 8 && reg <= 11); /* rax rcx rdx r8-r11 */
}

/* Was the last instruction emitted right here, in this section? */
static const LastInsn *insn_before(Asm *a)
{
    const LastInsn *l = &a->last_insn;
    Section *s = a->cur;
    if (!l->mn || l->sec != s || !s->last || l->frag != s->last || l->end != s->last->size)
        return NULL;
    return l;
}

static const char *insn_text(Asm *a, const LastInsn *l)
{
    return enc_mnemonic_name((Mnemonic)l->mn);
    (void)a;
}

static bool is_reg(const EncOperand *o, Reg r)
{
    return o->kind == EOP_REG && o->reg == r;
}

static bool is_rsp_mem(const EncOperand *o, int base_num, int64_t off)
{
    return o->kind == EOP_MEM && o->base != R_NONE && o->index == R_NONE &&
           reg_class((Reg)o->base) == RC_GPR64 && reg_num((Reg)o->base) == base_num &&
           o->value == off && !o->reloc;
}

static Reg gpr64(int num)
{
    return (Reg)(R_RAX + num);
}

/* Does the instruction before match the declaration?  NULL if so, else
 * a short description of what was expected. */
static const char *expected_insn(const LastInsn *l, UnwOp op, int reg, int64_t value,
                                 int frame_num, int64_t frame_bias)
{
    Mnemonic mn = (Mnemonic)l->mn;
    const EncOperand *o = l->ops;
    switch (op) {
    case UWOP_PUSH_NONVOL:
        return mn == MN_PUSH && l->nops == 1 && is_reg(&o[0], gpr64(reg)) ? NULL : "push";
    case UWOP_ALLOC_SMALL:
    case UWOP_ALLOC_LARGE:
        if (mn == MN_SUB && l->nops == 2 && is_reg(&o[0], R_RSP) && o[1].kind == EOP_IMM &&
            o[1].value == value)
            return NULL;
        if (mn == MN_LEA && l->nops == 2 && is_reg(&o[0], R_RSP) &&
            is_rsp_mem(&o[1], 4, -value))
            return NULL;
        return "sub rsp";
    case UWOP_SAVE_NONVOL:
    case UWOP_SAVE_NONVOL_FAR:
        if (mn == MN_MOV && l->nops == 2 && is_reg(&o[1], gpr64(reg)) &&
            (is_rsp_mem(&o[0], 4, value) ||
             (frame_num && is_rsp_mem(&o[0], frame_num, value - frame_bias))))
            return NULL;
        return "mov [rsp+offset]";
    case UWOP_SAVE_XMM128:
    case UWOP_SAVE_XMM128_FAR: {
        bool move = mn == MN_MOVDQA || mn == MN_MOVAPS || mn == MN_MOVDQU ||
                    mn == MN_MOVUPS || mn == MN_VMOVDQA || mn == MN_VMOVAPS ||
                    mn == MN_VMOVDQU || mn == MN_VMOVUPS;
        if (move && l->nops == 2 && o[1].kind == EOP_REG &&
            reg_class((Reg)o[1].reg) == RC_XMM && reg_num((Reg)o[1].reg) == reg &&
            (is_rsp_mem(&o[0], 4, value) ||
             (frame_num && is_rsp_mem(&o[0], frame_num, value - frame_bias))))
            return NULL;
        return "movdqa [rsp+offset]";
    }
    case UWOP_SET_FPREG:
        if (mn == MN_LEA && l->nops == 2 && is_reg(&o[0], gpr64(reg)) &&
            is_rsp_mem(&o[1], 4, value))
            return NULL;
        if (mn == MN_MOV && value == 0 && l->nops == 2 && is_reg(&o[0], gpr64(reg)) &&
            is_reg(&o[1], R_RSP))
            return NULL;
        return "lea reg, [rsp+offset]";
    case UWOP_PUSH_MACHFRAME:
        return NULL;
    }
    return NULL;
}

/* Warn when a declaration does not describe the instruction before it. */
static void check_prologue(Asm *a, const char *dir, UnwOp op, int reg, int64_t value)
{
    if (op == UWOP_PUSH_MACHFRAME)
        return;
    const LastInsn *l = insn_before(a);
    if (!l) {
        diag_warning(&a->diag, a->loc, W_UNW_NO_INSN, dir);
        return;
    }
    const UnwFrame *f = a->cur_frame;
    int frame_num = f && f->frame_reg ? f->frame_reg : 0;
    int64_t bias = f ? (int64_t)f->frame_off * 16 : 0;
    if (expected_insn(l, op, reg, value, frame_num, bias))
        diag_warning(&a->diag, a->loc, W_UNW_MISMATCH, dir, insn_text(a, l));
}

static bool parse_reg_arg(Asm *a, Stmt *st, int *i, RegClass cls, int *num)
{
    Expr e;
    if (!expr_parse(a, st->toks, i, st->ntoks, &e))
        return false;
    if (e.kind != EX_REG || reg_class((Reg)e.reg) != cls) {
        diag_error(&a->diag, a->loc, E_BAD_OPERANDS);
        return false;
    }
    *num = reg_num((Reg)e.reg);
    return true;
}

static bool parse_comma(Asm *a, Stmt *st, int *i)
{
    if (*i >= st->ntoks || st->toks[*i].kind != TK_PUNCT || st->toks[*i].op != ',')
        return asm_syntax_error(a, &st->toks[*i]);
    (*i)++;
    return true;
}

static bool parse_value(Asm *a, Stmt *st, int *i, int64_t *v)
{
    return expr_const(a, st->toks, i, st->ntoks, v) && stmt_end(a, st, *i);
}

bool dir_pushreg(Asm *a, Stmt *st)
{
    int i = st->arg, reg;
    if (!parse_reg_arg(a, st, &i, RC_GPR64, &reg) || !stmt_end(a, st, i))
        return false;
    if (!open_frame(a, ".PUSHREG"))
        return false;
    if (is_volatile(reg))
        diag_warning(&a->diag, a->loc, W_UNW_VOLATILE, gpr64_names[reg]);
    check_prologue(a, ".PUSHREG", UWOP_PUSH_NONVOL, reg, 0);
    return unw_record(a, UWOP_PUSH_NONVOL, reg, 0, ".PUSHREG");
}

bool dir_allocstack(Asm *a, Stmt *st)
{
    int i = st->arg;
    int64_t n;
    if (!parse_value(a, st, &i, &n) || !open_frame(a, ".ALLOCSTACK"))
        return false;
    if (n <= 0 || n > 0xFFFFFFF8LL) {
        diag_error(&a->diag, a->loc, E_UNW_RANGE, ".ALLOCSTACK");
        return false;
    }
    if (n % 8) {
        diag_error(&a->diag, a->loc, E_UNW_ALIGN);
        return false;
    }
    UnwOp op = n <= 128 ? UWOP_ALLOC_SMALL : UWOP_ALLOC_LARGE;
    check_prologue(a, ".ALLOCSTACK", op, 0, n);
    return unw_record(a, op, 0, (uint32_t)n, ".ALLOCSTACK");
}

static bool save_directive(Asm *a, Stmt *st, const char *what, RegClass cls, int unit,
                           UnwOp near_op, UnwOp far_op)
{
    int i = st->arg, reg;
    int64_t off;
    if (!parse_reg_arg(a, st, &i, cls, &reg) || !parse_comma(a, st, &i) ||
        !parse_value(a, st, &i, &off) || !open_frame(a, what))
        return false;
    if (cls == RC_XMM && reg > 15) {
        diag_error(&a->diag, a->loc, E_BAD_OPERANDS);
        return false;
    }
    if (off < 0 || off > 0xFFFFFFFFLL) {
        diag_error(&a->diag, a->loc, E_UNW_RANGE, what);
        return false;
    }
    if (off % unit) {
        diag_error(&a->diag, a->loc, E_UNW_ALIGN);
        return false;
    }
    UnwOp op = off / unit < 0xFFFF ? near_op : far_op; /* ml64 14.12: 0FFFFh units is FAR */
    check_prologue(a, what, op, reg, off);
    return unw_record(a, op, reg, (uint32_t)off, what);
}

bool dir_savereg(Asm *a, Stmt *st)
{
    return save_directive(a, st, ".SAVEREG", RC_GPR64, 8, UWOP_SAVE_NONVOL,
                          UWOP_SAVE_NONVOL_FAR);
}

bool dir_savexmm128(Asm *a, Stmt *st)
{
    return save_directive(a, st, ".SAVEXMM128", RC_XMM, 16, UWOP_SAVE_XMM128,
                          UWOP_SAVE_XMM128_FAR);
}

bool dir_setframe(Asm *a, Stmt *st)
{
    int i = st->arg, reg;
    int64_t off;
    if (!parse_reg_arg(a, st, &i, RC_GPR64, &reg) || !parse_comma(a, st, &i) ||
        !parse_value(a, st, &i, &off))
        return false;
    if (!open_frame(a, ".SETFRAME"))
        return false;
    if (off < 0 || off > 240 || off % 16) {
        diag_error(&a->diag, a->loc, E_UNW_FRAME_OFFSET);
        return false;
    }
    check_prologue(a, ".SETFRAME", UWOP_SET_FPREG, reg, off);
    return unw_setframe(a, reg, (uint32_t)off);
}

bool dir_pushframe(Asm *a, Stmt *st)
{
    int i = st->arg;
    int code = 0;
    if (i < st->ntoks && tok_arg(&st->toks[i]) == AW_CODE) {
        code = 1;
        i++;
    }
    if (!stmt_end(a, st, i))
        return false;
    return unw_record(a, UWOP_PUSH_MACHFRAME, code, 0, ".PUSHFRAME");
}

bool dir_endprolog(Asm *a, Stmt *st)
{
    return stmt_end(a, st, st->arg) && unw_endprolog(a);
}

/* ---- emission -------------------------------------------------------- */

static Section *unwind_section(Asm *a, const char *name, uint32_t align)
{
    Section *s = sec_find(&a->secs, name);
    if (!s) {
        s = sec_new(&a->secs, name, XDATA_FLAGS, align, false, false);
        s->sym = sym_intern(&a->syms, name, strlen(name), NULL);
        s->sym->kind = SYM_SEGMENT;
        s->sym->sec = s;
    }
    return s;
}

/* One listing line of the unwind data, formatted after layout. */
typedef struct UnwLine {
    const UnwFrame *f;
    int kind;          /* 0 header, 1 code, 2 handler, 3 pdata */
    const UnwCode *code;
} UnwLine;

static void fmt_line(const void *data, Buf *out)
{
    const UnwLine *l = data;
    const UnwFrame *f = l->f;
    switch (l->kind) {
    case 0:
        buf_printf(out, "UNWIND_INFO %s: version 1, flags %s, prolog %u, %d slots",
                   f->proc->name, f->handler ? "EHANDLER|UHANDLER" : "0",
                   f->prolog_end.set ? (unsigned)(unw_pos_offset(f->prolog_end) - sym_offset(f->proc)) : 0,
                   frame_slots(f));
        if (f->frame_reg)
            buf_printf(out, ", frame %s+%Xh", gpr64_names[f->frame_reg], f->frame_off * 16u);
        break;
    case 1: {
        const UnwCode *c = l->code;
        buf_printf(out, "0x%02X %s", (unsigned)(unw_pos_offset(c->at) - sym_offset(f->proc)),
                   op_names[c->op]);
        switch ((UnwOp)c->op) {
        case UWOP_PUSH_NONVOL: buf_printf(out, " %s", gpr64_names[c->info]); break;
        case UWOP_ALLOC_SMALL:
        case UWOP_ALLOC_LARGE: buf_printf(out, " %Xh", (unsigned)c->value); break;
        case UWOP_SET_FPREG: buf_printf(out, " %s+%Xh", gpr64_names[c->info], (unsigned)c->value); break;
        case UWOP_SAVE_NONVOL:
        case UWOP_SAVE_NONVOL_FAR:
            buf_printf(out, " %s, %Xh", gpr64_names[c->info], (unsigned)c->value);
            break;
        case UWOP_SAVE_XMM128:
        case UWOP_SAVE_XMM128_FAR: buf_printf(out, " xmm%d, %Xh", c->info, (unsigned)c->value); break;
        case UWOP_PUSH_MACHFRAME: buf_printf(out, "%s", c->info ? " code" : ""); break;
        }
        break;
    }
    case 2:
        buf_printf(out, "handler %s (imagerel), handler data", f->handler->name);
        break;
    default:
        buf_printf(out, "RUNTIME_FUNCTION %s: imagerel begin, end, unwind info", f->proc->name);
        break;
    }
}

static LstRec *list_line(Asm *a, LstRec *after, Section *s, LstPos from,
                         const UnwFrame *f, int kind, const UnwCode *c)
{
    if (!a->opt->listing || !a->opt->list_generated)
        return after;
    UnwLine *l = arena_alloc(&a->secs.frags, sizeof *l);
    l->f = f;
    l->kind = kind;
    l->code = c;
    LstRec *r = lst_generated(a, after, from, lst_here(a, s), NULL, fmt_line, l);
    return r ? r : after;
}

/* The byte of a code's distance from the start of the procedure: 0 here,
 * patched by unw_patch after layout (unw_check reports a prolog over 255
 * bytes; the byte keeps the low 8 bits, as an unchecked fixup would). */
static void emit_code(Asm *a, Section *xd, const UnwFrame *f, UnwCode *c)
{
    uint8_t zero = 0;
    (void)f;
    c->xd_off = sec_emit_bytes(&a->secs, xd, &zero, 1);
    uint8_t info = c->info;
    uint32_t v = c->value;
    Buf b = {0};
    switch ((UnwOp)c->op) {
    case UWOP_ALLOC_SMALL:
        info = (uint8_t)(v / 8 - 1);
        break;
    case UWOP_ALLOC_LARGE:
        info = v > 0x7FFF8 ? 1 : 0;
        if (info)
            buf_u32(&b, v);
        else
            buf_u16(&b, (uint16_t)(v / 8));
        break;
    case UWOP_SAVE_NONVOL:
        buf_u16(&b, (uint16_t)(v / 8));
        break;
    case UWOP_SAVE_XMM128:
        buf_u16(&b, (uint16_t)(v / 16));
        break;
    case UWOP_SAVE_NONVOL_FAR:
    case UWOP_SAVE_XMM128_FAR:
        buf_u32(&b, v);
        break;
    case UWOP_SET_FPREG: /* OpInfo: the frame register, as ml64 and JWasm write it */
        break;
    case UWOP_PUSH_NONVOL:
    case UWOP_PUSH_MACHFRAME:
        break;
    }
    uint8_t opinfo = (uint8_t)(c->op | info << 4);
    sec_emit_bytes(&a->secs, xd, &opinfo, 1);
    if (b.len)
        sec_emit_bytes(&a->secs, xd, b.data, b.len);
    buf_free(&b);
}

static void emit_frame(Asm *a, UnwFrame *f, Section *xd, Section *pd)
{
    LstRec *after = f->lst_after;
    LstPos p0 = lst_here(a, xd); /* the header line shows the alignment too */
    sec_emit_align(&a->secs, xd, 4, 0, false);
    Sym *info = asm_here_in(a, xd, &a->secs.frags);
    int slots = frame_slots(f);
    uint8_t head[4];
    head[0] = (uint8_t)(1 | (f->handler ? (UNW_FLAG_EHANDLER | UNW_FLAG_UHANDLER) << 3 : 0));
    head[1] = 0;
    head[2] = (uint8_t)slots;
    head[3] = (uint8_t)(f->frame_reg | f->frame_off << 4);
    f->xd_off = sec_emit_bytes(&a->secs, xd, head, 4);
    f->xd_frag = xd->last; /* head[1], the prolog size: unw_patch */
    after = list_line(a, after, xd, p0, f, 0, NULL);
    for (int i = f->ncodes - 1; i >= 0; i--) {
        LstPos p = lst_here(a, xd);
        emit_code(a, xd, f, &f->codes[i]);
        if (i == 0 && slots % 2) {
            uint16_t pad = 0; /* an even count of slots; listed with the last code */
            sec_emit_bytes(&a->secs, xd, &pad, 2);
        }
        after = list_line(a, after, xd, p, f, 1, &f->codes[i]);
    }
    if (f->ncodes == 0 && slots % 2) {
        uint16_t pad = 0;
        sec_emit_bytes(&a->secs, xd, &pad, 2);
    }
    if (f->handler) {
        LstPos p = lst_here(a, xd);
        uint8_t zero[8] = {0};
        uint32_t h = sec_emit_bytes(&a->secs, xd, zero, 8);
        sec_emit_fixup(&a->secs, xd, h, 4, FIX_IMAGEREL, f->handler, NULL, 0, 0, false, f->loc);
        after = list_line(a, after, xd, p, f, 2, NULL);
    }
    LstPos pp = lst_here(a, pd);
    uint8_t zero[12] = {0};
    uint32_t r = sec_emit_bytes(&a->secs, pd, zero, 12);
    sec_emit_fixup(&a->secs, pd, r, 4, FIX_IMAGEREL, f->proc, NULL, 0, 0, false, f->loc);
    sec_emit_fixup(&a->secs, pd, r + 4, 4, FIX_IMAGEREL, f->end, NULL, 0, 0, false, f->loc);
    sec_emit_fixup(&a->secs, pd, r + 8, 4, FIX_IMAGEREL, info, NULL, 0, 0, false, f->loc);
    list_line(a, after, pd, pp, f, 3, NULL);
}

void unw_emit(Asm *a)
{
    if (!a->frames)
        return;
    Section *xd = unwind_section(a, ".xdata", 8);
    Section *pd = unwind_section(a, ".pdata", 4);
    for (UnwFrame *f = a->frames; f; f = f->next)
        if (f->end)
            emit_frame(a, f, xd, pd);
}

/* Every code offset of a frame's UNWIND_INFO is in the fragment of its
 * header: emit_frame writes them with sec_emit_bytes, nothing between. */
void unw_patch(Asm *a)
{
    if (!a->frames)
        return;
    Section *xd = sec_find(&a->secs, ".xdata"); /* made by unw_emit */
    for (UnwFrame *f = a->frames; f && xd; f = f->next) {
        if (!f->end || !f->xd_frag)
            continue;
        uint8_t *base = xd->bytes.data + f->xd_frag->start;
        uint32_t begin = sym_offset(f->proc);
        if (f->prolog_end.set)
            base[f->xd_off + 1] = (uint8_t)(unw_pos_offset(f->prolog_end) - begin);
        for (int i = 0; i < f->ncodes; i++)
            base[f->codes[i].xd_off] = (uint8_t)(unw_pos_offset(f->codes[i].at) - begin);
    }
}

void unw_check(Asm *a)
{
    for (UnwFrame *f = a->frames; f; f = f->next) {
        if (!f->end)
            continue;
        uint32_t begin = sym_offset(f->proc);
        if (f->prolog_end.set && unw_pos_offset(f->prolog_end) - begin > 255) {
            diag_error(&a->diag, f->prolog_loc, E_UNW_PROLOG_SIZE);
            continue;
        }
        for (int i = 0; i < f->ncodes; i++)
            if (unw_pos_offset(f->codes[i].at) - begin > 255) {
                diag_error(&a->diag, f->codes[i].loc, E_UNW_PROLOG_SIZE);
                break;
            }
    }
}

static const DirDef directives[] = {
    {".pushreg", dir_pushreg, false, false, 0},
    {".setframe", dir_setframe, false, false, 0},
    {".allocstack", dir_allocstack, false, false, 0},
    {".savereg", dir_savereg, false, false, 0},
    {".savexmm128", dir_savexmm128, false, false, 0},
    {".pushframe", dir_pushframe, false, false, 0},
    {".endprolog", dir_endprolog, false, false, 0},
};

const DirTable unwind_directives = {directives, ARRAY_LEN(directives)};

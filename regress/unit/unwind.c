/* unwind.c: unit tests of the unwind-code recorder and encoder
 * (src/unwind.c, include/unwind.h).  The expected .xdata bytes are the
 * UNWIND_INFO layout of Microsoft's "x64 exception handling" document:
 * Version 1 | Flags << 3, SizeOfProlog, CountOfCodes (slots),
 * FrameRegister | FrameOffset << 4, then the codes in reverse order, each
 * {CodeOffset, UnwindOp | OpInfo << 4} plus its extra slots, padded to
 * an even number of slots. */
#include "unit.h"
#include "asm.h"
#include "unwind.h"
#include "expr.h"
#include <string.h>

static void err_range(void *c, SrcLoc l, int64_t v, int size)
{
    (void)l, (void)v, (void)size;
    ++*(int *)c;
}
static void err_jump(void *c, SrcLoc l, int64_t by)
{
    (void)l, (void)by;
    ++*(int *)c;
}
static void err_reloc(void *c, SrcLoc l, const char *what)
{
    (void)l, (void)what;
    ++*(int *)c;
}

static void code(Asm *a, int n)
{
    static const uint8_t nop[16] = {0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90,
                                    0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90};
    sec_emit_bytes(&a->secs, a->cur, nop, (size_t)n);
}

/* Lay out, resolve, and return the .xdata image (NULL if missing): the
 * steps of asm.c's finish, unw_patch after the layout that follows
 * unw_emit. */
static const Buf *xdata(Asm *a, int *errors)
{
    a->cur->sym = sym_intern(&a->syms, "_TEXT", 5, NULL);
    a->cur->sym->kind = SYM_SEGMENT;
    a->cur->sym->sec = a->cur;
    unw_emit(a);
    sec_layout(&a->secs);
    unw_patch(a);
    ResolveCtx rc = {err_range, err_jump, err_reloc, errors};
    sec_resolve(&a->secs, &rc);
    Section *x = sec_find(&a->secs, ".xdata");
    return x ? &x->image : NULL;
}

/* PUSH_NONVOL, ALLOC_SMALL, both ALLOC_LARGE forms, SAVE_NONVOL. */
void test_unw_record_alloc(void)
{
    Asm *a = unit_asm_new();
    Sym *proc = asm_here(a, a->cur);
    unw_begin(a, proc, NULL);
    code(a, 1);  /* push rbp */
    CHECK(unw_record(a, UWOP_PUSH_NONVOL, 5, 0, ".PUSHREG"));
    code(a, 4);  /* sub rsp, 28h */
    CHECK(unw_record(a, UWOP_ALLOC_SMALL, 0, 0x28, ".ALLOCSTACK"));
    code(a, 7);  /* sub rsp, 1000h */
    CHECK(unw_record(a, UWOP_ALLOC_LARGE, 0, 0x1000, ".ALLOCSTACK"));
    code(a, 7);  /* sub rsp, 100000h */
    CHECK(unw_record(a, UWOP_ALLOC_LARGE, 0, 0x100000, ".ALLOCSTACK"));
    code(a, 5);  /* mov [rsp+40h], rbx */
    CHECK(unw_record(a, UWOP_SAVE_NONVOL, 3, 0x40, ".SAVEREG"));
    CHECK(unw_endprolog(a));
    code(a, 1);
    unw_end(a);
    CHECK_EQ(a->diag.errors, 0);
    int errors = 0;
    const Buf *x = xdata(a, &errors);
    CHECK_EQ(errors, 0);
    static const uint8_t want[] = {
        0x01, 24, 9, 0x00,                   /* 1+1+2+3+2 = 9 slots */
        24, 0x34, 0x08, 0x00,                /* SAVE_NONVOL rbx, 40h/8 */
        19, 0x11, 0x00, 0x00, 0x10, 0x00,    /* ALLOC_LARGE info 1, 32-bit size */
        12, 0x01, 0x00, 0x02,                /* ALLOC_LARGE info 0, 1000h/8 */
        5, 0x42,                             /* ALLOC_SMALL (28h/8 - 1) = 4 */
        1, 0x50,                             /* PUSH_NONVOL rbp (5) */
        0x00, 0x00,                          /* pad to an even slot count */
    };
    CHECK(x != NULL);
    if (x) {
        CHECK_EQ(x->len, sizeof want);
        CHECK(x->len == sizeof want && memcmp(x->data, want, sizeof want) == 0);
    }
    unit_asm_free(a);
}

/* SET_FPREG (header FrameRegister/FrameOffset), SAVE_XMM128 and its FAR
 * form, SAVE_NONVOL_FAR; a code after .ENDPROLOG is refused. */
void test_unw_record_save(void)
{
    Asm *a = unit_asm_new();
    Sym *proc = asm_here(a, a->cur);
    unw_begin(a, proc, NULL);
    code(a, 5);
    CHECK(unw_setframe(a, 5, 0x20));  /* lea rbp, [rsp+20h] */
    CHECK(!unw_setframe(a, 5, 0x20)); /* a second frame register */
    code(a, 6);
    CHECK(unw_record(a, UWOP_SAVE_XMM128, 6, 0x20, ".SAVEXMM128"));
    code(a, 9);
    CHECK(unw_record(a, UWOP_SAVE_XMM128_FAR, 7, 0x100000, ".SAVEXMM128"));
    code(a, 8);
    CHECK(unw_record(a, UWOP_SAVE_NONVOL_FAR, 12, 0x80000, ".SAVEREG"));
    CHECK(unw_endprolog(a));
    CHECK(!unw_record(a, UWOP_PUSH_NONVOL, 3, 0, ".PUSHREG"));
    code(a, 1);
    unw_end(a);
    int errors = 0;
    const Buf *x = xdata(a, &errors);
    CHECK_EQ(errors, 0);
    static const uint8_t want[] = {
        0x01, 28, 9, 0x25,                         /* 1+2+3+3 slots; rbp, 20h/16 */
        28, 0xC5, 0x00, 0x00, 0x08, 0x00,          /* SAVE_NONVOL_FAR r12 */
        20, 0x79, 0x00, 0x00, 0x10, 0x00,          /* SAVE_XMM128_FAR xmm7 */
        11, 0x68, 0x02, 0x00,                      /* SAVE_XMM128 xmm6, 20h/16 */
        5, 0x53,                                   /* SET_FPREG, rbp in OpInfo as ml64 14.12 */
        0x00, 0x00,
    };
    CHECK(x != NULL);
    if (x) {
        CHECK_EQ(x->len, sizeof want);
        CHECK(x->len == sizeof want && memcmp(x->data, want, sizeof want) == 0);
    }
    unit_asm_free(a);
}

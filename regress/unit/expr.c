/* expr.c: unit tests of the expression evaluator (src/expr.c,
 * include/expr.h): MASM's operator precedence (* / MOD SHL SHR above
 * + -, AND above OR/XOR), radix suffixes, memory operands, errors. */
#include "unit.h"
#include "asm.h"
#include "expr.h"

/* The value of a constant expression, or `fail` if expr_const fails or
 * leaves tokens unread. */
static int64_t cval(Asm *a, const char *text, int64_t fail)
{
    int n, pos = 0;
    Tok *t = unit_lex(a, text, &n);
    int64_t v = 0;
    if (!expr_const(a, t, &pos, n, &v) || pos != n)
        return fail;
    return v;
}

#define NOPE (-0x7EADBEEFll)

/* expr_const: arithmetic and precedence. */
void test_expr_const_arith(void)
{
    Asm *a = unit_asm_new();
    CHECK_EQ(cval(a, "1 + 2 * 3", NOPE), 7);
    CHECK_EQ(cval(a, "(1 + 2) * 3", NOPE), 9);
    CHECK_EQ(cval(a, "10 / 3", NOPE), 3);
    CHECK_EQ(cval(a, "17 MOD 5", NOPE), 2);
    CHECK_EQ(cval(a, "1 SHL 4 + 1", NOPE), 17);
    CHECK_EQ(cval(a, "256 SHR 2 - 1", NOPE), 63);
    CHECK_EQ(cval(a, "-5 + 2", NOPE), -3);
    CHECK_EQ(cval(a, "2 - 3 - 4", NOPE), -5); /* left to right */
    CHECK_EQ(cval(a, "100 / 10 / 5", NOPE), 2);
    CHECK_EQ(cval(a, "0F0h OR 0Fh AND 3", NOPE), 0xF3);
    CHECK_EQ(cval(a, "0Fh XOR 5", NOPE), 10);
    CHECK_EQ(cval(a, "((((7))))", NOPE), 7);
    unit_asm_free(a);
}

/* expr_const: radix suffixes and .RADIX, symbols defined by EQU. */
void test_expr_const_radix_ops(void)
{
    Asm *a = unit_asm_new();
    CHECK_EQ(cval(a, "101b", NOPE), 5);
    CHECK_EQ(cval(a, "17o", NOPE), 15);
    CHECK_EQ(cval(a, "17q", NOPE), 15);
    CHECK_EQ(cval(a, "0Ah", NOPE), 10);
    CHECK_EQ(cval(a, "99t", NOPE), 99);
    CHECK_EQ(cval(a, "'A'", NOPE), 65);
    a->radix = 16;
    CHECK_EQ(cval(a, "10", NOPE), 16);
    CHECK_EQ(cval(a, "10t", NOPE), 10);
    a->radix = 10;
    Sym *s = sym_intern(&a->syms, "five", 4, NULL);
    s->kind = SYM_CONST;
    s->value = 5;
    s->defined_this_pass = true;
    CHECK_EQ(cval(a, "five * 2", NOPE), 10);
    CHECK_EQ(cval(a, "FIVE SHL 1", NOPE), 10);
    unit_asm_free(a);
}

/* expr_parse: registers and memory operands. */
void test_expr_parse_mem(void)
{
    Asm *a = unit_asm_new();
    int n, pos = 0;
    Expr e;
    Tok *t = unit_lex(a, "[rbx+rsi*4+8]", &n);
    CHECK(expr_parse(a, t, &pos, n, &e));
    CHECK_EQ(pos, n);
    CHECK_EQ(e.kind, EX_MEM);
    CHECK_EQ(e.base, R_RBX);
    CHECK_EQ(e.index, R_RSI);
    CHECK_EQ(e.scale, 4);
    CHECK_EQ(e.value, 8);
    CHECK(e.has_brackets);
    pos = 0;
    t = unit_lex(a, "dword ptr [rax-10h]", &n);
    CHECK(expr_parse(a, t, &pos, n, &e));
    CHECK_EQ(e.kind, EX_MEM);
    CHECK_EQ(e.size, 4);
    CHECK(e.explicit_size);
    CHECK_EQ(e.base, R_RAX);
    CHECK_EQ(e.value, -16);
    pos = 0;
    t = unit_lex(a, "ecx", &n);
    CHECK(expr_parse(a, t, &pos, n, &e));
    CHECK_EQ(e.kind, EX_REG);
    CHECK_EQ(e.reg, R_ECX);
    /* the expression ends at a top-level comma */
    pos = 0;
    t = unit_lex(a, "3 * 4, 5", &n);
    CHECK(expr_parse(a, t, &pos, n, &e));
    CHECK_EQ(e.kind, EX_CONST);
    CHECK_EQ(e.value, 12);
    CHECK(pos < n);
    unit_asm_free(a);
}

/* expr_const: errors are reported (false), never a value. */
void test_expr_const_errors(void)
{
    Asm *a = unit_asm_new();
    CHECK_EQ(cval(a, "1 +", NOPE), NOPE);
    CHECK_EQ(cval(a, "5 / 0", NOPE), NOPE);
    CHECK_EQ(cval(a, "5 MOD 0", NOPE), NOPE);
    CHECK_EQ(cval(a, "(1 + 2", NOPE), NOPE);
    CHECK_EQ(cval(a, "nosuchsymbol + 1", NOPE), NOPE);
    CHECK_EQ(cval(a, "[rax]", NOPE), NOPE);
    CHECK_EQ(cval(a, "12z", NOPE), NOPE);
    unit_asm_free(a);
}

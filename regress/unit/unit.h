/* unit.h: the unit tests of regress/unit/ (make unit; make test runs
 * them).  Each test is a function named after the function it checks,
 * test_<function>[_<case>], listed in main.c.  A failed check prints
 *     FAIL test_sym_find_case: regress/unit/sym.c:42: sym_find(...) == s
 * so a regression names the function, not a golden.  The expected values
 * come from the contract in the header (and, for the COFF writer and the
 * unwind codes, from the Microsoft PE/COFF and x64 exception-handling
 * specifications), never from a run of the code under test. */
#ifndef ASM_UNIT_H
#define ASM_UNIT_H
#include <stdint.h>
#include <stdio.h>

typedef struct UnitState {
    const char *test;  /* the test function running */
    long checks;
    long failed;
    int test_failed;
} UnitState;
extern UnitState unit;

void unit_fail(const char *file, int line, const char *what);
void unit_fail_int(const char *file, int line, const char *what, long long got,
                   long long want);

#define CHECK(cond) \
    (unit.checks++, (cond) ? (void)0 : unit_fail(__FILE__, __LINE__, #cond))
#define CHECK_EQ(got, want)                                                       \
    do {                                                                          \
        long long g_ = (long long)(got), w_ = (long long)(want);                  \
        unit.checks++;                                                            \
        if (g_ != w_)                                                             \
            unit_fail_int(__FILE__, __LINE__, #got " == " #want, g_, w_);         \
    } while (0)

/* Every test file's tests (main.c runs them in this order). */
#define UNIT_TESTS(X)                                                             \
    X(test_arena_alloc_aligned_zeroed) X(test_arena_alloc_large)                  \
    X(test_arena_mark_release) X(test_arena_grow) X(test_arena_rewind) X(test_arena_strndup)         \
    X(test_buf_little_endian) X(test_buf_patch) X(test_buf_fill_printf)           \
    X(test_os_read_file) X(test_xmalloc_large)                                    \
    X(test_sym_intern_find) X(test_sym_find_case) X(test_sym_scope)               \
    X(test_sym_grow_order)                                                        \
    X(test_sym_intern_next) X(test_lex_label_line)                                \
    X(test_kw_lookup_roles) X(test_kw_lookup_case_length) X(test_kw_classify)     \
    X(test_kw_lookup_arg_words)                                                   \
    X(test_expr_const_arith) X(test_expr_const_radix_ops)                         \
    X(test_expr_parse_mem) X(test_expr_const_errors)                              \
    X(test_sec_layout_relax) X(test_sec_layout_align_org) X(test_sec_resolve)     \
    X(test_sec_here) X(test_sec_branch_forms)                                     \
    X(test_coff_write_header) X(test_coff_write_long_name_relocs)                 \
    X(test_coff_table_index)                                                      \
    X(test_unw_record_alloc) X(test_unw_record_save)                            \
    X(test_enc_encode_cached)                                                     \
    X(test_lex_tokens_angle) X(test_lex_tokens_angle_budget)

#define UNIT_DECLARE(name) void name(void);
UNIT_TESTS(UNIT_DECLARE)

/* fixture.c: a minimal assembler context for the evaluator, the unwind
 * recorder and the section layout (what asm.c sets up for a run, pass 2,
 * messages muted unless UNIT_VERBOSE is set). */
struct Asm;
struct Asm *unit_asm_new(void);
void unit_asm_free(struct Asm *a);
/* Tokens of one line, classified (arena of a). */
struct Tok *unit_lex(struct Asm *a, const char *line, int *ntoks);
#endif

/* sym.c: unit tests of the symbol table (src/sym.c, include/sym.h). */
#include "unit.h"
#include "sym.h"
#include <string.h>

#define S(lit) lit, sizeof lit - 1

/* sym_intern creates an SYM_UNDEF entry once; sym_find finds it; an
 * unknown name is NULL. */
void test_sym_intern_find(void)
{
    Arena ar = {0};
    SymTab t;
    sym_init(&t, &ar);
    CHECK(sym_find(&t, S("alpha"), NULL) == NULL);
    Sym *a = sym_intern(&t, S("alpha"), NULL);
    CHECK(a != NULL);
    CHECK_EQ(a->kind, SYM_UNDEF);
    CHECK_EQ(a->len, 5);
    CHECK(strcmp(a->name, "alpha") == 0);
    CHECK_EQ(a->coff_index, -1);
    CHECK(sym_intern(&t, S("alpha"), NULL) == a);
    CHECK(sym_find(&t, S("alpha"), NULL) == a);
    CHECK(sym_find(&t, "alphabet", 5, NULL) == a); /* by length, not NUL */
    CHECK(sym_find(&t, S("alph"), NULL) == NULL);
    CHECK_EQ(t.count, 1);
    sym_free(&t);
    arena_free(&ar);
}

/* Lookup folds case unless case_sensitive (OPTION CASEMAP:NONE); the name
 * keeps its first spelling. */
void test_sym_find_case(void)
{
    Arena ar = {0};
    SymTab t;
    sym_init(&t, &ar);
    Sym *s = sym_intern(&t, S("MixedCase"), NULL);
    CHECK(sym_find(&t, S("mixedcase"), NULL) == s);
    CHECK(sym_find(&t, S("MIXEDCASE"), NULL) == s);
    CHECK(sym_intern(&t, S("mixedCASE"), NULL) == s);
    CHECK(strcmp(s->name, "MixedCase") == 0);
    t.case_sensitive = true;
    CHECK(sym_find(&t, S("MixedCase"), NULL) == s);
    CHECK(sym_find(&t, S("mixedcase"), NULL) == NULL);
    Sym *other = sym_intern(&t, S("mixedcase"), NULL);
    CHECK(other != s);
    CHECK_EQ(t.count, 2);
    sym_free(&t);
    arena_free(&ar);
}

/* A name in a PROC's scope hides the global one inside that scope only;
 * sym_find falls back to the global name. */
void test_sym_scope(void)
{
    Arena ar = {0};
    SymTab t;
    sym_init(&t, &ar);
    Sym *p1 = sym_intern(&t, S("proc1"), NULL);
    Sym *p2 = sym_intern(&t, S("proc2"), NULL);
    Sym *g = sym_intern(&t, S("lbl"), NULL);
    Sym *l1 = sym_intern(&t, S("lbl"), p1);
    CHECK(l1 != g);
    CHECK(l1->scope == p1);
    CHECK(sym_find(&t, S("lbl"), p1) == l1);
    CHECK(sym_find(&t, S("lbl"), p2) == g);
    CHECK(sym_find(&t, S("lbl"), NULL) == g);
    Sym *only = sym_intern(&t, S("inner"), p2);
    CHECK(sym_find(&t, S("inner"), p2) == only);
    CHECK(sym_find(&t, S("inner"), NULL) == NULL);
    CHECK(sym_find(&t, S("inner"), p1) == NULL);
    sym_free(&t);
    arena_free(&ar);
}

static void count_sym(Sym *s, void *ctx)
{
    (void)s;
    ++*(int *)ctx;
}

/* Many symbols (the table grows past its first size): every one is still
 * found; sym_mark_defined keeps definition order, each symbol once. */
void test_sym_grow_order(void)
{
    Arena ar = {0};
    SymTab t;
    sym_init(&t, &ar);
    enum { N = 20000 };
    static Sym *made[N];
    char name[32];
    for (int i = 0; i < N; i++) {
        int n = snprintf(name, sizeof name, "s%d", i);
        made[i] = sym_intern(&t, name, (size_t)n, NULL);
        if (i % 3 == 0)
            sym_mark_defined(&t, made[i]);
    }
    CHECK_EQ(t.count, N);
    int bad = 0;
    for (int i = 0; i < N; i++) {
        int n = snprintf(name, sizeof name, "S%d", i);
        bad += sym_find(&t, name, (size_t)n, NULL) != made[i];
    }
    CHECK_EQ(bad, 0);
    sym_mark_defined(&t, made[0]); /* again: no second entry */
    int k = 0, order_bad = 0;
    for (Sym *s = t.first; s; s = s->next_def, k++)
        order_bad += s != made[k * 3];
    CHECK_EQ(k, (N + 2) / 3);
    CHECK_EQ(order_bad, 0);
    CHECK(t.last == made[(N - 1) / 3 * 3]);
    int all = 0;
    sym_each(&t, count_sym, &all);
    CHECK_EQ(all, N);
    sym_free(&t);
    arena_free(&ar);
}

/* sym_intern_next gives what sym_intern gives: the symbol after prev in
 * definition order when it is that name in that scope, else the table's
 * answer (a different scope, another spelling, no prev, the end of the
 * list); and after CASEMAP:NONE made ABC and abc, a later lookup without
 * case goes by the table even when the next symbol is spelled the same. */
void test_sym_intern_next(void)
{
    Arena ar = {0};
    SymTab t;
    sym_init(&t, &ar);
    Sym *p = sym_intern(&t, S("p"), NULL);
    Sym *a = sym_intern(&t, S("a"), p);
    Sym *b = sym_intern(&t, S("b"), p);
    Sym *gb = sym_intern(&t, S("b"), NULL);
    sym_mark_defined(&t, p);
    sym_mark_defined(&t, a);
    sym_mark_defined(&t, b);
    CHECK(sym_intern_next(&t, a, S("b"), p) == b);
    CHECK(sym_intern_next(&t, a, S("b"), NULL) == gb);
    CHECK(sym_intern_next(&t, a, S("B"), p) == b);
    CHECK(sym_intern_next(&t, NULL, S("a"), p) == a);
    CHECK(sym_intern_next(&t, b, S("a"), p) == a);
    CHECK(sym_intern_next(&t, p, S("b"), p) == b);
    Sym *c = sym_intern_next(&t, a, S("c"), p);
    CHECK(c != a && c != b && c->scope == p);
    CHECK(sym_find(&t, S("c"), p) == c);
    /* two spellings made under CASEMAP:NONE, then compared without case */
    t.case_sensitive = true;
    Sym *lo = sym_intern(&t, S("xyz"), NULL);
    Sym *up = sym_intern(&t, S("XYZ"), NULL);
    CHECK(lo != up);
    sym_mark_defined(&t, lo);
    sym_mark_defined(&t, up);
    CHECK(sym_intern_next(&t, lo, S("XYZ"), NULL) == up);
    t.case_sensitive = false;
    CHECK(sym_intern_next(&t, lo, S("XYZ"), NULL) == sym_intern(&t, S("XYZ"), NULL));
    sym_free(&t);
    arena_free(&ar);
}

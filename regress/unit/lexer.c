/* lexer.c: unit tests of lex_tokens (include/lexer.h): the <...>
 * literal rule of the header, checked against a direct reading of it
 * for every '<' the lexer decides on. */
#include "unit.h"
#include "arena.h"
#include "lexer.h"
#include <stdlib.h>
#include <string.h>

/* The header's rule, scanned from p every time: the end of the literal
 * opened at p, or NULL. */
static const char *angle_end(const char *p, const char *end)
{
    int depth = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '!' && q + 1 < end) {
            q++;
        } else if (*q == '"' || *q == '\'') {
            for (const char *c = q + 1; c < end; c++)
                if (*c == *q) {
                    q = c;
                    break;
                }
        } else if (*q == '<') {
            depth++;
        } else if (*q == '>' && --depth == 0) {
            return q + 1;
        }
    }
    return NULL;
}

/* Every '<' token of `text`: a literal exactly to angle_end, or a mark
 * where angle_end finds none.  Returns the number of '<' tokens. */
static int check_angles(Arena *a, const char *text, size_t n)
{
    LexResult r = lex_tokens(a, text, text + n, 0);
    int seen = 0;
    for (int i = 0; i < r.ntoks; i++) {
        const Tok *t = &r.toks[i];
        if (t->p[0] != '<' || (t->kind != TK_ANGLE && !(t->kind == TK_PUNCT && t->op == '<')))
            continue;
        const char *want = angle_end(t->p, text + n);
        seen++;
        if (t->kind == TK_ANGLE)
            CHECK(want == t->p + t->len);
        else
            CHECK(want == NULL);
    }
    return seen;
}

void test_lex_tokens_angle(void)
{
    Arena a = {0};
    static const char *const cases[] = {
        "<a <b>", "<<>", "<a !> b> c", "<x '>' y", "<1 <2 <3 <a> z", "x <'> <b>",
        "<<a> <b> <c", "<\"<\" >", "<!<a> <b>",
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        CHECK(check_angles(&a, cases[k], strlen(cases[k])) > 0);
    /* "<a <b>": '<', a, and the literal <b> after the first '<' failed */
    static const char nested[] = "<a <b>";
    LexResult r = lex_tokens(&a, nested, nested + strlen(nested), 0);
    CHECK_EQ(r.ntoks, 3);
    CHECK_EQ(r.toks[0].kind, TK_PUNCT);
    CHECK_EQ(r.toks[2].kind, TK_ANGLE);
    CHECK_EQ(r.toks[2].len, 3);
    /* random lines of the bytes that matter, many '<' per line, so the
     * lookups after a failed scan are taken again and again */
    static const char alphabet[] = "<<<>>!'\" a=";
    char line[400];
    unsigned seed = 12345;
    int angles = 0;
    for (int k = 0; k < 20000; k++) {
        size_t n = 1 + (size_t)(k % 397);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            line[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        angles += check_angles(&a, line, n);
        arena_reset(&a);
    }
    CHECK(angles > 100000);
    arena_free(&a);
}

/* A line of 300k '<' that do not close lexes in one pass (it took
 * minutes); one built so that no scan can use another's ("!<" read
 * from a '<' skips the next '<') stops at the scan budget with
 * LEXERR_TOO_MANY instead of taking its length squared. */
void test_lex_tokens_angle_budget(void)
{
    Arena a = {0};
    size_t n = 600000;
    char *text = malloc(n);
    CHECK(text != NULL);
    if (!text)
        return;
    for (size_t i = 0; i < n; i += 2) {
        text[i] = '<';
        text[i + 1] = '1';
    }
    LexResult r = lex_tokens(&a, text, text + n, 0);
    CHECK_EQ(r.error, LEXERR_NONE);
    CHECK_EQ(r.ntoks, (long long)n);
    arena_reset(&a);
    for (size_t i = 0; i < n; i += 2) {
        text[i] = '!';
        text[i + 1] = '<';
    }
    r = lex_tokens(&a, text, text + n, 0);
    CHECK_EQ(r.error, LEXERR_TOO_MANY);
    free(text);
    arena_free(&a);
}

/* lex_label_line (include/lexer.h): the tokens lex_tokens gives, or NULL,
 * as its header says. */
/* The header's shape: blanks, a name, ':' as the last byte. */
static int label_shape(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    size_t name = i;
    while (i < n && ((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
                     (p[i] >= '0' && p[i] <= '9') || p[i] == '_' || p[i] == '@' ||
                     p[i] == '$' || p[i] == '?'))
        i++;
    if (i == name || (p[name] >= '0' && p[name] <= '9'))
        return 0;
    return i + 1 == n && p[i] == ':';
}

static void check_one(Arena *ar, const char *p, size_t n)
{
    Tok *t = lex_label_line(ar, p, p + n);
    LexResult r = lex_tokens(ar, p, p + n, 0);
    CHECK_EQ(t != NULL, label_shape(p, n));
    if (!t)
        return;
    CHECK_EQ(r.error, LEXERR_NONE);
    CHECK_EQ(r.ntoks, 2);
    for (int i = 0; i < 3 && i <= r.ntoks; i++) {
        CHECK_EQ(t[i].kind, r.toks[i].kind);
        CHECK_EQ(t[i].op, r.toks[i].op);
        CHECK(t[i].p == r.toks[i].p);
        CHECK_EQ(t[i].len, r.toks[i].len);
        CHECK(memcmp(&t[i].kw, &r.toks[i].kw, sizeof t[i].kw) == 0);
    }
    CHECK_EQ(t[0].kind, TK_ID);
    CHECK_EQ(t[1].kind, TK_PUNCT);
    CHECK_EQ(t[1].op, ':');
    CHECK_EQ(t[2].kind, TK_EOL);
    CHECK(t[2].p == p + n);
}

/* Written cases, then every string of up to 4 bytes over an alphabet of
 * the bytes that matter (blank, name bytes, digit, ':', '.', '('). */
void test_lex_label_line(void)
{
    static const char *const cases[] = {
        "M5:", "  \tM12345:", "?q$_@1:", "x:", "x::", "x :", ":", "1a:", ".x:",
        "x:y", "x: ", "mov:", "@@:", "x(:", "",
    };
    Arena ar = {0};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_one(&ar, cases[i], strlen(cases[i]));
    static const char two_spaces_ab[] = "  ab:"; /* one object: its end */
    Tok *t = lex_label_line(&ar, two_spaces_ab, two_spaces_ab + 5);
    CHECK(t != NULL);
    if (t) {
        CHECK_EQ(t[0].len, 2);
        CHECK_EQ(t[1].len, 1);
    }
    static const char abc[] = " a1:.(?";
    char buf[4];
    for (size_t n = 1; n <= sizeof buf; n++) {
        size_t total = 1;
        for (size_t k = 0; k < n; k++)
            total *= sizeof abc - 1;
        for (size_t v = 0; v < total; v++) {
            size_t x = v;
            for (size_t k = 0; k < n; k++, x /= sizeof abc - 1)
                buf[k] = abc[x % (sizeof abc - 1)];
            ArenaMark m = arena_mark(&ar);
            check_one(&ar, buf, n);
            arena_release(&ar, m);
        }
    }
    arena_free(&ar);
}

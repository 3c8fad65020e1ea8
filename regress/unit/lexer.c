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

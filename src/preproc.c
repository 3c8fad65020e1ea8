/* preproc.c: the line source of the parser.  Reads the main file and its
 * INCLUDEs from memory (srcmgr loaded them once), joins continuation lines
 * ('\' or a trailing comma), skips COMMENT blocks and substitutes text
 * macros by re-lexing the substituted line. */
#include "preproc.h"
#include "asm.h"
#include <string.h>
#include <stdlib.h>

enum { MAX_INCLUDE_DEPTH = 64, MAX_TEXT_EXPANSIONS = 1000 };

typedef struct PPFrame {
    uint32_t file;
    const char *cur;   /* next unread byte */
    uint32_t line;     /* number of the next line */
} PPFrame;

typedef struct PP {
    PPFrame stack[MAX_INCLUDE_DEPTH];
    int depth;
    bool stopped;
} PP;

void pp_init(Asm *a)
{
    a->pp = arena_alloc(&a->perm, sizeof(PP));
}

void pp_free(Asm *a)
{
    a->pp = NULL;
}

void pp_begin(Asm *a, uint32_t file)
{
    PP *pp = a->pp;
    pp->depth = 1;
    pp->stopped = false;
    pp->stack[0].file = file;
    pp->stack[0].cur = a->sm.files[file].text;
    pp->stack[0].line = 1;
}

void pp_stop(Asm *a)
{
    a->pp->stopped = true;
}

bool pp_include(Asm *a, const char *name)
{
    PP *pp = a->pp;
    PPFrame *top = &pp->stack[pp->depth - 1];
    uint32_t id = src_load(&a->sm, name, top->file, true);
    if (!id)
        return false;
    if (pp->depth == MAX_INCLUDE_DEPTH) {
        diag_error(&a->diag, a->loc, E_TOO_COMPLEX);
        return true;
    }
    PPFrame *f = &pp->stack[pp->depth++];
    f->file = id;
    f->cur = a->sm.files[id].text;
    f->line = 1;
    return true;
}

/* Skip a COMMENT block whose first line starts at tokens; delim is the
 * first character after the word COMMENT. */
static void skip_comment_block(PPFrame *f, const char *after_word, const char *line_end)
{
    const char *p = after_word;
    while (p < line_end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= line_end)
        return;
    char delim = *p;
    if (memchr(p + 1, delim, (size_t)(line_end - p - 1)))
        return;
    while (*f->cur) {
        const char *nl = strchr(f->cur, '\n');
        const char *end = nl ? nl : f->cur + strlen(f->cur);
        bool found = memchr(f->cur, delim, (size_t)(end - f->cur)) != NULL;
        f->cur = nl ? nl + 1 : end;
        f->line++;
        if (found)
            return;
    }
}

/* Read the next logical line of frame f into text and len (pointing into
 * the file, or into the line arena when continuation joined lines). */
static bool read_logical(Asm *a, PPFrame *f, const char **text, size_t *len,
                         uint32_t *first_line)
{
    if (!*f->cur)
        return false;
    const char *code_end, *next;
    const char *start = f->cur;
    *first_line = f->line;
    int cont = lex_physical_line(start, &code_end, &next);
    f->cur = next;
    f->line++;
    if (!cont || !*next) {
        *text = start;
        *len = (size_t)(code_end - start);
        return true;
    }
    Buf joined = {0};
    buf_bytes(&joined, start, (size_t)(code_end - start - (cont == '\\')));
    while (cont && *f->cur) {
        start = f->cur;
        cont = lex_physical_line(start, &code_end, &next);
        f->cur = next;
        f->line++;
        buf_u8(&joined, ' ');
        buf_bytes(&joined, start, (size_t)(code_end - start - (cont == '\\')));
    }
    *text = arena_strndup(&a->line, (const char *)joined.data, joined.len);
    *len = joined.len;
    buf_free(&joined);
    return true;
}

bool pp_next(Asm *a, PPLine *out)
{
    PP *pp = a->pp;
    while (pp->depth > 0 && !pp->stopped) {
        PPFrame *f = &pp->stack[pp->depth - 1];
        const char *text;
        size_t len;
        uint32_t line;
        if (!read_logical(a, f, &text, &len, &line)) {
            pp->depth--;
            continue;
        }
        LexResult r = lex_tokens(&a->line, text, text + len, 0);
        kw_classify(&a->kw, r.toks, r.ntoks);
        out->loc.file = f->file;
        out->loc.line = line;
        out->loc.exp = 0;
        out->text = text;
        out->len = len;
        out->toks = r.toks;
        out->ntoks = r.ntoks;
        a->loc = out->loc;
        if (r.ntoks >= 1 && r.toks[0].kind == TK_ID && tok_is(&r.toks[0], "comment")) {
            skip_comment_block(f, r.toks[0].p + r.toks[0].len, text + len);
            continue;
        }
        if (r.error == LEXERR_UNTERMINATED_STRING)
            diag_error(&a->diag, out->loc, E_MISSING_QUOTE);
        else if (r.error == LEXERR_BAD_CHAR)
            diag_error(&a->diag, out->loc, E_BAD_CHAR);
        return true;
    }
    return false;
}

/* Replace toks[i] (a text macro) by its text and re-lex the line. */
static void splice(Asm *a, PPLine *line, int i, const char *repl)
{
    const Tok *t = &line->toks[i];
    const char *base = line->toks[0].p;
    const char *end = line->toks[line->ntoks].p;
    (void)base;
    size_t head = (size_t)(t->p - line->text);
    size_t rl = strlen(repl);
    size_t tail = (size_t)(end - (t->p + t->len));
    char *s = arena_alloc(&a->line, head + rl + tail + 3);
    memcpy(s, line->text, head);
    s[head] = ' ';
    memcpy(s + head + 1, repl, rl);
    s[head + 1 + rl] = ' ';
    memcpy(s + head + rl + 2, t->p + t->len, tail);
    size_t n = head + rl + tail + 2;
    s[n] = 0;
    LexResult r = lex_tokens(&a->line, s, s + n, 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    line->toks = r.toks;
    line->ntoks = r.ntoks;
    line->text = s;
    line->len = n;
}

bool pp_expand_text(Asm *a, PPLine *line, int from)
{
    int budget = MAX_TEXT_EXPANSIONS;
    if (a->text_macros == 0)
        return true;
    for (int i = from; i < line->ntoks; i++) {
        const Tok *t = &line->toks[i];
        if (t->kind != TK_ID || t->kw.kind != KW_NONE)
            continue;
        Sym *s = sym_find(&a->syms, t->p, t->len, a->cur_proc);
        if (!s || s->kind != SYM_TEXT)
            continue;
        if (--budget == 0) {
            diag_error(&a->diag, line->loc, E_TOO_COMPLEX);
            return false;
        }
        splice(a, line, i, s->text);
        i--; /* rescan the substituted text */
    }
    return true;
}

/* macro.c: macro bodies, arguments and text functions.
 *
 *   name MACRO [param[:REQ | :=default | :VARARG] {, param...}]
 *   args    := arg {, arg}
 *   arg     := <text with !escapes> | %constexpr | "string" | text
 *
 * Substitution follows MASM: a parameter or LOCAL name is replaced where
 * it stands as a whole word; inside a word or a quoted string it must be
 * marked with '&' (x&param&y, "&param&"), and the '&' disappear. */
#include "macro.h"
#include "asm.h"
#include "expr.h"
#include "limit.h"
#include "os.h"
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static bool is_id_start(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '@' ||
           c == '$' || c == '?';
}

static bool is_id_char(char c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Parameter and LOCAL names match without regard to case, also under
 * OPTION CASEMAP:NONE (ml64 14.12, as for GOTO labels). */
static bool same_word(struct Asm *a, const char *p, size_t n, const char *w)
{
    (void)a;
    size_t k = strlen(w);
    if (k != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char x = p[i], y = w[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

/* Where a macro's own data lives: a repeat block made in an expansion
 * lives in the frame arena, and goes with its frame. */
static Arena *macro_arena(Asm *a, const Macro *m)
{
    return m->lines_arena ? m->lines_arena : &a->perm;
}

void macro_add_line(Asm *a, Macro *m, const char *text, size_t len, uint32_t line)
{
    if (m->nlines == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        BodyLine *grown = arena_alloc(macro_arena(a, m), (size_t)m->cap * sizeof *grown);
        if (m->nlines)
            memcpy(grown, m->lines, (size_t)m->nlines * sizeof *grown);
        m->lines = grown;
    }
    BodyLine *b = &m->lines[m->nlines++];
    b->text = arena_strndup(macro_arena(a, m), text, len);
    b->len = (uint32_t)len;
    b->line = line;
}

static const char *skip_blanks(const char *p, const char *end)
{
    while (p < end && is_blank(*p))
        p++;
    return p;
}

static const char *trim_end(const char *p, const char *end)
{
    while (end > p && is_blank(end[-1]))
        end--;
    return end;
}

/* End of a balanced argument at top level: stops at ',' (or at an
 * unbalanced ')' when in_paren). */
static const char *arg_end(const char *p, const char *end, bool in_paren)
{
    int angle = 0, paren = 0;
    for (; p < end; p++) {
        /* most characters are none of the ones below */
        while (p < end && *p != '!' && *p != '"' && *p != '\'' && *p != '<' && *p != '>' &&
               *p != '(' && *p != ')' && *p != ',')
            p++;
        if (p == end)
            break;
        char c = *p;
        if (c == '!' && p + 1 < end) {
            p++;
        } else if (c == '"' || c == '\'') {
            const char *q = memchr(p + 1, c, (size_t)(end - p - 1));
            if (q)
                p = q;
        } else if (c == '<') {
            angle++;
        } else if (c == '>' && angle) {
            angle--;
        } else if (c == '(' && !angle) {
            paren++;
        } else if (c == ')' && !angle) {
            if (!paren && in_paren)
                return p;
            if (paren)
                paren--;
        } else if (c == ',' && !angle && !paren) {
            return p;
        }
    }
    return end;
}

/* <text>: the inside, with !x meaning x, into out (at most end - p
 * bytes); its length. */
static size_t unangle(char *out, const char *p, const char *end)
{
    char *q = out;
    int depth = 0;
    for (; p < end; p++) {
        if (*p == '!' && p + 1 < end) {
            *q++ = p[1];
            p++;
            continue;
        }
        if ((*p == '"' || *p == '\'') && depth > 0) {
            /* a quoted string inside <...> is copied whole, as its
             * delimiters were found (ml64: <">, x, <"> is one item) */
            const char *e = memchr(p + 1, *p, (size_t)(end - p - 1));
            if (e && e + 1 < end) {
                memcpy(q, p, (size_t)(e + 1 - p));
                q += e + 1 - p;
                p = e;
                continue;
            }
        }
        if (*p == '<' && depth++ == 0)
            continue;
        if (*p == '>' && --depth == 0)
            continue;
        *q++ = *p;
    }
    return (size_t)(q - out);
}

void macro_unangle(Buf *out, const char *p, const char *end)
{
    char *tmp = xmalloc((size_t)(end - p) + 1);
    buf_bytes(out, tmp, unangle(tmp, p, end));
    free(tmp);
}

/* %expr: the decimal text of a constant expression. */
static void percent_value(Asm *a, const char *p, const char *end, Buf *out)
{
    LexResult r = lex_tokens(&a->line, p, end, 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    int pos = 0;
    int64_t v = 0;
    if (r.ntoks && expr_const(a, r.toks, &pos, r.ntoks, &v) && pos == r.ntoks)
        buf_printf(out, "%lld", (long long)v);
    else if (r.ntoks == 0)
        buf_str(out, "0");
}

/* The value of one argument as text, in arena ar. */
static const char *arg_value(Asm *a, Arena *ar, const char *p, const char *end)
{
    p = skip_blanks(p, end);
    end = trim_end(p, end);
    if (p < end && *p == '<' && end[-1] == '>') {
        char *v = arena_alloc(ar, (size_t)(end - p) + 1);
        v[unangle(v, p, end)] = 0;
        return v;
    }
    if (p < end && *p == '%') {
        const char *w = skip_blanks(p + 1, end);
        const char *we = w;
        while (we < end && is_id_char(*we))
            we++;
        Sym *s = we == end && we > w ? sym_find(&a->syms, w, (size_t)(we - w), a->cur_proc) : NULL;
        if (s && s->kind == SYM_TEXT)
            return arena_strdup(ar, s->text); /* %textmacro: its text */
        Buf b = {0};
        percent_value(a, p + 1, end, &b);
        const char *v = arena_strndup(ar, b.data ? (const char *)b.data : "", b.len);
        buf_free(&b);
        return v;
    }
    return arena_strndup(ar, p, (size_t)(end - p));
}

bool macro_parse_params(Asm *a, Macro *m, const char *p, const char *end)
{
    int cap = 4;
    Arena *ar = macro_arena(a, m);
    m->params = arena_alloc(ar, (size_t)cap * sizeof *m->params);
    p = skip_blanks(p, end);
    while (p < end) {
        const char *e = arg_end(p, end, false);
        const char *name = skip_blanks(p, e);
        const char *q = name;
        while (q < e && is_id_char(*q))
            q++;
        if (q == name) {
            diag_error(&a->diag, a->loc, E_SYNTAX, arena_strndup(&a->line, p, (size_t)(e - p)));
            return false;
        }
        MacroParam mp = {arena_strndup(ar, name, (size_t)(q - name)), MP_NORMAL, NULL};
        q = skip_blanks(q, e);
        if (q < e && *q == ':') {
            q = skip_blanks(q + 1, e);
            const char *te = trim_end(q, e);
            ArgWord w = kw_arg(kw_lookup(&a->kw, q, (size_t)(te - q)));
            if (te - q >= 1 && *q == '=') {
                mp.def = arg_value(a, ar, q + 1, te);
            } else if (w == AW_REQ) {
                mp.mode = MP_REQ;
            } else if (w == AW_VARARG) {
                mp.mode = MP_VARARG;
            } else if (w != AW_LABEL) {
                diag_error(&a->diag, a->loc, E_SYNTAX, arena_strndup(&a->line, q, (size_t)(te - q)));
                return false;
            }
        }
        if (m->nparams == cap) {
            MacroParam *grown = arena_alloc(ar, (size_t)cap * 2 * sizeof *grown);
            memcpy(grown, m->params, (size_t)cap * sizeof *grown);
            m->params = grown;
            cap *= 2;
        }
        m->params[m->nparams++] = mp;
        p = e < end ? e + 1 : e;
    }
    return true;
}

bool macro_parse_args(Asm *a, Arena *ar, const Macro *m, const char *p, const char *end,
                      MacroArgs *out)
{
    out->n = m->nparams;
    out->values = arena_alloc(ar, (size_t)(m->nparams + 1) * sizeof *out->values);
    int k = 0;
    p = skip_blanks(p, end);
    bool any = p < end;
    while (any && p <= end && k < m->nparams) {
        if (m->params[k].mode == MP_VARARG) {
            const char *s = skip_blanks(p, end);
            /* VARARG keeps the remaining arguments as written, commas
             * included, after the usual processing of each (a blank one
             * adds no comma) */
            const char *one[16], **vals = one;
            int nv = 0, cap = 16;
            size_t total = 0;
            while (s < end) {
                const char *e = arg_end(s, end, false);
                if (nv == cap) {
                    const char **grown = arena_alloc(&a->line, (size_t)cap * 2 * sizeof *grown);
                    memcpy(grown, vals, (size_t)cap * sizeof *grown);
                    vals = grown;
                    cap *= 2;
                }
                vals[nv] = arg_value(a, &a->line, s, e);
                total += strlen(vals[nv++]) + 1;
                s = e < end ? e + 1 : e;
            }
            char *v = arena_alloc_raw(ar, total + 1), *q = v;
            for (int i = 0; i < nv; i++) {
                if (q > v)
                    *q++ = ',';
                size_t n = strlen(vals[i]);
                memcpy(q, vals[i], n);
                q += n;
            }
            *q = 0;
            out->values[k++] = v;
            p = end + 1;
            break;
        }
        const char *e = arg_end(p, end, false);
        out->values[k++] = arg_value(a, ar, p, e);
        if (e >= end) {
            p = end + 1;
            break;
        }
        p = e + 1;
    }
    if (p < end && skip_blanks(p, end) < end)
        diag_warning(&a->diag, a->loc, W_TOO_MANY_MACRO_ARGS);
    for (int i = 0; i < m->nparams; i++) {
        const MacroParam *mp = &m->params[i];
        if (i >= k || !out->values[i])
            out->values[i] = "";
        if (!out->values[i][0] && mp->def)
            out->values[i] = mp->def;
        if (!out->values[i][0] && mp->mode == MP_REQ) {
            diag_error(&a->diag, a->loc, E_MACRO_ARG_MISSING, mp->name);
            return false;
        }
    }
    return true;
}

int macro_split_items(Asm *a, Arena *ar, const char *p, const char *end, const char ***items)
{
    int cap = 8, n = 0;
    const char **v = arena_alloc(ar, (size_t)cap * sizeof *v);
    p = skip_blanks(p, end);
    if (p < end && *p == '<' && trim_end(p, end)[-1] == '>') {
        /* FOR x, <a, b, c>: the list is inside the brackets */
        end = trim_end(p, end) - 1;
        p++;
    }
    while (p < end || (n == 0 && p == end && 0)) {
        const char *e = arg_end(p, end, false);
        if (n == cap) {
            const char **grown = arena_alloc(ar, (size_t)cap * 2 * sizeof *grown);
            memcpy(grown, v, (size_t)cap * sizeof *grown);
            v = grown;
            cap *= 2;
        }
        v[n++] = arg_value(a, ar, p, e);
        if (e >= end)
            break;
        p = e + 1;
    }
    *items = v;
    return n;
}

/* Which parameter or local (if any) is the word [p, p+n)? */
static const char *lookup_word(Asm *a, const Macro *m, const MacroArgs *args,
                               const char *const *local_names, const char *p, size_t n)
{
    for (int i = 0; i < m->nparams; i++)
        if (same_word(a, p, n, m->params[i].name))
            return args && i < args->n ? args->values[i] : "";
    for (int i = 0; i < m->nlocals && local_names; i++)
        if (same_word(a, p, n, m->locals[i]))
            return local_names[i];
    return NULL;
}

const char *macro_word_value(Asm *a, const Macro *m, const MacroArgs *args,
                             const char *const *local_names, const char *p, size_t n)
{
    return lookup_word(a, m, args, local_names, p, n);
}

/* Which parameter (0..nparams-1) or LOCAL (nparams + i) is the word
 * [p, p+n), or -1; the order of lookup_word. */
static int word_ref(Asm *a, const Macro *m, const char *p, size_t n)
{
    for (int i = 0; i < m->nparams; i++)
        if (same_word(a, p, n, m->params[i].name))
            return i;
    for (int i = 0; i < m->nlocals; i++)
        if (same_word(a, p, n, m->locals[i]))
            return m->nparams + i;
    return -1;
}

/* Split a body line into literal text and the names substitution
 * replaces: a parameter or LOCAL name where it stands as a whole word,
 * or marked with '&' (which disappears) inside a word or a string. */
static void split_line(Asm *a, const Macro *m, BodyLine *bl)
{
    const char *text = bl->text, *p = text, *end = text + bl->len, *lit = p;
    BodySeg tmp[64], *segs = tmp;
    uint32_t n = 0, cap = 64;
    char quote = 0;
    while (p < end) {
        char c = *p;
        if (quote && c == quote) {
            quote = 0;
            p++;
            continue;
        }
        if (!quote && (c == '"' || c == '\'')) {
            quote = c;
            p++;
            continue;
        }
        bool amp = c == '&';
        const char *w = amp ? p + 1 : p;
        if (is_id_start(*w) && (amp || p == text || !is_id_char(p[-1]))) {
            const char *we = w;
            while (we < end && is_id_char(*we))
                we++;
            int ref = word_ref(a, m, w, (size_t)(we - w));
            bool marked = amp || (we < end && *we == '&');
            if (ref >= 0 && (!quote || marked)) {
                if (n + 2 > cap) {
                    BodySeg *grown = xmalloc(2 * cap * sizeof *grown);
                    memcpy(grown, segs, n * sizeof *grown);
                    if (segs != tmp)
                        free(segs);
                    segs = grown;
                    cap *= 2;
                }
                if (p > lit)
                    segs[n++] = (BodySeg){(uint32_t)(lit - text), (uint32_t)(p - lit), -1};
                segs[n++] = (BodySeg){0, 0, ref};
                p = we < end && *we == '&' ? we + 1 : we;
                lit = p;
                continue;
            }
            p = we; /* the word, with its '&', stays as written */
            continue;
        }
        p++;
    }
    if (n + 1 > cap) {
        BodySeg *grown = xmalloc((n + 1) * sizeof *grown);
        memcpy(grown, segs, n * sizeof *grown);
        if (segs != tmp)
            free(segs);
        segs = grown;
    }
    if (end > lit || n == 0)
        segs[n++] = (BodySeg){(uint32_t)(lit - text), (uint32_t)(end - lit), -1};
    bl->segs = arena_memdup(m->lines_arena ? m->lines_arena : &a->perm, segs, n * sizeof *segs);
    bl->nsegs = n;
    bl->split = 1;
    if (segs != tmp)
        free(segs);
}

void macro_split_all(Asm *a, Macro *m)
{
    if (!m->nparams && !m->nlocals)
        return;
    for (int i = 0; i < m->nlines; i++)
        if (!m->lines[i].split)
            split_line(a, m, &m->lines[i]);
}

/* The text a name segment stands for. */
static const char *seg_value(const Macro *m, const MacroArgs *args,
                             const char *const *local_names, int32_t ref)
{
    if (ref < m->nparams)
        return args && ref < args->n ? args->values[ref] : "";
    return local_names ? local_names[ref - m->nparams] : "";
}

char *macro_expand_line(Asm *a, const Macro *m, const MacroArgs *args,
                        const char *const *local_names, BodyLine *bl, size_t *len)
{
    if (!m->nparams && !m->nlocals) { /* nothing to replace */
        *len = bl->len;
        return arena_strndup(&a->line, bl->text, bl->len);
    }
    if (!bl->split)
        split_line(a, m, bl);
    /* the first pieces are kept for the copy */
    enum { KEEP = 16 };
    const char *ptr[KEEP];
    size_t lens[KEEP];
    size_t total = 0;
    for (uint32_t i = 0; i < bl->nsegs; i++) {
        const BodySeg *g = &bl->segs[i];
        const char *v = g->ref < 0 ? bl->text + g->off : seg_value(m, args, local_names, g->ref);
        size_t k = g->ref < 0 ? g->len : strlen(v);
        if (i < KEEP) {
            ptr[i] = v;
            lens[i] = k;
        }
        total += k;
    }
    char *out = arena_alloc_raw(&a->line, total + 1), *q = out;
    for (uint32_t i = 0; i < bl->nsegs; i++) {
        const char *v;
        size_t k;
        if (i < KEEP) {
            v = ptr[i];
            k = lens[i];
        } else {
            const BodySeg *g = &bl->segs[i];
            v = g->ref < 0 ? bl->text + g->off : seg_value(m, args, local_names, g->ref);
            k = g->ref < 0 ? g->len : strlen(v);
        }
        memcpy(q, v, k);
        q += k;
    }
    *q = 0;
    *len = total;
    return out;
}

const char *macro_text_item(Asm *a, const char *p, size_t n)
{
    const char *end = trim_end(p, p + n);
    p = skip_blanks(p, end);
    if (p < end && *p == '<')
        return arg_value(a, &a->line, p, end);
    if (p < end && *p == '%')
        return arg_value(a, &a->line, p, end);
    if (p < end && is_id_start(*p)) {
        Sym *s = sym_find(&a->syms, p, (size_t)(end - p), a->cur_proc);
        if (s && s->kind == SYM_TEXT)
            return s->text;
    }
    return arena_strndup(&a->line, p, (size_t)(end - p));
}

static int64_t item_number(Asm *a, const char *text)
{
    LexResult r = lex_tokens(&a->line, text, text + strlen(text), 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    int pos = 0;
    int64_t v = 0;
    if (r.ntoks)
        expr_const(a, r.toks, &pos, r.ntoks, &v);
    return v;
}

/* @SubStr(text, pos [, len]) and SUBSTR: pos is 1-based. */
static bool substr(Asm *a, const char **items, int n, Buf *out)
{
    if (n < 2) {
        diag_error(&a->diag, a->loc, E_SYNTAX, "@SubStr");
        return false;
    }
    const char *s = items[0];
    int64_t len = (int64_t)strlen(s);
    int64_t pos = item_number(a, items[1]);
    int64_t cnt = n > 2 ? item_number(a, items[2]) : len - pos + 1;
    if (pos < 1 || pos > len + 1 || cnt < 0 || pos - 1 + cnt > len) {
        diag_error(&a->diag, a->loc, E_CONST_TOO_LARGE);
        return false;
    }
    buf_bytes(out, s + pos - 1, (size_t)cnt);
    return true;
}

/* @InStr([start,] text, sub): 1-based position or 0. */
static int64_t instr(Asm *a, const char **items, int n)
{
    int64_t start = 1;
    if (n >= 3) {
        if (items[0][0])
            start = item_number(a, items[0]);
        items++;
        n--;
    }
    if (n < 2)
        return 0;
    const char *s = items[0], *sub = items[1];
    int64_t len = (int64_t)strlen(s);
    if (start < 1 || start > len + 1)
        return 0;
    const char *hit = strstr(s + start - 1, sub);
    return hit ? (int64_t)(hit - s) + 1 : 0;
}

bool macro_text_fits(Asm *a, size_t n, SrcLoc loc)
{
    if (n > ASM_MAX_TEXT_MACRO) {
        diag_error(&a->diag, loc, E_TEXT_TOO_LONG);
        return false;
    }
    a->text_bytes += n + 1;
    if (a->text_bytes > ASM_MAX_TEXT_BYTES) {
        /* stops the run at the statement loop: callers hold buffers */
        diag_fatal_later(&a->diag, loc, E_TEXT_LIMIT, (unsigned long)ASM_MAX_TEXT_BYTES);
        return false;
    }
    return true;
}

/* ml64 writes the number of @SizeStr and @InStr as text in the current
 * radix after a 0: 4 is "04", 12 is "012", and "0C" under .RADIX 16. */
static void number_text(Asm *a, Buf *out, uint64_t v)
{
    char d[72];
    int n = 0;
    unsigned radix = a->radix >= 2 && a->radix <= 16 ? (unsigned)a->radix : 10;
    do {
        d[n++] = "0123456789ABCDEF"[v % radix];
        v /= radix;
    } while (v);
    buf_str(out, "0");
    while (n)
        buf_printf(out, "%c", d[--n]);
}

bool macro_builtin(Asm *a, const char *name, size_t n, const char *args, size_t len,
                   Buf *out, bool *ok, bool names_are_macros)
{
    ArgWord w = kw_arg(kw_lookup(&a->kw, name, n));
    if (w < AW_AT_CATSTR || w > AW_AT_ENVIRON)
        return false;
    int which = (int)(w - AW_AT_CATSTR); /* @CatStr @SubStr @InStr @SizeStr @Environ */
    /* each item is a text item: <literal>, a text macro or %expr */
    /* as many items as the line holds: no limit may drop one silently */
    int cap = 16, ni = 0;
    const char **items = arena_alloc(&a->line, (size_t)cap * sizeof *items);
    const char *p = args, *end = args + len;
    while (p < end) {
        const char *e = arg_end(p, end, false);
        if (ni == cap) {
            const char **grown = arena_alloc(&a->line, (size_t)cap * 2 * sizeof *grown);
            memcpy(grown, items, (size_t)cap * sizeof *grown);
            items = grown;
            cap *= 2;
        }
        items[ni++] = names_are_macros ? macro_text_item(a, p, (size_t)(e - p))
                                       : arg_value(a, &a->line, p, e);
        if (e >= end)
            break;
        p = e + 1;
    }
    *ok = true;
    switch (which) {
    case 0:
        for (int i = 0; i < ni; i++)
            buf_str(out, items[i]);
        break;
    case 1:
        *ok = substr(a, items, ni, out);
        break;
    case 2:
        number_text(a, out, (uint64_t)instr(a, items, ni));
        break;
    case 3:
        number_text(a, out, ni ? (uint64_t)strlen(items[0]) : 0);
        break;
    default: {
        const char *v = ni ? os_getenv(items[0]) : NULL;
        buf_str(out, v ? v : "");
        break;
    }
    }
    return true;
}

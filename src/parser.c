/* parser.c: the statement loop of one pass.
 *
 *   statement := [label ':' | label '::'] [body]
 *   body      := name named-directive args     (x EQU 5, msg DB ..., p PROC)
 *              | directive args                (.code, PUBLIC x, END)
 *              | [prefix] mnemonic operands    (rep movsb, mov eax, 1)
 *              | type-directive args           (DWORD 1, 2)
 *
 * Errors are reported where found; the statement is then abandoned and
 * the loop goes on with the next line. */
#include "parser.h"
#include "instr.h"
#include "dir_data.h"
#include "dir_seg.h"
#include "dir_types.h"
#include "types.h"
#include "dir_misc.h"
#include "option.h"
#include "invoke.h"
#include "unwind.h"
#include "listing.h"
#include "proc.h"
#include "hll.h"
#include "dbginfo.h"
#include "limit.h"
#include "memo.h"
#include "gen.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The directive tables of the handler files.  A directive's keyword id
 * is its index over all rows, the tables in this order. */
static const DirTable *const tables[] = {
    &dir_data_directives, &dir_types_directives, &dir_seg_directives, &proc_directives,
    &invoke_directives, &unwind_directives, &hll_directives, &option_directives,
    &dir_misc_directives,
};

void parse_init_keywords(Asm *a)
{
    uint16_t id = 0;
    for (size_t t = 0; t < ARRAY_LEN(tables); t++)
        for (size_t i = 0; i < tables[t]->n; i++) {
            if (id >= UINT8_MAX) { /* Keyword.directive is id + 1 in a byte */
                fputs("asm: internal error: more than 254 directives\n", stderr);
                exit(2);
            }
            kw_add(&a->kw, tables[t]->rows[i].word, KW_DIRECTIVE, id++);
        }
}

/* The row of a keyword's directive role, or NULL. */
static const DirDef *directive_of(Keyword k)
{
    if (!k.directive)
        return NULL;
    size_t id = k.directive - 1u, t = 0;
    while (id >= tables[t]->n)
        id -= tables[t++]->n;
    return &tables[t]->rows[id];
}

static bool directive_is(Keyword k, DirHandler fn)
{
    const DirDef *d = directive_of(k);
    return d && d->fn == fn;
}

/* Is t the directive whose handler is fn?  (Asked several times per
 * statement: most tokens are no directive and need no table walk.) */
static inline bool is_directive(const Tok *t, DirHandler fn)
{
    return t->kind == TK_ID && t->kw.directive && directive_is(t->kw, fn);
}

static const DirDef *find_directive(Asm *a, const Tok *t)
{
    if (t->kind == TK_PUNCT && t->op == '=')
        return directive_of(kw_lookup(&a->kw, "=", 1));
    if (t->kind != TK_ID)
        return NULL;
    return directive_of(t->kw);
}

/* label ':' or label '::' at the start of a statement. */
static int parse_code_label(Asm *a, const Tok *t, int n)
{
    if (n >= 2 && t[0].kind == TK_ID && t[1].kind == TK_PUNCT &&
        (t[1].op == ':' || t[1].op == OP_COLON2)) {
        if (t[0].kw.kind == KW_REG)
            return 0; /* fs:[0] is no label */
        asm_define_label(a, &t[0], MT_NEAR, t[1].op == OP_COLON2);
        return 2;
    }
    return 0;
}

static void statement(Asm *a, const PPLine *line)
{
    const Tok *t = line->toks;
    int n = line->ntoks;
    Stmt st = {t, n, 0, NULL, line, NULL};
    if (t[0].kind == TK_ID && t[0].kw.kind == KW_NONE) {
        /* ml64 14.12 reserves VARARG and ADDR (no name, label or STRUCT
         * field: A2008 on the word) and CODE followed by anything (A2008 on
         * what follows: code dd 9, code:, code EQU 1) */
        ArgWord w = tok_arg(&t[0]);
        if (w == AW_VARARG || w == AW_ADDR) {
            asm_syntax_error(a, &t[0]);
            return;
        }
        if (w == AW_CODE && n >= 2) {
            asm_syntax_error(a, &t[1]);
            return;
        }
    }
    if (a->types && a->types->pass == a->pass && a->types->depth && types_block_line(a, &st))
        return; /* a line of a STRUCT definition (none is open: no call) */
    if (t[0].kind == TK_ID && t[0].p[0] == '.' && t[0].len > 1 && t[0].kw.kind == KW_NONE &&
        !t[0].kw.directive && !a->lopt.dotname) {
        /* ml64: a name starting with '.' needs OPTION DOTNAME */
        Tok rest = t[0];
        rest.p++;
        rest.len--;
        asm_syntax_error(a, &rest);
        return;
    }
    int i = parse_code_label(a, t, n);
    if (i >= n)
        return;
    if (t[i].kind == TK_PUNCT && t[i].op == '{' && i + 3 < n && t[i + 3].kind == TK_ID &&
        t[i + 3].kw.mnemonic) {
        instr_statement(a, &st, i); /* {vex} mnemonic ... */
        return;
    }
    if (t[i].kind == TK_ID) {
        Keyword k = t[i].kw;
        if (k.mnemonic || k.kind == KW_PREFIX) {
            instr_statement(a, &st, i);
            return;
        }
        const DirDef *d = directive_of(k);
        if (d && !d->named && t[i].p[0] == '.' && i + 1 < n &&
            (is_directive(&t[i + 1], dir_equ) || is_directive(&t[i + 1], dir_textequ)))
            d = NULL; /* .WHILE EQU <.IF>: a name (ml64 has no .WHILE) */
        if (d && !d->named) {
            st.arg = i + 1;
            st.dir = d;
            d->fn(a, &st);
            return;
        }
        if (i + 1 < n) {
            const DirDef *nd = find_directive(a, &t[i + 1]);
            if (nd && (nd->named || nd->name_optional)) {
                st.name = &t[i];
                st.arg = i + 2;
                st.dir = nd;
                nd->fn(a, &st);
                return;
            }
        }
        if (d && d->named) {
            diag_error(&a->diag, a->loc, E_SYNTAX, tok_str(a, &t[i]));
            return;
        }
        if (types_data_statement(a, &st, i))
            return; /* [name] STRUCT-type initializers */
    } else if (t[i].kind == TK_PUNCT && t[i].op == '=' ) {
        asm_syntax_error(a, &t[i]);
        return;
    }
    asm_syntax_error(a, &t[i]);
}

/* The prologue goes before the first instruction or code label after
 * PROC and LOCAL (ml64 14.12, measured: data, ALIGN, LABEL, EQU, .DATA
 * and the like come before it, and a LOCAL may still follow them). The
 * JWasm directives that write code (INVOKE, .IF, .WHILE, .REPEAT) count
 * as instructions. */
static void prologue_before(Asm *a, const PPLine *line)
{
    const Tok *t = line->toks;
    int n = line->ntoks;
    if (n >= 2 && t[0].kind == TK_ID && t[1].kind == TK_PUNCT &&
        (t[1].op == ':' || t[1].op == OP_COLON2) && t[0].kw.kind != KW_REG) {
        proc_prologue_if_pending(a); /* a code label */
        return;
    }
    if (is_directive(&t[0], dir_local))
        return;
    if (n >= 2 && is_directive(&t[1], dir_endp))
        return; /* ENDP writes it itself, listed after the ENDP line */
    bool code = (t[0].kind == TK_PUNCT && t[0].op == '{') ||
                (t[0].kind == TK_ID && (t[0].kw.mnemonic || t[0].kw.kind == KW_PREFIX)) ||
                is_directive(&t[0], dir_invoke) || is_directive(&t[0], dir_hll_if) ||
                is_directive(&t[0], dir_hll_while) || is_directive(&t[0], dir_hll_repeat);
    if (code)
        proc_prologue_if_pending(a);
    else
        proc_layout_if_pending(a);
    if (is_directive(&t[0], dir_code) || is_directive(&t[0], dir_data_seg) ||
        is_directive(&t[0], dir_data_q) || is_directive(&t[0], dir_const) ||
        (n >= 2 && (is_directive(&t[1], dir_segment) || is_directive(&t[1], dir_ends))))
        proc_close_locals(a); /* ml64: a LOCAL after it is A2012 */
}

#ifndef ASM_MEMO_CHECK
/* A line whose bytes the memo kept: what statement() would do for it. */
static void replay(Asm *a, const MemoEntry *m)
{
    Section *sec = a->cur;
    sec_emit_bytes(&a->secs, sec, m->bytes, m->nbytes);
    gen_note_last(a, sec, (Mnemonic)m->mn, m->ops, m->nops);
}
#else
static void memo_check(const PPLine *line, const MemoNote *note, bool quiet)
{
    const MemoEntry *m = line->memo;
    if (quiet && note->notes == 1 && note->keep && note->nbytes == m->nbytes &&
        memcmp(note->bytes, m->bytes, m->nbytes) == 0 && note->mn == m->mn &&
        note->nops == m->nops && memcmp(note->ops, m->ops, m->nops * sizeof m->ops[0]) == 0)
        return;
    fprintf(stderr, "asm: memo check: %.*s: kept bytes differ from the assembled ones\n",
            (int)line->len, line->text);
    abort();
}
#endif

/* One statement adds at most ASM_MAX_SECTION bytes (data_items checks),
 * so checking after each keeps 32-bit offsets from wrapping. */
static void check_section_size(Asm *a, const PPLine *line)
{
    if (a->cur && sec_offset(a->cur) > ASM_MAX_SECTION)
        diag_fatal_later(&a->diag, line->loc, E_SECTION_TOO_LARGE, a->cur->name,
                         (unsigned long)ASM_MAX_SECTION);
}

void parse_exec_line(Asm *a, PPLine *line)
{
#ifndef ASM_MEMO_CHECK
    if (line->memo) {
        if (a->proc)
            proc_prologue_if_pending(a); /* an instruction, as prologue_before says,
                                            and before the debug record, which
                                            takes the body's start after it */
        uint32_t dbg = dbg_stmt_begin(a, line);
        replay(a, line->memo);
        dbg_stmt_end(a, dbg);
        check_section_size(a, line);
        return;
    }
#endif
    if (line->ntoks && a->proc)
        prologue_before(a, line);
    uint32_t dbg = dbg_stmt_begin(a, line);
    lst_begin_stmt(a, line);
    MemoNote note;
    uint32_t said = a->diag.raised, start = 0;
    Section *sec = a->cur;
    bool noted = line->memo_candidate && memo_on(a);
    if (noted) {
        memset(&note, 0, sizeof note);
        start = sec ? sec_offset(sec) : 0;
    }
    a->memo_note = noted ? &note : NULL;
    if (line->ntoks)
        statement(a, line);
    a->memo_note = NULL;
    if (noted) {
        bool quiet = a->diag.raised == said && sec && sec == a->cur &&
                     sec_offset(sec) - start == note.nbytes && types_plain_context(a);
#ifdef ASM_MEMO_CHECK
        if (line->memo)
            memo_check(line, &note, quiet);
#endif
        if (quiet)
            memo_keep(a, line->raw, line->raw_len, line->memo_hash, &note);
    }
    lst_end_stmt(a);
    dbg_stmt_end(a, dbg);
    check_section_size(a, line);
}

/* /EP: a line as the preprocessor delivers it.  INCLUDE gives way to the
 * included text and a macro call (delivered without tokens) to its
 * expansion, as with ml64; comments are not kept. */
static void print_preprocessed(const PPLine *l)
{
    if (l->list_only || (l->ntoks && is_directive(&l->toks[0], dir_include)))
        return;
    size_t n = l->len;
    while (n && (l->text[n - 1] == ' ' || l->text[n - 1] == '\t'))
        n--;
    size_t k = 0;
    while (k < n && (l->text[k] == ' ' || l->text[k] == '\t'))
        k++;
    if (!l->ntoks && k < n)
        return;
    printf("%.*s\n", (int)n, l->text);
}

void parse_pass(Asm *a, uint32_t main_file)
{
    PPLine line;
    pp_begin(a, main_file);
    ArenaMark mark = arena_mark(&a->line);
    while (pp_next(a, &line)) {
        /* /EP: the preprocessed source (INCLUDE lines give way to the
         * included text) */
        if (a->opt->preprocess_only && a->pass == 2)
            print_preprocessed(&line);
        parse_exec_line(a, &line);
        arena_release(&a->line, mark);
        diag_check_fatal(&a->diag);
    }
    diag_check_fatal(&a->diag);
    pp_end_pass(a);
    seg_end_of_pass(a);
    hll_end_pass(a);
}

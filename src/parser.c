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
#include "dir_misc.h"
#include "option.h"
#include "invoke.h"
#include "unwind.h"
#include "listing.h"
#include "encoder.h"
#include "proc.h"
#include "hll.h"
#include "dbginfo.h"
#include "limit.h"
#include <stdio.h>
#include <string.h>

typedef struct DirEntry {
    const char *word;   /* lower case */
    DirHandler fn;
    bool named;         /* takes the name before it (x EQU 5) */
    bool name_optional; /* data directives: name may be absent */
    int size;           /* data directives: element size */
} DirEntry;

static bool dir_db(Asm *a, Stmt *st);

static const DirEntry directives[] = {
    {"equ", dir_equ, true, false, 0},
    {"=", dir_assign, true, false, 0},
    {"textequ", dir_textequ, true, false, 0},
    {"label", dir_label, true, false, 0},
    {"struct", dir_struct, true, false, 0},
    {"struc", dir_struct, true, false, 0},
    {"union", dir_union, true, false, 0},
    {"record", dir_record, true, false, 0},
    {"typedef", dir_typedef, true, false, 0},
    {"assume", dir_assume, false, false, 0},
    {"segment", dir_segment, true, false, 0},
    {"ends", dir_ends, true, false, 0},
    {"proc", dir_proc, true, false, 0},
    {"endp", dir_endp, true, false, 0},
    {"proto", dir_proto, true, false, 0},
    {"local", dir_local, false, false, 0},
    {"invoke", dir_invoke, false, false, 0},
    {".code", dir_code, false, false, 0},
    {".pushreg", dir_pushreg, false, false, 0},
    {".setframe", dir_setframe, false, false, 0},
    {".allocstack", dir_allocstack, false, false, 0},
    {".savereg", dir_savereg, false, false, 0},
    {".savexmm128", dir_savexmm128, false, false, 0},
    {".pushframe", dir_pushframe, false, false, 0},
    {".endprolog", dir_endprolog, false, false, 0},
    {".if", dir_hll_if, false, false, 0},
    {".elseif", dir_hll_elseif, false, false, 0},
    {".else", dir_hll_else, false, false, 0},
    {".endif", dir_hll_endif, false, false, 0},
    {".while", dir_hll_while, false, false, 0},
    {".endw", dir_hll_endw, false, false, 0},
    {".repeat", dir_hll_repeat, false, false, 0},
    {".until", dir_hll_until, false, false, 0},
    {".untilcxz", dir_hll_untilcxz, false, false, 0},
    {".break", dir_hll_break, false, false, 0},
    {".continue", dir_hll_continue, false, false, 0},
    {".data", dir_data_seg, false, false, 0},
    {".data?", dir_data_q, false, false, 0},
    {".const", dir_const, false, false, 0},
    {"public", dir_public, false, false, 0},
    {"altentry", dir_altentry, false, false, 0},
    {"extern", dir_extern, false, false, 0},
    {"extrn", dir_extern, false, false, 0},
    {"externdef", dir_externdef, false, false, 0},
    {"includelib", dir_includelib, false, false, 0},
    {"include", dir_include, false, false, 0},
    {"incbin", dir_incbin, false, false, 0},
    {"end", dir_end, false, false, 0},
    {"align", dir_align, false, false, 0},
    {"even", dir_even, false, false, 0},
    {"org", dir_org, false, false, 0},
    {"option", dir_option, false, false, 0},
    {".radix", dir_radix, false, false, 0},
    {".model", dir_model, false, false, 0},
    {".x64", dir_ignored, false, false, 0},
    {".x64p", dir_ignored, false, false, 0},
    {".686", dir_ignored, false, false, 0},
    {".686p", dir_ignored, false, false, 0},
    {".xmm", dir_ignored, false, false, 0},
    {".mmx", dir_ignored, false, false, 0},
    {"title", dir_list, false, false, 0},
    {"subtitle", dir_list, false, false, 0},
    {"subttl", dir_list, false, false, 0},
    {"page", dir_list, false, false, 0},
    {".list", dir_list, false, false, 0},
    {".nolist", dir_list, false, false, 0},
    {".xlist", dir_list, false, false, 0},
    {".listall", dir_list, false, false, 0},
    {".listmacro", dir_list, false, false, 0},
    {".listmacroall", dir_list, false, false, 0},
    {".nolistmacro", dir_list, false, false, 0},
    {".listif", dir_list, false, false, 0},
    {".nolistif", dir_list, false, false, 0},
    {".cref", dir_ignored, false, false, 0},
    {".nocref", dir_ignored, false, false, 0},
    {".xcref", dir_ignored, false, false, 0},
    {".lall", dir_list, false, false, 0},
    {".sall", dir_list, false, false, 0},
    {".xall", dir_list, false, false, 0},
    {".sfcond", dir_list, false, false, 0},
    {".lfcond", dir_list, false, false, 0},
    {".tfcond", dir_list, false, false, 0},
    {".alpha", dir_ignored, false, false, 0},
    {".seq", dir_ignored, false, false, 0},
    {".dosseg", dir_ignored, false, false, 0},
    {"dosseg", dir_ignored, false, false, 0},
    {"comm", dir_comm, false, false, 0},
    {"alias", dir_alias, false, false, 0},
    {"pushcontext", dir_pushcontext, false, false, 0},
    {"popcontext", dir_popcontext, false, false, 0},
    {"db", dir_db, false, true, 1},
    {"dw", dir_db, false, true, 2},
    {"dd", dir_db, false, true, 4},
    {"df", dir_db, false, true, 6},
    {"dq", dir_db, false, true, 8},
    {"dt", dir_db, false, true, 10},
    {"byte", dir_db, false, true, 1},
    {"sbyte", dir_db, false, true, 1 | 0x200},
    {"word", dir_db, false, true, 2},
    {"sword", dir_db, false, true, 2 | 0x200},
    {"dword", dir_db, false, true, 4},
    {"sdword", dir_db, false, true, 4 | 0x200},
    {"fword", dir_db, false, true, 6},
    {"qword", dir_db, false, true, 8},
    {"sqword", dir_db, false, true, 8 | 0x200},
    {"tbyte", dir_db, false, true, 10},
    {"oword", dir_db, false, true, 16},
    {"xmmword", dir_db, false, true, 16},
    {"ymmword", dir_db, false, true, 32},
    {"real4", dir_db, false, true, 4 | 0x100},
    {"real8", dir_db, false, true, 8 | 0x100},
    {"real10", dir_db, false, true, 10 | 0x100},
};

void parse_init_keywords(Asm *a)
{
    for (size_t i = 0; i < ARRAY_LEN(directives); i++)
        kw_add(&a->kw, directives[i].word, KW_DIRECTIVE, (uint16_t)i);
}

static const DirEntry *find_directive(Asm *a, const Tok *t)
{
    if (t->kind == TK_PUNCT && t->op == '=')
        return &directives[1];
    if (t->kind != TK_ID)
        return NULL;
    (void)a;
    return t->kw.directive ? &directives[t->kw.directive - 1] : NULL;
}

static bool dir_db(Asm *a, Stmt *st)
{
    const DirEntry *d = find_directive(a, &st->toks[st->arg - 1]);
    return dir_data(a, st, d->size);
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
    Stmt st = {t, n, 0, NULL, line};
    if (types_block_line(a, &st))
        return; /* a line of a STRUCT definition */
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
        const DirEntry *d = k.directive ? &directives[k.directive - 1] : NULL;
        if (d && !d->named && t[i].p[0] == '.' && i + 1 < n &&
            (tok_is(&t[i + 1], "equ") || tok_is(&t[i + 1], "textequ")))
            d = NULL; /* .WHILE EQU <.IF>: a name (ml64 has no .WHILE) */
        if (d && !d->named) {
            st.arg = i + 1;
            d->fn(a, &st);
            return;
        }
        if (i + 1 < n) {
            const DirEntry *nd = find_directive(a, &t[i + 1]);
            if (nd && (nd->named || nd->name_optional)) {
                st.name = &t[i];
                st.arg = i + 2;
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
    if (t[0].kind == TK_ID && tok_is(&t[0], "local"))
        return;
    if (n >= 2 && t[1].kind == TK_ID && tok_is(&t[1], "endp"))
        return; /* ENDP writes it itself, listed after the ENDP line */
    bool code = (t[0].kind == TK_PUNCT && t[0].op == '{') ||
                (t[0].kind == TK_ID && (t[0].kw.mnemonic || t[0].kw.kind == KW_PREFIX ||
                                        (t[0].kw.directive && (tok_is(&t[0], "invoke") ||
                                                               tok_is(&t[0], ".if") ||
                                                               tok_is(&t[0], ".while") ||
                                                               tok_is(&t[0], ".repeat")))));
    if (code)
        proc_prologue_if_pending(a);
    else
        proc_layout_if_pending(a);
}

void parse_exec_line(Asm *a, PPLine *line)
{
    if (line->ntoks && a->proc)
        prologue_before(a, line);
    uint32_t dbg = dbg_stmt_begin(a, line);
    lst_begin_stmt(a, line);
    if (line->ntoks)
        statement(a, line);
    lst_end_stmt(a);
    dbg_stmt_end(a, dbg);
    /* one statement adds at most ASM_MAX_SECTION bytes (data_items checks),
     * so checking after each keeps 32-bit offsets from wrapping */
    if (a->cur && sec_offset(a->cur) > ASM_MAX_SECTION)
        diag_fatal_later(&a->diag, line->loc, E_SECTION_TOO_LARGE, a->cur->name,
                         (unsigned long)ASM_MAX_SECTION);
}

/* /EP: a line as the preprocessor delivers it.  INCLUDE gives way to the
 * included text and a macro call (delivered without tokens) to its
 * expansion, as with ml64; comments are not kept. */
static void print_preprocessed(const PPLine *l)
{
    if (l->list_only || (l->ntoks && tok_is(&l->toks[0], "include")))
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

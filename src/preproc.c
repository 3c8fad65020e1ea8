/* preproc.c: the line source of the parser.
 *
 * A stack of frames produces logical lines: the main file and its
 * INCLUDEs (read from memory; continuation lines joined), macro
 * expansions and repeat blocks (body lines with parameters substituted).
 * Every line then goes through, in order:
 *   1. conditional assembly (IF... ELSEIF... ELSE ENDIF), even in skipped
 *      blocks, so that nesting is counted;
 *   2. text macro and macro function substitution (a macro function runs
 *      its body through the statement layer, then EXITM gives its text);
 *   3. preprocessor directives: MACRO (collects the body up to ENDM), REPT
 *      FOR FORC WHILE, EXITM GOTO PURGE, ECHO, the .ERR family, CATSTR
 *      SUBSTR INSTR SIZESTR;
 *   4. macro calls (a new frame);
 * and what remains goes to the parser.  Each expansion gets a record so
 * that a diagnostic inside it names the macro and the line that called it. */
#include "preproc.h"
#include "macro.h"
#include "asm.h"
#include "expr.h"
#include "os.h"
#include "predef.h"
#include "limit.h"
#include "memo.h"
#include "types.h"
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

enum {
    MAX_DEPTH = ASM_MAX_NESTING,             /* nested includes + macro calls */
    MAX_SUBSTITUTIONS = ASM_MAX_SUBSTITUTIONS,/* text macro replacements in one line */
    MAX_WHILE = ASM_MAX_ITERATIONS           /* WHILE/REPT iterations */
};

typedef enum FrameKind { FR_FILE, FR_MACRO, FR_REPEAT } FrameKind;
typedef enum RepeatKind { RK_REPT, RK_FOR, RK_FORC, RK_WHILE } RepeatKind;

typedef struct Expansion {
    const char *name;     /* macro name, or REPT/FOR/FORC/WHILE */
    uint32_t def_line;    /* line of the MACRO statement */
    SrcLoc call;          /* the calling line */
    uint32_t end_line;    /* repeat block read from a file: its ENDM line,
                             where ml64's line numbers put the block's code */
} Expansion;

typedef struct PPFrame {
    uint8_t kind;         /* FrameKind */
    /* FR_FILE */
    uint32_t file;
    const char *cur;
    uint32_t line;
    /* FR_MACRO, FR_REPEAT */
    const Macro *m;
    MacroArgs args;
    const char **local_names;
    int pos;              /* next body line */
    uint32_t exp;         /* expansion record */
    int cond_depth;       /* IF nesting at entry */
    bool is_function;     /* macro function: EXITM gives the value */
    Buf *result;
    bool exited;          /* EXITM seen */
    bool goto_reset;      /* a GOTO ran: IF levels count from 0 (ml64) */
    /* FR_REPEAT */
    uint8_t rep;          /* RepeatKind */
    int64_t count;        /* REPT iterations left / FOR, FORC item index */
    const char **items;   /* FOR items / FORC characters */
    int nitems;
    const char *cond;     /* WHILE condition text */
    int64_t iterations;
    ArenaMark fmark;      /* PP.fa when the frame was made: its own data
                             (arguments, LOCAL names, a repeat block's body)
                             goes when it ends */
    ArenaMark imark;      /* a repeat frame's data of one iteration starts */
} PPFrame;

typedef struct CondLevel {
    uint8_t state;        /* 0 active, 1 looking (not taken yet), 2 done,
                             3 active but not taken (after an ml64 GOTO) */
    bool else_seen;
    SrcLoc loc;
} CondLevel;

typedef struct PP {
    PPFrame *frames;
    int depth, cap;
    bool stopped;
    int barrier;          /* pp_next ends when depth drops below */
    CondLevel *cond;
    int ncond, cap_cond;
    int skip_depth;       /* IF nesting inside a skipped block */
    Expansion *exps;      /* [0] unused */
    uint32_t nexps, cap_exps;
    uint32_t local_counter;  /* ??0000 names, reset each pass */
    unsigned long expanded_bytes; /* their bytes (ASM_MAX_EXPANDED_BYTES) */
    unsigned long substituted_bytes; /* copied by splices this pass
                                        (ASM_MAX_SUBSTITUTED_BYTES) */
    long expanded;        /* macro and repeat body lines and iterations
                             this pass (ASM_MAX_EXPANDED_LINES) */
    long calls;           /* macro calls this pass (ASM_MAX_MACRO_CALLS) */
    PPExecFn exec;
    bool pending;         /* a macro call waits behind a label line */
    const Macro *pending_m;
    const char *pending_args, *pending_end;
    SrcLoc pending_loc;
    uint32_t list_file;   /* lines [list_from, list_to) of list_file were */
    uint32_t list_from, list_to; /* consumed (MACRO ... ENDM): the listing
                             still shows them */
    Arena fa;             /* the frames' data, a stack (PPFrame.fmark) */
    int fa_busy;          /* a repeat block being collected into fa: an
                             iteration of the frame it is read from must
                             not release it */
    char *pending_buf;    /* the arguments of a pending call */
    size_t pending_cap;
    uint64_t macro_names[64]; /* a bit per macro name (maybe_macro): most
                             words are no macro, and need no lookup */
} PP;

/* The bit of a name in PP.macro_names: its length and first and last
 * characters, case folded (a superset under OPTION CASEMAP:NONE). */
static inline unsigned name_bit(const char *p, size_t n)
{
    unsigned f = (unsigned char)p[0] | 0x20, l = (unsigned char)p[n - 1] | 0x20;
    return (f * 0x9E3779B1u ^ l * 0x85EBCA77u ^ (unsigned)n * 0xC2B2AE3Du) >> 20 & 4095;
}

/* False if no macro was ever defined under the name [p, p+n). */
static inline bool maybe_macro(const PP *pp, const char *p, size_t n)
{
    unsigned b = name_bit(p, n);
    return n && (pp->macro_names[b >> 6] >> (b & 63) & 1);
}

void pp_init(Asm *a, PPExecFn exec)
{
    PP *pp = arena_alloc(&a->perm, sizeof *pp);
    pp->exec = exec;
    pp->cap = 16;
    pp->frames = xmalloc((size_t)pp->cap * sizeof *pp->frames);
    pp->cap_cond = 16;
    pp->cond = xmalloc((size_t)pp->cap_cond * sizeof *pp->cond);
    pp->cap_exps = 64;
    pp->exps = xmalloc(pp->cap_exps * sizeof *pp->exps);
    pp->nexps = 1;
    a->pp = pp;
    a->diag.backtrace = pp_trace;
    a->diag.backtrace_ctx = a;
}

void pp_free(Asm *a)
{
    PP *pp = a->pp;
    if (!pp)
        return;
    free(pp->frames);
    free(pp->cond);
    free(pp->exps);
    free(pp->pending_buf);
    arena_free(&pp->fa);
    a->pp = NULL;
}

static PPFrame *push_frame(Asm *a, FrameKind kind)
{
    PP *pp = a->pp;
    if (pp->depth == MAX_DEPTH) {
        diag_error(&a->diag, a->loc, E_NESTING_TOO_DEEP);
        return NULL;
    }
    if (pp->depth == pp->cap) {
        pp->cap *= 2;
        pp->frames = xrealloc(pp->frames, (size_t)pp->cap * sizeof *pp->frames);
    }
    PPFrame *f = &pp->frames[pp->depth++];
    memset(f, 0, sizeof *f);
    f->kind = (uint8_t)kind;
    f->cond_depth = pp->ncond;
    return f;
}

/* A UTF-16 file would give an error on every line: one message instead. */
static void check_utf16(Asm *a, uint32_t file)
{
    if (a->sm.files[file].utf16) {
        SrcLoc at = {file, 1, 0};
        diag_fatal(&a->diag, at, E_UTF16_SOURCE, src_path(&a->sm, file));
    }
}

void pp_begin(Asm *a, uint32_t file)
{
    PP *pp = a->pp;
    pp->depth = 0;
    pp->stopped = false;
    pp->barrier = 0;
    pp->ncond = 0;
    pp->skip_depth = 0;
    pp->local_counter = 0;
    pp->expanded = 0;
    pp->expanded_bytes = 0;
    pp->substituted_bytes = 0;
    pp->calls = 0;
    pp->pending = false;
    pp->fa_busy = 0;
    arena_release(&pp->fa, (ArenaMark){NULL, 0}); /* frames a fatal error left */
    PPFrame *f = push_frame(a, FR_FILE);
    f->file = file;
    f->cur = a->sm.files[file].text;
    f->line = 1;
    check_utf16(a, file);
}

void pp_stop(Asm *a)
{
    a->pp->stopped = true;
}

bool pp_include(Asm *a, const char *name)
{
    PP *pp = a->pp;
    uint32_t from = 0;
    for (int i = pp->depth - 1; i >= 0; i--)
        if (pp->frames[i].kind == FR_FILE) {
            from = pp->frames[i].file;
            break;
        }
    uint32_t id = src_load(&a->sm, name, from, true);
    if (!id)
        return false;
    PPFrame *f = push_frame(a, FR_FILE);
    if (f) {
        f->file = id;
        f->cur = a->sm.files[id].text;
        f->line = 1;
        check_utf16(a, id);
    }
    return true;
}

/* ---- diagnostics backtrace ------------------------------------------- */

static uint32_t new_expansion(Asm *a, const char *name, uint32_t def_line)
{
    PP *pp = a->pp;
    if (pp->nexps == pp->cap_exps) {
        pp->cap_exps *= 2;
        pp->exps = xrealloc(pp->exps, pp->cap_exps * sizeof *pp->exps);
    }
    Expansion *e = &pp->exps[pp->nexps];
    e->name = name;
    e->def_line = def_line;
    e->call = a->loc;
    e->end_line = 0;
    return pp->nexps++;
}

void pp_trace(void *ctx, SrcLoc loc, SrcLoc *root, void (*emit)(void *d, const char *line),
              void *d)
{
    Asm *a = ctx;
    PP *pp = a->pp;
    char line[512];
    int level = 0, hidden = 0;
    while (loc.exp && pp && loc.exp < pp->nexps) {
        const Expansion *e = &pp->exps[loc.exp];
        if (level++ < 8) {
            snprintf(line, sizeof line, " %s(%u): Macro Called From", e->name,
                     (unsigned)(loc.line > e->def_line ? loc.line - e->def_line : 1));
            emit(d, line);
        } else {
            hidden++; /* deep recursion: the innermost levels say enough */
        }
        loc = e->call;
    }
    if (hidden) {
        snprintf(line, sizeof line, " ... %d more macro levels", hidden);
        emit(d, line);
    }
    snprintf(line, sizeof line, "  %s(%u): Main Line Code", src_path(&a->sm, loc.file),
             (unsigned)loc.line);
    emit(d, line);
    *root = loc;
}

SrcLoc pp_root_loc(Asm *a, SrcLoc loc)
{
    PP *pp = a->pp;
    while (loc.exp && pp && loc.exp < pp->nexps) {
        const Expansion *e = &pp->exps[loc.exp];
        loc = e->call;
        if (e->end_line && !loc.exp)
            loc.line = e->end_line;
    }
    return loc;
}

int pp_macro_depth(Asm *a, SrcLoc loc)
{
    PP *pp = a->pp;
    int n = 0;
    while (loc.exp && pp && loc.exp < pp->nexps && n < 1000) {
        n++;
        loc = pp->exps[loc.exp].call;
    }
    return n;
}

const char *pp_macro_name(Asm *a, SrcLoc loc)
{
    PP *pp = a->pp;
    return loc.exp && pp && loc.exp < pp->nexps ? pp->exps[loc.exp].name : NULL;
}

/* ---- reading lines ----------------------------------------------------- */

/* COMMENT delim ... delim: skip to the line holding the closing delimiter. */
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

/* The next logical line of a file frame (continuations joined). */
static bool read_file_line_raw(Asm *a, PPFrame *f, const char **text, size_t *len, uint32_t *line)
{
    if (!*f->cur)
        return false;
    const char *code_end, *next;
    const char *start = f->cur;
    *line = f->line;
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

/* A NUL byte in the physical lines [first, f->line) of the file: A2044
 * at the first such line (the byte itself is a blank in the text). */
static void check_nul(Asm *a, const PPFrame *f, uint32_t first)
{
    if (!a->sm.files[f->file].n_nul_lines)
        return;
    for (uint32_t l = first; l < f->line; l++)
        if (src_line_has_nul(&a->sm, f->file, l)) {
            SrcLoc at = {f->file, l, 0};
            diag_error(&a->diag, at, E_BAD_CHAR);
            return;
        }
}

/* read_file_line_raw, and A2044 for a NUL byte in the lines it read. */
static bool read_file_line(Asm *a, PPFrame *f, const char **text, size_t *len, uint32_t *line)
{
    bool got = read_file_line_raw(a, f, text, len, line);
    if (got && a->sm.files[f->file].n_nul_lines)
        check_nul(a, f, *line);
    return got;
}

/* Unique names for a macro's LOCAL labels: ??0000, ??0001, ... (in the
 * frame arena: a label's symbol keeps its own copy) */
static const char **make_locals(Asm *a, const Macro *m)
{
    if (!m->nlocals)
        return NULL;
    enum { NAME = 16 }; /* "??" and up to 8 hex digits */
    const char **v = arena_alloc_raw(&a->pp->fa, (size_t)m->nlocals * (sizeof *v + NAME));
    char *names = (char *)(v + m->nlocals);
    for (int i = 0; i < m->nlocals; i++) {
        /* ??0000..??FFFF, then ??10000...: no wrap, so no redefinition */
        uint32_t k = a->pp->local_counter++;
        int digits = 4;
        while (digits < 8 && k >> (4 * digits))
            digits++;
        char *q = names + (size_t)i * NAME;
        q[0] = q[1] = '?';
        for (int d = 0; d < digits; d++)
            q[2 + d] = "0123456789ABCDEF"[k >> (4 * (digits - 1 - d)) & 15];
        q[2 + digits] = 0;
        v[i] = q;
    }
    return v;
}

/* Start the next iteration of a repeat frame; false when it is done. */
static bool repeat_next(Asm *a, PPFrame *f);

/* The next substituted body line of a macro or repeat frame. */
static bool read_body_line(Asm *a, PPFrame *f, const char **text, size_t *len, uint32_t *line)
{
    for (;;) {
        if (f->exited || f->pos >= f->m->nlines) {
            if (f->kind == FR_REPEAT && !f->exited && repeat_next(a, f))
                continue;
            return false;
        }
        BodyLine *bl = &f->m->lines[f->pos++];
        *text = macro_expand_line(a, f->m, &f->args, f->local_names, bl, len);
        if (memchr(*text, ';', *len)) {
            /* an argument brought a ';': outside quotes and <...> it
             * starts a comment, as in ml64 (`m <1 ; 2>` into `db a`) */
            const char *code_end, *next;
            (void)lex_physical_line(*text, &code_end, &next);
            *len = (size_t)(code_end - *text);
        }
        *line = bl->line;
        return true;
    }
}

/* ---- conditional assembly ---------------------------------------------- */

typedef enum CondOp {
    C_NONE, C_IF, C_IFE, C_IF1, C_IF2, C_IFB, C_IFNB, C_IFDEF, C_IFNDEF,
    C_IFIDN, C_IFIDNI, C_IFDIF, C_IFDIFI, C_ELSE, C_ENDIF
} CondOp;

/* The conditional a word starts (its role in the keyword table); *is_else
 * for the ELSEIF forms. */
static CondOp cond_op(const Tok *t, bool *is_else)
{
    unsigned w = t->kind == TK_ID ? t->kw.pp : PPW_NONE;
    *is_else = w >= PPW_ELSEIF && w <= PPW_ELSEIFDIFI;
    if (w == PPW_ELSE)
        return C_ELSE;
    if (w == PPW_ENDIF)
        return C_ENDIF;
    if (w >= PPW_IF && w <= PPW_IFDIFI)
        return (CondOp)(C_IF + (w - PPW_IF));
    if (*is_else)
        return (CondOp)(C_IF + (w - PPW_ELSEIF));
    return C_NONE;
}

/* Text of tokens [from, ntoks) of a line. */
static void rest_text(const PPLine *l, int from, const char **p, size_t *n)
{
    if (from >= l->ntoks) {
        *p = l->text + l->len;
        *n = 0;
        return;
    }
    *p = l->toks[from].p;
    const Tok *last = &l->toks[l->ntoks - 1];
    *n = (size_t)(last->p + last->len - *p);
}

static bool blank_text(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t')
            return false;
    return true;
}

/* The two text arguments of IFIDN and friends. */
static bool two_texts(Asm *a, const PPLine *l, int from, const char **x, const char **y)
{
    const char *p;
    size_t n;
    rest_text(l, from, &p, &n);
    const char **items;
    int k = macro_split_items(a, &a->line, p, p + n, &items);
    (void)items;
    /* split on the top-level comma between the two items */
    int depth = 0;
    const char *comma = NULL;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '<') depth++;
        else if (p[i] == '>') depth--;
        else if (p[i] == ',' && depth == 0) {
            comma = p + i;
            break;
        }
    }
    if (!comma || k < 1) {
        diag_error(&a->diag, a->loc, E_SYNTAX, "IFIDN");
        return false;
    }
    *x = macro_text_item(a, p, (size_t)(comma - p));
    *y = macro_text_item(a, comma + 1, (size_t)(p + n - comma - 1));
    return true;
}

static bool symbol_defined(Asm *a, const Tok *t)
{
    Sym *s = sym_find(&a->syms, t->p, t->len, a->cur_proc);
    return s && s->kind != SYM_UNDEF && (s->defined_this_pass || s->kind == SYM_MACRO ||
                                         s->kind == SYM_SEGMENT || s->kind == SYM_TYPE ||
                                         (s->kind == SYM_ASSIGN && s->name[0] == '@'));
}

static bool expand_line(Asm *a, PPLine *line, int from, bool texts);

static bool cond_value(Asm *a, CondOp op, const PPLine *l, int from)
{
    const char *p;
    size_t n;
    switch (op) {
    case C_IF:
    case C_IFE: {
        PPLine x = *l;
        if (a->macro_count) {
            /* IF f(x) EQ 36: macro functions are expanded first (ml64) */
            if (!expand_line(a, &x, from, false))
                return false;
            l = &x;
        }
        /* .ERRE/.ERRNZ may add ", <message>" after the expression */
        int end = from, depth = 0;
        for (; end < l->ntoks; end++) {
            const Tok *t = &l->toks[end];
            if (t->kind == TK_PUNCT && (t->op == '(' || t->op == '['))
                depth++;
            else if (t->kind == TK_PUNCT && (t->op == ')' || t->op == ']'))
                depth--;
            else if (t->kind == TK_PUNCT && t->op == ',' && depth == 0)
                break;
        }
        int pos = from;
        int64_t v = 0;
        if (!expr_const(a, l->toks, &pos, end, &v) || pos != end)
            return false;
        return op == C_IF ? v != 0 : v == 0;
    }
    case C_IF1:
        return true;
    case C_IF2:
        if (!a->lopt.setif2)
            diag_error(&a->diag, a->loc, E_IF2);
        return true;
    case C_IFB:
    case C_IFNB:
        rest_text(l, from, &p, &n);
        return blank_text(macro_text_item(a, p, n)) == (op == C_IFB);
    case C_IFDEF:
    case C_IFNDEF:
        if (from >= l->ntoks || l->toks[from].kind != TK_ID) {
            /* IFDEF <> : a text argument, blank means undefined */
            return op == C_IFNDEF;
        }
        if (kw_lookup(&a->kw, l->toks[from].p, l->toks[from].len).kind == KW_REG)
            return true; /* ml64 14.12: IFDEF rax and IFNDEF rax are both true */
        return symbol_defined(a, &l->toks[from]) == (op == C_IFDEF);
    case C_IFIDN:
    case C_IFIDNI:
    case C_IFDIF:
    case C_IFDIFI: {
        const char *x, *y;
        if (!two_texts(a, l, from, &x, &y))
            return false;
        bool fold = op == C_IFIDNI || op == C_IFDIFI;
        bool same = strlen(x) == strlen(y);
        for (size_t i = 0; same && x[i]; i++) {
            char c1 = x[i], c2 = y[i];
            if (fold && c1 >= 'A' && c1 <= 'Z') c1 = (char)(c1 + 32);
            if (fold && c2 >= 'A' && c2 <= 'Z') c2 = (char)(c2 + 32);
            same = c1 == c2;
        }
        return (op == C_IFIDN || op == C_IFIDNI) ? same : !same;
    }
    default:
        return false;
    }
}

static bool active(const PP *pp)
{
    return pp->skip_depth == 0 &&
           (pp->ncond == 0 || pp->cond[pp->ncond - 1].state == 0 || pp->cond[pp->ncond - 1].state == 3);
}

/* IF/ELSEIF/ELSE/ENDIF; returns true if the line was one of them. */
static bool handle_cond(Asm *a, const PPLine *l)
{
    PP *pp = a->pp;
    if (l->ntoks == 0)
        return false;
    bool is_else;
    if (l->ntoks >= 2 && l->toks[0].kind == TK_PUNCT && l->toks[0].op == '%' &&
        cond_op(&l->toks[1], &is_else) != C_NONE) {
        /* "% IF ...": the expansion operator keeps the directive */
        PPLine rest = *l;
        rest.toks++;
        rest.ntoks--;
        return handle_cond(a, &rest);
    }
    CondOp op = cond_op(&l->toks[0], &is_else);
    if (op == C_NONE)
        return false;
    if (op == C_ENDIF) {
        if (pp->skip_depth)
            pp->skip_depth--;
        else if (pp->ncond > 0)
            pp->ncond--;
        else
            diag_error(&a->diag, l->loc, E_BLOCK_NESTING_BARE); /* ml64 names nothing */
        return true;
    }
    if (op == C_ELSE || is_else) {
        if (pp->skip_depth)
            return true;
        if (pp->ncond == 0) {
            diag_error(&a->diag, l->loc, E_BLOCK_NESTING_BARE);
            return true;
        }
        CondLevel *c = &pp->cond[pp->ncond - 1];
        if (c->else_seen) {
            diag_error(&a->diag, l->loc, E_ELSE_TWICE); /* ELSE or ELSEIF */
            return true;
        }
        if (op == C_ELSE) {
            c->else_seen = true;
            c->state = c->state == 1 || c->state == 3 ? 0 : 2;
        } else if (c->state == 1 || c->state == 3) {
            /* evaluated as if outside this block, so that a macro
             * function in the condition runs its body */
            pp->ncond--;
            bool v = cond_value(a, op, l, 1);
            pp->ncond++;
            pp->cond[pp->ncond - 1].state = v ? 0 : 1;
        } else {
            c->state = 2;
        }
        return true;
    }
    if (!active(pp)) {
        pp->skip_depth++;
        return true;
    }
    /* the value first: a macro function in it runs its body as active */
    bool v = cond_value(a, op, l, 1);
    if (pp->ncond == pp->cap_cond) {
        pp->cap_cond *= 2;
        pp->cond = xrealloc(pp->cond, (size_t)pp->cap_cond * sizeof *pp->cond);
    }
    CondLevel *c = &pp->cond[pp->ncond++];
    c->else_seen = false;
    c->loc = l->loc;
    c->state = v ? 0 : 1;
    return true;
}

/* ---- block definitions (MACRO, REPT, FOR, FORC, WHILE) ---------------- */

static bool is_block_start(const PPLine *l, int *at)
{
    const Tok *t = l->toks;
    int i = 0;
    if (l->ntoks >= 2 && t[0].kind == TK_PUNCT && t[0].op == '%') {
        /* "% FOR p,<list>": the expansion operator keeps the directive */
        PPLine rest = *l;
        rest.toks++;
        rest.ntoks--;
        bool yes = is_block_start(&rest, at);
        *at += 1;
        return yes;
    }
    if (l->ntoks >= 2 && t[0].kind == TK_ID && t[1].kind == TK_PUNCT &&
        (t[1].op == ':' || t[1].op == OP_COLON2))
        i = 2;
    if (i < l->ntoks && t[i].kind == TK_ID && t[i].kw.pp >= PPW_REPT && t[i].kw.pp <= PPW_WHILE) {
        *at = i;
        return true;
    }
    if (l->ntoks >= 2 && t[1].kind == TK_ID && t[1].kw.pp == PPW_MACRO) {
        *at = 1;
        return true;
    }
    return false;
}

static bool is_endm(const Tok *t, int n)
{
    return n >= 1 && t[0].kind == TK_ID && t[0].kw.pp == PPW_ENDM;
}

static void check_gotos(Asm *a, const Macro *m, SrcLoc at);

/* Read raw lines from the current frame into m up to the matching ENDM;
 * false (with an error at the block start) if the input ends first. */
static bool collect_body(Asm *a, Macro *m, bool leading_locals, SrcLoc start, SrcLoc *endm)
{
    PP *pp = a->pp;
    PPFrame *f = &pp->frames[pp->depth - 1];
    int nest = 0;
    bool in_head = leading_locals;
    for (;;) {
        const char *text;
        size_t len;
        uint32_t line;
        ArenaMark mark = arena_mark(&a->line);
        bool got = f->kind == FR_FILE ? read_file_line(a, f, &text, &len, &line)
                                      : read_body_line(a, f, &text, &len, &line);
        if (!got) {
            arena_release(&a->line, mark);
            /* fatal, as in ml64: the rest of the file went into the body */
            diag_fatal(&a->diag, start, E_BLOCK_NESTING, m->name);
        }
        LexResult r = lex_tokens(&a->line, text, text + len, 0);
        kw_classify(&a->kw, r.toks, r.ntoks);
        PPLine l = {r.toks, r.ntoks, start, text, len, false, NULL, 0, NULL, 0, NULL, false, 0, NULL, 0};
        int at;
        if (is_endm(r.toks, r.ntoks)) {
            if (nest-- == 0) {
                if (endm) {
                    *endm = start;
                    if (f->kind == FR_FILE)
                        endm->line = line;
                }
                arena_release(&a->line, mark);
                return true;
            }
        } else if (is_block_start(&l, &at)) {
            nest++;
        }
        if (in_head && r.ntoks >= 1 && r.toks[0].kw.pp == PPW_LOCAL) {
            /* LOCAL lines right after MACRO name the macro's locals */
            for (int i = 1; i < r.ntoks; i++) {
                if (r.toks[i].kind != TK_ID)
                    continue;
                Arena *ar = m->lines_arena ? m->lines_arena : &a->perm;
                const char **grown = arena_alloc(ar, (size_t)(m->nlocals + 1) * sizeof *grown);
                if (m->nlocals)
                    memcpy(grown, m->locals, (size_t)m->nlocals * sizeof *grown);
                grown[m->nlocals++] = arena_strndup(ar, r.toks[i].p, r.toks[i].len);
                m->locals = grown;
            }
        } else {
            if (r.ntoks)
                in_head = false;
            if (r.ntoks)
                macro_add_line(a, m, text, len, line);
        }
        arena_release(&a->line, mark);
    }
}

static uint32_t current_file(Asm *a)
{
    PP *pp = a->pp;
    for (int i = pp->depth - 1; i >= 0; i--)
        if (pp->frames[i].kind == FR_FILE)
            return pp->frames[i].file;
    return 0;
}

/* name MACRO params ... ENDM */
static void define_macro(Asm *a, const PPLine *l)
{
    const Tok *name = &l->toks[0];
    Macro *m = arena_alloc(&a->perm, sizeof *m);
    m->name = arena_strndup(&a->perm, name->p, name->len);
    m->file = current_file(a);
    m->def_line = l->loc.line;
    const char *p;
    size_t n;
    rest_text(l, 2, &p, &n);
    bool ok = macro_parse_params(a, m, p, p + n);
    SrcLoc endm;
    if (!collect_body(a, m, true, l->loc, &endm) || !ok)
        return;
    /* every definition stays (a running macro may redefine itself), so a
     * loop that defines a macro per iteration is bounded here (#17) */
    a->macro_bytes += sizeof *m + (size_t)m->nlines * (sizeof *m->lines + 16);
    for (int i = 0; i < m->nlines; i++)
        a->macro_bytes += m->lines[i].len;
    if (a->macro_bytes > ASM_MAX_MACRO_BYTES) {
        diag_fatal_later(&a->diag, l->loc, E_MACRO_LIMIT, (unsigned long)ASM_MAX_MACRO_BYTES);
        return;
    }
    check_gotos(a, m, endm);
    Sym *s = sym_intern(&a->syms, name->p, name->len, NULL);
    if (s->kind != SYM_UNDEF && s->kind != SYM_MACRO) {
        diag_error(&a->diag, l->loc, E_REDEFINITION, s->name);
        return;
    }
    s->kind = SYM_MACRO;
    memo_name_defined(a, name->p, name->len);
    s->macro = m;
    unsigned bit = name_bit(name->p, name->len);
    a->pp->macro_names[bit >> 6] |= (uint64_t)1 << (bit & 63);
    s->defined_this_pass = true;
    s->loc = l->loc;
    a->macro_count++;
}

static bool begin_repeat(Asm *a, PPFrame *f);

/* REPT n / FOR p, <items> / FORC p, <text> / WHILE cond ... ENDM */
static void define_repeat(Asm *a, const PPLine *l, int at)
{
    const Tok *w = &l->toks[at];
    PP *pp = a->pp;
    /* the block, its items and its iterations' data live in the frame
     * arena until the frame ends */
    ArenaMark mark = arena_mark(&pp->fa);
    Macro *m = arena_alloc(&pp->fa, sizeof *m);
    m->lines_arena = &pp->fa;
    m->file = current_file(a);
    m->def_line = l->loc.line;
    RepeatKind rk = w->kw.pp == PPW_REPT || w->kw.pp == PPW_REPEAT ? RK_REPT
                  : w->kw.pp == PPW_FOR || w->kw.pp == PPW_IRP ? RK_FOR
                  : w->kw.pp == PPW_FORC || w->kw.pp == PPW_IRPC ? RK_FORC : RK_WHILE;
    m->name = rk == RK_REPT ? "REPT" : rk == RK_FOR ? "FOR" : rk == RK_FORC ? "FORC" : "WHILE";
    int64_t count = 0;
    const char **items = NULL;
    int nitems = 0;
    const char *cond = NULL;
    bool ok = true;
    const char *p;
    size_t n;
    rest_text(l, at + 1, &p, &n);
    if (rk == RK_REPT) {
        int pos = at + 1;
        ok = expr_const(a, l->toks, &pos, l->ntoks, &count);
        if (ok && (count < 0 || count > MAX_WHILE)) {
            diag_error(&a->diag, l->loc, E_CONST_TOO_LARGE);
            ok = false;
        }
    } else if (rk == RK_WHILE) {
        cond = arena_strndup(&pp->fa, p, n);
    } else {
        /* FOR p, <a,b>  /  FORC p, <text> */
        const char *comma = memchr(p, ',', n);
        if (!comma || at + 1 >= l->ntoks || l->toks[at + 1].kind != TK_ID) {
            diag_error(&a->diag, l->loc, E_SYNTAX, m->name);
            ok = false;
        } else {
            if (!macro_parse_params(a, m, p, comma))
                ok = false;
            m->nparams = 1;
            if (rk == RK_FOR) {
                nitems = macro_split_items(a, &pp->fa, comma + 1, p + n, &items);
            } else {
                const char *text = macro_text_item(a, comma + 1, (size_t)(p + n - comma - 1));
                nitems = (int)strlen(text);
                items = arena_alloc(&pp->fa, (size_t)(nitems + 1) * sizeof *items);
                char *chars = arena_alloc(&pp->fa, (size_t)nitems * 2 + 1);
                for (int i = 0; i < nitems; i++) {
                    chars[2 * i] = text[i];
                    items[i] = chars + 2 * i;
                }
            }
        }
    }
    pp->fa_busy++;
    bool got = collect_body(a, m, true, l->loc, NULL);
    pp->fa_busy--;
    if (!got || !ok) {
        arena_release(&pp->fa, mark);
        return;
    }
    const PPFrame *outer = &a->pp->frames[a->pp->depth - 1];
    uint32_t end_line = outer->kind == FR_FILE ? outer->line - 1 : 0;
    PPFrame *f = push_frame(a, FR_REPEAT);
    if (!f) {
        arena_release(&pp->fa, mark);
        return;
    }
    f->fmark = mark;
    f->m = m;
    f->rep = (uint8_t)rk;
    f->count = rk == RK_REPT ? count : 0;
    f->items = items;
    f->nitems = nitems;
    f->cond = cond;
    f->exp = new_expansion(a, m->name, l->loc.line);
    a->pp->exps[f->exp].end_line = end_line;
    f->pos = m->nlines; /* the first iteration starts in repeat_next */
    if (rk == RK_FOR || rk == RK_FORC) {
        f->args.n = 1;
        f->args.values = arena_alloc(&pp->fa, sizeof *f->args.values);
    }
    macro_split_all(a, m);
    f->imark = arena_mark(&pp->fa);
    if (!begin_repeat(a, f)) {
        a->pp->depth--;
        arena_release(&pp->fa, mark);
    }
}

static bool while_true(Asm *a, const PPFrame *f)
{
    /* the tokens die here: a loop with an empty body must not pile them
     * up in the line arena, which is released only after a statement */
    ArenaMark mark = arena_mark(&a->line);
    LexResult r = lex_tokens(&a->line, f->cond, f->cond + strlen(f->cond), 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    int pos = 0;
    int64_t v = 0;
    bool yes = r.ntoks && expr_const(a, r.toks, &pos, r.ntoks, &v) && v != 0;
    arena_release(&a->line, mark);
    return yes;
}

static bool begin_repeat(Asm *a, PPFrame *f)
{
    return repeat_next(a, f);
}

static bool repeat_next(Asm *a, PPFrame *f)
{
    /* an iteration counts as a line, so empty nested loops end too */
    if (++a->pp->expanded > ASM_MAX_EXPANDED_LINES) {
        diag_fatal_later(&a->diag, a->loc, E_EXPANSION_LIMIT, (long)ASM_MAX_EXPANDED_LINES);
        return false;
    }
    if (++f->iterations > MAX_WHILE) {
        diag_error(&a->diag, a->loc, E_LOOP_LIMIT, MAX_WHILE);
        return false;
    }
    switch ((RepeatKind)f->rep) {
    case RK_REPT:
        if (f->count-- <= 0)
            return false;
        break;
    case RK_WHILE:
        if (!while_true(a, f))
            return false;
        break;
    case RK_FOR:
    case RK_FORC: {
        int k = (int)f->count++;
        if (k >= f->nitems)
            return false; /* FOR x, <> runs zero times, as in JWasm */
        f->args.values[0] = k < f->nitems ? f->items[k] : "";
        break;
    }
    }
    f->pos = 0;
    if (!a->pp->fa_busy)
        arena_release(&a->pp->fa, f->imark); /* the last iteration's LOCAL names */
    f->local_names = make_locals(a, f->m);
    while (a->pp->ncond > f->cond_depth)
        a->pp->ncond--;
    return true;
}

/* ---- macro calls -------------------------------------------------------- */

static bool call_macro(Asm *a, const Macro *m, const char *args, const char *end,
                       SrcLoc loc, bool function, Buf *result)
{
    /* each call keeps its arguments and expansion record for the run */
    if (++a->pp->calls > ASM_MAX_MACRO_CALLS) {
        diag_fatal_later(&a->diag, loc, E_MACRO_CALL_LIMIT, (long)ASM_MAX_MACRO_CALLS);
        return false;
    }
    MacroArgs ma;
    SrcLoc saved = a->loc;
    a->loc = loc;
    ArenaMark mark = arena_mark(&a->pp->fa);
    bool ok = macro_parse_args(a, &a->pp->fa, m, args, end, &ma);
    a->loc = saved;
    if (!ok) {
        arena_release(&a->pp->fa, mark);
        return false;
    }
    a->loc = loc;
    PPFrame *f = push_frame(a, FR_MACRO);
    a->loc = saved;
    if (!f) {
        arena_release(&a->pp->fa, mark);
        return false;
    }
    f->fmark = mark;
    f->m = m;
    f->args = ma;
    f->local_names = make_locals(a, m);
    SrcLoc call = a->loc;
    a->loc = loc;
    f->exp = new_expansion(a, m->name, m->def_line);
    a->loc = call;
    f->is_function = function;
    f->result = result;
    return true;
}

/* Run a macro function's body to its EXITM; its value goes to out. */
static bool run_function(Asm *a, const Macro *m, const char *args, const char *end,
                         SrcLoc loc, Buf *out)
{
    PP *pp = a->pp;
    int base = pp->depth;
    if (!call_macro(a, m, args, end, loc, true, out))
        return false;
    int saved_barrier = pp->barrier;
    pp->barrier = base + 1;
    PPLine line;
    ArenaMark mark = arena_mark(&a->line);
    while (pp_next(a, &line)) {
        pp->exec(a, &line);
        arena_release(&a->line, mark);
    }
    pp->barrier = saved_barrier;
    /* after a pending fatal error the body's frames stay unpopped: its
     * value is incomplete and nothing more may run */
    return !a->diag.fatal_pending;
}

bool pp_run_macro(Asm *a, const char *name, const char *args, Buf *out)
{
    Sym *s = sym_find(&a->syms, name, strlen(name), NULL);
    if (!s || s->kind != SYM_MACRO) {
        diag_error(&a->diag, a->loc, E_UNDEFINED, name);
        return false;
    }
    return run_function(a, s->macro, args, args + strlen(args), a->loc, out);
}

/* End of a balanced "(...)" starting at p ('('), or NULL. */
static const char *close_paren(const char *p, const char *end)
{
    int depth = 0;
    char quote = 0;
    for (; p < end; p++) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '"' || *p == '\'') {
            quote = *p;
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')' && --depth == 0) {
            return p;
        }
    }
    return NULL;
}

/* Whether the text on the two sides of a splice boundary lexes the same
 * apart as together: a blank on either side, or a character that is a
 * token by itself (the '.' member operator, quotes and angle brackets
 * depend on their neighbours, so they are never taken as safe). */
static bool boundary_safe(const char *s, const char *s_end, size_t at)
{
    static const char alone[] = ",()[]{}+-*/";
    char l = at ? s[at - 1] : ' ', r = s + at < s_end ? s[at] : ' ';
    if (l == '.' || r == '.' || l == '"' || r == '"' || l == '\'' || r == '\'' ||
        l == '<' || r == '<' || l == '>' || r == '>')
        return false;
    return l == ' ' || l == '\t' || r == ' ' || r == '\t' || strchr(alone, l) ||
           strchr(alone, r);
}

/* Splice by lexing only the replacement: the tokens before and after it
 * are kept (moved to the new text).  A macro-function result spliced into
 * a long line used to re-lex the whole line, so a line with k calls cost
 * k times its length in lexing (the slow expansion path the fuzzer found:
 * issue #15 item 8); now it costs k times a pointer copy per token.
 * False when the boundaries or the replacement could lex differently in
 * context: then the caller re-lexes the whole line. */
static bool splice_tokens(Asm *a, PPLine *line, char *s, size_t n, size_t head, size_t rl,
                          const char *to)
{
    if (memchr(s + head, '"', rl) || memchr(s + head, '\'', rl) || memchr(s + head, '<', rl) ||
        memchr(s + head, '>', rl) || !boundary_safe(s, s + n, head) ||
        !boundary_safe(s, s + n, head + rl))
        return false;
    int nh = 0, tail_at;
    while (nh < line->ntoks && line->toks[nh].p < line->text + head)
        nh++;
    tail_at = nh;
    while (tail_at < line->ntoks && line->toks[tail_at].p < to)
        tail_at++;
    if ((nh < line->ntoks && line->toks[nh].p != line->text + head) ||
        (nh > 0 && line->toks[nh - 1].p + line->toks[nh - 1].len > line->text + head))
        return false; /* the splice does not start at a token */
    LexResult r = lex_tokens(&a->line, s + head, s + head + rl, 0);
    if (r.error)
        return false;
    kw_classify(&a->kw, r.toks, r.ntoks);
    int nt = line->ntoks - tail_at;
    int need = nh + r.ntoks + nt + 1;
    ptrdiff_t shift = (s + head + rl) - to;
    Tok *t;
    if (line->tbuf && line->toks == line->tbuf && need <= line->tbuf_cap) {
        /* in place: the tokens before stay, those after move */
        t = line->tbuf;
        memmove(t + nh + r.ntoks, t + tail_at, (size_t)(nt + 1) * sizeof *t);
        if (s != line->text)
            for (int k = 0; k < nh; k++)
                t[k].p = s + (t[k].p - line->text);
    } else {
        int cap = need + need / 2 + 16;
        t = arena_alloc_raw(&a->line, (size_t)cap * sizeof *t); /* all written below */
        for (int k = 0; k < nh; k++) {
            t[k] = line->toks[k];
            t[k].p = s + (line->toks[k].p - line->text);
        }
        memcpy(t + nh + r.ntoks, line->toks + tail_at, (size_t)(nt + 1) * sizeof *t);
        line->tbuf = t;
        line->tbuf_cap = cap;
    }
    memcpy(t + nh, r.toks, (size_t)r.ntoks * sizeof *t);
    for (int k = 0; k <= nt; k++) /* with the closing TK_EOL */
        t[nh + r.ntoks + k].p += shift;
    t[nh + r.ntoks + nt].p = s + n;
    line->toks = t;
    line->ntoks = nh + r.ntoks + nt;
    line->text = s;
    line->len = n;
    return true;
}

/* Replace toks[i] .. (or through `end`) by text and re-lex the line. */
static void splice(Asm *a, PPLine *line, const char *from, const char *to, const char *repl,
                   size_t rl)
{
    const char *end = line->text + line->len;
    size_t head = (size_t)(from - line->text);
    size_t tail = (size_t)(end - to);
    size_t n = head + rl + tail;
    char *s;
    if (line->buf && line->text == line->buf && n + 1 <= line->buf_cap) {
        /* in place (repl never points into the line) */
        s = line->buf;
        memmove(s + head + rl, to, tail);
        memcpy(s + head, repl, rl);
    } else {
        size_t cap = n + 1 + n / 2 + 64;
        s = arena_alloc_raw(&a->line, cap); /* [0, n] written below */
        memcpy(s, line->text, head);
        memcpy(s + head, repl, rl);
        memcpy(s + head + rl, to, tail);
        line->buf = s;
        line->buf_cap = cap;
    }
    s[n] = 0;
    if (splice_tokens(a, line, s, n, head, rl, to))
        return;
    LexResult r = lex_tokens(&a->line, s, s + n, 0);
    if (r.error == LEXERR_TOO_MANY) {
        /* as for a line read from the source: the statement is dropped */
        diag_error(&a->diag, line->loc, E_TOO_COMPLEX);
        r.toks += r.ntoks;
        r.ntoks = 0;
    }
    kw_classify(&a->kw, r.toks, r.ntoks);
    line->tbuf = NULL; /* the lexer's array: no room recorded */
    line->toks = r.toks;
    line->ntoks = r.ntoks;
    line->text = s;
    line->len = n;
}

/* The arguments of a built-in function with macro functions in them
 * expanded first (text macro names stay names: @SizeStr(t) is 1). */
static bool expand_functions(Asm *a, const char *p, const char *end, SrcLoc loc, Buf *out);

/* Text macros (when `texts`) and macro functions (user and built-in) in a
 * line, from token `from` on. */
/* Each substitution copies and relexes the line, so the bytes that costs
 * are counted too: a line that keeps growing (t TEXTEQU <t t>) must not
 * take quadratic memory before the substitution count runs out. */
static bool splice_cost(Asm *a, PPLine *line, size_t *cost, size_t removed, size_t added)
{
    size_t limit = ASM_MAX_SPLICE_BYTES + 2 * (size_t)line->len;
    size_t bytes = line->len - removed + added;
    *cost += bytes;
    if ((a->pp->substituted_bytes += bytes) > ASM_MAX_SUBSTITUTED_BYTES) {
        diag_fatal_later(&a->diag, line->loc, E_SUBSTITUTION_BYTES,
                         (unsigned long)ASM_MAX_SUBSTITUTED_BYTES);
        return false;
    }
    if (*cost <= limit)
        return true;
    diag_error(&a->diag, line->loc, E_TOO_COMPLEX);
    return false;
}

static bool expand_line(Asm *a, PPLine *line, int from, bool texts)
{
    int budget = MAX_SUBSTITUTIONS;
    size_t cost = 0;
    for (int i = from; i < line->ntoks; i++) {
        const Tok *t = &line->toks[i];
        if (t->kind != TK_ID || (t->kw.kind != KW_NONE &&
                                 !(t->kw.kind == KW_DIRECTIVE && t->p[0] == '.' && a->text_macros)))
            continue; /* (a text macro may be named .WHILE: ml64 has none) */
        bool call = i + 1 < line->ntoks && line->toks[i + 1].kind == TK_PUNCT &&
                    line->toks[i + 1].op == '(' && line->toks[i + 1].p == t->p + t->len;
        Sym *s = NULL;
        /* the predefined text macros (@Date, @FileCur...) are not
         * counted, so a file without its own pays no lookup per name */
        if (a->text_macros || (call && maybe_macro(a->pp, t->p, t->len)) || t->p[0] == '@')
            s = sym_find(&a->syms, t->p, t->len, a->cur_proc);
        if (texts && s && s->kind == SYM_TEXT && s->defined_this_pass) {
            /* (a text macro defined further down is not one yet: ml64
             * reads a line at a time, so pass 2 must not see it early) */
            if (--budget == 0) {
                diag_error(&a->diag, line->loc, E_TEXT_NESTING);
                return false;
            }
            size_t tl = strlen(s->text);
            if (!splice_cost(a, line, &cost, t->len, tl))
                return false;
            splice(a, line, t->p, t->p + t->len, s->text, tl);
            i--;
            continue;
        }
        bool user = call && s && s->kind == SYM_MACRO;
        if (!user && !(call && t->p[0] == '@'))
            continue;
        const char *open = line->toks[i + 1].p;
        const char *close = close_paren(open, line->text + line->len);
        if (!close) {
            diag_error(&a->diag, line->loc, E_MISSING_RPAREN);
            return false;
        }
        Buf out = {0};
        bool ok = true;
        if (!user) {
            Buf args = {0};
            ok = expand_functions(a, open + 1, close, line->loc, &args);
            bool known = ok && macro_builtin(a, t->p, t->len,
                                             args.data ? (const char *)args.data : "",
                                             args.len, &out, &ok, false);
            buf_free(&args);
            if (!known && ok) {
                buf_free(&out);
                continue;
            }
        } else {
            ok = run_function(a, s->macro, open + 1, close, line->loc, &out);
        }
        if (--budget == 0)
            ok = false;
        if (ok && i >= 2 && line->toks[1].kind == TK_ID && line->toks[1].kw.pp == PPW_TEXTEQU) {
            /* a TEXTEQU item: the function's text as a <literal> */
            Buf lit = {0};
            buf_u8(&lit, '<');
            buf_bytes(&lit, out.data ? (const char *)out.data : "", out.len);
            buf_u8(&lit, '>');
            buf_free(&out);
            out = lit;
        }
        if (ok)
            ok = splice_cost(a, line, &cost, (size_t)(close + 1 - t->p), out.len);
        if (ok)
            splice(a, line, t->p, close + 1, out.data ? (const char *)out.data : "", out.len);
        buf_free(&out);
        if (!ok)
            return false;
        i--;
    }
    return true;
}

static bool expand_functions(Asm *a, const char *p, const char *end, SrcLoc loc, Buf *out)
{
    char *text = arena_strndup(&a->line, p, (size_t)(end - p));
    LexResult r = lex_tokens(&a->line, text, text + (end - p), 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    PPLine l = {r.toks, r.ntoks, loc, text, (size_t)(end - p), false, NULL, 0, NULL, 0, NULL, false, 0, NULL, 0};
    if (!expand_line(a, &l, 0, false))
        return false;
    buf_bytes(out, l.text, l.len);
    return true;
}

/* "%" at the start of a line: &name& of a text macro is replaced even
 * inside quoted strings. */
static void percent_strings(Asm *a, PPLine *line)
{
    Buf out = {0};
    const char *p = line->text, *end = line->text + line->len;
    bool changed = false;
    while (p < end) {
        if (*p == '&') {
            const char *w = p + 1, *we = w;
            while (we < end && ((*we >= 'A' && *we <= 'Z') || (*we >= 'a' && *we <= 'z') ||
                                (*we >= '0' && *we <= '9') || *we == '_' || *we == '@' ||
                                *we == '$' || *we == '?'))
                we++;
            Sym *s = we > w ? sym_find(&a->syms, w, (size_t)(we - w), a->cur_proc) : NULL;
            if (s && s->kind == SYM_TEXT) {
                buf_str(&out, s->text);
                p = we < end && *we == '&' ? we + 1 : we;
                changed = true;
                continue;
            }
        }
        buf_u8(&out, (uint8_t)*p++);
    }
    if (changed)
        splice(a, line, line->text, end, (const char *)out.data, out.len);
    buf_free(&out);
}

/* "%" at the start of a line: text macros inside <...> are replaced too
 * (ml64 14.12: `% FOR r, <list>` with list TEXTEQU <r14, r15> runs twice;
 * the MASM64 SDK's SaveRegs). */
static bool percent_angles(Asm *a, PPLine *line)
{
    Buf out = {0};
    const char *prev = line->text;
    for (int i = 1; i < line->ntoks; i++) {
        const Tok *t = &line->toks[i];
        if (t->kind != TK_ANGLE || t->len < 2)
            continue;
        LexResult r = lex_tokens(&a->line, t->p + 1, t->p + t->len - 1, 0);
        if (r.error)
            continue;
        kw_classify(&a->kw, r.toks, r.ntoks);
        PPLine sub = {r.toks, r.ntoks, line->loc, t->p + 1, t->len - 2, false, NULL, 0, NULL, 0, NULL, false, 0, NULL, 0};
        if (!expand_line(a, &sub, 0, true)) {
            buf_free(&out);
            return false;
        }
        if (sub.len == t->len - 2 && memcmp(sub.text, t->p + 1, sub.len) == 0)
            continue;
        buf_bytes(&out, prev, (size_t)(t->p + 1 - prev));
        buf_bytes(&out, sub.text, sub.len);
        prev = t->p + t->len - 1;
    }
    if (out.len) {
        buf_bytes(&out, prev, (size_t)(line->text + line->len - prev));
        splice(a, line, line->text, line->text + line->len, (const char *)out.data, out.len);
    }
    buf_free(&out);
    return true;
}

/* ---- preprocessor directives -------------------------------------------- */

/* The innermost macro or repeat frame, or NULL. */
static PPFrame *macro_frame(PP *pp)
{
    for (int i = pp->depth - 1; i >= 0; i--)
        if (pp->frames[i].kind != FR_FILE)
            return &pp->frames[i];
    return NULL;
}

static void do_exitm(Asm *a, const PPLine *l)
{
    PPFrame *f = macro_frame(a->pp);
    if (!f) {
        diag_error(&a->diag, l->loc, E_NOT_IN_MACRO);
        return;
    }
    if (f->is_function && f->result && l->ntoks > 1) {
        const char *p;
        size_t n;
        rest_text(l, 1, &p, &n);
        buf_str(f->result, macro_text_item(a, p, n));
    }
    f->exited = true;
}

/* Macro labels compare without regard to case (ml64, also under
 * OPTION CASEMAP:NONE). */
static bool same_label(const char *x, size_t xn, const char *y, size_t yn)
{
    if (xn != yn)
        return false;
    for (size_t i = 0; i < xn; i++) {
        char c = x[i], d = y[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (d >= 'A' && d <= 'Z') d = (char)(d + 32);
        if (c != d)
            return false;
    }
    return true;
}

static bool label_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '?' || c == '@' || c == '$';
}

/* A word at p (within [p, end)); its end. */
static const char *label_word(const char *p, const char *end)
{
    while (p < end && label_char(*p))
        p++;
    return p;
}

static const char *skip_blank(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

/* The name of a `:label' body line as written, or false. */
static bool body_label(const BodyLine *bl, const char **w, size_t *n)
{
    const char *end = bl->text + bl->len, *p = skip_blank(bl->text, end);
    if (p >= end || *p != ':')
        return false;
    *w = p + 1;
    *n = (size_t)(label_word(p + 1, end) - *w);
    return *n > 0;
}

/* The target of a `GOTO [:]label' body line as written, or false. */
static bool body_goto(const Asm *a, const BodyLine *bl, const char **w, size_t *n)
{
    const char *end = bl->text + bl->len, *p = skip_blank(bl->text, end);
    const char *e = label_word(p, end);
    if (kw_lookup(&a->kw, p, (size_t)(e - p)).pp != PPW_GOTO)
        return false;
    p = skip_blank(e, end);
    if (p < end && *p == ':')
        p = skip_blank(p + 1, end);
    e = label_word(p, end);
    if (e == p || skip_blank(e, end) != end)
        return false;
    *w = p;
    *n = (size_t)(e - p);
    return true;
}

/* ml64 pairs GOTO and `:label' by their names as written in the body, not
 * substituted: `LOCAL l` ... `GOTO l` ... `:l` jumps.  At ENDM it reports a
 * GOTO of a name no `:label' line has (A2147 at the ENDM line, naming it as
 * written), also for a macro never called. */
static void check_gotos(Asm *a, const Macro *m, SrcLoc at)
{
    for (int i = 0; i < m->nlines; i++) {
        const char *g, *w;
        size_t gn, wn;
        if (!body_goto(a, &m->lines[i], &g, &gn))
            continue;
        bool found = false;
        for (int j = 0; j < m->nlines && !found; j++)
            found = body_label(&m->lines[j], &w, &wn) && same_label(g, gn, w, wn);
        if (!found)
            diag_error(&a->diag, at, E_MACRO_LABEL, arena_strndup(&a->line, g, gn));
    }
}

static void do_goto(Asm *a, const PPLine *l)
{
    PPFrame *f = macro_frame(a->pp);
    if (!f) {
        diag_error(&a->diag, l->loc, E_NOT_IN_MACRO);
        return;
    }
    const Tok *t = l->ntoks > 1 && l->toks[1].op == ':' && l->ntoks > 2 ? &l->toks[2]
                 : l->ntoks > 1 ? &l->toks[1] : NULL;
    if (!t) {
        diag_error(&a->diag, l->loc, E_SYNTAX, "GOTO");
        return;
    }
    /* the target as written when this line is the body's GOTO line, else
     * (a GOTO made by substitution) the substituted one */
    const char *g = t->p;
    size_t gn = t->len;
    bool raw = f->pos > 0 && f->pos <= f->m->nlines && body_goto(a, &f->m->lines[f->pos - 1], &g, &gn);
    for (int i = 0; i < f->m->nlines; i++) {
        const char *w;
        size_t n;
        if (!body_label(&f->m->lines[i], &w, &n))
            continue;
        if (!raw) {
            const char *v = macro_word_value(a, f->m, &f->args, f->local_names, w, n);
            if (v) {
                w = v;
                n = strlen(v);
            }
        }
        if (same_label(w, n, g, gn)) {
            if (++f->iterations > MAX_WHILE) {
                diag_error(&a->diag, l->loc, E_LOOP_LIMIT, MAX_WHILE);
                f->exited = true; /* a GOTO loop that never ends */
                return;
            }
            f->pos = i + 1;
            /* ml64 14.12 closes the IF blocks the jump leaves by counting
             * IF levels from 0 again, not from the caller's level: an IF
             * later in this expansion reuses the caller's outermost level
             * (a false one leaves its ELSE to run), and the caller's
             * levels come back when the expansion ends.  The MASM64 SDK's
             * prologue (IF localbytes EQ 0 / GOTO over) runs inside its
             * .if macros this way: ml64 writes the compare twice. */
            if (f->kind == FR_MACRO) {
                a->pp->ncond = 0;
                f->goto_reset = true;
            } else {
                while (a->pp->ncond > f->cond_depth)
                    a->pp->ncond--; /* IF blocks left by the jump are closed */
            }
            return;
        }
    }
    if (!raw || f->kind != FR_MACRO) /* a macro's own GOTO lines were checked at its ENDM */
        diag_error(&a->diag, l->loc, E_MACRO_LABEL, arena_strndup(&a->line, g, gn));
}

static void do_purge(Asm *a, const PPLine *l)
{
    for (int i = 1; i < l->ntoks; i++) {
        const Tok *t = &l->toks[i];
        if (t->kind != TK_ID)
            continue;
        Sym *s = sym_find(&a->syms, t->p, t->len, NULL);
        if (s && s->kind == SYM_MACRO) {
            /* as JWasm: the macro stays, empty; it may be defined again */
            Macro *m = arena_alloc(&a->perm, sizeof *m);
            *m = *s->macro;
            m->nlines = 0;
            s->macro = m;
        }
    }
}

static void do_echo(Asm *a, const PPLine *l, int from)
{
    if (a->pass < 2)
        return;
    const char *p;
    size_t n;
    rest_text(l, from, &p, &n);
    /* ml64 14.12 ends the text at the first ';', in quotes or <...> and
     * after substitution too (`ECHO x <y ; z>` shows "x <y") */
    const char *semi = memchr(p, ';', n);
    if (semi) {
        n = (size_t)(semi - p);
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
    }
    printf("%.*s\n", (int)n, p);
}

/* .ERR [text], .ERRE/.ERRNZ expr, .ERRB/.ERRNB <t>, .ERRDEF/.ERRNDEF sym,
 * .ERRIDN[I]/.ERRDIF[I] <a>,<b> (forced errors, ml64's A2052-A2060) */
static bool do_err(Asm *a, const PPLine *l)
{
    const Tok *t = &l->toks[0];
    /* in PPWord order: .ERR .ERR1 .ERR2 .ERRE .ERRNZ .ERRB .ERRNB .ERRDEF
     * .ERRNDEF .ERRIDN .ERRIDNI .ERRDIF .ERRDIFI */
    static const struct { CondOp op; bool when; DiagId id; } errs[] = {
        {C_NONE, true, E_FORCED}, {C_NONE, true, E_FORCED}, {C_NONE, true, E_FORCED},
        {C_IF, false, E_FORCED_ZERO}, {C_IF, true, E_FORCED_NONZERO},
        {C_IFB, true, E_FORCED_BLANK}, {C_IFNB, true, E_FORCED_NOT_BLANK},
        {C_IFDEF, true, E_FORCED_DEF}, {C_IFDEF, false, E_FORCED_UNDEF},
        {C_IFIDN, true, E_FORCED_EQUAL}, {C_IFIDNI, true, E_FORCED_EQUAL},
        {C_IFIDN, false, E_FORCED_DIFF}, {C_IFIDNI, false, E_FORCED_DIFF},
    };
    if (t->kind != TK_ID || t->kw.pp < PPW_ERR || t->kw.pp > PPW_ERRDIFI)
        return false;
    size_t i = (size_t)(t->kw.pp - PPW_ERR);
    bool fire = errs[i].op == C_NONE ? true : cond_value(a, errs[i].op, l, 1) == errs[i].when;
    if (fire) {
        const char *p;
        size_t n;
        rest_text(l, 1, &p, &n);
        diag_error(&a->diag, l->loc, errs[i].id, arena_strndup(&a->line, p, n));
    }
    return true;
}

static void define_text_value(Asm *a, const Tok *name, const char *text, SrcLoc loc)
{
    if (!macro_text_fits(a, strlen(text), loc))
        return;
    Sym *s = sym_intern(&a->syms, name->p, name->len, NULL);
    if (s->kind != SYM_UNDEF && s->kind != SYM_TEXT) {
        diag_error(&a->diag, loc, E_REDEFINITION, s->name);
        return;
    }
    if (s->kind != SYM_TEXT)
        a->text_macros++;
    s->kind = SYM_TEXT;
    memo_name_defined(a, name->p, name->len);
    s->text = arena_strdup(&a->perm, text);
    s->defined_this_pass = true;
    s->loc = loc;
}

static void define_number_value(Asm *a, const Tok *name, int64_t v, SrcLoc loc)
{
    Sym *s = sym_intern(&a->syms, name->p, name->len, NULL);
    if (s->kind != SYM_UNDEF && s->kind != SYM_ASSIGN) {
        diag_error(&a->diag, loc, E_REDEFINITION, s->name);
        return;
    }
    s->kind = SYM_ASSIGN;
    s->value = v;
    s->defined_this_pass = true;
    s->loc = loc;
    sym_mark_defined(&a->syms, s);
}

/* name CATSTR|SUBSTR|INSTR|SIZESTR args: the same as the @ functions. */
static bool do_text_directive(Asm *a, const PPLine *l)
{
    /* in PPWord order: CATSTR SUBSTR INSTR SIZESTR */
    static const char *const funcs[] = {"@CatStr", "@SubStr", "@InStr", "@SizeStr"};
    if (l->ntoks < 2 || l->toks[0].kind != TK_ID || l->toks[1].kind != TK_ID ||
        l->toks[1].kw.pp < PPW_CATSTR || l->toks[1].kw.pp > PPW_SIZESTR)
        return false;
    int k = l->toks[1].kw.pp - PPW_CATSTR;
    const char *p;
    size_t n;
    rest_text(l, 2, &p, &n);
    Buf out = {0};
    bool ok = true;
    macro_builtin(a, funcs[k], strlen(funcs[k]), p, n, &out, &ok, true);
    buf_u8(&out, 0);
    if (ok) {
        if (k >= 2) /* the number is written in the current radix (macro.c) */
            define_number_value(a, &l->toks[0],
                                strtoll((const char *)out.data, NULL,
                                        a->radix >= 2 && a->radix <= 16 ? a->radix : 10),
                                l->loc);
        else
            define_text_value(a, &l->toks[0], (const char *)out.data, l->loc);
    }
    buf_free(&out);
    return true;
}

/* A macro call "[label:] name args"; returns true if one was started. */
static bool macro_call(Asm *a, PPLine *l, bool *label_first)
{
    *label_first = false;
    int i = 0;
    if (l->ntoks >= 2 && l->toks[0].kind == TK_ID && l->toks[1].kind == TK_PUNCT &&
        (l->toks[1].op == ':' || l->toks[1].op == OP_COLON2) && l->toks[0].kw.kind != KW_REG)
        i = 2;
    if (i >= l->ntoks || l->toks[i].kind != TK_ID)
        return false;
    const Tok *t = &l->toks[i];
    if (!maybe_macro(a->pp, t->p, t->len))
        return false;
    Sym *s = sym_find(&a->syms, t->p, t->len, NULL);
    if (!s || s->kind != SYM_MACRO)
        return false;
    const char *args = t->p + t->len;
    const char *end = l->text + l->len;
    /* ml64 expands macro functions (not text macros) in the arguments
     * before binding them: `m @SubStr(<abc>,2,1)` passes "b" */
    Buf ex = {0};
    if (memchr(args, '(', (size_t)(end - args))) {
        if (!expand_functions(a, args, end, l->loc, &ex)) {
            buf_free(&ex);
            return true;
        }
        char *copy = arena_strndup(&a->line, ex.data ? (const char *)ex.data : "", ex.len);
        args = copy;
        end = copy + ex.len;
        buf_free(&ex);
    }
    if (i == 2) {
        /* define the label first, as its own statement */
        PP *pp = a->pp;
        pp->pending = true;
        pp->pending_m = s->macro;
        size_t n = (size_t)(end - args);
        if (n + 1 > pp->pending_cap) {
            pp->pending_cap = n + 1 + n / 2;
            char *grown = xmalloc(pp->pending_cap);
            free(pp->pending_buf);
            pp->pending_buf = grown;
        }
        memcpy(pp->pending_buf, args, n);
        pp->pending_buf[n] = 0;
        pp->pending_args = pp->pending_buf;
        pp->pending_end = pp->pending_args + (end - args);
        pp->pending_loc = l->loc;
        l->ntoks = 2;
        l->toks[2].kind = TK_EOL;
        *label_first = true;
        return true;
    }
    call_macro(a, s->macro, args, end, l->loc, false, NULL);
    return true;
}

/* Handle a preprocessor statement; true if the line was consumed. */
static bool directive(Asm *a, PPLine *l)
{
    const Tok *t = l->toks;
    int at;
    if (l->ntoks >= 2 && t[1].kind == TK_ID && t[1].kw.pp == PPW_MACRO && t[0].kind == TK_ID) {
        define_macro(a, l);
        return true;
    }
    if (is_block_start(l, &at) && at != 1) {
        if (at == 2) {
            /* a label before REPT: define it as its own statement */
            return false;
        }
        define_repeat(a, l, at);
        return true;
    }
    if (t[0].kind == TK_ID) {
        if (t[0].kw.pp == PPW_ENDM) {
            diag_error(&a->diag, l->loc, E_MACRO_NESTING);
            return true;
        }
        if (t[0].kw.pp == PPW_EXITM) {
            do_exitm(a, l);
            return true;
        }
        if (t[0].kw.pp == PPW_GOTO) {
            do_goto(a, l);
            return true;
        }
        if (t[0].kw.pp == PPW_PURGE) {
            do_purge(a, l);
            return true;
        }
        if (t[0].kw.pp == PPW_ECHO) {
            do_echo(a, l, 1);
            return true;
        }
        if (do_err(a, l))
            return true;
    }
    if (t[0].kind == TK_PUNCT && t[0].op == '%' && l->ntoks >= 2 && t[1].kw.pp == PPW_OUT) {
        do_echo(a, l, 2);
        return true;
    }
    return do_text_directive(a, l);
}

/* ---- the line loop ---------------------------------------------------- */

/* A line that starts with an instruction, a prefix or a parser directive
 * (none of them is a preprocessor word) and names nothing in its second
 * token that the preprocessor handles (name MACRO, x EQU ...). */
static bool plain_statement(const PPLine *l)
{
    if (l->ntoks == 0 || l->toks[0].kind != TK_ID)
        return false;
    const Keyword *k = &l->toks[0].kw;
    if (!k->mnemonic && k->kind != KW_PREFIX && !k->directive)
        return false;
    if (l->ntoks >= 2 && l->toks[1].kind == TK_PUNCT && l->toks[1].op == '=')
        return false;
    bool is_else;
    if (cond_op(&l->toks[0], &is_else) != C_NONE)
        return false; /* IF f(x) EQ 1 in column 0 is no "label macro" call */
    unsigned w1 = l->ntoks >= 2 ? l->toks[1].kw.pp : PPW_NONE;
    if (w1 == PPW_MACRO || w1 == PPW_EQU || w1 == PPW_TEXTEQU || w1 == PPW_CATSTR)
        return false; /* .if MACRO, .WHILE EQU <.IF>: ml64 has no .IF, the name is free */
    return l->ntoks < 2 || l->toks[1].kind != TK_ID || l->toks[1].kw.kind == KW_REG ||
           l->toks[1].kw.kind == KW_NONE;
}

/* `name:` or `name::` alone, name no reserved word in any role but an
 * argument word, and no text macro that would replace it. */
static bool label_alone(Asm *a, const PPLine *l)
{
    const Tok *t = l->toks;
    if (l->ntoks != 2 || t[0].kind != TK_ID || t[1].kind != TK_PUNCT ||
        (t[1].op != ':' && t[1].op != OP_COLON2) || t[0].kw.kind != KW_NONE || t[0].kw.pp ||
        t[0].kw.mnemonic || t[0].kw.directive)
        return false;
    if (a->text_macros || t[0].p[0] == '@') { /* as expand_line looks */
        const Sym *s = sym_find(&a->syms, t[0].p, t[0].len, a->cur_proc);
        if (s && s->kind == SYM_TEXT)
            return false;
    }
    return true;
}

static void set_line_symbols(Asm *a, SrcLoc loc)
{
    if (a->line_sym)
        a->line_sym->value = loc.line;
}

/* Pop a finished frame, returning a function's value to its caller. */
static void pop_frame(Asm *a)
{
    PP *pp = a->pp;
    PPFrame *f = &pp->frames[pp->depth - 1];
    if (f->kind != FR_FILE) {
        /* an IF opened in a macro or repeat body and not closed there is
         * ml64's fatal A1010 at the body's end, unless EXITM ended the
         * body inside it (or a GOTO reset the levels, below) */
        if (pp->ncond > f->cond_depth && !f->exited && !f->goto_reset)
            diag_error(&a->diag, a->loc, E_BLOCK_NESTING_BARE);
        while (pp->ncond > f->cond_depth)
            pp->ncond--;
        if (f->goto_reset) {
            /* the caller's levels come back, as ml64 left them: a level
             * an IF after the GOTO reused keeps that IF's "taken" but is
             * active (the caller runs on), so a false one lets its ELSE run */
            pp->ncond = f->cond_depth;
            for (int k = 0; k < pp->ncond; k++)
                if (pp->cond[k].state == 1)
                    pp->cond[k].state = 3;
                else if (pp->cond[k].state == 2)
                    pp->cond[k].state = 0;
        }
        arena_release(&pp->fa, f->fmark); /* its arguments, LOCALs, body */
    }
    pp->depth--;
}

/* A line for the listing only (see PPLine.list_only). */
static void list_line(Asm *a, PPLine *out, SrcLoc loc, const char *text, size_t len)
{
    LexResult r = lex_tokens(&a->line, "", "", 0);
    PPLine l = {r.toks, 0, loc, text, len, true, NULL, 0, NULL, 0, NULL, false, 0, NULL, 0};
    *out = l;
}

/* The lines a directive consumed from the file being read (a MACRO
 * definition, a REPT block, COMMENT, ECHO ...) are listed, in pass 2. */
static void list_consumed(Asm *a, int fi, uint32_t file, uint32_t from)
{
    PP *pp = a->pp;
    if (a->pass != 2 || !a->opt->listing || fi < 0 || fi >= pp->depth)
        return;
    const PPFrame *f = &pp->frames[fi];
    if (f->kind != FR_FILE || f->file != file || f->line <= from)
        return;
    pp->list_file = file;
    pp->list_from = from;
    pp->list_to = f->line;
}

bool pp_next(Asm *a, PPLine *out)
{
    PP *pp = a->pp;
    /* lines that are consumed here (false conditional blocks, directives,
     * definitions) give their line memory back before the next one: a
     * loop of skipped lines must not grow the line arena (#17) */
    ArenaMark mark = arena_mark(&a->line);
    for (;;) {
        arena_release(&a->line, mark);
        if (pp->stopped || pp->depth == 0 || pp->depth < pp->barrier ||
            a->diag.fatal_pending)
            return false;
        if (pp->list_from < pp->list_to) {
            SrcLoc at = {pp->list_file, pp->list_from++, 0};
            list_line(a, out, at, "", 0);
            return true;
        }
        if (pp->pending) {
            pp->pending = false;
            call_macro(a, pp->pending_m, pp->pending_args, pp->pending_end, pp->pending_loc,
                       false, NULL);
            continue;
        }
        PPFrame *f = &pp->frames[pp->depth - 1];
        const char *text;
        size_t len;
        uint32_t line;
        bool got = f->kind == FR_FILE ? read_file_line(a, f, &text, &len, &line)
                                      : read_body_line(a, f, &text, &len, &line);
        if (!got) {
            pop_frame(a);
            continue;
        }
        SrcLoc loc = {f->kind == FR_FILE ? f->file : f->m->file, line,
                      f->kind == FR_FILE ? 0 : f->exp};
        int fi = f->kind == FR_FILE ? pp->depth - 1 : -1;
        a->loc = loc;
        if (f->kind != FR_FILE && ++pp->expanded > ASM_MAX_EXPANDED_LINES) {
            diag_fatal_later(&a->diag, loc, E_EXPANSION_LIMIT, (long)ASM_MAX_EXPANDED_LINES);
            return false; /* back to the statement loop, which stops */
        }
        if (f->kind != FR_FILE && (pp->expanded_bytes += len) > ASM_MAX_EXPANDED_BYTES) {
            diag_fatal_later(&a->diag, loc, E_EXPANSION_BYTES, (unsigned long)ASM_MAX_EXPANDED_BYTES);
            return false;
        }
        if (f->kind != FR_FILE && len > ASM_MAX_TEXT_MACRO) {
            /* an argument that doubles per recursive call (m a&a) would
             * grow without bound: the line is dropped, as ml64 does (its
             * limit is far lower) */
            diag_error(&a->diag, loc, E_TEXT_TOO_LONG);
            continue;
        }
        set_line_symbols(a, loc);
        if (f->kind == FR_FILE)
            predef_set_file(a, f->file);
        bool colon = len && text[len - 1] == ':';
        if (colon && active(pp)) {
            /* `name:` alone, lexed the quick way: what the steps below
             * would hand on (no memo entry ends in ':', see below) */
            Tok *lt = lex_label_line(&a->line, text, text + len);
            if (lt) {
                kw_classify(&a->kw, lt, 1);
                PPLine l = {lt, 2, loc, text, len, false, NULL, 0, NULL, 0,
                            NULL, false, 0, text, len};
                if (label_alone(a, &l)) {
                    *out = l;
                    return true;
                }
            }
        }
        uint32_t mhash = 0;
        const MemoEntry *kept = NULL;
        if (memo_on(a) && active(pp) && !colon) {
            /* (a line that ends in ':' is a label, or wrong: never kept,
             * as memo_candidate takes ':' only after a register) */
            mhash = memo_hash(text, len);
            kept = types_plain_context(a) ? memo_find(a, text, len, mhash) : NULL;
#ifndef ASM_MEMO_CHECK
            if (kept) {
                PPLine hit = {NULL, 0, loc, text, len, false, NULL, 0, NULL, 0,
                              kept, false, mhash, text, len};
                *out = hit;
                return true;
            }
#endif
        }
        LexResult r = lex_tokens(&a->line, text, text + len, 0);
        kw_classify(&a->kw, r.toks, r.ntoks);
        bool cand = mhash && !r.error && memo_candidate(r.toks, r.ntoks);
        PPLine l = {r.toks, r.ntoks, loc, text, len, false, NULL, 0, NULL, 0,
                    kept, cand, mhash, text, len}; /* kept: ASM_MEMO_CHECK */
        Sym *first = a->text_macros && r.ntoks && r.toks[0].kind == TK_ID && r.toks[0].p[0] == '.'
                         ? sym_find(&a->syms, r.toks[0].p, r.toks[0].len, a->cur_proc)
                         : NULL; /* .WHILE made a text macro (.WHILE EQU <.IF>) */
        if (plain_statement(&l) && !r.error && !(first && first->kind == SYM_TEXT)) {
            /* an instruction or a parser directive first: it cannot be a
             * preprocessor line, so only macros and text macros matter */
            bool label_first;
            if (!active(pp)) {
                if (a->pass == 2 && a->opt->listing && a->lst_false_conds) {
                    list_line(a, out, loc, text, len);
                    return true;
                }
                continue;
            }
            if (a->macro_count && macro_call(a, &l, &label_first)) {
                *out = l;
                out->ntoks = 0;
                return true;
            }
            if (!expand_line(a, &l, 1, true) || a->diag.fatal_pending)
                continue;
            *out = l;
            return true;
        }
        if (!r.error && active(pp) && (r.ntoks == 0 || label_alone(a, &l))) {
            /* an empty line, or a code label alone: no step below would
             * change it */
            *out = l;
            return true;
        }
        bool cond = handle_cond(a, &l);
        if (cond || !active(pp)) {
            /* the listing shows conditional lines, and with .LISTIF (-Sx)
             * the lines of false blocks, as ml64 */
            if (a->pass == 2 && a->opt->listing && (cond || a->lst_false_conds)) {
                list_line(a, out, loc, text, len);
                return true;
            }
            continue;
        }
        if (r.ntoks >= 1 && r.toks[0].kind == TK_ID && r.toks[0].kw.pp == PPW_COMMENT &&
            f->kind == FR_FILE) {
            skip_comment_block(f, r.toks[0].p + r.toks[0].len, text + len);
            list_consumed(a, fi, loc.file, line);
            continue;
        }
        int echo_at = r.ntoks >= 1 && r.toks[0].kind == TK_ID && r.toks[0].kw.pp == PPW_ECHO ? 0
                    : r.ntoks >= 2 && r.toks[0].kind == TK_PUNCT && r.toks[0].op == '%' &&
                              r.toks[1].kind == TK_ID && r.toks[1].kw.pp == PPW_ECHO ? 1 : -1;
        if (r.error == LEXERR_UNTERMINATED_STRING && echo_at >= 0) {
            /* ECHO it's: the text is shown as written (ml64), a quote
             * needs no partner there */
            if (a->pass == 2) {
                const char *p = r.toks[echo_at].p + r.toks[echo_at].len, *e = text + len;
                const char *semi = memchr(p, ';', (size_t)(e - p));
                if (semi)
                    e = semi; /* a comment ends it */
                while (p < e && (*p == ' ' || *p == '\t'))
                    p++;
                while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
                    e--;
                printf("%.*s\n", (int)(e - p), p);
            }
            list_consumed(a, fi, loc.file, line);
            continue;
        }
        if (r.error == LEXERR_UNTERMINATED_STRING) {
            /* the statement is dropped (as ml64 does): what remains of it
             * would only draw more errors */
            diag_error(&a->diag, loc, E_MISSING_QUOTE);
            l.toks = r.toks + r.ntoks;
            l.ntoks = r.ntoks = 0;
        } else if (r.error == LEXERR_TOO_MANY) {
            diag_error(&a->diag, loc, E_TOO_COMPLEX); /* ml64's word for too many tokens */
            l.toks = r.toks + r.ntoks;
            l.ntoks = r.ntoks = 0;
        } else if (r.error == LEXERR_BAD_CHAR)
            diag_error(&a->diag, loc, E_BAD_CHAR);
        if (r.ntoks == 0) {
            *out = l;
            return true;
        }
        if (f->kind != FR_FILE && r.ntoks == 2 && r.toks[0].kind == TK_PUNCT &&
            r.toks[0].op == ':' && r.toks[1].kind == TK_ID)
            continue; /* a GOTO target, not a statement */
        if (l.toks[0].kind == TK_ID && l.ntoks >= 2 && l.toks[1].kind == TK_ID &&
            l.toks[1].kw.pp == PPW_MACRO) {
            define_macro(a, &l);
            list_consumed(a, fi, loc.file, line);
            continue;
        }
        int from = 0;
        unsigned w0 = l.toks[0].kind == TK_ID ? l.toks[0].kw.pp : PPW_NONE;
        unsigned w1 = l.ntoks >= 2 && l.toks[1].kind == TK_ID ? l.toks[1].kw.pp : PPW_NONE;
        if (w1 == PPW_EQU)
            from = 2;
        else if (w1 == PPW_TEXTEQU || (w1 >= PPW_CATSTR && w1 <= PPW_SIZESTR))
            from = l.ntoks; /* their text items name text macros themselves */
        else if (l.ntoks >= 2 && l.toks[1].kind == TK_PUNCT && l.toks[1].op == '=')
            from = 2;
        else if (w0 == PPW_IFDEF || w0 == PPW_PURGE)
            from = l.ntoks;
        bool percent = l.toks[0].kind == TK_PUNCT && l.toks[0].op == '%' &&
                       !(l.ntoks >= 2 && l.toks[1].kw.pp == PPW_OUT);
        bool label_first;
        if (!percent && a->macro_count && macro_call(a, &l, &label_first)) {
            /* arguments go to the macro as written; the call line is
             * listed and its expansion follows */
            *out = l;
            if (!label_first)
                out->ntoks = 0;
            return true;
        }
        if (l.toks[0].kind == TK_ID && l.toks[0].kw.pp == PPW_ECHO)
            from = l.ntoks; /* ECHO text is shown as written (use % to expand) */
        if (percent)
            percent_strings(a, &l);
        if (percent && !percent_angles(a, &l))
            continue;
        bool ok = from < l.ntoks ? expand_line(a, &l, percent ? 1 : from, true)
                                 : expand_line(a, &l, 2, false);
        if (!ok || a->diag.fatal_pending)
            continue;
        if (percent) {
            splice(a, &l, l.toks[0].p, l.toks[0].p + 1, "", 0);
            if (l.ntoks == 0)
                continue;
        }
        if (directive(a, &l)) {
            list_consumed(a, fi, loc.file, line);
            continue;
        }
        if (a->macro_count && macro_call(a, &l, &label_first)) {
            *out = l; /* a call written through a text macro */
            if (!label_first)
                out->ntoks = 0;
            return true;
        }
        *out = l;
        return true;
    }
}

void pp_end_pass(Asm *a)
{
    PP *pp = a->pp;
    if (pp->ncond > 0) /* ml64: at the last line read (END), named so */
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, "if-else");
    pp->ncond = 0;
}

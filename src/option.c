/* option.c: the OPTION directive.
 *
 *   OPTION item {, item}
 *   item := CASEMAP:{NONE|NOTPUBLIC|ALL} | FRAME:{AUTO|NOAUTO} | WIN64:n
 *         | PROLOGUE:{NONE|PROLOGUEDEF} | EPILOGUE:{NONE|EPILOGUEDEF}
 *         | PROC:{PRIVATE|PUBLIC|EXPORT} | DLLIMPORT:{<dll>|NONE}
 *         | ml64 items that change nothing for a COFF object (warned)
 *
 * WIN64 takes JWasm's numbers 0-7 (bit 0: home the register arguments,
 * bit 1: reserve INVOKE space once per procedure, bit 2: 16-byte aligned
 * locals); see doc/procedures.md. */
#include "option.h"
#include <string.h>

/* The value after "name:", as a token index, or -1 after an error. */
static int value_of(Asm *a, Stmt *st, int i)
{
    if (i + 2 > st->ntoks || st->toks[i + 1].kind != TK_PUNCT || st->toks[i + 1].op != ':' ||
        i + 2 >= st->ntoks) {
        asm_syntax_error(a, &st->toks[i + 1 < st->ntoks ? i + 1 : i]);
        return -1;
    }
    return i + 2;
}

static bool option_casemap(Asm *a, const Tok *v)
{
    ArgWord w = tok_arg(v);
    if (w == AW_NONE_WORD)
        a->casemap = CASEMAP_NONE;
    else if (w == AW_ALL)
        a->casemap = CASEMAP_ALL;
    else if (w == AW_NOTPUBLIC)
        a->casemap = CASEMAP_NOTPUBLIC;
    else
        return asm_syntax_error(a, v);
    a->syms.case_sensitive = a->casemap == CASEMAP_NONE;
    return true;
}

static bool option_win64(Asm *a, const Tok *v)
{
    uint64_t n;
    if (v->kind != TK_NUM || !lex_number(v->p, v->len, a->radix, &n) || n > 7) {
        diag_error(&a->diag, a->loc, E_SYNTAX, tok_str(a, v));
        return false;
    }
    a->lopt.win64 = (uint8_t)n;
    a->jwasm_source = true;
    return true;
}

/* DLLIMPORT:<name> or DLLIMPORT:NONE; the name is written as a <> literal
 * or as plain tokens up to the next comma. */
static int option_dllimport(Asm *a, Stmt *st, int v)
{
    const Tok *t = &st->toks[v];
    if (tok_arg(t) == AW_NONE_WORD) {
        a->lopt.dllimport = NULL;
        return v + 1;
    }
    if (t->kind == TK_ANGLE) {
        a->lopt.dllimport = arena_strndup(&a->perm, t->p + 1, t->len - 2);
        return v + 1;
    }
    int end = v;
    while (end < st->ntoks && !(st->toks[end].kind == TK_PUNCT && st->toks[end].op == ','))
        end++;
    const Tok *last = &st->toks[end - 1];
    a->lopt.dllimport = arena_strndup(&a->perm, t->p, (size_t)(last->p + last->len - t->p));
    return end;
}

static bool option_item(Asm *a, Stmt *st, int *pi)
{
    int i = *pi;
    const Tok *t = &st->toks[i];
    if (t->kind != TK_ID)
        return asm_syntax_error(a, t);
    ArgWord item = tok_arg(t);
    if (item == AW_DOTNAME || item == AW_NODOTNAME) {
        a->lopt.dotname = item == AW_DOTNAME;
        *pi = i + 1;
        return true;
    }
    if (kw_option_ignored(t->kw)) {
        diag_warning(&a->diag, a->loc, W_DIRECTIVE_IGNORED, tok_str(a, t));
        while (i < st->ntoks && !(st->toks[i].kind == TK_PUNCT && st->toks[i].op == ','))
            i++;
        *pi = i;
        return true;
    }
    int v = value_of(a, st, i);
    if (v < 0)
        return false;
    const Tok *val = &st->toks[v];
    ArgWord vw = tok_arg(val);
    bool ok = true;
    *pi = v + 1;
    if (item == AW_CASEMAP) {
        ok = option_casemap(a, val);
    } else if (item == AW_FRAME) {
        a->jwasm_source = true;
        if (vw == AW_AUTO)
            a->lopt.frame_auto = true;
        else if (vw == AW_NOAUTO)
            a->lopt.frame_auto = false;
        else
            ok = asm_syntax_error(a, val);
    } else if (item == AW_WIN64) {
        ok = option_win64(a, val);
    } else if (item == AW_PROLOGUE || item == AW_EPILOGUE) {
        bool none = vw == AW_NONE_WORD;
        bool def = vw == AW_PROLOGUEDEF || vw == AW_EPILOGUEDEF;
        /* any other name is the user's macro (ml64) */
        const char *user = none || def || val->kind != TK_ID ? NULL : tok_str(a, val);
        if (user)
            user = arena_strdup(&a->perm, user);
        if (!none && !def && !user)
            ok = asm_syntax_error(a, val);
        else if (item == AW_PROLOGUE) {
            a->lopt.no_prologue = none;
            a->lopt.prologue_macro = user;
        } else {
            a->lopt.no_epilogue = none;
            a->lopt.epilogue_macro = user;
        }
    } else if (item == AW_PROC) {
        if (vw == AW_PUBLIC)
            a->lopt.proc_vis = 0;
        else if (vw == AW_PRIVATE)
            a->lopt.proc_vis = 1;
        else if (vw == AW_EXPORT)
            a->lopt.proc_vis = 2;
        else
            ok = asm_syntax_error(a, val);
    } else if (item == AW_SETIF2) {
        a->lopt.setif2 = vw == AW_TRUE;
        if (!a->lopt.setif2 && vw != AW_FALSE)
            ok = asm_syntax_error(a, val);
    } else if (item == AW_DLLIMPORT) {
        *pi = option_dllimport(a, st, v);
    } else if (item == AW_STACKBASE) {
        /* JWasm: STACKBASE:RSP addresses parameters and locals from rsp
         * (plus @StackBase) without a frame pointer; RBP is the default */
        Reg r = val->kw.kind == KW_REG ? (Reg)val->kw.id : R_NONE;
        if (r != R_RSP && r != R_RBP)
            return asm_syntax_error(a, val);
        a->lopt.stackbase_rsp = r == R_RSP;
        if (!a->stackbase_sym) {
            Sym *s = sym_intern(&a->syms, "@StackBase", 10, NULL);
            if (s->kind == SYM_UNDEF) {
                s->kind = SYM_ASSIGN;
                s->value = 0;
                s->defined_this_pass = true;
                sym_mark_defined(&a->syms, s);
            }
            a->stackbase_sym = s;
        }
    } else {
        ok = asm_syntax_error(a, t);
    }
    return ok;
}

bool dir_option(Asm *a, Stmt *st)
{
    int i = st->arg;
    if (i >= st->ntoks)
        return asm_syntax_error(a, &st->toks[i]);
    while (i < st->ntoks) {
        if (!option_item(a, st, &i))
            return false;
        if (!stmt_comma(a, st, &i))
            return false;
    }
    return true;
}

static const DirDef directives[] = {
    {"option", dir_option, false, false, 0},
};

const DirTable option_directives = {directives, ARRAY_LEN(directives)};

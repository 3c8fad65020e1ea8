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

static const char *const ignored[] = {
    "scoped", "noscoped", "ljmp", "noljmp", "m510", "nom510",
    "oldstructs", "nooldstructs", "oldmacros", "nooldmacros", "readonly", "noreadonly",
    "emulator", "noemulator", "nosignextend", "expr32", "expr16", "language",
    "segment", "offset", "nokeyword", "avxencoding", "evex",
};

static bool is_ignored(const Tok *t)
{
    for (size_t i = 0; i < ARRAY_LEN(ignored); i++)
        if (tok_is(t, ignored[i]))
            return true;
    return false;
}

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
    if (tok_is(v, "none"))
        a->casemap = CASEMAP_NONE;
    else if (tok_is(v, "all"))
        a->casemap = CASEMAP_ALL;
    else if (tok_is(v, "notpublic"))
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
    if (t->kind == TK_ID && tok_is(t, "none")) {
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
    if (tok_is(t, "dotname") || tok_is(t, "nodotname")) {
        a->lopt.dotname = tok_is(t, "dotname");
        *pi = i + 1;
        return true;
    }
    if (is_ignored(t)) {
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
    bool ok = true;
    *pi = v + 1;
    if (tok_is(t, "casemap")) {
        ok = option_casemap(a, val);
    } else if (tok_is(t, "frame")) {
        a->jwasm_source = true;
        if (tok_is(val, "auto"))
            a->lopt.frame_auto = true;
        else if (tok_is(val, "noauto"))
            a->lopt.frame_auto = false;
        else
            ok = asm_syntax_error(a, val);
    } else if (tok_is(t, "win64")) {
        ok = option_win64(a, val);
    } else if (tok_is(t, "prologue") || tok_is(t, "epilogue")) {
        bool none = tok_is(val, "none");
        bool def = tok_is(val, "prologuedef") || tok_is(val, "epiloguedef");
        /* any other name is the user's macro (ml64) */
        const char *user = none || def || val->kind != TK_ID ? NULL : tok_str(a, val);
        if (user)
            user = arena_strdup(&a->perm, user);
        if (!none && !def && !user)
            ok = asm_syntax_error(a, val);
        else if (tok_is(t, "prologue")) {
            a->lopt.no_prologue = none;
            a->lopt.prologue_macro = user;
        } else {
            a->lopt.no_epilogue = none;
            a->lopt.epilogue_macro = user;
        }
    } else if (tok_is(t, "proc")) {
        if (tok_is(val, "public"))
            a->lopt.proc_vis = 0;
        else if (tok_is(val, "private"))
            a->lopt.proc_vis = 1;
        else if (tok_is(val, "export"))
            a->lopt.proc_vis = 2;
        else
            ok = asm_syntax_error(a, val);
    } else if (tok_is(t, "setif2")) {
        a->lopt.setif2 = tok_is(val, "true");
        if (!a->lopt.setif2 && !tok_is(val, "false"))
            ok = asm_syntax_error(a, val);
    } else if (tok_is(t, "dllimport")) {
        *pi = option_dllimport(a, st, v);
    } else if (tok_is(t, "stackbase")) {
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

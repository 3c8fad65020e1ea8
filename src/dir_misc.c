/* dir_misc.c: smaller directives.
 *
 *   COMM name:type[:count] {, ...}
 *   ALIAS <alias> = <target>
 *   PUSHCONTEXT ctx / POPCONTEXT ctx     ctx: RADIX LISTING CPU ASSUMES ALL
 *   .LIST .NOLIST .LISTALL .LISTMACRO .LISTMACROALL .NOLISTMACRO .LISTIF
 *   .NOLISTIF .CREF .NOCREF .XCREF .LALL .SALL .XALL .SFCOND .LFCOND .TFCOND
 *   TITLE SUBTITLE SUBTTL PAGE .ALPHA .SEQ .DOSSEG DOSSEG
 *
 * Listing-layout and segment-order directives change nothing in a COFF
 * object or in our listing format; they are accepted silently (.LIST and
 * .NOLIST do switch the listing on and off). */
#include "stmt.h"
#include "dir_misc.h"
#include "listing.h"
#include <string.h>


bool dir_comm(Asm *a, Stmt *st)
{
    int i = st->arg;
    while (i < st->ntoks) {
        const Tok *name = &st->toks[i];
        /* ml64 14.12 takes no language type or distance here: COMM C x:DWORD
         * is A2008 on x (on NEAR, FAR and SYSCALL, the instruction, on the
         * word itself) */
        if (name->kind == TK_ID && kw_is_langtype(tok_arg(name)) && !name->kw.mnemonic &&
            i + 1 < st->ntoks && st->toks[i + 1].kind == TK_ID)
            return asm_syntax_error(a, &st->toks[i + 1]);
        if (name->kind != TK_ID || i + 2 >= st->ntoks || st->toks[i + 1].op != ':')
            return asm_syntax_error(a, name);
        int size = expr_type_size(a, &st->toks[i + 2]);
        if (!size || size >= MT_NEAR)
            return asm_syntax_error(a, &st->toks[i + 2]);
        i += 3;
        int64_t count = 1;
        if (i < st->ntoks && st->toks[i].kind == TK_PUNCT && st->toks[i].op == ':') {
            i++;
            int end = i;
            while (end < st->ntoks && st->toks[end].op != ',')
                end++;
            if (!expr_const(a, st->toks, &i, end, &count) || count < 1)
                return false;
        }
        Sym *s = sym_intern(&a->syms, name->p, name->len, NULL);
        if (s->kind != SYM_UNDEF && !(s->kind == SYM_EXTERN && s->is_comm)) {
            diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
            return false;
        }
        s->kind = SYM_EXTERN;
        s->is_comm = true;
        s->mem_type = (uint8_t)size;
        s->total = (uint32_t)(size * count);
        s->count = (uint32_t)count;
        s->defined_this_pass = true;
        s->loc = a->loc;
        sym_mark_defined(&a->syms, s);
        if (i < st->ntoks) {
            if (st->toks[i].op != ',')
                return asm_syntax_error(a, &st->toks[i]);
            i++;
        }
    }
    return true;
}

static const char *angle_name(Asm *a, const Tok *t)
{
    if (t->kind != TK_ANGLE || t->len < 3)
        return NULL;
    return arena_strndup(&a->perm, t->p + 1, t->len - 2);
}

bool dir_alias(Asm *a, Stmt *st)
{
    int i = st->arg;
    if (i + 2 >= st->ntoks + 0 || i + 2 > st->ntoks - 1 + 1)
        return asm_syntax_error(a, &st->toks[i]);
    const char *name = angle_name(a, &st->toks[i]);
    if (!name || st->toks[i + 1].kind != TK_PUNCT || st->toks[i + 1].op != '=')
        return asm_syntax_error(a, &st->toks[i]);
    const char *target = i + 2 < st->ntoks ? angle_name(a, &st->toks[i + 2]) : NULL;
    if (!target || !stmt_end(a, st, i + 3))
        return asm_syntax_error(a, &st->toks[i + 2 < st->ntoks ? i + 2 : i]);
    Alias *al = arena_alloc(&a->perm, sizeof *al);
    al->name = name;
    al->target = sym_intern(&a->syms, target, strlen(target), NULL);
    al->target->used = true;
    al->next = a->aliases;
    a->aliases = al;
    return true;
}

static bool context_word(Asm *a, Stmt *st, bool *radix)
{
    if (st->arg >= st->ntoks)
        return asm_syntax_error(a, &st->toks[st->arg]);
    const Tok *t = &st->toks[st->arg];
    ArgWord w = tok_arg(t);
    if (w == AW_ASSUMES || w == AW_RADIX || w == AW_LISTING || w == AW_CPU || w == AW_ALL) {
        *radix = w == AW_RADIX || w == AW_ALL;
        return stmt_end(a, st, st->arg + 1);
    }
    return asm_syntax_error(a, t);
}

bool dir_pushcontext(Asm *a, Stmt *st)
{
    bool radix;
    if (!context_word(a, st, &radix))
        return false;
    if (a->ctx_depth == (int)ARRAY_LEN(a->ctx_radix)) {
        diag_error(&a->diag, a->loc, E_NESTING_TOO_DEEP);
        return false;
    }
    a->ctx_radix[a->ctx_depth++] = radix ? a->radix : -1;
    return true;
}

bool dir_popcontext(Asm *a, Stmt *st)
{
    bool radix;
    if (!context_word(a, st, &radix))
        return false;
    if (a->ctx_depth == 0) {
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING_BARE);
        return false;
    }
    int saved = a->ctx_radix[--a->ctx_depth];
    if (radix && saved > 0)
        a->radix = saved;
    return true;
}

/* The rest of a statement as written (TITLE text). */
static const char *rest_of_line(Asm *a, const Stmt *st)
{
    if (st->arg >= st->ntoks)
        return "";
    const char *from = st->toks[st->arg].p;
    const char *to = st->line->text + st->line->len;
    if (from < st->line->text || from > to)
        return "";
    while (to > from && (to[-1] == ' ' || to[-1] == '\t' || to[-1] == '\r'))
        to--;
    return arena_strndup(&a->perm, from, (size_t)(to - from));
}

/* What a listing-control directive does (its DirDef.param). */
typedef enum ListCtl {
    LC_NOLIST = 1, LC_LIST, LC_LISTMACRO, LC_NOLISTMACRO, LC_LISTMACROALL, LC_LISTALL,
    LC_LISTIF, LC_NOLISTIF, LC_TFCOND, LC_TITLE, LC_SUBTITLE, LC_PAGE
} ListCtl;

/* The listing controls, as ml64: .LIST/.NOLIST, the macro expansion
 * modes (.LISTMACRO: lines that generate code or data, .NOLISTMACRO: none,
 * .LISTMACROALL/.LISTALL: all), .LISTIF/.NOLISTIF (false conditional
 * blocks), TITLE, SUBTITLE and PAGE (a new page; see listing.c). */
bool dir_list(Asm *a, Stmt *st)
{
    switch ((ListCtl)st->dir->param) {
    case LC_NOLIST: a->listing_off = true; break;
    case LC_LIST: a->listing_off = false; break;
    case LC_LISTMACRO: a->lst_macros = LST_MACRO_CODE; break;
    case LC_NOLISTMACRO: a->lst_macros = LST_MACRO_NONE; break;
    case LC_LISTMACROALL: a->lst_macros = LST_MACRO_ALL; break;
    case LC_LISTALL:
        a->listing_off = false;
        a->lst_macros = LST_MACRO_ALL;
        a->lst_false_conds = true;
        break;
    case LC_LISTIF: a->lst_false_conds = true; break;
    case LC_NOLISTIF: a->lst_false_conds = false; break;
    case LC_TFCOND: a->lst_false_conds = !a->lst_false_conds; break;
    case LC_TITLE: a->lst_title = rest_of_line(a, st); break;
    case LC_SUBTITLE: a->lst_subtitle = rest_of_line(a, st); break;
    case LC_PAGE:
        if (lst_current(a))
            lst_current(a)->page = true;
        break;
    }
    return true;
}

static const DirDef directives[] = {
    {"title", dir_list, false, false, LC_TITLE},
    {"subtitle", dir_list, false, false, LC_SUBTITLE},
    {"subttl", dir_list, false, false, LC_SUBTITLE},
    {"page", dir_list, false, false, LC_PAGE},
    {".list", dir_list, false, false, LC_LIST},
    {".nolist", dir_list, false, false, LC_NOLIST},
    {".xlist", dir_list, false, false, LC_NOLIST},
    {".listall", dir_list, false, false, LC_LISTALL},
    {".listmacro", dir_list, false, false, LC_LISTMACRO},
    {".listmacroall", dir_list, false, false, LC_LISTMACROALL},
    {".nolistmacro", dir_list, false, false, LC_NOLISTMACRO},
    {".listif", dir_list, false, false, LC_LISTIF},
    {".nolistif", dir_list, false, false, LC_NOLISTIF},
    {".lall", dir_list, false, false, LC_LISTMACROALL},
    {".sall", dir_list, false, false, LC_NOLISTMACRO},
    {".xall", dir_list, false, false, LC_LISTMACRO},
    {".sfcond", dir_list, false, false, LC_NOLISTIF},
    {".lfcond", dir_list, false, false, LC_LISTIF},
    {".tfcond", dir_list, false, false, LC_TFCOND},
    {"comm", dir_comm, false, false, 0},
    {"alias", dir_alias, false, false, 0},
    {"pushcontext", dir_pushcontext, false, false, 0},
    {"popcontext", dir_popcontext, false, false, 0},
};

const DirTable dir_misc_directives = {directives, ARRAY_LEN(directives)};

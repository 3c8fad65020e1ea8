/* stmt.c: the statement toolkit the handlers share (see stmt.h). */
#include "stmt.h"

const char *tok_str(Asm *a, const Tok *t)
{
    return arena_strndup(&a->line, t->p, t->len);
}

bool asm_syntax_error(Asm *a, const Tok *t)
{
    const char *what = t->kind == TK_EOL ? "" : tok_str(a, t);
    diag_error(&a->diag, a->loc, E_SYNTAX, what);
    return false;
}

bool stmt_comma(Asm *a, Stmt *st, int *i)
{
    if (*i >= st->ntoks)
        return true;
    if (st->toks[*i].kind != TK_PUNCT || st->toks[*i].op != ',')
        return asm_syntax_error(a, &st->toks[*i]);
    (*i)++;
    return true;
}

bool stmt_end(Asm *a, Stmt *st, int i)
{
    if (i < st->ntoks)
        return asm_syntax_error(a, &st->toks[i]);
    return true;
}

Section *asm_section(Asm *a)
{
    if (!a->cur)
        diag_error(&a->diag, a->loc, E_NOT_IN_SEGMENT);
    return a->cur;
}

Sym *asm_define_label(Asm *a, const Tok *name, uint8_t mem_type, bool global)
{
    Section *sec = asm_section(a);
    if (!sec)
        return NULL;
    if (name->kw.kind == KW_REG) {
        diag_error(&a->diag, a->loc, E_SYNTAX, tok_str(a, name)); /* reserved word */
        return NULL;
    }
    Sym *scope = (!global && a->cur_proc) ? a->cur_proc : NULL;
    Sym *s;
    bool anon = name->len == 2 && name->p[0] == '@' && name->p[1] == '@';
    if (anon)
        s = expr_anon_label(a, ++a->anon_labels);
    else /* pass 2 defines the labels in pass 1's order: the next one is
            mostly the symbol defined after the last */
        s = sym_intern_next(&a->syms, a->last_label, name->p, name->len, scope);
    if (!anon)
        a->last_label = s;
    if (s->defined_this_pass || (s->kind != SYM_UNDEF && s->kind != SYM_LABEL &&
                                 !(s->kind == SYM_EXTERN && s->is_externdef))) {
        diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
        return NULL;
    }
    if (s->kind == SYM_EXTERN && s->is_externdef)
        s->is_public = true;
    asm_place_label(a, s, mem_type);
    return s;
}

void asm_place_label(Asm *a, Sym *s, uint8_t mem_type)
{
    Section *sec = a->cur;
    s->kind = SYM_LABEL;
    s->defined_this_pass = true;
    s->mem_type = mem_type;
    s->sec = sec;
    sec_here(sec, &s->frag, &s->frag_off); /* a position: opens no fragment */
    if (!s->frag)
        s->value = 0; /* the start of a section that has no fragment yet */
    s->loc = a->loc;
    s->in_proc = a->cur_proc != NULL && !s->is_proc;
    s->def_proc = s->is_proc ? NULL : a->cur_proc;
    sym_mark_defined(&a->syms, s);
}

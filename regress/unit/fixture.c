/* fixture.c: a minimal assembler context for the unit tests, set up as
 * src/asm.c sets up a run (assemble, begin_pass), in pass 2 with one code
 * section _TEXT current.  Messages are muted (the tests check return
 * values and results); UNIT_VERBOSE=1 shows them. */
#include "unit.h"
#include "asm.h"
#include "parser.h"
#include "predef.h"
#include "preproc.h"
#include <stdlib.h>
#include <string.h>

Asm *unit_asm_new(void)
{
    Options *opt = xmalloc(sizeof *opt);
    memset(opt, 0, sizeof *opt);
    opt->warn_level = 1;
    Asm *a = xmalloc(sizeof *a);
    memset(a, 0, sizeof *a);
    a->opt = opt;
    a->src_name = "unit.asm";
    src_init(&a->sm);
    a->diag.sm = &a->sm;
    a->diag.arena = &a->perm;
    a->diag.warn_level = 1;
    sym_init(&a->syms, &a->perm);
    kw_init(&a->kw);
    parse_init_keywords(a);
    a->secs.arena = &a->perm;
    pp_init(a, parse_exec_line);
    a->pass = 2;
    a->radix = 10;
    predef_begin_pass(a);
    a->diag.muted = !getenv("UNIT_VERBOSE");
    a->cur = sec_new(&a->secs, "_TEXT", 0x60000020u, 16, true, false);
    return a;
}

void unit_asm_free(Asm *a)
{
    const Options *opt = a->opt;
    sec_free(&a->secs);
    sym_free(&a->syms);
    kw_free(&a->kw);
    pp_free(a);
    src_free(&a->sm);
    arena_free(&a->line);
    arena_free(&a->perm);
    free(a);
    free((void *)opt);
}

Tok *unit_lex(Asm *a, const char *line, int *ntoks)
{
    LexResult r = lex_tokens(&a->line, line, line + strlen(line), 0);
    kw_classify(&a->kw, r.toks, r.ntoks);
    *ntoks = r.ntoks;
    return r.toks;
}

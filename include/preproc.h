/* preproc.h: delivers logical source lines as tokens to the parser.
 * Layer L1.  It follows INCLUDE files, skips COMMENT blocks, joins
 * continued lines and substitutes text macros.  (Macros, repeat blocks
 * and conditional assembly belong here too; see issue 4.) */
#ifndef ASM_PREPROC_H
#define ASM_PREPROC_H
#include "base.h"
#include "lexer.h"
#include "srcmgr.h"

struct Asm;

typedef struct PPLine {
    Tok *toks;          /* ntoks tokens + TK_EOL */
    int ntoks;
    SrcLoc loc;
    const char *text;   /* the logical line as written (for the listing) */
    size_t len;
} PPLine;

void pp_init(struct Asm *a);
void pp_free(struct Asm *a);
/* Start a pass over the given main file. */
void pp_begin(struct Asm *a, uint32_t file);
/* Next logical line; false at the end of the main file or after pp_stop. */
bool pp_next(struct Asm *a, PPLine *out);
/* Push an INCLUDE file (searched as ml64 does).  False if not found. */
bool pp_include(struct Asm *a, const char *name);
/* END: stop reading (the rest of the main file is ignored). */
void pp_stop(struct Asm *a);
/* Expand text macros in a token line; returns false on a loop. */
bool pp_expand_text(struct Asm *a, PPLine *line, int from);

#endif

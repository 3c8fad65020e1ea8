/* preproc.h: delivers logical source lines as tokens to the parser.
 * Layer L4.  It follows INCLUDE files, skips COMMENT blocks, joins
 * continued lines, evaluates conditional assembly, defines and expands
 * macros, repeat blocks and macro functions, and substitutes text macros.
 * The parser sees only the lines that remain, fully expanded. */
#ifndef ASM_PREPROC_H
#define ASM_PREPROC_H
#include "base.h"
#include "lexer.h"
#include "srcmgr.h"
#include "buf.h"

struct Asm;

typedef struct PPLine {
    Tok *toks;          /* ntoks tokens + TK_EOL */
    int ntoks;
    SrcLoc loc;         /* loc.exp != 0 inside a macro expansion */
    const char *text;   /* the logical line after substitution */
    size_t len;
    bool list_only;     /* not a statement: a line the listing shows (a
                           MACRO definition, IF, a false block under .LISTIF) */
    /* splice's own copies of text and toks, with room to grow: while the
     * line still uses them, the next splice edits them in place (moving
     * only what follows the splice) instead of copying the whole line */
    char *buf;
    size_t buf_cap;
    Tok *tbuf;
    int tbuf_cap;
    /* memo.h: the kept bytes of this text (then no tokens), or whether
     * the statement may be kept, under the text as read and its hash */
    const struct MemoEntry *memo;
    bool memo_candidate;
    uint32_t memo_hash;
    const char *raw;
    size_t raw_len;
} PPLine;

/* Runs one line through the statement layer; macro functions need it to
 * execute their bodies in the middle of another line. */
typedef void (*PPExecFn)(struct Asm *a, PPLine *line);

void pp_init(struct Asm *a, PPExecFn exec);
void pp_free(struct Asm *a);
/* Start a pass over the given main file. */
void pp_begin(struct Asm *a, uint32_t file);
/* Next line for the parser; false at the end of the main file, after
 * pp_stop, or when a nested run (macro function) is over. */
bool pp_next(struct Asm *a, PPLine *out);
/* Push an INCLUDE file (searched as ml64 does).  False if not found. */
bool pp_include(struct Asm *a, const char *name);
/* Run the macro called name with the argument text args now, its lines
 * through the statement layer; a function's EXITM text goes to out.  An
 * error A2006 if there is no such macro (OPTION PROLOGUE:name, ml64). */
bool pp_run_macro(struct Asm *a, const char *name, const char *args, Buf *out);
/* END: stop reading (the rest of the main file is ignored). */
void pp_stop(struct Asm *a);
/* End of pass: report open IF / MACRO blocks. */
void pp_end_pass(struct Asm *a);
/* The backtrace of a location inside macro expansions, for diag. */
void pp_trace(void *a, SrcLoc loc, SrcLoc *root, void (*emit)(void *d, const char *line), void *d);
/* The source line a location inside macro expansions comes from (the
 * outermost macro call; for a repeat block its ENDM line, as ml64's line
 * numbers have it), or loc itself. */
SrcLoc pp_root_loc(struct Asm *a, SrcLoc loc);
/* How many macro levels deep a location is (0: not in an expansion). */
int pp_macro_depth(struct Asm *a, SrcLoc loc);
/* Name of the innermost macro a location is in, or NULL. */
const char *pp_macro_name(struct Asm *a, SrcLoc loc);

#endif

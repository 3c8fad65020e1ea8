/* macro.h: macro bodies and their expansion text.  Layer L4, used by
 * preproc.c: the definition of macros and repeat blocks (a list of body
 * lines), the parsing of macro arguments as ml64 does it (<> grouping,
 * ! escapes, %expr, quoted strings), parameter and LOCAL substitution
 * (whole words, and &name& inside words and strings), and the text
 * functions CATSTR/SUBSTR/INSTR/SIZESTR and @CatStr... */
#ifndef ASM_MACRO_H
#define ASM_MACRO_H
#include "base.h"
#include "buf.h"
#include "srcmgr.h"

struct Asm;

typedef enum ParamMode {
    MP_NORMAL,
    MP_REQ,     /* :REQ  the argument must not be blank */
    MP_VARARG   /* :VARARG  the rest of the arguments, commas included */
} ParamMode;

typedef struct MacroParam {
    const char *name;
    uint8_t mode;        /* ParamMode */
    const char *def;     /* :=default text, or NULL */
} MacroParam;

/* A piece of a body line: literal text, or a parameter or LOCAL name
 * to replace (found once, when the line is first expanded). */
typedef struct BodySeg {
    uint32_t off, len;   /* the text [off, off+len) of the line */
    int32_t ref;         /* -1 literal; < nparams a parameter; else
                            LOCAL ref - nparams */
} BodySeg;

typedef struct BodyLine {
    const char *text;    /* the line as written (comment removed) */
    uint32_t len;
    uint32_t line;       /* its source line */
    BodySeg *segs;       /* the line split (macro_expand_line) */
    uint32_t nsegs;
    uint8_t split;       /* segs are made */
} BodyLine;

typedef struct Macro {
    const char *name;
    MacroParam *params;
    int nparams;
    const char **locals; /* LOCAL names */
    int nlocals;
    BodyLine *lines;
    int nlines, cap;
    struct Arena *lines_arena; /* where the lines are split (NULL: perm) */
    uint32_t file;       /* where it is defined */
    uint32_t def_line;   /* line of the MACRO statement */
} Macro;

/* One argument value per parameter (and VARARG text). */
typedef struct MacroArgs {
    const char **values;
    int n;
} MacroArgs;

void macro_add_line(struct Asm *a, Macro *m, const char *text, size_t len, uint32_t line);

/* Parse the parameter list of a MACRO statement from text [p, end)
 * (into the macro's arena). */
bool macro_parse_params(struct Asm *a, Macro *m, const char *p, const char *end);

/* Split call arguments [p, end) into values for m's parameters (in
 * arena ar); reports a missing :REQ argument. */
bool macro_parse_args(struct Asm *a, struct Arena *ar, const Macro *m, const char *p,
                      const char *end, MacroArgs *out);

/* Split a list of arguments into plain items (FOR lists, text
 * functions), in arena ar. */
int macro_split_items(struct Asm *a, struct Arena *ar, const char *p, const char *end,
                      const char ***items);

/* One body line with parameters and locals substituted, NUL-terminated
 * in the line arena; its length in *len.  The line is split into
 * literal text and names once, on its first expansion (in the arena of
 * the macro's lines, `lines_arena`). */
char *macro_expand_line(struct Asm *a, const Macro *m, const MacroArgs *args,
                        const char *const *local_names, BodyLine *bl, size_t *len);

/* Split every line of m now (macro_expand_line does it on a line's
 * first expansion): a repeat block's lines, before the data of its
 * iterations, which each iteration releases. */
void macro_split_all(struct Asm *a, Macro *m);

/* The value of the word [p, p+n) if it is a parameter or LOCAL name of m
 * (its argument or its ??nnnn name), else NULL. */
const char *macro_word_value(struct Asm *a, const Macro *m, const MacroArgs *args,
                             const char *const *local_names, const char *p, size_t n);

/* The text of a text item: <literal>, a text macro's value, %expr, or the
 * item itself (in the line arena, or the text macro's own text). */
const char *macro_text_item(struct Asm *a, const char *p, size_t n);
/* Append the inside of <text> (p..end, the angles included), !x as x. */
void macro_unangle(Buf *out, const char *p, const char *end);

/* Whether a text macro value of n bytes may be defined: over
 * ASM_MAX_TEXT_MACRO it is an error (false); past ASM_MAX_TEXT_BYTES for
 * all definitions of the run, a fatal error. */
bool macro_text_fits(struct Asm *a, size_t n, SrcLoc loc);

/* Built-in text functions; false if name is none of them.  With
 * names_are_macros (the CATSTR... directives) a plain name in the
 * arguments stands for its text macro's value; in the @functions it is
 * just text. */
bool macro_builtin(struct Asm *a, const char *name, size_t n, const char *args,
                   size_t len, Buf *out, bool *ok, bool names_are_macros);

#endif

/* stmt.h: the statement toolkit (L5) the directive handlers and the
 * instruction handler share: a statement's tokens, the checks for its
 * end and its list commas, syntax errors, the current section and label
 * definition.  parser.c runs the statements; the handlers sit between. */
#ifndef ASM_STMT_H
#define ASM_STMT_H
#include "asm.h"
#include "expr.h"
#include "preproc.h"

/* A statement as the handlers see it: tokens [0, ntoks), the index of the
 * first token after the directive word, and the name before it (if any). */
typedef struct Stmt {
    const Tok *toks;
    int ntoks;
    int arg;            /* first argument token */
    const Tok *name;    /* "name DIRECTIVE ..." or NULL */
    const PPLine *line;
    const struct DirDef *dir; /* the directive's row, NULL for an instruction */
} Stmt;

typedef bool (*DirHandler)(Asm *a, Stmt *st);

/* A directive word and its handler.  Each handler file has a table of its
 * directives next to their handlers; parser.c registers the tables. */
typedef struct DirDef {
    const char *word;   /* lower case */
    DirHandler fn;
    bool named;         /* takes the name before it (x EQU 5) */
    bool name_optional; /* data directives: name may be absent */
    int param;          /* for the handler: the listing controls their
                           ListCtl (dir_misc.c) */
} DirDef;

typedef struct DirTable {
    const DirDef *rows;
    size_t n;
} DirTable;

/* Define a label at the current location. */
Sym *asm_define_label(Asm *a, const Tok *name, uint8_t mem_type, bool global);
/* Make s a label at the current location of the current section (which
 * must exist); no redefinition check. */
void asm_place_label(Asm *a, Sym *s, uint8_t mem_type);
/* The current section, or an error A2034 if there is none. */
Section *asm_section(Asm *a);
/* Report a syntax error about token t. */
bool asm_syntax_error(Asm *a, const Tok *t);
/* Name of a token as a NUL-terminated arena string. */
const char *tok_str(Asm *a, const Tok *t);
/* Between list items: at the end, or a ',' that is skipped. */
bool stmt_comma(Asm *a, Stmt *st, int *i);
/* Check that nothing follows position i. */
bool stmt_end(Asm *a, Stmt *st, int i);

#endif

/* dir_data.h: data definitions, EQU, =, TEXTEQU, LABEL, ALIGN, EVEN, ORG
 * (dir_data.c).  Layer L6. */
#ifndef ASM_DIR_DATA_H
#define ASM_DIR_DATA_H
#include "stmt.h"

bool dir_data(Asm *a, Stmt *st, int size);
/* Data items toks [pos, end) of one element type (size code as dir_data:
 * SZ_* of keyword.h), emitted at the end of sec, or only
 * measured when sec is NULL: *bytes and *count (LENGTHOF) are set. */
bool data_items(Asm *a, Section *sec, const Tok *toks, int pos, int end, int size_code,
                uint32_t *bytes, uint32_t *count);
/* IEEE bits of a real literal (EX_REAL) of 4 or 8 bytes. */
bool data_real_bits(Asm *a, const Expr *e, int size, uint64_t *bits);
bool dir_equ(Asm *a, Stmt *st);
bool dir_assign(Asm *a, Stmt *st);
bool dir_textequ(Asm *a, Stmt *st);
bool dir_label(Asm *a, Stmt *st);
bool dir_align(Asm *a, Stmt *st);
/* The ALIGN argument from token pos (a power of two, 1..8192). */
bool dir_align_value(Asm *a, Stmt *st, int pos, int64_t *n);
bool dir_even(Asm *a, Stmt *st);
bool dir_org(Asm *a, Stmt *st);

/* The directives of dir_data.c (parser.c registers them). */
extern const DirTable dir_data_directives;

#endif

/* dir_misc.h: COMM, ALIAS, PUSHCONTEXT/POPCONTEXT, listing control
 * (dir_misc.c).  Layer L6. */
#ifndef ASM_DIR_MISC_H
#define ASM_DIR_MISC_H
#include "stmt.h"

bool dir_comm(Asm *a, Stmt *st);
bool dir_alias(Asm *a, Stmt *st);
bool dir_pushcontext(Asm *a, Stmt *st);
bool dir_popcontext(Asm *a, Stmt *st);
bool dir_list(Asm *a, Stmt *st);

/* The directives of dir_misc.c (parser.c registers them). */
extern const DirTable dir_misc_directives;

#endif

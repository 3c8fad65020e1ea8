/* invoke.h: INVOKE with the Win64 calling convention (invoke.c).
 * Layer L6. */
#ifndef ASM_INVOKE_H
#define ASM_INVOKE_H
#include "stmt.h"

bool dir_invoke(Asm *a, Stmt *st);

/* The directives of invoke.c (parser.c registers them). */
extern const DirTable invoke_directives;

#endif

/* option.h: the OPTION directive (option.c).  Layer L6. */
#ifndef ASM_OPTION_H
#define ASM_OPTION_H
#include "stmt.h"

bool dir_option(Asm *a, Stmt *st);

/* The directives of option.c (parser.c registers them). */
extern const DirTable option_directives;

#endif

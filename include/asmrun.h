/* asmrun.h: assembling one source file, start to finish.  Layer L6. */
#ifndef ASM_ASMRUN_H
#define ASM_ASMRUN_H
#include "options.h"

/* Assemble one file; returns 0 on success, 1 if there were errors, 2 on a
 * fatal error.  Writes the object (and listing) named by the options. */
int asm_assemble(const Options *opt, const char *path);

#endif

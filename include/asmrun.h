/* asmrun.h: assembling one source file, start to finish.  Layer L8. */
#ifndef ASM_ASMRUN_H
#define ASM_ASMRUN_H
#include "options.h"

/* Assemble one file; returns 0 on success, 1 if there were errors, 2 on a
 * fatal error.  Writes the object (and listing) named by the options. */
int asm_assemble(const Options *opt, const char *path);

/* The same for source text in memory (len bytes, need not end in NUL);
 * name is used in messages.  With opt->object_in_memory no file is
 * written or removed (the fuzz target uses this). */
int asm_assemble_buffer(const Options *opt, const char *name, const char *text,
                        size_t len);

/* Whether an output option (-Fo, -Fl, -MF) names a directory: it ends in
 * a separator or is an existing directory.  The one place that decides. */
bool asm_output_is_dir(const char *given);

#endif

/* parser.h: the statement loop (L7).  parser.c runs one pass over the
 * source and hands each statement to a directive handler or to the
 * instruction handler; their shared helpers are in stmt.h. */
#ifndef ASM_PARSER_H
#define ASM_PARSER_H
#include "asm.h"
#include "preproc.h"

/* Register the directive names in the keyword table (once per run). */
void parse_init_keywords(Asm *a);
/* One line through the statement layer (preproc calls it for macro
 * function bodies). */
void parse_exec_line(Asm *a, PPLine *line);
/* Run one pass over the main file. */
void parse_pass(Asm *a, uint32_t main_file);

#endif

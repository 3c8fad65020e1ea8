/* hll.h: the high-level control-flow directives .IF/.ELSEIF/.ELSE/.ENDIF,
 * .WHILE/.ENDW, .REPEAT/.UNTIL/.UNTILCXZ, .BREAK and .CONTINUE.  Layer L6.
 * Conditions are compiled into compare/test instructions and jumps to
 * generated @Cnnnn labels, emitted through gen (doc/hll.md). */
#ifndef ASM_HLL_H
#define ASM_HLL_H
#include "asm.h"
#include "stmt.h"

bool dir_hll_if(Asm *a, Stmt *st);
bool dir_hll_elseif(Asm *a, Stmt *st);
bool dir_hll_else(Asm *a, Stmt *st);
bool dir_hll_endif(Asm *a, Stmt *st);
bool dir_hll_while(Asm *a, Stmt *st);
bool dir_hll_endw(Asm *a, Stmt *st);
bool dir_hll_repeat(Asm *a, Stmt *st);
bool dir_hll_until(Asm *a, Stmt *st);
bool dir_hll_untilcxz(Asm *a, Stmt *st);
bool dir_hll_break(Asm *a, Stmt *st);
bool dir_hll_continue(Asm *a, Stmt *st);

/* End of a pass: report blocks left open, then reset the block stack and
 * the label counter so that the next pass numbers its labels the same. */
void hll_end_pass(Asm *a);

/* The directives of hll.c (parser.c registers them). */
extern const DirTable hll_directives;

#endif

/* instr.h: instruction statements (instr.c).  Layer L6. */
#ifndef ASM_INSTR_H
#define ASM_INSTR_H
#include "stmt.h"

bool instr_statement(Asm *a, Stmt *st, int mnemonic_at);
/* Lower an operand expression to the encoder's form. */
bool instr_lower(Asm *a, const Expr *e, EncOperand *o, bool branch);
/* Remember the instruction just emitted (prologue checks). */
void instr_note_last(Asm *a, Section *sec, Mnemonic mn, const EncOperand *ops, int n);

#endif

/* instr.h: instruction statements (instr.c).  Layer L6. */
#ifndef ASM_INSTR_H
#define ASM_INSTR_H
#include "stmt.h"

bool instr_statement(Asm *a, Stmt *st, int mnemonic_at);

#endif

/* gen.h: emitting instructions from structured operands: the one emit
 * layer (L5) below the handlers.  Operand expressions are lowered here
 * (gen_lower), and both source instructions (instr.c) and generated code
 * (prologues, epilogues, INVOKE, .IF) go through gen_emit, so they get the
 * same fixups and the same record of the last instruction;
 * generated code also gets a listing line made from its operands, never
 * text that is parsed again. */
#ifndef ASM_GEN_H
#define ASM_GEN_H
#include "asm.h"
#include "expr.h"

/* Lower an operand expression to the encoder's form. */
bool gen_lower(Asm *a, const Expr *e, EncOperand *o, bool branch);
/* A code label (or `$`) written alone: ml64 uses its address (mov rcx, f). */
bool gen_is_code_address(const Expr *e);
/* Remember the instruction just emitted (prologue checks). */
void gen_note_last(Asm *a, Section *sec, Mnemonic mn, const EncOperand *ops, int n);

/* Encode and emit; ex (may be NULL) gives the symbols of operands whose
 * fields the encoder marks for fixups.  Reports encoder errors. */
bool gen_emit(Asm *a, Section *sec, Mnemonic mn, unsigned prefixes,
              const EncOperand *ops, const Expr *ex, int n);

/* A jmp/jcc to target + addend in sec as a relaxable branch fragment with
 * both encodings (only rel8 when fixed_short, SHORT written); op is the
 * EOP_REL operand.  Reports encoder errors. */
bool gen_emit_branch(Asm *a, Section *sec, Mnemonic mn, unsigned prefixes, EncOperand *op,
                     Sym *target, int64_t addend, bool fixed_short);

/* A jump, call or loop to e (EX_MEM: symbol and addend), op its EOP_REL
 * operand.  With relax (a jmp/jcc to a label of sec), a branch fragment
 * (gen_emit_branch, fixed short for SHORT); otherwise one encoding, rel8
 * for SHORT (loop/loope/loopne/jrcxz have only that one), with a
 * PC-relative fixup, remembered as the last instruction. */
bool gen_emit_jump(Asm *a, Section *sec, Mnemonic mn, unsigned prefixes, EncOperand *op,
                   const Expr *e, bool relax);

/* Emit an instruction already encoded, with its fixups. */
void gen_emit_encoded(Asm *a, Section *sec, const EncInsn *ins, const Expr *ex,
                      const EncOperand *ops);

/* Generated instruction in the current section with a -Sg listing line. */
bool gen_insn(Asm *a, Mnemonic mn, const EncOperand *ops, const Expr *ex, int n);
bool gen_insn0(Asm *a, Mnemonic mn);
bool gen_insn1(Asm *a, Mnemonic mn, EncOperand x);
bool gen_insn2(Asm *a, Mnemonic mn, EncOperand x, EncOperand y);

/* Text of an instruction for the listing (mnemonic and operands). */
void gen_format(Buf *out, Mnemonic mn, const EncOperand *ops, const Expr *ex, int n);

#endif

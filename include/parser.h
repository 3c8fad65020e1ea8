/* parser.h: the statement layer (L4).  parser.c runs one pass over the
 * source; the directive handlers (dir_*.c) and the instruction handler
 * (instr.c) share the helpers declared here. */
#ifndef ASM_PARSER_H
#define ASM_PARSER_H
#include "asm.h"
#include "expr.h"
#include "preproc.h"
#include "stmt.h"

/* Register the directive names in the keyword table (once per run). */
void parse_init_keywords(Asm *a);
/* One line through the statement layer (preproc calls it for macro
 * function bodies). */
void parse_exec_line(Asm *a, PPLine *line);
/* Run one pass over the main file. */
void parse_pass(Asm *a, uint32_t main_file);

/* instr.c */
bool instr_statement(Asm *a, Stmt *st, int mnemonic_at);
/* Lower an operand expression to the encoder's form. */
bool instr_lower(Asm *a, const Expr *e, EncOperand *o, bool branch);
/* Remember the instruction just emitted (prologue checks). */
void instr_note_last(Asm *a, Section *sec, Mnemonic mn, const EncOperand *ops, int n);

/* dir_data.c */
bool dir_data(Asm *a, Stmt *st, int size);
/* Data items toks [pos, end) of one element type (size code as dir_data:
 * size | 0x100 real | 0x200 signed), emitted at the end of sec, or only
 * measured when sec is NULL: *bytes and *count (LENGTHOF) are set. */
bool data_items(Asm *a, Section *sec, const Tok *toks, int pos, int end, int size_code,
                uint32_t *bytes, uint32_t *count);
/* IEEE bits of a real literal (EX_REAL) of 4 or 8 bytes. */
bool data_real_bits(Asm *a, const Expr *e, int size, uint64_t *bits);
bool dir_equ(Asm *a, Stmt *st);
bool dir_assign(Asm *a, Stmt *st);
bool dir_textequ(Asm *a, Stmt *st);
bool dir_label(Asm *a, Stmt *st);
bool dir_align(Asm *a, Stmt *st);
/* The ALIGN argument from token pos (a power of two, 1..8192). */
bool dir_align_value(Asm *a, Stmt *st, int pos, int64_t *n);
bool dir_even(Asm *a, Stmt *st);
bool dir_org(Asm *a, Stmt *st);

/* dir_seg.c */
bool dir_code(Asm *a, Stmt *st);
void dir_seg_defaults(Asm *a);
bool dir_data_seg(Asm *a, Stmt *st);
bool dir_data_q(Asm *a, Stmt *st);
bool dir_const(Asm *a, Stmt *st);
bool dir_segment(Asm *a, Stmt *st);
bool dir_ends(Asm *a, Stmt *st);
bool dir_public(Asm *a, Stmt *st);
bool dir_altentry(Asm *a, Stmt *st);
bool dir_extern(Asm *a, Stmt *st);
bool dir_externdef(Asm *a, Stmt *st);
bool dir_includelib(Asm *a, Stmt *st);
bool dir_invoke(Asm *a, Stmt *st);
bool dir_include(Asm *a, Stmt *st);
bool dir_incbin(Asm *a, Stmt *st);
bool dir_end(Asm *a, Stmt *st);
bool dir_option(Asm *a, Stmt *st);
bool dir_radix(Asm *a, Stmt *st);
bool dir_ignored(Asm *a, Stmt *st);
bool dir_model(Asm *a, Stmt *st);
void seg_end_of_pass(Asm *a);

/* dir_types.c: STRUCT/UNION/RECORD/TYPEDEF definitions and instances */
bool dir_struct(Asm *a, Stmt *st);
bool dir_union(Asm *a, Stmt *st);
bool dir_record(Asm *a, Stmt *st);
bool dir_typedef(Asm *a, Stmt *st);
bool dir_assume(Asm *a, Stmt *st);
/* Inside a STRUCT definition every line goes here (fields, nested
 * blocks, ENDS); returns false when no definition is open. */
bool types_block_line(Asm *a, Stmt *st);
/* `[name] type-name initializers`: a data instance of a user type;
 * returns false (nothing reported) if the statement is not one. */
bool types_data_statement(Asm *a, Stmt *st, int i);

/* dir_misc.c */
bool dir_comm(Asm *a, Stmt *st);
bool dir_alias(Asm *a, Stmt *st);
bool dir_pushcontext(Asm *a, Stmt *st);
bool dir_popcontext(Asm *a, Stmt *st);
bool dir_list(Asm *a, Stmt *st);

/* unwind.c */
bool dir_pushreg(Asm *a, Stmt *st);
bool dir_setframe(Asm *a, Stmt *st);
bool dir_allocstack(Asm *a, Stmt *st);
bool dir_savereg(Asm *a, Stmt *st);
bool dir_savexmm128(Asm *a, Stmt *st);
bool dir_pushframe(Asm *a, Stmt *st);
bool dir_endprolog(Asm *a, Stmt *st);

/* listing.c records */
void lst_begin_stmt(Asm *a, const PPLine *line);
void lst_end_stmt(Asm *a);

#endif

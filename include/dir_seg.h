/* dir_seg.h: sections, PUBLIC/EXTERN/EXTERNDEF, INCLUDE(LIB), INCBIN, END,
 * .RADIX, .MODEL (dir_seg.c).  Layer L6. */
#ifndef ASM_DIR_SEG_H
#define ASM_DIR_SEG_H
#include "stmt.h"

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
bool dir_include(Asm *a, Stmt *st);
bool dir_incbin(Asm *a, Stmt *st);
bool dir_end(Asm *a, Stmt *st);
bool dir_radix(Asm *a, Stmt *st);
bool dir_ignored(Asm *a, Stmt *st);
bool dir_model(Asm *a, Stmt *st);
void seg_end_of_pass(Asm *a);

/* The directives of dir_seg.c (parser.c registers them). */
extern const DirTable dir_seg_directives;

#endif

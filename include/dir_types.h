/* dir_types.h: STRUCT/UNION/RECORD/TYPEDEF definitions and instances,
 * ASSUME (dir_types.c).  Layer L6. */
#ifndef ASM_DIR_TYPES_H
#define ASM_DIR_TYPES_H
#include "stmt.h"

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

/* The directives of dir_types.c (parser.c registers them). */
extern const DirTable dir_types_directives;

#endif

/* dbginfo.h: CodeView debug information (-Zi, -Zd).  Layer L6.  During
 * pass 2 the statement loop reports each statement (dbg_stmt_begin/end):
 * where its bytes start and end and the source line that produced it (the
 * outermost macro call for expanded lines), and which statements open and
 * close a PROC.  After the final layout dbg_emit turns these records, the
 * PROC frame descriptions (proc.h), the symbols and the user types
 * (types.h) into `.debug$S` and `.debug$T` sections, encoded by
 * codeview.c, whose fixups become SECREL/SECTION relocations.  What is
 * written: doc/debuginfo.md. */
#ifndef ASM_DBGINFO_H
#define ASM_DBGINFO_H
#include "asm.h"
#include "preproc.h"

/* Returns a handle for dbg_stmt_end (statements nest: macro functions). */
uint32_t dbg_stmt_record(Asm *a, const PPLine *line);
void dbg_stmt_close(Asm *a, uint32_t handle);
/* (every statement calls them: without -Zi/-Zd they cost no call) */
static inline uint32_t dbg_stmt_begin(Asm *a, const PPLine *line)
{
    if (a->pass < 2 || !a->opt->debug_info)
        return UINT32_MAX;
    return dbg_stmt_record(a, line);
}
static inline void dbg_stmt_end(Asm *a, uint32_t handle)
{
    if (a->dbg)
        dbg_stmt_close(a, handle);
}
/* After the final layout, before the COFF symbols are collected: add the
 * debug sections (only with -Zi/-Zd). */
void dbg_emit(Asm *a);
void dbg_free(Asm *a);

#endif

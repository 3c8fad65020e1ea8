/* predef.h: MASM's predefined symbols (@Version, @Line, @FileName,
 * @FileCur, @CurSeg, @Date, @Time, @WordSize, @Cpu, @Model, @Interface,
 * @CodeSize, @DataSize, @ReservedStack).  Layer L4. */
#ifndef ASM_PREDEF_H
#define ASM_PREDEF_H
#include "asm.h"

/* Define them at the start of a pass. */
void predef_begin_pass(Asm *a);
/* Keep @CurSeg right after a section change. */
void predef_set_curseg(Asm *a, const char *segment_name);
/* Keep @FileCur right when lines come from another file. */
void predef_set_file(Asm *a, uint32_t file);

#endif

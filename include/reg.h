/* reg.h: register identifiers, their class, hardware number and size.
 * The table itself is reg.def (X-macro).  Layer L0. */
#ifndef ASM_REG_H
#define ASM_REG_H
#include "base.h"

typedef enum RegClass {
    RC_NONE,
    RC_GPR8,   /* al..bl, spl..dil (REX), r8b..r15b */
    RC_GPR8H,  /* ah ch dh bh: number 4..7, never with REX */
    RC_GPR16,
    RC_GPR32,
    RC_GPR64,
    RC_SEG,
    RC_CR,
    RC_DR,
    RC_ST,
    RC_MMX,
    RC_XMM,
    RC_YMM,
    RC_ZMM,
    RC_K,
    RC_RIP,
    RC_TMM     /* AMX tiles tmm0..tmm7 */
} RegClass;

typedef enum Reg {
    R_NONE,
#define REG(id, name, cls, num, size) id,
#include "reg.def"
#undef REG
    R_COUNT
} Reg;

typedef struct RegInfo {
    const char *name;  /* lower-case spelling */
    uint8_t cls;       /* RegClass */
    uint8_t num;       /* hardware number 0..31 */
    uint8_t size;      /* bytes */
} RegInfo;

extern const RegInfo reg_info[R_COUNT];

static inline RegClass reg_class(Reg r) { return (RegClass)reg_info[r].cls; }
static inline int reg_num(Reg r) { return reg_info[r].num; }
static inline int reg_size(Reg r) { return reg_info[r].size; }

/* Case-insensitive lookup of a register name; R_NONE if it is not one. */
Reg reg_lookup(const char *s, size_t n);

#endif

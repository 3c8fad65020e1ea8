/* encoder.h: pure instruction encoder driven by the declarative table
 * src/insns.tbl (compiled by src/tools/mkinsn.c into src/insn_tab.c and
 * include/insn_tab.h).  Layer L1.  It knows no symbols, sections or files:
 * the caller passes resolved operand shapes and gets bytes plus the
 * positions of fields that still need a value (fixups). */
#ifndef ASM_ENCODER_H
#define ASM_ENCODER_H
#include "base.h"
#include "reg.h"
#include "insn_tab.h" /* enum Mnemonic MN_*, generated */

typedef enum EncOpKind {
    EOP_NONE,
    EOP_REG, /* reg */
    EOP_MEM, /* [base + index*scale + disp], optional segment override */
    EOP_IMM, /* immediate */
    EOP_REL  /* branch target; the displacement is filled in by the caller */
} EncOpKind;

enum { ENC_SIZE_ODD = 255 }; /* a memory operand sized, but not 1..64 */

typedef struct EncOperand {
    uint8_t kind;     /* EncOpKind */
    uint8_t reg;      /* EOP_REG: Reg */
    uint8_t base;     /* EOP_MEM: Reg or R_NONE; R_RIP for RIP-relative */
    uint8_t index;    /* EOP_MEM: Reg or R_NONE */
    uint8_t scale;    /* EOP_MEM: 1, 2, 4 or 8 */
    uint8_t seg;      /* EOP_MEM: segment override Reg or R_NONE */
    uint8_t size;     /* operand size in bytes if known (PTR, symbol type), else 0;
                         ENC_SIZE_ODD: a STRUCT of another size (12 bytes) */
    uint8_t rel_size; /* EOP_REL: 1 = rel8 wanted, 4 = rel32 wanted */
    bool reloc;       /* EOP_IMM/EOP_MEM: value gets a relocation, so the
                         field keeps its full width (no imm8/disp8 shrinking) */
    bool is_signed;   /* EOP_IMM: value was written negative (range checks) */
    uint8_t imm_size; /* EOP_IMM: size given with PTR (qword ptr 5), else 0 */
    bool reloc32;     /* EOP_IMM: the relocation is 32-bit only (LOW32, IMAGEREL,
                         SECTIONREL), so dword ptr may take an imm32 form */
    int64_t value;    /* EOP_MEM: displacement; EOP_IMM: immediate */
    /* AVX-512 decorators (EVEX rows only; all zero = none).  MASM syntax:
       zmm1 {k1}{z} on the destination, dword bcst [rax] for a broadcast,
       {rn-sae} etc. as written after the last operand (doc/encoding-choices.md). */
    uint8_t opmask;   /* 0 none, 1-7: {k1}..{k7} on this operand */
    bool zeroing;     /* {z} on this operand */
    uint8_t bcst;     /* EOP_MEM: 0 none, else N of {1toN} (element count) */
    uint8_t rounding; /* EncRounding: {sae} / {rn-sae}.. on this operand */
} EncOperand;

/* Embedded rounding / suppress-all-exceptions (EVEX.b with register operands). */
typedef enum EncRounding {
    ERND_NONE,
    ERND_SAE, /* {sae} */
    ERND_RN,  /* {rn-sae} round to nearest even */
    ERND_RD,  /* {rd-sae} round down */
    ERND_RU,  /* {ru-sae} round up */
    ERND_RZ   /* {rz-sae} round toward zero */
} EncRounding;

/* Instruction prefixes written in the source (rep, lock, ...). */
enum {
    EPFX_LOCK = 1,
    EPFX_REP = 2,   /* rep / repe / repz */
    EPFX_REPNE = 4, /* repne / repnz */
    EPFX_VEX = 8,   /* {vex}: VEX encoding where EVEX also exists (issue 14) */
    EPFX_REPE = 16  /* with EPFX_REP: spelled repe / repz (source-level only) */
};

typedef enum EncFixKind {
    EFIX_DISP, /* memory displacement (disp32, or disp32 RIP-relative) */
    EFIX_IMM,  /* immediate field */
    EFIX_REL   /* branch displacement, relative to the end of the insn */
} EncFixKind;

typedef struct EncFixup {
    uint8_t kind;    /* EncFixKind */
    uint8_t operand; /* index of the operand the field belongs to */
    uint8_t offset;  /* byte offset of the field in the instruction */
    uint8_t size;    /* field size in bytes: 1, 2, 4 or 8 */
} EncFixup;

typedef struct EncInsn {
    uint8_t len;       /* total bytes */
    uint8_t nfix;      /* fixups used */
    bool sext32;       /* an imm 80000000h..0FFFFFFFFh of a 64-bit operation was
                          taken as its 32-bit pattern, sign-extended (ml64) */
    uint8_t bytes[15];
    EncFixup fix[2];
} EncInsn;

typedef enum EncStatus {
    ENC_OK,
    ENC_ERR_OPERANDS,      /* no form takes these operands (A2070) */
    ENC_ERR_SIZE_MISMATCH, /* operand sizes disagree (A2022) */
    ENC_ERR_NO_SIZE,       /* memory operand needs a size (A2023) */
    ENC_ERR_IMM_RANGE,     /* immediate does not fit the form (A2084) */
    ENC_ERR_BAD_MEM,       /* impossible addressing (e.g. rsp as index, mixed
                              address sizes, scale without index) (A2032) */
    ENC_ERR_REX_AH         /* ah/bh/ch/dh together with a REX prefix (A2226?) */
} EncStatus;

/* Operands: a register (sized by the register), an immediate (is_signed
 * when negative), [base + disp] of the given size (0 = unsized). */
EncOperand opr_reg(Reg r);
EncOperand opr_imm(int64_t v);
EncOperand opr_mem(Reg base, int32_t disp, uint8_t size);

/* Mnemonic lookup, case-insensitive; MN_NONE if the word is no mnemonic. */
Mnemonic enc_lookup(const char *name, size_t len);
const char *enc_mnemonic_name(Mnemonic mn);

/* Is this mnemonic a relative branch (jmp, jcc, call, loop*, jrcxz...)
 * whose rel8 form may be relaxed to rel32 (jmp, jcc)?  relaxable is set
 * for jmp/jcc only; loop/jrcxz have rel8 only and call rel32 only. */
bool enc_is_branch(Mnemonic mn, bool *relaxable);

/* Encode one instruction.  ops[0..nops-1] are in source order (Intel
 * syntax: destination first).  On success fills *out. */
EncStatus enc_encode(Mnemonic mn, unsigned prefixes, const EncOperand *ops,
                     int nops, EncInsn *out);

/* enc_encode with a cache of the chosen table row per mnemonic and operand
 * shape (kinds, registers, sizes, decorators, an immediate's value), the
 * same result; a zeroed EncCache is empty, enc_cache_free releases it. */
typedef struct EncCache {
    struct EncCacheEnt *slots;
} EncCache;
EncStatus enc_encode_cached(EncCache *c, Mnemonic mn, unsigned prefixes, const EncOperand *ops,
                            int nops, EncInsn *out);
void enc_cache_free(EncCache *c);

#endif

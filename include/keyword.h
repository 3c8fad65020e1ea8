/* keyword.h: reserved words of every kind in one case-insensitive hash
 * table (registers, mnemonics, prefixes, directives, type names and
 * operators), built once per run.  Layer L2.  Each kind has its own
 * enum; the table only maps a spelling to (kind, id). */
#ifndef ASM_KEYWORD_H
#define ASM_KEYWORD_H
#include "base.h"

/* A size code: the bytes of a scalar type (or MT_* of sym.h) with its
 * kind.  A type word's KW_TYPE id is its size code, and the data
 * directives (DB ... REAL10) take one. */
enum {
    SZ_BYTES = 0xFF,   /* the size in bytes, or MT_NEAR/MT_PROC... */
    SZ_REAL = 0x100,   /* REAL4, REAL8, REAL10 */
    SZ_SIGNED = 0x200  /* SBYTE, SWORD, SDWORD, SQWORD */
};

typedef enum KwKind {
    KW_NONE,
    KW_REG,       /* id: Reg */
    KW_MNEMONIC,  /* id: Mnemonic */
    KW_PREFIX,    /* id: EPFX_* bits */
    KW_DIRECTIVE, /* id: table << 8 | row of the directive tables (parser.c) */
    KW_TYPE,      /* id: size code (SZ_*), or MT_* */
    KW_OPERATOR,  /* id: Operator */
    KW_PPWORD     /* id: PPWord; kept in Keyword.pp, never the primary kind */
} KwKind;

typedef enum Operator {
    OPR_NONE,
    OPR_OFFSET, OPR_IMAGEREL, OPR_SECTIONREL, OPR_SEG, OPR_LOW32, OPR_HIGH32,
    OPR_SHORT, OPR_HIGH, OPR_LOW, OPR_HIGHWORD, OPR_LOWWORD,
    OPR_SIZEOF, OPR_LENGTHOF, OPR_SIZE, OPR_LENGTH, OPR_TYPE,
    OPR_PTR, OPR_NOT, OPR_MOD, OPR_SHL, OPR_SHR, OPR_AND, OPR_OR, OPR_XOR,
    OPR_EQ, OPR_NE, OPR_LT, OPR_LE, OPR_GT, OPR_GE, OPR_DUP,
    OPR_THIS, OPR_OPATTR, OPR_DOTTYPE, OPR_MASK, OPR_WIDTH,
    OPR_BCST /* type BCST mem: AVX-512 broadcast, like PTR */
} Operator;

/* The words the preprocessor acts on (conditional assembly, macros and
 * repeat blocks, text directives, forced errors).  Conditionals are in
 * CondOp order: PPW_IF + k, PPW_ELSEIF + k. */
typedef enum PPWord {
    PPW_NONE,
    PPW_IF, PPW_IFE, PPW_IF1, PPW_IF2, PPW_IFB, PPW_IFNB, PPW_IFDEF, PPW_IFNDEF,
    PPW_IFIDN, PPW_IFIDNI, PPW_IFDIF, PPW_IFDIFI,
    PPW_ELSEIF, PPW_ELSEIFE, PPW_ELSEIF1, PPW_ELSEIF2, PPW_ELSEIFB, PPW_ELSEIFNB,
    PPW_ELSEIFDEF, PPW_ELSEIFNDEF, PPW_ELSEIFIDN, PPW_ELSEIFIDNI, PPW_ELSEIFDIF,
    PPW_ELSEIFDIFI,
    PPW_ELSE, PPW_ENDIF,
    PPW_ERR, PPW_ERR1, PPW_ERR2, PPW_ERRE, PPW_ERRNZ, PPW_ERRB, PPW_ERRNB, PPW_ERRDEF,
    PPW_ERRNDEF, PPW_ERRIDN, PPW_ERRIDNI, PPW_ERRDIF, PPW_ERRDIFI,
    PPW_MACRO, PPW_ENDM, PPW_EXITM, PPW_GOTO, PPW_PURGE, PPW_LOCAL,
    PPW_REPT, PPW_REPEAT, PPW_FOR, PPW_IRP, PPW_FORC, PPW_IRPC, PPW_WHILE,
    PPW_ECHO, PPW_OUT, PPW_COMMENT,
    PPW_EQU, PPW_TEXTEQU, PPW_CATSTR, PPW_SUBSTR, PPW_INSTR, PPW_SIZESTR
} PPWord;

/* A spelling may have several roles: "and" is an operator and a
 * mnemonic, "dword" a type and a data directive, "proc" a type and a
 * directive, "out" a mnemonic and a preprocessor word (%OUT).  kind/id is
 * the first role registered other than a preprocessor word; the other
 * fields say whether the word is also an instruction, a directive or a
 * preprocessor word. */
typedef struct Keyword {
    uint8_t kind;       /* KwKind of the primary role */
    uint8_t pp;         /* PPWord if the preprocessor acts on it, else 0 */
    uint16_t id;
    uint16_t mnemonic;  /* Mnemonic if also an instruction, else 0 */
    uint16_t directive; /* directive index + 1 if also a directive, else 0 */
} Keyword;

typedef struct KwEntry {
    const char *name;  /* lower case, static storage */
    uint32_t hash;     /* kw_hash of the name: most probes end here */
    uint8_t len;
    Keyword kw;
} KwEntry;

typedef struct KwTable {
    KwEntry *slots;    /* open addressing, power-of-two size */
    uint32_t cap;
    uint32_t count;
} KwTable;

/* Registers, mnemonics, prefixes, types and operators; the parser adds
 * its directives with kw_add. */
void kw_init(KwTable *t);
void kw_add(KwTable *t, const char *lower_name, KwKind kind, uint16_t id);
Keyword kw_lookup(const KwTable *t, const char *s, size_t n);
void kw_free(KwTable *t);

#endif

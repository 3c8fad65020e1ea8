/* keyword.h: reserved words of every kind in one case-insensitive hash
 * table (registers, mnemonics, prefixes, directives, type names and
 * operators), built once per run.  Layer L2.  Each kind has its own
 * enum; the table only maps a spelling to (kind, id). */
#ifndef ASM_KEYWORD_H
#define ASM_KEYWORD_H
#include "base.h"

typedef enum KwKind {
    KW_NONE,
    KW_REG,       /* id: Reg */
    KW_MNEMONIC,  /* id: Mnemonic */
    KW_PREFIX,    /* id: EPFX_* bits */
    KW_DIRECTIVE, /* id: table << 8 | row of the directive tables (parser.c) */
    KW_TYPE,      /* id: size in bytes, or MT_* */
    KW_OPERATOR   /* id: Operator */
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

/* A spelling may have several roles: "and" is an operator and a
 * mnemonic, "dword" a type and a data directive, "proc" a type and a
 * directive.  kind/id is the first role registered; the other two fields
 * say whether the word is also an instruction or a directive. */
typedef struct Keyword {
    uint8_t kind;       /* KwKind of the primary role */
    uint16_t id;
    uint16_t mnemonic;  /* Mnemonic if also an instruction, else 0 */
    uint16_t directive; /* directive index + 1 if also a directive, else 0 */
} Keyword;

typedef struct KwEntry {
    const char *name;  /* lower case, static storage */
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

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
    KW_DIRECTIVE, /* id: index of the directive over all tables (parser.c), < 255 */
    KW_TYPE,      /* id: size code (SZ_*), or MT_* */
    KW_OPERATOR,  /* id: Operator */
    KW_PPWORD,    /* id: PPWord; kept in Keyword.pp, never the primary kind */
    KW_ARGWORD    /* id: ArgWord (| AW_OPTION_IGNORED); kept in Keyword.arg,
                     never the primary kind */
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

/* The words directives take as arguments: OPTION items and values, SEGMENT
 * and PROC attributes, distances, language types, the .IF flags... A
 * secondary role (Keyword.arg): such a word stays a plain identifier
 * everywhere else, as ml64 takes most of them.  A spelling has at most one
 * ArgWord; AW_OPTION_IGNORED marks, in addition, the OPTION items ml64
 * accepts that change nothing in a COFF object. */
typedef enum ArgWord {
    AW_NONE,
    /* OPTION items (option.c) */
    AW_CASEMAP, AW_DOTNAME, AW_NODOTNAME, AW_FRAME, AW_WIN64, AW_PROLOGUE, AW_EPILOGUE,
    AW_PROC, AW_SETIF2, AW_DLLIMPORT, AW_STACKBASE,
    /* their values */
    AW_NONE_WORD /* NONE */, AW_ALL, AW_NOTPUBLIC, AW_AUTO, AW_NOAUTO, AW_PROLOGUEDEF,
    AW_EPILOGUEDEF, AW_PUBLIC, AW_PRIVATE, AW_EXPORT, AW_TRUE, AW_FALSE,
    /* SEGMENT attributes (dir_seg.c) */
    AW_PARA, AW_PAGE, AW_ALIGN, AW_ALIAS, AW_READONLY, AW_EXECUTE, AW_READ, AW_WRITE,
    AW_COMMON, AW_STACK, AW_MEMORY, AW_USE64, AW_FLAT, AW_NOPAGE, AW_NOCACHE,
    AW_SHARED, AW_DISCARD, AW_INFO,
    /* EXTERN x:ABS; the distances (their KW_TYPE id is MT_NEAR for all) */
    AW_ABS, AW_NEAR, AW_NEAR64, AW_FAR, AW_NEAR32, AW_FAR32, AW_NEAR16, AW_FAR16,
    /* language types, AW_C .. AW_VECTORCALL */
    AW_C, AW_SYSCALL, AW_STDCALL, AW_PASCAL, AW_FORTRAN, AW_BASIC, AW_FASTCALL,
    AW_VECTORCALL,
    /* PROC, PROTO, INVOKE, ASSUME, .PUSHFRAME, PUSHCONTEXT */
    AW_USES, AW_VARARG, AW_ADDR, AW_NOTHING, AW_CODE,
    /* macro parameters :REQ :VARARG :LABEL; the built-in macro functions
     * in this order (macro.c) */
    AW_REQ, AW_LABEL,
    AW_AT_CATSTR, AW_AT_SUBSTR, AW_AT_INSTR, AW_AT_SIZESTR, AW_AT_ENVIRON,
    AW_ASSUMES, AW_RADIX, AW_LISTING, AW_CPU,
    /* lines of a STRUCT body (dir_types.c) */
    AW_ENDS, AW_STRUCT, AW_STRUC, AW_UNION, AW_EVEN, AW_NONUNIQUE, AW_PROTO,
    /* the flags of .IF conditions, .BREAK/.CONTINUE .IF (hll.c) */
    AW_ZERO_FLAG, AW_CARRY_FLAG, AW_SIGN_FLAG, AW_PARITY_FLAG, AW_OVERFLOW_FLAG, AW_DOT_IF,
    /* name ENDP (the listing's procedure ends) */
    AW_ENDP,
    /* the data directives where a declaration takes a type, AW_DB .. AW_DT */
    AW_DB, AW_DW, AW_DD, AW_DF, AW_DQ, AW_DT,
    AW_COUNT
} ArgWord;

enum {
    AW_MASK = 0x7F,           /* Keyword.arg: the ArgWord */
    AW_OPTION_IGNORED = 0x80  /* Keyword.arg: an OPTION item without effect */
};

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
    uint8_t directive;  /* directive index + 1 if also a directive, else 0 */
    uint8_t arg;        /* ArgWord | AW_OPTION_IGNORED, else 0 */
} Keyword;

typedef struct KwEntry {
    const char *name;  /* lower case, static storage */
    uint32_t hash;     /* kw_hash of the name: most probes end here */
    uint64_t word;     /* a name of up to 8 bytes as one integer (keyword.c) */
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

/* The roles of Keyword.arg. */
static inline ArgWord kw_arg(Keyword k)
{
    return (ArgWord)(k.arg & AW_MASK);
}
static inline bool kw_option_ignored(Keyword k)
{
    return (k.arg & AW_OPTION_IGNORED) != 0;
}
static inline bool kw_is_langtype(ArgWord w)
{
    return w >= AW_C && w <= AW_VECTORCALL;
}
/* The TYPE value of a distance word (NEAR 0FF08h, FAR 0FF06h, JWasm's
 * NEAR32 0FF04h, NEAR16 0FF02h, FAR16 0FF05h), 0 for another word. */
int kw_distance_type(ArgWord w);
/* The size code of DB DW DD DF DQ DT (1 2 4 6 8 10), 0 for another word. */
int kw_data_size(ArgWord w);

#endif

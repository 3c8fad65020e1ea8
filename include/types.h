/* types.h: MASM user types.  Layer L4.  A Type describes a STRUCT, UNION,
 * RECORD or TYPEDEF; it hangs off its SYM_TYPE symbol (Sym.type, with
 * Sym.value = the size in bytes, the contract proc.c relies on).  Data
 * labels of a user type carry it too, and so does an Expr (Expr.type), so
 * that the member operator '.' can find fields.  The directives that
 * define types and instances are in dir_types.c (L6). */
#ifndef ASM_TYPES_H
#define ASM_TYPES_H
#include "base.h"
#include "sym.h"
#include "reg.h"
#include "lexer.h"

struct Asm;
struct Expr;
struct Tok;
struct ProcSig;

typedef enum TypeKind {
    TY_STRUCT,   /* STRUCT/STRUC */
    TY_UNION,    /* UNION: every field at offset 0 */
    TY_RECORD,   /* RECORD: bit fields packed into 1, 2, 4 or 8 bytes */
    TY_TYPEDEF   /* TYPEDEF: a scalar, a pointer, an alias or a PROTO */
} TypeKind;

typedef struct Field {
    const char *name;        /* NULL for an anonymous nested STRUCT/UNION */
    uint32_t len;
    uint32_t offset;         /* bytes from the start (record: the shift) */
    uint32_t size;           /* bytes of all elements (record: the width) */
    uint32_t count;          /* elements (LENGTHOF) */
    uint32_t elem;           /* bytes of one element (TYPE) */
    int dirsize;             /* scalar: data size code (SZ_* of keyword.h)
                                as dir_data takes it; 0 else */
    const struct Type *type; /* user type of the elements, NULL for scalars */
    const char *init;        /* default initializer text (NUL-terminated) */
    int64_t rec_default;     /* record field: default value */
    struct Field *next;
} Field;

/* A name a lookup in a type finds: the field, and the offset of the
 * anonymous members it is reached through (0 for the type's own). */
typedef struct FieldRef {
    const Field *f;
    uint32_t through;
} FieldRef;

typedef struct Type {
    uint8_t kind;            /* TypeKind */
    const char *name;        /* NULL for an anonymous nested type */
    uint32_t size;           /* bytes */
    uint32_t align;          /* STRUCT alignment argument (1 if none) */
    uint32_t max_align;      /* largest member alignment (for nesting) */
    Field *fields, *last;    /* in definition order */
    uint32_t nfields;
    /* Every name a lookup can find, in definition order: the named
     * fields and those of the anonymous members (each name once, the
     * first), with a hash index into them (open addressing, case-folded
     * hash, entry + 1).  NULL while there are few fields and no anonymous
     * member with fields; then a lookup walks the fields. */
    FieldRef *names;
    uint32_t nnames, names_cap;
    uint32_t *slots;
    uint32_t nslots;
    uint32_t width;          /* record: bits in use */
    int dirsize;             /* typedef of a scalar or pointer: data size code */
    const struct Type *base; /* typedef of a user type (alias), else NULL */
    bool is_ptr;             /* typedef PTR type */
    const struct Type *pointee; /* PTR: the user type it points to, or NULL */
    int pointee_dirsize;     /* PTR: the scalar it points to (size code), or 0 */
    bool is_proto;           /* typedef PROTO */
    uint16_t distance;       /* typedef NEAR/FAR: TYPE 0FF08h / 0FF06h, else 0 */
    struct ProcSig *sig;     /* typedef PROTO: the call signature */
} Type;

/* Per-pass state: the STRUCT definitions open (dir_types.c) and the
 * types ASSUMEd for registers. */
typedef struct OpenType {
    Type *t;                 /* being defined */
    Sym *sym;                /* its name (outermost only), else NULL */
    const char *name;        /* nested: field name, NULL if anonymous */
    uint32_t len;
    uint32_t cur;            /* next free offset (struct) */
    bool zp;                 /* alignment from /Zp: members are aligned but
                                the size is not padded (ml64) */
} OpenType;

typedef struct TypesCtx {
    int pass;                      /* the pass this state belongs to */
    OpenType open[16];             /* open STRUCT/UNION blocks */
    int depth;
    const Type *assume[R_COUNT];   /* ASSUME reg:PTR type */
    bool assumed;                  /* some register has one */
} TypesCtx;

/* The state of this pass (reset when a new pass begins). */
TypesCtx *types_ctx(struct Asm *a);
/* No STRUCT definition is open and no register is ASSUMEd a type: an
 * instruction line means what its words alone say (memo.h). */
bool types_plain_context(struct Asm *a);
/* The type behind aliases (T2 TYPEDEF POINT gives POINT). */
const Type *types_resolve(const Type *t);
/* Operand size of an object of n bytes: n if an instruction can use it
 * (1, 2, 4, 6, 8, 10, 16, 32, 64), else 0 (no size). */
uint8_t types_operand_size(uint32_t n);
/* Append a field to t's list and index (the index lives in arena ar). */
void types_link_field(Arena *ar, Type *t, Field *f);
/* The first of the names a lookup in t finds (its own and its anonymous
 * members') for which pred holds, in definition order; NULL if none. */
const Field *types_find_name(const Type *t, bool (*pred)(void *ctx, const Field *f), void *ctx);
/* Find a field of a STRUCT/UNION (searching anonymous members); the
 * offset of anonymous parents is added to *offset. */
const Field *types_field(const Type *t, const char *name, size_t len, uint32_t *offset);
/* Member operator: e '.' name.  Applies a field's offset, size and type to
 * e, or a type cast when name is a type; reports A2006/A2166 on error. */
bool types_member(struct Asm *a, struct Expr *e, const struct Tok *name);
/* The register-assumed type of [reg] (ASSUME reg:PTR type), or NULL. */
const Type *types_assumed(struct Asm *a, int reg);
/* MASK and WIDTH of a record or record field symbol. */
bool types_mask_width(struct Asm *a, const Sym *s, bool mask, int64_t *v);
/* Split tokens [pos, end) at top-level commas into at most max items
 * (start/end pairs; empty items allowed).  Returns the count, 0 for an
 * empty range, -1 if there are more than max. */
int types_split(const struct Tok *t, int pos, int end, int *starts, int *ends, int max);
/* Tokens of a piece of text (the inside of <...>, a field's default). */
LexResult types_lex(struct Asm *a, const char *p, size_t n);
/* Value of a record constant `REC <f1, f2, ...>` (angle token given). */
bool types_record_value(struct Asm *a, const Type *t, const struct Tok *angle, int64_t *v);

#endif

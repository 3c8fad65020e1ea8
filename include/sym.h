/* sym.h: the symbol table.  Layer L2.  Names are interned per Asm run;
 * lookup is case-insensitive unless OPTION CASEMAP:NONE.  Labels inside a
 * PROC are local to it (MASM scoping); `name::` makes them global.
 * Symbols are also kept in definition order for deterministic output. */
#ifndef ASM_SYM_H
#define ASM_SYM_H
#include "base.h"
#include "arena.h"
#include "srcmgr.h"

struct Section;
struct Frag;

typedef enum SymKind {
    SYM_UNDEF,    /* referenced, not (yet) defined */
    SYM_LABEL,    /* code or data label: a position in a section */
    SYM_CONST,    /* EQU number: fixed */
    SYM_ASSIGN,   /* '=' number: may be redefined */
    SYM_RELEQU,   /* EQU/'=' of a relocatable value: label + addend */
    SYM_TEXT,     /* text macro (EQU <..>, TEXTEQU) */
    SYM_EXTERN,   /* EXTERN/EXTRN, or EXTERNDEF never defined, or PROTO */
    SYM_SEGMENT,  /* a section name */
    SYM_TYPE,     /* a type name (STRUCT/UNION/RECORD/TYPEDEF): value =
                     size in bytes, type = descriptor (types.h) */
    SYM_STACK,    /* PROC parameter or LOCAL: [stack_base + value] */
    SYM_MACRO     /* MACRO: see macro.h */
} SymKind;

/* Memory-type sizes used for data labels and EXTERN types. */
enum {
    MT_NONE = 0,     /* no type (plain label before data) */
    MT_NEAR = 0xF0,  /* code label / PROC (size 0 for operand purposes) */
    MT_ABS = 0xF1,   /* EXTERN x:ABS, a link-time constant */
    MT_PROC = 0xF2   /* EXTERN x:PROC */
};

typedef struct Sym {
    const char *name;        /* as first written (arena) */
    const char *cname;       /* name in the object when decorated (C: _f,
                                STDCALL: _f@8; JWasm), else NULL */
    uint32_t len;
    uint32_t hash;
    struct Sym *scope;       /* owning PROC for local labels, else NULL */
    uint8_t kind;            /* SymKind */
    uint8_t mem_type;        /* data size in bytes (1,2,4,6,8,10,16,32,64) or MT_* */
    bool is_public;          /* PUBLIC, '::' or PROC default */
    bool is_externdef;       /* declared with EXTERNDEF */
    bool is_proc;            /* defined by PROC */
    bool used;               /* referenced (externals are emitted only if used) */
    bool defined_this_pass;  /* catches redefinition in each pass */
    bool is_proto;           /* declared by PROTO */
    bool in_proc;            /* label defined inside a PROC (name::): global
                                scope, but no symbol-table entry */
    struct Sym *def_proc;    /* the PROC open where the label was defined */
    int64_t value;           /* CONST/ASSIGN value; RELEQU addend;
                                LABEL: layout estimate of its offset */
    struct Sym *base;        /* RELEQU: the label it is relative to */
    const char *text;        /* TEXT: replacement text (arena, NUL-terminated);
                                SEGMENT: its class (listing) */
    struct Section *sec;     /* LABEL: section */
    struct Frag *frag;       /* LABEL: fragment of this pass */
    uint32_t frag_off;       /* LABEL: offset in the fragment */
    uint32_t count;          /* LENGTHOF: elements of the first initializer */
    uint32_t total;          /* SIZEOF: bytes of the first initializer */
    uint32_t length;         /* LENGTH: the count of a DUP that starts the
                                initializer, else 0 (LENGTH 1) */
    int32_t coff_index;      /* index in the object's symbol table, -1 none */
    uint8_t stack_base;      /* STACK: base register (Reg) */
    bool dllimport;          /* PROTO under OPTION DLLIMPORT: call [__imp_name] */
    bool is_signed_type;     /* data label of SBYTE/SWORD/SDWORD/SQWORD */
    bool negative;           /* CONST/ASSIGN: MASM's sign of the value
                                (Expr.negative), e.g. X EQU -10 */
    bool is_float_type;      /* data label of REAL4/REAL8/REAL10 */
    bool is_comm;            /* COMM variable: size in total */
    bool debug_only;         /* made for the debug line tables: not listed */
    bool assigned;           /* RELEQU made by '=' (redefinable, as ml64) */
    uint32_t reserved;       /* PROC: @ReservedStack found in pass 1 */
    struct ProcSig *sig;     /* PROC/PROTO: the call signature */
    struct Macro *macro;     /* MACRO: its definition */
    const struct Type *type; /* TYPE: its descriptor; LABEL/EXTERN/RECORD
                                field: the user type of the data, or NULL */
    SrcLoc loc;              /* definition (or first use) */
    struct Sym *next_def;    /* definition order */
} Sym;

/* A slot of the table: the symbol's hash and its index in SymTab.all
 * plus one (0: empty).  Eight bytes, so a probe reads one cache line of
 * slots and no symbol whose hash differs. */
typedef struct SymSlot {
    uint32_t hash;
    uint32_t index;
} SymSlot;

typedef struct SymTab {
    SymSlot *slots;          /* open addressing; power-of-two size */
    void *slots_alloc;       /* what to free (base.h's xmalloc_large) */
    Sym **all;               /* every symbol in creation order */
    uint32_t cap;
    uint32_t count;          /* symbols in all */
    uint32_t all_cap;
    bool case_sensitive;     /* OPTION CASEMAP:NONE */
    bool made_cs;            /* a symbol was made under CASEMAP:NONE: two
                                names may then differ only in case */
    Arena *arena;
    Sym *first, *last;       /* definition order */
} SymTab;

/* The symbol in slot i (0 <= i < cap), NULL if it is empty: iterating the
 * slots gives the table's order, which depends only on the names and the
 * order they were made in. */
static inline Sym *sym_slot(const SymTab *t, uint32_t i)
{
    return t->slots[i].index ? t->all[t->slots[i].index - 1] : NULL;
}

void sym_init(SymTab *t, Arena *arena);
void sym_free(SymTab *t);
/* Find a symbol; looks in scope first when scope != NULL. */
Sym *sym_find(SymTab *t, const char *name, size_t len, Sym *scope);
/* Find in exactly this scope or create an SYM_UNDEF entry there. */
Sym *sym_intern(SymTab *t, const char *name, size_t len, Sym *scope);
/* sym_intern, trying first the symbol defined after prev (a second pass
 * defines its labels in the order of the first); prev may be NULL. */
Sym *sym_intern_next(SymTab *t, const Sym *prev, const char *name, size_t len, Sym *scope);
/* Append to the definition-order list (once). */
void sym_mark_defined(SymTab *t, Sym *s);
/* Iterate every symbol in the order they were made (sequential in
 * memory); for passes over all. */
void sym_each(SymTab *t, void (*fn)(Sym *s, void *ctx), void *ctx);

#endif

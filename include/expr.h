/* expr.h: the MASM expression evaluator.  Layer L4.  It turns a token range
 * into an Expr, a deferred descriptor (constant, relocatable address,
 * register, memory reference, type or string) that the instruction and
 * data handlers lower to bytes and fixups.  It never emits anything. */
#ifndef ASM_EXPR_H
#define ASM_EXPR_H
#include "base.h"
#include "lexer.h"
#include "sym.h"
#include "reg.h"

struct Asm;

typedef enum ExprKind {
    EX_CONST,  /* number: value */
    EX_ADDR,   /* immediate address: sym + value (OFFSET x, dq x) */
    EX_REG,    /* register */
    EX_MEM,    /* memory: [base + index*scale + sym + value], seg, size */
    EX_TYPE,   /* a type (BYTE, DWORD ...): value = size */
    EX_STR,    /* string literal (data directives; small ones fold) */
    EX_REAL    /* real number literal: text kept for data directives */
} ExprKind;

typedef enum RelocKind {
    RK_PLAIN,     /* address / displacement */
    RK_IMAGEREL,  /* IMAGEREL x */
    RK_SECREL,    /* SECTIONREL x */
    RK_SECTION,   /* SECTION index (SEG x) */
    RK_LOW32,     /* LOW32 x: low half of an address */
    RK_HIGH32     /* HIGH32 x */
} RelocKind;

typedef struct Expr {
    uint8_t kind;        /* ExprKind */
    uint8_t size;        /* operand size from PTR, type or symbol; 0 = none */
    uint8_t rk;          /* RelocKind for EX_ADDR / EX_MEM symbols */
    uint8_t reg;         /* EX_REG */
    uint8_t base, index, scale, seg; /* EX_MEM; Reg or R_NONE */
    bool explicit_size;  /* size came from PTR */
    bool has_brackets;   /* written with [] */
    bool is_short;       /* SHORT operator */
    bool is_near_ptr;    /* NEAR PTR / FAR PTR given */
    bool bcst;           /* type BCST [m]: AVX-512 broadcast of one element */
    bool signed_ptr;     /* SBYTE/SWORD/SDWORD/SQWORD PTR (INVOKE sign-extends) */
    bool undefined;      /* refers to a symbol not defined (yet) */
    bool layout_dep;     /* value depends on code layout (label difference) */
    bool negative;       /* EX_CONST: MASM's sign (the value is a magnitude
                            otherwise: 0FFFFFFFFFFFFFFFFh is not -1) */
    int64_t value;       /* constant, addend, displacement */
    Sym *sym;            /* relocation target, or NULL */
    Sym *sub;            /* EX_CONST/EX_ADDR: label subtracted (A - B), or NULL */
    const char *str;     /* EX_STR (contents without quotes, doubled quotes
                            kept) / EX_REAL text */
    uint32_t len;
    uint32_t str_quote_doubles; /* EX_STR: count of doubled quotes to undo */
    uint8_t quote;       /* EX_STR: the quote character */
    const struct Type *type;   /* user type (STRUCT, RECORD...) of the
                                  operand, or NULL: for '.' and TYPE */
    const struct Field *field; /* field selected last by '.', or NULL */
    const Sym *var;      /* EX_MEM of a PROC parameter or LOCAL: its symbol
                            (SIZEOF, LENGTHOF), or NULL */
} Expr;

typedef struct ExprCtx {
    struct Asm *a;
    const Tok *toks;
    int pos;             /* next token */
    int end;             /* one past the last token of this expression */
    int bracket_depth;
    int depth;           /* recursion depth, bounded by ASM_MAX_EXPR_DEPTH */
    bool failed;         /* an error has been reported */
} ExprCtx;

/* Parse one expression from toks[*pos] up to (not including) a token at
 * top level that cannot continue it (',' or end).  Returns false after
 * reporting an error. */
bool expr_parse(struct Asm *a, const Tok *toks, int *pos, int end, Expr *out);

/* Convenience: a constant expression (error A2026 if not constant). */
bool expr_const(struct Asm *a, const Tok *toks, int *pos, int end, int64_t *value);

/* Type keyword size (BYTE=1 ... ZMMWORD=64, NEAR=MT_NEAR...), 0 if none. */
int expr_type_size(struct Asm *a, const Tok *t);
/* The same where a declaration takes a type (EXTERN x:type, LABEL type),
 * which also reads the data directives as ml64 14.12 does (measured):
 * DB 4, DW 8, DD 16, DF 4, DQ 8, DT 10. */
int expr_decl_type_size(struct Asm *a, const Tok *t);

/* Look up a symbol for a reference (PROC scope first, @B/@F); creates an
 * undefined entry if it is unknown. */
Sym *asm_symbol_ref(struct Asm *a, const char *name, size_t len);
/* An unnamed label at the current end of sec (like '$'); it is not in
 * the symbol table and relocations reach it through its section. */
Sym *asm_here(struct Asm *a, struct Section *sec);
/* The same, allocated in arena: &a->secs.frags for a position that only
 * this pass's fragments and fixups refer to (unwind codes). */
Sym *asm_here_in(struct Asm *a, struct Section *sec, Arena *arena);
/* The symbol of the n-th anonymous label (@@:) of this pass. */
Sym *expr_anon_label(struct Asm *a, uint32_t n);
/* Record a layout-dependent number used before layout: the value was
 * offset(x) - offset(y) (y may be NULL); checked after layout. */
void asm_assume(struct Asm *a, Sym *x, Sym *y, int64_t value);
/* Evaluate a text macro's text as an expression. */
bool asm_eval_text(struct Asm *a, Sym *s, Expr *e);
/* Numeric value of a constant Expr (label differences folded). */
int64_t expr_value(const Expr *e);

#endif

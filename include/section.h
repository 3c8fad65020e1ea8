/* section.h: sections made of fragments, the emit API the statement
 * handlers write through, layout with branch relaxation, and fixup
 * resolution into bytes or relocations.  Layer L2. */
#ifndef ASM_SECTION_H
#define ASM_SECTION_H
#include "base.h"
#include "arena.h"
#include "buf.h"
#include "sym.h"
#include "encoder.h"
#include "srcmgr.h"

typedef enum FragKind {
    FRAG_DATA,   /* bytes in Section.bytes [start, start+size) with fixups */
    FRAG_BRANCH, /* relaxable jmp/jcc: short or near encoding */
    FRAG_ALIGN,  /* pad to a boundary (NOPs in code, fill byte in data) */
    FRAG_FILL,   /* count bytes of one value without storage (DUP (?)) */
    FRAG_ORG     /* move the location counter to an absolute offset */
} FragKind;

typedef enum FixKind {
    FIX_ABS,      /* absolute address or value: ADDR64 / ADDR32 */
    FIX_PCREL,    /* relative to the end of the instruction: REL32(_n) */
    FIX_IMAGEREL, /* ADDR32NB */
    FIX_SECREL,   /* SECREL */
    FIX_SECTION,  /* SECTION index (16-bit) */
    FIX_PCREL_MEM /* a [rip+label] operand: always REL32(_n), as ml64, even
                     to a label of the same section */
} FixKind;

typedef struct Fixup {
    struct Fixup *next;
    uint32_t offset;   /* of the field, within its fragment */
    uint8_t size;      /* field bytes: 1, 2, 4, 8 */
    uint8_t kind;      /* FixKind */
    uint8_t pc_bias;   /* PCREL: bytes between the field end and the
                          instruction end (the n of REL32_n) */
    bool is_signed;    /* range check as signed (displacements) */
    bool high32;       /* HIGH32 / LOW32-style selections (value >> 32) */
    bool unchecked;    /* no range check: the value is checked elsewhere */
    Sym *sym;          /* target, or NULL for a pure constant */
    Sym *sub;          /* subtracted label (label difference), or NULL */
    int64_t addend;
    SrcLoc loc;
} Fixup;

typedef struct Frag {
    struct Frag *next;
    uint8_t kind;          /* FragKind */
    uint8_t fill;          /* FILL/ALIGN in data: the byte */
    bool in_code;          /* ALIGN: NOP padding */
    bool is_short;         /* BRANCH: currently the rel8 form */
    bool fixed_short;      /* BRANCH: SHORT written, never grows */
    uint32_t start;        /* DATA: offset into Section.bytes */
    uint32_t size;         /* current size in bytes */
    uint32_t addr;         /* layout offset within the section */
    uint32_t arg;          /* ALIGN: boundary; ORG: target; FILL: count */
    Fixup *fixups;         /* DATA: fixups, offsets relative to the frag */
    Fixup *fix_tail;
} Frag;

/* A FRAG_BRANCH fragment: the common part first, so that a Frag * of
 * kind FRAG_BRANCH converts to it (the other kinds do not carry these
 * 44 bytes: a data fragment after every jump is 48 bytes, not 96). */
/* A branch's two encodings, the rel8 and the rel32 form.  A run has few
 * distinct pairs (one per mnemonic and prefixes), so each is kept once
 * and the fragments point at it. */
typedef struct BranchForms {
    EncInsn short_enc, near_enc;
} BranchForms;

typedef struct BranchFrag {
    Frag f;
    const BranchForms *forms;
    Sym *target;
    Sym *scope;        /* the PROC the jump is in (sec_rescope_branches) */
    int64_t addend;
    SrcLoc loc;
} BranchFrag;

typedef struct Section {
    struct Section *next;
    const char *name;        /* COFF name */
    Sym *sym;                /* the segment's symbol */
    uint32_t characteristics;/* IMAGE_SCN_* without the alignment bits */
    uint32_t align;          /* bytes */
    bool is_code;
    bool is_bss;             /* uninitialized: no raw data */
    int number;              /* 1-based COFF section number */
    Buf bytes;               /* DATA fragments' bytes, in emit order */
    Frag *first, *last;      /* fragments of this pass */
    Frag **frags;            /* the same in order, as an array: layout and
                                resolution load fragments independently
                                instead of chasing the list (cache misses
                                once they no longer fit in the cache) */
    uint32_t nfrags, frag_cap;
    Frag *laid_last;         /* sec_layout: the last fragment and its size */
    uint32_t laid_size;      /* when last laid out (unchanged: skipped) */
    uint32_t size;           /* after layout */
    Buf image;               /* final contents after sec_resolve */
    struct Reloc *relocs;    /* after sec_resolve */
    uint32_t nrelocs, reloc_cap;
} Section;

typedef struct Reloc {
    uint32_t offset;  /* in the section image */
    uint16_t type;    /* IMAGE_REL_AMD64_* */
    Sym *sym;         /* target symbol (labels: their section symbol is
                         chosen by the COFF writer when not public) */
} Reloc;

typedef struct SecList {
    Section *first, *last;
    int count;
    Arena *arena;            /* the sections themselves (the run) */
    Arena frags;             /* fragments and fixups of the current pass:
                                freed when the next pass starts */
    Frag **rescope;          /* branches made in a PROC to a symbol then
                                undefined: sec_rescope_branches looks at
                                these only */
    uint32_t nrescope, rescope_cap;
    bool rescoped;           /* sec_rescope_branches ran: no more list */
    const BranchForms **forms; /* every distinct pair (open addressing) */
    uint32_t nforms, forms_cap;
} SecList;

Section *sec_new(SecList *l, const char *name, uint32_t characteristics,
                 uint32_t align, bool is_code, bool is_bss);
Section *sec_find(SecList *l, const char *name);
void sec_reset_pass(SecList *l);            /* drop fragments, fixups and bytes */
void sec_free(SecList *l);

/* Emit API.  All positions are (fragment, offset).  Only these functions
 * open fragments; a position is named with sec_here. */
uint32_t sec_emit_bytes(SecList *l, Section *s, const void *p, size_t n);
Fixup *sec_emit_fixup(SecList *l, Section *s, uint32_t frag_off, uint8_t size,
                      FixKind kind, Sym *sym, Sym *sub, int64_t addend,
                      uint8_t pc_bias, bool is_signed, SrcLoc loc);
void sec_emit_branch(SecList *l, Section *s, const EncInsn *short_enc,
                     const EncInsn *near_enc, bool fixed_short, Sym *target,
                     Sym *scope, int64_t addend, SrcLoc loc);
/* After pass 1: a jump to a name not defined yet where it stood named a
 * symbol of its own (global), also where the name is a label its PROC
 * defines later, which pass 2 finds; aim such branches at what pass 2
 * will find, so that the layout between the passes sizes them as pass 2
 * does (a forward jump to a PROC's label counted near, so '$' after it
 * was off in pass 2: A2907). */
void sec_rescope_branches(SecList *l, SymTab *syms);
void sec_emit_align(SecList *l, Section *s, uint32_t boundary, uint8_t fill, bool code);
void sec_emit_fill(SecList *l, Section *s, uint32_t count, uint8_t fill);
void sec_emit_org(SecList *l, Section *s, uint32_t target);

/* The current end of s as a position that stays right through layout,
 * without opening a fragment (the expression evaluator's '$', labels of
 * generated code, listing and debug records): the last DATA fragment and
 * its size, or another last fragment (a branch or alignment may still
 * grow) and SEC_FRAG_END, read as its end after layout; NULL and 0 in an
 * empty section. */
#define SEC_FRAG_END UINT32_MAX
void sec_here(const Section *s, Frag **f, uint32_t *off);

/* Estimated offset of the current end of s (exact before any later
 * branch relaxation). */
uint32_t sec_offset(Section *s);
/* Offset of (frag, off) under the current layout (off may be SEC_FRAG_END). */
uint32_t sec_pos(const Frag *f, uint32_t off);

/* Layout: assign addresses, grow branches until stable. */
void sec_layout(SecList *l);

typedef struct ResolveCtx {
    void (*error_range)(void *ctx, SrcLoc loc, int64_t value, int size);
    void (*error_jump)(void *ctx, SrcLoc loc, int64_t by);
    void (*error_reloc)(void *ctx, SrcLoc loc, const char *what);
    void *ctx;
} ResolveCtx;

/* Build each section's image and relocation list. */
void sec_resolve(SecList *l, const ResolveCtx *rc);
/* After sec_resolve, when nothing reads them any more (no listing): free
 * the fragments and fixups (and the unwind frames, in the same arena). */
void sec_drop_frags(SecList *l);

/* Absolute offset of a label under the final layout. */
uint32_t sym_offset(const Sym *s);

#endif

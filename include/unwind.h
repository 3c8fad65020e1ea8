/* unwind.h: Win64 structured exception handling data.  Layer L6.
 * The SEH directives (.PUSHREG .SETFRAME .ALLOCSTACK .SAVEREG .SAVEXMM128
 * .PUSHFRAME .ENDPROLOG) and the generated FRAME:AUTO prologue record
 * unwind codes at the current code position; after pass 2 each FRAME
 * procedure gets an UNWIND_INFO in .xdata and a RUNTIME_FUNCTION in
 * .pdata whose offsets are label differences, fixed after layout (the
 * prolog offsets in .xdata are patched in by unw_patch). */
#ifndef ASM_UNWIND_H
#define ASM_UNWIND_H
#include "asm.h"
#include "stmt.h"

/* UNWIND_CODE operations (Microsoft x64 exception handling). */
typedef enum UnwOp {
    UWOP_PUSH_NONVOL = 0,
    UWOP_ALLOC_LARGE = 1,
    UWOP_ALLOC_SMALL = 2,
    UWOP_SET_FPREG = 3,
    UWOP_SAVE_NONVOL = 4,
    UWOP_SAVE_NONVOL_FAR = 5,
    UWOP_SAVE_XMM128 = 8,
    UWOP_SAVE_XMM128_FAR = 9,
    UWOP_PUSH_MACHFRAME = 10
} UnwOp;

/* A code position as sec_here names it (fragment, offset; final after
 * layout), without the 176 bytes of a label's Sym. */
typedef struct UnwPos {
    struct Frag *frag; /* NULL: an empty section (offset 0) */
    uint32_t off;      /* in frag, or SEC_FRAG_END */
    bool set;          /* false: no position (prolog_end before .ENDPROLOG) */
} UnwPos;

/* The offset of a position in its section (after layout: final). */
static inline uint32_t unw_pos_offset(UnwPos p)
{
    return sec_pos(p.frag, p.off);
}

typedef struct UnwCode {
    UnwPos at;        /* position after the instruction it describes */
    uint32_t xd_off;  /* its offset byte in .xdata (unw_emit), patched by unw_patch */
    uint8_t op;       /* UnwOp (the smallest form is chosen when recorded) */
    uint8_t info;     /* register number, or PUSH_MACHFRAME's error-code flag */
    uint32_t value;   /* size or offset, unscaled */
    SrcLoc loc;
} UnwCode;

typedef struct UnwFrame {
    struct UnwFrame *next;
    Sym *proc;              /* begin */
    Sym *handler;           /* FRAME:handler or NULL */
    UnwPos prolog_end;      /* .ENDPROLOG position, not set while in the prolog */
    SrcLoc prolog_loc;      /* the .ENDPROLOG line */
    Sym *end;               /* ENDP position */
    Section *sec;
    UnwCode *codes;
    int ncodes, cap;
    uint8_t frame_reg;      /* hardware number of the .SETFRAME register, 0 none */
    uint8_t frame_off;      /* .SETFRAME offset / 16 */
    SrcLoc loc;             /* PROC line */
    struct LstRec *lst_after; /* listing record of ENDP: generated lines follow */
    struct Frag *xd_frag;   /* unw_emit: the .xdata fragment of its UNWIND_INFO */
    uint32_t xd_off;        /* and the offset of the header in it */
} UnwFrame;

/* PROC FRAME[:handler] starts a frame; ENDP ends it. */
void unw_begin(Asm *a, Sym *proc, Sym *handler);
void unw_end(Asm *a);
/* Record a code at the current position (used by the directives and by
 * the generated FRAME:AUTO prologue). */
bool unw_record(Asm *a, UnwOp op, int reg, uint32_t value, const char *what);
bool unw_setframe(Asm *a, int reg, uint32_t offset);
bool unw_endprolog(Asm *a);
/* After pass 2: .xdata and .pdata contents for every frame. */
void unw_emit(Asm *a);
/* After the layout that follows unw_emit: the prolog size and the code
 * offsets (distances from the procedure's start) in .xdata. */
void unw_patch(Asm *a);
/* After layout: prolog size and code offsets within limits. */
void unw_check(Asm *a);

/* The SEH directives. */
bool dir_pushreg(Asm *a, Stmt *st);
bool dir_setframe(Asm *a, Stmt *st);
bool dir_allocstack(Asm *a, Stmt *st);
bool dir_savereg(Asm *a, Stmt *st);
bool dir_savexmm128(Asm *a, Stmt *st);
bool dir_pushframe(Asm *a, Stmt *st);
bool dir_endprolog(Asm *a, Stmt *st);

/* The directives of unwind.c (parser.c registers them). */
extern const DirTable unwind_directives;

#endif

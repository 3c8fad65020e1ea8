/* proc.h: procedures.  Layer L6.  PROC/ENDP with visibility, FRAME,
 * USES, parameters and LOCALs; the frame layout; the generated prologue
 * and epilogue (JWasm's sequences, with unwind codes for FRAME:AUTO);
 * the call signatures that PROTO and PROC give INVOKE. */
#ifndef ASM_PROC_H
#define ASM_PROC_H
#include "asm.h"
#include "stmt.h"

typedef enum ParamKind {
    PK_INT,     /* integer or pointer: passed in a GPR */
    PK_FLOAT,   /* REAL4/REAL8: passed in an XMM register */
    PK_VARARG   /* VARARG: any number of further arguments */
} ParamKind;

typedef struct ParamDesc {
    const char *name;  /* may be empty in a PROTO */
    uint8_t size;      /* operand bytes: 1, 2, 4, 8, 10, 16 ... */
    uint32_t bytes;    /* the type's whole size (structures can be large) */
    uint8_t kind;      /* ParamKind */
    bool is_signed;    /* SBYTE/SWORD/SDWORD: widened with movsx */
    bool is_ptr;       /* PTR type */
    const struct Type *type; /* STRUCT/UNION/RECORD type, for x.field */
} ParamDesc;

typedef struct ProcSig {
    ParamDesc *params;
    int n;
    bool vararg;       /* the last parameter is VARARG */
    uint8_t lang;      /* LANG_*: C and STDCALL are JWasm's pushed calls */
} ProcSig;

enum { LANG_DEFAULT, LANG_C, LANG_STDCALL };

/* How a procedure's prologue and epilogue are made. */
typedef enum FrameMode {
    FM_NONE,      /* nothing generated (plain PROC, or FRAME without AUTO) */
    FM_STD,       /* push rbp/mov rbp,rsp/sub rsp,n/push uses; pop uses/leave */
    FM_RSPALIGN,  /* OPTION WIN64:2 without FRAME: registers above locals */
    FM_WIN64,     /* FRAME with OPTION FRAME:AUTO: unwind codes recorded */
    FM_USER       /* OPTION PROLOGUE:macro (ml64): the user's macro writes it */
} FrameMode;

typedef struct ProcInfo {
    Sym *sym;
    bool frame;          /* FRAME attribute */
    Sym *handler;        /* FRAME:handler */
    Reg uses[32];
    int nuses;
    ProcSig sig;
    Sym **param_syms;    /* one per parameter (not the VARARG) */
    Sym **locals;
    int nlocals, cap_locals;
    FrameMode mode;
    bool prologue_pending;
    bool laid_out;       /* locals have their offsets (layout ran since the last LOCAL) */
    bool locals_closed;  /* a segment directive ran: no LOCAL any more (ml64) */
    bool frame_reg;      /* rbp is set up */
    bool fpo;            /* OPTION STACKBASE:RSP with parameters or locals:
                            they are addressed from rsp (JWasm) */
    uint32_t localsize;  /* bytes allocated by sub rsp (without @ReservedStack) */
    uint32_t reserved;   /* @ReservedStack of this procedure */
    int cntstd, cntxmm;
    struct ProcInfo *outer; /* the open PROC this one is nested in (ml64) */
    bool in_user_epilogue;  /* a RET inside OPTION EPILOGUE's macro is plain */
} ProcInfo;

bool dir_proc(Asm *a, Stmt *st);
bool dir_endp(Asm *a, Stmt *st);
bool dir_local(Asm *a, Stmt *st);
bool dir_proto(Asm *a, Stmt *st);
/* Write the prologue if the procedure still needs it (ml64: before the
 * first instruction or code label after PROC). */
void proc_prologue_if_pending(Asm *a);
/* Give the locals their offsets before the prologue is written (a
 * statement that is no instruction may use them). */
void proc_layout_if_pending(Asm *a);
/* A segment directive (.CODE, .DATA, SEGMENT, ENDS...) inside the PROC:
 * a LOCAL after it is A2012, as in ml64. */
void proc_close_locals(Asm *a);
/* RET inside a procedure with a generated epilogue: emit epilogue + ret.
 * Returns false if the procedure has none (the caller emits a plain ret). */
bool proc_ret(Asm *a, Mnemonic mn, const Expr *arg, bool *handled);
/* Parse a parameter type (PROC, PROTO): tokens [*i, end). */
bool proc_param_type(Asm *a, const Tok *t, int *i, int end, ParamDesc *p);
/* `qword ptr [__imp_name]` for a procedure declared under OPTION DLLIMPORT. */
void proc_import_ref(Asm *a, Sym *proc, Expr *m);
/* INVOKE needs this much stack; OPTION WIN64:2 keeps the maximum. */
void proc_note_invoke_space(Asm *a, uint32_t bytes);

/* The directives of proc.c (parser.c registers them). */
extern const DirTable proc_directives;

#endif

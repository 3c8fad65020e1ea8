/* asm.h: the state of one assembly run.  The Asm struct is the only
 * mutable state of the program; every module receives it explicitly, so
 * two runs in one process share nothing. */
#ifndef ASM_ASM_H
#define ASM_ASM_H
#include "base.h"
#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "srcmgr.h"
#include "sym.h"
#include "section.h"
#include "options.h"
#include "lexer.h"
#include "keyword.h"

struct PP;
struct LstRec;

/* A layout-dependent value used as a number (IF, DUP, ORG, an immediate
 * size choice) before layout; checked once layout is final. */
typedef struct Assumption {
    struct Assumption *next;
    SrcLoc loc;
    Sym *a, *b;       /* value was offset(a) - offset(b) (b may be NULL) */
    int64_t value;    /* what was assumed */
} Assumption;

/* The instruction assembled last, for the prologue checks of the SEH
 * directives (which must follow the instruction they describe). */
typedef struct LastInsn {
    uint16_t mn;             /* Mnemonic, MN_NONE if none yet */
    uint8_t nops;
    EncOperand ops[4];
    Section *sec;
    Frag *frag;              /* position right after it */
    uint32_t end;
} LastInsn;

struct UnwFrame;

/* Language options set by OPTION, reset at the start of each pass. */
typedef struct LangOptions {
    bool frame_auto;       /* OPTION FRAME:AUTO */
    uint8_t win64;         /* OPTION WIN64:n bits */
    bool no_prologue;      /* OPTION PROLOGUE:NONE */
    bool no_epilogue;      /* OPTION EPILOGUE:NONE */
    uint8_t proc_vis;      /* OPTION PROC: 0 public, 1 private, 2 export */
    const char *dllimport; /* OPTION DLLIMPORT:<dll>, NULL for NONE */
    bool setif2;           /* OPTION SETIF2:TRUE */
    bool dotname;          /* OPTION DOTNAME: names may start with '.' */
    const char *prologue_macro; /* OPTION PROLOGUE:name, NULL for the default */
    const char *epilogue_macro; /* OPTION EPILOGUE:name */
    bool stackbase_rsp;    /* OPTION STACKBASE:RSP (JWasm): no frame pointer */
} LangOptions;

struct ProcInfo;
struct Hll;

/* ALIAS <name> = <target> */
typedef struct Alias {
    struct Alias *next;
    const char *name;
    Sym *target;
} Alias;

typedef struct SegCtx {
    Section *sec;      /* section open in SEGMENT ... ENDS */
    Sym *sym;
} SegCtx;

typedef struct Asm {
    const Options *opt;
    Arena perm;          /* symbols, sections, fragments: the whole run */
    Arena line;          /* tokens and temporaries: reset per statement */
    SrcMgr sm;
    Diag diag;
    SymTab syms;
    KwTable kw;          /* reserved words */
    uint32_t text_macros;/* user text macros defined: none means only names
                            starting with '@' (predefined) are substituted */
    uint32_t macro_count;/* macros defined: none means no call lookups */
    size_t text_bytes;   /* bytes of all text macro definitions so far */
    size_t macro_bytes;  /* bytes of all MACRO definitions so far */
    Sym *line_sym;       /* @Line */
    Alias *aliases;      /* ALIAS directives of this pass */
    int ctx_radix[16];   /* PUSHCONTEXT RADIX */
    int ctx_depth;
    Sym *curseg_sym;     /* @CurSeg */
    Sym *filecur_sym;    /* @FileCur */
    uint32_t filecur_id; /* file @FileCur names */
    SecList secs;
    struct PP *pp;       /* preprocessor state (include stack, COMMENT) */
    int pass;            /* 1 = define, 2 = emit */
    Section *cur;        /* current section or NULL */
    Sym *cur_proc;       /* PROC being assembled or NULL */
    struct ProcInfo *proc; /* its frame description */
    LangOptions lopt;
    Sym *reserved_sym;   /* @ReservedStack */
    Sym *stackbase_sym;  /* @StackBase (after OPTION STACKBASE), or NULL */
    SrcLoc proc_loc;
    int radix;           /* .RADIX */
    uint32_t anon_labels;/* @@: labels seen so far in this pass */
    Sym *last_label;     /* the code label defined last (asm_define_label's hint) */
    uint32_t dollar_bias;/* '$' in a data item: its offset from the statement's start */
    struct Sym *here_sym;/* the last '$' label (expr.c) and the pass it is of: */
    int here_pass;       /* '$' again at its position is the same label */
    SegCtx seg_stack[16];/* open SEGMENTs */
    int seg_depth;
    const char *simple_seg; /* segment a .CODE/.DATA/.CONST opened (the bottom
                               of the SEGMENT stack, closed by its ENDS) or NULL */
    Buf drectve;         /* INCLUDELIB / EXPORT directives */
    Buf object;          /* the COFF file, built at the end of the run and
                            written last, after the listing */
    bool end_seen;
    Sym *entry;          /* END label (not written: COFF has no entry) */
    Assumption *assumptions;
    SrcLoc loc;          /* location of the statement being assembled */
    struct LstRec *lst_first, *lst_last; /* listing records (pass 2) */
    struct LstRec *lst_stmt;  /* record of the statement being assembled */
    LastInsn last_insn;
    uint8_t mn_branch[MN_COUNT]; /* enc_is_branch per mnemonic, cached by
                                    instr.c: 0 not yet; else 1 | 2 branch
                                    | 4 relaxable */
    EncCache enc_cache;  /* the table row per instruction shape (encoder.c) */
    struct BranchEnc {   /* gen.c: a jmp/jcc's short and near encodings,
                            kept per mnemonic (slot mn % 64) and prefixes */
        uint16_t mn;     /* MN_NONE: empty */
        unsigned prefixes;
        EncInsn short_enc, near_enc;
    } branch_enc[64];
    bool any_dllimport;  /* a symbol was declared under OPTION DLLIMPORT */
#define ASM_ITEM_BUFS 4
    Buf item_bufs[ASM_ITEM_BUFS]; /* dir_data.c: the bytes of data items, one
                                     buffer per nesting depth, reused */
    int item_depth;
    struct UnwFrame *frames, *frames_last; /* FRAME procs of this pass */
    struct UnwFrame *cur_frame;            /* open FRAME proc or NULL */
    bool listing_off;    /* .NOLIST in effect */
    uint8_t lst_macros;  /* LST_MACRO_CODE (.LISTMACRO), _NONE, _ALL */
    bool lst_false_conds;/* .LISTIF (or -Sx): false conditional blocks */
    const char *lst_title, *lst_subtitle; /* TITLE, SUBTITLE */
    const char *src_name;/* main source file as given */
    CaseMap casemap;     /* OPTION CASEMAP / -Cp -Cu -Cx */
    struct Hll *hll;     /* .IF/.WHILE/.REPEAT blocks and label counter */
    struct TypesCtx *types; /* open STRUCT definitions, ASSUMEd types */
    struct DbgInfo *dbg; /* -Zi/-Zd: line and procedure records (pass 2) */
    const char *obj_path;/* the object's file name, NULL if none */
    struct Memo *memo;   /* kept bytes of self-contained instruction lines
                            (memo.h), NULL when not used */
    bool memo_off;       /* a macro took a reserved word's name */
    struct MemoNote *memo_note; /* the statement being assembled may be kept */
    bool jwasm_source;   /* the source uses INVOKE, OPTION WIN64 or OPTION
                            FRAME (JWasm extensions ml64 rejects): plain
                            prologues as JWasm writes them.  Set in any
                            pass and kept for the next (doc/procedures.md) */
} Asm;

#endif

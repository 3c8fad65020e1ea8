/* diag.h: diagnostics in ml64's format, counted and remembered for the
 * listing.  Layer L1 (uses srcmgr only to name files).  The message table
 * is diag.def. */
#ifndef ASM_DIAG_H
#define ASM_DIAG_H
#include "base.h"
#include "arena.h"
#include "srcmgr.h"
#include <setjmp.h>

typedef enum DiagId {
#define DIAG(name, kind, number, level, fmt) name,
#include "diag.def"
#undef DIAG
    DIAG_COUNT
} DiagId;

typedef struct DiagMsg {
    SrcLoc loc;            /* where; loc.file == 0 for command-line messages */
    char *text;            /* the full printed line, without newline */
    struct DiagMsg *next;  /* in order of reporting */
} DiagMsg;

/* Resolves SrcLoc.exp into "Macro Called From" lines and the main-line
 * location they lead to; provided by preproc so that diag stays below it
 * in the layering. */
typedef void (*DiagBacktraceFn)(void *ctx, SrcLoc loc, SrcLoc *root,
                                void (*emit)(void *d, const char *line), void *d);

typedef struct Diag {
    const SrcMgr *sm;      /* for file names */
    Arena *arena;          /* for recorded messages */
    int errors;
    int warnings;
    uint32_t raised;       /* messages asked for, printed or not (a pass-1
                              error is muted): "did this statement say
                              anything" for the memo */
    int error_limit;       /* -e N; 0 = unlimited */
    int warn_level;        /* -W0..4 */
    bool warn_as_error;    /* -WX */
    bool caret;            /* gcc's form with the source line and a caret */
    bool color;            /* ... in colour (a terminal) */
    bool muted;            /* pass 1: errors are found again in pass 2 */
    DiagMsg *head, *tail;  /* messages of the final pass, for the listing */
    jmp_buf *fatal_jmp;    /* diag_fatal longjmps here */
    bool fatal_in_source;  /* the fatal error was located in the source */
    bool fatal_pending;    /* diag_fatal_later: stop at the next statement */
    DiagBacktraceFn backtrace;
    void *backtrace_ctx;
} Diag;

void diag_error(Diag *d, SrcLoc loc, DiagId id, ...);
void diag_warning(Diag *d, SrcLoc loc, DiagId id, ...);
NORETURN void diag_fatal(Diag *d, SrcLoc loc, DiagId id, ...);
/* A fatal error found in the middle of a statement, where malloc'd
 * temporaries are live: report it now, mute what follows, and let the
 * statement loop stop (diag_check_fatal) once they are freed. */
void diag_fatal_later(Diag *d, SrcLoc loc, DiagId id, ...);
/* longjmp if a fatal error is pending (the statement loop calls this). */
void diag_check_fatal(Diag *d);
int diag_number(DiagId id);
/* Print a message of no source location (command line, output files)
 * from diag.def, in the row's kind:
 * "asm : warning A4018: invalid command-line option : /x". */
void diag_cmdline(DiagId id, ...);

#endif

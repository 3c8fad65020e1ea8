/* diag.c: formats, prints and records diagnostics.  The printed form is
 * ml64's: "file(line) : error A2006: undefined symbol : x".  Messages go to
 * stdout as ml64 writes them.  The only longjmp of the program is here, in
 * diag_fatal, for conditions that end the run (I/O, error limit). */
#include "diag.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

typedef enum DiagKind { FATAL, ERROR, WARNING } DiagKind;

typedef struct DiagInfo {
    uint8_t kind;
    uint8_t level;
    uint16_t number;
    const char *fmt;
} DiagInfo;

static const DiagInfo diag_table[DIAG_COUNT] = {
#define DIAG(name, kind, number, level, fmt) {kind, level, number, fmt},
#include "diag.def"
#undef DIAG
};

int diag_number(DiagId id)
{
    return diag_table[id].number;
}

static void record(Diag *d, SrcLoc loc, const char *line)
{
    printf("%s\n", line);
    if (!d->arena)
        return;
    DiagMsg *m = arena_alloc(d->arena, sizeof *m);
    m->loc = loc;
    m->text = arena_strdup(d->arena, line);
    if (d->tail)
        d->tail->next = m;
    else
        d->head = m;
    d->tail = m;
}

typedef struct Trace {
    char *lines[32];
    int n;
} Trace;

static void collect_trace(void *d, const char *line)
{
    Trace *t = d;
    if (t->n < (int)ARRAY_LEN(t->lines)) {
        size_t k = strlen(line);
        t->lines[t->n] = xmalloc(k + 1);
        memcpy(t->lines[t->n++], line, k + 1);
    }
}

/* ml64's form: the message at the main-line location that led to it,
 * then one line per macro level ("name(n): Macro Called From") and the
 * main line ("file(line): Main Line Code"). */
static void vreport(Diag *d, SrcLoc loc, DiagKind kind, DiagId id, va_list ap)
{
    char msg[768], line[1200];
    vsnprintf(msg, sizeof msg, diag_table[id].fmt, ap);
    const char *word = kind == WARNING ? "warning" : kind == FATAL ? "fatal error" : "error";
    Trace trace;
    trace.n = 0;
    SrcLoc at = loc;
    if (loc.exp && d->backtrace)
        d->backtrace(d->backtrace_ctx, loc, &at, collect_trace, &trace);
    if (at.file)
        snprintf(line, sizeof line, "%s(%u) : %s A%04d: %s", src_path(d->sm, at.file),
                 (unsigned)at.line, word, diag_table[id].number, msg);
    else
        snprintf(line, sizeof line, "asm : %s A%04d: %s", word, diag_table[id].number, msg);
    record(d, at, line);
    for (int i = 0; i < trace.n; i++) {
        record(d, at, trace.lines[i]);
        free(trace.lines[i]);
    }
}

void diag_error(Diag *d, SrcLoc loc, DiagId id, ...)
{
    if (d->muted)
        return;
    va_list ap;
    va_start(ap, id);
    vreport(d, loc, ERROR, id, ap);
    va_end(ap);
    d->errors++;
    if (d->error_limit && d->errors >= d->error_limit && d->fatal_jmp) {
        d->errors--; /* the fatal message counts the run, not another error */
        diag_fatal_later(d, loc, E_ERROR_LIMIT, d->error_limit);
    }
}

void diag_warning(Diag *d, SrcLoc loc, DiagId id, ...)
{
    if (d->muted || diag_table[id].level > d->warn_level)
        return;
    va_list ap;
    va_start(ap, id);
    vreport(d, loc, WARNING, id, ap);
    va_end(ap);
    if (d->warn_as_error)
        d->errors++;
    else
        d->warnings++;
}

void diag_fatal(Diag *d, SrcLoc loc, DiagId id, ...)
{
    bool muted = d->muted;
    d->muted = false;
    va_list ap;
    va_start(ap, id);
    vreport(d, loc, FATAL, id, ap);
    va_end(ap);
    d->muted = muted;
    d->errors++;
    d->fatal_in_source = loc.file != 0;
    if (d->fatal_jmp)
        longjmp(*d->fatal_jmp, 1);
    exit(2);
}

void diag_fatal_later(Diag *d, SrcLoc loc, DiagId id, ...)
{
    if (d->fatal_pending)
        return;
    d->muted = false;
    va_list ap;
    va_start(ap, id);
    vreport(d, loc, FATAL, id, ap);
    va_end(ap);
    d->muted = true; /* nothing more from this run */
    d->errors++;
    d->fatal_in_source = loc.file != 0;
    d->fatal_pending = true;
}

void diag_check_fatal(Diag *d)
{
    if (!d->fatal_pending)
        return;
    if (d->fatal_jmp)
        longjmp(*d->fatal_jmp, 1);
    exit(2);
}

void diag_plain(const char *kind, int number, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("asm : %s A%04d: %s\n", kind, number, msg);
}

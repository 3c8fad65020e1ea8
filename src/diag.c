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
    if (!d->caret)
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

/* Line n of a file, without its end of line. */
static const char *source_line(const Diag *d, SrcLoc at, size_t *len)
{
    if (!d->sm || !at.file || at.file >= d->sm->nfiles)
        return NULL;
    const char *p = d->sm->files[at.file].text;
    for (uint32_t n = 1; p && *p && n < at.line; n++) {
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    if (!p || !*p)
        return NULL;
    size_t k = 0;
    while (p[k] && p[k] != '\n' && p[k] != '\r')
        k++;
    *len = k;
    return p;
}

/* Where the caret goes: at the message's argument if the line contains it
 * (an undefined name, say), else at the first non-blank character.  Our
 * locations carry lines only, so the column is this guess. */
static size_t caret_column(const char *line, size_t len, const char *arg)
{
    size_t alen = arg ? strlen(arg) : 0;
    for (size_t i = 0; alen && i + alen <= len; i++) {
        size_t k = 0;
        while (k < alen && (line[i + k] | 32) == (arg[k] | 32))
            k++;
        if (k == alen)
            return i;
    }
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    return i;
}

/* -fdiagnostics-format=gcc: "file:line:col: error: text [A2006]", the
 * source line and a caret under the column; colour on a terminal. */
static void print_gcc(const Diag *d, SrcLoc at, const char *word, int number, const char *msg,
                      const char *arg)
{
    const char *bold = d->color ? "\033[1m" : "", *off = d->color ? "\033[0m" : "";
    const char *col = !d->color ? "" : word[0] == 'w' ? "\033[1;35m" : "\033[1;31m";
    const char *kind = word[0] == 'w' ? "warning" : word[0] == 'f' ? "fatal error" : "error";
    size_t len = 0;
    const char *line = source_line(d, at, &len);
    size_t c = line ? caret_column(line, len, arg) : 0;
    if (at.file)
        printf("%s%s:%u:%u:%s %s%s:%s %s [A%04d]\n", bold, src_path(d->sm, at.file),
               (unsigned)at.line, (unsigned)c + 1, off, col, kind, off, msg, number);
    else
        printf("%sasm:%s %s%s:%s %s [A%04d]\n", bold, off, col, kind, off, msg, number);
    if (!line)
        return;
    printf(" %.*s\n ", (int)len, line);
    for (size_t i = 0; i < c; i++)
        putchar(line[i] == '\t' ? '\t' : ' ');
    printf("%s^%s\n", d->color ? "\033[1;32m" : "", off);
}

/* The text argument of a message whose format starts "... : %s". */
static const char *first_string_arg(const char *fmt, va_list ap)
{
    const char *p = strstr(fmt, "%s");
    if (!p || strchr(fmt, '%') != p)
        return NULL;
    va_list copy;
    va_copy(copy, ap);
    const char *s = va_arg(copy, const char *);
    va_end(copy);
    return s;
}

/* ml64's form: the message at the main-line location that led to it,
 * then one line per macro level ("name(n): Macro Called From") and the
 * main line ("file(line): Main Line Code"). */
static void vreport(Diag *d, SrcLoc loc, DiagKind kind, DiagId id, va_list ap)
{
    char msg[768], line[1200];
    const char *arg = d->caret ? first_string_arg(diag_table[id].fmt, ap) : NULL;
    char argbuf[128];
    if (arg) {
        snprintf(argbuf, sizeof argbuf, "%s", arg);
        arg = argbuf;
    }
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
    if (d->caret)
        print_gcc(d, at, word, diag_table[id].number, msg, arg);
    record(d, at, line);
    for (int i = 0; i < trace.n; i++) {
        if (d->caret)
            printf("%s\n", trace.lines[i]);
        record(d, at, trace.lines[i]);
        free(trace.lines[i]);
    }
}

void diag_error(Diag *d, SrcLoc loc, DiagId id, ...)
{
    d->raised++;
    if (d->muted)
        return;
    va_list ap;
    va_start(ap, id);
    if (diag_table[id].kind == FATAL) {
        /* a fatal row found by a statement (A1007, A1010, A1011): ml64
         * prints "fatal error" and stops; so do we, after the statement */
        vreport(d, loc, FATAL, id, ap);
        va_end(ap);
        d->muted = true;
        d->errors++;
        d->fatal_in_source = loc.file != 0;
        d->fatal_pending = true;
        return;
    }
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
    d->raised++;
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
    d->raised++;
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

void diag_cmdline(DiagId id, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, id);
    vsnprintf(msg, sizeof msg, diag_table[id].fmt, ap);
    va_end(ap);
    DiagKind kind = (DiagKind)diag_table[id].kind;
    const char *word = kind == WARNING ? "warning" : kind == FATAL ? "fatal error" : "error";
    printf("asm : %s A%04d: %s\n", word, diag_table[id].number, msg);
}

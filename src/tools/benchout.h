/* src/tools/benchout.h - the writer shared by the benchmark generators
 * (mkbench.c, mkreal.c): each writes one MASM source and its GNU as twin
 * side by side, with a reproducible pseudo-random stream. */
#ifndef BENCHOUT_H
#define BENCHOUT_H

#include <stdio.h>
#include <stdlib.h>

typedef struct Out {
    FILE *m;          /* MASM */
    FILE *g;          /* GNU as */
    long lines;       /* lines written to m */
    unsigned long rng;
} Out;

static inline unsigned rnd(Out *o, unsigned n)
{
    o->rng = o->rng * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)((o->rng >> 33) % n);
}

/* The same line for both (Intel syntax shared by MASM and GNU as). */
static inline void both(Out *o, const char *line)
{
    fprintf(o->m, "%s\n", line);
    fprintf(o->g, "%s\n", line);
    o->lines++;
}

static inline void masm(Out *o, const char *line)
{
    fprintf(o->m, "%s\n", line);
    o->lines++;
}

static inline void gas(Out *o, const char *line)
{
    fprintf(o->g, "%s\n", line);
}

static inline FILE *open_out(const char *base, const char *ext)
{
    char path[1300];
    snprintf(path, sizeof path, "%s%s", base, ext);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    return f;
}

#endif

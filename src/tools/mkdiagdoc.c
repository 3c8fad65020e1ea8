/* mkdiagdoc.c: writes doc/diagnostics.md from include/diag.def (make doc).
 * Build-time tool, C99; it includes diag.def itself, so the document can
 * only list what the assembler prints.
 *
 *   mkdiagdoc TEMPLATE OUT
 *
 * copies TEMPLATE (doc/diagnostics.md.in) to OUT, replacing the line
 * `@TABLE@` with one table row per diag.def row, sorted by number.  It
 * also checks the table: rows sharing a number are of one kind (ml64 words
 * some messages two ways, e.g. A1010 with and without the block's name),
 * A4nnn rows and only they are WARNING (A1nnn and A2nnn rows are FATAL or
 * ERROR), and a warning's level is 0..4.  On a failed
 * check it prints why and exits 1, writing nothing.  OUT is rewritten only
 * if its content changes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FATAL, ERROR, WARNING };

typedef struct Row {
    const char *name;
    int kind;
    int number;
    int level;
    const char *fmt;
} Row;

static const Row rows[] = {
#define DIAG(name, kind, number, level, fmt) {#name, kind, number, level, fmt},
#include "diag.def"
#undef DIAG
};
#define NROWS (sizeof rows / sizeof rows[0])

static int by_number(const void *a, const void *b)
{
    const Row *x = *(const Row *const *)a, *y = *(const Row *const *)b;
    return x->number != y->number ? x->number - y->number : strcmp(x->name, y->name);
}

static int check(const Row *const *sorted)
{
    int bad = 0;
    for (size_t i = 0; i < NROWS; i++) {
        const Row *r = sorted[i];
        int range = r->number / 1000;
        if ((range != 1 && range != 2 && range != 4) || (range == 4) != (r->kind == WARNING)) {
            fprintf(stderr, "diag.def: %s: A%04d does not fit its kind (A4nnn: WARNING; "
                    "A1nnn, A2nnn: FATAL or ERROR)\n", r->name, r->number);
            bad = 1;
        }
        if (r->level < 0 || r->level > 4 || (r->kind != WARNING && r->level != 0)) {
            fprintf(stderr, "diag.def: %s: level %d (0..4, and 0 unless a warning)\n",
                    r->name, r->level);
            bad = 1;
        }
        if (i > 0 && sorted[i - 1]->number == r->number && sorted[i - 1]->kind != r->kind) {
            fprintf(stderr, "diag.def: %s and %s share the number A%04d but not the kind\n",
                    sorted[i - 1]->name, r->name, r->number);
            bad = 1;
        }
    }
    return bad;
}

/* Markdown table cell: the text in backquotes; a `|` would end the cell. */
static void cell_code(FILE *f, const char *s)
{
    fputc('`', f);
    for (; *s; s++) {
        if (*s == '|')
            fputs("\\|", f);
        else
            fputc(*s, f);
    }
    fputc('`', f);
}

static void table(FILE *f, const Row *const *sorted)
{
    static const char *const kinds[] = {"fatal error", "error", "warning"};
    fputs("| Number | Kind | Name | Text (printf format) | Number from |\n", f);
    fputs("|---|---|---|---|---|\n", f);
    for (size_t i = 0; i < NROWS; i++) {
        const Row *r = sorted[i];
        fprintf(f, "| A%04d | %s", r->number, kinds[r->kind]);
        if (r->kind == WARNING)
            fprintf(f, " (W%d)", r->level);
        fprintf(f, " | `%s` | ", r->name);
        cell_code(f, r->fmt);
        fprintf(f, " | %s |\n", r->number % 1000 >= 900 ? "ours" : "ml64");
    }
}

static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *p = malloc(cap);
    size_t k;
    while (p && (k = fread(p + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                return NULL;
            }
            p = q;
        }
    }
    *len = n;
    return p;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: mkdiagdoc TEMPLATE OUT\n");
        return 2;
    }
    const Row *sorted[NROWS];
    for (size_t i = 0; i < NROWS; i++)
        sorted[i] = &rows[i];
    qsort(sorted, NROWS, sizeof sorted[0], by_number);
    if (check(sorted))
        return 1;

    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 2;
    }
    FILE *mem = tmpfile();
    if (!mem) {
        perror("tmpfile");
        return 2;
    }
    char line[4096];
    int tables = 0;
    while (fgets(line, sizeof line, in)) {
        if (strcmp(line, "@TABLE@\n") == 0) {
            table(mem, sorted);
            tables++;
        } else {
            fputs(line, mem);
        }
    }
    fclose(in);
    if (tables != 1) {
        fprintf(stderr, "%s: needs exactly one line @TABLE@\n", argv[1]);
        return 1;
    }
    size_t n, old_n = 0;
    rewind(mem);
    char *text = slurp(mem, &n);
    fclose(mem);
    if (!text) {
        fprintf(stderr, "mkdiagdoc: out of memory\n");
        return 2;
    }
    FILE *old = fopen(argv[2], "rb");
    char *old_text = old ? slurp(old, &old_n) : NULL;
    if (old)
        fclose(old);
    int same = old_text && old_n == n && memcmp(old_text, text, n) == 0;
    free(old_text);
    if (!same) {
        FILE *out = fopen(argv[2], "wb");
        if (!out || fwrite(text, 1, n, out) != n || fclose(out) != 0) {
            perror(argv[2]);
            free(text);
            return 2;
        }
    }
    free(text);
    return 0;
}

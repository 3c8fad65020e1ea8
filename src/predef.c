/* predef.c: predefined symbols.  Numbers are JWasm's where ml64's are not
 * documented (@Cpu, @Model, @Interface); @Version is ml64 14.0's 1400.
 * @Date and @Time use SOURCE_DATE_EPOCH when it is set, so that builds
 * that use them can still be reproducible. */
#include "predef.h"
#include "os.h"
#include <stdio.h>
#include <string.h>

static Sym *number(Asm *a, const char *name, int64_t v)
{
    Sym *s = sym_intern(&a->syms, name, strlen(name), NULL);
    s->kind = SYM_ASSIGN;
    s->value = v;
    s->defined_this_pass = true;
    return s;
}

static Sym *text(Asm *a, const char *name, const char *value)
{
    /* not counted in a->text_macros: expand_line looks up every name
     * starting with '@' anyway */
    Sym *s = sym_intern(&a->syms, name, strlen(name), NULL);
    s->kind = SYM_TEXT;
    s->text = arena_strdup(&a->perm, value);
    s->defined_this_pass = true;
    return s;
}

/* @FileName: the main file's base name without extension, upper-cased as
 * JWasm writes it. */
static void file_name(Asm *a)
{
    const char *base = os_path_basename(a->src_name);
    const char *dot = strrchr(base, '.');
    size_t n = dot ? (size_t)(dot - base) : strlen(base);
    char *v = arena_strndup(&a->perm, base, n);
    for (char *p = v; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
    text(a, "@FileName", v);
}

void predef_begin_pass(Asm *a)
{
    number(a, "@Version", 1400);
    number(a, "@WordSize", 8);
    number(a, "@Cpu", 0xD5F);
    number(a, "@Model", 7);
    number(a, "@Interface", 7);
    number(a, "@CodeSize", 0);
    number(a, "@DataSize", 0);
    a->line_sym = number(a, "@Line", 0);
    a->reserved_sym = number(a, "@ReservedStack", 0);
    file_name(a);
    char date[16], time[16];
    if (!os_date_time(date, sizeof date, time, sizeof time)) {
        SrcLoc none = {0, 0, 0};
        diag_fatal(&a->diag, none, E_BAD_SOURCE_DATE_EPOCH, os_getenv("SOURCE_DATE_EPOCH"));
    }
    text(a, "@Date", date);
    text(a, "@Time", time);
    a->curseg_sym = text(a, "@CurSeg", "");
    a->filecur_sym = text(a, "@FileCur", a->src_name);
    a->filecur_id = 0;
}

void predef_set_curseg(Asm *a, const char *segment_name)
{
    if (a->curseg_sym)
        a->curseg_sym->text = segment_name;
}

void predef_set_file(Asm *a, uint32_t file)
{
    if (a->filecur_sym && file != a->filecur_id) {
        a->filecur_id = file;
        a->filecur_sym->text = src_path(&a->sm, file);
    }
}

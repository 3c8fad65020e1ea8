/* cmdline.c: the command line.  Options start with '-' or '/' on every
 * host (a leading '/' is never a file name); both JWasm spellings
 * (-Fo x, -Fox, -Fo=x) and ml64's (/Fo x, /Fox) are accepted.  Options
 * may also come from the ML and JWASM environment variables and from
 * @response files. */
#include "cmdline.h"
#include "os.h"
#include "version.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct CmdLine {
    char **args;        /* every argument after expansion (owned) */
    int nargs, cap;
    const char **files;
    const char **incdirs;
    Define *defines;
    int ndefines;
};

static void push_arg(CmdLine *c, const char *s, size_t n)
{
    if (c->nargs == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->args = xrealloc(c->args, (size_t)c->cap * sizeof *c->args);
    }
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    c->args[c->nargs++] = p;
}

/* Split a string into arguments at blanks; "..." groups. */
static void split_into(CmdLine *c, const char *s, int depth);

static bool expand_response(CmdLine *c, const char *name, int depth)
{
    char *text;
    size_t len;
    if (depth > 8 || !os_read_file(name, &text, &len))
        return false;
    split_into(c, text, depth + 1);
    free(text);
    return true;
}

static void add_arg(CmdLine *c, const char *s, size_t n, int depth)
{
    if (n > 1 && s[0] == '@') {
        char *name = xmalloc(n);
        memcpy(name, s + 1, n - 1);
        name[n - 1] = 0;
        if (!expand_response(c, name, depth))
            push_arg(c, s, n); /* reported later as a missing file */
        free(name);
        return;
    }
    push_arg(c, s, n);
}

static void split_into(CmdLine *c, const char *s, int depth)
{
    while (*s) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        if (!*s)
            break;
        char buf[4096];
        size_t n = 0;
        bool quoted = false;
        while (*s && (quoted || !(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))) {
            if (*s == '"') {
                quoted = !quoted;
            } else if (n < sizeof buf - 1) {
                buf[n++] = *s;
            }
            s++;
        }
        add_arg(c, buf, n, depth);
    }
}

void cmdline_usage(void)
{
    puts("usage: asm [options] file.asm [file.asm ...]\n"
         "  -win64 / -c / -coff       Win64 COFF object (the only output format)\n"
         "  -Fo file, /Fo file        object file name (or directory)\n"
         "  -Fl[file], /Fl[file]      write a listing\n"
         "  -Sg -Sa -Sn               listing: generated code, all, no symbols\n"
         "  -I dir, /I dir            include search path\n"
         "  -D name[=text]            define a text macro\n"
         "  -W0..-W4, -WX, -w         warning level, warnings as errors, none\n"
         "  -e N                      stop after N errors\n"
         "  -Cp -Cx -Cu               case sensitivity (preserve, preserve public, upper)\n"
         "  -q, -nologo, /nologo      no banner\n"
         "  -Zs                       syntax check only\n"
         "  /Ta file                  assemble file whatever its extension\n"
         "  -Zi -Zd                   accepted; no debug information is written yet\n"
         "  @file                     read options from file\n"
         "  --version, -?, --help");
}

static bool ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y)
            return false;
    }
    return *a == *b;
}

static bool iprefix(const char *s, const char *p)
{
    for (; *p; s++, p++) {
        char x = *s, y = *p;
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

static bool ends_with_i(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && ieq(s + n - k, suffix);
}

/* Value of an option that takes an argument: attached (-Fox, -Fo=x) or
 * the next argument (-Fo x). */
static const char *opt_value(CmdLine *c, int *i, const char *rest, bool optional,
                             const char *want_suffix)
{
    if (*rest == '=' || *rest == ':')
        rest++;
    if (*rest)
        return rest;
    if (*i + 1 < c->nargs) {
        const char *next = c->args[*i + 1];
        bool looks_like_option = next[0] == '-' ||
                                 (next[0] == '/' && !strchr(next + 1, '/'));
        if (!optional || (!looks_like_option && (!want_suffix || ends_with_i(next, want_suffix)))) {
            if (!looks_like_option || !optional) {
                (*i)++;
                return next;
            }
        }
    }
    return optional ? "" : NULL;
}

static void warn_ignored(const char *arg)
{
    printf("asm : warning A4901: command-line option not supported, ignored : %s\n", arg);
}

typedef struct Lists {
    int nfiles, nincs, ndefs;
} Lists;

static CmdStatus one_option(CmdLine *c, int *i, Options *o, Lists *l)
{
    const char *arg = c->args[*i];
    const char *s = arg + 1;
    if (arg[0] == '-' && arg[1] == '-')
        s = arg + 2;
    if (ieq(s, "?") || ieq(s, "h") || ieq(s, "help")) {
        cmdline_usage();
        return CMD_EXIT_OK;
    }
    if (ieq(s, "version")) {
        printf("asm %s\n", ASM_VERSION);
        return CMD_EXIT_OK;
    }
    if (ieq(s, "win64") || ieq(s, "c") || ieq(s, "coff") || ieq(s, "Cx") ||
        ieq(s, "Sn") || ieq(s, "Sf") || ieq(s, "Sx") || ieq(s, "Sl") || ieq(s, "Ss") ||
        ieq(s, "St") || ieq(s, "Sp") || ieq(s, "Zd") || ieq(s, "Z7") ||
        iprefix(s, "Zi") || iprefix(s, "errorReport") || iprefix(s, "Zp") ||
        ieq(s, "Zf") || ieq(s, "X") || ieq(s, "quiet")) {
        if (ieq(s, "Cx")) {
            o->casemap = CASEMAP_NOTPUBLIC;
            o->casemap_set = true;
        } else if (ieq(s, "Sn")) {
            o->no_symbols_in_listing = true;
        } else if (iprefix(s, "Zi") || ieq(s, "Zd") || ieq(s, "Z7")) {
            o->debug_info = true;
        } else if (ieq(s, "quiet")) {
            o->quiet = true;
        }
        return CMD_OK;
    }
    if (ieq(s, "q") || ieq(s, "nologo")) {
        o->quiet = true;
        return CMD_OK;
    }
    if (ieq(s, "Cp") || ieq(s, "Cu")) {
        o->casemap = ieq(s, "Cp") ? CASEMAP_NONE : CASEMAP_ALL;
        o->casemap_set = true;
        return CMD_OK;
    }
    if (ieq(s, "Sg") || ieq(s, "Sa")) {
        o->list_generated = true;
        o->list_all = o->list_all || ieq(s, "Sa");
        return CMD_OK;
    }
    if (ieq(s, "Zs")) {
        o->syntax_only = true;
        return CMD_OK;
    }
    if (ieq(s, "WX")) {
        o->warn_as_error = true;
        return CMD_OK;
    }
    if (ieq(s, "w")) {
        o->warn_level = 0;
        return CMD_OK;
    }
    if ((s[0] == 'W' || s[0] == 'w') && s[1] >= '0' && s[1] <= '4' && !s[2]) {
        o->warn_level = s[1] - '0';
        return CMD_OK;
    }
    if (s[0] == 'e' && (s[1] == 0 || (s[1] >= '0' && s[1] <= '9'))) {
        const char *v = opt_value(c, i, s + 1, false, NULL);
        if (!v || !*v) {
            printf("asm : error A2900: option requires a number : %s\n", arg);
            return CMD_ERROR;
        }
        o->error_limit = atoi(v);
        return CMD_OK;
    }
    if (iprefix(s, "Fo") || iprefix(s, "Fl")) {
        bool lst = iprefix(s, "Fl");
        const char *v = opt_value(c, i, s + 2, lst, lst ? ".lst" : NULL);
        if (!v) {
            printf("asm : error A2900: option requires a file name : %s\n", arg);
            return CMD_ERROR;
        }
        if (lst) {
            o->listing = true;
            o->lst_name = v;
        } else {
            o->obj_name = v;
        }
        return CMD_OK;
    }
    if (iprefix(s, "Ta") || s[0] == 'I' || s[0] == 'D') {
        size_t skip = iprefix(s, "Ta") ? 2 : 1;
        const char *v = opt_value(c, i, s + skip, false, NULL);
        if (!v) {
            printf("asm : error A2900: option requires an argument : %s\n", arg);
            return CMD_ERROR;
        }
        if (skip == 2) {
            c->files[l->nfiles++] = v;
        } else if (s[0] == 'I') {
            c->incdirs[l->nincs++] = v;
        } else {
            Define *d = &c->defines[l->ndefs++];
            const char *eq = strchr(v, '=');
            if (eq) {
                size_t n = (size_t)(eq - v);
                char *name = xmalloc(n + 1);
                memcpy(name, v, n);
                name[n] = 0;
                d->name = name;
                d->owned = name;
                d->value = eq + 1;
            } else {
                d->name = v;
                d->value = NULL;
            }
        }
        return CMD_OK;
    }
    if (ieq(s, "safeseh") || ieq(s, "Gy") || iprefix(s, "ZH") || ieq(s, "EP") ||
        ieq(s, "Sa") || iprefix(s, "FR") || iprefix(s, "Fr") || iprefix(s, "Fm") ||
        iprefix(s, "Fe") || ieq(s, "Gd") || ieq(s, "Gz") || ieq(s, "Gc") ||
        ieq(s, "Zm") || ieq(s, "unwindv3") || iprefix(s, "F")) {
        warn_ignored(arg);
        return CMD_OK;
    }
    printf("asm : error A4018: invalid command-line option : %s\n", arg);
    return CMD_ERROR;
}

CmdStatus cmdline_parse(int argc, char **argv, Options *o, CmdLine **ctx)
{
    CmdLine *c = xmalloc(sizeof *c);
    memset(c, 0, sizeof *c);
    *ctx = c;
    memset(o, 0, sizeof *o);
    o->warn_level = 1;
    o->error_limit = 100; /* ml64 stops at 100 errors; -e 0 removes the limit */
    const char *env[] = {"ML", "JWASM"};
    for (size_t k = 0; k < ARRAY_LEN(env); k++) {
        const char *v = os_getenv(env[k]);
        if (v)
            split_into(c, v, 0);
    }
    for (int i = 1; i < argc; i++)
        add_arg(c, argv[i], strlen(argv[i]), 0);
    size_t n = (size_t)c->nargs + 1;
    c->files = xmalloc(n * sizeof *c->files);
    c->incdirs = xmalloc(n * sizeof *c->incdirs);
    c->defines = xmalloc(n * sizeof *c->defines);
    memset(c->defines, 0, n * sizeof *c->defines);
    Lists l = {0, 0, 0};
    for (int i = 0; i < c->nargs; i++) {
        const char *a = c->args[i];
        /* An absolute Unix path is a file, not an ml64-style option. */
        bool unix_path = a[0] == '/' && strchr(a + 1, '/') && os_file_exists(a);
        if ((a[0] == '-' || a[0] == '/') && a[1] && !unix_path) {
            CmdStatus st = one_option(c, &i, o, &l);
            if (st != CMD_OK)
                return st;
        } else {
            c->files[l.nfiles++] = a;
        }
    }
    o->files = c->files;
    o->nfiles = l.nfiles;
    o->incdirs = c->incdirs;
    o->nincdirs = l.nincs;
    o->defines = c->defines;
    o->ndefines = l.ndefs;
    c->ndefines = l.ndefs;
    return CMD_OK;
}

void cmdline_free(CmdLine *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->nargs; i++)
        free(c->args[i]);
    free(c->args);
    free(c->files);
    free(c->incdirs);
    for (int i = 0; i < c->ndefines; i++)
        free(c->defines[i].owned);
    free(c->defines);
    free(c);
}

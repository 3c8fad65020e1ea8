/* cmdline.c: the command line.  Options start with '-' or '/' on every
 * host (a leading '/' is never a file name); both JWasm spellings
 * (-Fo x, -Fox, -Fo=x) and ml64's (/Fo x, /Fox) are accepted.  Options
 * may also come from the ML and JWASM environment variables and from
 * @response files. */
#include "cmdline.h"
#include "os.h"
#include "diag.h"
#include "version.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct CmdLine {
    char **args;        /* every argument after expansion (owned) */
    int nargs, cap;
    const char **files;
    const char **file_obj; /* per source: the /Fo before it, or NULL */
    const char **incdirs;
    const char **pathmaps;
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
    void *alloc;
    if (depth > 8 || !os_read_file(name, &text, &len, &alloc))
        return false;
    /* a UTF-8 byte order mark (Visual Studio writes one) is not text */
    const char *t = text;
    if (len >= 3 && (unsigned char)t[0] == 0xEF && (unsigned char)t[1] == 0xBB &&
        (unsigned char)t[2] == 0xBF)
        t += 3;
    split_into(c, t, depth + 1);
    free(alloc);
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

/* Grouped as doc/asm.1 (the man page). */
void cmdline_usage(void)
{
    puts("usage: asm [options] file.asm [file.asm ...]\n"
         "Options start with - or /, are case-insensitive and may be mixed.\n"
         "\n"
         "Output:\n"
         "  -c, -win64, -coff, /c      Win64 COFF object (the only output format)\n"
         "  -Fo file|dir, /Fo file     object name; /Fo names the sources after it\n"
         "  -Zs, /Zs                   syntax check only (an existing object is kept)\n"
         "  /EP                        preprocessed source to stdout, no object\n"
         "  -Zf, /Zf                   code labels in the symbol table (class LABEL)\n"
         "  -MD, -MMD                  also write a make dependency file (x.d)\n"
         "  -MF file, -MT target, -MP  its name, its target, phony include rules\n"
         "Listing:\n"
         "  -Fl[file], /Fl[file]       write a listing (x.lst)\n"
         "  -Sg -Sa -Sn -Sx -Sf        generated code, all, no symbols, false\n"
         "                             conditionals, first pass\n"
         "  /Sl n /Sp n /Ss text /St text  width, page length, subtitle, title\n"
         "Input:\n"
         "  -Ta file, /Ta file         assemble file whatever its extension\n"
         "  -I dir, /I dir             include search path\n"
         "  -X, /X                     ignore the INCLUDE environment variable\n"
         "  -D name[=text]             define a text macro\n"
         "  @file                      read options from file\n"
         "Language:\n"
         "  -Cp -Cx -Cu                case: preserve, preserve publics, upper\n"
         "  -Zp[n], /Zp[n]             default STRUCT alignment (1 2 4 8 16)\n"
         "Diagnostics:\n"
         "  -W0..-W4, -w, -WX          warning level, none, warnings as errors\n"
         "  -e N                       stop after N errors (default 100, 0: no limit)\n"
         "  -fdiagnostics-format=gcc, /diagnostics:caret\n"
         "                             file:line:col: error: ... with a caret\n"
         "  -fdiagnostics-color[=always|never|auto]  colour (auto: on a terminal)\n"
         "Other:\n"
         "  -q, -nologo, /nologo       no banner\n"
         "  -Zi, -Zd                   CodeView debug information; -Zd: lines only\n"
         "  -ZH:MD5, -ZH:SHA_256       checksum of the sources in it (SHA-256)\n"
         "  -pathmap:from=to           rewrite a path prefix in it\n"
         "  /F hex, /Fe file           linker options: consumed, no effect\n"
         "  --version, -?, --help      version, this text\n"
         "See `man asm` (doc/asm.1) and doc/cli.md.");
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

typedef struct Lists {
    int nfiles, nincs, ndefs;
    const char *cur_obj;   /* the last /Fo seen: names the next sources */
    bool obj_pending;      /* no source since that /Fo */
} Lists;

static void add_file(CmdLine *c, Lists *l, const char *name)
{
    c->file_obj[l->nfiles] = l->cur_obj;
    c->files[l->nfiles++] = name;
    l->obj_pending = false;
}

/* A number for -e, /Sl, /Sp, /F: digits only (hex for /F). */
static bool parse_count(const char *v, bool hex, int *out)
{
    long n = 0;
    if (!v || !*v)
        return false;
    for (const char *p = v; *p; p++) {
        int d = *p >= '0' && *p <= '9' ? *p - '0'
              : hex && *p >= 'a' && *p <= 'f' ? *p - 'a' + 10
              : hex && *p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : -1;
        if (d < 0)
            return false;
        n = n * (hex ? 16 : 10) + d;
        if (n > 0x7fffffffL)
            return false;
    }
    *out = (int)n;
    return true;
}

/* ml64 options whose argument may be the next word: /Sl width, /Sp length,
 * /Ss subtitle, /St title, /F stacksize (hex), /Fe exe name.  ml64
 * consumes the next word whatever it is. */
static CmdStatus separate_arg(CmdLine *c, int *i, Options *o, const char *s, const char *arg)
{
    bool fe = iprefix(s, "Fe");
    size_t skip = s[0] == 'F' && !fe ? 1 : 2;
    const char *v = opt_value(c, i, s + skip, false, NULL);
    if (!v) {
        diag_cmdline(skip == 1 || iprefix(s, "Sl") || iprefix(s, "Sp") ? E_BAD_NUMERIC_ARG
                                                                        : E_OPTION_ARG, arg);
        return CMD_ERROR;
    }
    int n = 0;
    if (iprefix(s, "Sl") || iprefix(s, "Sp") || skip == 1) {
        if (!parse_count(v, skip == 1, &n)) {
            diag_cmdline(E_BAD_NUMERIC_ARG, arg);
            return CMD_ERROR;
        }
        if (iprefix(s, "Sl"))
            o->list_width = n;
        else if (iprefix(s, "Sp"))
            o->list_page = n;
        /* /F sets the stack size of a linked image: asm does not link */
    } else if (iprefix(s, "Ss")) {
        o->list_subtitle = v;
    } else if (iprefix(s, "St")) {
        o->list_title = v;
    }
    /* /Fe names a linked image: with no link step it has no effect, as
     * with ml64 /c */
    return CMD_OK;
}

static bool is_separate_arg_option(const char *s)
{
    if (iprefix(s, "Sl") || iprefix(s, "Sp") || iprefix(s, "Ss") || iprefix(s, "St") ||
        iprefix(s, "Fe"))
        return true;
    /* /F hexnum, /Fhexnum (but not /Fo /Fl /Fm /FR ...) */
    return s[0] == 'F' && (!s[1] || (s[1] >= '0' && s[1] <= '9'));
}

/* -MD -MMD -MF file -MT target -MP: a make dependency file (gcc's). */
static CmdStatus dep_option(CmdLine *c, int *i, Options *o, const char *s, const char *arg)
{
    if (!strcmp(s, "MD") || !strcmp(s, "MMD")) {
        o->depfile = true;
        return CMD_OK;
    }
    if (!strcmp(s, "MP")) {
        o->dep_phony = true;
        return CMD_OK;
    }
    const char *v = opt_value(c, i, s + 2, false, NULL);
    if (!v || !*v) {
        diag_cmdline(E_OPTION_ARG, arg);
        return CMD_ERROR;
    }
    if (s[1] == 'F')
        o->dep_name = v;
    else
        o->dep_target = v;
    return CMD_OK;
}

static bool is_dep_option(const char *s)
{
    return !strcmp(s, "MD") || !strcmp(s, "MMD") || !strcmp(s, "MP") ||
           !strncmp(s, "MF", 2) || !strncmp(s, "MT", 2);
}

/* -fdiagnostics-format=gcc, /diagnostics:caret (MSVC's spelling),
 * -fdiagnostics-color[=always|never|auto], -fno-diagnostics-color. */
static bool diag_option(Options *o, const char *s)
{
    if (!strcmp(s, "fdiagnostics-format=gcc") || ieq(s, "diagnostics:caret") ||
        ieq(s, "diagnostics:column")) {
        o->diag_caret = true;
        return true;
    }
    if (!strcmp(s, "fdiagnostics-format=msvc") || ieq(s, "diagnostics:classic")) {
        o->diag_caret = false;
        return true;
    }
    if (!strcmp(s, "fdiagnostics-color") || !strcmp(s, "fdiagnostics-color=always")) {
        o->diag_color = 1;
        return true;
    }
    if (!strcmp(s, "fno-diagnostics-color") || !strcmp(s, "fdiagnostics-color=never")) {
        o->diag_color = -1;
        return true;
    }
    if (!strcmp(s, "fdiagnostics-color=auto")) {
        o->diag_color = 0;
        return true;
    }
    return false;
}

/* A command-line warning: counted, because under -WX (given anywhere on
 * the line) it fails the run as in ml64.  W_OPTION_IGNORED is not
 * counted: it names options ml64 versions take silently (/Gy, /FR). */
static void option_warning(Options *o, DiagId id, const char *arg)
{
    diag_cmdline(id, arg);
    o->cmdline_warnings++;
}

/* /Zp[n]: the default STRUCT alignment; ml64 takes 1, 2, 4, 8 or 16 and
 * warns A4008 (default used) otherwise. */
static void struct_pack_option(Options *o, const char *s)
{
    int n = 1;
    if (s[2] && (!parse_count(s + 2, false, &n) ||
                 (n != 1 && n != 2 && n != 4 && n != 8 && n != 16))) {
        option_warning(o, W_OPTION_VALUE, "/Zp");
        n = 1;
    }
    o->struct_pack = n;
}

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
    if (diag_option(o, s))
        return CMD_OK;
    if (is_dep_option(s))
        return dep_option(c, i, o, s, arg);
    if (is_separate_arg_option(s))
        return separate_arg(c, i, o, s, arg);
    if (iprefix(s, "Zp")) {
        struct_pack_option(o, s);
        return CMD_OK;
    }
    if (ieq(s, "link")) {
        diag_cmdline(E_NO_LINK, arg);
        return CMD_ERROR;
    }
    if (ieq(s, "omf") || ieq(s, "safeseh")) {
        option_warning(o, W_OPTION_NOT_X64, arg);
        return CMD_OK;
    }
    if (ieq(s, "win64") || ieq(s, "c") || ieq(s, "coff") || ieq(s, "Cx") ||
        ieq(s, "Sn") || ieq(s, "Sf") || ieq(s, "Sx") || ieq(s, "Zd") || ieq(s, "Z7") ||
        iprefix(s, "Zi") || iprefix(s, "errorReport") ||
        ieq(s, "Zf") || ieq(s, "X") || ieq(s, "quiet") || ieq(s, "EP")) {
        if (ieq(s, "Cx")) {
            o->casemap = CASEMAP_NOTPUBLIC;
            o->casemap_set = true;
        } else if (ieq(s, "Sn")) {
            o->no_symbols_in_listing = true;
        } else if (ieq(s, "Sx")) {
            o->list_false_conds = true;
        } else if (iprefix(s, "Zi") || ieq(s, "Zd") || ieq(s, "Z7")) {
            /* -Zd alone: line numbers only; -Zi (or -Z7) anywhere: all */
            o->debug_lines_only = ieq(s, "Zd") && (!o->debug_info || o->debug_lines_only);
            o->debug_info = true;
        } else if (ieq(s, "quiet")) {
            o->quiet = true;
        } else if (ieq(s, "Zf")) {
            o->all_symbols = true;
        } else if (ieq(s, "X")) {
            o->ignore_include_env = true;
        } else if (ieq(s, "EP")) {
            o->preprocess_only = true;
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
        int n;
        if (!parse_count(v, false, &n)) {
            diag_cmdline(E_BAD_NUMERIC_ARG, arg);
            return CMD_ERROR;
        }
        o->error_limit = n;
        return CMD_OK;
    }
    if (iprefix(s, "Fo") || iprefix(s, "Fl")) {
        bool lst = iprefix(s, "Fl");
        const char *v = opt_value(c, i, s + 2, lst, lst ? ".lst" : NULL);
        if (!v) {
            diag_cmdline(E_OPTION_ARG, arg);
            return CMD_ERROR;
        }
        if (lst) {
            o->listing = true;
            o->lst_name = v;
        } else {
            l->cur_obj = v;
            l->obj_pending = true;
        }
        return CMD_OK;
    }
    if (iprefix(s, "Ta") || s[0] == 'I' || s[0] == 'D') {
        size_t skip = iprefix(s, "Ta") ? 2 : 1;
        const char *v = opt_value(c, i, s + skip, false, NULL);
        if (!v) {
            diag_cmdline(E_OPTION_ARG, arg);
            return CMD_ERROR;
        }
        if (skip == 2) {
            add_file(c, l, v);
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
    if (iprefix(s, "ZH:")) { /* checksum of the debug information's files */
        if (ieq(s + 3, "MD5"))
            o->checksum_kind = 1;
        else if (ieq(s + 3, "SHA_256") || ieq(s + 3, "SHA256"))
            o->checksum_kind = 3;
        else
            option_warning(o, W_UNKNOWN_OPTION, arg); /* as ml64: default kept */
        return CMD_OK;
    }
    if (iprefix(s, "pathmap:")) { /* cl's /pathmap:from=to for debug paths */
        if (!strchr(s + 8, '=') || s[8] == '=') {
            diag_cmdline(E_OPTION_ARG, arg);
            return CMD_ERROR;
        }
        c->pathmaps[o->npathmaps++] = s + 8;
        return CMD_OK;
    }
    if (ieq(s, "Gy") || iprefix(s, "ZH") || iprefix(s, "FR") || iprefix(s, "Fr") ||
        iprefix(s, "Fm") || ieq(s, "Gd") || ieq(s, "Gz") || ieq(s, "Gc") ||
        ieq(s, "Zm") || ieq(s, "unwindv3")) {
        diag_cmdline(W_OPTION_IGNORED, arg);
        return CMD_OK;
    }
    /* as ml64: a warning, and assembly goes on (a flag a build system adds
     * to every compiler must not stop the build) */
    option_warning(o, W_UNKNOWN_OPTION, arg);
    return CMD_OK;
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
    c->file_obj = xmalloc(n * sizeof *c->file_obj);
    c->incdirs = xmalloc(n * sizeof *c->incdirs);
    c->pathmaps = xmalloc(n * sizeof *c->pathmaps);
    c->defines = xmalloc(n * sizeof *c->defines);
    memset(c->defines, 0, n * sizeof *c->defines);
    Lists l = {0, 0, 0, NULL, false};
    for (int i = 0; i < c->nargs; i++) {
        const char *a = c->args[i];
        /* An absolute Unix path is a file, not an ml64-style option. */
        bool unix_path = a[0] == '/' && strchr(a + 1, '/') && os_file_exists(a);
        if ((a[0] == '-' || a[0] == '/') && a[1] && !unix_path) {
            CmdStatus st = one_option(c, &i, o, &l);
            if (st != CMD_OK)
                return st;
        } else {
            add_file(c, &l, a);
        }
    }
    /* a /Fo after the last source names the sources that had none before
     * them (JWasm's order-free style; ml64 ignores a trailing /Fo) */
    o->obj_name = l.obj_pending ? l.cur_obj : NULL;
    o->files = c->files;
    o->file_obj = c->file_obj;
    o->nfiles = l.nfiles;
    o->incdirs = c->incdirs;
    o->nincdirs = l.nincs;
    o->pathmaps = c->pathmaps;
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
    free(c->file_obj);
    free(c->incdirs);
    free(c->pathmaps);
    for (int i = 0; i < c->ndefines; i++)
        free(c->defines[i].owned);
    free(c->defines);
    free(c);
}

/* srcmgr.c: loads source files once and resolves INCLUDE names. */
#include "srcmgr.h"
#include "os.h"
#include <stdlib.h>
#include <string.h>

void src_init(SrcMgr *sm)
{
    memset(sm, 0, sizeof *sm);
    sm->cap = 8;
    sm->files = xmalloc(sm->cap * sizeof *sm->files);
    memset(&sm->files[0], 0, sizeof sm->files[0]);
    sm->nfiles = 1;
}

void src_free(SrcMgr *sm)
{
    for (uint32_t i = 1; i < sm->nfiles; i++) {
        free(sm->files[i].path);
        free(sm->files[i].text_alloc);
        free(sm->files[i].nul_lines);
    }
    free(sm->files);
    memset(sm, 0, sizeof *sm);
}

static uint32_t find_loaded(SrcMgr *sm, const char *path)
{
    for (uint32_t i = 1; i < sm->nfiles; i++)
        if (strcmp(sm->files[i].path, path) == 0)
            return i;
    return 0;
}

/* UTF-16, with a byte-order mark or without (ASCII text then has a zero
 * byte next to each character). */
static bool looks_utf16(const unsigned char *t, size_t len)
{
    if (len < 2)
        return false;
    if ((t[0] == 0xFF && t[1] == 0xFE) || (t[0] == 0xFE && t[1] == 0xFF))
        return true;
    if (len < 4)
        return false;
    return (t[0] && !t[1] && t[2] && !t[3]) || (!t[0] && t[1] && !t[2] && t[3]);
}

/* Make the text what the line reader expects: a CR not followed by LF
 * ends a line (old Mac files), and a NUL byte, which would end the text
 * early, becomes a blank whose line is recorded for an A2044 error. */
static void normalize(SrcFile *f)
{
    f->utf16 = looks_utf16((const unsigned char *)f->text, f->len);
    if (f->utf16)
        return;
    /* most files have neither CR nor NUL: memchr finds that fast */
    if (!memchr(f->text, '\r', f->len) && !memchr(f->text, 0, f->len))
        return;
    uint32_t line = 1, cap = 0;
    for (size_t i = 0; i < f->len; i++) {
        char c = f->text[i];
        if ((unsigned char)c > '\r')
            continue; /* the common case first: no CR, LF or NUL */
        if (c == '\r' && f->text[i + 1] != '\n')
            f->text[i] = c = '\n';
        if (c == '\n') {
            line++;
        } else if (c == 0) {
            f->text[i] = ' ';
            if (f->n_nul_lines && f->nul_lines[f->n_nul_lines - 1] == line)
                continue;
            if (f->n_nul_lines == cap) {
                cap = cap ? cap * 2 : 8;
                f->nul_lines = xrealloc(f->nul_lines, cap * sizeof *f->nul_lines);
            }
            f->nul_lines[f->n_nul_lines++] = line;
        }
    }
}

/* Append a loaded file; takes ownership of path and text. */
static uint32_t add_file(SrcMgr *sm, char *path, char *text, size_t len, void *text_alloc)
{
    if (sm->nfiles == sm->cap) {
        sm->cap *= 2;
        sm->files = xrealloc(sm->files, sm->cap * sizeof *sm->files);
    }
    /* a UTF-8 byte order mark (Visual Studio writes one) is not source */
    if (!sm->raw && len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB &&
        (unsigned char)text[2] == 0xBF) {
        memmove(text, text + 3, len - 2);
        len -= 3;
    }
    SrcFile *f = &sm->files[sm->nfiles];
    memset(f, 0, sizeof *f);
    f->path = path;
    f->text = text;
    f->text_alloc = text_alloc;
    f->len = len;
    if (!sm->raw)
        normalize(f); /* INCBIN data keeps its NUL and CR bytes */
    return sm->nfiles++;
}

bool src_line_has_nul(const SrcMgr *sm, uint32_t file, uint32_t line)
{
    const SrcFile *f = &sm->files[file];
    uint32_t lo = 0, hi = f->n_nul_lines;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->nul_lines[mid] < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->n_nul_lines && f->nul_lines[lo] == line;
}

static uint32_t try_open(SrcMgr *sm, char *path)
{
    uint32_t have = find_loaded(sm, path);
    if (have) {
        free(path);
        return have;
    }
    char *text;
    size_t len;
    void *alloc;
    if (!os_read_file(path, &text, &len, &alloc)) {
        /* Windows opens "Comctl32.inc" as comctl32.inc */
        char *folded = os_path_nocase(path);
        free(path);
        if (!folded)
            return 0;
        path = folded;
        have = find_loaded(sm, path);
        if (have) {
            free(path);
            return have;
        }
        if (!os_read_file(path, &text, &len, &alloc)) {
            free(path);
            return 0;
        }
    }
    return add_file(sm, path, text, len, alloc);
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *p = xmalloc(n + 1);
    memcpy(p, s, n + 1);
    return p;
}

static char *dir_of(const char *path)
{
    const char *base = os_path_basename(path);
    size_t n = (size_t)(base - path);
    char *d = xmalloc(n + 1);
    memcpy(d, path, n);
    d[n] = 0;
    return d;
}

/* Try the directories of the INCLUDE environment variable. */
static uint32_t try_env_dirs(SrcMgr *sm, const char *name)
{
    const char *env = os_getenv("INCLUDE");
    if (!env)
        return 0;
#ifdef _WIN32
    const char sep = ';';
#else
    const char sep = ':';
#endif
    while (*env) {
        const char *end = strchr(env, sep);
        size_t n = end ? (size_t)(end - env) : strlen(env);
        if (n) {
            char *dir = xmalloc(n + 1);
            memcpy(dir, env, n);
            dir[n] = 0;
            uint32_t id = try_open(sm, os_path_join(dir, name));
            free(dir);
            if (id)
                return id;
        }
        if (!end)
            break;
        env = end + 1;
    }
    return 0;
}

/* A Windows path on any host: backslashes become '/' (outside Windows). */
static char *native_name(const char *name)
{
    char *n = dup_str(name);
#ifndef _WIN32
    for (char *p = n; *p; p++)
        if (*p == '\\')
            *p = '/';
#endif
    return n;
}

/* The part of a drive-absolute name ("\\a\\b", "C:\\a\\b", "C:a") below
 * its root, or NULL if the name is relative. */
static const char *below_root(const char *n)
{
    const char *p = n;
    if (((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z') && p[1] == ':')
        p += 2;
    else if (p[0] != '/' && p[0] != '\\')
        return NULL;
    while (*p == '/' || *p == '\\')
        p++;
    return p;
}

/* A drive-absolute INCLUDE name that does not exist as written: tried
 * under $ASM_ROOT, then under each -I directory with its leading
 * directories removed one at a time ("\\sdk\\inc\\x.inc" with -I d:
 * d/sdk/inc/x.inc, d/inc/x.inc, d/x.inc). */
static uint32_t try_rooted(SrcMgr *sm, const char *rel)
{
    const char *root = os_getenv("ASM_ROOT");
    if (root && *root) {
        uint32_t id = try_open(sm, os_path_join(root, rel));
        if (id)
            return id;
    }
    for (int i = 0; i < sm->nincdirs; i++)
        for (const char *r = rel; *r;) {
            uint32_t id = try_open(sm, os_path_join(sm->incdirs[i], r));
            if (id)
                return id;
            const char *slash = strchr(r, '/');
            if (!slash)
                break;
            r = slash + 1;
        }
    return 0;
}

uint32_t src_load(SrcMgr *sm, const char *name, uint32_t including_file,
                  bool search)
{
    if (!search)
        return try_open(sm, dup_str(name));
    char *n = native_name(name);
    const char *rel = below_root(name);
    uint32_t id = 0;
    if (rel || os_path_is_absolute(n)) {
        id = try_open(sm, dup_str(n));
        if (!id && rel) {
            char *r = native_name(rel);
            id = try_rooted(sm, r);
            free(r);
        }
        free(n);
        return id;
    }
    if (including_file) {
        char *dir = dir_of(sm->files[including_file].path);
        if (*dir)
            id = try_open(sm, os_path_join(dir, n));
        free(dir);
        if (id) {
            free(n);
            return id;
        }
    }
    id = try_open(sm, dup_str(n));
    for (int i = 0; !id && i < sm->nincdirs; i++)
        id = try_open(sm, os_path_join(sm->incdirs[i], n));
    if (!id && !sm->no_env)
        id = try_env_dirs(sm, n);
    free(n);
    return id;
}

uint32_t src_load_binary(SrcMgr *sm, const char *name, uint32_t including_file)
{
    sm->raw = true;
    uint32_t id = src_load(sm, name, including_file, true);
    sm->raw = false;
    return id;
}

uint32_t src_add_memory(SrcMgr *sm, const char *name, const char *text,
                        size_t len)
{
    char *copy = xmalloc(len + 1);
    if (len)
        memcpy(copy, text, len);
    copy[len] = 0;
    return add_file(sm, dup_str(name), copy, len, copy);
}

const char *src_path(const SrcMgr *sm, uint32_t file)
{
    return file && file < sm->nfiles ? sm->files[file].path : "";
}

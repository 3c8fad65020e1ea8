/* os.c: every operating-system call of the assembler lives here, so the
 * rest of the sources stay portable C99.  Builds with MinGW as well. */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L /* open, fstat, getpid, sigaction */
#define _DEFAULT_SOURCE /* madvise */
#endif
#include "os.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <io.h>
#else
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

/* The message is diag.def's row E_OUT_OF_MEMORY.  os.c sits below diag.c
 * (which allocates through it), so it reads the row from the table itself
 * rather than calling up into diag. */
void fatal_oom(void)
{
    static const struct {
        const char *name;
        int number;
        const char *fmt;
    } rows[] = {
#define DIAG(name, kind, number, level, fmt) {#name, number, fmt},
#include "diag.def"
#undef DIAG
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (strcmp(rows[i].name, "E_OUT_OF_MEMORY") == 0)
            fprintf(stderr, "asm : fatal error A%04d: %s\n", rows[i].number, rows[i].fmt);
    }
    exit(2);
}

#ifdef ASM_TEST_ALLOC
/* Allocation-failure test build (make build-alloc/asm), after Lua's
 * debug_realloc: ASM_FAIL_ALLOC_AT=n fails the n-th call of xmalloc or
 * xrealloc, as if memory had run out; ASM_COUNT_ALLOC=1 prints the number
 * of calls at exit, so that a test can try every n
 * (regress/cli/alloc_fail.sh).  These counters are the only mutable
 * file-scope state of the assembler, and exist only in this build. */
static unsigned long alloc_calls, alloc_fail_at;
static bool alloc_ready;

static void print_alloc_count(void)
{
    fprintf(stderr, "allocations: %lu\n", alloc_calls);
}

static bool alloc_fails(void)
{
    if (!alloc_ready) {
        const char *at = getenv("ASM_FAIL_ALLOC_AT");
        alloc_fail_at = at ? strtoul(at, NULL, 10) : 0;
        if (getenv("ASM_COUNT_ALLOC"))
            atexit(print_alloc_count);
        alloc_ready = true;
    }
    return ++alloc_calls == alloc_fail_at;
}
#define ALLOC_FAILS() alloc_fails()
#else
#define ALLOC_FAILS() false
#endif

void *xmalloc(size_t n)
{
    if (ALLOC_FAILS())
        fatal_oom();
    void *p = malloc(n ? n : 1);
    if (!p)
        fatal_oom();
    return p;
}

/* Every 4 KiB page a run fills is a page fault on its first touch, and
 * on a virtual machine a fault costs more than assembling a line: on
 * labels-100k, 8,900 faults were 40% of the time (perf: the memset of
 * fresh arena memory and the kernel's fault path).  Linux maps 2 MiB
 * pages where a block is aligned to them and, with transparent huge
 * pages set to "madvise" (Ubuntu's default, and this project's build
 * machine's), only where asked: one fault per 2 MiB.  Elsewhere this is
 * xmalloc. */
void *xmalloc_large(size_t n, void **raw)
{
#if defined(MADV_HUGEPAGE)
    if (n >= LARGE_PAGE) {
        if (n > SIZE_MAX - LARGE_PAGE)
            fatal_oom();
        /* the bytes before the boundary are never touched */
        *raw = xmalloc(n + LARGE_PAGE);
        uintptr_t p = ((uintptr_t)*raw + LARGE_PAGE - 1) & ~(uintptr_t)(LARGE_PAGE - 1);
        (void)madvise((void *)p, n & ~(size_t)4095, MADV_HUGEPAGE); /* a hint */
        return (void *)p;
    }
#endif
    *raw = xmalloc(n);
    return *raw;
}

void *xrealloc(void *p, size_t n)
{
    if (ALLOC_FAILS())
        fatal_oom();
    void *q = realloc(p, n ? n : 1);
    if (!q)
        fatal_oom();
    return q;
}

bool os_read_file(const char *path, char **data, size_t *len, void **alloc)
{
    size_t cap = 1 << 16, n = 0;
#ifndef _WIN32
    /* only regular files: INCLUDE /dev/zero or a FIFO would never end */
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    /* the whole file at once, in large pages when it is large (a fault per
     * 4 KiB page was 40% of the faults of plain-1M); room for the read
     * that sees the end */
    if (st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX / 2)
        cap = (size_t)st.st_size + 4097;
#endif
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char *buf = xmalloc_large(cap, alloc);
    for (;;) {
        if (cap - n < 4096) { /* grew since stat, or no size known */
            if (cap > SIZE_MAX / 2)
                fatal_oom();
            cap *= 2;
            char *more = xmalloc(cap);
            memcpy(more, buf, n);
            free(*alloc);
            *alloc = buf = more;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    bool ok = !ferror(f);
    fclose(f);
    if (!ok) {
        free(*alloc);
        *alloc = NULL;
        return false;
    }
    buf[n] = 0;
    *data = buf;
    *len = n;
    return true;
}

#ifdef _WIN32
/* A unique temporary next to path (GetTempFileName creates it). */
static char *temp_next_to(const char *path)
{
    const char *base = os_path_basename(path);
    size_t dn = (size_t)(base - path);
    char *dir = xmalloc(dn + 2);
    memcpy(dir, path, dn);
    if (!dn)
        dir[dn++] = '.';
    dir[dn] = 0;
    char *tmp = xmalloc(MAX_PATH + 1);
    UINT got = GetTempFileNameA(dir, "asm", 0, tmp);
    free(dir);
    if (!got) {
        free(tmp);
        return NULL;
    }
    return tmp;
}

bool os_write_atomic(const char *path, const void *data, size_t len)
{
    DWORD attr = GetFileAttributesA(path);
    if (attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY))
        return false;
    char *tmp = temp_next_to(path);
    if (!tmp)
        return false;
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(data, 1, len, f) == len;
    ok = f && (fclose(f) == 0) && ok;
    ok = ok && MoveFileExA(tmp, path, MOVEFILE_REPLACE_EXISTING);
    if (!ok)
        remove(tmp);
    free(tmp);
    return ok;
}

void os_remove(const char *path)
{
    DWORD attr = GetFileAttributesA(path);
    if (attr != INVALID_FILE_ATTRIBUTES && !(attr & FILE_ATTRIBUTE_DIRECTORY))
        remove(path);
}

bool os_file_exists(const char *path)
{
    return GetFileAttributesA(path) != INVALID_FILE_ATTRIBUTES;
}
#else
/* The temporary file of the write in progress, removed if SIGINT or
 * SIGTERM arrives before it is renamed.  A signal handler can reach
 * nothing else, so this is the one piece of file-scope state of the
 * assembler (a fixed buffer: the handler may not call free). */
static char pending_tmp[4096];
static volatile sig_atomic_t pending_set;

static void remove_pending(int sig)
{
    if (pending_set)
        unlink(pending_tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

static bool write_all(int fd, const unsigned char *p, size_t len)
{
    while (len) {
        ssize_t n = write(fd, p, len > 0x40000000u ? 0x40000000u : len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        len -= (size_t)n;
    }
    return true;
}

/* Not a regular file (a device, a FIFO): written in place, never removed
 * or replaced.  A directory or anything else is refused. */
static bool write_in_place(const char *path, const struct stat *st, const void *data,
                           size_t len)
{
    if (!S_ISCHR(st->st_mode) && !S_ISFIFO(st->st_mode))
        return false;
    int fd = open(path, O_WRONLY);
    if (fd < 0)
        return false;
    bool ok = write_all(fd, data, len);
    return (close(fd) == 0) && ok;
}

bool os_write_atomic(const char *path, const void *data, size_t len)
{
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return write_in_place(path, &st, data, len);
    size_t n = strlen(path);
    if (n + 32 > sizeof pending_tmp)
        return false;
    /* the handlers first and the signals blocked while the temporary is
     * created: a SIGTERM between open and the handler left it behind */
    struct sigaction sa, old_int, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = remove_pending;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    sigset_t stop, old_mask;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    /* <path>.<pid>.<n>.tmp, created exclusively: two runs writing the same
     * output never share a temporary, and a link planted there is never
     * followed */
    int fd = -1;
    for (unsigned k = 0; fd < 0 && k < 1000; k++) {
        sigprocmask(SIG_BLOCK, &stop, &old_mask);
        snprintf(pending_tmp, sizeof pending_tmp, "%s.%ld.%u.tmp", path, (long)getpid(), k);
        fd = open(pending_tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        pending_set = fd >= 0;
        sigprocmask(SIG_SETMASK, &old_mask, NULL);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        sigaction(SIGINT, &old_int, NULL);
        sigaction(SIGTERM, &old_term, NULL);
        return false;
    }
    bool ok = write_all(fd, data, len);
    ok = (close(fd) == 0) && ok;
    ok = ok && rename(pending_tmp, path) == 0;
    if (!ok)
        unlink(pending_tmp);
    pending_set = 0;
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    return ok;
}

/* Only a regular file is removed: never a device node such as /dev/null
 * given as the output. */
void os_remove(const char *path)
{
    struct stat st;
    if (lstat(path, &st) == 0 && (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) &&
        stat(path, &st) == 0 && S_ISREG(st.st_mode))
        unlink(path);
}

/* stat, not open: opening a FIFO would wait for a writer. */
bool os_file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}
#endif

bool os_is_directory(const char *path)
{
#ifdef _WIN32
    DWORD attr = GetFileAttributesA(path);
    return attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY);
#else
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
#endif
}

const char *os_getenv(const char *name)
{
    return getenv(name);
}

static bool is_sep(char c)
{
#ifdef _WIN32
    return c == '/' || c == '\\';
#else
    return c == '/';
#endif
}

#ifdef _WIN32
char *os_path_nocase(const char *path)
{
    (void)path;
    return NULL;
}
#else
static bool same_nocase(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return false;
    }
    return b[n] == 0;
}

char *os_path_nocase(const char *path)
{
    size_t n = strlen(path);
    char *out = xmalloc(n + 1);
    memcpy(out, path, n + 1);
    size_t at = 0;
    while (at < n) {
        while (at < n && out[at] == '/')
            at++;
        size_t end = at;
        while (end < n && out[end] != '/')
            end++;
        if (end == at)
            break;
        char save = out[end];
        out[end] = 0;
        struct stat st;
        bool found = stat(out, &st) == 0;
        if (!found) {
            /* look for the component in its directory */
            char keep = out[at];
            out[at] = 0;
            DIR *d = opendir(at ? out : ".");
            out[at] = keep;
            if (d) {
                struct dirent *e;
                while (!found && (e = readdir(d)) != NULL)
                    if (same_nocase(out + at, e->d_name, end - at)) {
                        memcpy(out + at, e->d_name, end - at);
                        found = true;
                    }
                closedir(d);
            }
        }
        out[end] = save;
        if (!found) {
            free(out);
            return NULL;
        }
        at = end;
    }
    return out;
}
#endif

char *os_path_join(const char *dir, const char *name)
{
    size_t d = strlen(dir), n = strlen(name);
    char *p = xmalloc(d + n + 2);
    memcpy(p, dir, d);
    size_t at = d;
    if (d && !is_sep(dir[d - 1]))
        p[at++] = '/';
    memcpy(p + at, name, n + 1);
    return p;
}

const char *os_path_basename(const char *path)
{
    const char *b = path;
    for (const char *p = path; *p; p++)
        if (is_sep(*p) || *p == '\\' || (*p == ':' && p == path + 1))
            b = p + 1;
    return b;
}

bool os_path_is_absolute(const char *path)
{
    if (is_sep(path[0]))
        return true;
#ifdef _WIN32
    if (path[0] && path[1] == ':')
        return true;
#endif
    return false;
}

bool os_date_time(char *date, size_t dn, char *tm_text, size_t tn)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && !*epoch)
        epoch = NULL;
    time_t t = time(NULL);
    if (epoch) {
        /* a decimal number of seconds, nothing else */
        char *end;
        errno = 0;
        long long v = strtoll(epoch, &end, 10);
        if (*end || errno || v < 0 || *epoch < '0' || *epoch > '9')
            return false;
        t = (time_t)v;
    }
    struct tm *tm = epoch ? gmtime(&t) : localtime(&t);
    if (!tm) {
        snprintf(date, dn, "01/01/70");
        snprintf(tm_text, tn, "00:00:00");
        return true;
    }
    strftime(date, dn, "%m/%d/%y", tm);
    strftime(tm_text, tn, "%H:%M:%S", tm);
    return true;
}

bool os_stdout_is_terminal(void)
{
#ifdef _WIN32
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

/* The absolute form of path, with "." and ".." segments removed (for the
 * debug information, which records source paths as ml64 does). */
char *os_abs_path(const char *path)
{
#ifdef _WIN32
    char buf[4096];
    DWORD got = GetFullPathNameA(path, sizeof buf, buf, NULL);
    if (got > 0 && got < sizeof buf) {
        char *r = xmalloc(got + 1);
        memcpy(r, buf, got + 1);
        return r;
    }
    char *joined = os_path_join("", path);
#else
    char cwd[4096];
    char *joined = os_path_is_absolute(path) || !getcwd(cwd, sizeof cwd)
                       ? os_path_join("", path) : os_path_join(cwd, path);
#endif
    /* collapse "//", "/./" and "/x/../" in place */
    char *r = xmalloc(strlen(joined) + 1);
    size_t len = 0;
    const char *p = joined;
    bool abs = is_sep(*p);
    while (*p) {
        while (is_sep(*p))
            p++;
        const char *seg = p;
        while (*p && !is_sep(*p))
            p++;
        size_t n = (size_t)(p - seg);
        if (n == 0 || (n == 1 && seg[0] == '.'))
            continue;
        if (n == 2 && seg[0] == '.' && seg[1] == '.') {
            while (len > 0 && !is_sep(r[len - 1]))
                len--;
            if (len > 0)
                len--;
            continue;
        }
        if (len > 0 || abs)
            r[len++] = '/';
        memcpy(r + len, seg, n);
        len += n;
    }
    if (len == 0 && abs)
        r[len++] = '/';
    r[len] = 0;
    free(joined);
    return r;
}

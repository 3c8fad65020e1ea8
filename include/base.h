/* base.h: the few portable definitions every module shares (fixed-width
 * integers, bool, small helpers).  Layer L0; no .c file. */
#ifndef ASM_BASE_H
#define ASM_BASE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

#if defined(__GNUC__) || defined(__clang__)
#define NORETURN __attribute__((noreturn))
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define NORETURN
#define PRINTF_LIKE(f, a)
#endif

/* Allocation that cannot fail: on exhaustion the process reports
 * "out of memory" and exits with status 2 (see os.c).  No output file is
 * ever left half written because objects are written atomically. */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
NORETURN void fatal_oom(void);
/* A block of n bytes that will be filled: from LARGE_PAGE bytes up it
 * starts on a LARGE_PAGE boundary and asks for 2 MiB pages where the
 * system gives them only on request (os.c says why).  Free *raw. */
enum { LARGE_PAGE = 2u << 20 };
void *xmalloc_large(size_t n, void **raw);

#endif

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

/* The last n (< 8) bytes at u as a little-endian word, byte k at bits 8k,
 * without a call to memcpy (the hashes of names and lines). */
static inline uint64_t load_tail_le(const unsigned char *u, size_t n)
{
    uint64_t w = 0;
    switch (n) {
    case 7: w |= (uint64_t)u[6] << 48; /* fall through */
    case 6: w |= (uint64_t)u[5] << 40; /* fall through */
    case 5: w |= (uint64_t)u[4] << 32; /* fall through */
    case 4: w |= (uint64_t)u[3] << 24; /* fall through */
    case 3: w |= (uint64_t)u[2] << 16; /* fall through */
    case 2: w |= (uint64_t)u[1] << 8;  /* fall through */
    case 1: w |= u[0]; break;
    default: break;
    }
    return w;
}

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

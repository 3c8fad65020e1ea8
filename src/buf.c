/* buf.c: growable byte buffer, little-endian writers. */
#include "buf.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

void buf_reserve(Buf *b, size_t extra)
{
    if (b->cap - b->len >= extra)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < extra)
        cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

void buf_u8(Buf *b, uint8_t v)
{
    buf_reserve(b, 1);
    b->data[b->len++] = v;
}

static void put_le(Buf *b, uint64_t v, int size)
{
    buf_reserve(b, (size_t)size);
    for (int i = 0; i < size; i++)
        b->data[b->len++] = (uint8_t)(v >> (8 * i));
}

void buf_u16(Buf *b, uint16_t v) { put_le(b, v, 2); }
void buf_u32(Buf *b, uint32_t v) { put_le(b, v, 4); }
void buf_u64(Buf *b, uint64_t v) { put_le(b, v, 8); }

void buf_bytes(Buf *b, const void *p, size_t n)
{
    if (!n)
        return;
    buf_reserve(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void buf_fill(Buf *b, uint8_t v, size_t n)
{
    if (!n)
        return;
    buf_reserve(b, n);
    memset(b->data + b->len, v, n);
    b->len += n;
}

void buf_str(Buf *b, const char *s)
{
    buf_bytes(b, s, strlen(s));
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    buf_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_patch(Buf *b, size_t at, uint64_t v, int size)
{
    for (int i = 0; i < size; i++)
        b->data[at + (size_t)i] = (uint8_t)(v >> (8 * i));
}

void buf_free(Buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

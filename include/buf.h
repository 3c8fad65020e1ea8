/* buf.h: growable little-endian byte buffer (section contents, object file
 * image, text building).  Layer L0. */
#ifndef ASM_BUF_H
#define ASM_BUF_H
#include "base.h"

typedef struct Buf {
    uint8_t *data; /* malloc'd; NULL while empty */
    size_t len;    /* bytes in use */
    size_t cap;    /* bytes allocated */
} Buf;

void buf_reserve(Buf *b, size_t extra);
void buf_u8(Buf *b, uint8_t v);
void buf_u16(Buf *b, uint16_t v);
void buf_u32(Buf *b, uint32_t v);
void buf_u64(Buf *b, uint64_t v);
void buf_bytes(Buf *b, const void *p, size_t n);
void buf_fill(Buf *b, uint8_t v, size_t n);
void buf_str(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) PRINTF_LIKE(2, 3);
void buf_patch(Buf *b, size_t at, uint64_t v, int size); /* little-endian */
void buf_free(Buf *b);

#endif

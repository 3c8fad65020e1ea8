/* codeview.c: encodes CodeView C13 records (see codeview.h and
 * doc/debuginfo.md).  Every record starts with a 16-bit length (of what
 * follows it) and a 16-bit kind.  Type records and field-list members are
 * padded to 4 bytes with LF_PAD bytes (0xF3 0xF2 0xF1); symbol records
 * are not padded in objects (as ml64 writes them); each subsection is
 * padded with zeros. */
#include "codeview.h"
#include <stdlib.h>
#include <string.h>

enum {
    LF_POINTER = 0x1002, LF_PROCEDURE = 0x1008, LF_ARGLIST = 0x1201,
    LF_FIELDLIST = 0x1203, LF_BITFIELD = 0x1205, LF_ARRAY = 0x1503,
    LF_STRUCTURE = 0x1505, LF_UNION = 0x1506, LF_MEMBER = 0x150D,
    LF_ULONG = 0x8004,
    S_END = 0x0006, S_FRAMEPROC = 0x1012, S_OBJNAME = 0x1101, S_LABEL32 = 0x1105,
    S_UDT = 0x1108, S_LDATA32 = 0x110C, S_GDATA32 = 0x110D, S_LPROC32 = 0x110F,
    S_GPROC32 = 0x1110, S_REGREL32 = 0x1111, S_COMPILE3 = 0x113C,
    CV_SIGNATURE_C13 = 4, CV_CFL_MASM = 3, CV_CFL_AMD64 = 0xD0
};

static void put_name(Buf *b, const char *s)
{
    buf_bytes(b, s, strlen(s) + 1);
}

/* A numeric leaf: the value itself below 0x8000, else LF_ULONG + 4 bytes. */
static void put_numeric(Buf *b, uint32_t v)
{
    if (v < 0x8000) {
        buf_u16(b, (uint16_t)v);
    } else {
        buf_u16(b, LF_ULONG);
        buf_u32(b, v);
    }
}

static void pad4(Buf *b, size_t from)
{
    while ((b->len - from) % 4)
        buf_u8(b, (uint8_t)(0xF0 | (4 - (b->len - from) % 4)));
}

/* ---- types --------------------------------------------------------------- */

void cv_types_init(CvTypes *t)
{
    memset(t, 0, sizeof *t);
    buf_u32(&t->data, CV_SIGNATURE_C13);
    t->next = 0x1000;
}

void cv_types_free(CvTypes *t)
{
    buf_free(&t->data);
}

static size_t type_begin(CvTypes *t, uint16_t kind)
{
    size_t at = t->data.len;
    buf_u16(&t->data, 0);
    buf_u16(&t->data, kind);
    return at;
}

static uint32_t type_end(CvTypes *t, size_t at)
{
    pad4(&t->data, at);
    buf_patch(&t->data, at, t->data.len - at - 2, 2);
    return t->next++;
}

uint32_t cv_type_pointer(CvTypes *t, uint32_t pointee)
{
    size_t at = type_begin(t, LF_POINTER);
    buf_u32(&t->data, pointee);
    /* ptrtype 0x0C (64-bit), mode 0 (pointer), size 8 in bits 13..18 */
    buf_u32(&t->data, 0x0C | 8u << 13);
    return type_end(t, at);
}

uint32_t cv_type_array(CvTypes *t, uint32_t elem, uint32_t bytes)
{
    size_t at = type_begin(t, LF_ARRAY);
    buf_u32(&t->data, elem);
    buf_u32(&t->data, CV_T_UQUAD); /* index type */
    put_numeric(&t->data, bytes);
    put_name(&t->data, "");
    return type_end(t, at);
}

uint32_t cv_type_bitfield(CvTypes *t, uint32_t base, uint8_t bits, uint8_t pos)
{
    size_t at = type_begin(t, LF_BITFIELD);
    buf_u32(&t->data, base);
    buf_u8(&t->data, bits);
    buf_u8(&t->data, pos);
    return type_end(t, at);
}

uint32_t cv_type_struct(CvTypes *t, bool is_union, const char *name, uint32_t size,
                        const CvMember *m, int n)
{
    size_t at = type_begin(t, LF_FIELDLIST);
    for (int i = 0; i < n; i++) {
        size_t mat = t->data.len;
        buf_u16(&t->data, LF_MEMBER);
        buf_u16(&t->data, 3); /* public */
        buf_u32(&t->data, m[i].type);
        put_numeric(&t->data, m[i].offset);
        put_name(&t->data, m[i].name);
        pad4(&t->data, mat);
    }
    uint32_t fields = type_end(t, at);
    at = type_begin(t, is_union ? LF_UNION : LF_STRUCTURE);
    buf_u16(&t->data, (uint16_t)n);
    buf_u16(&t->data, 0); /* properties */
    buf_u32(&t->data, fields);
    if (!is_union) {
        buf_u32(&t->data, 0); /* derived */
        buf_u32(&t->data, 0); /* vshape */
    }
    put_numeric(&t->data, size);
    put_name(&t->data, name);
    return type_end(t, at);
}

uint32_t cv_type_procedure(CvTypes *t, uint32_t ret, const uint32_t *args, int n)
{
    size_t at = type_begin(t, LF_ARGLIST);
    buf_u32(&t->data, (uint32_t)n);
    for (int i = 0; i < n; i++)
        buf_u32(&t->data, args[i]);
    uint32_t list = type_end(t, at);
    at = type_begin(t, LF_PROCEDURE);
    buf_u32(&t->data, ret);
    buf_u8(&t->data, 0);  /* near C */
    buf_u8(&t->data, 0);  /* function attributes */
    buf_u16(&t->data, (uint16_t)n);
    buf_u32(&t->data, list);
    return type_end(t, at);
}

/* ---- .debug$S ------------------------------------------------------------ */

void cv_debug_init(CvDebugS *d)
{
    memset(d, 0, sizeof *d);
    buf_u32(&d->data, CV_SIGNATURE_C13);
}

void cv_debug_free(CvDebugS *d)
{
    buf_free(&d->data);
    free(d->relocs);
}

static void reloc(CvDebugS *d, CvRelKind kind, const void *target, uint32_t addend)
{
    if (d->nrelocs == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 32;
        d->relocs = xrealloc(d->relocs, d->cap * sizeof *d->relocs);
    }
    CvReloc *r = &d->relocs[d->nrelocs++];
    r->offset = (uint32_t)d->data.len;
    r->kind = (uint8_t)kind;
    r->target = target;
    r->addend = addend;
    if (kind == CV_REL_SECREL)
        buf_u32(&d->data, 0);
    else
        buf_u16(&d->data, 0);
}

void cv_sub_begin(CvDebugS *d, uint32_t kind)
{
    d->sub_at = d->data.len;
    buf_u32(&d->data, kind);
    buf_u32(&d->data, 0);
}

void cv_sub_end(CvDebugS *d)
{
    buf_patch(&d->data, d->sub_at + 4, d->data.len - d->sub_at - 8, 4);
    while (d->data.len % 4)
        buf_u8(&d->data, 0);
}

static size_t sym_begin(CvDebugS *d, uint16_t kind)
{
    size_t at = d->data.len;
    buf_u16(&d->data, 0);
    buf_u16(&d->data, kind);
    return at;
}

static void sym_end(CvDebugS *d, size_t at)
{
    buf_patch(&d->data, at, d->data.len - at - 2, 2);
}

void cv_sym_objname(CvDebugS *d, const char *path)
{
    size_t at = sym_begin(d, S_OBJNAME);
    buf_u32(&d->data, 0); /* signature */
    put_name(&d->data, path);
    sym_end(d, at);
}

void cv_sym_compile3(CvDebugS *d, const char *name, const uint16_t ver[4])
{
    size_t at = sym_begin(d, S_COMPILE3);
    buf_u32(&d->data, CV_CFL_MASM); /* language in the low byte, no flags */
    buf_u16(&d->data, CV_CFL_AMD64);
    for (int k = 0; k < 2; k++) /* front end, back end */
        for (int i = 0; i < 4; i++)
            buf_u16(&d->data, ver[i]);
    put_name(&d->data, name);
    sym_end(d, at);
}

void cv_sym_proc(CvDebugS *d, bool global, const char *name, uint32_t size,
                 uint32_t dbg_start, uint32_t dbg_end, uint32_t type,
                 const void *target, uint32_t addend)
{
    size_t at = sym_begin(d, global ? S_GPROC32 : S_LPROC32);
    buf_u32(&d->data, 0); /* parent, end, next: set by the linker */
    buf_u32(&d->data, 0);
    buf_u32(&d->data, 0);
    buf_u32(&d->data, size);
    buf_u32(&d->data, dbg_start);
    buf_u32(&d->data, dbg_end);
    buf_u32(&d->data, type);
    reloc(d, CV_REL_SECREL, target, addend);
    reloc(d, CV_REL_SECTION, target, 0);
    buf_u8(&d->data, 0); /* flags */
    put_name(&d->data, name);
    sym_end(d, at);
}

void cv_sym_frameproc(CvDebugS *d, uint32_t frame, uint32_t saved, int reg)
{
    size_t at = sym_begin(d, S_FRAMEPROC);
    buf_u32(&d->data, frame);
    buf_u32(&d->data, 0); /* padding bytes */
    buf_u32(&d->data, 0); /* offset of the padding */
    buf_u32(&d->data, saved);
    buf_u32(&d->data, 0); /* exception handler offset */
    buf_u16(&d->data, 0); /* and section */
    /* encoded frame pointer for locals (bits 14-15) and parameters
     * (16-17): 1 RSP, 2 RBP */
    uint32_t fp = reg == CV_AMD64_RBP ? 2 : 1;
    buf_u32(&d->data, fp << 14 | fp << 16);
    sym_end(d, at);
}

void cv_sym_regrel32(CvDebugS *d, int32_t offset, uint32_t type, int reg, const char *name)
{
    size_t at = sym_begin(d, S_REGREL32);
    buf_u32(&d->data, (uint32_t)offset);
    buf_u32(&d->data, type);
    buf_u16(&d->data, (uint16_t)reg);
    put_name(&d->data, name);
    sym_end(d, at);
}

void cv_sym_label(CvDebugS *d, const char *name, const void *target, uint32_t addend)
{
    size_t at = sym_begin(d, S_LABEL32);
    reloc(d, CV_REL_SECREL, target, addend);
    reloc(d, CV_REL_SECTION, target, 0);
    buf_u8(&d->data, 0);
    put_name(&d->data, name);
    sym_end(d, at);
}

void cv_sym_data(CvDebugS *d, bool global, const char *name, uint32_t type,
                 const void *target, uint32_t addend)
{
    size_t at = sym_begin(d, global ? S_GDATA32 : S_LDATA32);
    buf_u32(&d->data, type);
    reloc(d, CV_REL_SECREL, target, addend);
    reloc(d, CV_REL_SECTION, target, 0);
    put_name(&d->data, name);
    sym_end(d, at);
}

void cv_sym_udt(CvDebugS *d, const char *name, uint32_t type)
{
    size_t at = sym_begin(d, S_UDT);
    buf_u32(&d->data, type);
    put_name(&d->data, name);
    sym_end(d, at);
}

void cv_sym_end(CvDebugS *d)
{
    sym_end(d, sym_begin(d, S_END));
}

void cv_lines_begin(CvDebugS *d, const void *target, uint32_t addend, uint32_t size)
{
    reloc(d, CV_REL_SECREL, target, addend);
    reloc(d, CV_REL_SECTION, target, 0);
    buf_u16(&d->data, 0); /* flags: no column numbers */
    buf_u32(&d->data, size);
}

void cv_lines_block(CvDebugS *d, uint32_t file, const uint32_t *offsets,
                    const uint32_t *lines, uint32_t n)
{
    buf_u32(&d->data, file);
    buf_u32(&d->data, n);
    buf_u32(&d->data, 12 + 8 * n);
    for (uint32_t i = 0; i < n; i++) {
        buf_u32(&d->data, offsets[i]);
        /* line (24 bits), end delta 0, is-statement flag */
        buf_u32(&d->data, (lines[i] & 0xFFFFFF) | 0x80000000u);
    }
}

uint32_t cv_checksum(CvDebugS *d, uint32_t name_off, int kind, const uint8_t *bytes, int n)
{
    uint32_t at = (uint32_t)(d->data.len - d->sub_at - 8);
    buf_u32(&d->data, name_off);
    buf_u8(&d->data, (uint8_t)n);
    buf_u8(&d->data, (uint8_t)kind);
    buf_bytes(&d->data, bytes, (size_t)n);
    while ((d->data.len - d->sub_at) % 4)
        buf_u8(&d->data, 0);
    return at;
}

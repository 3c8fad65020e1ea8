/* coff.c: writes an IMAGE_FILE_MACHINE_AMD64 object: file header,
 * section table, each section's raw data followed by its relocations,
 * then the symbol table and the string table (pe-coff specification,
 * "COFF File Header", "Section Table", "COFF Symbol Table"). */
#include "coff.h"
#include <string.h>
#include <stdlib.h>

enum {
    FILE_HEADER = 20, SECTION_HEADER = 40, RELOC_SIZE = 10, SYMBOL_SIZE = 18,
    MACHINE_AMD64 = 0x8664,
    IMAGE_SCN_LNK_NRELOC_OVFL = 0x01000000
};

static uint32_t aux_count(const CoffSymbol *s)
{
    if (s->kind == COFFSYM_SECTION || s->kind == COFFSYM_WEAK)
        return 1;
    if (s->kind == COFFSYM_FILE)
        return (uint32_t)((strlen(s->name) + SYMBOL_SIZE - 1) / SYMBOL_SIZE);
    return 0;
}

uint32_t coff_table_index(const CoffObject *o, uint32_t i)
{
    uint32_t idx = 0;
    for (uint32_t k = 0; k < i; k++)
        idx += 1 + aux_count(&o->symbols[k]);
    return idx;
}

/* An 8-byte name field: inline if it fits, else "/offset" (section) or a
 * zero word plus string-table offset (symbol). */
static void put_section_name(Buf *out, Buf *strtab, const char *name)
{
    char field[8] = {0};
    size_t n = strlen(name);
    if (n <= 8) {
        memcpy(field, name, n);
    } else {
        uint32_t off = (uint32_t)strtab->len + 4;
        buf_bytes(strtab, name, n + 1);
        char tmp[16];
        int k = 0;
        tmp[k++] = '/';
        char digits[12];
        int d = 0;
        do {
            digits[d++] = (char)('0' + off % 10);
            off /= 10;
        } while (off);
        while (d)
            tmp[k++] = digits[--d];
        memcpy(field, tmp, (size_t)k);
    }
    buf_bytes(out, field, 8);
}

static void put_symbol_name(Buf *out, Buf *strtab, const char *name)
{
    size_t n = strlen(name);
    if (n <= 8) {
        char field[8] = {0};
        memcpy(field, name, n);
        buf_bytes(out, field, 8);
    } else {
        buf_u32(out, 0);
        buf_u32(out, (uint32_t)strtab->len + 4);
        buf_bytes(strtab, name, n + 1);
    }
}

/* 0xFFFF relocations or more do not fit the header's 16-bit count: the
 * section gets IMAGE_SCN_LNK_NRELOC_OVFL, the count field 0xFFFF, and an
 * extra first relocation whose VirtualAddress holds the count including
 * itself (PE/COFF specification; ml64 and LLVM write the same). */
static uint32_t reloc_overflow(const CoffSection *s)
{
    return s->nrelocs >= 0xFFFF;
}

static uint16_t reloc_count16(const CoffSection *s)
{
    return (uint16_t)(reloc_overflow(s) ? 0xFFFF : s->nrelocs);
}

void coff_write(const CoffObject *o, Buf *out)
{
    Buf strtab = {0};
    uint32_t *table_index = xmalloc((o->nsymbols + 1) * sizeof *table_index);
    uint32_t nrecords = 0;
    for (uint32_t i = 0; i < o->nsymbols; i++) {
        table_index[i] = nrecords;
        nrecords += 1 + aux_count(&o->symbols[i]);
    }
    /* file offsets of raw data and relocations */
    uint32_t pos = FILE_HEADER + SECTION_HEADER * o->nsections;
    uint32_t *raw_at = xmalloc((o->nsections + 1) * sizeof *raw_at);
    uint32_t *rel_at = xmalloc((o->nsections + 1) * sizeof *rel_at);
    for (uint32_t i = 0; i < o->nsections; i++) {
        const CoffSection *s = &o->sections[i];
        raw_at[i] = s->data && s->size ? pos : 0;
        if (s->data)
            pos += s->size;
        rel_at[i] = s->nrelocs ? pos : 0;
        pos += (s->nrelocs + reloc_overflow(s)) * RELOC_SIZE;
    }
    uint32_t symtab_at = pos;

    buf_u16(out, MACHINE_AMD64);
    buf_u16(out, (uint16_t)o->nsections);
    buf_u32(out, 0); /* TimeDateStamp: reproducible */
    buf_u32(out, symtab_at);
    buf_u32(out, nrecords);
    buf_u16(out, 0); /* no optional header */
    buf_u16(out, 0); /* characteristics */

    for (uint32_t i = 0; i < o->nsections; i++) {
        const CoffSection *s = &o->sections[i];
        put_section_name(out, &strtab, s->name);
        buf_u32(out, 0);       /* VirtualSize */
        buf_u32(out, 0);       /* VirtualAddress */
        buf_u32(out, s->size); /* SizeOfRawData (also for .bss) */
        buf_u32(out, raw_at[i]);
        buf_u32(out, rel_at[i]);
        buf_u32(out, 0);       /* line numbers */
        buf_u16(out, reloc_count16(s));
        buf_u16(out, 0);
        buf_u32(out, s->characteristics | (reloc_overflow(s) ? IMAGE_SCN_LNK_NRELOC_OVFL : 0));
    }
    for (uint32_t i = 0; i < o->nsections; i++) {
        const CoffSection *s = &o->sections[i];
        if (s->data)
            buf_bytes(out, s->data, s->size);
        if (reloc_overflow(s)) {
            buf_u32(out, s->nrelocs + 1);
            buf_u32(out, 0);
            buf_u16(out, 0);
        }
        for (uint32_t r = 0; r < s->nrelocs; r++) {
            buf_u32(out, s->relocs[r].offset);
            buf_u32(out, table_index[s->relocs[r].symbol]);
            buf_u16(out, s->relocs[r].type);
        }
    }
    for (uint32_t i = 0; i < o->nsymbols; i++) {
        const CoffSymbol *s = &o->symbols[i];
        if (s->kind == COFFSYM_FILE)
            put_symbol_name(out, &strtab, ".file");
        else
            put_symbol_name(out, &strtab, s->name);
        buf_u32(out, s->value);
        buf_u16(out, (uint16_t)s->section);
        buf_u16(out, s->type);
        buf_u8(out, s->storage);
        buf_u8(out, (uint8_t)aux_count(s));
        if (s->kind == COFFSYM_SECTION) {
            const CoffSection *sec = &o->sections[s->section - 1];
            buf_u32(out, sec->size);
            buf_u16(out, reloc_count16(sec));
            buf_u16(out, 0);  /* line numbers */
            buf_u32(out, 0);  /* checksum (COMDAT only) */
            buf_u16(out, 0);  /* associated section (COMDAT only) */
            buf_u8(out, 0);   /* selection */
            buf_fill(out, 0, 3);
        } else if (s->kind == COFFSYM_WEAK) {
            /* IMAGE_WEAK_EXTERN_SEARCH_ALIAS: resolve to the default */
            buf_u32(out, table_index[s->weak_default]);
            buf_u32(out, 3);
            buf_fill(out, 0, 10);
        } else if (s->kind == COFFSYM_FILE) {
            size_t n = strlen(s->name);
            size_t slots = aux_count(s) * SYMBOL_SIZE;
            buf_bytes(out, s->name, n);
            buf_fill(out, 0, slots - n);
        }
    }
    buf_u32(out, (uint32_t)strtab.len + 4);
    buf_bytes(out, strtab.data, strtab.len);
    buf_free(&strtab);
    free(table_index);
    free(raw_at);
    free(rel_at);
}

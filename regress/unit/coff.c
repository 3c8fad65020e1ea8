/* coff.c: unit tests of the COFF writer (src/coff.c, include/coff.h).
 * The expected layout is the Microsoft PE/COFF specification's: a 20-byte
 * file header, 40-byte section headers, 10-byte relocations, 18-byte
 * symbol records (aux records take slots), the string table after the
 * symbols with its 4-byte size first; names over 8 bytes go to the string
 * table ("/offset" for sections, zero + offset for symbols). */
#include "unit.h"
#include "coff.h"
#include <string.h>

static uint32_t u16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t u32(const uint8_t *p) { return u16(p) | u16(p + 2) << 16; }

static const uint8_t text_bytes[] = {0xE8, 0, 0, 0, 0, 0xC3};
static const CoffReloc text_relocs[] = {{1, 3, 4}}; /* REL32 to symbols[3] */
static const CoffSection sections[] = {
    {".text$mn", 0x60500020u, text_bytes, sizeof text_bytes, text_relocs, 1},
    {".data$a_long_section_name", 0xC0300040u, (const uint8_t *)"\x11\x22", 2, NULL, 0},
    {".bss", 0xC0300080u, NULL, 64, NULL, 0},
};
static const CoffSymbol symbols[] = {
    {"source.asm", 0, -2, 0, 103, COFFSYM_FILE, 0},
    {".text$mn", 0, 1, 0, 3, COFFSYM_SECTION, 0},
    {"main", 5, 1, 0x20, 2, COFFSYM_PLAIN, 0},
    {"an_external_with_a_long_name", 0, 0, 0x20, 2, COFFSYM_PLAIN, 0},
};
static const CoffObject object = {sections, 3, symbols, 4};

/* coff_table_index: aux records take slots (.file: one per 18 bytes of
 * name; a section symbol: one). */
void test_coff_table_index(void)
{
    CHECK_EQ(coff_table_index(&object, 0), 0);
    CHECK_EQ(coff_table_index(&object, 1), 2);
    CHECK_EQ(coff_table_index(&object, 2), 4);
    CHECK_EQ(coff_table_index(&object, 3), 5);
}

/* coff_write: file header and section headers. */
void test_coff_write_header(void)
{
    Buf b = {0};
    coff_write(&object, &b);
    const uint8_t *p = b.data;
    CHECK(b.len > 20 + 3 * 40);
    if (b.len <= 20 + 3 * 40)
        return;
    CHECK_EQ(u16(p), 0x8664);    /* IMAGE_FILE_MACHINE_AMD64 */
    CHECK_EQ(u16(p + 2), 3);     /* NumberOfSections */
    CHECK_EQ(u32(p + 4), 0);     /* TimeDateStamp: reproducible */
    CHECK_EQ(u32(p + 12), 6);    /* NumberOfSymbols, aux records included */
    CHECK_EQ(u16(p + 16), 0);    /* SizeOfOptionalHeader */
    uint32_t symtab = u32(p + 8);
    CHECK(symtab + 6 * 18 + 4 <= b.len);
    const uint8_t *text = p + 20, *data = p + 60, *bss = p + 100;
    CHECK(memcmp(text, ".text$mn", 8) == 0);
    CHECK_EQ(u32(text + 16), sizeof text_bytes);      /* SizeOfRawData */
    uint32_t raw = u32(text + 20);
    CHECK(raw >= 20 + 3 * 40 && raw + sizeof text_bytes <= b.len);
    if (raw + sizeof text_bytes <= b.len)
        CHECK(memcmp(p + raw, text_bytes, sizeof text_bytes) == 0);
    CHECK_EQ(u16(text + 32), 1);                      /* NumberOfRelocations */
    CHECK_EQ(u32(text + 36), 0x60500020u);            /* Characteristics */
    CHECK_EQ(u32(data + 16), 2);
    CHECK_EQ(u32(data + 36), 0xC0300040u);
    CHECK_EQ(u32(bss + 20), 0);                       /* no raw data */
    CHECK_EQ(u32(bss + 36), 0xC0300080u);
    buf_free(&b);
}

/* coff_write: long names through the string table; relocations name
 * symbol-table indices; .file and section aux records. */
void test_coff_write_long_name_relocs(void)
{
    Buf b = {0};
    coff_write(&object, &b);
    const uint8_t *p = b.data;
    uint32_t symtab = u32(p + 8);
    if (symtab + 6 * 18 + 4 > b.len) {
        CHECK(!"symbol table inside the file");
        return;
    }
    const uint8_t *strtab = p + symtab + 6 * 18;
    uint32_t strsize = u32(strtab);
    CHECK(symtab + 6 * 18 + strsize == b.len);
    /* section 2's name: "/<decimal offset>" */
    const uint8_t *data = p + 60;
    CHECK_EQ(data[0], '/');
    char num[9] = {0};
    memcpy(num, data + 1, 7);
    uint32_t off = 0;
    for (const char *c = num; *c >= '0' && *c <= '9'; c++)
        off = off * 10 + (uint32_t)(*c - '0');
    CHECK(off >= 4 && off < strsize);
    if (off >= 4 && off < strsize)
        CHECK(strcmp((const char *)strtab + off, ".data$a_long_section_name") == 0);
    /* the relocation: VirtualAddress 1, SymbolTableIndex 5, REL32 */
    const uint8_t *text = p + 20;
    const uint8_t *rel = p + u32(text + 24);
    CHECK_EQ(u32(rel), 1);
    CHECK_EQ(u32(rel + 4), 5);
    CHECK_EQ(u16(rel + 8), 4);
    /* symbols */
    const uint8_t *s0 = p + symtab;
    CHECK(memcmp(s0, ".file\0\0\0", 8) == 0);
    CHECK_EQ(s0[16], 103);                      /* IMAGE_SYM_CLASS_FILE */
    CHECK_EQ(s0[17], 1);                        /* one aux record */
    CHECK(memcmp(s0 + 18, "source.asm", 10) == 0);
    const uint8_t *s1 = s0 + 2 * 18;            /* .text$mn section symbol */
    CHECK(memcmp(s1, ".text$mn", 8) == 0);
    CHECK_EQ((int16_t)u16(s1 + 12), 1);
    CHECK_EQ(s1[16], 3);                        /* IMAGE_SYM_CLASS_STATIC */
    CHECK_EQ(s1[17], 1);
    CHECK_EQ(u32(s1 + 18), sizeof text_bytes);  /* aux: Length */
    CHECK_EQ(u16(s1 + 22), 1);                  /* aux: NumberOfRelocations */
    const uint8_t *s2 = s0 + 4 * 18;            /* main */
    CHECK(memcmp(s2, "main\0\0\0\0", 8) == 0);
    CHECK_EQ(u32(s2 + 8), 5);
    CHECK_EQ(u16(s2 + 12), 1);
    CHECK_EQ(u16(s2 + 14), 0x20);
    CHECK_EQ(s2[16], 2);                        /* IMAGE_SYM_CLASS_EXTERNAL */
    CHECK_EQ(s2[17], 0);
    const uint8_t *s3 = s0 + 5 * 18;            /* long external name */
    CHECK_EQ(u32(s3), 0);
    uint32_t noff = u32(s3 + 4);
    CHECK(noff >= 4 && noff < strsize);
    if (noff >= 4 && noff < strsize)
        CHECK(strcmp((const char *)strtab + noff, "an_external_with_a_long_name") == 0);
    CHECK_EQ(u16(s3 + 12), 0);                  /* undefined */
    buf_free(&b);
}

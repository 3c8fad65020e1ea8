/* coff.h: the AMD64 COFF object writer.  Layer L1.  It takes a plain
 * description of sections, relocations and symbols (built by asm.c from
 * the run's state) and returns the object file image in a Buf.  The
 * timestamp is always 0 so that output is reproducible. */
#ifndef ASM_COFF_H
#define ASM_COFF_H
#include "base.h"
#include "buf.h"

typedef struct CoffReloc {
    uint32_t offset;   /* within the section */
    uint32_t symbol;   /* index into CoffObject.symbols (not the table index) */
    uint16_t type;     /* IMAGE_REL_AMD64_* */
} CoffReloc;

typedef struct CoffSection {
    const char *name;          /* any length; long names go to the string table */
    uint32_t characteristics;  /* including the IMAGE_SCN_ALIGN_* bits */
    const uint8_t *data;       /* NULL for uninitialized data */
    uint32_t size;
    const CoffReloc *relocs;
    uint32_t nrelocs;
} CoffSection;

typedef enum CoffSymKind {
    COFFSYM_PLAIN,    /* one record */
    COFFSYM_SECTION,  /* section symbol + section-definition aux record */
    COFFSYM_FILE,     /* .file + file-name aux records */
    COFFSYM_WEAK      /* weak external (ALIAS): aux names the default symbol */
} CoffSymKind;

typedef struct CoffSymbol {
    const char *name;     /* FILE: the source file name */
    uint32_t value;
    int16_t section;      /* 1-based; 0 undefined, -1 absolute, -2 debug */
    uint16_t type;        /* 0x20 for functions */
    uint8_t storage;      /* 2 external, 3 static, 103 file */
    uint8_t kind;         /* CoffSymKind */
    uint32_t weak_default;/* WEAK: index into CoffObject.symbols */
} CoffSymbol;

typedef struct CoffObject {
    const CoffSection *sections;
    uint32_t nsections;
    const CoffSymbol *symbols;
    uint32_t nsymbols;
} CoffObject;

/* Symbol-table index of symbols[i] (aux records take slots). */
uint32_t coff_table_index(const CoffObject *o, uint32_t i);
void coff_write(const CoffObject *o, Buf *out);

#endif

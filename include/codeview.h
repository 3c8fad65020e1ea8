/* codeview.h: CodeView (C13) debug information records, as Microsoft's
 * assemblers and compilers write them into `.debug$S` (symbols, line
 * numbers, file checksums, string table) and `.debug$T` (types).  Layer
 * L3: it only encodes records into byte buffers; what they describe comes
 * from the statement layer (dbginfo.c).  Fields that the linker fixes up
 * (a code offset, a section number) are written as zero and reported as
 * CvReloc requests against an opaque target the caller knows.  Record
 * layouts: doc/debuginfo.md. */
#ifndef ASM_CODEVIEW_H
#define ASM_CODEVIEW_H
#include "base.h"
#include "buf.h"

/* Basic type indices (CodeView "primitive types"). */
enum {
    CV_T_NOTYPE = 0x00, CV_T_VOID = 0x03,
    CV_T_CHAR = 0x10, CV_T_SHORT = 0x11, CV_T_LONG = 0x12, CV_T_QUAD = 0x13,
    CV_T_UCHAR = 0x20, CV_T_USHORT = 0x21, CV_T_ULONG = 0x22, CV_T_UQUAD = 0x23,
    CV_T_OCT = 0x14, CV_T_UOCT = 0x24,
    CV_T_REAL32 = 0x40, CV_T_REAL64 = 0x41, CV_T_REAL80 = 0x42,
    CV_T_INT8 = 0x76, CV_T_UINT8 = 0x77,   /* 8-byte integers as ml64 names QWORD */
    CV_T_64PVOID = 0x603,                   /* void * (64-bit) */
    CV_T_64P = 0x600                        /* | basic type: 64-bit pointer to it */
};

/* CodeView register numbers (AMD64) used for frame-relative symbols. */
enum { CV_AMD64_RBP = 334, CV_AMD64_RSP = 335 };

/* File checksum kinds of DEBUG_S_FILECHKSMS. */
enum { CV_CHK_NONE = 0, CV_CHK_MD5 = 1, CV_CHK_SHA1 = 2, CV_CHK_SHA256 = 3 };

typedef enum CvRelKind {
    CV_REL_SECREL,   /* 4 bytes: offset of the target within its section */
    CV_REL_SECTION   /* 2 bytes: section number of the target */
} CvRelKind;

typedef struct CvReloc {
    uint32_t offset;     /* of the field in CvDebugS.data */
    uint8_t kind;        /* CvRelKind */
    const void *target;  /* the caller's symbol */
    uint32_t addend;     /* SECREL: added to the target's offset */
} CvReloc;

/* ---- .debug$T -------------------------------------------------------- */

typedef struct CvTypes {
    Buf data;            /* starts with the signature 4 */
    uint32_t next;       /* index of the next record, from 0x1000 */
} CvTypes;

typedef struct CvMember {
    const char *name;    /* "" for an anonymous member */
    uint32_t type;
    uint32_t offset;     /* bytes (bit fields: of the storage unit) */
} CvMember;

void cv_types_init(CvTypes *t);
void cv_types_free(CvTypes *t);
uint32_t cv_type_pointer(CvTypes *t, uint32_t pointee);
uint32_t cv_type_array(CvTypes *t, uint32_t elem, uint32_t bytes);
uint32_t cv_type_bitfield(CvTypes *t, uint32_t base, uint8_t bits, uint8_t pos);
/* LF_STRUCTURE or LF_UNION with an LF_FIELDLIST of LF_MEMBERs. */
uint32_t cv_type_struct(CvTypes *t, bool is_union, const char *name, uint32_t size,
                        const CvMember *m, int n);
/* LF_PROCEDURE (near C, returning ret) with its LF_ARGLIST. */
uint32_t cv_type_procedure(CvTypes *t, uint32_t ret, const uint32_t *args, int n);

/* ---- .debug$S -------------------------------------------------------- */

typedef struct CvDebugS {
    Buf data;            /* starts with the signature 4 */
    CvReloc *relocs;
    uint32_t nrelocs, cap;
    size_t sub_at;       /* open subsection: offset of its header */
} CvDebugS;

void cv_debug_init(CvDebugS *d);
void cv_debug_free(CvDebugS *d);

/* Subsections: DEBUG_S_SYMBOLS 0xF1, LINES 0xF2, STRINGTABLE 0xF3,
 * FILECHKSMS 0xF4.  begin writes the header, end its length and the
 * padding to 4 bytes. */
enum { CV_SUB_SYMBOLS = 0xF1, CV_SUB_LINES = 0xF2, CV_SUB_STRINGTABLE = 0xF3,
       CV_SUB_FILECHKSMS = 0xF4 };
void cv_sub_begin(CvDebugS *d, uint32_t kind);
void cv_sub_end(CvDebugS *d);

/* Inside DEBUG_S_SYMBOLS. */
void cv_sym_objname(CvDebugS *d, const char *path);
void cv_sym_compile3(CvDebugS *d, const char *name, const uint16_t ver[4]);
void cv_sym_proc(CvDebugS *d, bool global, const char *name, uint32_t size,
                 uint32_t dbg_start, uint32_t dbg_end, uint32_t type,
                 const void *target, uint32_t addend);
/* S_FRAMEPROC: frame bytes, saved-register bytes, frame register (a
 * CV_AMD64_* number) for locals and parameters. */
void cv_sym_frameproc(CvDebugS *d, uint32_t frame, uint32_t saved, int reg);
void cv_sym_regrel32(CvDebugS *d, int32_t offset, uint32_t type, int reg, const char *name);
void cv_sym_label(CvDebugS *d, const char *name, const void *target, uint32_t addend);
void cv_sym_data(CvDebugS *d, bool global, const char *name, uint32_t type,
                 const void *target, uint32_t addend);
void cv_sym_udt(CvDebugS *d, const char *name, uint32_t type);
void cv_sym_end(CvDebugS *d);

/* DEBUG_S_LINES for one contribution [target+addend, +size). The caller
 * then adds blocks of lines, one per file; offsets are from the start of
 * the contribution, in increasing order. */
void cv_lines_begin(CvDebugS *d, const void *target, uint32_t addend, uint32_t size);
/* file: the file's offset in DEBUG_S_FILECHKSMS (cv_checksum's result). */
void cv_lines_block(CvDebugS *d, uint32_t file, const uint32_t *offsets,
                    const uint32_t *lines, uint32_t n);

/* One DEBUG_S_FILECHKSMS entry, inside that subsection: the name's
 * offset in the string table, the kind and the bytes.  Returns the
 * entry's offset within the subsection (the file id line blocks use). */
uint32_t cv_checksum(CvDebugS *d, uint32_t name_off, int kind, const uint8_t *bytes, int n);

#endif

/* srcmgr.h: source files, include paths and source locations.  Layer L1.
 * Files are read once, NUL-terminated, and kept for both passes. */
#ifndef ASM_SRCMGR_H
#define ASM_SRCMGR_H
#include "base.h"
#include "arena.h"

typedef struct SrcLoc {
    uint32_t file; /* index into SrcMgr.files; 0 = command line / none */
    uint32_t line; /* 1-based */
    uint32_t exp;  /* macro expansion record, 0 = none (see preproc) */
} SrcLoc;

typedef struct SrcFile {
    char *path;    /* as opened (malloc'd) */
    char *text;    /* whole contents, NUL-terminated */
    void *text_alloc; /* what to free for text (os_read_file) */
    size_t len;    /* bytes, excluding the NUL */
    /* Lines (1-based, ascending) that held a NUL byte: each NUL is a blank
     * in text, and its line is reported (A2044) when it is read. */
    uint32_t *nul_lines;
    uint32_t n_nul_lines;
    bool utf16;    /* looks like UTF-16: a fatal error when it is read */
} SrcFile;

typedef struct SrcMgr {
    SrcFile *files;        /* [0] is a placeholder for "no file" */
    uint32_t nfiles;
    uint32_t cap;
    const char **incdirs;  /* -I directories, in order */
    int nincdirs;
    bool no_env;           /* /X: the INCLUDE variable is not searched */
    bool raw;              /* loading a binary file: no BOM is stripped */
} SrcMgr;

void src_init(SrcMgr *sm);
void src_free(SrcMgr *sm);

/* Load (or find an already loaded) file.  Relative INCLUDE names are tried
 * in the including file's directory, then the current directory, then the
 * -I paths, then the INCLUDE environment variable, as ml64 does.  Returns
 * the file index, or 0 if not found. */
uint32_t src_load(SrcMgr *sm, const char *name, uint32_t including_file,
                  bool search);

/* Load a binary file (INCBIN) found as INCLUDE finds its files; its
 * bytes are kept as read.  It is a file of the run like any other (the
 * dependency file names it).  Returns the file index, or 0. */
uint32_t src_load_binary(SrcMgr *sm, const char *name, uint32_t including_file);

/* Add a file whose text is given in memory (copied, NUL-terminated); it
 * is known by name for diagnostics and INCLUDE of that name.  Returns its
 * file index. */
uint32_t src_add_memory(SrcMgr *sm, const char *name, const char *text,
                        size_t len);

const char *src_path(const SrcMgr *sm, uint32_t file);

/* Whether physical line `line` of the file held a NUL byte. */
bool src_line_has_nul(const SrcMgr *sm, uint32_t file, uint32_t line);

#endif

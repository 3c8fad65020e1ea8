/* options.h: the parsed command line, shared by cmdline.c (which fills
 * it) and asm.c (which reads it).  Layer L6 data, no code. */
#ifndef ASM_OPTIONS_H
#define ASM_OPTIONS_H
#include "base.h"

typedef struct Define {
    const char *name;
    const char *value;  /* NULL: defined as empty text */
    char *owned;        /* storage of name when split from name=value */
} Define;

typedef enum CaseMap {
    CASEMAP_NOTPUBLIC, /* ml64 default: case-insensitive */
    CASEMAP_NONE,      /* -Cp / -Cx: case-sensitive */
    CASEMAP_ALL        /* -Cu: everything upper-cased */
} CaseMap;

typedef struct Options {
    const char **files;    /* source files */
    int nfiles;
    const char *obj_name;  /* -Fo: file or directory (ends in / or \) */
    const char *lst_name;  /* -Fl: listing; "" = default name */
    bool listing;
    bool list_generated;   /* -Sg */
    bool list_all;         /* -Sa */
    bool no_symbols_in_listing; /* -Sn */
    const char **incdirs;
    int nincdirs;
    Define *defines;
    int ndefines;
    int warn_level;        /* -W0..4, default 1 as ml64 (/W1) */
    bool warn_as_error;    /* -WX */
    int error_limit;       /* -e N */
    bool quiet;            /* -q, -nologo */
    bool syntax_only;      /* -Zs */
    bool debug_info;       /* -Zi / -Zd accepted; no CodeView yet */
    CaseMap casemap;
    bool casemap_set;
    bool diag_caret;       /* -diag:caret */
    bool object_in_memory; /* build the object but write no file (API only) */
} Options;

#endif

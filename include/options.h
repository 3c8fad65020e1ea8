/* options.h: the parsed command line, shared by cmdline.c (which fills
 * it) and asm.c (which reads it).  Layer L0 data, no code. */
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
    const char **file_obj; /* per source: the /Fo before it (ml64), else NULL */
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
    int cmdline_warnings;  /* command-line warnings given (A4008, A4018,
                              A4907): under -WX they fail every source's
                              run, as in ml64 */
    int error_limit;       /* -e N */
    bool quiet;            /* -q, -nologo */
    bool syntax_only;      /* -Zs */
    bool debug_info;       /* -Zi / -Zd / -Z7: CodeView in .debug$S/$T */
    bool debug_lines_only; /* -Zd without -Zi: line numbers only */
    int checksum_kind;     /* /ZH:MD5 1, /ZH:SHA_256 3 (default) */
    const char **pathmaps; /* /pathmap:from=to, in order */
    int npathmaps;
    CaseMap casemap;
    bool casemap_set;
    bool diag_caret;       /* -fdiagnostics-format=gcc, /diagnostics:caret */
    int diag_color;        /* -fdiagnostics-color: 0 auto, 1 always, -1 never */
    bool depfile;          /* -MD / -MMD: write a make dependency file */
    const char *dep_name;  /* -MF: its name (default: object with .d) */
    const char *dep_target;/* -MT: the target named (default: the object) */
    bool dep_phony;        /* -MP: a phony target for every include */
    int struct_pack;       /* /Zp[n]: default STRUCT alignment, 0 = 1 */
    bool all_symbols;      /* /Zf: every label in the object's symbols */
    bool ignore_include_env; /* /X: ignore the INCLUDE variable */
    bool preprocess_only;  /* /EP: preprocessed source to stdout, no object */
    const char *list_title;    /* /St text */
    const char *list_subtitle; /* /Ss text */
    int list_width;        /* /Sl n (0 = default) */
    int list_page;         /* /Sp n (0 = default) */
    bool list_false_conds; /* /Sx: false conditional blocks are listed */
    bool object_in_memory; /* build the object but write no file (API only) */
} Options;

#endif

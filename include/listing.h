/* listing.h: -Fl listing.  Layer L5.  The parser records, for every
 * source line of the final pass, where its bytes start and end; after
 * layout and fixups the writer prints final addresses and the exact bytes
 * of the object, with 'r' after relocated fields and errors inline. */
#ifndef ASM_LISTING_H
#define ASM_LISTING_H
#include "asm.h"
#include "preproc.h"

/* How much of a macro expansion is listed (.LISTMACRO is ml64's default). */
enum { LST_MACRO_CODE, LST_MACRO_NONE, LST_MACRO_ALL };

/* Formats a generated line whose text depends on the final layout. */
typedef void (*LstFmt)(const void *data, Buf *out);

typedef struct LstRec {
    struct LstRec *next;
    SrcLoc loc;
    Section *sec0, *sec1;   /* section at the start / end of the line */
    Frag *f0, *f1;          /* positions (fragment, offset) */
    uint32_t o0, o1;
    bool generated;         /* made by the assembler (-Sg shows it with '*') */
    bool page;              /* PAGE: a new page starts before this line */
    bool list_only;         /* not a statement: shown without an address */
    uint8_t macros;         /* LST_MACRO_* in force for this line */
    const char *equ;        /* "= value" of an equate line, or NULL */
    const char *subtitle;   /* SUBTITLE in force */
    Sym *equ_sym;           /* the symbol an equate line defines */
    Sym *endp_sym;          /* the PROC an ENDP line closes */
    const char *text;       /* generated: the line's text, or NULL ... */
    LstFmt fmt;             /* ... formatted at write time from fmt_data */
    const void *fmt_data;
} LstRec;

/* A position in a section, for the start or end of a generated line. */
typedef struct LstPos {
    Section *sec;
    Frag *f;
    uint32_t o;
} LstPos;

LstPos lst_here(Asm *a, Section *sec);
/* Add a generated line covering [from, to) after `after` (NULL: at the
 * end).  Returns it, or NULL when no listing is written. */
LstRec *lst_generated(Asm *a, LstRec *after, LstPos from, LstPos to,
                      const char *text, LstFmt fmt, const void *data);
/* The record of the statement being assembled (NULL without listing). */
LstRec *lst_current(Asm *a);

bool lst_write(Asm *a, const char *path);

/* The record of each statement of pass 2 (parser.c). */
void lst_begin_record(Asm *a, const PPLine *line);
void lst_end_record(Asm *a);
/* (every statement calls them: the common "no listing" costs no call) */
static inline void lst_begin_stmt(Asm *a, const PPLine *line)
{
    if (a->pass >= 2 && a->opt->listing && !a->listing_off)
        lst_begin_record(a, line);
}
static inline void lst_end_stmt(Asm *a)
{
    if (a->pass >= 2 && a->opt->listing && a->lst_stmt)
        lst_end_record(a);
}

#endif

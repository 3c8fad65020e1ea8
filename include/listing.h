/* listing.h: -Fl listing.  Layer L5.  The parser records, for every
 * source line of the final pass, where its bytes start and end; after
 * layout and fixups the writer prints final addresses and the exact bytes
 * of the object, with 'r' after relocated fields and errors inline. */
#ifndef ASM_LISTING_H
#define ASM_LISTING_H
#include "asm.h"

typedef struct LstRec {
    struct LstRec *next;
    SrcLoc loc;
    Section *sec0, *sec1;   /* section at the start / end of the line */
    Frag *f0, *f1;          /* positions (fragment, offset) */
    uint32_t o0, o1;
    bool has_value;         /* EQU / '=' lines show their value */
    int64_t value;
} LstRec;

bool lst_write(Asm *a, const char *path);

#endif

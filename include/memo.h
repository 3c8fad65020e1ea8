/* memo.h: the bytes of instruction lines that depend on nothing but
 * their own text (layer L3, beside asm.h).
 *
 * A line such as `add eax, dword ptr [rsi+rdx*4-8]` (a mnemonic, its
 * prefixes, registers, numbers, size words, PTR and punctuation) encodes
 * to the same bytes wherever it stands, given the section it goes to and
 * the .RADIX its numbers are read in.  The first time such a line is
 * assembled without a message, its bytes are kept, keyed by its exact
 * text; when the same text comes again (the same line in pass 2, or a
 * repeated line) the preprocessor hands the statement loop the kept bytes
 * and the line is neither lexed nor parsed nor encoded again.
 *
 * What the key does not hold is ruled out instead: no lookups while a
 * STRUCT definition is open, and no memo at all once a macro or text
 * macro has a reserved word's name (a macro call or a substitution would
 * then change what the same text means), for listings or /EP.  RET and
 * branches are never kept (their code depends on the PROC and on layout).
 * The table is bounded (ASM_MEMO_ENTRIES); when it is full, lines are
 * assembled as before.  Built with -DASM_MEMO_CHECK, every hit is also
 * assembled the normal way and compared (make check-memo). */
#ifndef ASM_MEMO_H
#define ASM_MEMO_H
#include "asm.h"
#include "encoder.h"

typedef struct Memo Memo;

typedef struct MemoEntry {
    struct MemoEntry *next;   /* same hash bucket */
    const char *text;
    uint32_t len;
    uint32_t hash;
    const Section *sec;
    int radix;
    uint16_t mn;              /* Mnemonic, for the SEH directives' checks */
    uint8_t nops;
    uint8_t nbytes;
    uint8_t bytes[16];
    EncOperand ops[];         /* nops of them */
} MemoEntry;

/* What the instruction path tells the memo about the statement being
 * assembled (Asm.memo_note, NULL when the line is no candidate). */
typedef struct MemoNote {
    int notes;                /* instructions emitted by the statement */
    bool keep;                /* the one instruction may be kept */
    uint16_t mn;
    uint8_t nops, nbytes;
    uint8_t bytes[16];
    EncOperand ops[4];
} MemoNote;

void memo_init(Asm *a);
void memo_free(Asm *a);
/* Could a line of these tokens be kept? (the words and punctuation above) */
bool memo_candidate(const Tok *t, int n);
uint32_t memo_hash(const char *text, size_t len);
/* The kept entry for this text in the current section and radix, or NULL. */
const MemoEntry *memo_find(Asm *a, const char *text, size_t len, uint32_t hash);
void memo_note_insn(MemoNote *note, const EncInsn *ins, Mnemonic mn, const EncOperand *ops,
                    int n);
/* Keep the statement just assembled from text if it gave no message. */
void memo_keep(Asm *a, const char *text, size_t len, uint32_t hash, const MemoNote *note);
/* A macro or text macro called name was defined: if it is a reserved
 * word, the memo is off for the rest of the run. */
void memo_name_defined(Asm *a, const char *name, size_t len);
static inline bool memo_on(const Asm *a)
{
    return a->memo != NULL && !a->memo_off;
}
#endif

/* memo.c: kept bytes of self-contained instruction lines (see memo.h). */
#include "memo.h"
#include "limit.h"
#include <stdlib.h>
#include <string.h>

enum { MEMO_BUCKETS = 1u << 15 };

struct Memo {
    Arena arena;              /* entries and their texts */
    MemoEntry **buckets;      /* MEMO_BUCKETS chains */
    uint32_t count;
};

void memo_init(Asm *a)
{
    if (a->opt->listing || a->opt->preprocess_only)
        return; /* the listing wants every line's tokens */
    Memo *m = xmalloc(sizeof *m);
    memset(m, 0, sizeof *m);
    m->buckets = xmalloc(MEMO_BUCKETS * sizeof *m->buckets);
    memset(m->buckets, 0, MEMO_BUCKETS * sizeof *m->buckets);
    a->memo = m;
}

void memo_free(Asm *a)
{
    if (!a->memo)
        return;
    arena_free(&a->memo->arena);
    free(a->memo->buckets);
    free(a->memo);
    a->memo = NULL;
}

static bool size_word(Keyword k)
{
    if (k.kind != KW_TYPE || (k.id & SZ_BYTES) >= MT_NEAR)
        return false;
    switch (k.id & SZ_BYTES) {
    case 1: case 2: case 4: case 6: case 8: case 10: case 16: case 32: case 64:
        return true;
    default:
        return false;
    }
}

bool memo_candidate(const Tok *t, int n)
{
    int i = 0;
    while (i < n && t[i].kind == TK_ID && t[i].kw.kind == KW_PREFIX)
        i++;
    if (i >= n || t[i].kind != TK_ID || !t[i].kw.mnemonic)
        return false;
    for (i++; i < n; i++) {
        const Tok *k = &t[i];
        switch (k->kind) {
        case TK_ID:
            if (k->kw.kind == KW_REG || size_word(k->kw) ||
                (k->kw.kind == KW_OPERATOR && k->kw.id == OPR_PTR))
                break;
            return false;
        case TK_NUM:
            break;
        case TK_PUNCT:
            switch (k->op) {
            case ',': case '[': case ']': case '+': case '-': case '*': case '(': case ')':
                break;
            case ':': /* a segment override, fs:[0]; no label */
                if (t[i - 1].kind == TK_ID && t[i - 1].kw.kind == KW_REG)
                    break;
                return false;
            default:
                return false;
            }
            break;
        default:
            return false;
        }
    }
    return true;
}

uint32_t memo_hash(const char *text, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, text + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 29;
    }
    uint64_t w = load_tail_le((const unsigned char *)text + i, len - i);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53u;
    h ^= h >> 32;
    return (uint32_t)h;
}

const MemoEntry *memo_find(Asm *a, const char *text, size_t len, uint32_t hash)
{
    const Memo *m = a->memo;
    for (const MemoEntry *e = m->buckets[hash & (MEMO_BUCKETS - 1)]; e; e = e->next)
        if (e->hash == hash && e->len == len && e->sec == a->cur && e->radix == a->radix &&
            memcmp(e->text, text, len) == 0)
            return e;
    return NULL;
}

void memo_note_insn(MemoNote *note, const EncInsn *ins, Mnemonic mn, const EncOperand *ops,
                    int n)
{
    note->notes++;
    note->keep = ins->nfix == 0 && mn != MN_RET && mn != MN_RETN && mn != MN_RETF &&
                 n <= (int)ARRAY_LEN(note->ops) && ins->len <= sizeof note->bytes;
    if (!note->keep)
        return;
    note->mn = (uint16_t)mn;
    note->nops = (uint8_t)n;
    if (n)
        memcpy(note->ops, ops, (size_t)n * sizeof *ops);
    note->nbytes = ins->len;
    memcpy(note->bytes, ins->bytes, ins->len);
}

void memo_keep(Asm *a, const char *text, size_t len, uint32_t hash, const MemoNote *note)
{
    Memo *m = a->memo;
    if (note->notes != 1 || !note->keep || !a->cur || m->count >= ASM_MEMO_ENTRIES ||
        len > UINT32_MAX || memo_find(a, text, len, hash))
        return;
    MemoEntry *e = arena_alloc(&m->arena, sizeof *e + note->nops * sizeof e->ops[0]);
    e->text = arena_memdup(&m->arena, text, len);
    e->len = (uint32_t)len;
    e->hash = hash;
    e->sec = a->cur;
    e->radix = a->radix;
    e->mn = note->mn;
    e->nops = note->nops;
    e->nbytes = note->nbytes;
    memcpy(e->bytes, note->bytes, note->nbytes);
    memcpy(e->ops, note->ops, note->nops * sizeof e->ops[0]);
    MemoEntry **b = &m->buckets[hash & (MEMO_BUCKETS - 1)];
    e->next = *b;
    *b = e;
    m->count++;
}

void memo_name_defined(Asm *a, const char *name, size_t len)
{
    Keyword k = kw_lookup(&a->kw, name, len);
    if (k.kind != KW_NONE || k.mnemonic || k.directive)
        a->memo_off = true;
}

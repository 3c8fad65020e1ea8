/* section.c: fragments, layout and fixup resolution (our "streamer").
 * Statement handlers append bytes and fixups to DATA fragments; a
 * same-section jmp/jcc becomes a BRANCH fragment that starts short and
 * grows to near when its target is out of reach.  Growth only goes one
 * way, so layout terminates.  sec_resolve then patches every fixup whose
 * value is known and turns the rest into COFF relocations. */
#include "section.h"
#include <string.h>
#include <stdlib.h>

enum {
    REL_ADDR64 = 1, REL_ADDR32 = 2, REL_ADDR32NB = 3, REL_REL32 = 4,
    REL_SECTION = 0xA, REL_SECREL = 0xB
};

Section *sec_new(SecList *l, const char *name, uint32_t characteristics,
                 uint32_t align, bool is_code, bool is_bss)
{
    Section *s = arena_alloc(l->arena, sizeof *s);
    s->name = arena_strdup(l->arena, name);
    s->characteristics = characteristics;
    s->align = align;
    s->is_code = is_code;
    s->is_bss = is_bss;
    s->number = ++l->count;
    if (l->last)
        l->last->next = s;
    else
        l->first = s;
    l->last = s;
    return s;
}

Section *sec_find(SecList *l, const char *name)
{
    for (Section *s = l->first; s; s = s->next)
        if (strcmp(s->name, name) == 0)
            return s;
    return NULL;
}

void sec_reset_pass(SecList *l)
{
    for (Section *s = l->first; s; s = s->next) {
        s->bytes.len = 0;
        s->first = s->last = s->laid_last = NULL;
        s->nfrags = 0;
        s->size = 0;
    }
    l->nrescope = 0;
    arena_rewind(&l->frags); /* pass 2 refills pass 1's blocks */
}

void sec_free(SecList *l)
{
    for (Section *s = l->first; s; s = s->next) {
        buf_free(&s->bytes);
        buf_free(&s->image);
        free(s->relocs);
        free(s->frags);
    }
    free(l->rescope);
    free(l->forms);
    arena_free(&l->frags);
}

static Frag *new_frag(SecList *l, Section *s, FragKind kind)
{
    Frag *f = arena_alloc(&l->frags, kind == FRAG_BRANCH ? sizeof(BranchFrag) : sizeof *f);
    f->kind = (uint8_t)kind;
    f->start = (uint32_t)s->bytes.len;
    f->addr = s->last ? s->last->addr + s->last->size : 0;
    if (s->last)
        s->last->next = f;
    else
        s->first = f;
    s->last = f;
    if (s->nfrags == s->frag_cap) {
        s->frag_cap = s->frag_cap ? s->frag_cap * 2 : 64;
        s->frags = xrealloc(s->frags, s->frag_cap * sizeof *s->frags);
    }
    s->frags[s->nfrags++] = f;
    return f;
}

/* The current DATA fragment, a new one if the last is of another kind:
 * only the emit functions below open fragments. */
static Frag *data_frag(SecList *l, Section *s)
{
    if (s->last && s->last->kind == FRAG_DATA)
        return s->last;
    return new_frag(l, s, FRAG_DATA);
}

uint32_t sec_emit_bytes(SecList *l, Section *s, const void *p, size_t n)
{
    Frag *f = data_frag(l, s);
    uint32_t off = f->size;
    buf_bytes(&s->bytes, p, n);
    f->size += (uint32_t)n;
    return off;
}

Fixup *sec_emit_fixup(SecList *l, Section *s, uint32_t frag_off, uint8_t size,
                      FixKind kind, Sym *sym, Sym *sub, int64_t addend,
                      uint8_t pc_bias, bool is_signed, SrcLoc loc)
{
    Frag *f = data_frag(l, s);
    Fixup *x = arena_alloc(&l->frags, sizeof *x);
    x->offset = frag_off;
    x->size = size;
    x->kind = (uint8_t)kind;
    x->sym = sym;
    x->sub = sub;
    x->addend = addend;
    x->pc_bias = pc_bias;
    x->is_signed = is_signed;
    x->loc = loc;
    if (f->fix_tail)
        f->fix_tail->next = x;
    else
        f->fixups = x;
    f->fix_tail = x;
    return x;
}

/* The bytes of an encoding that mean something (the encoder need not
 * clear the rest of bytes[] and fix[]). */
static uint32_t hash_enc(uint32_t h, const EncInsn *e)
{
    const uint8_t head[3] = {e->len, e->nfix, e->sext32};
    const uint8_t *parts[3] = {head, e->bytes, (const uint8_t *)e->fix};
    size_t lens[3] = {sizeof head, e->len, e->nfix * sizeof e->fix[0]};
    for (int p = 0; p < 3; p++)
        for (size_t i = 0; i < lens[p]; i++)
            h = (h ^ parts[p][i]) * 16777619u;
    return h;
}

static bool same_enc(const EncInsn *a, const EncInsn *b)
{
    return a->len == b->len && a->nfix == b->nfix && a->sext32 == b->sext32 &&
           memcmp(a->bytes, b->bytes, a->len) == 0 &&
           memcmp(a->fix, b->fix, a->nfix * sizeof a->fix[0]) == 0;
}

static uint32_t forms_slot(const SecList *l, const EncInsn *short_enc,
                           const EncInsn *near_enc)
{
    uint32_t mask = l->forms_cap - 1;
    uint32_t i = hash_enc(hash_enc(2166136261u, short_enc), near_enc) & mask;
    while (l->forms[i] && !(same_enc(&l->forms[i]->short_enc, short_enc) &&
                            same_enc(&l->forms[i]->near_enc, near_enc)))
        i = (i + 1) & mask;
    return i;
}

static const BranchForms *intern_forms(SecList *l, const EncInsn *short_enc,
                                       const EncInsn *near_enc)
{
    if ((l->nforms + 1) * 4 > l->forms_cap * 3) {
        const BranchForms **old = l->forms;
        uint32_t old_cap = l->forms_cap;
        l->forms_cap = old_cap ? old_cap * 2 : 64;
        l->forms = xmalloc(l->forms_cap * sizeof *l->forms);
        memset(l->forms, 0, l->forms_cap * sizeof *l->forms);
        for (uint32_t i = 0; i < old_cap; i++)
            if (old[i])
                l->forms[forms_slot(l, &old[i]->short_enc, &old[i]->near_enc)] = old[i];
        free(old);
    }
    uint32_t i = forms_slot(l, short_enc, near_enc);
    if (!l->forms[i]) {
        BranchForms *bf = arena_alloc(l->arena, sizeof *bf);
        bf->short_enc = *short_enc;
        bf->near_enc = *near_enc;
        l->forms[i] = bf;
        l->nforms++;
    }
    return l->forms[i];
}

void sec_emit_branch(SecList *l, Section *s, const EncInsn *short_enc,
                     const EncInsn *near_enc, bool fixed_short, Sym *target,
                     Sym *scope, int64_t addend, SrcLoc loc)
{
    Frag *f = new_frag(l, s, FRAG_BRANCH);
    BranchFrag *b = (BranchFrag *)f;
    b->forms = intern_forms(l, short_enc, near_enc);
    f->is_short = true;
    f->fixed_short = fixed_short;
    f->size = short_enc->len;
    /* Until layout, a branch whose target is out of rel8 reach where it
     * stands now (a forward target where the last layout put it) counts
     * as near, as ml64 sizes it from its previous pass: so '$' and the
     * labels after it already have their final offsets when pass 2 uses
     * them as numbers ($ - f).  sec_layout starts again from short. */
    if (!fixed_short && target->kind == SYM_LABEL && target->sec == s) {
        int64_t disp = (int64_t)sym_offset(target) + addend - ((int64_t)f->addr + f->size);
        if (disp < -128 || disp > 127)
            f->size = near_enc->len;
    }
    b->target = target;
    b->scope = scope;
    /* (a symbol's kind never goes back to SYM_UNDEF) */
    if (scope && target->kind == SYM_UNDEF && !l->rescoped) {
        if (l->nrescope == l->rescope_cap) {
            l->rescope_cap = l->rescope_cap ? l->rescope_cap * 2 : 64;
            l->rescope = xrealloc(l->rescope, l->rescope_cap * sizeof *l->rescope);
        }
        l->rescope[l->nrescope++] = f;
    }
    b->addend = addend;
    b->loc = loc;
}

void sec_rescope_branches(SecList *l, SymTab *syms)
{
    for (uint32_t i = 0; i < l->nrescope; i++) {
        BranchFrag *b = (BranchFrag *)l->rescope[i];
        if (b->target->kind != SYM_UNDEF)
            continue;
        Sym *t = sym_find(syms, b->target->name, b->target->len, b->scope);
        if (t && t->kind == SYM_LABEL)
            b->target = t;
    }
    free(l->rescope); /* once, after pass 1: no list in pass 2 */
    l->rescope = NULL;
    l->nrescope = l->rescope_cap = 0;
    l->rescoped = true;
}

static uint32_t align_pad(uint32_t addr, uint32_t boundary)
{
    if (boundary <= 1)
        return 0;
    uint32_t rem = addr % boundary;
    return rem ? boundary - rem : 0;
}

void sec_emit_align(SecList *l, Section *s, uint32_t boundary, uint8_t fill, bool code)
{
    Frag *f = new_frag(l, s, FRAG_ALIGN);
    f->arg = boundary;
    f->fill = fill;
    f->in_code = code;
    f->size = align_pad(f->addr, boundary);
}

void sec_emit_fill(SecList *l, Section *s, uint32_t count, uint8_t fill)
{
    if (!count)
        return;
    Frag *f = new_frag(l, s, FRAG_FILL);
    f->arg = count;
    f->fill = fill;
    f->size = count;
}

void sec_emit_org(SecList *l, Section *s, uint32_t target)
{
    Frag *f = new_frag(l, s, FRAG_ORG);
    f->arg = target;
    f->size = target > f->addr ? target - f->addr : 0;
    if (target < f->addr)
        f->addr = target; /* backward (ml64): what follows overwrites */
}

uint32_t sec_offset(Section *s)
{
    return s->last ? s->last->addr + s->last->size : 0;
}

void sec_here(const Section *s, Frag **f, uint32_t *off)
{
    *f = s ? s->last : NULL;
    *off = !*f ? 0 : (*f)->kind == FRAG_DATA ? (*f)->size : SEC_FRAG_END;
}

uint32_t sec_pos(const Frag *f, uint32_t off)
{
    if (!f)
        return off;
    return off == SEC_FRAG_END ? f->addr + f->size : f->addr + off;
}

uint32_t sym_offset(const Sym *s)
{
    return s->frag ? sec_pos(s->frag, s->frag_off) : (uint32_t)s->value;
}

/* A short branch under relaxation: its fragment's index, and its target
 * as a fragment index (-1: a fixed offset) and an offset in it. */
typedef struct Relax {
    uint32_t frag;
    int32_t target;    /* -1: `off` is the target's offset itself */
    bool at_end;       /* the target is its fragment's end (SEC_FRAG_END) */
    bool never;        /* not a label of this section: grows at once */
    int64_t off;       /* offset in the target fragment, with the addend */
} Relax;

/* The relaxation target of branch fragment f (frags[i]->addr holds i, see
 * sec_layout). */
static Relax relax_of(const Section *s, Frag **frags, size_t nf, uint32_t i)
{
    const BranchFrag *b = (const BranchFrag *)frags[i];
    const Sym *t = b->target;
    Relax r = {i, -1, false, false, 0};
    if (t->kind != SYM_LABEL || t->sec != s) {
        r.never = true;
        return r;
    }
    r.off = b->addend;
    if (!t->frag) {
        r.off += (uint32_t)t->value;
        return r;
    }
    uint32_t k = t->frag->addr;
    if (k < nf && frags[k] == t->frag) {
        r.target = (int32_t)k;
        r.at_end = t->frag_off == SEC_FRAG_END;
        r.off += r.at_end ? 0 : t->frag_off;
    } else {
        /* (a label not on a fragment of this layout, which only a phase
         * error leaves: a fixed offset, what sym_offset reads now) */
        r.off += sym_offset(t);
    }
    return r;
}

/* Grow-only relaxation: assign addresses, grow every short branch that
 * does not reach, repeat until none grows.  Each round checks only the
 * branches that are still short (a list that shrinks).  The rounds work on
 * arrays of the fragments' sizes and addresses and of the branches'
 * targets, not on the fragments and symbols: on a large input those are
 * megabytes apart and each visit was a cache miss (sec_layout was 10% of
 * a million-line run and grew faster than the input). */
void sec_layout(SecList *l)
{
    for (Section *s = l->first; s; s = s->next) {
        /* fragments only grow at the end (a new one, or bytes in the
         * last): with the same last fragment of the same size, the last
         * layout stands (the code sections, after unw_emit and dbg_emit) */
        if (s->last && s->last == s->laid_last && s->last->size == s->laid_size)
            continue;
        size_t nf = s->nfrags, n = 0;
        Frag **frags = s->frags;
        uint32_t *size = xmalloc((nf + 1) * sizeof *size);
        uint32_t *addr = xmalloc((nf + 1) * sizeof *addr);
        uint8_t *kind = xmalloc(nf + 1);
        Relax *cand = xmalloc((nf + 1) * sizeof *cand); /* (touched: n of them) */
        for (size_t i = 0; i < nf; i++) {
            Frag *f = frags[i];
            if (f->kind == FRAG_BRANCH && f->is_short && !f->fixed_short) {
                f->size = ((BranchFrag *)f)->forms->short_enc.len;
                cand[n++].frag = (uint32_t)i;
            }
            size[i] = f->size;
            kind[i] = f->kind;
            f->addr = (uint32_t)i; /* for relax_of: a fragment's index */
        }
        for (size_t i = 0; i < n; i++)
            cand[i] = relax_of(s, frags, nf, cand[i].frag);
        bool changed;
        do {
            uint32_t pos = 0, top = 0;
            for (size_t i = 0; i < nf; i++) {
                if (kind[i] == FRAG_ALIGN || kind[i] == FRAG_ORG) {
                    uint32_t arg = frags[i]->arg;
                    if (kind[i] == FRAG_ORG && arg < pos)
                        pos = arg; /* backward ORG */
                    size[i] = kind[i] == FRAG_ALIGN ? align_pad(pos, arg)
                                                    : arg > pos ? arg - pos : 0;
                }
                addr[i] = pos;
                pos += size[i];
                top = pos > top ? pos : top;
            }
            s->size = top;
            changed = false;
            size_t keep = 0;
            for (size_t i = 0; i < n; i++) {
                const Relax *r = &cand[i];
                bool fits = false;
                if (!r->never) {
                    int64_t target = r->off;
                    if (r->target >= 0)
                        target += (int64_t)addr[r->target] + (r->at_end ? size[r->target] : 0);
                    int64_t disp = target - ((int64_t)addr[r->frag] + size[r->frag]);
                    fits = disp >= -128 && disp <= 127;
                }
                if (fits) {
                    cand[keep++] = *r;
                } else {
                    Frag *f = frags[r->frag];
                    f->is_short = false;
                    size[r->frag] = ((BranchFrag *)f)->forms->near_enc.len;
                    changed = true;
                }
            }
            n = keep;
        } while (changed);
        for (size_t i = 0; i < nf; i++) {
            frags[i]->addr = addr[i];
            frags[i]->size = size[i];
        }
        s->laid_last = s->last;
        s->laid_size = s->last ? s->last->size : 0;
        free(cand);
        free(kind);
        free(addr);
        free(size);
    }
}

/* ml64's code padding (issue 10, checked with ml64 14.12): 15-byte NOPs
 * first, then one NOP of the rest.  1..8 bytes are the recommended
 * multi-byte NOPs (Intel SDM Vol. 2B, NOP); 9..15 bytes are the 8-byte
 * one behind 1..7 66 prefixes.  See doc/encoding-choices.md. */
static const uint8_t nop_seq[9][8] = {
    {0},
    {0x90},
    {0x66, 0x90},
    {0x0F, 0x1F, 0x00},
    {0x0F, 0x1F, 0x40, 0x00},
    {0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
    {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
};

static void emit_nops(Buf *b, uint32_t n)
{
    static const uint8_t p66[7] = {0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66};
    while (n) {
        uint32_t k = n > 15 ? 15 : n;
        if (k > 8) {
            buf_bytes(b, p66, k - 8);
            buf_bytes(b, nop_seq[8], 8);
        } else {
            buf_bytes(b, nop_seq[k], k);
        }
        n -= k;
    }
}

static void add_reloc(Section *s, uint32_t offset, uint16_t type, Sym *sym)
{
    if (s->nrelocs == s->reloc_cap) {
        s->reloc_cap = s->reloc_cap ? s->reloc_cap * 2 : 16;
        s->relocs = xrealloc(s->relocs, s->reloc_cap * sizeof *s->relocs);
    }
    Reloc *r = &s->relocs[s->nrelocs++];
    r->offset = offset;
    r->type = type;
    r->sym = sym;
}

static bool fits(int64_t v, int size, bool is_signed)
{
    if (size >= 8)
        return true;
    int64_t lo = -((int64_t)1 << (size * 8 - 1));
    int64_t hi = is_signed ? ((int64_t)1 << (size * 8 - 1)) - 1
                           : ((int64_t)1 << (size * 8)) - 1;
    return v >= lo && v <= hi;
}

static void patch(Section *s, uint32_t at, int64_t v, int size, SrcLoc loc,
                  bool is_signed, const ResolveCtx *rc)
{
    if (rc && !fits(v, size, is_signed))
        rc->error_range(rc->ctx, loc, v, size);
    buf_patch(&s->image, at, (uint64_t)v, size);
}

static bool is_local_label(const Sym *t)
{
    return t->kind == SYM_LABEL && t->sec;
}

/* The symbol a relocation names, and what goes into the field: a label
 * that has no symbol-table entry of its own (@@, $) is reached through
 * its section symbol plus offset.  sec_resolve runs after the COFF symbol
 * indices are assigned. */
static Sym *reloc_target(Sym *t, int64_t *field)
{
    if (t->kind == SYM_LABEL && t->sec && t->coff_index < 0) {
        *field += sym_offset(t);
        return t->sec->sym;
    }
    if (t->kind == SYM_SEGMENT)
        return t;
    return t;
}

static void resolve_fixup(Section *s, Frag *f, Fixup *x, const ResolveCtx *rc)
{
    uint32_t at = f->addr + x->offset;
    Sym *t = x->sym;
    int64_t field = x->addend;
    if (x->sub) {
        if (!t || !is_local_label(t) || !is_local_label(x->sub) || t->sec != x->sub->sec) {
            rc->error_reloc(rc->ctx, x->loc, "label difference");
            return;
        }
        patch(s, at, (int64_t)sym_offset(t) - (int64_t)sym_offset(x->sub) + field,
              x->size, x->loc, x->is_signed, x->unchecked ? NULL : rc);
        return;
    }
    if (!t) {
        patch(s, at, field, x->size, x->loc, x->is_signed, rc);
        return;
    }
    if (t->kind == SYM_UNDEF)
        return; /* reported when the reference was made */
    uint16_t type = 0;
    switch ((FixKind)x->kind) {
    case FIX_PCREL:
        if (is_local_label(t) && t->sec == s) {
            int64_t disp = (int64_t)sym_offset(t) + field -
                           ((int64_t)at + x->size + x->pc_bias);
            if (x->size == 1 && (disp < -128 || disp > 127))
                rc->error_jump(rc->ctx, x->loc, disp < 0 ? -128 - disp : disp - 127);
            else
                patch(s, at, disp, x->size, x->loc, true, rc);
            return;
        }
        if (x->size != 4) {
            rc->error_reloc(rc->ctx, x->loc, "short jump to another section or external");
            return;
        }
        type = (uint16_t)(REL_REL32 + x->pc_bias);
        break;
    case FIX_PCREL_MEM: type = (uint16_t)(REL_REL32 + x->pc_bias); break;
    case FIX_ABS:
        if (x->size == 8)
            type = REL_ADDR64;
        else if (x->size == 4)
            type = REL_ADDR32;
        else {
            rc->error_reloc(rc->ctx, x->loc, x->size == 2 ? "16-bit" : "8-bit");
            return;
        }
        break;
    case FIX_IMAGEREL: type = REL_ADDR32NB; break;
    case FIX_SECREL: type = REL_SECREL; break;
    case FIX_SECTION: type = REL_SECTION; break;
    }
    Sym *target = reloc_target(t, &field);
    if (x->kind == FIX_SECTION)
        field = 0;
    buf_patch(&s->image, at, (uint64_t)field, x->size);
    add_reloc(s, at, type, target);
}

static void resolve_branch(Section *s, Frag *f, const ResolveCtx *rc)
{
    const BranchFrag *b = (const BranchFrag *)f;
    const EncInsn *e = f->is_short ? &b->forms->short_enc : &b->forms->near_enc;
    uint32_t at = (uint32_t)s->image.len;
    buf_bytes(&s->image, e->bytes, e->len);
    const EncFixup *fx = &e->fix[0];
    int64_t target = (int64_t)sym_offset(b->target) + b->addend;
    int64_t disp = target - ((int64_t)f->addr + e->len);
    if (fx->size == 1 && (disp < -128 || disp > 127)) {
        rc->error_jump(rc->ctx, b->loc, disp < 0 ? -128 - disp : disp - 127);
        return;
    }
    buf_patch(&s->image, at + fx->offset, (uint64_t)disp, fx->size);
}

void sec_resolve(SecList *l, const ResolveCtx *rc)
{
    for (Section *s = l->first; s; s = s->next) {
        s->image.len = 0;
        s->nrelocs = 0;
        if (s->is_bss)
            continue;
        buf_reserve(&s->image, s->size);
        bool back = false; /* a backward ORG: later bytes overwrite */
        size_t top = 0;    /* then: the end of the bytes written so far */
        bool each = false; /* a backward ORG anywhere: each fragment's fields
                              are resolved before later bytes overwrite them */
        for (uint32_t i = 1; i < s->nfrags && !each; i++)
            each = s->frags[i]->addr < s->frags[i - 1]->addr + s->frags[i - 1]->size;
        for (uint32_t i = 0; i < s->nfrags; i++) {
            Frag *f = s->frags[i];
            top = s->image.len > top ? s->image.len : top;
            if (f->addr < s->image.len) {
                back = true;
                s->image.len = f->addr;
            }
            if (back && f->kind == FRAG_ORG) { /* moving forward keeps bytes */
                size_t end = (size_t)f->addr + f->size;
                s->image.len = end < top ? end : top;
                buf_fill(&s->image, 0, end - s->image.len);
                continue;
            }
            switch ((FragKind)f->kind) {
            case FRAG_DATA:
                if (f->size) /* an empty section has no bytes buffer */
                    buf_bytes(&s->image, s->bytes.data + f->start, f->size);
                break;
            case FRAG_BRANCH:
                resolve_branch(s, f, rc);
                break;
            case FRAG_ALIGN:
                if (f->in_code)
                    emit_nops(&s->image, f->size);
                else
                    buf_fill(&s->image, f->fill, f->size);
                break;
            case FRAG_FILL:
            case FRAG_ORG:
                buf_fill(&s->image, f->fill, f->size);
                break;
            }
            if (each) /* this frag's fields before a later one overwrites them */
                for (Fixup *x = f->fixups; x; x = x->next)
                    resolve_fixup(s, f, x, rc);
        }
        s->image.len = s->size;
        for (uint32_t i = 0; i < s->nfrags && !each; i++)
            for (Fixup *x = s->frags[i]->fixups; x; x = x->next)
                resolve_fixup(s, s->frags[i], x, rc);
        buf_free(&s->bytes); /* all in the image now: peak memory */
    }
}

void sec_drop_frags(SecList *l)
{
    for (Section *s = l->first; s; s = s->next) {
        s->first = s->last = s->laid_last = NULL;
        s->nfrags = 0;
    }
    l->nrescope = 0;
    arena_free(&l->frags);
}

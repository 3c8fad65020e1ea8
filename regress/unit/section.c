/* section.c: unit tests of layout, relaxation and fixup resolution
 * (src/section.c, include/section.h).  Expected sizes follow from the
 * x86 rule (a short jump's rel8 reaches -128..127 bytes from its end;
 * EB rel8 is 2 bytes, E9 rel32 5) worked out by hand in the comments. */
#include "unit.h"
#include "section.h"
#include <string.h>

static Sym *label_here(SecList *l, Section *s, Arena *ar)
{
    Sym *x = arena_alloc(ar, sizeof *x);
    x->name = "L";
    x->len = 1;
    x->kind = SYM_LABEL;
    x->sec = s;
    sec_here(s, &x->frag, &x->frag_off); /* as '$' and labels are placed */
    (void)l;
    x->coff_index = -1;
    return x;
}

static void jmp(SecList *l, Section *s, Sym *target)
{
    EncInsn sh, nr;
    memset(&sh, 0, sizeof sh);
    memset(&nr, 0, sizeof nr);
    sh.len = 2;
    sh.nfix = 1;
    sh.bytes[0] = 0xEB;
    sh.fix[0].offset = 1;
    sh.fix[0].size = 1;
    nr.len = 5;
    nr.nfix = 1;
    nr.bytes[0] = 0xE9;
    nr.fix[0].offset = 1;
    nr.fix[0].size = 4;
    SrcLoc none = {0};
    sec_emit_branch(l, s, &sh, &nr, false, target, NULL, 0, none);
}

static void nops(SecList *l, Section *s, size_t n)
{
    static const uint8_t z[256] = {0};
    sec_emit_bytes(l, s, z, n);
}

typedef struct Errs {
    int range, jump, reloc;
} Errs;
static void e_range(void *c, SrcLoc l, int64_t v, int size)
{
    (void)l, (void)v, (void)size;
    ((Errs *)c)->range++;
}
static void e_jump(void *c, SrcLoc l, int64_t by)
{
    (void)l, (void)by;
    ((Errs *)c)->jump++;
}
static void e_reloc(void *c, SrcLoc l, const char *what)
{
    (void)l, (void)what;
    ((Errs *)c)->reloc++;
}

/* sec_emit_branch: branches with the same two encodings share one copy
 * of them (bytes past len and unused fixups do not count), others get
 * their own; each branch still resolves to its own bytes. */
void test_sec_branch_forms(void)
{
    Arena ar = {0};
    SecList l = {0};
    l.arena = &ar;
    Section *s = sec_new(&l, ".text", 0x60000020u, 16, true, false);
    Sym *x = arena_alloc(&ar, sizeof *x);
    jmp(&l, s, x);
    jmp(&l, s, x);
    EncInsn sh, nr; /* jz: 74 rel8 / 0F 84 rel32, junk past the bytes */
    memset(&sh, 0x77, sizeof sh);
    memset(&nr, 0x77, sizeof nr);
    sh.len = 2, sh.nfix = 1, sh.sext32 = false, sh.bytes[0] = 0x74;
    sh.fix[0].kind = 0, sh.fix[0].operand = 0, sh.fix[0].offset = 1, sh.fix[0].size = 1;
    nr.len = 6, nr.nfix = 1, nr.sext32 = false, nr.bytes[0] = 0x0F, nr.bytes[1] = 0x84;
    nr.fix[0].kind = 0, nr.fix[0].operand = 0, nr.fix[0].offset = 2, nr.fix[0].size = 4;
    SrcLoc none = {0};
    sec_emit_branch(&l, s, &sh, &nr, false, x, NULL, 0, none);
    memset(sh.bytes + 2, 0x11, sizeof sh.bytes - 2);
    memset(&sh.fix[1], 0x11, sizeof sh.fix[1]);
    sec_emit_branch(&l, s, &sh, &nr, false, x, NULL, 0, none);
    for (int i = 0; i < 300; i++) { /* grows the table past its first size */
        sh.bytes[1] = (uint8_t)i, sh.len = (uint8_t)(2 + (i >> 8));
        sec_emit_branch(&l, s, &sh, &nr, false, x, NULL, 0, none);
    }
    *x = *label_here(&l, s, &ar);
    CHECK_EQ(s->nfrags, 304);
    const BranchFrag *b[4];
    for (int i = 0; i < 4; i++)
        b[i] = (const BranchFrag *)s->frags[i];
    CHECK(b[0]->forms == b[1]->forms);
    CHECK(b[2]->forms == b[3]->forms);
    CHECK(b[0]->forms != b[2]->forms);
    CHECK_EQ(b[2]->forms->near_enc.bytes[1], 0x84);
    /* 74 77 is b[2]'s; the other 255 two-byte and 44 three-byte forms are new */
    CHECK(((const BranchFrag *)s->frags[4 + 0x77])->forms == b[2]->forms);
    CHECK(((const BranchFrag *)s->frags[4 + 0x74])->forms != b[2]->forms);
    CHECK_EQ(l.nforms, 2 + 255 + 44);
    sec_free(&l);
    arena_free(&ar);
}

/* sec_layout: a branch that grows can push an earlier one out of reach.
 *   A: jmp X; 120 bytes; B: jmp Y; 3 bytes; X: 130 bytes; Y:
 * all short: X=127 (A reaches: 127-2=125), Y=257 (B: 257-124=133, grows)
 * B near:    X=130 (A: 130-2=128, grows)
 * A near:    X=133, Y=263; A = E9 rel32 128, B = E9 rel32 263-130=133. */
void test_sec_layout_relax(void)
{
    Arena ar = {0};
    SecList l = {0};
    l.arena = &ar;
    Section *s = sec_new(&l, ".text", 0x60000020u, 16, true, false);
    Sym *x = arena_alloc(&ar, sizeof *x), *y = arena_alloc(&ar, sizeof *y);
    /* forward targets: defined below, filled in place */
    jmp(&l, s, x);
    nops(&l, s, 120);
    jmp(&l, s, y);
    nops(&l, s, 3);
    *x = *label_here(&l, s, &ar);
    nops(&l, s, 130);
    *y = *label_here(&l, s, &ar);
    sec_layout(&l);
    CHECK_EQ(s->size, 263);
    CHECK_EQ(sym_offset(x), 133);
    CHECK_EQ(sym_offset(y), 263);
    Errs e = {0, 0, 0};
    ResolveCtx rc = {e_range, e_jump, e_reloc, &e};
    sec_resolve(&l, &rc);
    CHECK_EQ(e.range + e.jump + e.reloc, 0);
    CHECK_EQ(s->image.len, 263);
    static const uint8_t a_bytes[] = {0xE9, 0x80, 0, 0, 0};
    static const uint8_t b_bytes[] = {0xE9, 0x85, 0, 0, 0};
    CHECK(memcmp(s->image.data, a_bytes, 5) == 0);
    CHECK(memcmp(s->image.data + 125, b_bytes, 5) == 0);
    /* backward branches: at 126, ends 128, to 0: -128 stays short; at
     * 138 to 0 is out of reach (near); at 143 to 128: -17, short */
    sec_free(&l);
    arena_free(&ar);

    Arena ar2 = {0};
    SecList l2 = {0};
    l2.arena = &ar2;
    s = sec_new(&l2, ".text", 0x60000020u, 16, true, false);
    Sym *top = label_here(&l2, s, &ar2);
    nops(&l2, s, 126);
    jmp(&l2, s, top); /* ends at 128: disp -128, fits */
    Sym *mid = label_here(&l2, s, &ar2);
    nops(&l2, s, 10);
    jmp(&l2, s, top); /* ends at 140: -140 does not fit: near */
    jmp(&l2, s, mid); /* at 143 (after the 5-byte jmp), ends 145: -17 */
    sec_layout(&l2);
    CHECK_EQ(s->size, 145);
    Errs e2 = {0, 0, 0};
    ResolveCtx rc2 = {e_range, e_jump, e_reloc, &e2};
    sec_resolve(&l2, &rc2);
    CHECK_EQ(s->image.data[126], 0xEB);
    CHECK_EQ(s->image.data[127], 0x80); /* -128 */
    CHECK_EQ(s->image.data[138], 0xE9);
    /* at 138, near: ends at 143, 0 - 143 = 0xFFFFFF71 */
    CHECK_EQ(s->image.data[139] | s->image.data[140] << 8 | s->image.data[141] << 16 |
             (uint32_t)s->image.data[142] << 24, 0xFFFFFF71u);
    CHECK_EQ(s->image.data[143], 0xEB);
    CHECK_EQ(s->image.data[144], 0xEF); /* 128 - 145 = -17 */
    sec_free(&l2);
    arena_free(&ar2);
}

/* ALIGN pads to the boundary (NOPs in code, the fill byte in data); ORG
 * moves the location counter forward. */
void test_sec_layout_align_org(void)
{
    Arena ar = {0};
    SecList l = {0};
    l.arena = &ar;
    Section *c = sec_new(&l, ".text", 0x60000020u, 16, true, false);
    Section *d = sec_new(&l, ".data", 0xC0000040u, 16, false, false);
    nops(&l, c, 3);
    sec_emit_align(&l, c, 16, 0, true);
    sec_emit_bytes(&l, c, "\xC3", 1);
    sec_emit_bytes(&l, d, "\x01\x02", 2);
    sec_emit_align(&l, d, 8, 0xAA, false);
    sec_emit_org(&l, d, 0x20);
    sec_emit_bytes(&l, d, "\x03", 1);
    sec_emit_fill(&l, d, 4, 0);
    sec_layout(&l);
    CHECK_EQ(c->size, 17);
    CHECK_EQ(d->size, 0x25);
    Errs e = {0, 0, 0};
    ResolveCtx rc = {e_range, e_jump, e_reloc, &e};
    sec_resolve(&l, &rc);
    CHECK_EQ(c->image.len, 17);
    CHECK_EQ(c->image.data[16], 0xC3);
    /* 13 bytes of NOPs as ml64 14.12 pads them (`nop` x3, ALIGN 16, ret
     * under ml64: 66 66 66 66 66 0F 1F 84 00 00 00 00 00) */
    static const uint8_t pad13[13] = {0x66, 0x66, 0x66, 0x66, 0x66, 0x0F, 0x1F,
                                      0x84, 0x00, 0x00, 0x00, 0x00, 0x00};
    CHECK(memcmp(c->image.data + 3, pad13, sizeof pad13) == 0);
    CHECK_EQ(d->image.len, 0x25);
    CHECK_EQ(d->image.data[2], 0xAA);
    CHECK_EQ(d->image.data[7], 0xAA);
    CHECK_EQ(d->image.data[0x20], 0x03);
    sec_free(&l);
    arena_free(&ar);
}

/* sec_resolve: constants are patched, label differences folded, PC-
 * relative references within a section resolved, absolute references
 * become relocations; out-of-range values are reported. */
void test_sec_resolve(void)
{
    Arena ar = {0};
    SecList l = {0};
    l.arena = &ar;
    Section *s = sec_new(&l, ".data", 0xC0000040u, 16, false, false);
    s->sym = arena_alloc(&ar, sizeof *s->sym);
    s->sym->kind = SYM_SEGMENT;
    SrcLoc none = {0};
    Sym *a = label_here(&l, s, &ar);
    nops(&l, s, 16);                                    /* 0..15 */
    Sym *b = label_here(&l, s, &ar);                    /* 16 */
    uint32_t o = sec_emit_bytes(&l, s, "\0\0\0\0", 4);  /* 16: b - a */
    sec_emit_fixup(&l, s, o, 4, FIX_ABS, b, a, 0, 0, false, none);
    o = sec_emit_bytes(&l, s, "\0\0", 2);               /* 20: constant */
    sec_emit_fixup(&l, s, o, 2, FIX_ABS, NULL, NULL, 0x1234, 0, false, none);
    o = sec_emit_bytes(&l, s, "\0\0\0\0", 4);           /* 22: rel32 to a */
    sec_emit_fixup(&l, s, o, 4, FIX_PCREL, a, NULL, 0, 0, true, none);
    o = sec_emit_bytes(&l, s, "\0\0\0\0\0\0\0\0", 8);   /* 26: address of b */
    sec_emit_fixup(&l, s, o, 8, FIX_ABS, b, NULL, 2, 0, false, none);
    o = sec_emit_bytes(&l, s, "\0", 1);                 /* 34: 300 in a byte */
    sec_emit_fixup(&l, s, o, 1, FIX_ABS, NULL, NULL, 300, 0, false, none);
    sec_layout(&l);
    Errs e = {0, 0, 0};
    ResolveCtx rc = {e_range, e_jump, e_reloc, &e};
    sec_resolve(&l, &rc);
    CHECK_EQ(s->image.len, 35);
    CHECK_EQ(s->image.data[16], 16);
    CHECK_EQ(s->image.data[20] | s->image.data[21] << 8, 0x1234);
    /* rel32 from the end of the field (26) back to 0: -26 */
    CHECK_EQ(s->image.data[22], 0xE6);
    CHECK_EQ(s->image.data[25], 0xFF);
    /* b has no COFF symbol: the relocation names the section, and the
     * field holds b's offset plus the addend */
    CHECK_EQ(s->nrelocs, 1);
    CHECK_EQ(s->nrelocs ? s->relocs[0].offset : 0, 26);
    CHECK_EQ(s->nrelocs ? s->relocs[0].type : 0, 1); /* IMAGE_REL_AMD64_ADDR64 */
    CHECK(s->nrelocs && s->relocs[0].sym == s->sym);
    CHECK_EQ(s->image.data[26], 18);
    CHECK_EQ(e.range, 1);
    CHECK_EQ(e.jump + e.reloc, 0);
    sec_free(&l);
    arena_free(&ar);
}

/* sec_here: a position without opening a fragment.  Empty section: no
 * fragment, offset 0; after data: that fragment and its size; after a
 * branch: the branch and SEC_FRAG_END, its end after it grows. */
void test_sec_here(void)
{
    Arena ar = {0};
    SecList l = {0};
    l.arena = &ar;
    Section *s = sec_new(&l, ".text", 0x60000020u, 16, true, false);
    Frag *f;
    uint32_t off;
    sec_here(s, &f, &off);
    CHECK(f == NULL);
    CHECK_EQ(off, 0);
    CHECK(s->first == NULL); /* nothing opened */
    CHECK_EQ(sec_pos(f, off), 0);
    nops(&l, s, 3);
    sec_here(s, &f, &off);
    CHECK(f == s->last);
    CHECK_EQ(off, 3);
    Sym *far_target = arena_alloc(&ar, sizeof *far_target);
    jmp(&l, s, far_target); /* at 3: grows to 5 bytes below */
    Frag *branch = s->last;
    sec_here(s, &f, &off);
    CHECK(f == branch);
    CHECK_EQ(off, SEC_FRAG_END);
    CHECK(s->last == branch); /* still nothing opened */
    Sym *after = label_here(&l, s, &ar);
    nops(&l, s, 200);
    *far_target = *label_here(&l, s, &ar);
    sec_layout(&l);
    CHECK_EQ(sym_offset(after), 8);       /* 3 + E9 rel32 */
    CHECK_EQ(sym_offset(far_target), 208);
    sec_free(&l);
    arena_free(&ar);
}

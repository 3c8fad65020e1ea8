/* encoder.c: pure x86-64 instruction encoder.  Layer L1, below the parser
 * and above the register table.  All instruction knowledge comes from the
 * generated insn_tab.c (source: src/insns.tbl); this file only knows how
 * operand classes match operands and how prefixes, REX, ModRM, SIB,
 * displacements and immediates are laid out.
 *
 * enc_encode = match (first row, in table order, whose classes accept the
 * operands) -> build (prefixes, REX, opcode, ModRM/SIB, disp, imm). */
#include "encoder.h"
#include <stdlib.h>
#include <string.h>

/* Failure ranks: when no row matches, the most specific reason wins. */
enum { RANK_OPERANDS, RANK_SIZE, RANK_NOSIZE, RANK_IMM, RANK_OK };

static const EncStatus rank_status[] = {ENC_ERR_OPERANDS, ENC_ERR_SIZE_MISMATCH,
                                        ENC_ERR_NO_SIZE, ENC_ERR_IMM_RANGE, ENC_OK};

/* ---- mnemonic lookup ----------------------------------------------------- */

Mnemonic enc_lookup(const char *name, size_t len)
{
    char key[24];
    if (len == 0 || len >= sizeof key)
        return MN_NONE;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    key[len] = 0;
    int lo = 1, hi = MN_COUNT - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(key, insn_names[mid]);
        if (c == 0)
            return (Mnemonic)mid;
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return MN_NONE;
}

const char *enc_mnemonic_name(Mnemonic mn)
{
    return mn > MN_NONE && mn < MN_COUNT ? insn_names[mn] : "";
}

bool enc_is_branch(Mnemonic mn, bool *relaxable)
{
    bool branch = false, relax = false;
    if (mn > MN_NONE && mn < MN_COUNT)
        for (int i = insn_first[mn]; i < insn_first[mn + 1]; i++) {
            branch |= insn_rows[i].rel != 0;
            relax |= (insn_rows[i].flags & IF_RELAX) != 0;
        }
    if (relaxable)
        *relaxable = relax;
    return branch;
}

/* ---- matching ------------------------------------------------------------ */

static bool is_gpr(Reg r)
{
    RegClass c = reg_class(r);
    return c == RC_GPR8 || c == RC_GPR8H || c == RC_GPR16 || c == RC_GPR32 || c == RC_GPR64;
}

static bool fits(int64_t v, int64_t lo, int64_t hi) { return v >= lo && v <= hi; }

static int addr_size(Reg r)
{
    RegClass c = reg_class(r);
    return c == RC_GPR64 ? 8 : c == RC_GPR32 ? 4 : 0;
}

/* Range of an immediate of class size csize in a row of operand size os:
 * signed or unsigned fits; a 64-bit operand takes a sign-extended imm32. */
/* ml64 takes 80000000h..0FFFFFFFFh as the imm32 of a 64-bit operation and
 * sign-extends the 32-bit pattern (and rax, 0FFFFFFFFh is 48 83 E0 FF),
 * except for mov r64, imm, which has the imm64 form B8+r. */
static bool sext32_imm(const InsnRow *row, const EncOperand *ops, const EncOperand *o)
{
    int os = row->opsize;
    if (o->reloc || !fits(o->value, (int64_t)INT32_MAX + 1, UINT32_MAX) ||
        insn_class_info[row->op[o - ops]].size > 4)
        return false;
    if (os == 0 && (row->flags & IF_D64))
        os = 8;
    if (os != 8 || (row->opc[0] == 0xC7 && row->nopc == 1 && ops[0].kind == EOP_REG))
        return false;
    return true;
}

static int match_imm(const InsnRow *row, int csize, const EncOperand *ops, const EncOperand *o)
{
    int64_t v = o->value;
    int os = row->opsize;
    if (sext32_imm(row, ops, o))
        v = (int32_t)(uint32_t)(uint64_t)v;
    /* ml64: mov r64, 0FFFFFFFFFFFFFEF8h (written without a minus) is the
     * imm64 form; mov r64, -264 the sign-extended imm32 */
    if (os == 8 && row->opc[0] == 0xC7 && row->nopc == 1 && ops[0].kind == EOP_REG &&
        !o->reloc && !o->is_signed && (uint64_t)v > INT32_MAX)
        return RANK_IMM;
    /* ml64: mov r64, qword ptr 5 is the imm64 form (48 B8) */
    if (os == 8 && row->opc[0] == 0xC7 && row->nopc == 1 && ops[0].kind == EOP_REG &&
        !o->reloc && o->imm_size == 8)
        return RANK_IMM;
    /* JWasm (ml64 refuses these): mov r64, dword ptr LOW32 v (or IMAGEREL,
     * SECTIONREL) is 48 C7 /0 with the relocation on the imm32 */
    if ((row->flags & IF_RELOC) && o->reloc32 && o->imm_size == 4)
        return RANK_OPERANDS;
    if (row->flags & IF_SX8) {
        /* ml64: an immediate written with a size (add eax, dword ptr 7,
         * push dword ptr 5, even byte ptr 7) keeps the full-width form */
        if (o->reloc || o->imm_size)
            return RANK_OPERANDS;
        if (os == 2 && fits(v, -32768, 65535))
            v = (int16_t)(uint16_t)(uint64_t)v;
        else if (os == 4 && fits(v, INT32_MIN, UINT32_MAX))
            v = (int32_t)(uint32_t)(uint64_t)v;
        else if (os != 8 && os != 0)
            return RANK_IMM;
        return fits(v, -128, 127) ? RANK_OK : RANK_IMM;
    }
    if ((row->flags & IF_RELOC) && !o->reloc)
        return RANK_OPERANDS;
    switch (csize) {
    case 1: return fits(v, -128, 255) ? RANK_OK : RANK_IMM;
    case 2: return fits(v, -32768, 65535) ? RANK_OK : RANK_IMM;
    case 4:
        if (os == 8)
            return fits(v, INT32_MIN, INT32_MAX) ? RANK_OK : RANK_IMM;
        return fits(v, INT32_MIN, UINT32_MAX) ? RANK_OK : RANK_IMM;
    default: return RANK_OK;
    }
}

/* An unsized memory operand at position k takes the row's size if some
 * register operand in a sizing class has that size, the row says the size
 * is unambiguous, or the operand size defaults to 64 bits. */
static int match_unsized(const InsnRow *row, int k, int csize, const EncOperand *ops)
{
    if (csize == 0 || (row->memsole >> k & 1) || ((row->flags & IF_D64) && csize == 8) ||
        (row->flags & IF_UMEM))
        return RANK_OK;
    for (int j = 0; j < row->nops; j++) {
        const OpClassInfo *cj = &insn_class_info[row->op[j]];
        if (j != k && ops[j].kind == EOP_REG && cj->sizing && reg_size((Reg)ops[j].reg) == csize)
            return RANK_OK;
    }
    return RANK_NOSIZE;
}

/* A register of the class's RegClass (RC_NONE: a general register of the
 * class size).  Vector registers 16-31 need an EVEX row. */
static int match_reg(const InsnRow *row, const OpClassInfo *c, const EncOperand *o)
{
    Reg r = (Reg)o->reg;
    if (o->kind != EOP_REG)
        return RANK_OPERANDS;
    if (c->rc == RC_NONE) {
        if (!is_gpr(r))
            return RANK_OPERANDS;
        return reg_size(r) == c->size ? RANK_OK : RANK_SIZE;
    }
    if (reg_class(r) != c->rc)
        return RANK_OPERANDS;
    if (reg_num(r) >= 16 && row->enc != IE_EVEX)
        return RANK_OPERANDS;
    if (c->rc == RC_K && c->size == 16 && (reg_num(r) & 1))
        return RANK_OPERANDS; /* kpair: an even register names the pair */
    return RANK_OK;
}

static int match_mem(const InsnRow *row, int k, int csize, const EncOperand *ops)
{
    const EncOperand *o = &ops[k];
    if (o->kind != EOP_MEM)
        return RANK_OPERANDS;
    if (o->bcst) /* broadcast: element size and count from the row */
        return row->bcst && k == row->rm_op && (o->size == 0 || o->size == row->bcst) &&
                       (o->bcst == 1 || o->bcst * row->bcst == csize)
                   ? RANK_OK
                   : RANK_OPERANDS;
    if (o->size == 0)
        return match_unsized(row, k, csize, ops);
    /* esize=: ml64 also takes another size here (a data label of the
     * element type: vpclmulqdq xmm2, xmm1, qword_var, 10h) */
    if (row->esize && k == row->rm_op &&
        (row->esize == 255 || (o->size <= 64 && !(o->size & (o->size - 1)) && (o->size & row->esize))))
        return RANK_OK;
    return csize == 0 || o->size == csize ? RANK_OK : RANK_SIZE;
}

static bool is_vreg(Reg r)
{
    RegClass c = reg_class(r);
    return c == RC_XMM || c == RC_YMM || c == RC_ZMM;
}

/* VSIB memory (gathers, scatters): the index is a vector register of the
 * class's RegClass (16-31 in EVEX rows only); the memory size, if given,
 * is the element size (row n8: dword ptr / qword ptr). */
static int match_vsib(const InsnRow *row, const OpClassInfo *c, const EncOperand *o)
{
    if (o->kind != EOP_MEM || o->index == R_NONE || o->bcst || reg_class((Reg)o->index) != c->rc)
        return RANK_OPERANDS;
    if (reg_num((Reg)o->index) >= 16 && row->enc != IE_EVEX)
        return RANK_OPERANDS;
    return o->size == 0 || o->size == row->n8 ? RANK_OK : RANK_SIZE;
}

/* SIBMEM (AMX tile loads and stores): any general addressing but
 * RIP-relative (a symbol alone is RIP-relative too); encoded with a SIB
 * byte even without an index. */
static int match_sibmem(const EncOperand *o)
{
    if (o->kind != EOP_MEM || o->bcst || o->base == R_RIP ||
        (o->index != R_NONE && is_vreg((Reg)o->index)))
        return RANK_OPERANDS;
    return RANK_OK;
}

/* An absolute address outside the sign-extended disp32 range (80000000h
 * and up, below -80000000h): only the moffs classes take it (mov A0-A3
 * with an 8-byte address, as ml64; any other form is A2070), never a
 * disp32 that sign-extends to another address. */
static bool far_absolute(const EncOperand *o)
{
    return o->kind == EOP_MEM && o->base == R_NONE && o->index == R_NONE && !o->reloc &&
           (o->value < INT32_MIN || o->value > INT32_MAX);
}

static int match_moffs(const OpClassInfo *c, const EncOperand *o)
{
    return far_absolute(o) && !o->bcst && (o->size == 0 || o->size == c->msize) ? RANK_OK
                                                                                : RANK_OPERANDS;
}

/* Decorators ({k}, {z}, bcst, rounding) need an EVEX row. */
static bool has_decorator(const EncOperand *o)
{
    return o->opmask || o->zeroing || o->bcst || o->rounding;
}

static int match_operand(const InsnRow *row, int k, const EncOperand *ops)
{
    const OpClassInfo *c = &insn_class_info[row->op[k]];
    const EncOperand *o = &ops[k];
    if (has_decorator(o) && row->enc != IE_EVEX)
        return RANK_OPERANDS;
    if (c->kind == OCK_MEM && c->fixed == 2)
        return match_moffs(c, o);
    if (far_absolute(o))
        return RANK_OPERANDS;
    switch (c->kind) {
    case OCK_REG: return match_reg(row, c, o);
    case OCK_RM: return o->kind == EOP_MEM ? match_mem(row, k, c->msize, ops) : match_reg(row, c, o);
    case OCK_MEM:
        if (c->fixed == 1)
            return match_sibmem(o);
        return c->rc != RC_NONE ? match_vsib(row, c, o) : match_mem(row, k, c->msize, ops);
    case OCK_IMM: return o->kind == EOP_IMM ? match_imm(row, c->size, ops, o) : RANK_OPERANDS;
    case OCK_REL:
        if (o->kind != EOP_REL)
            return RANK_OPERANDS;
        return c->size == 4 || o->rel_size == 1 || !(row->flags & IF_RELAX) ? RANK_OK
                                                                            : RANK_OPERANDS;
    case OCK_FIXREG: return o->kind == EOP_REG && o->reg == c->fixed ? RANK_OK : RANK_OPERANDS;
    case OCK_SREG:
        return o->kind == EOP_REG && reg_class((Reg)o->reg) == RC_SEG ? RANK_OK : RANK_OPERANDS;
    case OCK_FIXIMM:
        return o->kind == EOP_IMM && !o->reloc && o->value == c->fixed ? RANK_OK : RANK_OPERANDS;
    default: return RANK_OPERANDS;
    }
}

/* EVEX decorators against what the row takes: {k} and {z} (only with a
 * mask) on the destination, rounding ({er} rows) or {sae} ({sae} rows) with
 * register operands only. */
static bool match_evex(const InsnRow *row, const EncOperand *ops, int nops)
{
    int mask = 0, rnd = 0;
    bool z = false, mem = false;
    for (int k = 0; k < nops; k++) {
        if ((ops[k].opmask || ops[k].zeroing) && k != 0)
            return false;
        mask |= ops[k].opmask;
        z |= ops[k].zeroing;
        rnd |= ops[k].rounding;
        mem |= ops[k].kind == EOP_MEM;
    }
    if ((mask && !(row->evex & IEV_K)) || (z && (!mask || !(row->evex & IEV_Z))) ||
        (!mask && (row->evex & IEV_KREQ)))
        return false;
    if (rnd && (mem || !(row->evex & (rnd == ERND_SAE ? IEV_SAE : IEV_ER))))
        return false;
    return true;
}

/* Flag asz (movdir64b, enqcmd): the register operand has the address
 * size of the memory operand (r64 with 64-bit addressing, r32 with 32-bit
 * addressing and a 67 prefix).  Flag distinct (AMX tdp*): no register
 * twice. */
static bool match_asz_distinct(const InsnRow *row, const EncOperand *ops, int nops)
{
    if (row->flags & IF_ASZ) {
        int as = 8;
        for (int k = 0; k < nops; k++)
            if (ops[k].kind == EOP_MEM && ops[k].base != R_RIP)
                as = ops[k].base != R_NONE ? addr_size((Reg)ops[k].base)
                   : ops[k].index != R_NONE ? addr_size((Reg)ops[k].index) : 8;
        for (int k = 0; k < nops; k++)
            if (ops[k].kind == EOP_REG && is_gpr((Reg)ops[k].reg) && reg_size((Reg)ops[k].reg) != as)
                return false;
    }
    if (row->flags & IF_DISTINCT)
        for (int k = 0; k < nops; k++)
            for (int j = k + 1; j < nops; j++)
                if (ops[k].kind == EOP_REG && ops[j].kind == EOP_REG && ops[k].reg == ops[j].reg)
                    return false;
    return true;
}

static int match_row(const InsnRow *row, const EncOperand *ops, int nops)
{
    int rank = RANK_OK;
    if (row->nops != nops)
        return RANK_OPERANDS;
    if ((row->flags & (IF_ASZ | IF_DISTINCT)) && !match_asz_distinct(row, ops, nops))
        return RANK_OPERANDS;
    if (row->enc == IE_EVEX && !match_evex(row, ops, nops))
        return RANK_OPERANDS;
    for (int k = 0; k < nops; k++) {
        int r = match_operand(row, k, ops);
        rank = r < rank ? r : rank;
    }
    return rank;
}

/* ---- building ------------------------------------------------------------ */

typedef struct Build {
    EncInsn *out;  /* result */
    uint8_t rex;   /* REX bits 0..15 */
    bool rex_need; /* a REX prefix is needed (also plain 40) */
    bool high8;    /* ah/bh/ch/dh used */
    uint8_t modrm; /* ModRM byte */
    uint8_t sib;   /* SIB byte */
    bool has_modrm, has_sib;
    int disp_size; /* 0, 1 or 4 */
    int64_t disp;  /* displacement */
    int disp_op;   /* operand index of the memory operand */
    bool disp_fix; /* report a fixup for the displacement */
    bool addr32;   /* 67 prefix */
    uint8_t seg;   /* segment override Reg */
    int n8;        /* EVEX disp8*N: N (1 for legacy and VEX rows) */
} Build;

static void put(EncInsn *out, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        out->bytes[out->len++] = (uint8_t)(v >> (8 * i));
}

static void add_fix(EncInsn *out, EncFixKind kind, int op, int size)
{
    EncFixup *f = &out->fix[out->nfix++];
    f->kind = (uint8_t)kind;
    f->operand = (uint8_t)op;
    f->offset = out->len;
    f->size = (uint8_t)size;
}

/* Note what a register operand needs: REX bit, plain REX, no REX. */
static void use_reg(Build *b, Reg r, int rexbit)
{
    int n = reg_num(r);
    if (n & 8) {
        b->rex |= (uint8_t)rexbit;
        b->rex_need = true;
    }
    if (reg_class(r) == RC_GPR8 && n >= 4 && n < 8)
        b->rex_need = true;
    if (reg_class(r) == RC_GPR8H)
        b->high8 = true;
}

static int scale_bits(int scale)
{
    switch (scale) {
    case 0:
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    default: return -1;
    }
}

/* Check the address registers and note the 67 prefix.  A vector index
 * register is VSIB, for the VSIB classes only (vsib). */
static EncStatus check_mem(Build *b, const EncOperand *o, bool vsib)
{
    Reg base = (Reg)o->base, index = (Reg)o->index;
    int as = 0;
    if (index != R_NONE && is_vreg(index)) { /* VSIB: the base sets the size */
        if (!vsib || base == R_RIP)
            return ENC_ERR_BAD_MEM;
    } else if (index != R_NONE) {
        as = addr_size(index);
        if (!as || (reg_num(index) == 4) || base == R_RIP)
            return ENC_ERR_BAD_MEM;
    } else if (o->scale > 1) {
        return ENC_ERR_BAD_MEM;
    }
    if (scale_bits(o->scale) < 0)
        return ENC_ERR_BAD_MEM;
    if (base != R_NONE && base != R_RIP) {
        int bs = addr_size(base);
        if (!bs || (as && bs != as))
            return ENC_ERR_BAD_MEM;
        as = bs;
    }
    if (o->seg != R_NONE && reg_class((Reg)o->seg) != RC_SEG)
        return ENC_ERR_BAD_MEM;
    b->addr32 = as == 4;
    b->seg = o->seg;
    return ENC_OK;
}

/* ModRM.mod/rm (+SIB, disp) for a memory operand; reg field set by caller. */
static EncStatus build_mem(Build *b, const EncOperand *o, int k, bool vsib, bool sib)
{
    Reg base = (Reg)o->base, index = (Reg)o->index;
    EncStatus st = check_mem(b, o, vsib);
    if (st != ENC_OK)
        return st;
    b->has_modrm = true;
    b->disp = o->value;
    b->disp_op = k;
    b->disp_fix = o->reloc;
    if (!fits(o->value, INT32_MIN, UINT32_MAX))
        return ENC_ERR_BAD_MEM;
    if (base == R_RIP) {
        b->modrm = 0x05;
        b->disp_size = 4;
        b->disp_fix = true;
        return ENC_OK;
    }
    if (base == R_NONE) { /* [disp32] or [index*s + disp32] via SIB base=101 */
        b->modrm = 0x04;
        b->has_sib = true;
        b->sib = (uint8_t)(scale_bits(o->scale) << 6 | 0x05);
        b->sib |= (uint8_t)((index != R_NONE ? reg_num(index) & 7 : 4) << 3);
        if (index != R_NONE)
            use_reg(b, index, 2);
        b->disp_size = 4;
        return ENC_OK;
    }
    use_reg(b, base, 1);
    if (o->reloc)
        b->disp_size = 4;
    else if (o->value == 0 && (reg_num(base) & 7) != 5)
        b->disp_size = 0;
    else if (o->value % b->n8 == 0 && fits(o->value / b->n8, -128, 127)) {
        b->disp_size = 1; /* EVEX: compressed disp8*N */
        b->disp = o->value / b->n8;
    } else
        b->disp_size = 4;
    b->modrm = (uint8_t)((b->disp_size == 0 ? 0 : b->disp_size == 1 ? 0x40 : 0x80));
    if (index == R_NONE && (reg_num(base) & 7) != 4 && !sib) {
        b->modrm |= (uint8_t)(reg_num(base) & 7);
        return ENC_OK;
    }
    b->modrm |= 0x04;
    b->has_sib = true;
    b->sib = (uint8_t)(scale_bits(o->scale) << 6 | (reg_num(base) & 7));
    b->sib |= (uint8_t)((index != R_NONE ? reg_num(index) & 7 : 4) << 3);
    if (index != R_NONE)
        use_reg(b, index, 2);
    return ENC_OK;
}

/* ModRM, SIB, displacement and the register parts of the REX prefix. */
static EncStatus build_operands(Build *b, const InsnRow *row, const EncOperand *ops)
{
    if (row->modrm == IM_NONE) {
        /* string forms (movs byte ptr [rdi], byte ptr fs:[rsi]): the
         * memory operands give the address size and a segment override */
        uint8_t seg = R_NONE;
        for (int k = 0; k < row->nops; k++) {
            if (ops[k].kind != EOP_MEM)
                continue;
            bool a32 = b->addr32;
            EncStatus st = check_mem(b, &ops[k], false);
            if (st != ENC_OK)
                return st;
            if (k > 0 && ops[k - 1].kind == EOP_MEM && a32 != b->addr32)
                return ENC_ERR_OPERANDS;
            if (b->seg != R_NONE)
                seg = b->seg;
        }
        b->seg = seg;
        return ENC_OK;
    }
    const EncOperand *rm = &ops[row->rm_op >= 0 ? row->rm_op : row->reg_op];
    if (row->modrm == IM_PLUSR) {
        use_reg(b, (Reg)rm->reg, 1);
        return ENC_OK;
    }
    if (row->modrm == IM_RREG) { /* 11:rrr:000 (tilezero) */
        const EncOperand *ro = &ops[row->reg_op];
        b->has_modrm = true;
        b->modrm = (uint8_t)(0xC0 | (reg_num((Reg)ro->reg) & 7) << 3);
        use_reg(b, (Reg)ro->reg, 4);
        return ENC_OK;
    }
    int regf = row->digit;
    if (row->reg_op >= 0) {
        const EncOperand *ro = &ops[row->reg_op];
        regf = reg_num((Reg)ro->reg) & 7;
        use_reg(b, (Reg)ro->reg, 4);
    }
    if (rm->kind == EOP_MEM) {
        const OpClassInfo *c = &insn_class_info[row->op[row->rm_op]];
        EncStatus st = build_mem(b, rm, row->rm_op, c->kind == OCK_MEM && c->rc != RC_NONE,
                                 c->kind == OCK_MEM && c->fixed == 1);
        if (st != ENC_OK)
            return st;
    } else {
        b->has_modrm = true;
        b->modrm = (uint8_t)(0xC0 | (reg_num((Reg)rm->reg) & 7));
        use_reg(b, (Reg)rm->reg, 1);
    }
    b->modrm |= (uint8_t)(regf << 3);
    return ENC_OK;
}

/* Is the row's 66 prefix the operand-size prefix (a 16-bit general
 * register or memory operand, or no sized operand at all) rather than part
 * of the opcode (pxor, adcx: a mandatory prefix)? */
static bool opsize66(const InsnRow *row)
{
    if (!(row->pfx & IP_66))
        return false;
    for (int k = 0; k < row->nops; k++) {
        int rc = insn_class_info[row->op[k]].rc;
        if (rc >= RC_MMX && rc <= RC_ZMM)
            return false; /* pextrw word ptr [m], xmm1, 1: 66 of the opcode */
    }
    if (row->opsize == 2)
        return true;
    for (int k = 0; k < row->nops; k++) {
        const OpClassInfo *c = &insn_class_info[row->op[k]];
        if ((c->kind == OCK_REG || c->kind == OCK_RM || c->kind == OCK_FIXREG) &&
            c->rc == RC_NONE && c->size == 2)
            return true;
    }
    return false;
}

static void put_mandatory(EncInsn *out, unsigned mand, unsigned prefixes)
{
    if (prefixes & EPFX_LOCK)
        put(out, 0xF0, 1);
    if (mand & IP_66)
        put(out, 0x66, 1);
    if (mand & IP_F2)
        put(out, 0xF2, 1);
    if (mand & IP_F3)
        put(out, 0xF3, 1);
}

static void emit_prefixes(Build *b, const InsnRow *row, unsigned prefixes)
{
    static const uint8_t segpfx[] = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65};
    EncInsn *out = b->out;
    bool o66 = opsize66(row);
    /* ml64 14.12's order (regress/enc ml64 column, doc/encoding-choices.md):
     * wait (9B of fstsw etc.); lock and the mandatory prefixes (66/F2/F3 of
     * the opcode) first when no REX follows; rep; 67; operand-size 66;
     * segment; lock and the mandatory prefixes here when a REX follows
     * (they stay next to REX and the opcode). */
    unsigned mand = (row->pfx & (IP_F2 | IP_F3)) | (o66 ? 0 : row->pfx & IP_66);
    bool mand_first = row->enc == IE_LEGACY && !b->rex_need;
    if (row->pfx & IP_9B)
        put(out, 0x9B, 1);
    if (mand_first)
        put_mandatory(out, mand, prefixes);
    if (prefixes & EPFX_REPNE)
        put(out, 0xF2, 1);
    if (prefixes & EPFX_REP)
        put(out, 0xF3, 1);
    if ((row->pfx & IP_67) || b->addr32)
        put(out, 0x67, 1);
    if (o66)
        put(out, 0x66, 1);
    if (b->seg != R_NONE)
        put(out, segpfx[reg_num((Reg)b->seg) % 6], 1);
    if (!mand_first)
        put_mandatory(out, mand, prefixes);
}

static void emit_tail(Build *b, const InsnRow *row, const EncOperand *ops, int nops)
{
    EncInsn *out = b->out;
    if (b->has_modrm)
        put(out, b->modrm, 1);
    if (b->has_sib)
        put(out, b->sib, 1);
    if (b->disp_size) {
        if (b->disp_fix)
            add_fix(out, EFIX_DISP, b->disp_op, b->disp_size);
        put(out, (uint64_t)b->disp, b->disp_size);
    }
    for (int k = 0, n = 0; k < nops; k++) {
        int kind = insn_class_info[row->op[k]].kind;
        if (kind == OCK_IMM) {
            int sz = row->imm[n++];
            if (ops[k].reloc)
                add_fix(out, EFIX_IMM, k, sz);
            put(out, (uint64_t)ops[k].value, sz);
        } else if (kind == OCK_REL) {
            add_fix(out, EFIX_REL, k, row->rel);
            put(out, 0, row->rel);
        } else if (kind == OCK_MEM && insn_class_info[row->op[k]].fixed == 2) {
            put(out, (uint64_t)ops[k].value, 8); /* moffs */
        }
    }
    if (row->is4_op >= 0)
        put(out, (uint64_t)(reg_num((Reg)ops[row->is4_op].reg) & 15) << 4, 1);
    if (row->suffix >= 0)
        put(out, (uint64_t)row->suffix, 1);
}

/* VEX prefix: 2-byte C5 whenever X, B, W and the map allow it (MASM and
 * GNU as agree, doc/encoding-choices.md), else 3-byte C4. */
static void emit_vex(Build *b, const InsnRow *row, const EncOperand *ops)
{
    unsigned r = !(b->rex & 4), x = !(b->rex & 2), bb = !(b->rex & 1);
    unsigned v = row->vvvv_op >= 0 ? (unsigned)reg_num((Reg)ops[row->vvvv_op].reg) & 15 : 0;
    unsigned tail = (~v & 15) << 3 | (unsigned)row->vl << 2 | row->pp;
    if (x && bb && !row->vexw && row->mmap == 1) {
        put(b->out, 0xC5, 1);
        put(b->out, r << 7 | tail, 1);
    } else {
        put(b->out, 0xC4, 1);
        put(b->out, r << 7 | x << 6 | bb << 5 | row->mmap, 1);
        put(b->out, (unsigned)row->vexw << 7 | tail, 1);
    }
}

/* EVEX prefix 62 P0 P1 P2 (SDM 2.7): R X B R' 0 0 mm | W vvvv 1 pp |
 * z L'L b V' aaa.  Registers 16-31: R' for ModRM.reg, X for a register in
 * ModRM.rm, V' for vvvv.  b is broadcast (memory) or rounding/SAE
 * (registers), where L'L holds the rounding mode (0 with {sae}, as GNU as). */
static void emit_evex(Build *b, const InsnRow *row, const EncOperand *ops, int nops)
{
    const EncOperand *rm = row->rm_op >= 0 ? &ops[row->rm_op] : NULL;
    unsigned reg = row->reg_op >= 0 ? (unsigned)reg_num((Reg)ops[row->reg_op].reg) : 0;
    unsigned v = row->vvvv_op >= 0 ? (unsigned)reg_num((Reg)ops[row->vvvv_op].reg) : 0;
    unsigned x = b->rex & 2 ? 1 : 0, bb = b->rex & 1, ll = row->vl, bit = 0, aaa = 0, z = 0;
    if (rm && rm->kind == EOP_REG && reg_class((Reg)rm->reg) != RC_NONE)
        x = (unsigned)reg_num((Reg)rm->reg) >> 4 & 1;
    if (rm && rm->kind == EOP_MEM && rm->index != R_NONE && is_vreg((Reg)rm->index))
        v |= (unsigned)reg_num((Reg)rm->index) & 16; /* VSIB: V' extends the index */
    for (int k = 0; k < nops; k++) {
        aaa |= ops[k].opmask;
        z |= ops[k].zeroing;
        if (ops[k].bcst)
            bit = 1;
        if (ops[k].rounding) {
            bit = 1;
            ll = ops[k].rounding == ERND_SAE ? 0 : (unsigned)ops[k].rounding - ERND_RN;
        }
    }
    put(b->out, 0x62, 1);
    put(b->out, (~reg & 8) << 4 | (x ^ 1) << 6 | (bb ^ 1) << 5 | (~reg & 16) | row->mmap, 1);
    put(b->out, (unsigned)row->vexw << 7 | (~v & 15) << 3 | 4 | row->pp, 1);
    put(b->out, z << 7 | ll << 5 | bit << 4 | (~v & 16) >> 1 | aaa, 1);
}

/* EVEX disp8*N (SDM 2.7.5): for nearly every tuple type N comes down to
 * the size of the memory operand, or the element size when it is
 * broadcast; rows of other tuple types (Tuple1 Scalar of compress/expand)
 * give N (disp8=). */
static int disp8_scale(const InsnRow *row, const EncOperand *ops, int nops)
{
    if (row->enc != IE_EVEX || row->rm_op < 0 || ops[row->rm_op].kind != EOP_MEM)
        return 1;
    (void)nops;
    if (ops[row->rm_op].bcst)
        return row->bcst;
    if (row->n8)
        return row->n8;
    int n = insn_class_info[row->op[row->rm_op]].msize;
    return n ? n : 1;
}

static EncStatus build(const InsnRow *row, unsigned prefixes, const EncOperand *ops, int nops,
                       EncInsn *out)
{
    Build b;
    memset(&b, 0, sizeof b);
    memset(out, 0, sizeof *out);
    b.out = out;
    b.seg = R_NONE;
    b.n8 = disp8_scale(row, ops, nops);
    if (row->pfx & IP_REXW) {
        b.rex |= 8;
        b.rex_need = true;
    }
    for (int k = 0; k < nops; k++)
        if (ops[k].kind == EOP_REG)
            use_reg(&b, (Reg)ops[k].reg, 0); /* plain REX / ah checks */
    EncStatus st = build_operands(&b, row, ops);
    if (st != ENC_OK)
        return st;
    if (b.rex_need && b.high8)
        return ENC_ERR_REX_AH;
    if (row->enc != IE_LEGACY && ((prefixes & ~(unsigned)EPFX_VEX) || b.high8))
        return ENC_ERR_OPERANDS;
    emit_prefixes(&b, row, prefixes);
    if (row->enc == IE_VEX)
        emit_vex(&b, row, ops);
    else if (row->enc == IE_EVEX)
        emit_evex(&b, row, ops, nops);
    else if (b.rex_need)
        put(out, 0x40u | b.rex, 1);
    for (int i = 0; i < row->nopc; i++) {
        uint8_t op = row->opc[i];
        if (row->modrm == IM_PLUSR && i == row->nopc - 1)
            op = (uint8_t)(op + (reg_num((Reg)ops[row->rm_op].reg) & 7));
        put(out, op, 1);
    }
    emit_tail(&b, row, ops, nops);
    return ENC_OK;
}

/* Rows flagged vex2 (register-register moves): when a later row of the
 * mnemonic also takes the operands and encodes shorter (a 2-byte VEX
 * instead of a 3-byte one, by swapping the ModRM roles), use it, as ml64
 * and GNU as do (doc/encoding-choices.md). */
static void shorter_alternative(Mnemonic mn, int i, unsigned prefixes, const EncOperand *ops,
                                int nops, EncInsn *out)
{
    for (int j = i + 1; j < insn_first[mn + 1]; j++) {
        EncInsn alt;
        if (insn_rows[j].enc == insn_rows[i].enc && match_row(&insn_rows[j], ops, nops) == RANK_OK &&
            build(&insn_rows[j], prefixes, ops, nops, &alt) == ENC_OK && alt.len < out->len) {
            *out = alt;
            return;
        }
    }
}

/* A vector register written first in a memory operand ([xmm2+rax],
 * [xmm2]) is the VSIB index: with a general or no index of scale 1 the
 * two swap, as GNU as reads them. */
static const EncOperand *vsib_order(const EncOperand *ops, int nops, EncOperand *tmp)
{
    const EncOperand *res = ops;
    for (int k = 0; k < nops; k++) {
        const EncOperand *o = &ops[k];
        if (o->kind != EOP_MEM || o->base == R_NONE || !is_vreg((Reg)o->base) ||
            (o->index != R_NONE && (o->scale > 1 || is_vreg((Reg)o->index))))
            continue;
        if (res == ops)
            res = memcpy(tmp, ops, sizeof *ops * (size_t)nops);
        tmp[k].base = o->index;
        tmp[k].index = o->base;
        tmp[k].scale = 1;
    }
    return res;
}

/* MASM infers the size of an unsized memory operand when every form the
 * other operands allow has the same memory size (vmovaps xmm1, [rax] is
 * m128; cvtsi2sd xmm0, [rax] stays ambiguous).  Returns the row index and
 * fills probe with the operand sized, or -1. */
static int infer_memory_size(Mnemonic mn, unsigned prefixes, const EncOperand *ops, int nops,
                             EncOperand *probe)
{
    int k = -1;
    for (int j = 0; j < nops; j++)
        if (ops[j].kind == EOP_MEM && ops[j].size == 0 && !ops[j].bcst) {
            k = j;
            break;
        }
    if (k < 0)
        return -1;
    int chosen = -1, size = 0;
    for (int i = insn_first[mn]; i < insn_first[mn + 1]; i++) {
        const InsnRow *row = &insn_rows[i];
        if (row->nops != nops || ((prefixes & EPFX_VEX) && row->enc != IE_VEX))
            continue;
        const OpClassInfo *c = &insn_class_info[row->op[k]];
        int csize = c->msize ? c->msize : c->size;
        if (!csize)
            continue;
        EncOperand sized[4];
        memcpy(sized, ops, (size_t)nops * sizeof *ops);
        sized[k].size = (uint8_t)csize;
        if (match_row(row, sized, nops) != RANK_OK)
            continue;
        if (chosen < 0) {
            chosen = i;
            size = csize;
            memcpy(probe, sized, (size_t)nops * sizeof *ops);
        } else if (csize != size) {
            return -1;
        }
    }
    return chosen;
}

/* The first row, in table order, whose classes accept the operands, or -1
 * with *best the most specific reason none did. */
static int first_row(Mnemonic mn, unsigned prefixes, const EncOperand *ops, int nops, int *best)
{
    *best = RANK_OPERANDS;
    for (int i = insn_first[mn]; i < insn_first[mn + 1]; i++) {
        if ((prefixes & EPFX_VEX) && insn_rows[i].enc != IE_VEX)
            continue; /* {vex}: VEX rows only */
        int r = match_row(&insn_rows[i], ops, nops);
        if (r == RANK_OK)
            return i;
        *best = r > *best ? r : *best;
    }
    return -1;
}

/* Encode with row i, the row first_row chose. */
static EncStatus encode_row(Mnemonic mn, int i, unsigned prefixes, const EncOperand *ops,
                            int nops, EncInsn *out)
{
    EncStatus st = build(&insn_rows[i], prefixes, ops, nops, out);
    for (int k = 0; k < nops && st == ENC_OK; k++)
        if (ops[k].kind == EOP_IMM && sext32_imm(&insn_rows[i], ops, &ops[k]))
            out->sext32 = true;
    if (st == ENC_OK && (insn_rows[i].flags & IF_VEX2))
        shorter_alternative(mn, i, prefixes, ops, nops, out);
    return st;
}

/* No row took the operands: infer the size of an unsized memory operand,
 * or report the reason. */
static EncStatus no_row(Mnemonic mn, unsigned prefixes, const EncOperand *ops, int nops,
                        int best, EncInsn *out)
{
    if (best == RANK_NOSIZE) {
        EncOperand probe[4];
        int i = infer_memory_size(mn, prefixes, ops, nops, probe);
        if (i >= 0)
            return enc_encode(mn, prefixes, probe, nops, out);
    }
    return rank_status[best];
}

EncStatus enc_encode(Mnemonic mn, unsigned prefixes, const EncOperand *ops, int nops,
                     EncInsn *out)
{
    int best;
    EncOperand tmp[4];
    if (mn <= MN_NONE || mn >= MN_COUNT || nops < 0 || nops > 4)
        return ENC_ERR_OPERANDS;
    ops = vsib_order(ops, nops, tmp);
    int i = first_row(mn, prefixes, ops, nops, &best);
    if (i >= 0)
        return encode_row(mn, i, prefixes, ops, nops, out);
    return no_row(mn, prefixes, ops, nops, best, out);
}

/* ---- the row cache -------------------------------------------------------- */

/* The key holds every operand field that match_row and its helpers read
 * (all but a memory or branch operand's displacement, scale and segment,
 * of which only far_absolute counts; an immediate's value by imm_class),
 * so the row first_row would choose is the one stored.  Direct-mapped: a
 * miss overwrites its slot. */
enum { ENC_CACHE_SLOTS = 4096 };

typedef struct EncKeyOp {
    int64_t value; /* EOP_IMM only: imm_class */
    uint8_t kind, reg, base, index, size, rel_size, imm_size, flags;
    uint8_t opmask, bcst, rounding, pad[5];
} EncKeyOp;

struct EncCacheEnt {
    uint16_t mn;
    uint8_t vex;  /* {vex} prefix */
    uint8_t nops;
    int32_t row;  /* row index + 1; 0 = empty slot */
    EncKeyOp ops[4];
};

/* An immediate's value as match_imm and sext32_imm see it: exact in
 * -128..255 (the imm8 ranges, the fixed 1 and 3), else the range it falls
 * in (each of their tests has one answer on each range). */
static int64_t imm_class(int64_t v)
{
    int r;
    if (v >= -128 && v <= 255)
        return v;
    if (v < INT32_MIN)
        r = 1;
    else if (v < -32768)
        r = 2;
    else if (v < -128)
        r = 3;
    else if (v <= 65407) /* 65408..65535 are an imm8 as a word (-128..-1) */
        r = 4;
    else if (v <= 65535)
        r = 5;
    else if (v <= INT32_MAX)
        r = 6;
    else if (v < (int64_t)UINT32_MAX - 127) /* the rest: an imm8 as a dword */
        r = 7;
    else if (v <= (int64_t)UINT32_MAX)
        r = 8;
    else
        r = 9;
    return INT64_MIN + r;
}

static void key_op(EncKeyOp *k, const EncOperand *o)
{
    memset(k, 0, sizeof *k);
    k->kind = o->kind;
    k->reg = o->reg;
    k->base = o->base;
    k->index = o->index;
    k->size = o->size;
    k->rel_size = o->rel_size;
    k->imm_size = o->imm_size;
    k->flags = (uint8_t)((o->reloc ? 1 : 0) | (o->is_signed ? 2 : 0) | (o->reloc32 ? 4 : 0) |
                         (o->zeroing ? 8 : 0) | (far_absolute(o) ? 16 : 0));
    k->opmask = o->opmask;
    k->bcst = o->bcst;
    k->rounding = o->rounding;
    if (o->kind == EOP_IMM)
        k->value = imm_class(o->value);
}

EncStatus enc_encode_cached(EncCache *c, Mnemonic mn, unsigned prefixes, const EncOperand *ops,
                            int nops, EncInsn *out)
{
    EncOperand tmp[4];
    if (mn <= MN_NONE || mn >= MN_COUNT || nops < 0 || nops > 4)
        return ENC_ERR_OPERANDS;
    if (!c->slots) /* the encoder links without os.c (build/enctest): no xmalloc */
        c->slots = calloc(ENC_CACHE_SLOTS, sizeof *c->slots);
    if (!c->slots)
        return enc_encode(mn, prefixes, ops, nops, out);
    ops = vsib_order(ops, nops, tmp);
    EncKeyOp key[4];
    uint64_t h = (uint64_t)mn * 0x9E3779B97F4A7C15u ^ (uint64_t)nops ^
                 ((prefixes & EPFX_VEX) ? 0x100u : 0);
    for (int k = 0; k < nops; k++) {
        uint64_t w[3];
        key_op(&key[k], &ops[k]);
        memcpy(w, &key[k], sizeof w);
        h = (h ^ w[0]) * 0x100000001B3u;
        h = (h ^ w[1]) * 0x100000001B3u;
        h = (h ^ w[2]) * 0x100000001B3u;
    }
    h ^= h >> 29;
    struct EncCacheEnt *e = &c->slots[(h * 0x9E3779B97F4A7C15u) >> 52 & (ENC_CACHE_SLOTS - 1)];
    uint8_t vex = (prefixes & EPFX_VEX) ? 1 : 0;
    if (e->row && e->mn == mn && e->vex == vex && e->nops == nops &&
        memcmp(e->ops, key, (size_t)nops * sizeof *key) == 0)
        return encode_row(mn, e->row - 1, prefixes, ops, nops, out);
    int best;
    int i = first_row(mn, prefixes, ops, nops, &best);
    if (i < 0)
        return no_row(mn, prefixes, ops, nops, best, out);
    e->mn = (uint16_t)mn;
    e->vex = vex;
    e->nops = (uint8_t)nops;
    e->row = i + 1;
    memcpy(e->ops, key, (size_t)nops * sizeof *key);
    return encode_row(mn, i, prefixes, ops, nops, out);
}

void enc_cache_free(EncCache *c)
{
    free(c->slots);
    c->slots = NULL;
}

EncOperand opr_reg(Reg r)
{
    EncOperand o;
    memset(&o, 0, sizeof o);
    o.kind = EOP_REG;
    o.reg = (uint8_t)r;
    o.size = (uint8_t)reg_size(r);
    return o;
}

EncOperand opr_imm(int64_t v)
{
    EncOperand o;
    memset(&o, 0, sizeof o);
    o.kind = EOP_IMM;
    o.value = v;
    o.is_signed = v < 0;
    return o;
}

EncOperand opr_mem(Reg base, int32_t disp, uint8_t size)
{
    EncOperand o;
    memset(&o, 0, sizeof o);
    o.kind = EOP_MEM;
    o.base = (uint8_t)base;
    o.scale = 1;
    o.size = size;
    o.value = disp;
    return o;
}

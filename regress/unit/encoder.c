/* encoder.c: unit tests of the encoder's row cache (src/encoder.c,
 * include/encoder.h).  The contract of enc_encode_cached is "the same
 * result as enc_encode": status and bytes, whether the row came from the
 * cache (an earlier operand of the same shape, another immediate of the
 * same range) or not. */
#include "unit.h"
#include "encoder.h"
#include <stdlib.h>
#include <string.h>

static EncOperand mem_op(Reg base, Reg index, int size, int64_t disp)
{
    EncOperand o;
    memset(&o, 0, sizeof o);
    o.kind = EOP_MEM;
    o.base = (uint8_t)base;
    o.index = (uint8_t)index;
    o.scale = index == R_NONE ? 1 : 4;
    o.seg = R_NONE;
    o.size = (uint8_t)size;
    o.value = disp;
    return o;
}

static EncOperand imm_op(int64_t v, bool is_signed, int imm_size, bool reloc)
{
    EncOperand o;
    memset(&o, 0, sizeof o);
    o.kind = EOP_IMM;
    o.value = v;
    o.is_signed = is_signed;
    o.imm_size = (uint8_t)imm_size;
    o.reloc = reloc;
    return o;
}

/* Operands on both sides of every range test of the immediate matching,
 * registers of each class, memory of each size, branch targets. */
static int operands(EncOperand *v)
{
    static const int64_t imms[] = {
        INT64_MIN, (int64_t)INT32_MIN - 1, INT32_MIN, -32769, -32768, -129, -128, -1, 0, 1,
        2, 3, 127, 128, 255, 256, 32767, 32768, 65407, 65408, 65535, 65536, INT32_MAX,
        (int64_t)INT32_MAX + 1, (int64_t)UINT32_MAX - 128, (int64_t)UINT32_MAX - 127,
        (int64_t)UINT32_MAX, (int64_t)UINT32_MAX + 1, INT64_MAX};
    static const Reg regs[] = {R_AL, R_AH, R_CL, R_SPL, R_AX, R_DX, R_EAX, R_R8D, R_RAX,
                               R_R8, R_XMM0, R_XMM16, R_YMM1, R_ZMM2, R_K1, R_ES};
    static const int sizes[] = {0, 1, 2, 4, 8, 16, 32};
    int n = 0;
    for (size_t i = 0; i < sizeof regs / sizeof *regs; i++)
        v[n++] = opr_reg(regs[i]);
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
        v[n++] = mem_op(R_RBX, R_NONE, sizes[i], 8);
    v[n++] = mem_op(R_EBX, R_ECX, 4, 0x1000);
    v[n++] = mem_op(R_RIP, R_NONE, 8, 0);
    v[n++] = mem_op(R_RAX, R_XMM1, 4, 0);
    /* absolute: disp32, then the same shape out of its range (moffs) */
    v[n++] = mem_op(R_NONE, R_NONE, 4, 0x1000);
    v[n++] = mem_op(R_NONE, R_NONE, 4, 0x80000000);
    v[n++] = mem_op(R_NONE, R_NONE, 0, 0x1000);
    v[n++] = mem_op(R_NONE, R_NONE, 0, -0x80000001LL);
    for (size_t i = 0; i < sizeof imms / sizeof *imms; i++) {
        v[n++] = imm_op(imms[i], imms[i] < 0, 0, false);
        v[n++] = imm_op(imms[i], false, i % 3 == 0 ? 4 : i % 3 == 1 ? 8 : 0, i % 5 == 0);
    }
    EncOperand rel;
    memset(&rel, 0, sizeof rel);
    rel.kind = EOP_REL;
    rel.rel_size = 1;
    v[n++] = rel;
    rel.rel_size = 4;
    v[n++] = rel;
    return n;
}

static int same_result(Mnemonic mn, EncCache *c, const EncOperand *ops, int nops)
{
    EncInsn a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    EncStatus sa = enc_encode(mn, 0, ops, nops, &a);
    EncStatus sb = enc_encode_cached(c, mn, 0, ops, nops, &b);
    if (sa != sb)
        return 0;
    return sa != ENC_OK || memcmp(&a, &b, sizeof a) == 0;
}

/* Every mnemonic with one and two operands (and a third immediate for
 * every two-register form), twice over: the second round finds every
 * shape in the cache. */
void test_enc_encode_cached(void)
{
    EncOperand v[128];
    int n = operands(v);
    EncCache c = {0};
    long bad = 0;
    for (int round = 0; round < 2; round++)
        for (int mn = MN_NONE + 1; mn < MN_COUNT; mn++) {
            for (int i = 0; i < n; i++) {
                bad += !same_result((Mnemonic)mn, &c, &v[i], 1);
                for (int j = 0; j < n; j++) {
                    EncOperand ops[3] = {v[i], v[j], v[j]};
                    if (v[i].kind == EOP_IMM || v[i].kind == EOP_REL)
                        break;
                    bad += !same_result((Mnemonic)mn, &c, ops, 2);
                    if (v[j].kind == EOP_IMM && i < 16) {
                        ops[1] = v[i];
                        ops[2] = v[j];
                        bad += !same_result((Mnemonic)mn, &c, ops, 3);
                    }
                }
            }
        }
    CHECK_EQ(bad, 0);
    enc_cache_free(&c);
}

/* simd.c - driver for samples/simd.asm: each SIMD routine against a C
 * reference or a published test vector.  A part whose instruction set the
 * CPU (cpuid) or the OS (xgetbv) lacks is skipped with the same output
 * line, so that the expected output does not depend on the machine; the
 * reason goes to stderr. */
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void aes128_expand(const uint8_t key[16], uint8_t round_keys[176]);
void aes128_encrypt(const uint8_t round_keys[176], const uint8_t in[16], uint8_t out[16]);
void sha256_rnds2(uint32_t cdgh[4], const uint32_t abef[4], const uint32_t wk[4]);
int32_t sum_avx2(const int32_t *p, size_t n);
int32_t masked_sum512(const int32_t p[16], uint32_t mask, const int32_t *bias);

static unsigned xcr0(void)
{
    unsigned lo, hi;
    __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return lo;
}

/* leaf 1 ecx/edx, leaf 7 ebx; OS state: XMM|YMM (6), opmask|ZMM (0xE0) */
static int have(const char *what)
{
    unsigned a, b, c = 0, d, b7 = 0, c7, d7, x = 0;
    __get_cpuid(1, &a, &b, &c, &d);
    __get_cpuid_count(7, 0, &a, &b7, &c7, &d7);
    if (c & (1u << 27))
        x = xcr0();
    if (!strcmp(what, "aes"))
        return (c >> 25) & 1;
    if (!strcmp(what, "sha"))
        return (b7 >> 29) & 1;
    if (!strcmp(what, "avx2"))
        return ((b7 >> 5) & 1) && (x & 6) == 6;
    return ((b7 >> 16) & 1) && (x & 0xE6) == 0xE6; /* avx512f */
}

static uint32_t ror(uint32_t x, int n) { return x >> n | x << (32 - n); }

/* Two SHA-256 rounds (FIPS 180-4), the reference for sha256rnds2. */
static void rnds2_ref(uint32_t cdgh[4], const uint32_t abef[4], const uint32_t wk[4])
{
    uint32_t A = abef[3], B = abef[2], E = abef[1], F = abef[0];
    uint32_t C = cdgh[3], D = cdgh[2], G = cdgh[1], H = cdgh[0];
    for (int i = 0; i < 2; i++) {
        uint32_t t1 = H + (ror(E, 6) ^ ror(E, 11) ^ ror(E, 25)) + ((E & F) ^ (~E & G)) + wk[i];
        uint32_t t2 = (ror(A, 2) ^ ror(A, 13) ^ ror(A, 22)) + ((A & B) ^ (A & C) ^ (B & C));
        H = G; G = F; F = E; E = D + t1; D = C; C = B; B = A; A = t1 + t2;
    }
    cdgh[3] = A; cdgh[2] = B; cdgh[1] = E; cdgh[0] = F;
}

static void report(const char *name, int supported, int ok)
{
    if (!supported)
        fprintf(stderr, "%s: not supported here, skipped\n", name);
    printf("%s: %s\n", name, !supported || ok ? "ok" : "MISMATCH");
}

int main(void)
{
    /* FIPS-197 appendix C.1 */
    static const uint8_t key[16] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    static const uint8_t pt[16] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                   0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};
    static const uint8_t ct[16] = {0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30,
                                   0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4, 0xc5, 0x5a};
    /* FIPS-197 appendix C.1: round[10].k_sch, the last round key */
    static const uint8_t rk10[16] = {0x13, 0x11, 0x1d, 0x7f, 0xe3, 0x94, 0x4a, 0x17,
                                     0xf3, 0x07, 0xa7, 0x8b, 0x4d, 0x2b, 0x30, 0xc5};
    uint8_t rk[176], out[16];
    int ok = 0, sup = have("aes");
    if (sup) {
        aes128_expand(key, rk);
        aes128_encrypt(rk, pt, out);
        ok = memcmp(rk + 160, rk10, 16) == 0 && memcmp(out, ct, 16) == 0;
    }
    report("aes-128", sup, ok);

    /* SHA-256 initial state, rounds 0 and 1 of the empty message's block */
    uint32_t abef[4] = {0x9b05688c, 0x510e527f, 0xbb67ae85, 0x6a09e667};
    uint32_t cdgh[4] = {0x5be0cd19, 0x1f83d9ab, 0xa54ff53a, 0x3c6ef372};
    uint32_t wk[4] = {0x428a2f98 + 0x80000000u, 0x71374491, 0, 0};
    uint32_t ref[4];
    memcpy(ref, cdgh, sizeof ref);
    rnds2_ref(ref, abef, wk);
    sup = have("sha");
    if (sup)
        sha256_rnds2(cdgh, abef, wk);
    report("sha256rnds2", sup, memcmp(cdgh, ref, sizeof ref) == 0);

    int32_t v[64], want = 0;
    for (int i = 0; i < 64; i++) {
        v[i] = i * i * 37 - 1000 * (i & 3);
        want += v[i];
    }
    sup = have("avx2");
    report("avx2 sum", sup, sup && sum_avx2(v, 64) == want);

    uint32_t mask = 0xA5C3;
    int32_t bias = 7, want512 = 0;
    for (int i = 0; i < 16; i++)
        if (mask >> i & 1)
            want512 += v[i] + bias;
    sup = have("avx512f");
    report("avx512 masked sum", sup, sup && masked_sum512(v, mask, &bias) == want512);
    return 0;
}

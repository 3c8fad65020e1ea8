/* newisa.c - driver for samples/newisa.asm (issue 14 families): each part
 * against a C reference.  A part whose instruction set the CPU (cpuid) or
 * the OS (xgetbv) lacks is skipped with the same output line, so that the
 * expected output does not depend on the machine; the reason goes to
 * stderr. */
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void fp16_axpy(const uint16_t *a, const uint16_t x[32], const uint16_t y[32], float out[32]);
int32_t vnni_dot(const uint8_t a[32], const int8_t b[32]);
float bf16_dot(const uint16_t a[32], const uint16_t b[32]);
void copy64(void *dst, const void *src);

static unsigned xcr0(void)
{
    unsigned lo, hi;
    __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return lo;
}

/* leaf 7.0 edx bit 23 AVX512-FP16, ecx bit 28 MOVDIR64B; leaf 7.1 eax
 * bit 4 AVX-VNNI, bit 5 AVX512-BF16; OS state XMM|YMM (6), ZMM (0xE0) */
static int have(const char *what)
{
    unsigned a, b, c = 0, d, a71 = 0, b7 = 0, c7 = 0, d7 = 0, x = 0, t;
    __get_cpuid(1, &a, &b, &c, &d);
    __get_cpuid_count(7, 0, &a, &b7, &c7, &d7);
    __get_cpuid_count(7, 1, &a71, &t, &t, &t);
    if (c & (1u << 27))
        x = xcr0();
    int zmm = ((b7 >> 16) & 1) && ((b7 >> 30) & 1) && (x & 0xE6) == 0xE6; /* F, BW */
    if (!strcmp(what, "fp16"))
        return zmm && ((d7 >> 23) & 1);
    if (!strcmp(what, "vnni"))
        return ((b7 >> 5) & 1) && ((a71 >> 4) & 1) && (x & 6) == 6;
    if (!strcmp(what, "bf16"))
        return zmm && ((a71 >> 5) & 1);
    return (c7 >> 28) & 1; /* movdir64b */
}

static void report(const char *name, int supported, int ok)
{
    if (!supported)
        fprintf(stderr, "%s: not supported here, skipped\n", name);
    printf("%s: %s\n", name, !supported || ok ? "ok" : "MISMATCH");
}

/* IEEE half and bfloat16 bits of a small integer (exact) */
static uint16_t half_of(int v)
{
    uint16_t s = v < 0 ? 0x8000 : 0;
    unsigned m = (unsigned)(v < 0 ? -v : v);
    int e = 0;
    if (!m)
        return s;
    while ((m >> e) > 1)
        e++;
    return (uint16_t)(s | (e + 15) << 10 | ((m << 10 >> e) & 0x3FF));
}

static uint16_t bf16_of(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return (uint16_t)(u >> 16);
}

int main(void)
{
    uint16_t a = half_of(3), x[32], y[32];
    float out[32];
    int ok = 1, sup = have("fp16");
    for (int i = 0; i < 32; i++) {
        x[i] = half_of(i - 10);
        y[i] = half_of(100 - 2 * i);
    }
    if (sup) {
        fp16_axpy(&a, x, y, out);
        for (int i = 0; i < 32; i++)
            ok &= out[i] == (float)(3 * (i - 10) + 100 - 2 * i);
    }
    report("avx512-fp16 axpy", sup, ok);

    uint8_t ua[32];
    int8_t sb[32];
    int32_t ref = 0;
    for (int i = 0; i < 32; i++) {
        ua[i] = (uint8_t)(200 + i);
        sb[i] = (int8_t)(i * 7 - 100);
        ref += ua[i] * sb[i];
    }
    sup = have("vnni");
    report("avx-vnni dot", sup, sup && vnni_dot(ua, sb) == ref);

    uint16_t ba[32], bb[32];
    float fref = 0;
    for (int i = 0; i < 32; i++) {
        ba[i] = bf16_of((float)(i - 16));
        bb[i] = bf16_of((float)(i % 5));
        fref += (float)(i - 16) * (float)(i % 5);
    }
    sup = have("bf16");
    report("avx512-bf16 dot", sup, sup && bf16_dot(ba, bb) == fref);

    static _Alignas(64) uint8_t dst[64];
    uint8_t src[64];
    for (int i = 0; i < 64; i++)
        src[i] = (uint8_t)(i * 3 + 1);
    sup = have("movdir64b");
    if (sup)
        copy64(dst, src);
    report("movdir64b copy", sup, sup && memcmp(dst, src, 64) == 0);
    return 0;
}

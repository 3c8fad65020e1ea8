/* Known-answer driver for NSS's fixed-size Comba multiply/square kernels
 * s_mp_mul_comba_N(A, B, C) and s_mp_sqr_comba_N(A, C) for N = 4, 8, 16,
 * 32 on NSS's integer layout {unsigned sign, alloc, used; digit *dp}.
 * Answers: a schoolbook product in C with unsigned __int128 over all-ones
 * and pseudo-random operands (the kernels' digits must equal it; used
 * must be 2N less the leading zero digits). */
#include <stdio.h>
#include <string.h>

typedef unsigned long long digit;
typedef struct { unsigned sign, alloc, used; digit *dp; } mpint;
#define K(n) extern void s_mp_mul_comba_##n(const mpint *, const mpint *, mpint *); \
	     extern void s_mp_sqr_comba_##n(const mpint *, mpint *);
K(4) K(8) K(16) K(32)

static digit seed = 0x243f6a8885a308d3ull;
static digit rnd(void)
{
	seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
	return seed;
}

static void school(const digit *a, const digit *b, int n, digit *w)
{
	int i, j;
	memset(w, 0, 2 * n * sizeof *w);
	for (i = 0; i < n; i++) {
		digit c = 0;
		for (j = 0; j < n; j++) {
			unsigned __int128 p = (unsigned __int128)a[i] * b[j] + w[i + j] + c;
			w[i + j] = (digit)p; c = (digit)(p >> 64);
		}
		w[i + n] = c;
	}
}

int main(void)
{
	static digit a[32], b[32], r[64], w[64];
	mpint A, B, C;
	int sizes[4] = {4, 8, 16, 32}, s, pat, i, sq, fails = 0, checks = 0;
	for (s = 0; s < 4; s++)
		for (pat = 0; pat < 3; pat++)
			for (sq = 0; sq < 2; sq++) {
				int n = sizes[s], used = 2 * n;
				for (i = 0; i < n; i++) {
					a[i] = pat == 0 ? ~0ull : rnd();
					b[i] = sq ? a[i] : pat == 0 ? ~0ull : rnd();
				}
				if (pat == 2)
					a[n - 1] = b[n - 1] = 1; /* a short top digit */
				school(a, b, n, w);
				while (used > 0 && w[used - 1] == 0)
					used--;
				A.sign = B.sign = 0; A.alloc = B.alloc = A.used = B.used = n;
				A.dp = a; B.dp = b;
				C.sign = 0; C.alloc = 64; C.used = 0; C.dp = r;
				memset(r, 0x55, sizeof r);
				switch (n * 2 + sq) {
				case 8: s_mp_mul_comba_4(&A, &B, &C); break;
				case 9: s_mp_sqr_comba_4(&A, &C); break;
				case 16: s_mp_mul_comba_8(&A, &B, &C); break;
				case 17: s_mp_sqr_comba_8(&A, &C); break;
				case 32: s_mp_mul_comba_16(&A, &B, &C); break;
				case 33: s_mp_sqr_comba_16(&A, &C); break;
				case 64: s_mp_mul_comba_32(&A, &B, &C); break;
				default: s_mp_sqr_comba_32(&A, &C); break;
				}
				checks++;
				if ((memcmp(r, w, 2 * n * sizeof *r) || C.used != (unsigned)used) &&
				    fails++ == 0)
					printf("mismatch: %s %d pattern %d (used %u, want %d)\n",
					       sq ? "sqr" : "mul", n, pat, C.used, used);
			}
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}

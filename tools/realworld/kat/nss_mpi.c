/* Known-answer driver for NSS's 64-bit multiply-accumulate vector kernels:
 *   digit s_mpv_mul_set_vec64(digit *r, digit *a, unsigned len, digit b); r = a*b
 *   digit s_mpv_mul_add_vec64(digit *r, digit *a, unsigned len, digit b); r += a*b
 * (both return the carry digit).  Answers: a schoolbook product in C with
 * unsigned __int128, for lengths 1..40 (callers never pass 0) and operands with all-ones,
 * zero and pseudo-random digits. */
#include <stdio.h>
#include <string.h>

typedef unsigned long long digit;
extern digit s_mpv_mul_set_vec64(digit *r, digit *a, unsigned len, digit b);
extern digit s_mpv_mul_add_vec64(digit *r, digit *a, unsigned len, digit b);

static digit seed = 0x9e3779b97f4a7c15ull;
static digit rnd(void)
{
	seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
	return seed;
}

int main(void)
{
	digit a[64], r[64], w[64], b, c, wc;
	int len, pat, i, fails = 0, checks = 0;
	for (pat = 0; pat < 4; pat++)
		for (len = 1; len <= 40; len++) {
			for (i = 0; i < len; i++)
				a[i] = pat == 0 ? ~0ull : pat == 1 ? 0 : rnd();
			b = pat == 0 ? ~0ull : rnd();
			/* set */
			wc = 0;
			for (i = 0; i < len; i++) {
				unsigned __int128 p = (unsigned __int128)a[i] * b + wc;
				w[i] = (digit)p; wc = (digit)(p >> 64);
			}
			memset(r, 0x55, sizeof r);
			c = s_mpv_mul_set_vec64(r, a, len, b);
			checks++;
			if ((c != wc || memcmp(r, w, len * sizeof *r)) && fails++ == 0)
				printf("mismatch: mul_set pattern %d length %d\n", pat, len);
			/* add */
			for (i = 0; i < len; i++)
				r[i] = w[i] = rnd();
			wc = 0;
			for (i = 0; i < len; i++) {
				unsigned __int128 p = (unsigned __int128)a[i] * b + w[i] + wc;
				w[i] = (digit)p; wc = (digit)(p >> 64);
			}
			c = s_mpv_mul_add_vec64(r, a, len, b);
			checks++;
			if ((c != wc || memcmp(r, w, len * sizeof *r)) && fails++ == 0)
				printf("mismatch: mul_add pattern %d length %d\n", pat, len);
		}
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}

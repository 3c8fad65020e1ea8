/* Known-answer driver for NSS's AES-NI ECB kernels:
 *   void intel_aes_{en,de}crypt_init_{128,192,256}(const uchar *key, uint32 *ks);
 *   int  intel_aes_{en,de}crypt_ecb_{128,192,256}(void *ks, uchar *out,
 *            unsigned *outlen, unsigned max, const uchar *in, unsigned inlen);
 * (the key schedule is the first member of the context the kernels take).
 * Answers: FIPS-197 appendix C (one block per key size) and the last
 * round key of the AES-128 expansion of appendix A.1; 9 blocks (the
 * 8-block loop and the 1-block loop) must decrypt back. */
#include <stdio.h>
#include <string.h>

typedef unsigned char uchar;
#define K(n) \
	extern void intel_aes_encrypt_init_##n(const uchar *, unsigned *); \
	extern void intel_aes_decrypt_init_##n(const uchar *, unsigned *); \
	extern int intel_aes_encrypt_ecb_##n(void *, uchar *, unsigned *, unsigned, const uchar *, unsigned); \
	extern int intel_aes_decrypt_ecb_##n(void *, uchar *, unsigned *, unsigned, const uchar *, unsigned);
K(128) K(192) K(256)

static int fails, checks;
static void expect(const char *what, const uchar *got, const uchar *want, size_t n)
{
	checks++;
	if (memcmp(got, want, n) && fails++ == 0) {
		size_t i;
		printf("mismatch: %s: got", what);
		for (i = 0; i < n && i < 16; i++) printf(" %02x", got[i]);
		printf("\n");
	}
}

int main(void)
{
	static const uchar c128[16] = {0x69,0xc4,0xe0,0xd8,0x6a,0x7b,0x04,0x30,0xd8,0xcd,0xb7,0x80,0x70,0xb4,0xc5,0x5a};
	static const uchar c192[16] = {0xdd,0xa9,0x7c,0xa4,0x86,0x4c,0xdf,0xe0,0x6e,0xaf,0x70,0xa0,0xec,0x0d,0x71,0x91};
	static const uchar c256[16] = {0x8e,0xa2,0xb7,0xca,0x51,0x67,0x45,0xbf,0xea,0xfc,0x49,0x90,0x4b,0x49,0x60,0x89};
	static const uchar a1key[16] = {0x2b,0x7e,0x15,0x16,0x28,0xae,0xd2,0xa6,0xab,0xf7,0x15,0x88,0x09,0xcf,0x4f,0x3c};
	static const uchar a1last[16] = {0xd0,0x14,0xf9,0xa8,0xc9,0xee,0x25,0x89,0xe1,0x3f,0x0c,0xc8,0xb6,0x63,0x0c,0xa6};
	unsigned ks[64 + 4], dks[64 + 4], len;
	uchar key[32], pt[144], ct[144], back[144];
	int i, bits;
	for (i = 0; i < 32; i++) key[i] = (uchar)i;
	for (i = 0; i < 144; i++) pt[i] = (uchar)((i % 16) * 0x11);
	intel_aes_encrypt_init_128(a1key, ks);
	expect("A.1 round key 10", (uchar *)ks + 160, a1last, 16);
	for (bits = 128; bits <= 256; bits += 64) {
		const uchar *want = bits == 128 ? c128 : bits == 192 ? c192 : c256;
		char what[32];
		memset(ct, 0, sizeof ct);
		if (bits == 128) {
			intel_aes_encrypt_init_128(key, ks); intel_aes_decrypt_init_128(key, dks);
			intel_aes_encrypt_ecb_128(ks, ct, &len, 144, pt, 144);
			intel_aes_decrypt_ecb_128(dks, back, &len, 144, ct, 144);
		} else if (bits == 192) {
			intel_aes_encrypt_init_192(key, ks); intel_aes_decrypt_init_192(key, dks);
			intel_aes_encrypt_ecb_192(ks, ct, &len, 144, pt, 144);
			intel_aes_decrypt_ecb_192(dks, back, &len, 144, ct, 144);
		} else {
			intel_aes_encrypt_init_256(key, ks); intel_aes_decrypt_init_256(key, dks);
			intel_aes_encrypt_ecb_256(ks, ct, &len, 144, pt, 144);
			intel_aes_decrypt_ecb_256(dks, back, &len, 144, ct, 144);
		}
		for (i = 0; i < 9; i++) {
			sprintf(what, "AES-%d block %d", bits, i);
			expect(what, ct + 16 * i, want, 16);
		}
		sprintf(what, "AES-%d decrypt", bits);
		expect(what, back, pt, 144);
	}
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}

/* Known-answer driver for an RC4 kernel with NSS's assembler interface:
 *   void ARCFOUR(ctx *c, unsigned long long len, const unsigned char *in,
 *                unsigned char *out);
 * where ctx holds x, y and the 256-entry state as 64-bit words.
 * Known answers: the widely published RC4 examples ("Key"/"Plaintext",
 * "Wiki"/"pedia", "Secret"/"Attack at dawn") and the first keystream
 * bytes for the 40-bit key 01 02 03 04 05 (RFC 6229); then every length
 * 0..300 at every start offset 0..7 against a plain C RC4 written here.
 * Exit 0 when all match; otherwise the first mismatch is printed. */
#include <stdio.h>
#include <string.h>

typedef struct { unsigned long long x, y, s[256]; } rc4ctx;
extern void ARCFOUR(rc4ctx *c, unsigned long long len, const unsigned char *in,
		    unsigned char *out);

static void setkey(rc4ctx *c, const unsigned char *k, size_t n)
{
	unsigned j = 0, i, t;
	for (i = 0; i < 256; i++)
		c->s[i] = i;
	for (i = 0; i < 256; i++) {
		j = (j + (unsigned)c->s[i] + k[i % n]) & 255;
		t = (unsigned)c->s[i]; c->s[i] = c->s[j]; c->s[j] = t;
	}
	c->x = c->y = 0;
}

static void plain(rc4ctx *c, size_t n, const unsigned char *in, unsigned char *out)
{
	size_t k;
	for (k = 0; k < n; k++) {
		unsigned long long t;
		c->x = (c->x + 1) & 255;
		c->y = (c->y + c->s[c->x]) & 255;
		t = c->s[c->x]; c->s[c->x] = c->s[c->y]; c->s[c->y] = t;
		out[k] = in[k] ^ (unsigned char)c->s[(c->s[c->x] + c->s[c->y]) & 255];
	}
}

static int fails, checks;

static void expect(const char *what, const unsigned char *got, const unsigned char *want, size_t n)
{
	checks++;
	if (memcmp(got, want, n) != 0 && fails++ == 0) {
		size_t i;
		printf("mismatch: %s: got", what);
		for (i = 0; i < n && i < 16; i++) printf(" %02x", got[i]);
		printf(", want");
		for (i = 0; i < n && i < 16; i++) printf(" %02x", want[i]);
		printf("\n");
	}
}

static void text(const char *key, const char *pt, const unsigned char *ct)
{
	rc4ctx c;
	unsigned char out[64];
	setkey(&c, (const unsigned char *)key, strlen(key));
	ARCFOUR(&c, strlen(pt), (const unsigned char *)pt, out);
	expect(key, out, ct, strlen(pt));
}

int main(void)
{
	static const unsigned char ct1[] = {0xbb,0xf3,0x16,0xe8,0xd9,0x40,0xaf,0x0a,0xd3};
	static const unsigned char ct2[] = {0x10,0x21,0xbf,0x04,0x20};
	static const unsigned char ct3[] = {0x45,0xa0,0x1f,0x64,0x5f,0xc3,0x5b,0x38,0x35,0x52,
					    0x54,0x4b,0x9b,0xf5};
	static const unsigned char k40[] = {1,2,3,4,5};
	static const unsigned char ks40[] = {0xb2,0x39,0x63,0x05,0xf0,0x3d,0xc0,0x27,
					     0xcc,0xc3,0x52,0x4a,0x0a,0x11,0x18,0xa8};
	unsigned char zero[16] = {0}, out[512], want[512], in[512];
	rc4ctx a, b;
	int len, off;

	text("Key", "Plaintext", ct1);
	text("Wiki", "pedia", ct2);
	text("Secret", "Attack at dawn", ct3);
	setkey(&a, k40, sizeof k40);
	ARCFOUR(&a, 16, zero, out);
	expect("RFC 6229 key 0102030405", out, ks40, 16);
	for (len = 0; len < 300; len++)
		in[len] = (unsigned char)(len * 7 + 3);
	for (off = 0; off < 8; off++)
		for (len = 0; len <= 300; len++) {
			char what[64];
			setkey(&a, (const unsigned char *)"harness", 7);
			b = a;
			ARCFOUR(&a, len, in + off, out);
			plain(&b, len, in + off, want);
			sprintf(what, "length %d offset %d", len, off);
			expect(what, out, want, len);
			checks++;
			if ((a.x != b.x || a.y != b.y || memcmp(a.s, b.s, sizeof a.s)) && fails++ == 0)
				printf("mismatch: state after %s\n", what);
		}
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}

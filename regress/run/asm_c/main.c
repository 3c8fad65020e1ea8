/* main.c - C side of the asm_c run test: calls the functions of funcs.asm
 * and exits with status 7 so that the runner's status check is exercised. */
#include <stdio.h>
#include <stddef.h>

long long add3(long long a, long long b, long long c);
size_t asm_strlen(const char *s);
int call_back(int (*fn)(int), int x);
int asm_sum_table(void);
extern int asm_table[4];

static int twice(int x) { return 2 * x; }

int main(void)
{
	printf("add3: %lld\n", add3(1, 2, 0x100000000LL));
	printf("strlen: %u\n", (unsigned)asm_strlen("sixteen chars..."));
	printf("call_back: %d\n", call_back(twice, 20));
	asm_table[3] = 1000;
	printf("sum: %d\n", asm_sum_table());
	return 7;
}

/* main.c - C side of the hll_loops run test: calls the functions of
 * hll.asm, which are written with .IF/.WHILE/.REPEAT. */
#include <stdio.h>

int count_primes(int n);
int classify(int x);
int sum_until(const int *a);
int cxz_sum(int n);
int carry_add(unsigned a, unsigned b);
int grade(int score);

int main(void)
{
	static const int xs[] = {-9, -5, -1, 0, 1, 7, 50, 100, 101, 2000000000};
	static const int a1[] = {2, 3, 4, 6, 0, 8};
	static const int a2[] = {10, 5, 20, -3, 8};
	for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++)
		printf("classify(%d) = %d\n", xs[i], classify(xs[i]));
	printf("count_primes(2) = %d\n", count_primes(2));
	printf("count_primes(30) = %d\n", count_primes(30));
	printf("count_primes(1000) = %d\n", count_primes(1000));
	printf("sum_until a1 = %d\n", sum_until(a1));
	printf("sum_until a2 = %d\n", sum_until(a2));
	printf("cxz_sum(0) = %d\n", cxz_sum(0));
	printf("cxz_sum(10) = %d\n", cxz_sum(10));
	printf("carry_add = %d %d\n", carry_add(0xFFFFFFFFu, 1), carry_add(5, 6));
	printf("grade = %d %d %d\n", grade(0), grade(45), grade(100));
	return 0;
}

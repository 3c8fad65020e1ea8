/* main.c: calls the two MASM functions and prints their results. */
#include <stdio.h>
#include <stdint.h>

int64_t asm_sum(const int64_t *v, int64_t n);
int64_t asm_scale(int64_t x);

int main(void)
{
    int64_t v[] = {1, 2, 3, 4};
    printf("sum=%lld scale=%lld\n", (long long)asm_sum(v, 4), (long long)asm_scale(14));
    return 0;
}

/* main.c - calls the INVOKE printf procedures of pr.asm. */
#include <stdio.h>

extern void pr_win64_0(long long n);
extern void pr_win64_3(const char *s, long long n);

int main(void)
{
    pr_win64_0(-123456789012LL);
    pr_win64_3("str", 1LL << 40);
    fflush(stdout);
    return 0;
}

/* main.c - calls call_through of addr.asm. */
#include <stdio.h>

extern void call_through(void);

int main(void)
{
    call_through();
    fflush(stdout);
    return 0;
}

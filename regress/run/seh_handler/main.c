/* main.c - drives faulty.asm: a FRAME:handler procedure whose handler
 * recovers from an access violation. */
#include <stdio.h>

extern int faulty(const int *p);
extern long long handler_calls;
extern void *handler_frame;
extern void *body_frame;

int main(void)
{
    int v = 99;
    printf("valid: %d\n", faulty(&v));
    printf("handler calls: %lld\n", handler_calls);
    printf("null: 0x%x\n", faulty(NULL));
    printf("handler calls: %lld\n", handler_calls);
    printf("establisher frame is rbp-20h: %s\n",
           handler_frame == body_frame ? "yes" : "no");
    printf("after: %d\n", faulty(&v));
    return 0;
}

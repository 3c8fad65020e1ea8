// main.cpp - C++ side of chain.asm: a try/catch around the asm chain and
// a callback that throws (or returns).
#include <cstdio>

extern "C" unsigned harness(int mode);
extern "C" void asm_outer(void (*cb)(void));
extern "C" long long inner_reached, outer_returned;

static void thrower() { throw 42; }
static void returner() { }

extern "C" int cpp_try(int mode)
{
    try {
        asm_outer(mode ? thrower : returner);
    } catch (int v) {
        return v == 42 ? 1 : 3;
    }
    return 2;
}

static void run(int mode)
{
    static const char *const names[17] = {
        "rbx", "rsi", "rdi", "r12", "r13", "r14", "r15",
        "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13",
        "xmm14", "xmm15",
    };
    inner_reached = outer_returned = 0;
    unsigned r = harness(mode);
    std::printf("%s: cpp_try=%u inner_reached=%lld outer_returned=%lld mismatches:",
                mode ? "throw" : "return", r >> 24, inner_reached, outer_returned);
    unsigned mask = r & 0xFFFFFF;
    if (!mask)
        std::printf(" none");
    for (int i = 0; i < 17; i++)
        if (mask & (1u << i))
            std::printf(" %s", names[i]);
    std::printf("\n");
}

int main()
{
    run(0);
    run(1);
    return 0;
}

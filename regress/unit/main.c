/* main.c: runs every unit test (unit.h), prints one line per failed check
 * and the summary "unit: N tests, M checks, K failed"; exit status 1 if
 * any check failed. */
#include "unit.h"
#include <string.h>

UnitState unit;

static void header(const char *file, int line)
{
    if (!unit.test_failed)
        unit.failed++;
    unit.test_failed = 1;
    printf("FAIL %s: %s:%d: ", unit.test, file, line);
}

void unit_fail(const char *file, int line, const char *what)
{
    header(file, line);
    printf("%s\n", what);
}

void unit_fail_int(const char *file, int line, const char *what, long long got,
                   long long want)
{
    header(file, line);
    printf("%s: got %lld (0x%llx), want %lld (0x%llx)\n", what, got,
           (unsigned long long)got, want, (unsigned long long)want);
}

typedef struct Test {
    const char *name;
    void (*fn)(void);
} Test;

int main(int argc, char **argv)
{
    static const Test tests[] = {
#define UNIT_ENTRY(name) {#name, name},
        UNIT_TESTS(UNIT_ENTRY)
#undef UNIT_ENTRY
    };
    int ntests = 0;
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1]))
            continue;
        unit.test = tests[i].name;
        unit.test_failed = 0;
        tests[i].fn();
        ntests++;
    }
    printf("unit: %d tests, %ld checks, %ld failed\n", ntests, unit.checks, unit.failed);
    return unit.failed != 0;
}

/* reg.c: the register table and its case-insensitive name lookup.
 * The parser looks names up through keyword.c, which hashes them; this
 * linear lookup serves tools and tests. */
#include "reg.h"
#include <string.h>

const RegInfo reg_info[R_COUNT] = {
    {"", RC_NONE, 0, 0},
#define REG(id, name, cls, num, size) {name, cls, num, size},
#include "reg.def"
#undef REG
};

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

Reg reg_lookup(const char *s, size_t n)
{
    if (n < 2 || n > 5)
        return R_NONE;
    char key[6];
    for (size_t i = 0; i < n; i++)
        key[i] = (char)lower((unsigned char)s[i]);
    key[n] = 0;
    /* The first letter narrows the search to a handful of rows. */
    for (int r = 1; r < R_COUNT; r++) {
        const char *name = reg_info[r].name;
        if (name[0] == key[0] && strcmp(name, key) == 0)
            return (Reg)r;
    }
    return R_NONE;
}

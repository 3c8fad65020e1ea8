/* fuzz_asm.c: libFuzzer target.  Assembles each input as a MASM source
 * held in memory, through asm_assemble_buffer (the path the driver takes
 * for a file), with the object built but not written.  Built by
 * `make fuzz` as build-fuzz/fuzz-asm; `make fuzz-smoke` runs it for a
 * minute on a corpus seeded from regress/ and samples/. */
#include "asmrun.h"
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *no_dirs[1];
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.quiet = true;
    opt.warn_level = 1;
    opt.error_limit = 50;
    opt.incdirs = no_dirs;
    opt.object_in_memory = true;
    opt.debug_info = (size & 1) != 0; /* half the inputs with -Zi (dbginfo.c) */
    (void)asm_assemble_buffer(&opt, "fuzz.asm", (const char *)data, size);
    return 0;
}

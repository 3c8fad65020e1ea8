/* main.c: the driver.  Assembles every source file named on the command
 * line; the exit status is 0 if all succeeded, 1 if any had errors and
 * 2 for a usage or fatal error. */
#include "cmdline.h"
#include "asmrun.h"
#include "version.h"
#include <stdio.h>

int main(int argc, char **argv)
{
    Options opt;
    CmdLine *ctx = NULL;
    CmdStatus st = cmdline_parse(argc, argv, &opt, &ctx);
    if (st != CMD_OK) {
        cmdline_free(ctx);
        return st == CMD_EXIT_OK ? 0 : 2;
    }
    if (!opt.quiet)
        printf("asm %s - MASM-compatible x86-64 assembler\n", ASM_VERSION);
    if (opt.nfiles == 0) {
        puts("asm : fatal error A1017: missing source filename");
        cmdline_free(ctx);
        return 2;
    }
    if (opt.nfiles > 1 && opt.obj_name && opt.obj_name[0]) {
        char last = opt.obj_name[0];
        for (const char *p = opt.obj_name; *p; p++)
            last = *p;
        if (last != '/' && last != '\\') {
            puts("asm : fatal error A2900: -Fo names one file but several sources were given");
            cmdline_free(ctx);
            return 2;
        }
    }
    int worst = 0;
    for (int i = 0; i < opt.nfiles; i++) {
        int rc = asm_assemble(&opt, opt.files[i]);
        if (rc > worst)
            worst = rc;
    }
    cmdline_free(ctx);
    return worst;
}

/* main.c: the driver.  Assembles every source file named on the command
 * line; the exit status is 0 if all succeeded, 1 if any had errors and
 * 2 for a usage or fatal error. */
#include "cmdline.h"
#include "asmrun.h"
#include "diag.h"
#include "version.h"
#include <stdio.h>
#include <string.h>

/* The -Fo of source i: the /Fo before it (ml64), else a trailing one. */
static const char *obj_of(const Options *o, int i)
{
    return o->file_obj[i] ? o->file_obj[i] : o->obj_name;
}

/* An output option naming one file may not serve two sources (that
 * would overwrite the first output silently). */
static bool one_file_each(const Options *o)
{
    for (int i = 0; i < o->nfiles; i++)
        for (int k = 0; k < i; k++) {
            const char *a = obj_of(o, i), *b = obj_of(o, k);
            if (a && b && *a && !strcmp(a, b) && !asm_output_is_dir(a)) {
                diag_cmdline(E_ONE_OUTPUT, "-Fo", a);
                return false;
            }
        }
    if (o->nfiles < 2)
        return true;
    if (o->listing && o->lst_name && *o->lst_name && !asm_output_is_dir(o->lst_name)) {
        diag_cmdline(E_ONE_OUTPUT, "-Fl", o->lst_name);
        return false;
    }
    if (o->depfile && o->dep_name && !asm_output_is_dir(o->dep_name)) {
        diag_cmdline(E_ONE_OUTPUT, "-MF", o->dep_name);
        return false;
    }
    return true;
}

int main(int argc, char **argv)
{
    Options opt;
    CmdLine *ctx = NULL;
    CmdStatus st = cmdline_parse(argc, argv, &opt, &ctx);
    if (st != CMD_OK) {
        cmdline_free(ctx);
        return st == CMD_EXIT_OK ? 0 : 2;
    }
    if (!opt.quiet && !opt.preprocess_only)
        printf("asm %s - MASM-compatible x86-64 assembler\n", ASM_VERSION);
    if (opt.nfiles == 0) {
        diag_cmdline(E_NO_SOURCE);
        cmdline_free(ctx);
        return 2;
    }
    if (!one_file_each(&opt)) {
        cmdline_free(ctx);
        return 2;
    }
    int worst = 0;
    for (int i = 0; i < opt.nfiles; i++) {
        Options one = opt;
        one.obj_name = obj_of(&opt, i);
        int rc = asm_assemble(&one, opt.files[i]);
        if (rc > worst)
            worst = rc;
    }
    cmdline_free(ctx);
    return worst;
}

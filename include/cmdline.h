/* cmdline.h: JWasm- and ml64-style options, freely mixed.  Layer L9. */
#ifndef ASM_CMDLINE_H
#define ASM_CMDLINE_H
#include "options.h"

typedef enum CmdStatus {
    CMD_OK,
    CMD_EXIT_OK,   /* --help, --version: printed, exit 0 */
    CMD_ERROR      /* usage error: reported, exit 2 */
} CmdStatus;

/* Parse argv (plus the ML and JWASM environment variables and @files).
 * The Options point into storage owned by the returned context; free it
 * with cmdline_free. */
typedef struct CmdLine CmdLine;
CmdStatus cmdline_parse(int argc, char **argv, Options *opt, CmdLine **ctx);
void cmdline_free(CmdLine *ctx);
void cmdline_usage(void);

#endif

/* lexbench.c: the floor of `make bench`: our lexer alone over a file.
 * Reads the file as the assembler does (os_read_file), splits it into
 * physical lines (lex_physical_line) and tokenizes every line
 * (lex_tokens), releasing the token arena after each line, as the
 * statement loop does.  No preprocessing, parsing or output.
 *
 *   lexbench FILE...   prints "<lines> lines <tokens> tokens" */
#include "lexer.h"
#include "os.h"
#include <stdio.h>
#include <stdlib.h>

static bool lex_file(const char *path, long *lines, long *tokens);

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: lexbench FILE...\n");
        return 2;
    }
    long lines = 0, tokens = 0;
    for (int i = 1; i < argc; i++)
        if (!lex_file(argv[i], &lines, &tokens))
            return 2;
    printf("%ld lines %ld tokens\n", lines, tokens);
    return 0;
}

static bool lex_file(const char *path, long *lines, long *tokens)
{
    char *text;
    size_t len;
    void *alloc;
    if (!os_read_file(path, &text, &len, &alloc)) {
        fprintf(stderr, "lexbench: cannot read %s\n", path);
        return false;
    }
    Arena arena = {0};
    (void)arena_alloc(&arena, 1); /* the first block stays for every line */
    ArenaMark mark = arena_mark(&arena);
    const char *p = text;
    while (*p) {
        const char *code_end, *next;
        lex_physical_line(p, &code_end, &next);
        LexResult r = lex_tokens(&arena, p, code_end, 0);
        *tokens += r.ntoks;
        ++*lines;
        arena_release(&arena, mark);
        p = next;
    }
    arena_free(&arena);
    free(alloc);
    return true;
}

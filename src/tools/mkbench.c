/* mkbench.c: writes the benchmark inputs of `make bench`.  Each input is
 * the same instruction stream twice: MASM source for asm (<base>.asm) and
 * GNU as `.intel_syntax noprefix` source for x86_64-w64-mingw32-as
 * (<base>.s), so that the two assemblers do the same work.  Build-time
 * tool, C99, deterministic (a fixed LCG, no clock).
 *
 *   mkbench KIND N OUTBASE
 *
 * KIND is one of
 *   plain    N lines of FRAME procs (prologues written with the SEH
 *            primitives), SIB addressing, SSE/AVX, calls, a jump every ~6
 *            instructions, and data
 *   labels   one PROC with N labels
 *   macro    N calls of a macro with a LOCAL label
 *   frame    N small FRAME procs with unwind data
 *   include  a chain of 32 nested INCLUDE files, N lines in all, using
 *            text macros (EQU/.equ constants for GNU as)
 *   struct   a STRUCT of N fields and an access to each (GNU as: the
 *            offsets as numbers)
 *   hllif    one .IF with N `||` terms (GNU as: the cmp/je chain)
 *   locals   a PROC with N LOCAL variables, 10 per line, and an access to
 *            each (GNU as: rbp-relative operands)
 *   macrofn  N lines, each calling a macro function that calls another
 *            one, which defines a string in .const (GNU as: the data and
 *            the lea)
 *   fncalls  N macro-function results spliced into lines, 200 per line
 *            (the slow expansion path of issue #15; GNU as: the values)
 * The count printed on stdout is the number of lines of the .asm file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchout.h"

enum { ARRAY_SIZE = 16 };

/* One ordinary instruction of the mix. */
static void insn(Out *o, long proc, long nprocs)
{
    static const char *const simple[ARRAY_SIZE] = {
        "\tmov\trax, qword ptr [rbx+rcx*8+16]",
        "\tadd\teax, dword ptr [rsi+rdx*4-8]",
        "\tlea\tr8, [r9+r10*2+256]",
        "\timul\tr11, r12, 12345",
        "\tmovdqu\txmm1, xmmword ptr [rdi+rax]",
        "\tpaddd\txmm1, xmm2",
        "\tvaddps\tymm0, ymm1, ymmword ptr [rsi+rcx*4+32]",
        "\tvfmadd231ps\tymm3, ymm4, ymm5",
        "\txor\tecx, ecx",
        "\tcmp\trax, rdx",
        "\tmov\tqword ptr [rsp+32], r8",
        "\tshl\tr9, 3",
        "\ttest\tal, 1",
        "\tmovzx\teax, byte ptr [rbx+rdx+7]",
        "\tmovaps\txmm6, xmm7",
        "\tsub\tr13d, dword ptr [r14+r15*8+1024]",
    };
    char buf[128];
    unsigned k = rnd(o, ARRAY_SIZE + 2);
    if (k < ARRAY_SIZE) {
        both(o, simple[k]);
    } else if (k == ARRAY_SIZE) {
        long callee = (proc + 1 + rnd(o, 8)) % nprocs;
        snprintf(buf, sizeof buf, "\tcall\tf%ld", callee);
        both(o, buf);
    } else {
        snprintf(buf, sizeof buf, "\tmov\teax, dword ptr v%ld", proc);
        masm(o, buf);
        snprintf(buf, sizeof buf, "\tmov\teax, dword ptr [rip+v%ld]", proc);
        gas(o, buf);
    }
}

static void frame_begin(Out *o, const char *name, int alloc)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s PROC FRAME", name);
    masm(o, buf);
    snprintf(buf, sizeof buf, "\t.seh_proc\t%s\n%s:", name, name);
    gas(o, buf);
    both(o, "\tpush\trbx");
    masm(o, "\t.pushreg rbx");
    gas(o, "\t.seh_pushreg\trbx");
    both(o, "\tpush\trsi");
    masm(o, "\t.pushreg rsi");
    gas(o, "\t.seh_pushreg\trsi");
    snprintf(buf, sizeof buf, "\tsub\trsp, %d", alloc);
    both(o, buf);
    snprintf(buf, sizeof buf, "\t.allocstack %d", alloc);
    masm(o, buf);
    snprintf(buf, sizeof buf, "\t.seh_stackalloc\t%d", alloc);
    gas(o, buf);
    masm(o, "\t.endprolog");
    gas(o, "\t.seh_endprologue");
}

static void frame_end(Out *o, const char *name, int alloc)
{
    char buf[128];
    snprintf(buf, sizeof buf, "\tadd\trsp, %d", alloc);
    both(o, buf);
    both(o, "\tpop\trsi");
    both(o, "\tpop\trbx");
    both(o, "\tret");
    snprintf(buf, sizeof buf, "%s ENDP", name);
    masm(o, buf);
    gas(o, "\t.seh_endproc");
}

static void data_block(Out *o, long k)
{
    char buf[160];
    both(o, "\t.data");
    snprintf(buf, sizeof buf, "v%ld\tDQ %ld, %ld, 0, 0FFFFh", k, k, k * 3);
    masm(o, buf);
    snprintf(buf, sizeof buf, "v%ld:\t.quad %ld, %ld, 0, 0xFFFF", k, k, k * 3);
    gas(o, buf);
    masm(o, "\tDB\t'hello, world', 13, 10, 0");
    gas(o, "\t.byte\t'h','e','l','l','o',',',' ','w','o','r','l','d', 13, 10, 0");
    masm(o, "\t.code");
    gas(o, "\t.text");
}

/* plain: procs of 8 blocks of 6 instructions and a jump, then data. */
static void gen_plain(Out *o, long n)
{
    enum { BLOCKS = 8, PER = 6, PROC_LINES = 9 + 1 + BLOCKS * (PER + 2) + 7 + 5 };
    long nprocs = n / PROC_LINES;
    if (nprocs < 2)
        nprocs = 2;
    char buf[128], name[32];
    for (long p = 0; p < nprocs; p++) {
        snprintf(name, sizeof name, "f%ld", p);
        frame_begin(o, name, 40);
        for (int b = 0; b < BLOCKS; b++) {
            snprintf(buf, sizeof buf, "L%ld_%d:", p, b);
            both(o, buf);
            for (int i = 0; i < PER; i++)
                insn(o, p, nprocs);
            int to = (int)rnd(o, BLOCKS + 1); /* forward or backward */
            static const char *const jcc[] = {"jne", "je", "jl", "jae", "jmp"};
            snprintf(buf, sizeof buf, "\t%s\tL%ld_%d", jcc[rnd(o, 5)], p, to);
            both(o, buf);
        }
        snprintf(buf, sizeof buf, "L%ld_%d:", p, BLOCKS);
        both(o, buf);
        frame_end(o, name, 40);
        data_block(o, p);
    }
}

/* labels: one PROC, a label before every instruction, a jump every 6. */
static void gen_labels(Out *o, long n)
{
    char buf[128];
    masm(o, "big PROC");
    gas(o, "big:");
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "M%ld:", i);
        both(o, buf);
        if (i % 6 == 5) {
            long to = i + (long)rnd(o, 40) - 20;
            if (to < 0 || to >= n)
                to = i;
            snprintf(buf, sizeof buf, "\tjnz\tM%ld", to);
            both(o, buf);
        } else {
            both(o, "\tadd\teax, ecx");
        }
    }
    both(o, "\tret");
    masm(o, "big ENDP");
}

/* macro: N calls of a two-line macro with a LOCAL label. */
static void gen_macro(Out *o, long n)
{
    masm(o, "m MACRO a, b");
    masm(o, "\tLOCAL l1");
    masm(o, "l1:\tadd\ta, b");
    masm(o, "\tjnz\tl1");
    masm(o, "ENDM");
    gas(o, ".macro m a, b");
    gas(o, "L\\@:\tadd\t\\a, \\b");
    gas(o, "\tjnz\tL\\@");
    gas(o, ".endm");
    masm(o, "mp PROC");
    gas(o, "mp:");
    static const char *const args[] = {"eax, ecx", "rbx, rdx", "r8d, r9d", "esi, 5"};
    char buf[64];
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "\tm\t%s", args[i & 3]);
        both(o, buf);
    }
    both(o, "\tret");
    masm(o, "mp ENDP");
}

/* struct: STRUCT S with N DWORD fields, an instance, one access each. */
static void gen_struct(Out *o, long n)
{
    char buf[160];
    masm(o, "S STRUCT");
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "f%ld DD ?", i);
        masm(o, buf);
    }
    masm(o, "S ENDS");
    masm(o, ".data");
    masm(o, "inst S <>");
    masm(o, ".code");
    gas(o, ".data");
    gas(o, "inst:");
    snprintf(buf, sizeof buf, "\t.space %ld", 4 * n);
    gas(o, buf);
    gas(o, ".text");
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "\tmov\teax, DWORD PTR [rbx+%ld]", 4 * i);
        gas(o, buf);
        snprintf(buf, sizeof buf, "\tmov\teax, [rbx].S.f%ld", i);
        masm(o, buf);
    }
}

/* hllif: one .IF with N terms joined by ||. */
static void gen_hllif(Out *o, long n)
{
    char buf[160];
    masm(o, "hp PROC");
    gas(o, "hp:");
    fprintf(o->m, ".IF eax == 0");
    for (long i = 1; i < n; i++)
        fprintf(o->m, " || eax == %ld", i);
    masm(o, "");
    both(o, "\tinc\tecx");
    masm(o, ".ENDIF");
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "\tcmp\teax, %ld\n\tje\t1f", i);
        gas(o, buf);
    }
    gas(o, "\tjmp\t2f");
    gas(o, "1:\tinc\tecx");
    gas(o, "2:");
    both(o, "\tret");
    masm(o, "hp ENDP");
}

/* locals: a PROC with N DWORD LOCALs (10 per LOCAL line), each used. */
static void gen_locals(Out *o, long n)
{
    char buf[64];
    masm(o, "lp PROC");
    gas(o, "lp:");
    gas(o, "\tpush\trbp");
    gas(o, "\tmov\trbp, rsp");
    snprintf(buf, sizeof buf, "\tsub\trsp, %ld", (4 * n + 15) / 16 * 16);
    gas(o, buf);
    for (long i = 0; i < n; i += 10) {
        fprintf(o->m, "\tLOCAL l%ld:DWORD", i);
        for (long k = i + 1; k < i + 10 && k < n; k++)
            fprintf(o->m, ", l%ld:DWORD", k);
        masm(o, "");
    }
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "\tmov\teax, l%ld", i);
        masm(o, buf);
        snprintf(buf, sizeof buf, "\tmov\teax, DWORD PTR [rbp-%ld]", 4 * (i + 1));
        gas(o, buf);
    }
    gas(o, "\tleave");
    both(o, "\tret");
    masm(o, "lp ENDP");
}

/* macrofn: N lines calling a macro function that calls another. */
static void gen_macrofn(Out *o, long n)
{
    char buf[96];
    masm(o, "MkStr MACRO text:VARARG");
    masm(o, "\tLOCAL s");
    masm(o, "\t.const");
    masm(o, "s\tDB text, 0");
    masm(o, "\t.code");
    masm(o, "\tEXITM <s>");
    masm(o, "ENDM");
    masm(o, "Wrap MACRO t");
    masm(o, "\tEXITM MkStr(t, 13, 10)");
    masm(o, "ENDM");
    masm(o, "fp PROC");
    gas(o, "fp:");
    for (long i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "\tlea\trax, Wrap(\"s%ld\")", i);
        masm(o, buf);
        snprintf(buf, sizeof buf, "\t.section .rdata\ns%ld:\t.asciz \"s%ld\\r\\n\"", i, i);
        gas(o, buf);
        snprintf(buf, sizeof buf, "\t.text\n\tlea\trax, s%ld[rip]", i);
        gas(o, buf);
    }
    both(o, "\tret");
    masm(o, "fp ENDP");
}

/* fncalls: a macro whose line calls a macro function 200 times, called
 * N / 200 times. */
static void gen_fncalls(Out *o, long n)
{
    char buf[64];
    masm(o, "G MACRO");
    masm(o, "\tEXITM <1>");
    masm(o, "ENDM");
    fprintf(o->m, "F MACRO\n\tEXITM <G()");
    for (int i = 1; i < 200; i++)
        fprintf(o->m, " + G()");
    fprintf(o->m, ">\n");
    o->lines += 2;
    masm(o, "ENDM");
    masm(o, "H MACRO");
    masm(o, "\tDD F()");
    masm(o, "ENDM");
    masm(o, ".data");
    gas(o, ".data");
    for (long i = 0; i < n / 200; i++) {
        masm(o, "\tH");
        snprintf(buf, sizeof buf, "\t.long %d", 200);
        gas(o, buf);
    }
}

/* frame: N small FRAME procs with a frame register and unwind data. */
static void gen_frame(Out *o, long n)
{
    char buf[128];
    for (long p = 0; p < n; p++) {
        snprintf(buf, sizeof buf, "g%ld PROC FRAME", p);
        masm(o, buf);
        snprintf(buf, sizeof buf, "\t.seh_proc\tg%ld\ng%ld:", p, p);
        gas(o, buf);
        both(o, "\tpush\trbp");
        masm(o, "\t.pushreg rbp");
        gas(o, "\t.seh_pushreg\trbp");
        both(o, "\tsub\trsp, 48");
        masm(o, "\t.allocstack 48");
        gas(o, "\t.seh_stackalloc\t48");
        both(o, "\tlea\trbp, [rsp+32]");
        masm(o, "\t.setframe rbp, 32");
        gas(o, "\t.seh_setframe\trbp, 32");
        both(o, "\tmovdqa\txmmword ptr [rbp-16], xmm6");
        masm(o, "\t.savexmm128 xmm6, 16");
        gas(o, "\t.seh_savexmm\txmm6, 16");
        masm(o, "\t.endprolog");
        gas(o, "\t.seh_endprologue");
        both(o, "\tmov\teax, ecx");
        both(o, "\tmovdqa\txmm6, xmmword ptr [rbp-16]");
        both(o, "\tadd\trsp, 48");
        both(o, "\tpop\trbp");
        both(o, "\tret");
        snprintf(buf, sizeof buf, "g%ld ENDP", p);
        masm(o, buf);
        gas(o, "\t.seh_endproc");
    }
}

/* include: inc0 includes inc1 ... inc31, half way through each. */
static void gen_include(Out *o, long n, const char *base)
{
    enum { DEPTH = 32 };
    long per = n / (DEPTH + 1);
    char buf[1200];
    Out f = *o;
    for (int d = 0; d <= DEPTH; d++) {
        Out *cur = o;
        if (d > 0) {
            snprintf(buf, sizeof buf, "%s-inc%d", base, d);
            f.m = open_out(buf, ".inc");
            f.g = open_out(buf, ".si");
            f.lines = 0;
            cur = &f;
        }
        snprintf(buf, sizeof buf, "T%d TEXTEQU <%d>", d, d * 7 + 1);
        masm(cur, buf);
        snprintf(buf, sizeof buf, "\t.equ\tT%d, %d", d, d * 7 + 1);
        gas(cur, buf);
        snprintf(buf, sizeof buf, "RG%d TEXTEQU <r%d>", d, 8 + d % 8); /* R8 would be the register */
        masm(cur, buf);
        for (long i = 0; i < per; i++) {
            if (i == per / 2 && d < DEPTH) {
                const char *slash = strrchr(base, '/');
                const char *b = slash ? slash + 1 : base;
                snprintf(buf, sizeof buf, "\tINCLUDE %s-inc%d.inc", b, d + 1);
                masm(cur, buf);
                snprintf(buf, sizeof buf, "\t.include \"%s-inc%d.si\"", base, d + 1);
                gas(cur, buf);
            }
            switch (i % 3) {
            case 0:
                snprintf(buf, sizeof buf, "\tadd\teax, T%d", d);
                both(cur, buf);
                break;
            case 1:
                snprintf(buf, sizeof buf, "\tmov\tRG%d, qword ptr [rax+rcx*8+T%d]", d, d);
                masm(cur, buf);
                snprintf(buf, sizeof buf, "\tmov\tr%d, qword ptr [rax+rcx*8+T%d]", 8 + d % 8, d);
                gas(cur, buf);
                break;
            default:
                snprintf(buf, sizeof buf, "\tlea\trdx, [rdx+T%d*2]", d);
                both(cur, buf);
                break;
            }
        }
        if (cur == &f) {
            o->lines += f.lines;
            fclose(f.m);
            fclose(f.g);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: mkbench plain|labels|macro|frame|include|struct|hllif|locals|macrofn|fncalls N OUTBASE\n");
        return 2;
    }
    const char *kind = argv[1], *base = argv[3];
    long n = strtol(argv[2], NULL, 10);
    Out o;
    o.m = open_out(base, ".asm");
    o.g = open_out(base, ".s");
    o.lines = 0;
    o.rng = 12345;
    gas(&o, "\t.intel_syntax noprefix");
    masm(&o, "\t.code");
    gas(&o, "\t.text");
    if (strcmp(kind, "plain") == 0)
        gen_plain(&o, n);
    else if (strcmp(kind, "labels") == 0)
        gen_labels(&o, n);
    else if (strcmp(kind, "macro") == 0)
        gen_macro(&o, n);
    else if (strcmp(kind, "frame") == 0)
        gen_frame(&o, n);
    else if (strcmp(kind, "include") == 0)
        gen_include(&o, n, base);
    else if (strcmp(kind, "struct") == 0)
        gen_struct(&o, n);
    else if (strcmp(kind, "hllif") == 0)
        gen_hllif(&o, n);
    else if (strcmp(kind, "locals") == 0)
        gen_locals(&o, n);
    else if (strcmp(kind, "macrofn") == 0)
        gen_macrofn(&o, n);
    else if (strcmp(kind, "fncalls") == 0)
        gen_fncalls(&o, n);
    else {
        fprintf(stderr, "mkbench: unknown kind %s\n", kind);
        return 2;
    }
    masm(&o, "END");
    if (fclose(o.m) != 0 || fclose(o.g) != 0) {
        perror(base);
        return 2;
    }
    printf("%ld\n", o.lines);
    return 0;
}

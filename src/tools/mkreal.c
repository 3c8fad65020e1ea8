/* mkreal.c: the inputs of `make bench` that look like real code (issue
 * 13), next to mkbench's synthetic ones.  As there, each input is the
 * same program twice: MASM source for asm (<base>.asm) and GNU as
 * `.intel_syntax noprefix` source (<base>.s), so that both assemblers do
 * the same work.  Build-time tool, C99, deterministic (a fixed LCG).
 *
 *   mkreal KIND N OUTBASE
 *
 * KIND (N is about the number of lines of the .asm file):
 *   real     FRAME procs with SEH (.pushreg/.savereg/.savexmm128/
 *            .allocstack), named constants, comments, SIB addressing,
 *            SSE/AVX, calls to externals and procs, a jump every ~6
 *            instructions, RIP-relative data, string and pointer tables
 *   mac      the same kind of procs written with macros: IF/ELSE, FOR over
 *            VARARG, REPT with a counter, LOCAL labels, IFIDNI, IFNB;
 *            about one macro call per 9 lines
 *   perlasm  long SIMD functions (thousands of lines, few labels) as
 *            perlasm output looks, with constant tables
 *   data     big DB/DW/DD/DQ tables, strings and pointer tables
 *   sdata    large STRUCT-typed data (initialised instances, DUP arrays)
 *            and field accesses
 * The number printed on stdout is the number of lines of the .asm file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchout.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Instructions written the same way for both (no symbols). */
static const char *const mix[] = {
    "\tmov\trax, qword ptr [rbx+rcx*8+16]",
    "\tmov\tqword ptr [rsp+40], rdi",
    "\tmov\tr10d, dword ptr [r11+r12*4+BUF_OFF]",
    "\tadd\teax, dword ptr [rsi+rdx*4-8]",
    "\tlea\tr8, [r9+r10*2+256]",
    "\tlea\trcx, [rdx+rdx*2]",
    "\timul\tr11, r12, 12345",
    "\timul\teax, dword ptr [rbp+24]",
    "\txor\tecx, ecx",
    "\tcmp\trax, rdx",
    "\tcmp\tdword ptr [rbx+CNT_OFF], MAX_COUNT",
    "\ttest\tal, 1",
    "\tshl\tr9, 3",
    "\tshr\tedx, cl",
    "\tsar\trax, 63",
    "\trol\tr14d, 7",
    "\tmovzx\teax, byte ptr [rbx+rdx+7]",
    "\tmovsx\tecx, word ptr [rdi+2]",
    "\tmovsxd\trax, dword ptr [r8+r9*4]",
    "\tcmovne\trax, rcx",
    "\tcmovl\tr8d, dword ptr [rsp+48]",
    "\tsete\tal",
    "\tbt\trax, 17",
    "\tand\tr15, -16",
    "\tor\tdword ptr [rcx+4], 65536",
    "\tsub\tr13d, dword ptr [r14+r15*8+1024]",
    "\tinc\tqword ptr [rbx]",
    "\tneg\trdx",
    "\tnot\tr8",
    "\tadc\trax, 0",
    "\tmovdqu\txmm1, xmmword ptr [rdi+rax]",
    "\tmovdqa\txmmword ptr [rsp+64], xmm2",
    "\tpaddd\txmm1, xmm2",
    "\tpxor\txmm0, xmm0",
    "\tpshufd\txmm3, xmm4, 27",
    "\tmovaps\txmm6, xmm7",
    "\tmovss\txmm0, dword ptr [rcx+rdx*4]",
    "\tmulsd\txmm1, qword ptr [rax+8]",
    "\tcvtsi2sd\txmm2, rax",
    "\tvaddps\tymm0, ymm1, ymmword ptr [rsi+rcx*4+32]",
    "\tvfmadd231ps\tymm3, ymm4, ymm5",
    "\tvpxor\tymm2, ymm2, ymm7",
    "\tvmovdqu\tymmword ptr [rdi+r8*1+64], ymm0",
    "\tvpshufb\txmm1, xmm2, xmm3",
    "\tvbroadcastss\tymm5, dword ptr [rdx]",
    "\tpush\tr12",
    "\tpop\tr12",
    "\tmov\tecx, 1000",
};

/* Constants used by the mix (EQU / .equ). */
static void constants(Out *o)
{
    masm(o, "BUF_OFF\tEQU\t128\t\t; offset of the buffer");
    gas(o, "\t.equ\tBUF_OFF, 128");
    masm(o, "CNT_OFF\tEQU\t24");
    gas(o, "\t.equ\tCNT_OFF, 24");
    masm(o, "MAX_COUNT EQU 4096");
    gas(o, "\t.equ\tMAX_COUNT, 4096");
}

static void externs(Out *o)
{
    masm(o, "EXTERN\tmemcpy:PROC");
    masm(o, "EXTERN\tmalloc:PROC");
    masm(o, "EXTERN\tlog_error:PROC");
}

static void mix_insn(Out *o)
{
    both(o, mix[rnd(o, COUNT(mix))]);
}

/* SEH prologue: 3 pushes, stack, one saved xmm, one saved register. */
static void prologue(Out *o, const char *name)
{
    char buf[160];
    snprintf(buf, sizeof buf, "%s PROC FRAME", name);
    masm(o, buf);
    snprintf(buf, sizeof buf, "\t.seh_proc\t%s\n%s:", name, name);
    gas(o, buf);
    static const char *const regs[] = {"rbx", "rsi", "rdi"};
    for (int i = 0; i < 3; i++) {
        snprintf(buf, sizeof buf, "\tpush\t%s", regs[i]);
        both(o, buf);
        snprintf(buf, sizeof buf, "\t.pushreg %s", regs[i]);
        masm(o, buf);
        snprintf(buf, sizeof buf, "\t.seh_pushreg\t%s", regs[i]);
        gas(o, buf);
    }
    both(o, "\tsub\trsp, 96");
    masm(o, "\t.allocstack 96");
    gas(o, "\t.seh_stackalloc\t96");
    both(o, "\tmovdqa\txmmword ptr [rsp+64], xmm6");
    masm(o, "\t.savexmm128 xmm6, 64");
    gas(o, "\t.seh_savexmm\txmm6, 64");
    both(o, "\tmov\tqword ptr [rsp+48], r12");
    masm(o, "\t.savereg r12, 48");
    gas(o, "\t.seh_savereg\tr12, 48");
    masm(o, "\t.endprolog");
    gas(o, "\t.seh_endprologue");
}

static void epilogue(Out *o, const char *name)
{
    char buf[160];
    both(o, "\tmov\tr12, qword ptr [rsp+48]");
    both(o, "\tmovdqa\txmm6, xmmword ptr [rsp+64]");
    both(o, "\tadd\trsp, 96");
    both(o, "\tpop\trdi");
    both(o, "\tpop\trsi");
    both(o, "\tpop\trbx");
    both(o, "\tret");
    snprintf(buf, sizeof buf, "%s ENDP", name);
    masm(o, buf);
    gas(o, "\t.seh_endproc");
}

static const char *const jcc[] = {"jne", "je", "jl", "jae", "jmp", "jg", "jbe", "js"};
static const char *const ext[] = {"memcpy", "malloc", "log_error"};

/* A reference to data or code by name: RIP-relative in both. */
static void symref(Out *o, long p, long nprocs)
{
    char m[160], g[160];
    switch (rnd(o, 4)) {
    case 0:
        snprintf(m, sizeof m, "\tmov\teax, dword ptr counters_%ld+8", p);
        snprintf(g, sizeof g, "\tmov\teax, dword ptr [rip+counters_%ld+8]", p);
        break;
    case 1:
        snprintf(m, sizeof m, "\tlea\trdx, msg_%ld", p);
        snprintf(g, sizeof g, "\tlea\trdx, [rip+msg_%ld]", p);
        break;
    case 2:
        snprintf(m, sizeof m, "\tcall\t%s", ext[rnd(o, COUNT(ext))]);
        snprintf(g, sizeof g, "%s", m);
        break;
    default:
        snprintf(m, sizeof m, "\tcall\tproc_handler_%ld", (p + 1 + (long)rnd(o, 16)) % nprocs);
        snprintf(g, sizeof g, "%s", m);
        break;
    }
    masm(o, m);
    gas(o, g);
}

static void proc_data(Out *o, long p)
{
    char buf[200];
    both(o, "\t.data");
    snprintf(buf, sizeof buf, "counters_%ld\tDQ %ld, %ldh, 0, 0FFFFFFFFh", p, p, p * 37 % 100000);
    masm(o, buf);
    snprintf(buf, sizeof buf, "counters_%ld:\t.quad %ld, 0x%ld, 0, 0xFFFFFFFF", p, p, p * 37 % 100000);
    gas(o, buf);
    snprintf(buf, sizeof buf, "msg_%ld\tDB\t'handler %ld failed: %%s', 13, 10, 0", p, p);
    masm(o, buf);
    snprintf(buf, sizeof buf, "msg_%ld:\t.ascii\t\"handler %ld failed: %%s\"\n\t.byte\t13, 10, 0", p, p);
    gas(o, buf);
    snprintf(buf, sizeof buf, "\tALIGN\t8\njump_%ld\tDQ L%ld_1, L%ld_3, proc_handler_%ld", p, p, p, p);
    masm(o, buf);
    o->lines++;
    snprintf(buf, sizeof buf, "\t.balign\t8\njump_%ld:\t.quad L%ld_1, L%ld_3, proc_handler_%ld", p, p, p, p);
    gas(o, buf);
    masm(o, "\t.code");
    gas(o, "\t.text");
}

/* real: procs of BLOCKS blocks of ~6 instructions and a jump. */
static void gen_real(Out *o, long n)
{
    enum { BLOCKS = 10, PROC_LINES = 15 + BLOCKS * 9 + 8 + 8 };
    long nprocs = n / PROC_LINES;
    if (nprocs < 2)
        nprocs = 2;
    char buf[200], name[64];
    constants(o);
    externs(o);
    masm(o, "\t.code");
    for (long p = 0; p < nprocs; p++) {
        snprintf(buf, sizeof buf, "; proc_handler_%ld: handles request kind %ld", p, p);
        masm(o, buf);
        snprintf(buf, sizeof buf, "# proc_handler_%ld: handles request kind %ld", p, p);
        gas(o, buf);
        snprintf(name, sizeof name, "proc_handler_%ld", p);
        prologue(o, name);
        for (int b = 0; b < BLOCKS; b++) {
            /* blocks 1 and 3 are in the jump table: global labels */
            snprintf(buf, sizeof buf, "L%ld_%d:%s", p, b, b == 1 || b == 3 ? ":" : "");
            masm(o, buf);
            snprintf(buf, sizeof buf, "L%ld_%d:", p, b);
            gas(o, buf);
            int k = 5 + (int)rnd(o, 3);
            for (int i = 0; i < k; i++) {
                if (rnd(o, 8) == 0)
                    symref(o, p, nprocs);
                else
                    mix_insn(o);
            }
            int to = (int)rnd(o, BLOCKS + 1);
            snprintf(buf, sizeof buf, "\t%s\tL%ld_%d", jcc[rnd(o, COUNT(jcc))], p, to);
            both(o, buf);
        }
        snprintf(buf, sizeof buf, "L%ld_%d:", p, BLOCKS);
        both(o, buf);
        epilogue(o, name);
        proc_data(o, p);
    }
}

/* The macros of `mac`, for MASM and for GNU as. */
static void mac_defs(Out *o)
{
    static const char *const m[] = {
        "SAVEREGS MACRO regs:VARARG",
        "\tFOR r, <regs>",
        "\t\tpush r",
        "\t\t.pushreg r",
        "\tENDM",
        "ENDM",
        "RESTREGS MACRO regs:VARARG",
        "\tFOR r, <regs>",
        "\t\tpop r",
        "\tENDM",
        "ENDM",
        "; OPER dst, src [, op]: op is add, sub or blank (mov)",
        "OPER MACRO dst, src, op",
        "\tIFNB <op>",
        "\t\tIFIDNI <op>, <add>",
        "\t\t\tadd dst, src",
        "\t\tELSE",
        "\t\t\tsub dst, src",
        "\t\tENDIF",
        "\tELSE",
        "\t\tmov dst, src",
        "\tENDIF",
        "ENDM",
        "ROUNDS MACRO a, b, n",
        "\tLOCAL skip",
        "\tcnt = 0",
        "\tREPT n",
        "\t\tlea a, [a+b*4+cnt]",
        "\t\tcnt = cnt + 8",
        "\tENDM",
        "\tIF n GT 2",
        "\t\ttest a, a",
        "\t\tjz skip",
        "\t\txor a, b",
        "\tENDIF",
        "skip:",
        "ENDM",
        "CHECK MACRO reg, lim, target",
        "\tLOCAL ok",
        "\tcmp reg, lim",
        "\tjbe ok",
        "\tmov reg, lim",
        "\tjmp target",
        "ok:",
        "ENDM",
    };
    static const char *const g[] = {
        ".macro SAVEREGS regs:vararg",
        "\t.irp r, \\regs",
        "\t\tpush \\r",
        "\t\t.seh_pushreg \\r",
        "\t.endr",
        ".endm",
        ".macro RESTREGS regs:vararg",
        "\t.irp r, \\regs",
        "\t\tpop \\r",
        "\t.endr",
        ".endm",
        ".macro OPER dst, src, op",
        "\t.ifnb \\op",
        "\t\t.ifc \\op,add",
        "\t\t\tadd \\dst, \\src",
        "\t\t.else",
        "\t\t\tsub \\dst, \\src",
        "\t\t.endif",
        "\t.else",
        "\t\tmov \\dst, \\src",
        "\t.endif",
        ".endm",
        ".macro ROUNDS a, b, n",
        "\tcnt = 0",
        "\t.rept \\n",
        "\t\tlea \\a, [\\a+\\b*4+cnt]",
        "\t\tcnt = cnt + 8",
        "\t.endr",
        "\t.if \\n > 2",
        "\t\ttest \\a, \\a",
        "\t\tjz .Lskip\\@",
        "\t\txor \\a, \\b",
        "\t.endif",
        ".Lskip\\@:",
        ".endm",
        ".macro CHECK reg, lim, target",
        "\tcmp \\reg, \\lim",
        "\tjbe .Lok\\@",
        "\tmov \\reg, \\lim",
        "\tjmp \\target",
        ".Lok\\@:",
        ".endm",
    };
    for (size_t i = 0; i < COUNT(m); i++)
        masm(o, m[i]);
    for (size_t i = 0; i < COUNT(g); i++)
        gas(o, g[i]);
}

/* One macro call (the same text for both but for GNU as's blank
 * argument). */
static void mac_call(Out *o, long p, int b, int blocks)
{
    static const char *const calls[] = {
        "\tOPER\trax, rcx, add",
        "\tOPER\tr8d, [rsi+rdx*4+8], sub",
        "\tOPER\trdx, [rbx+16]",
        "\tOPER\tecx, 17, ADD",
        "\tROUNDS\trax, rbx, 2",
        "\tROUNDS\tr10, r11, 4",
        "\tROUNDS\trsi, rdi, 3",
    };
    char buf[160];
    unsigned k = rnd(o, COUNT(calls) + 1);
    if (k < COUNT(calls)) {
        if (k == 3) { /* MASM compares case-insensitively (IFIDNI) */
            masm(o, calls[k]);
            gas(o, "\tOPER\tecx, 17, add");
        } else {
            both(o, calls[k]);
        }
    } else {
        snprintf(buf, sizeof buf, "\tCHECK\trax, 1000, L%ld_%d", p, (b + 1) % (blocks + 1));
        both(o, buf);
    }
}

/* mac: procs whose prologue, epilogue and every ~9th line are macros. */
static void gen_mac(Out *o, long n)
{
    enum { BLOCKS = 8, PROC_LINES = 10 + BLOCKS * 9 + 6 + 8 };
    long nprocs = n / PROC_LINES;
    if (nprocs < 2)
        nprocs = 2;
    char buf[200], name[64];
    constants(o);
    externs(o);
    mac_defs(o);
    masm(o, "\t.code");
    for (long p = 0; p < nprocs; p++) {
        snprintf(name, sizeof name, "proc_handler_%ld", p);
        snprintf(buf, sizeof buf, "%s PROC FRAME", name);
        masm(o, buf);
        snprintf(buf, sizeof buf, "\t.seh_proc\t%s\n%s:", name, name);
        gas(o, buf);
        both(o, "\tSAVEREGS rbx, rsi, rdi, r12");
        both(o, "\tsub\trsp, 40");
        masm(o, "\t.allocstack 40");
        gas(o, "\t.seh_stackalloc\t40");
        masm(o, "\t.endprolog");
        gas(o, "\t.seh_endprologue");
        for (int b = 0; b < BLOCKS; b++) {
            snprintf(buf, sizeof buf, "L%ld_%d:%s", p, b, b == 1 || b == 3 ? ":" : "");
            masm(o, buf);
            snprintf(buf, sizeof buf, "L%ld_%d:", p, b);
            gas(o, buf);
            mac_call(o, p, b, BLOCKS);
            for (int i = 0; i < 6; i++) {
                if (rnd(o, 10) == 0)
                    symref(o, p, nprocs);
                else
                    mix_insn(o);
            }
            int to = (int)rnd(o, BLOCKS + 1);
            snprintf(buf, sizeof buf, "\t%s\tL%ld_%d", jcc[rnd(o, COUNT(jcc))], p, to);
            both(o, buf);
        }
        snprintf(buf, sizeof buf, "L%ld_%d:", p, BLOCKS);
        both(o, buf);
        both(o, "\tadd\trsp, 40");
        both(o, "\tRESTREGS r12, rdi, rsi, rbx");
        both(o, "\tret");
        snprintf(buf, sizeof buf, "%s ENDP", name);
        masm(o, buf);
        gas(o, "\t.seh_endproc");
        proc_data(o, p);
    }
}

/* perlasm: functions of ~LEN lines of SIMD rounds, a loop label per
 * ~500 lines, a constant table after each. */
static void gen_perlasm(Out *o, long n)
{
    enum { LEN = 4000 };
    static const char *const simd[] = {
        "\tvpaddd\tymm0, ymm0, ymm4",
        "\tvpxor\tymm12, ymm12, ymm0",
        "\tvpshufb\tymm12, ymm12, ymm15",
        "\tvpaddd\tymm8, ymm8, ymm12",
        "\tvpxor\tymm4, ymm4, ymm8",
        "\tvpslld\tymm14, ymm4, 12",
        "\tvpsrld\tymm4, ymm4, 20",
        "\tvpor\tymm4, ymm14, ymm4",
        "\tvpshufd\tymm1, ymm1, 147",
        "\tvmovdqu\tymm3, ymmword ptr [rsi+96]",
        "\tvmovdqu\tymmword ptr [rdi+32], ymm5",
        "\tvpaddq\tymm2, ymm2, ymmword ptr [rsp+64]",
        "\tvpunpcklqdq\tymm6, ymm6, ymm7",
        "\tvperm2i128\tymm9, ymm10, ymm11, 32",
        "\tvpclmulqdq\txmm0, xmm1, xmm2, 17",
        "\taesenc\txmm3, xmm4",
        "\taesenclast\txmm5, xmm6",
        "\tpclmulqdq\txmm7, xmm8, 0",
        "\tpshufb\txmm0, xmm13",
        "\tmovdqu\txmm1, xmmword ptr [rsi+rax+16]",
        "\tmovdqa\txmmword ptr [rsp+16], xmm9",
        "\tpxor\txmm2, xmm10",
        "\tpaddd\txmm3, xmmword ptr [r11+48]",
        "\tpsrldq\txmm4, 8",
        "\tpalignr\txmm5, xmm6, 4",
        "\tadd\tr8d, dword ptr [rsp+4]",
        "\tror\tr9d, 11",
        "\txor\tr10d, r11d",
        "\tandn\tr12d, r13d, r14d",
        "\trorx\tr13d, r8d, 25",
        "\tlea\tr15d, [r15+rdi*1]",
        "\tadd\trsi, 64",
    };
    long nfuncs = n / (LEN + 12);
    if (nfuncs < 1)
        nfuncs = 1;
    char buf[200];
    for (long f = 0; f < nfuncs; f++) {
        masm(o, "\t.code");
        gas(o, "\t.text");
        snprintf(buf, sizeof buf, "\tALIGN\t16\nchacha_blocks_%ld PROC", f);
        masm(o, buf);
        o->lines++;
        snprintf(buf, sizeof buf, "\t.balign\t16\nchacha_blocks_%ld:", f);
        gas(o, buf);
        both(o, "\tvzeroupper");
        for (long i = 0; i < LEN; i++) {
            if (i % 500 == 0) {
                snprintf(buf, sizeof buf, "$Loop_%ld_%ld:", f, i / 500);
                masm(o, buf);
                snprintf(buf, sizeof buf, ".Loop_%ld_%ld:", f, i / 500);
                gas(o, buf);
            }
            if (i % 500 == 499) {
                both(o, "\tdec\trdx");
                snprintf(buf, sizeof buf, "\tjnz\t$Loop_%ld_%ld", f, i / 500);
                masm(o, buf);
                snprintf(buf, sizeof buf, "\tjnz\t.Loop_%ld_%ld", f, i / 500);
                gas(o, buf);
            } else {
                both(o, simd[rnd(o, COUNT(simd))]);
            }
        }
        both(o, "\tvzeroupper");
        both(o, "\tret");
        snprintf(buf, sizeof buf, "chacha_blocks_%ld ENDP", f);
        masm(o, buf);
        both(o, "\t.data");
        snprintf(buf, sizeof buf, "\tALIGN\t16\n$Lsigma_%ld\tDB\t'expand 32-byte k', 0", f);
        masm(o, buf);
        o->lines++;
        snprintf(buf, sizeof buf, "\t.balign\t16\n.Lsigma_%ld:\t.ascii\t\"expand 32-byte k\"\n\t.byte\t0", f);
        gas(o, buf);
        for (int k = 0; k < 4; k++) {
            masm(o, "\tDD\t00010203h, 04050607h, 08090A0Bh, 0C0D0E0Fh, 00000001h, 00000002h");
            gas(o, "\t.long\t0x00010203, 0x04050607, 0x08090A0B, 0x0C0D0E0F, 1, 2");
        }
    }
}

/* data: tables of every size, strings, pointer tables. */
static void gen_data(Out *o, long n)
{
    char m[400], g[400], t[64];
    masm(o, "\t.data");
    gas(o, "\t.data");
    long labels = 0;
    while (o->lines < n) {
        unsigned k = rnd(o, 6);
        int mo, go;
        if (o->lines % 64 == 0) {
            snprintf(m, sizeof m, "table_%ld\tLABEL\tBYTE", labels);
            masm(o, m);
            snprintf(g, sizeof g, "table_%ld:", labels);
            gas(o, g);
            labels++;
            continue;
        }
        switch (k) {
        case 0:
        case 1:
            mo = snprintf(m, sizeof m, "\tDQ\t");
            go = snprintf(g, sizeof g, "\t.quad\t");
            for (int i = 0; i < 8; i++) {
                unsigned long v = ((unsigned long)rnd(o, 1u << 30) << 32) | rnd(o, 1u << 30);
                mo += snprintf(m + mo, sizeof m - (size_t)mo, "%s0%lXh", i ? ", " : "", v);
                go += snprintf(g + go, sizeof g - (size_t)go, "%s0x%lX", i ? ", " : "", v);
            }
            break;
        case 2:
            mo = snprintf(m, sizeof m, "\tDD\t");
            go = snprintf(g, sizeof g, "\t.long\t");
            for (int i = 0; i < 12; i++) {
                unsigned v = rnd(o, 1u << 31);
                mo += snprintf(m + mo, sizeof m - (size_t)mo, "%s0%Xh", i ? ", " : "", v);
                go += snprintf(g + go, sizeof g - (size_t)go, "%s0x%X", i ? ", " : "", v);
            }
            break;
        case 3:
            mo = snprintf(m, sizeof m, "\tDB\t");
            go = snprintf(g, sizeof g, "\t.byte\t");
            for (int i = 0; i < 16; i++) {
                unsigned v = rnd(o, 256);
                mo += snprintf(m + mo, sizeof m - (size_t)mo, "%s%u", i ? ", " : "", v);
                go += snprintf(g + go, sizeof g - (size_t)go, "%s%u", i ? ", " : "", v);
            }
            break;
        case 4:
            snprintf(t, sizeof t, "error %u: the operation could not be completed", rnd(o, 100000));
            snprintf(m, sizeof m, "\tDB\t'%s', 0", t);
            snprintf(g, sizeof g, "\t.asciz\t\"%s\"", t);
            break;
        default:
            if (labels < 2) {
                snprintf(m, sizeof m, "\tDW\t1, 2, 3, 4, 5, 6, 7, 8");
                snprintf(g, sizeof g, "\t.short\t1, 2, 3, 4, 5, 6, 7, 8");
            } else {
                long a = (long)rnd(o, (unsigned)labels), b = (long)rnd(o, (unsigned)labels);
                snprintf(m, sizeof m, "\tDQ\ttable_%ld, table_%ld, table_%ld+8", a, b, a);
                snprintf(g, sizeof g, "\t.quad\ttable_%ld, table_%ld, table_%ld+8", a, b, a);
            }
            break;
        }
        masm(o, m);
        gas(o, g);
    }
}

/* sdata: STRUCT types, initialised instances and accesses. */
static void gen_sdata(Out *o, long n)
{
    char m[300], g[300];
    static const char *const def[] = {
        "CONN_ENTRY STRUCT",
        "\tce_id\tDQ\t?",
        "\tce_addr\tDD\t?",
        "\tce_port\tDW\t?",
        "\tce_flags\tDB\t?",
        "\tce_state\tDB\t?",
        "\tce_bytes\tDQ\t?",
        "\tce_name\tDB\t8 DUP (?)",
        "CONN_ENTRY ENDS",
        "RANGE\tSTRUCT",
        "\tr_lo\tDD\t0",
        "\tr_hi\tDD\t0FFFFFFFFh",
        "RANGE\tENDS",
    };
    for (size_t i = 0; i < COUNT(def); i++)
        masm(o, def[i]);
    masm(o, "\t.data");
    gas(o, "\t.data");
    long k = 0;
    while (o->lines < n * 9 / 10) {
        unsigned p = rnd(o, 65536), f = rnd(o, 256);
        snprintf(m, sizeof m, "conn_%ld\tCONN_ENTRY\t<%ld, 0C0A80000h + %u, %u, %u, 1, 0, 'conn%04u'>",
                 k, k, p, p, f, p % 10000);
        masm(o, m);
        snprintf(g, sizeof g,
                 "conn_%ld:\t.quad %ld\n\t.long 0xC0A80000 + %u\n\t.short %u\n\t.byte %u, 1\n"
                 "\t.quad 0\n\t.ascii \"conn%04u\"",
                 k, k, p, p, f, p % 10000);
        gas(o, g);
        if (k % 8 == 7) {
            masm(o, "\tRANGE\t<10, 20>, <>, <30>");
            gas(o, "\t.long 10, 20, 0, 0xFFFFFFFF, 30, 0xFFFFFFFF");
            masm(o, "\tCONN_ENTRY\t4 DUP (<>)");
            gas(o, "\t.fill 4*32, 1, 0");
        }
        k++;
    }
    masm(o, "\t.code");
    gas(o, "\t.text");
    masm(o, "walk PROC");
    gas(o, "walk:");
    long i = 0;
    while (o->lines < n) {
        long c = (long)rnd(o, (unsigned)k);
        switch (i++ % 4) {
        case 0:
            snprintf(m, sizeof m, "\tmov\teax, conn_%ld.ce_addr", c);
            snprintf(g, sizeof g, "\tmov\teax, dword ptr [rip+conn_%ld+8]", c);
            break;
        case 1:
            snprintf(m, sizeof m, "\tmovzx\tecx, [rbx].CONN_ENTRY.ce_port");
            snprintf(g, sizeof g, "\tmovzx\tecx, word ptr [rbx+12]");
            break;
        case 2:
            snprintf(m, sizeof m, "\tadd\tqword ptr [rdi+rcx*8].CONN_ENTRY.ce_bytes, rax");
            snprintf(g, sizeof g, "\tadd\tqword ptr [rdi+rcx*8+16], rax");
            break;
        default:
            snprintf(m, sizeof m, "\tlea\trsi, conn_%ld.ce_name", c);
            snprintf(g, sizeof g, "\tlea\trsi, [rip+conn_%ld+24]", c);
            break;
        }
        masm(o, m);
        gas(o, g);
    }
    both(o, "\tret");
    masm(o, "walk ENDP");
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: mkreal real|mac|perlasm|data|sdata N OUTBASE\n");
        return 2;
    }
    const char *kind = argv[1], *base = argv[3];
    long n = strtol(argv[2], NULL, 10);
    Out o;
    o.m = open_out(base, ".asm");
    o.g = open_out(base, ".s");
    o.lines = 0;
    o.rng = 4242;
    gas(&o, "\t.intel_syntax noprefix");
    gas(&o, "\t.text");
    if (strcmp(kind, "real") == 0)
        gen_real(&o, n);
    else if (strcmp(kind, "mac") == 0)
        gen_mac(&o, n);
    else if (strcmp(kind, "perlasm") == 0)
        gen_perlasm(&o, n);
    else if (strcmp(kind, "data") == 0)
        gen_data(&o, n);
    else if (strcmp(kind, "sdata") == 0)
        gen_sdata(&o, n);
    else {
        fprintf(stderr, "mkreal: unknown kind %s\n", kind);
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

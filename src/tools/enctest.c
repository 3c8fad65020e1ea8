/* enctest.c: stand-alone driver for the encoder, used by regress/enc/run.sh
 * until the full assembler can take its place.  Reads one MASM-syntax
 * instruction per line from stdin and prints its bytes in hex ("8b c3"),
 * or "error ENC_ERR_..." when the encoder refuses it.
 *
 * Operand syntax: registers; [SIZE ptr] [seg:][base+index*scale+disp];
 * [rip+disp]; immediates (decimal, or MASM hex 0FFh, optional '-');
 * branch targets "$+N" / "$-N" / "SHORT $+N" (N counted from the start of
 * the instruction, as MASM's $), encoded as displacement N - length.
 * Prefixes: lock, rep, repe, repz, repne, repnz, {vex}.
 * x87 registers: st (= st(0)) and st(0)..st(7).
 * AVX-512 decorators (MASM/Intel syntax): {k1}..{k7} and {z} after the
 * destination; "dword bcst [rax]" (broadcast, element size; count from the
 * vector length) or "[rax]{1to16}"; rounding {sae} {rn-sae} {rd-sae}
 * {ru-sae} {rz-sae} written as a last operand and attached to the operand
 * before it. */
#include "encoder.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Cur {
    const char *p; /* next character */
} Cur;

static void skip_ws(Cur *c)
{
    while (*c->p == ' ' || *c->p == '\t')
        c->p++;
}

static size_t word_len(const char *p)
{
    size_t n = 0;
    while (isalnum((unsigned char)p[n]) || p[n] == '_')
        n++;
    return n;
}

static bool word_is(const char *p, size_t n, const char *w)
{
    if (strlen(w) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != w[i])
            return false;
    return true;
}

/* decimal, or MASM hex with an h suffix */
static bool parse_number(Cur *c, int64_t *v)
{
    size_t n = word_len(c->p);
    char buf[40];
    uint64_t u = 0;
    if (n == 0 || n >= sizeof buf || !isdigit((unsigned char)c->p[0]))
        return false;
    memcpy(buf, c->p, n);
    buf[n] = 0;
    if (buf[n - 1] == 'h' || buf[n - 1] == 'H') {
        buf[n - 1] = 0;
        for (char *q = buf; *q; q++) {
            if (!isxdigit((unsigned char)*q))
                return false;
            u = u * 16 + (uint64_t)(isdigit((unsigned char)*q) ? *q - '0' : (tolower(*q) - 'a' + 10));
        }
    } else {
        for (char *q = buf; *q; q++) {
            if (!isdigit((unsigned char)*q))
                return false;
            u = u * 10 + (uint64_t)(*q - '0');
        }
    }
    *v = (int64_t)u;
    c->p += n;
    return true;
}

static bool parse_signed(Cur *c, int64_t *v, bool *neg)
{
    *neg = false;
    skip_ws(c);
    if (*c->p == '-' || *c->p == '+') {
        *neg = *c->p == '-';
        c->p++;
        skip_ws(c);
    }
    if (!parse_number(c, v))
        return false;
    if (*neg)
        *v = (int64_t)(0 - (uint64_t)*v);
    return true;
}

/* [seg:][ base + index*scale + disp ] */
static bool parse_mem(Cur *c, EncOperand *o)
{
    size_t n = word_len(c->p);
    Reg r = reg_lookup(c->p, n);
    o->kind = EOP_MEM;
    if (r != R_NONE && reg_class(r) == RC_SEG && c->p[n] == ':') {
        o->seg = (uint8_t)r;
        c->p += n + 1;
    }
    if (*c->p++ != '[')
        return false;
    for (int sign = 1;;) {
        int64_t v;
        bool neg;
        skip_ws(c);
        n = word_len(c->p);
        r = reg_lookup(c->p, n);
        if (r != R_NONE) {
            c->p += n;
            skip_ws(c);
            if (*c->p == '*') {
                c->p++;
                skip_ws(c);
                if (!parse_number(c, &v) || o->index)
                    return false;
                o->index = (uint8_t)r;
                o->scale = (uint8_t)v;
            } else if (!o->base) {
                o->base = (uint8_t)r;
            } else if (!o->index) {
                o->index = (uint8_t)r;
                o->scale = 1;
            } else {
                return false;
            }
        } else {
            if (!parse_signed(c, &v, &neg))
                return false;
            o->value += sign * v;
        }
        skip_ws(c);
        if (*c->p == ']') {
            c->p++;
            return true;
        }
        if (*c->p != '+' && *c->p != '-')
            return false;
        sign = *c->p == '-' ? -1 : 1;
        c->p++;
    }
}

static int ptr_size(const char *p, size_t n)
{
    static const char *const names[] = {"byte",    "word",    "dword", "qword", "oword",
                                        "xmmword", "tbyte",   "real4", "real8", "real10",
                                        "mmword",  "ymmword", "zmmword", "fword"};
    static const int sizes[] = {1, 2, 4, 8, 16, 16, 10, 4, 8, 10, 8, 32, 64, 6};
    for (int i = 0; i < (int)(sizeof sizes / sizeof sizes[0]); i++)
        if (word_is(p, n, names[i]))
            return sizes[i];
    return 0;
}

static bool parse_operand(Cur *c, EncOperand *o)
{
    memset(o, 0, sizeof *o);
    skip_ws(c);
    size_t n = word_len(c->p);
    int sz = ptr_size(c->p, n);
    if (sz) {
        c->p += n;
        skip_ws(c);
        n = word_len(c->p);
        if (word_is(c->p, n, "bcst"))
            o->bcst = 1;
        else if (!word_is(c->p, n, "ptr"))
            return false;
        c->p += n;
        skip_ws(c);
        if (!parse_mem(c, o))
            return false;
        o->size = (uint8_t)sz;
        return true;
    }
    if (word_is(c->p, n, "st")) { /* st, st(i) */
        c->p += n;
        o->kind = EOP_REG;
        o->reg = R_ST0;
        if (c->p[0] == '(' && c->p[1] >= '0' && c->p[1] <= '7' && c->p[2] == ')') {
            o->reg = (uint8_t)(R_ST0 + (c->p[1] - '0'));
            c->p += 3;
        }
        return true;
    }
    if (word_is(c->p, n, "short")) {
        c->p += n;
        skip_ws(c);
        o->rel_size = 1;
    }
    if (*c->p == '$') {
        bool neg;
        c->p++;
        o->kind = EOP_REL;
        if (!o->rel_size)
            o->rel_size = 4;
        return parse_signed(c, &o->value, &neg);
    }
    Reg r = reg_lookup(c->p, n);
    if (r != R_NONE && c->p[n] != ':') {
        o->kind = EOP_REG;
        o->reg = (uint8_t)r;
        c->p += n;
        return true;
    }
    if (*c->p == '[' || r != R_NONE)
        return parse_mem(c, o);
    o->kind = EOP_IMM;
    return parse_signed(c, &o->value, &o->is_signed);
}

static const char *status_name(EncStatus st)
{
    switch (st) {
    case ENC_OK: return "ENC_OK";
    case ENC_ERR_OPERANDS: return "ENC_ERR_OPERANDS";
    case ENC_ERR_SIZE_MISMATCH: return "ENC_ERR_SIZE_MISMATCH";
    case ENC_ERR_NO_SIZE: return "ENC_ERR_NO_SIZE";
    case ENC_ERR_IMM_RANGE: return "ENC_ERR_IMM_RANGE";
    case ENC_ERR_BAD_MEM: return "ENC_ERR_BAD_MEM";
    case ENC_ERR_REX_AH: return "ENC_ERR_REX_AH";
    default: return "?";
    }
}

static unsigned parse_prefix(Cur *c)
{
    unsigned pfx = 0;
    for (;;) {
        skip_ws(c);
        if (strncmp(c->p, "{vex}", 5) == 0) { /* issue 14: VEX over EVEX */
            pfx |= EPFX_VEX;
            c->p += 5;
            continue;
        }
        size_t n = word_len(c->p);
        if (word_is(c->p, n, "lock"))
            pfx |= EPFX_LOCK;
        else if (word_is(c->p, n, "rep") || word_is(c->p, n, "repe") || word_is(c->p, n, "repz"))
            pfx |= EPFX_REP;
        else if (word_is(c->p, n, "repne") || word_is(c->p, n, "repnz"))
            pfx |= EPFX_REPNE;
        else
            return pfx;
        c->p += n;
    }
}

/* Decorators after an operand: {k1}..{k7}, {z}, {1toN}.  A rounding
 * operand ({sae}, {rn-sae}...) returns its EncRounding in *rnd. */
static bool parse_decorators(Cur *c, EncOperand *o, int *rnd)
{
    static const char *const rn[] = {"", "sae", "rn-sae", "rd-sae", "ru-sae", "rz-sae"};
    for (;;) {
        skip_ws(c);
        if (*c->p != '{')
            return true;
        const char *e = strchr(c->p, '}');
        if (!e)
            return false;
        size_t n = (size_t)(e - c->p - 1);
        const char *w = c->p + 1;
        c->p = e + 1;
        if (n == 2 && tolower((unsigned char)w[0]) == 'k' && w[1] >= '1' && w[1] <= '7')
            o->opmask = (uint8_t)(w[1] - '0');
        else if (n == 1 && tolower((unsigned char)w[0]) == 'z')
            o->zeroing = true;
        else if (n > 3 && strncmp(w, "1to", 3) == 0)
            o->bcst = (uint8_t)atoi(w + 3);
        else {
            int k = 1;
            while (k < 6 && !(strlen(rn[k]) == n && strncmp(w, rn[k], n) == 0))
                k++;
            if (k == 6 || !rnd)
                return false;
            *rnd = k;
        }
    }
}

/* Encode one line; prints bytes or an error.  Returns false on parse error. */
static bool do_line(const char *line)
{
    Cur c = {line};
    EncOperand ops[4];
    EncInsn out;
    int nops = 0;
    unsigned pfx = parse_prefix(&c);
    size_t n = word_len(c.p);
    Mnemonic mn = enc_lookup(c.p, n);
    if (mn == MN_NONE)
        return false;
    c.p += n;
    skip_ws(&c);
    while (*c.p && *c.p != ';') {
        skip_ws(&c);
        if (*c.p == '{' && nops > 0) { /* rounding operand: goes to the one before */
            int rnd = 0;
            if (!parse_decorators(&c, &ops[nops - 1], &rnd) || !rnd)
                return false;
            ops[nops - 1].rounding = (uint8_t)rnd;
        } else if (nops == 4 || !parse_operand(&c, &ops[nops++]) ||
                   !parse_decorators(&c, &ops[nops - 1], NULL)) {
            return false;
        }
        skip_ws(&c);
        if (*c.p == ',')
            c.p++;
        else if (*c.p && *c.p != ';')
            return false;
    }
    EncStatus st = enc_encode(mn, pfx, ops, nops, &out);
    if (st != ENC_OK) {
        printf("error %s\n", status_name(st));
        return true;
    }
    for (int i = 0; i < out.nfix; i++) /* "$+N": displacement N - length */
        if (out.fix[i].kind == EFIX_REL) {
            int64_t d = ops[out.fix[i].operand].value - out.len;
            for (int b = 0; b < out.fix[i].size; b++)
                out.bytes[out.fix[i].offset + b] = (uint8_t)((uint64_t)d >> (8 * b));
        }
    for (int i = 0; i < out.len; i++)
        printf("%s%02x", i ? " " : "", out.bytes[i]);
    printf("\n");
    return true;
}

int main(void)
{
    char line[512];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!do_line(line))
            printf("error parse\n");
    }
    return 0;
}

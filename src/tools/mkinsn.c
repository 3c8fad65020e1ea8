/* mkinsn.c: build-time generator for the instruction table.  Reads
 * src/insns.tbl (format documented in its header), validates it, and writes
 * src/insn_tab.c + include/insn_tab.h.  With -t DIR it instead writes the
 * differential encoding test inputs DIR/enc.masm, DIR/enc.gas, DIR/enc.flags
 * and DIR/enc.neg (see regress/enc/run.sh).  Host tool, C99 + libc only.
 *
 * usage: mkinsn [-o SRC_C -H HDR] TABLE        generate the tables
 *        mkinsn -t DIR TABLE                    generate test inputs */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXROWS 16384
#define MAXMN 4096

/* ---- operand classes ---------------------------------------------------- */

enum { K_REG, K_RM, K_MEM, K_IMM, K_REL, K_FIXREG, K_SREG, K_FIXIMM };

typedef struct ClassDef {
    const char *tbl;   /* spelling in insns.tbl */
    const char *id;    /* OC_ enumerator */
    int kind;          /* K_* */
    int size;          /* register/immediate/rel bytes; 0 = any */
    const char *fixed; /* K_FIXREG: Reg id; K_FIXIMM: value */
    int sizing;        /* a register here gives an unsized memory its size */
    const char *rc;    /* register class accepted (RC_NONE: general register) */
    int msize;         /* memory operand bytes (K_RM, K_MEM); 0 = any */
} ClassDef;

#define GPR(t, id, k, sz) {t, id, k, sz, "0", 1, "RC_NONE", sz}
#define MEM(t, id, sz) {t, id, K_MEM, sz, "0", 0, "RC_NONE", sz}
#define VREG(t, id, k, sz, rc, msz) {t, id, k, sz, "0", 0, rc, msz}
static const ClassDef classes[] = {
    {"", "OC_NONE", 0, 0, "0", 0, "RC_NONE", 0},
    GPR("r8", "OC_R8", K_REG, 1),
    GPR("r16", "OC_R16", K_REG, 2),
    GPR("r32", "OC_R32", K_REG, 4),
    GPR("r64", "OC_R64", K_REG, 8),
    GPR("r/m8", "OC_RM8", K_RM, 1),
    GPR("r/m16", "OC_RM16", K_RM, 2),
    GPR("r/m32", "OC_RM32", K_RM, 4),
    GPR("r/m64", "OC_RM64", K_RM, 8),
    MEM("m8", "OC_M8", 1),
    MEM("m16", "OC_M16", 2),
    MEM("m32", "OC_M32", 4),
    MEM("m64", "OC_M64", 8),
    MEM("m128", "OC_M128", 16),
    MEM("m", "OC_M", 0),
    {"imm8", "OC_IMM8", K_IMM, 1, "0", 0, "RC_NONE", 0},
    {"imm16", "OC_IMM16", K_IMM, 2, "0", 0, "RC_NONE", 0},
    {"imm32", "OC_IMM32", K_IMM, 4, "0", 0, "RC_NONE", 0},
    {"imm64", "OC_IMM64", K_IMM, 8, "0", 0, "RC_NONE", 0},
    {"rel8", "OC_REL8", K_REL, 1, "0", 0, "RC_NONE", 0},
    {"rel32", "OC_REL32", K_REL, 4, "0", 0, "RC_NONE", 0},
    {"AL", "OC_AL", K_FIXREG, 1, "R_AL", 1, "RC_NONE", 0},
    {"AX", "OC_AX", K_FIXREG, 2, "R_AX", 1, "RC_NONE", 0},
    {"EAX", "OC_EAX", K_FIXREG, 4, "R_EAX", 1, "RC_NONE", 0},
    {"RAX", "OC_RAX", K_FIXREG, 8, "R_RAX", 1, "RC_NONE", 0},
    {"CL", "OC_CL", K_FIXREG, 1, "R_CL", 0, "RC_NONE", 0},
    {"DX", "OC_DX", K_FIXREG, 2, "R_DX", 0, "RC_NONE", 0},
    {"FS", "OC_FS", K_FIXREG, 2, "R_FS", 0, "RC_SEG", 0},
    {"GS", "OC_GS", K_FIXREG, 2, "R_GS", 0, "RC_SEG", 0},
    {"Sreg", "OC_SREG", K_SREG, 2, "0", 1, "RC_SEG", 0},
    {"1", "OC_ONE", K_FIXIMM, 1, "1", 0, "RC_NONE", 0},
    {"3", "OC_THREE", K_FIXIMM, 1, "3", 0, "RC_NONE", 0},
    /* general register of one size, memory of another (pextrw, pinsrb...) */
    {"r32/m8", "OC_R32M8", K_RM, 4, "0", 0, "RC_NONE", 1},
    {"r32/m16", "OC_R32M16", K_RM, 4, "0", 0, "RC_NONE", 2},
    MEM("m80", "OC_M80", 10),
    MEM("m256", "OC_M256", 32),
    MEM("m512", "OC_M512", 64),
    /* SIMD, x87 and system registers */
    VREG("xmm", "OC_XMM", K_REG, 16, "RC_XMM", 0),
    VREG("xmm/m8", "OC_XMM_M8", K_RM, 16, "RC_XMM", 1),
    VREG("xmm/m16", "OC_XMM_M16", K_RM, 16, "RC_XMM", 2),
    VREG("xmm/m32", "OC_XMM_M32", K_RM, 16, "RC_XMM", 4),
    VREG("xmm/m64", "OC_XMM_M64", K_RM, 16, "RC_XMM", 8),
    VREG("xmm/m128", "OC_XMM_M128", K_RM, 16, "RC_XMM", 16),
    {"XMM0", "OC_XMM0", K_FIXREG, 16, "R_XMM0", 0, "RC_XMM", 0},
    VREG("ymm", "OC_YMM", K_REG, 32, "RC_YMM", 0),
    VREG("ymm/m256", "OC_YMM_M256", K_RM, 32, "RC_YMM", 32),
    VREG("zmm", "OC_ZMM", K_REG, 64, "RC_ZMM", 0),
    VREG("zmm/m512", "OC_ZMM_M512", K_RM, 64, "RC_ZMM", 64),
    VREG("mm", "OC_MM", K_REG, 8, "RC_MMX", 0),
    VREG("mm/m32", "OC_MM_M32", K_RM, 8, "RC_MMX", 4),
    VREG("mm/m64", "OC_MM_M64", K_RM, 8, "RC_MMX", 8),
    {"ST0", "OC_ST0", K_FIXREG, 10, "R_ST0", 0, "RC_ST", 0},
    VREG("sti", "OC_STI", K_REG, 10, "RC_ST", 0),
    VREG("cr", "OC_CR", K_REG, 8, "RC_CR", 0),
    VREG("dr", "OC_DR", K_REG, 8, "RC_DR", 0),
    VREG("k", "OC_K", K_REG, 8, "RC_K", 0),
    VREG("k/m8", "OC_K_M8", K_RM, 8, "RC_K", 1),
    VREG("k/m16", "OC_K_M16", K_RM, 8, "RC_K", 2),
    VREG("k/m32", "OC_K_M32", K_RM, 8, "RC_K", 4),
    VREG("k/m64", "OC_K_M64", K_RM, 8, "RC_K", 8),
    /* VSIB memory: rc is the class of the vector index register; the memory
       size is the row's element size (W0 dword, W1 qword; Row.n8) */
    {"vm32x", "OC_VM32X", K_MEM, 0, "0", 0, "RC_XMM", 0},
    {"vm32y", "OC_VM32Y", K_MEM, 0, "0", 0, "RC_YMM", 0},
    {"vm32z", "OC_VM32Z", K_MEM, 0, "0", 0, "RC_ZMM", 0},
    {"vm64x", "OC_VM64X", K_MEM, 0, "0", 0, "RC_XMM", 0},
    {"vm64y", "OC_VM64Y", K_MEM, 0, "0", 0, "RC_YMM", 0},
    {"vm64z", "OC_VM64Z", K_MEM, 0, "0", 0, "RC_ZMM", 0},
    /* issue 14: AMX tiles; SIBMEM (fixed 1: always a SIB byte, never
       RIP-relative); an even mask register naming a pair (VP2INTERSECT);
       m16:32 far pointers (fword); the implicit registers of AMD SVM,
       MONITORX/MWAITX, INVLPGB and SNP */
    VREG("tmm", "OC_TMM", K_REG, 0, "RC_TMM", 0),
    {"sibmem", "OC_SIBMEM", K_MEM, 0, "1", 0, "RC_NONE", 0},
    VREG("kpair", "OC_KPAIR", K_REG, 16, "RC_K", 0),
    MEM("m48", "OC_M48", 6),
    {"ECX", "OC_ECX", K_FIXREG, 4, "R_ECX", 0, "RC_NONE", 0},
    {"EDX", "OC_EDX", K_FIXREG, 4, "R_EDX", 0, "RC_NONE", 0},
    {"EBX", "OC_EBX", K_FIXREG, 4, "R_EBX", 0, "RC_NONE", 0},
    {"RCX", "OC_RCX", K_FIXREG, 8, "R_RCX", 0, "RC_NONE", 0},
    {"RDX", "OC_RDX", K_FIXREG, 8, "R_RDX", 0, "RC_NONE", 0},
    {"RBX", "OC_RBX", K_FIXREG, 8, "R_RBX", 0, "RC_NONE", 0},
    /* moffs (fixed 2): an absolute address outside the sign-extended
       disp32 range, written as 8 bytes after the opcode (mov A0-A3); the
       other memory classes do not take such an address */
    {"moffs8", "OC_MOFFS8", K_MEM, 1, "2", 0, "RC_NONE", 1},
    {"moffs16", "OC_MOFFS16", K_MEM, 2, "2", 0, "RC_NONE", 2},
    {"moffs32", "OC_MOFFS32", K_MEM, 4, "2", 0, "RC_NONE", 4},
    {"moffs64", "OC_MOFFS64", K_MEM, 8, "2", 0, "RC_NONE", 8},
};
#define NCLASS ((int)(sizeof classes / sizeof classes[0]))

static int is_vsib(int c) { return classes[c].kind == K_MEM && strcmp(classes[c].rc, "RC_NONE"); }
static int is_sibmem(int c) { return classes[c].kind == K_MEM && classes[c].fixed[0] == '1'; }
static int is_moffs(int c) { return classes[c].kind == K_MEM && classes[c].fixed[0] == '2'; }

/* ---- flags (mirrored as IF_* in the generated header) ------------------- */

static const char *const flagnames[] = {
    "sx8", "ml64-dir", "relax=rel32", "d64", "reloc", "lock",
    "rep", "repne", "text", "notest", "nort", "umem", "fp", "vex2",
    "vexpfx", "asz", "distinct", "gas-rex64"};
static const char *const flagids[] = {
    "IF_SX8", "IF_ML64DIR", "IF_RELAX", "IF_D64", "IF_RELOC", "IF_LOCK",
    "IF_REP", "IF_REPNE", "IF_TEXT", "IF_NOTEST", "IF_NORT", "IF_UMEM", "IF_FP", "IF_VEX2",
    "IF_VEXPFX", "IF_ASZ", "IF_DISTINCT", "IF_GASREX64"};
#define NFLAG ((int)(sizeof flagnames / sizeof flagnames[0]))
enum { F_SX8 = 1, F_ML64DIR = 2, F_RELAX = 4, F_D64 = 8, F_RELOC = 16,
       F_LOCK = 32, F_REP = 64, F_REPNE = 128, F_TEXT = 256, F_NOTEST = 512,
       F_NORT = 1024, F_UMEM = 2048, F_FP = 4096, F_VEX2 = 8192, F_VEXPFX = 16384,
       F_ASZ = 32768, F_DISTINCT = 65536, F_GASREX64 = 131072 };

enum { P_66 = 1, P_67 = 2, P_F2 = 4, P_F3 = 8, P_REXW = 16, P_9B = 32 };
enum { E_LEGACY, E_VEX, E_EVEX };
enum { M_NONE, M_R, M_DIGIT, M_RR, M_PLUSR, M_RREG };

typedef struct Row {
    char mn[24];      /* upper-case mnemonic after CC expansion */
    int nops;         /* operand count */
    int op[4];        /* class index */
    int pfx;          /* P_* */
    int nopc;         /* opcode bytes */
    int opc[4];       /* opcode bytes */
    int modrm;        /* M_* */
    int digit;        /* /digit */
    int reg_op;       /* operand in ModRM.reg, -1 none */
    int rm_op;        /* operand in ModRM.rm or +r, -1 none */
    int nimm;         /* immediate fields */
    int imm[2];       /* their sizes */
    int rel;          /* rel field size, 0 none */
    unsigned flags;   /* F_* */
    int opsize;       /* operand size for immediate range checks */
    int memsole;      /* bit k: unsized memory at operand k is unambiguous */
    char gas[16];     /* GNU as mnemonic, "" = same */
    char gaspfx[16];  /* GNU as prefix for tests */
    int gaspfx_mem;   /* ... only on instances with a memory operand */
    int line;         /* source line */
    int seq;          /* file order */
    int family;       /* index into families[] (@family line in force) */
    int enc;          /* E_LEGACY, E_VEX, E_EVEX */
    int vl;           /* VEX/EVEX vector length: 0 = 128/LIG/LZ, 1 = 256, 2 = 512 */
    int pp;           /* VEX/EVEX implied prefix: 0 none, 1 66, 2 F3, 3 F2 */
    int mmap;         /* VEX/EVEX opcode map: 1 0F, 2 0F38, 3 0F3A, 5 MAP5, 6 MAP6 */
    int vexw;         /* VEX/EVEX W: 0, 1; 2 = WIG (written as 0) */
    char en[6];       /* operand roles (en=): R reg, M rm, V vvvv, L is4, I imm */
    int vvvv_op;      /* operand in VEX.vvvv, -1 none */
    int is4_op;       /* operand in imm8[7:4], -1 none */
    int suffix;       /* fixed byte after ModRM/disp/imm (ib=XX), -1 none */
    char expand[12];  /* expansion list for a '*' in the mnemonic */
    int evex;         /* EV_*: decorators an EVEX row takes */
    int bcst;         /* EVEX: broadcast element bytes (/m32bcst), 0 none */
    int n8;           /* EVEX: disp8*N scale when not the memory size (disp8=) */
    int esize;        /* other memory sizes ml64 takes (esize=): a mask of
                         sizes 1..64, 255 any */
} Row;

/* EVEX decorators of a row, from the operand spellings {k} {z} {er} {sae};
 * {k1} is a mandatory mask (gathers, scatters). */
enum { EV_K = 1, EV_Z = 2, EV_ER = 4, EV_SAE = 8, EV_KREQ = 16 };

/* @family NAME lines group the rows that follow (README status table). */
#define MAXFAM 96
static char families[MAXFAM][16] = {"GP"};
static int nfamilies = 1, cur_family;

/* Mnemonic expansions: a '*' in the mnemonic becomes each name, and an
 * ib=* token the matching byte (SSE/AVX compare predicates, PCLMULQDQ). */
typedef struct Expansion {
    const char *id;           /* expand= value */
    int n;                    /* entries */
    const char *names[32];    /* upper-case infixes */
    int vals[32];             /* immediates */
} Expansion;
static const Expansion expansions[] = {
    {"ssecmp", 8, {"EQ", "LT", "LE", "UNORD", "NEQ", "NLT", "NLE", "ORD"},
     {0, 1, 2, 3, 4, 5, 6, 7}},
    {"avxcmp", 32, {"EQ", "LT", "LE", "UNORD", "NEQ", "NLT", "NLE", "ORD", "EQ_UQ", "NGE",
                    "NGT", "FALSE", "NEQ_OQ", "GE", "GT", "TRUE", "EQ_OS", "LT_OQ", "LE_OQ",
                    "UNORD_S", "NEQ_US", "NLT_UQ", "NLE_UQ", "ORD_S", "EQ_US", "NGE_UQ",
                    "NGT_UQ", "FALSE_OS", "NEQ_OS", "GE_OQ", "GT_OQ", "TRUE_US"},
     {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
      24, 25, 26, 27, 28, 29, 30, 31}},
    {"pclmul", 4, {"LQLQ", "HQLQ", "LQHQ", "HQHQ"}, {0x00, 0x01, 0x10, 0x11}},
    /* GNU as's further names of AVX predicates 0-15 (issue 14) */
    {"avxcmpx", 14, {"EQ_OQ", "LT_OS", "LE_OS", "UNORD_Q", "NEQ_UQ", "NLT_US", "NLE_US",
                     "ORD_Q", "NGE_US", "NGT_US", "FALSE_OQ", "GE_OS", "GT_OS", "TRUE_UQ"},
     {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15}},
    /* AVX-512 integer compares: vpcmpltd .. (signed eq is vpcmpeqd, its
       own opcode) and vpcmpequd .. */
    {"pcmp", 5, {"LT", "LE", "NEQ", "NLT", "NLE"}, {1, 2, 4, 5, 6}},
    {"pcmpu", 6, {"EQ", "LT", "LE", "NEQ", "NLT", "NLE"}, {0, 1, 2, 4, 5, 6}},
};
#define NEXPANSION ((int)(sizeof expansions / sizeof expansions[0]))

static Row rows[MAXROWS];
static int nrows;
static const char *tblname;

static void die(int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: error: ", tblname, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static int find_class(const char *s)
{
    for (int i = 1; i < NCLASS; i++)
        if (strcmp(classes[i].tbl, s) == 0)
            return i;
    return -1;
}

static int ishex2(const char *s)
{
    return isxdigit((unsigned char)s[0]) && isxdigit((unsigned char)s[1]);
}

/* condition codes: name and number, in SDM order */
static const struct { const char *name; int cc; } ccs[] = {
    {"O", 0}, {"NO", 1}, {"B", 2}, {"C", 2}, {"NAE", 2}, {"AE", 3},
    {"NB", 3}, {"NC", 3}, {"E", 4}, {"Z", 4}, {"NE", 5}, {"NZ", 5},
    {"BE", 6}, {"NA", 6}, {"A", 7}, {"NBE", 7}, {"S", 8}, {"NS", 9},
    {"P", 10}, {"PE", 10}, {"NP", 11}, {"PO", 11}, {"L", 12}, {"NGE", 12},
    {"GE", 13}, {"NL", 13}, {"LE", 14}, {"NG", 14}, {"G", 15}, {"NLE", 15}};

/* ---- parsing ------------------------------------------------------------- */

static int tokenize(char *s, char **tok, int max)
{
    int n = 0;
    char *h = strchr(s, '#');
    if (h)
        *h = 0;
    for (char *p = strtok(s, " \t\r\n"); p; p = strtok(NULL, " \t\r\n")) {
        if (n == max)
            return -1;
        tok[n++] = p;
    }
    return n;
}

static int parse_flag(Row *r, const char *t)
{
    for (int i = 0; i < NFLAG; i++)
        if (strcmp(t, flagnames[i]) == 0) {
            r->flags |= 1u << i;
            return 1;
        }
    if (strncmp(t, "gas=", 4) == 0 && strlen(t + 4) < sizeof r->gas) {
        strcpy(r->gas, t + 4);
        return 1;
    }
    if (strncmp(t, "gas-pfx=", 8) == 0 && strlen(t + 8) < sizeof r->gaspfx) {
        strcpy(r->gaspfx, t + 8);
        return 1;
    }
    if (strncmp(t, "expand=", 7) == 0 && strlen(t + 7) < sizeof r->expand) {
        strcpy(r->expand, t + 7);
        return 1;
    }
    if (strncmp(t, "esize=", 6) == 0) { /* N or N+M...: a mask of the sizes */
        const char *p = t + 6;
        if (strcmp(p, "*") == 0) {
            r->esize = 255;
            return 1;
        }
        r->esize = 0;
        for (;;) {
            int n = atoi(p);
            if (n < 1 || n > 64 || (n & (n - 1)))
                return 0;
            r->esize |= n;
            while (*p >= '0' && *p <= '9')
                p++;
            if (*p == 0)
                return 1;
            if (*p++ != '+')
                return 0;
        }
    }
    if (strncmp(t, "disp8=", 6) == 0 && strchr("1248", t[6]) && t[6] && !t[7]) {
        r->n8 = t[6] - '0';
        return 1;
    }
    if (strncmp(t, "en=", 3) == 0 && strlen(t + 3) < sizeof r->en &&
        strspn(t + 3, "RMVLI") == strlen(t + 3)) {
        strcpy(r->en, t + 3);
        return 1;
    }
    if (strncmp(t, "gas-pfx-mem=", 12) == 0 && strlen(t + 12) < sizeof r->gaspfx) {
        strcpy(r->gaspfx, t + 12);
        r->gaspfx_mem = 1;
        return 1;
    }
    return 0;
}

/* VEX.L.pp.mmmmm.W / EVEX.L.pp.mm.W (SDM notation, fields separated by
 * dots; NDS/NDD/DDS are accepted and ignored). */
static int parse_vex(Row *r, const char *t)
{
    char buf[48], *f;
    int have_map = 0, have_w = 0;
    if (strncmp(t, "VEX.", 4) != 0 && strncmp(t, "EVEX.", 5) != 0)
        return 0;
    if (strlen(t) >= sizeof buf || r->nopc || r->pfx)
        die(r->line, "bad VEX/EVEX token '%s'", t);
    strcpy(buf, t);
    r->enc = t[0] == 'E' ? E_EVEX : E_VEX;
    for (f = strtok(buf, "."); f; f = strtok(NULL, ".")) {
        if (!strcmp(f, "VEX") || !strcmp(f, "EVEX") || !strcmp(f, "NDS") || !strcmp(f, "NDD") ||
            !strcmp(f, "DDS"))
            continue;
        if (!strcmp(f, "128") || !strcmp(f, "L0") || !strcmp(f, "LZ") || !strcmp(f, "LIG"))
            r->vl = 0;
        else if (!strcmp(f, "256") || !strcmp(f, "L1"))
            r->vl = 1;
        else if (!strcmp(f, "512"))
            r->vl = 2;
        else if (!strcmp(f, "66"))
            r->pp = 1;
        else if (!strcmp(f, "F3"))
            r->pp = 2;
        else if (!strcmp(f, "F2"))
            r->pp = 3;
        else if (!strcmp(f, "0F") || !strcmp(f, "0F38") || !strcmp(f, "0F3A")) {
            r->mmap = !strcmp(f, "0F") ? 1 : !strcmp(f, "0F38") ? 2 : 3;
            have_map = 1;
        } else if ((!strcmp(f, "MAP5") || !strcmp(f, "MAP6")) && r->enc == E_EVEX) {
            r->mmap = f[3] - '0';
            have_map = 1;
        } else if (!strcmp(f, "W0") || !strcmp(f, "W1") || !strcmp(f, "WIG")) {
            r->vexw = f[1] == '0' ? 0 : f[1] == '1' ? 1 : 2;
            have_w = 1;
        } else
            die(r->line, "unknown VEX/EVEX field '%s'", f);
    }
    if (!have_map || !have_w)
        die(r->line, "VEX/EVEX token needs an opcode map and W");
    return 1;
}

/* One encoding token; returns 0 if the token is not an encoding token. */
static int parse_enc(Row *r, const char *t, int *pluscc)
{
    if (parse_vex(r, t))
        return 1;
    if (strcmp(t, "NP") == 0)
        return 1;
    if (strcmp(t, "ib=*") == 0) { r->suffix = -2; return 1; }
    if (strncmp(t, "ib=", 3) == 0 && ishex2(t + 3) && !t[5]) {
        r->suffix = (int)strtol(t + 3, NULL, 16);
        return 1;
    }
    if (r->nopc == 0 && strcmp(t, "9B") == 0 && !(r->pfx & P_9B)) { r->pfx |= P_9B; return 1; }
    if (strcmp(t, "REX.W") == 0) { r->pfx |= P_REXW; return 1; }
    if (r->enc == E_LEGACY && r->nopc == 0) { /* after VEX/EVEX every byte is opcode */
        static const struct { const char *t; int bit; } pf[] = {
            {"66", P_66}, {"67", P_67}, {"F2", P_F2}, {"F3", P_F3}};
        for (int i = 0; i < 4; i++)
            if (strcmp(t, pf[i].t) == 0) {
                r->pfx |= pf[i].bit;
                return 1;
            }
    }
    if (strcmp(t, "/r") == 0) { r->modrm = M_R; return 1; }
    if (strcmp(t, "/rr") == 0) { r->modrm = M_RR; return 1; }
    if (strcmp(t, "11:rrr:000") == 0) { r->modrm = M_RREG; return 1; }
    if (t[0] == '/' && t[1] >= '0' && t[1] <= '7' && !t[2]) {
        r->modrm = M_DIGIT;
        r->digit = t[1] - '0';
        return 1;
    }
    static const char *const isz[] = {"ib", "iw", "id", "io"};
    for (int i = 0; i < 4; i++)
        if (strcmp(t, isz[i]) == 0) {
            if (r->nimm == 2)
                die(r->line, "too many immediates");
            r->imm[r->nimm++] = 1 << i;
            return 1;
        }
    if (strcmp(t, "cb") == 0) { r->rel = 1; return 1; }
    if (strcmp(t, "cd") == 0) { r->rel = 4; return 1; }
    if (ishex2(t) && (!t[2] || t[2] == '+')) {
        if (r->nopc == 4)
            die(r->line, "too many opcode bytes");
        r->opc[r->nopc++] = (int)strtol(t, NULL, 16);
        if (t[2] == '+') {
            if (strcmp(t + 3, "r") == 0)
                r->modrm = M_PLUSR;
            else if (strcmp(t + 3, "cc") == 0)
                *pluscc = 1;
            else
                die(r->line, "unknown token '%s'", t);
        }
        return 1;
    }
    return 0;
}

static int is_regkind(int k) { return k == K_REG || k == K_FIXREG || k == K_SREG; }

static int is_special(int c)
{
    const char *rc = classes[c].rc;
    return !strcmp(rc, "RC_SEG") || !strcmp(rc, "RC_CR") || !strcmp(rc, "RC_DR");
}

/* Roles from an en= string, or for VEX/EVEX rows by the SDM's usual
 * operand encodings: RM/MR with two operands, RVM (MVR when the first
 * operand is the memory one) with three, RVML with four; /digit rows put
 * the destination in vvvv (VMI). */
static int assign_vex_roles(Row *r)
{
    char en[6] = "";
    int nreg = 0;
    for (int i = 0; i < r->nops; i++)
        nreg += classes[r->op[i]].kind != K_IMM;
    if (r->en[0]) {
        if ((int)strlen(r->en) != r->nops)
            die(r->line, "en= needs one letter per operand");
        strcpy(en, r->en);
    } else if (r->modrm == M_RREG) {
        strcpy(en, "R");
    } else if (r->enc == E_LEGACY) {
        return 0;
    } else if (r->modrm == M_DIGIT) {
        strcpy(en, nreg == 2 ? "VM" : "M");
    } else if (r->modrm == M_R && nreg == 3) {
        int k = classes[r->op[0]].kind;
        strcpy(en, k == K_RM || k == K_MEM ? "MVR" : "RVM");
    } else if (r->modrm == M_R && nreg == 4) {
        strcpy(en, "RVML");
    } else {
        return 0;
    }
    for (int i = (int)strlen(en); i < r->nops; i++)
        en[i] = 'I';
    en[r->nops] = 0;
    for (int i = 0; i < r->nops; i++) {
        int *slot = en[i] == 'R' ? &r->reg_op : en[i] == 'M' ? &r->rm_op
                  : en[i] == 'V' ? &r->vvvv_op : en[i] == 'L' ? &r->is4_op : NULL;
        if (!slot)
            continue;
        if (*slot >= 0)
            die(r->line, "operand role '%c' used twice", en[i]);
        *slot = i;
    }
    if ((r->vvvv_op >= 0 || r->is4_op >= 0) && r->enc == E_LEGACY)
        die(r->line, "V/L operand roles need a VEX/EVEX row");
    if (r->modrm == M_DIGIT && r->reg_op >= 0)
        die(r->line, "/digit row with an R operand");
    if ((r->modrm == M_R || r->modrm == M_RREG) != (r->reg_op >= 0) ||
        (r->modrm != M_NONE && r->modrm != M_RREG && r->rm_op < 0))
        die(r->line, "operand roles do not fit the ModRM kind");
    return 1;
}

/* Which operands go into ModRM.reg / ModRM.rm (or +r), VEX.vvvv, is4. */
static void assign_roles(Row *r)
{
    r->reg_op = r->rm_op = r->vvvv_op = r->is4_op = -1;
    if (assign_vex_roles(r))
        return;
    for (int i = 0; i < r->nops && r->rm_op < 0; i++) {
        int k = classes[r->op[i]].kind;
        if (k == K_RM || k == K_MEM)
            r->rm_op = i;
    }
    if (r->modrm == M_R) {
        if (r->rm_op < 0) {
            int s = -1;
            for (int i = 0; i < r->nops; i++)
                if (is_special(r->op[i]))
                    s = i;
            r->reg_op = s >= 0 ? s : 0;
            r->rm_op = r->reg_op == 0 ? 1 : 0;
        } else {
            for (int i = 0; i < r->nops; i++)
                if (i != r->rm_op && is_regkind(classes[r->op[i]].kind)) {
                    r->reg_op = i;
                    break;
                }
        }
        if (r->reg_op < 0 || r->rm_op >= r->nops ||
            !(is_regkind(classes[r->op[r->rm_op]].kind) ||
              classes[r->op[r->rm_op]].kind == K_RM ||
              classes[r->op[r->rm_op]].kind == K_MEM))
            die(r->line, "/r needs a register and a r/m operand");
    } else if (r->modrm == M_DIGIT || r->modrm == M_RR || r->modrm == M_PLUSR) {
        if (r->rm_op < 0 || r->modrm != M_DIGIT)
            for (int i = 0; i < r->nops; i++)
                if (classes[r->op[i]].kind == K_REG) {
                    r->rm_op = i;
                    break;
                }
        if (r->rm_op < 0)
            die(r->line, "ModRM/+r form without a register or r/m operand");
        if (r->modrm == M_RR)
            r->reg_op = r->rm_op;
    }
}

static void finish_row(Row *r)
{
    int nimmop = 0, nrel = 0;
    assign_roles(r);
    r->opsize = 0;
    for (int i = 0; i < r->nops; i++) {
        const ClassDef *c = &classes[r->op[i]];
        if (c->kind == K_IMM)
            nimmop++;
        if (c->kind == K_REL) {
            nrel++;
            if (c->size != r->rel)
                die(r->line, "rel operand does not match cb/cd");
        }
        if (!r->opsize && (c->kind == K_REG || c->kind == K_RM ||
                           (c->kind == K_MEM && c->size) ||
                           (c->kind == K_FIXREG && c->sizing)))
            r->opsize = c->size;
    }
    if (!r->opsize)
        r->opsize = (r->pfx & P_REXW) || (r->flags & F_D64) ? 8 : (r->pfx & P_66) ? 2 : 0;
    if (nimmop != r->nimm)
        die(r->line, "%d immediate operands but %d immediate fields", nimmop, r->nimm);
    if ((nrel != 0) != (r->rel != 0))
        die(r->line, "rel operand without cb/cd or vice versa");
    if (r->nopc == 0 && (r->pfx & P_9B)) { /* FWAIT itself */
        r->pfx &= ~P_9B;
        r->opc[r->nopc++] = 0x9B;
    }
    if (r->nopc == 0)
        die(r->line, "no opcode");
    if (r->enc != E_LEGACY && (r->nopc != 1 || r->pfx))
        die(r->line, "a VEX/EVEX row has one opcode byte and no legacy prefix");
    if (r->esize && r->rm_op < 0)
        die(r->line, "esize= on a row without a memory operand");
    if ((r->evex || r->bcst || r->n8) && r->enc != E_EVEX)
        die(r->line, "{k} {z} {er} {sae} and bcst need an EVEX row");
    if ((r->evex & EV_Z) && !(r->evex & EV_K))
        die(r->line, "{z} without {k}");
    for (int i = 0; i < r->nops; i++) /* VSIB: element size from W */
        if (is_vsib(r->op[i])) {
            if (i != r->rm_op || r->enc == E_LEGACY || r->vexw == 2)
                die(r->line, "a VSIB operand is the ModRM.rm operand of a VEX/EVEX W0/W1 row");
            if (!r->n8)
                r->n8 = r->vexw ? 8 : 4;
        }
    if ((r->suffix == -2) != (r->expand[0] != 0))
        die(r->line, "ib=* and expand= go together");
    if ((r->flags & F_SX8) && !(r->nimm == 1 && r->imm[0] == 1))
        die(r->line, "sx8 without ib");
    if ((r->flags & F_RELOC) && nimmop == 0)
        die(r->line, "reloc flag without immediate");
    for (int i = 0; i < r->nimm; i++) {
        int k = -1;
        for (int j = 0, n = 0; j < r->nops; j++)
            if (classes[r->op[j]].kind == K_IMM && n++ == i)
                k = j;
        if (classes[r->op[k]].size != r->imm[i])
            die(r->line, "immediate operand %d does not match its field", k + 1);
    }
}

static void add_row(const Row *r)
{
    if (nrows == MAXROWS)
        die(r->line, "too many rows");
    rows[nrows] = *r;
    rows[nrows].seq = nrows;
    nrows++;
}

/* Strip the EVEX decorations of an operand token: {k} {z} {er} {sae}
 * and a /m16bcst /m32bcst /m64bcst broadcast alternative. */
static void strip_decor(Row *r, char *buf)
{
    static const struct { const char *s; int ev; } dec[] = {
        {"{k}", EV_K}, {"{k1}", EV_K | EV_KREQ}, {"{z}", EV_Z}, {"{er}", EV_ER},
        {"{sae}", EV_SAE}};
    char *p;
    for (size_t k = 0; k < sizeof dec / sizeof dec[0]; k++)
        while ((p = strstr(buf, dec[k].s)) != NULL) {
            memmove(p, p + strlen(dec[k].s), strlen(p + strlen(dec[k].s)) + 1);
            r->evex |= dec[k].ev;
        }
    p = strstr(buf, "bcst");
    if (p && p - buf >= 4 && p[4] == 0 && p[-4] == '/' && p[-3] == 'm') {
        r->bcst = atoi(p - 2) / 8;
        if (r->bcst != 2 && r->bcst != 4 && r->bcst != 8)
            die(r->line, "bad broadcast element size");
        p[-4] = 0;
    }
}

static void parse_tokens(char **tok, int n, int lineno);

/* Rows written EVEX.VL.. stand for three rows, 128, 256 and 512 bits:
 * the placeholders V (the vector), H (half), Q (quarter) and O (eighth)
 * become the register and memory classes of each length, and {er}/{sae}
 * stay only on the 512-bit row. */
static void expand_vl(char **tok, int n, int evtok, int lineno)
{
    static const struct { const char *ph, *cls[3]; } ph[] = {
        {"V", {"xmm", "ymm", "zmm"}},          {"V/mV", {"xmm/m128", "ymm/m256", "zmm/m512"}},
        {"mV", {"m128", "m256", "m512"}},      {"H", {"xmm", "xmm", "ymm"}},
        {"H/mH", {"xmm/m64", "xmm/m128", "ymm/m256"}}, {"mH", {"m64", "m128", "m256"}},
        {"Q/mQ", {"xmm/m32", "xmm/m64", "xmm/m128"}}, {"mQ", {"m32", "m64", "m128"}},
        {"O/mO", {"xmm/m16", "xmm/m32", "xmm/m64"}},  {"mO", {"m16", "m32", "m64"}}};
    static const char *const len[3] = {"128", "256", "512"};
    static char buf[40][48];
    char *t2[40];
    for (int vl = 0; vl < 3; vl++) {
        for (int i = 0; i < n; i++) {
            char base[48], *rest;
            size_t bl = strcspn(tok[i], "{,");
            t2[i] = tok[i];
            if (strlen(tok[i]) >= sizeof buf[0] || (i > evtok || i == 0))
                continue;
            t2[i] = buf[i];
            if (i == evtok) {
                char *v = strstr(tok[i], ".VL.");
                sprintf(buf[i], "%.*s.%s.%s", (int)(v - tok[i]), tok[i], len[vl], v + 4);
                continue;
            }
            memcpy(base, tok[i], bl);
            base[bl] = 0;
            rest = tok[i] + bl;
            char *b = strstr(base, "bcst");
            char bsuf[16] = "";
            if (b && b - base >= 4 && (b -= 4)[0] == '/' && strlen(b) < sizeof bsuf) {
                strcpy(bsuf, b);
                *b = 0;
            }
            for (size_t k = 0; k < sizeof ph / sizeof ph[0]; k++)
                if (strcmp(base, ph[k].ph) == 0)
                    strcpy(base, ph[k].cls[vl]);
            sprintf(buf[i], "%s%s%s", base, bsuf, rest);
            if (vl < 2) {
                char *p;
                while ((p = strstr(buf[i], "{er}")) != NULL || (p = strstr(buf[i], "{sae}")) != NULL)
                    memmove(p, strchr(p, '}') + 1, strlen(strchr(p, '}') + 1) + 1);
            }
        }
        parse_tokens(t2, n, lineno);
    }
}

static void parse_line(char *line, int lineno)
{
    char *tok[40];
    int n = tokenize(line, tok, 40);
    if (n < 0)
        die(lineno, "line too long");
    for (int i = 1; i < n; i++)
        if (strncmp(tok[i], "EVEX.VL.", 8) == 0 || (strncmp(tok[i], "EVEX.", 5) == 0 &&
                                                   strstr(tok[i], ".VL.") != NULL)) {
            expand_vl(tok, n, i, lineno);
            return;
        }
    parse_tokens(tok, n, lineno);
}

static void parse_tokens(char **tok, int n, int lineno)
{
    int i = 1, pluscc = 0;
    Row r;
    if (n == 0)
        return;
    if (strcmp(tok[0], "@family") == 0) {
        if (n != 2 || strlen(tok[1]) >= sizeof families[0])
            die(lineno, "@family NAME");
        for (cur_family = 0; cur_family < nfamilies; cur_family++)
            if (strcmp(families[cur_family], tok[1]) == 0)
                return;
        if (nfamilies == MAXFAM)
            die(lineno, "too many families");
        strcpy(families[nfamilies], tok[1]);
        cur_family = nfamilies++;
        return;
    }
    memset(&r, 0, sizeof r);
    r.line = lineno;
    r.suffix = -1;
    r.family = cur_family;
    if (strlen(tok[0]) >= sizeof r.mn - 4)
        die(lineno, "mnemonic too long");
    for (const char *p = tok[0]; *p; p++)
        if (!isupper((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '*')
            die(lineno, "mnemonic '%s' must be upper case", tok[0]);
    strcpy(r.mn, tok[0]);
    /* operands: class tokens, each but the last ending in ',' */
    while (i < n) {
        char buf[32];
        size_t len = strlen(tok[i]);
        int comma = len > 0 && tok[i][len - 1] == ',';
        if (len >= sizeof buf)
            break;
        memcpy(buf, tok[i], len + 1);
        if (comma)
            buf[len - 1] = 0;
        if (strchr(buf, '{') || strstr(buf, "bcst"))
            strip_decor(&r, buf);
        int c = find_class(buf);
        if (c < 0) {
            if (comma)
                die(lineno, "unknown operand class '%s'", buf);
            break;
        }
        if (r.nops == 4)
            die(lineno, "too many operands");
        r.op[r.nops++] = c;
        i++;
        if (!comma)
            break;
    }
    for (; i < n; i++) {
        if (parse_enc(&r, tok[i], &pluscc))
            continue;
        if (parse_flag(&r, tok[i]))
            break;
        die(lineno, "unknown token '%s'", tok[i]);
    }
    for (; i < n; i++)
        if (!parse_flag(&r, tok[i]))
            die(lineno, "unknown flag '%s'", tok[i]);
    finish_row(&r);
    size_t ml = strlen(r.mn);
    int iscc = ml > 2 && strcmp(r.mn + ml - 2, "CC") == 0 && strcmp(r.mn, "CC") != 0;
    char *ccat = iscc ? r.mn + ml - 2 : NULL;
    if (!iscc && pluscc && (ccat = strstr(r.mn, "CC")) != NULL && ccat != r.mn)
        iscc = 1; /* CMPCCXADD: the condition inside the mnemonic */
    if (iscc != pluscc)
        die(lineno, "CC mnemonic needs XX+cc and vice versa");
    if (r.expand[0]) {
        const Expansion *x = NULL;
        char *star = strchr(r.mn, '*');
        for (int k = 0; k < NEXPANSION; k++)
            if (strcmp(expansions[k].id, r.expand) == 0)
                x = &expansions[k];
        if (!x || !star || iscc)
            die(lineno, "expand= needs a known list and a '*' in the mnemonic");
        for (int k = 0; k < x->n; k++) {
            Row e = r;
            size_t pre = (size_t)(star - r.mn);
            if (strlen(r.mn) + strlen(x->names[k]) >= sizeof e.mn)
                die(lineno, "expanded mnemonic too long");
            memcpy(e.mn, r.mn, pre);
            e.mn[pre] = 0;
            strcat(e.mn, x->names[k]);
            strcat(e.mn, star + 1);
            e.suffix = x->vals[k];
            add_row(&e);
        }
        return;
    }
    if (strchr(r.mn, '*'))
        die(lineno, "'*' in a mnemonic needs expand=");
    if (!iscc) {
        add_row(&r);
        return;
    }
    for (size_t k = 0; k < sizeof ccs / sizeof ccs[0]; k++) {
        Row e = r;
        e.mn[ccat - r.mn] = 0;
        strcat(e.mn, ccs[k].name);
        strcat(e.mn, ccat + 2);
        e.opc[e.nopc - 1] += ccs[k].cc;
        add_row(&e);
    }
}

/* ---- validation ---------------------------------------------------------- */

/* Mnemonic order: that of the lower-case names enc_lookup searches
 * ('_' sorts before the letters there, after them in upper case). */
static int cmp_mn(const char *a, const char *b)
{
    while (*a && tolower((unsigned char)*a) == tolower((unsigned char)*b))
        a++, b++;
    return tolower((unsigned char)*a) - tolower((unsigned char)*b);
}

static int cmp_rows(const void *a, const void *b)
{
    const Row *x = a, *y = b;
    int c = cmp_mn(x->mn, y->mn);
    return c ? c : x->seq - y->seq;
}

/* Does class a accept everything class b accepts? (imm classes: no) */
static int class_covers(int a, int b)
{
    const ClassDef *ca = &classes[a], *cb = &classes[b];
    if (a == b)
        return ca->kind != K_IMM;
    if (is_moffs(a) || is_moffs(b)) /* no other class takes a moffs address */
        return 0;
    if (ca->kind == K_RM && cb->kind == K_MEM)
        return cb->msize == ca->msize;
    if (ca->kind == K_RM || ca->kind == K_REG)
        return (cb->kind == K_REG || cb->kind == K_FIXREG) && cb->size == ca->size &&
               strcmp(ca->rc, cb->rc) == 0 && (ca->kind == K_RM || cb->kind == K_FIXREG);
    if (ca->kind == K_MEM && ca->msize == 0 && !is_vsib(a))
        return cb->kind == K_MEM && !is_vsib(b);
    return 0;
}

static void validate(void)
{
    for (int i = 0; i < nrows; i++) {
        Row *r = &rows[i];
        int j0 = i;
        while (j0 > 0 && strcmp(rows[j0 - 1].mn, r->mn) == 0)
            j0--;
        for (int j = j0; j < i; j++) {
            Row *q = &rows[j];
            int same = q->nops == r->nops && q->enc == r->enc, cover = same;
            for (int k = 0; k < r->nops && q->nops == r->nops; k++) {
                same &= q->op[k] == r->op[k];
                cover &= class_covers(q->op[k], r->op[k]);
            }
            if (same && (q->flags & F_RELOC) == (r->flags & F_RELOC) &&
                q->pfx == r->pfx && q->nopc == r->nopc &&
                memcmp(q->opc, r->opc, sizeof q->opc) == 0)
                die(r->line, "duplicate row (line %d)", q->line);
            if (q->flags & F_VEX2) /* r is q's 2-byte-VEX alternative */
                continue;
            if (same && (q->flags & F_RELOC) == (r->flags & F_RELOC) && r->nops)
                die(r->line, "row can never match: same operands as line %d", q->line);
            if (cover && r->nops && !(q->flags & (F_RELOC | F_SX8)))
                die(r->line, "row shadowed by the wider row on line %d", q->line);
        }
        if (r->flags & F_RELAX) {
            int ok = 0;
            for (int j = j0; j < nrows && strcmp(rows[j].mn, r->mn) == 0; j++)
                ok |= rows[j].rel == 4;
            if (!ok || r->rel != 1)
                die(r->line, "relax=rel32 without a rel32 partner row");
        }
    }
    /* unsized memory is unambiguous if every row of the mnemonic with the
       same operand count has one memory size at that position */
    for (int i = 0; i < nrows; i++) {
        Row *r = &rows[i];
        for (int k = 0; k < r->nops; k++) {
            const ClassDef *c = &classes[r->op[k]];
            int ok = c->kind == K_RM || c->kind == K_MEM;
            for (int j = 0; j < nrows && ok; j++) {
                const Row *q = &rows[j];
                if (strcmp(q->mn, r->mn) || q->nops != r->nops)
                    continue;
                const ClassDef *d = &classes[q->op[k]];
                if ((d->kind == K_RM || d->kind == K_MEM) && d->msize != c->msize)
                    ok = 0;
            }
            if (ok)
                r->memsole |= 1 << k;
        }
    }
}

/* ---- table output -------------------------------------------------------- */

static void lower_str(char *d, const char *s)
{
    while (*s)
        *d++ = (char)tolower((unsigned char)*s++);
    *d = 0;
}

static FILE *xfopen(const char *name)
{
    FILE *f = fopen(name, "w");
    if (!f) {
        perror(name);
        exit(1);
    }
    return f;
}

static void write_header(const char *path, char mns[][24], int nmn)
{
    FILE *f = xfopen(path);
    fprintf(f, "/* insn_tab.h: GENERATED by src/tools/mkinsn.c from src/insns.tbl.\n"
               " * Do not edit; change the table and run make.  Layer L3 data. */\n"
               "#ifndef ASM_INSN_TAB_H\n#define ASM_INSN_TAB_H\n#include \"base.h\"\n"
               "#include \"reg.h\"\n\n");
    fprintf(f, "enum Mnemonic {\n    MN_NONE,\n");
    for (int i = 0; i < nmn; i++)
        fprintf(f, "    MN_%s,\n", mns[i]);
    fprintf(f, "    MN_COUNT\n};\ntypedef enum Mnemonic Mnemonic;\n\n");
    fprintf(f, "/* Operand classes of insns.tbl. */\ntypedef enum OpClass {\n");
    for (int i = 0; i < NCLASS; i++)
        fprintf(f, "    %s,\n", classes[i].id);
    fprintf(f, "    OC_COUNT\n} OpClass;\n\n");
    fprintf(f, "/* What an operand class accepts. */\nenum { OCK_REG, OCK_RM, OCK_MEM, OCK_IMM, "
               "OCK_REL, OCK_FIXREG, OCK_SREG, OCK_FIXIMM };\n"
               "typedef struct OpClassInfo {\n"
               "    uint8_t kind;   /* OCK_* */\n"
               "    uint8_t size;   /* register/immediate bytes, 0 = any */\n"
               "    uint8_t sizing; /* a register here sizes an unsized memory operand */\n"
               "    int16_t fixed;  /* OCK_FIXREG: Reg; OCK_FIXIMM: value; OCK_MEM: 1 SIBMEM, 2 moffs */\n"
               "    uint8_t rc;     /* RegClass accepted; RC_NONE: general register */\n"
               "    uint8_t msize;  /* memory operand bytes, 0 = any */\n"
               "} OpClassInfo;\nextern const OpClassInfo insn_class_info[OC_COUNT];\n\n");
    fprintf(f, "/* Row flags (insns.tbl flags column). */\nenum {\n");
    for (int i = 0; i < NFLAG; i++)
        fprintf(f, "    %s = %u%s /* %s */\n", flagids[i], 1u << i, i + 1 < NFLAG ? "," : "",
                flagnames[i]);
    fprintf(f, "};\n\n/* Prefix bits of a row. */\n"
               "enum { IP_66 = 1, IP_67 = 2, IP_F2 = 4, IP_F3 = 8, IP_REXW = 16, IP_9B = 32 };\n\n"
               "/* Encoding scheme of a row. */\n"
               "enum { IE_LEGACY, IE_VEX, IE_EVEX };\n\n"
               "/* EVEX decorators a row takes: {k} {z} {er} {sae}; {k1}: a mask is\n"
               "   required (gathers, scatters). */\n"
               "enum { IEV_K = 1, IEV_Z = 2, IEV_ER = 4, IEV_SAE = 8, IEV_KREQ = 16 };\n\n"
               "/* ModRM kind of a row. */\n"
               "enum { IM_NONE, IM_R, IM_DIGIT, IM_RR, IM_PLUSR,\n"
               "       IM_RREG /* 11:rrr:000: ModRM.reg from the operand, mod 11, rm 0 */ };\n\n");
    fprintf(f, "typedef struct InsnRow {\n"
               "    uint8_t op[4];   /* OpClass per operand, OC_NONE after the last */\n"
               "    uint8_t nops;    /* operand count */\n"
               "    uint8_t opsize;  /* operand size in bytes (immediate ranges), 0 none */\n"
               "    uint8_t pfx;     /* IP_* */\n"
               "    uint8_t nopc;    /* opcode length 1..4 */\n"
               "    uint8_t opc[4];  /* opcode bytes */\n"
               "    uint8_t modrm;   /* IM_* */\n"
               "    uint8_t digit;   /* IM_DIGIT: ModRM.reg value */\n"
               "    int8_t reg_op;   /* operand in ModRM.reg, -1 none */\n"
               "    int8_t rm_op;    /* operand in ModRM.rm or opcode+r, -1 none */\n"
               "    uint8_t imm[2];  /* immediate field sizes in operand order */\n"
               "    uint8_t rel;     /* rel field size, 0 none */\n"
               "    uint8_t memsole; /* bit k: unsized memory at operand k is fine */\n"
               "    uint32_t flags;  /* IF_* */\n"
               "    uint8_t enc;     /* IE_* */\n"
               "    uint8_t vl;      /* VEX/EVEX L: 0 128, 1 256, 2 512 */\n"
               "    uint8_t pp;      /* VEX/EVEX pp: 0 none, 1 66, 2 F3, 3 F2 */\n"
               "    uint8_t mmap;    /* VEX/EVEX map: 1 0F, 2 0F38, 3 0F3A, 5/6 EVEX MAP5/6 */\n"
               "    uint8_t vexw;    /* VEX/EVEX W (WIG written as 0) */\n"
               "    int8_t vvvv_op;  /* operand in VEX.vvvv, -1 none */\n"
               "    int8_t is4_op;   /* operand in imm8[7:4], -1 none */\n"
               "    int16_t suffix;  /* fixed byte after the operands, -1 none */\n"
               "    uint8_t evex;    /* IEV_*: decorators an EVEX row takes */\n"
               "    uint8_t bcst;    /* EVEX: broadcast element bytes, 0 none */\n"
               "    uint8_t n8;      /* EVEX: disp8*N scale, 0 = the memory operand size;\n"
               "                        VSIB rows: the element size (memory size) */\n"
               "    uint8_t esize;   /* memory sizes ml64 also takes (the element size\n"
               "                        of a data label): a mask of the sizes 1..64,\n"
               "                        255 any, 0 none */\n"
               "} InsnRow;\n\n"
               "extern const InsnRow insn_rows[];\n"
               "/* Rows of mnemonic m are insn_rows[insn_first[m] .. insn_first[m + 1]). */\n"
               "extern const uint16_t insn_first[MN_COUNT + 1];\n"
               "/* Lower-case names, sorted (MN_ order), for binary search. */\n"
               "extern const char *const insn_names[MN_COUNT];\n\n#endif\n");
    fclose(f);
}

static void write_source(const char *path, char mns[][24], int nmn, const int *first)
{
    FILE *f = xfopen(path);
    fprintf(f, "/* insn_tab.c: GENERATED by src/tools/mkinsn.c from src/insns.tbl.\n"
               " * Do not edit; change the table and run make.  Layer L3 data. */\n"
               "#include \"insn_tab.h\"\n\nconst OpClassInfo insn_class_info[OC_COUNT] = {\n");
    for (int i = 0; i < NCLASS; i++)
        fprintf(f, "    {%d, %d, %d, %s, %s, %d}, /* %s */\n", classes[i].kind, classes[i].size,
                classes[i].sizing, classes[i].fixed, classes[i].rc, classes[i].msize,
                classes[i].id);
    fprintf(f, "};\n\nconst InsnRow insn_rows[] = {\n");
    for (int i = 0; i < nrows; i++) {
        const Row *r = &rows[i];
        fprintf(f, "    {{%s, %s, %s, %s}, %d, %d, %d, %d, {0x%02X, 0x%02X, 0x%02X, 0x%02X}, %d, %d, %d, %d, "
                   "{%d, %d}, %d, %d, %uu, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d}, /* %d: %s */\n",
                classes[r->op[0]].id, classes[r->op[1]].id, classes[r->op[2]].id,
                classes[r->op[3]].id, r->nops, r->opsize, r->pfx, r->nopc, r->opc[0], r->opc[1],
                r->opc[2], r->opc[3], r->modrm, r->digit, r->reg_op, r->rm_op, r->imm[0], r->imm[1], r->rel,
                r->memsole, r->flags, r->enc, r->vl, r->pp, r->mmap, r->vexw & 1, r->vvvv_op,
                r->is4_op, r->suffix, r->evex, r->bcst, r->n8, r->esize, r->line, r->mn);
    }
    fprintf(f, "};\n\nconst uint16_t insn_first[MN_COUNT + 1] = {\n    0, /* MN_NONE */\n");
    for (int i = 0; i < nmn; i++)
        fprintf(f, "    %d, /* %s */\n", first[i], mns[i]);
    fprintf(f, "    %d\n};\n\nconst char *const insn_names[MN_COUNT] = {\n    \"\",\n", nrows);
    for (int i = 0; i < nmn; i++) {
        char low[24];
        lower_str(low, mns[i]);
        fprintf(f, "    \"%s\",\n", low);
    }
    fprintf(f, "};\n");
    fclose(f);
}

/* ---- test inputs (mkinsn -t DIR) -----------------------------------------
 * For every row, concrete instances in MASM syntax (enc.masm) and the same
 * instruction in GNU as Intel syntax (enc.gas, one label per instruction),
 * plus enc.flags ('b' compare bytes, 't' compare objdump text) and enc.neg
 * ("EXPECTED_STATUS<TAB>masm line") for invalid combinations. */

typedef struct Val {
    char masm[64]; /* MASM spelling */
    char gas[64];  /* GNU as Intel spelling */
    int rex;       /* needs a REX prefix */
    int high;      /* ah ch dh bh */
    int gpr;       /* a general register */
    int mem;       /* a memory operand */
    int reg;       /* any register */
    int st;        /* x87 st / st(i) spelling (needs parser support) */
    unsigned vregs; /* numbers of the xmm/ymm/zmm registers used (VSIB rows:
                       GNU as warns and objdump says (bad) when the
                       destination, mask and index coincide) */
} Val;

#define MAXVAL 96
typedef struct VList {
    Val v[MAXVAL]; /* values */
    int n;         /* count */
} VList;

static const char *const gpr_names[4][20] = {
    {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b",
     "r13b", "r14b", "r15b", "ah", "ch", "dh", "bh"},
    {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w",
     "r13w", "r14w", "r15w"},
    {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d",
     "r12d", "r13d", "r14d", "r15d"},
    {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12",
     "r13", "r14", "r15"}};

static const struct {
    const char *m, *g; /* MASM, GNU as */
    int rex;           /* uses r8..r15 */
} mems[] = {
    {"[rax]", "[rax]", 0},
    {"[rcx+rdx]", "[rcx+rdx]", 0},
    {"[rsp]", "[rsp]", 0},
    {"[rbp]", "[rbp]", 0},
    {"[r12]", "[r12]", 1},
    {"[r13]", "[r13]", 1},
    {"[r8]", "[r8]", 1},
    {"[r15+8]", "[r15+8]", 1},
    {"[rbx+127]", "[rbx+127]", 0},
    {"[rbx-128]", "[rbx-128]", 0},
    {"[rsi+128]", "[rsi+128]", 0},
    {"[rdi-129]", "[rdi-129]", 0},
    {"[rbp+rax*2]", "[rbp+rax*2]", 0},
    {"[r13+r14*4+16]", "[r13+r14*4+16]", 1},
    {"[rsp+rbx*8-8]", "[rsp+rbx*8-8]", 0},
    {"[r12+r9*1+1000]", "[r12+r9*1+1000]", 1},
    {"[rbx+rbp*2]", "[rbx+rbp*2]", 0},
    {"[rdx+r12*8]", "[rdx+r12*8]", 1},
    {"[rcx*4]", "[rcx*4]", 0},
    {"[r11*8+64]", "[r11*8+64]", 1},
    {"[4096]", "[4096]", 0},
    {"[rip+16]", "[rip+16]", 0},
    {"[rip-100]", "[rip-100]", 0},
    {"[r9+07FFFFFFFh]", "[r9+0x7fffffff]", 1},
    {"[rax-80000000h]", "[rax-0x80000000]", 0},
    {"[eax]", "[eax]", 0},
    {"[ebx+ecx*4+8]", "[ebx+ecx*4+8]", 0},
    {"[r8d+r9d*2]", "[r8d+r9d*2]", 1},
    {"[esp]", "[esp]", 0},
    {"[ebp]", "[ebp]", 0},
    {"fs:[rax+8]", "fs:[rax+8]", 0},
    {"gs:[r10]", "gs:[r10]", 1},
};

/* EVEX rows: multiples of the disp8*N scales, in and just out of range */
static const char *const evex_mems[] = {"rax+64]", "rdx-4096]", "rbx+8128]", "rcx+8192]",
                                        "rsi+16]", "rdi-32]", "rbp+4]", "rsp+1016]",
                                        "rax+rbx*2+2]", "rcx-1024]"};

static void add_reg(VList *l, int size, int i)
{
    static const int idx[9] = {0, 0, 1, 0, 2, 0, 0, 0, 3};
    Val *v = &l->v[l->n++];
    memset(v, 0, sizeof *v);
    strcpy(v->masm, gpr_names[idx[size]][i]);
    strcpy(v->gas, v->masm);
    v->gpr = v->reg = 1;
    v->rex = i >= 8 && i < 16 ? 1 : (size == 1 && i >= 4 && i < 8);
    v->high = size == 1 && i >= 16;
}

/* x87 rows (flag fp) spell every other memory operand realN ptr */
static void add_mem(VList *l, int size, int i, int fp)
{
    static const struct { int size; const char *m, *g, *fp; } mp[] = {
        {1, "byte ptr ", "BYTE PTR ", NULL}, {2, "word ptr ", "WORD PTR ", NULL},
        {6, "fword ptr ", "FWORD PTR ", NULL},
        {4, "dword ptr ", "DWORD PTR ", "real4 ptr "}, {8, "qword ptr ", "QWORD PTR ", "real8 ptr "},
        {10, "tbyte ptr ", "TBYTE PTR ", "real10 ptr "}, {16, "xmmword ptr ", "XMMWORD PTR ", NULL},
        {32, "ymmword ptr ", "YMMWORD PTR ", NULL}, {64, "zmmword ptr ", "ZMMWORD PTR ", NULL}};
    const char *m = "", *g = "";
    for (size_t k = 0; k < sizeof mp / sizeof mp[0]; k++)
        if (mp[k].size == size) {
            m = fp && mp[k].fp && i % 2 ? mp[k].fp : mp[k].m;
            g = mp[k].g;
        }
    Val *v = &l->v[l->n++];
    memset(v, 0, sizeof *v);
    sprintf(v->masm, "%s%s", m, mems[i].m);
    sprintf(v->gas, "%s%s", g, mems[i].g);
    v->rex = mems[i].rex;
    v->mem = 1;
}

/* moffs: addresses just outside the sign-extended disp32 range and far
 * from it, with and without a segment override. */
static void add_moffs(VList *l, int size)
{
    static const char *const m[][2] = {
        {"[80000000h]", "[0x80000000]"},
        {"[0FFFFFFFF7FFFFFFFh]", "[0xffffffff7fffffff]"},
        {"[1122334455667788h]", "[0x1122334455667788]"},
        {"gs:[0FFFFFFFFh]", "gs:[0xffffffff]"},
        {"fs:[100000000h]", "fs:[0x100000000]"},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
        add_mem(l, size, 0, 0); /* "byte ptr [rax]": the size word stays */
        Val *v = &l->v[l->n - 1];
        strcpy(strchr(v->masm, '['), m[i][0]);
        strcpy(strchr(v->gas, '['), m[i][1]);
    }
}

/* Registers of the SIMD, x87, control, debug and mask classes. */
static int add_vregs(VList *l, const ClassDef *c, const Row *r)
{
    static const char *const crs[] = {"cr0", "cr2", "cr3", "cr4", "cr8"};
    int n = 0;
    const char *pfx = NULL;
    if (!strcmp(c->rc, "RC_XMM")) { pfx = "xmm"; n = r->enc == E_EVEX ? 32 : 16; }
    else if (!strcmp(c->rc, "RC_YMM")) { pfx = "ymm"; n = r->enc == E_EVEX ? 32 : 16; }
    else if (!strcmp(c->rc, "RC_ZMM")) { pfx = "zmm"; n = 32; }
    else if (!strcmp(c->rc, "RC_MMX")) { pfx = "mm"; n = 8; }
    else if (!strcmp(c->rc, "RC_K")) { pfx = "k"; n = 8; }
    else if (!strcmp(c->rc, "RC_TMM")) { pfx = "tmm"; n = 8; }
    else if (!strcmp(c->rc, "RC_DR")) { pfx = "dr"; n = 8; }
    else if (!strcmp(c->rc, "RC_ST")) { pfx = "st("; n = 8; }
    else if (!strcmp(c->rc, "RC_CR")) { n = 5; }
    else return 0;
    for (int i = 0; i < n; i++) {
        if (!strcmp(c->tbl, "kpair") && (i & 1))
            continue; /* a pair is named by its even register */
        if (!strcmp(c->rc, "RC_DR") && (i == 4 || i == 5))
            continue; /* dr4, dr5: names in ml64, no registers */
        Val *v = &l->v[l->n++];
        memset(v, 0, sizeof *v);
        if (!pfx)
            strcpy(v->masm, crs[i]);
        else
            sprintf(v->masm, "%s%d%s", pfx, i, pfx[1] == 't' ? ")" : "");
        strcpy(v->gas, v->masm);
        v->reg = 1;
        v->st = pfx && pfx[1] == 't';
        v->vregs = pfx && (pfx[0] == 'x' || pfx[0] == 'y' || pfx[0] == 'z') ? 1u << i : 0;
        v->rex = (i & 8) != 0 || (!pfx && i == 4);
    }
    return 1;
}

/* VSIB memory operands: bases (none, 64- and 32-bit), index registers
 * 0-15 (0-31 in EVEX rows), every scale, displacements around disp8*N.
 * MASM spells every other one without a size and some with the index
 * first ([xmm3*4+rax], [xmm3+rax]); GNU as "DWORD PTR [rax+xmm3*4]". */
static void add_vsib(VList *l, const ClassDef *c, const Row *r)
{
    static const char *const bases[] = {"rax", "rcx", "rsp", "rbp", "r12", "r13", "r8", "",
                                        "eax", "r15d", "rdi", "r9d", "rbx", "r11"};
    static const long long disps[] = {0, 8, -8, 64, 127, -128, 508, 512, 1016, 1024, -1024,
                                      4096, 3, -512, 2147483647LL, 1020, -1032};
    static const char *const sz[] = {"", "", "", "", "dword", "", "", "", "qword"};
    const char *ix = c->rc[3] == 'X' ? "xmm" : c->rc[3] == 'Y' ? "ymm" : "zmm";
    int nidx = r->enc == E_EVEX ? 32 : 16, nb = (int)(sizeof bases / sizeof bases[0]);
    int nd = (int)(sizeof disps / sizeof disps[0]);
    for (int i = 0; i < 40; i++) {
        Val *v = &l->v[l->n++];
        const char *b = bases[i % nb];
        int idx = (i * 5 + 2) % nidx, sc = 1 << (i % 4);
        long long d = disps[i % nd];
        char is[16], ds[24], g[48], m[48];
        memset(v, 0, sizeof *v);
        sprintf(is, "%s%d", ix, idx);
        if (d)
            sprintf(ds, "%s%lld", d < 0 ? "-" : "+", d < 0 ? -d : d);
        else
            ds[0] = 0;
        sprintf(g, "[%s%s%s*%d%s]", b, b[0] ? "+" : "", is, sc, ds);
        if (i % 7 == 3 && b[0] && sc > 1)
            sprintf(m, "[%s*%d+%s%s]", is, sc, b, ds);
        else if (i % 7 == 3 && b[0])
            sprintf(m, "[%s+%s%s]", is, b, ds);
        else if (i % 5 == 1 && sc == 1)
            sprintf(m, "[%s%s%s%s]", b, b[0] ? "+" : "", is, ds);
        else
            strcpy(m, g);
        sprintf(v->masm, "%s%s%s", i % 2 ? "" : sz[r->n8], i % 2 ? "" : " ptr ", m);
        sprintf(v->gas, "%s PTR %s", r->n8 == 8 ? "QWORD" : "DWORD", g);
        v->mem = 1;
        v->vregs = 1u << idx;
        v->rex = (b[0] == 'r' && isdigit((unsigned char)b[1])) || (idx & 8);
    }
}

/* Immediates: MASM spells large values 0...h, GNU as 0x... */
static void fmt_num(char *m, char *g, unsigned long long mag, int neg)
{
    const char *s = neg ? "-" : "";
    if (mag < 0x80000000ull) {
        sprintf(m, "%s%llu", s, mag);
        sprintf(g, "%s%llu", s, mag);
    } else {
        sprintf(m, "%s0%llXh", s, mag);
        sprintf(g, "%s0x%llx", s, mag);
    }
}

static void add_imm(VList *l, long long sv, unsigned long long uv)
{
    Val *v = &l->v[l->n++];
    memset(v, 0, sizeof *v);
    if (sv < 0)
        fmt_num(v->masm, v->gas, 0ull - (unsigned long long)sv, 1);
    else
        fmt_num(v->masm, v->gas, sv ? (unsigned long long)sv : uv, 0);
}

static void imm_list(VList *l, const Row *r, int size)
{
    static const long long s8x[] = {0, 1, 127, -128, -1};
    static const long long i8[] = {0, 1, 127, 128, 255, -1, -128, 3};
    static const long long i16[] = {0, 128, 32767, -32768, 65535, -129, 1000};
    static const long long i32[] = {128, -129, 2147483647LL, -2147483647LL - 1, 1000};
    static const unsigned long long i64[] = {0x100000000ull, 0xffffffffull,
                                             0x7fffffffffffffffull, 0x8000000000000000ull,
                                             0xffffffff7fffffffull, 0x123456789abcdefull};
    size_t i;
    if (r->flags & F_SX8) {
        for (i = 0; i < 5; i++)
            add_imm(l, s8x[i], 0);
        if (r->opsize == 2) { add_imm(l, 0, 0xffff); add_imm(l, 0, 0xff80); }
        if (r->opsize == 4) { add_imm(l, 0, 0xffffffffull); add_imm(l, 0, 0xffffff80ull); }
    } else if (size == 1) {
        for (i = 0; i < sizeof i8 / sizeof i8[0]; i++)
            add_imm(l, i8[i], 0);
    } else if (size == 2) {
        for (i = 0; i < sizeof i16 / sizeof i16[0]; i++)
            if (i16[i] || (strcmp(r->mn, "RET") && strcmp(r->mn, "RETN") && strcmp(r->mn, "RETF")))
                /* ret 0 is C3 and retf 0 CB (ml64); GNU as keeps C2/CA 00 00 */
                add_imm(l, i16[i], 0);
    } else if (size == 4) {
        for (i = 0; i < sizeof i32 / sizeof i32[0]; i++)
            add_imm(l, i32[i], 0);
        if (r->opsize != 8) { add_imm(l, 0, 0xffffffffull); add_imm(l, 0, 0x80000000ull); }
    } else {
        for (i = 0; i < sizeof i64 / sizeof i64[0]; i++)
            add_imm(l, 0, i64[i]);
        add_imm(l, -2147483649LL, 0);
    }
}

static int row_len_rel(const Row *r)
{
    int n = r->nopc + r->rel + ((r->pfx & P_REXW) != 0);
    for (int b = P_66; b <= P_F3; b <<= 1)
        n += (r->pfx & b) != 0;
    return n;
}

static void rel_list(VList *l, const Row *r, int relaxable)
{
    static const long long d8[] = {0, 127, -128, 5};
    static const long long d32[] = {0, 4096, -4096, 200, 2147483647LL};
    /* A relaxable rel32 form is chosen only when rel8 cannot reach. */
    static const long long d32_far[] = {-300, 4096, -4096, 200, 2147483647LL};
    const long long *d = r->rel == 1 ? d8 : relaxable ? d32_far : d32;
    int n = r->rel == 1 ? 4 : 5, len = row_len_rel(r);
    for (int i = 0; i < n; i++) {
        Val *v = &l->v[l->n++];
        long long t = d[i] + len;
        memset(v, 0, sizeof *v);
        sprintf(v->masm, "%s$%s%lld", r->rel == 1 && relaxable ? "SHORT " : "",
                t < 0 ? "-" : "+", t < 0 ? -t : t);
        sprintf(v->gas, ".%s%lld", t < 0 ? "-" : "+", t < 0 ? -t : t);
    }
}

static void operand_list(VList *l, const Row *r, int k, int relaxable)
{
    const ClassDef *c = &classes[r->op[k]];
    int i, first;
    l->n = 0;
    switch (c->kind) {
    case K_REG:
    case K_RM:
        if (!add_vregs(l, c, r))
            for (i = 0; i < (c->size == 1 ? 20 : 16); i++)
                add_reg(l, c->size, i);
        if (c->kind == K_REG)
            break;
        /* fall through */
    case K_MEM:
        if (is_moffs(r->op[k])) {
            add_moffs(l, c->msize);
            break;
        }
        if (is_vsib(r->op[k])) {
            add_vsib(l, c, r);
            break;
        }
        first = l->n;
        for (i = 0; i < (int)(sizeof mems / sizeof mems[0]); i++)
            if ((!is_sibmem(r->op[k]) || !strstr(mems[i].m, "rip")) &&
                (strcmp(r->mn, "LEA") || !strchr(mems[i].m, ':'))) /* ml64 drops lea's seg */
                add_mem(l, c->msize, i, (r->flags & F_FP) != 0);
        if (r->enc == E_EVEX) /* displacements around disp8*N */
            for (i = 0; i < (int)(sizeof evex_mems / sizeof evex_mems[0]); i++) {
                Val *v = &l->v[l->n++];
                *v = l->v[first];
                strcpy(strchr(v->masm, '[') + 1, evex_mems[i]);
                strcpy(strchr(v->gas, '[') + 1, evex_mems[i]);
                v->rex = 0;
            }
        break;
    case K_IMM:
        imm_list(l, r, c->size);
        break;
    case K_REL:
        rel_list(l, r, relaxable);
        break;
    case K_FIXREG:
    case K_FIXIMM:
        memset(&l->v[0], 0, sizeof l->v[0]);
        lower_str(l->v[0].masm, !strcmp(c->tbl, "ST0") ? "st" : c->tbl);
        strcpy(l->v[0].gas, l->v[0].masm);
        l->v[0].gpr = c->kind == K_FIXREG && c->sizing;
        l->v[0].reg = c->kind == K_FIXREG;
        l->v[0].st = !strcmp(c->tbl, "ST0");
        l->n = 1;
        break;
    case K_SREG: {
        static const char *const sr[] = {"es", "cs", "ss", "ds", "fs", "gs"};
        for (i = 0; i < 6; i++) {
            memset(&l->v[i], 0, sizeof l->v[i]);
            strcpy(l->v[i].masm, sr[i]);
            strcpy(l->v[i].gas, sr[i]);
        }
        l->n = 6;
        break;
    }
    default:
        die(r->line, "no test values for class");
    }
}

/* A tiny string set so that every instance is emitted once. */
#define SETSZ (1u << 20) /* above the instance + negative count: probing needs a free slot */
static char **seen;

static int seen_before(const char *s)
{
    static unsigned nseen;
    unsigned h = 2166136261u;

    for (const char *p = s; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    if (!seen)
        seen = calloc(SETSZ, sizeof *seen);
    for (unsigned i = h & (SETSZ - 1);; i = (i + 1) & (SETSZ - 1)) {
        if (!seen[i]) {
            if (++nseen > SETSZ / 2) {
                fprintf(stderr, "mkinsn: more than %u test lines: raise SETSZ\n", SETSZ / 2);
                exit(1);
            }
            seen[i] = malloc(strlen(s) + 1);
            strcpy(seen[i], s);
            return 0;
        }
        if (strcmp(seen[i], s) == 0)
            return 1;
    }
}

typedef struct TestOut {
    FILE *masm, *gas, *flags, *neg; /* the four outputs */
    int count;                      /* instances written */
    int nneg;                       /* negative cases written */
    int fam;                        /* family of the row being written */
    int famcount[MAXFAM];           /* instances per family */
    int famrows[MAXFAM];            /* rows per family */
} TestOut;

/* flags: b/t compare bytes/text; upper case: no round trip */
/* flags column: b/t (B/T: no round trip), then x if the line uses the
 * x87 st/st(i) spelling, d if it has AVX-512 decorators ({k1}, bcst,
 * {rn-sae}...); run.sh skips x/d lines with an assembler whose parser does
 * not take them yet */
static void emit(TestOut *o, const char *masm, const char *gas, unsigned flags, int st)
{
    if (seen_before(masm))
        return;
    fprintf(o->masm, "%s\n", masm);
    fprintf(o->gas, "i%d: %s\n", o->count, gas);
    fprintf(o->flags, "%c%s%s\n", "btBT"[((flags & F_TEXT) != 0) + 2 * ((flags & F_NORT) != 0)],
            st ? "x" : "", strchr(masm, '{') || strstr(masm, " bcst ") ? "d" : "");
    o->count++;
    o->famcount[o->fam]++;
}

static void emit_neg(TestOut *o, const char *expect, const char *masm)
{
    char key[300];
    sprintf(key, "!%s", masm);
    if (seen_before(key))
        return;
    fprintf(o->neg, "%s\t%s\n", expect, masm);
    o->nneg++;
}

static int mn_has(const char *mn, unsigned flag, int cls)
{
    for (int i = 0; i < nrows; i++)
        if (strcmp(rows[i].mn, mn) == 0) {
            if (rows[i].flags & flag)
                return 1;
            for (int k = 0; k < rows[i].nops; k++)
                if (rows[i].op[k] == cls)
                    return 1;
        }
    return 0;
}

/* Does some row of mn have two general-register operands of different sizes? */
static int mn_mixed(const char *mn)
{
    for (int i = 0; i < nrows; i++) {
        if (strcmp(rows[i].mn, mn))
            continue;
        int sz = 0;
        for (int k = 0; k < rows[i].nops; k++) {
            const ClassDef *c = &classes[rows[i].op[k]];
            if ((c->kind != K_REG && c->kind != K_RM) || strcmp(c->rc, "RC_NONE"))
                continue;
            if (sz && c->size != sz)
                return 1;
            sz = c->size;
        }
    }
    return 0;
}

static void join(char *out, const char *mn, Val *const *v, int n, int gas)
{
    strcpy(out, mn);
    for (int k = 0; k < n; k++) {
        strcat(out, k ? ", " : " ");
        strcat(out, gas ? v[k]->gas : v[k]->masm);
    }
}

/* EVEX decorators on instance i of row r: a mask {k1}..{k7} (and {z}) on
 * the destination, a broadcast memory operand (MASM "dword bcst [m]" or
 * "[m]{1toN}"; GNU as "DWORD BCST [m]"), or a rounding operand before the
 * immediates when every operand is a register.  dv holds the changed
 * operands; returns the operand count. */
/* Is a broadcast operand of row r ambiguous without its {1toN} count
 * (vcvtpd2ps xmm1, qword bcst [rax]: 128 or 256 bits)? */
static int bcst_ambiguous(const Row *r)
{
    for (int j = 0; j < nrows; j++) {
        int same = rows[j].bcst && !strcmp(rows[j].mn, r->mn) && rows[j].nops == r->nops &&
                   rows[j].rm_op == r->rm_op && rows[j].op[r->rm_op] != r->op[r->rm_op];
        for (int k = 0; k < r->nops && same; k++)
            same = k == r->rm_op || rows[j].op[k] == r->op[k];
        if (same)
            return 1;
    }
    return 0;
}

static int evex_decorate(const Row *r, Val **v, Val *dv, int i)
{
    static const char *const rn[] = {"{rn-sae}", "{rd-sae}", "{ru-sae}", "{rz-sae}"};
    static const char *const bsz[] = {"", "", "word", "", "dword", "", "", "", "qword"};
    int n = r->nops, mem = 0, nimm = 0;
    for (int k = 0; k < n; k++) {
        mem |= v[k]->mem;
        nimm += classes[r->op[k]].kind == K_IMM;
    }
    if ((r->evex & EV_K) && (i % 3 == 1 || (r->evex & EV_KREQ))) {
        char *abs;
        dv[0] = *v[0];
        if ((abs = strstr(dv[0].gas, "PTR [4096]")) != NULL) /* GNU as: ds:[4096]{k1} */
            strcpy(abs, "PTR ds:[4096]");
        sprintf(dv[0].masm + strlen(dv[0].masm), " {k%d}", 1 + i % 7);
        sprintf(dv[0].gas + strlen(dv[0].gas), "{k%d}", 1 + i % 7);
        if ((r->evex & EV_Z) && i % 2 == 0 && !v[0]->mem) {
            strcat(dv[0].masm, "{z}");
            strcat(dv[0].gas, "{z}");
        }
        v[0] = &dv[0];
    }
    if (r->bcst && r->rm_op >= 0 && v[r->rm_op]->mem && i % 2 == 0) {
        Val *b = &dv[1];
        *b = *v[r->rm_op];
        const char *mm = strstr(v[r->rm_op]->masm, "ptr ") + 4;
        const char *gm = strstr(v[r->rm_op]->gas, "PTR ") + 4;
        int cnt = classes[r->op[r->rm_op]].msize / r->bcst, amb = bcst_ambiguous(r);
        if (i % 4 == 0 && !amb)
            sprintf(b->masm, "%s bcst %s", bsz[r->bcst], mm);
        else
            sprintf(b->masm, "%s{1to%d}", mm, cnt);
        sprintf(b->gas, "%s BCST %s", bsz[r->bcst], gm);
        if (amb) {
            char *abs = strstr(b->gas, "BCST [4096]"); /* GNU as: ds:[4096]{1to4} */
            if (abs)
                strcpy(abs, "BCST ds:[4096]");
            sprintf(b->gas + strlen(b->gas), "{1to%d}", cnt);
        }
        for (char *p = b->gas; *p && *p != ' '; p++)
            *p = (char)toupper((unsigned char)*p);
        v[r->rm_op] = b;
    }
    if ((r->evex & (EV_ER | EV_SAE)) && !mem && i % 4 == 2) {
        Val *rv = &dv[2];
        memset(rv, 0, sizeof *rv);
        strcpy(rv->masm, r->evex & EV_ER ? rn[i / 4 % 4] : "{sae}");
        strcpy(rv->gas, rv->masm);
        for (int k = n; k > n - nimm; k--)
            v[k] = v[k - 1];
        v[n - nimm] = rv;
        n++;
    }
    return n;
}

/* Flag asz: skip instances whose register size is not the memory
 * operand's address size (32-bit addresses: [e.., [r8d..). */
static int asz_mismatch(const Row *r, Val *const *v)
{
    int a32 = 0, rsz = 0;
    for (int k = 0; k < r->nops; k++) {
        if (v[k]->mem)
            a32 = strstr(v[k]->masm, "[e") || strstr(v[k]->masm, "[r8d");
        if (v[k]->gpr)
            rsz = classes[r->op[k]].size;
    }
    return (rsz == 4) != a32;
}

static int same_reg_twice(const Row *r, Val *const *v)
{
    for (int k = 0; k < r->nops; k++)
        for (int j = k + 1; j < r->nops; j++)
            if (v[k]->reg && v[j]->reg && !strcmp(v[k]->masm, v[j]->masm))
                return 1;
    return 0;
}

/* Flag gas-rex64 (lfs r64, m16:64): GNU as takes this form only as
 * "rex64 lfs eax, FWORD PTR [m]" (without -mintel64). */
static Val *gas_rex64_val(Val *v, Val *out)
{
    char *p;
    *out = *v;
    for (int i = 0; i < 16; i++)
        if (v->gpr && !strcmp(v->gas, gpr_names[3][i]))
            strcpy(out->gas, gpr_names[2][i]);
    if ((p = strstr(out->gas, "TBYTE PTR")) != NULL)
        memcpy(p, "FWORD", 5);
    return out;
}

static void gen_instances(TestOut *o, const Row *r, VList *lists)
{
    char mn[24], gmn[24], m[256], g[400], t[320];
    int n = 1, nrexah = 0, nlock = 0, load = mn_has(r->mn, F_ML64DIR, -1);
    lower_str(mn, r->mn);
    strcpy(gmn, r->gas[0] ? r->gas : mn);
    for (int k = 0; k < r->nops; k++)
        n = lists[k].n > n ? lists[k].n : n;
    for (int i = 0; i < n; i++) {
        Val *v[5];
        int high = 0, rex = (r->pfx & P_REXW) != 0, ngpr = 0, mem = 0, st = 0, vclash = 0;
        unsigned vregs = 0;
        for (int k = 0; k < r->nops; k++) {
            v[k] = &lists[k].v[(i + 5 * k) % lists[k].n];
            vclash |= (vregs & v[k]->vregs) != 0;
            vregs |= v[k]->vregs;
            high |= v[k]->high;
            rex |= v[k]->rex;
            ngpr += v[k]->reg;
            st |= v[k]->st;
            mem |= v[k]->mem;
        }
        if (vclash && r->n8 && r->rm_op >= 0 && is_vsib(r->op[r->rm_op]))
            continue; /* gathers: destination, mask and index distinct */
        if ((r->flags & F_ASZ) && asz_mismatch(r, v))
            continue; /* movdir64b: register size = address size */
        if ((r->flags & F_DISTINCT) && same_reg_twice(r, v))
            continue; /* tdp*, vf[c]maddc*: no register twice */
        Val dv[5], gv[5];
        int nv = r->nops;
        if (r->enc == E_EVEX)
            nv = evex_decorate(r, v, dv, i);
        join(m, mn, v, nv, 0);
        if (high && rex) {
            if (nrexah++ < 3)
                emit_neg(o, "ENC_ERR_REX_AH", m);
            continue;
        }
        if (r->flags & F_VEXPFX) { /* {vex}: VEX where EVEX also exists */
            memmove(m + 6, m, strlen(m) + 1);
            memcpy(m, "{vex} ", 6);
        }
        Val *gvp[5];
        for (int k = 0; k < nv; k++)
            gvp[k] = v[k];
        if (r->flags & F_GASREX64) /* GNU as: rex64 with the 32-bit spelling */
            for (int k = 0; k < nv; k++)
                gvp[k] = gas_rex64_val(v[k], &gv[k]);
        join(t, gmn, gvp, nv, 1);
        const char *gp = r->gaspfx_mem && !mem ? "" : r->gaspfx;
        if (r->rel == 4 && mn_has(r->mn, F_RELAX, -1))
            gp = "{disp32}";
        if (r->flags & F_VEXPFX)
            gp = "{vex}";
        if (r->flags & F_GASREX64)
            gp = "rex64";
        sprintf(g, "%s%s%s%s", gp, gp[0] ? " " : "",
                load && ngpr >= 2 ? "{load} " : "", t);
        emit(o, m, g, r->flags, st);
        if ((r->flags & F_LOCK) && mem && v[0]->mem && nlock++ < 2) {
            char lm[300], lg[420];
            sprintf(lm, "lock %s", m);
            sprintf(lg, "lock %s", g);
            emit(o, lm, lg, r->flags, st);
        }
    }
    if (r->flags & (F_REP | F_REPNE)) {
        char lm[300], lg[420];
        /* CMPS/SCAS (the rows that also take repne) are spelled repe:
         * ml64 rejects rep on them (A2068) */
        const char *f3 = r->flags & F_REPNE ? "repe" : "rep";
        sprintf(lm, "%s %s", f3, mn);
        sprintf(lg, "%s %s", f3, gmn);
        emit(o, lm, lg, 0, 0);
        if (r->flags & F_REPNE) {
            sprintf(lm, "repne %s", mn);
            sprintf(lg, "repne %s", gmn);
            emit(o, lm, lg, 0, 0);
        }
    }
}

/* Invalid variants of a row: unsized memory, mismatched sizes, immediates
 * just out of range. */
static void gen_negatives(TestOut *o, const Row *r, VList *lists)
{
    char mn[24], m[256];
    Val *v[4], alt;
    int sizing = 0;
    lower_str(mn, r->mn);
    for (int k = 0; k < r->nops; k++) {
        v[k] = &lists[k].v[0];
        sizing |= classes[r->op[k]].sizing && classes[r->op[k]].kind != K_RM;
        /* a vector, MMX or x87 register sizes an unsized memory operand in
         * MASM (the assembler infers it when the forms agree), so only
         * memory next to general registers or immediates is a negative */
        sizing |= classes[r->op[k]].kind == K_REG &&
                  strcmp(classes[r->op[k]].rc, "RC_NONE") != 0;
    }
    for (int k = 0; k < r->nops; k++) {
        const ClassDef *c = &classes[r->op[k]];
        Val *keep = v[k];
        memset(&alt, 0, sizeof alt);
        v[k] = &alt;
        if ((c->kind == K_RM || c->kind == K_MEM) && c->msize && !(r->memsole >> k & 1) &&
            !mn_has(r->mn, F_D64, -1) && !mn_has(r->mn, F_UMEM, -1) && !sizing) {
            strcpy(alt.masm, "[rax]");
            join(m, mn, v, r->nops, 0);
            emit_neg(o, "ENC_ERR_NO_SIZE", m);
        }
        if (c->kind == K_IMM && !(r->flags & F_SX8) &&
            !(r->opsize == 8 && mn_has(r->mn, 0, 18 /* imm64 */))) {
            static const char *const big[9] = {"", "256", "65536", "", "04294967296h", "",
                                               "", "", "4294967296"};
            static const char *const small[9] = {"", "-129", "-32769", "", "-2147483649", "",
                                                 "", "", "-2147483649"};
            int s = c->size == 4 && r->opsize == 8 ? 8 : c->size;
            strcpy(alt.masm, big[s]);
            if (s == 4)
                strcpy(alt.masm, "4294967296");
            join(m, mn, v, r->nops, 0);
            emit_neg(o, "ENC_ERR_IMM_RANGE", m);
            strcpy(alt.masm, small[s]);
            join(m, mn, v, r->nops, 0);
            emit_neg(o, "ENC_ERR_IMM_RANGE", m);
        }
        v[k] = keep;
    }
    /* two same-size register operands: make the second one another size
       (unless another row of the mnemonic takes mixed sizes, as crc32) */
    if (mn_mixed(r->mn))
        return;
    for (int a = 0; a < r->nops; a++)
        for (int b = a + 1; b < r->nops; b++) {
            const ClassDef *ca = &classes[r->op[a]], *cb = &classes[r->op[b]];
            if ((ca->kind != K_REG && ca->kind != K_RM) ||
                (cb->kind != K_REG && cb->kind != K_RM) || ca->size != cb->size ||
                strcmp(ca->rc, "RC_NONE") || strcmp(cb->rc, "RC_NONE") || ca->msize != ca->size ||
                cb->msize != cb->size)
                continue;
            Val *keep = v[b];
            memset(&alt, 0, sizeof alt);
            strcpy(alt.masm, ca->size == 2 ? "ebx" : "bx");
            v[b] = &alt;
            join(m, mn, v, r->nops, 0);
            emit_neg(o, "ENC_ERR_SIZE_MISMATCH", m);
            /* (not where ml64 takes that memory size too: esize=) */
            if (cb->kind == K_RM && !(b == r->rm_op && (r->esize & (ca->size == 2 ? 4 : 2)))) {
                strcpy(alt.masm, ca->size == 2 ? "dword ptr [rax]" : "word ptr [rax]");
                join(m, mn, v, r->nops, 0);
                emit_neg(o, "ENC_ERR_SIZE_MISMATCH", m);
            }
            v[b] = keep;
        }
}

static const char *const hand_neg[][2] = {
    {"ENC_ERR_BAD_MEM", "mov eax, [rax+rsp]"},
    {"ENC_ERR_BAD_MEM", "mov eax, [rax+rsp*2]"},
    {"ENC_ERR_BAD_MEM", "mov eax, [rax+ecx]"},
    {"ENC_ERR_BAD_MEM", "mov eax, [eax+rcx*2]"},
    {"ENC_ERR_BAD_MEM", "mov eax, [rip+rax]"},
    {"ENC_ERR_BAD_MEM", "lea rax, [rax+rsp*4]"},
    {"ENC_ERR_OPERANDS", "mov 5, eax"},
    {"ENC_ERR_OPERANDS", "lea rax, rbx"},
    {"ENC_ERR_OPERANDS", "add eax"},
    {"ENC_ERR_OPERANDS", "ret eax"},
    {"ENC_ERR_OPERANDS", "cpuid eax"},
    {"ENC_ERR_OPERANDS", "shl eax, dl"},
    {"ENC_ERR_OPERANDS", "in bl, dx"},
    {"ENC_ERR_OPERANDS", "mov eax, 5, 6"},
    {"ENC_ERR_NO_SIZE", "inc [rbx]"},
    {"ENC_ERR_NO_SIZE", "movzx eax, [rbx]"},
    {"ENC_ERR_NO_SIZE", "mov [rbx], 5"},
    {"ENC_ERR_NO_SIZE", "shl [rbx], cl"},
    {"ENC_ERR_NO_SIZE", "nop [rax]"},
    {"ENC_ERR_SIZE_MISMATCH", "mov eax, bl"},
    {"ENC_ERR_SIZE_MISMATCH", "mov byte ptr [rax], ax"},
    {"ENC_ERR_SIZE_MISMATCH", "movzx eax, dword ptr [rax]"},
    {"ENC_ERR_SIZE_MISMATCH", "push eax"},
    {"ENC_ERR_IMM_RANGE", "mov al, 256"},
    {"ENC_ERR_IMM_RANGE", "add rax, 100000000h"},
    {"ENC_ERR_IMM_RANGE", "mov byte ptr [rax], -129"},
    {"ENC_ERR_REX_AH", "mov ah, sil"},
    {"ENC_ERR_REX_AH", "mov ah, [r8]"},
    {"ENC_ERR_REX_AH", "movzx rax, ah"},
    /* VSIB */
    {"ENC_ERR_OPERANDS", "vpgatherdd zmm1, [rax+zmm2*4]"},
    {"ENC_ERR_OPERANDS", "vpgatherdd zmm1 {k1}{z}, [rax+zmm2*4]"},
    {"ENC_ERR_OPERANDS", "vpgatherdd zmm1 {k1}, dword bcst [rax+zmm2*4]"},
    {"ENC_ERR_OPERANDS", "vscatterdps [rax+zmm2*4], zmm1"},
    {"ENC_ERR_OPERANDS", "vgatherdps xmm1, [rax+ymm2*4], xmm3"},
    {"ENC_ERR_OPERANDS", "vgatherdps xmm1, [rax+rcx*4], xmm3"},
    {"ENC_ERR_OPERANDS", "vgatherdps xmm1, [rax+xmm16*4], xmm3"},
    {"ENC_ERR_OPERANDS", "vgatherpf0dps [rax+zmm2*4]"},
    {"ENC_ERR_SIZE_MISMATCH", "vgatherdps xmm1, qword ptr [rax+xmm2*4], xmm3"},
    {"ENC_ERR_SIZE_MISMATCH", "vgatherdpd xmm1, xmmword ptr [rax+xmm2*4], xmm3"},
    {"ENC_ERR_BAD_MEM", "vgatherdps xmm1, [xmm1+xmm2*4], xmm3"},
    {"ENC_ERR_BAD_MEM", "vgatherdps xmm1, [rip+xmm2*4], xmm3"},
    {"ENC_ERR_BAD_MEM", "vgatherdps xmm1, [ax+xmm2*4], xmm3"},
    {"ENC_ERR_BAD_MEM", "vmovaps xmm1, xmmword ptr [rax+xmm2]"},
    {"ENC_ERR_BAD_MEM", "mov eax, [rax+xmm1]"},
    /* issue 14: tiles, SIBMEM, mask pairs, address-size registers */
    {"ENC_ERR_OPERANDS", "tileloadd tmm1, [rip+64]"},
    {"ENC_ERR_OPERANDS", "tilestored [rip-8], tmm2"},
    {"ENC_ERR_OPERANDS", "tileloadd xmm1, [rax+rcx*4]"},
    {"ENC_ERR_OPERANDS", "tileloadd tmm1, [rax+xmm2*4]"},
    {"ENC_ERR_OPERANDS", "tilezero xmm0"},
    {"ENC_ERR_OPERANDS", "tdpbssd tmm0, tmm1, xmm2"},
    {"ENC_ERR_OPERANDS", "tdpbssd tmm1, tmm1, tmm2"},
    {"ENC_ERR_OPERANDS", "tdpbf16ps tmm1, tmm2, tmm2"},
    {"ENC_ERR_OPERANDS", "vp2intersectd k1, zmm1, zmm2"},
    {"ENC_ERR_OPERANDS", "vp2intersectq k7, xmm1, xmm2"},
    {"ENC_ERR_OPERANDS", "vp2intersectd k2 {k1}, zmm1, zmm2"},
    {"ENC_ERR_OPERANDS", "movdir64b rax, [ecx]"},
    {"ENC_ERR_OPERANDS", "movdir64b eax, [rcx]"},
    {"ENC_ERR_OPERANDS", "{vex} vaddph xmm1, xmm2, xmm3"},
    {"ENC_ERR_OPERANDS", "{vex} vpdpbusd xmm17, xmm2, xmm3"},
    {"ENC_ERR_OPERANDS", "vfmaddcph zmm1, zmm2, zmm1"},
    {"ENC_ERR_OPERANDS", "loadiwkey xmm1, [rax]"},
};

static FILE *open_in(const char *dir, const char *name)
{
    char path[1024];
    if (strlen(dir) + strlen(name) + 2 > sizeof path) {
        fprintf(stderr, "mkinsn: path too long\n");
        exit(1);
    }
    strcpy(path, dir);
    strcat(path, "/");
    strcat(path, name);
    return xfopen(path);
}

static int write_tests(const char *dir)
{
    TestOut o;
    static VList lists[4];
    memset(&o, 0, sizeof o);
    o.masm = open_in(dir, "enc.masm");
    o.gas = open_in(dir, "enc.gas");
    o.flags = open_in(dir, "enc.flags");
    o.neg = open_in(dir, "enc.neg");
    fprintf(o.gas, ".intel_syntax noprefix\n.text\n");
    for (int i = 0; i < nrows; i++) {
        const Row *r = &rows[i];
        int relaxable = mn_has(r->mn, F_RELAX, -1);
        o.famrows[r->family]++;
        if (r->flags & F_NOTEST)
            continue;
        o.fam = r->family;
        for (int k = 0; k < r->nops; k++)
            operand_list(&lists[k], r, k, relaxable);
        gen_instances(&o, r, lists);
        gen_negatives(&o, r, lists);
    }
    for (size_t i = 0; i < sizeof hand_neg / sizeof hand_neg[0]; i++)
        emit_neg(&o, hand_neg[i][0], hand_neg[i][1]);
    fclose(o.masm);
    fclose(o.gas);
    fclose(o.flags);
    fclose(o.neg);
    FILE *fam = open_in(dir, "families.txt");
    fprintf(fam, "%-12s %6s %8s\n", "family", "rows", "forms");
    for (int i = 0; i < nfamilies; i++)
        fprintf(fam, "%-12s %6d %8d\n", families[i], o.famrows[i], o.famcount[i]);
    fclose(fam);
    fprintf(stderr, "mkinsn: %d rows, %d test instances, %d negative cases\n", nrows, o.count,
            o.nneg);
    return 0;
}

/* ---- main ---------------------------------------------------------------- */

static void read_table(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[512];
    int lineno = 0;
    tblname = path;
    if (!f) {
        perror(path);
        exit(1);
    }
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(f))
            die(lineno, "line too long");
        parse_line(line, lineno);
    }
    fclose(f);
    qsort(rows, (size_t)nrows, sizeof rows[0], cmp_rows);
}

int main(int argc, char **argv)
{
    const char *src = "src/insn_tab.c", *hdr = "include/insn_tab.h", *testdir = NULL;
    static char mns[MAXMN][24];
    static int first[MAXMN];
    int i, nmn = 0;
    for (i = 1; i + 1 < argc && argv[i][0] == '-'; i += 2) {
        if (strcmp(argv[i], "-o") == 0)
            src = argv[i + 1];
        else if (strcmp(argv[i], "-H") == 0)
            hdr = argv[i + 1];
        else if (strcmp(argv[i], "-t") == 0)
            testdir = argv[i + 1];
        else
            break;
    }
    if (i + 1 != argc) {
        fprintf(stderr, "usage: mkinsn [-o insn_tab.c] [-H insn_tab.h] [-t testdir] insns.tbl\n");
        return 2;
    }
    read_table(argv[i]);
    validate();
    for (int r = 0; r < nrows; r++)
        if (r == 0 || strcmp(rows[r].mn, rows[r - 1].mn) != 0) {
            if (nmn == MAXMN)
                die(rows[r].line, "too many mnemonics");
            strcpy(mns[nmn], rows[r].mn);
            first[nmn++] = r;
        }
    if (testdir)
        return write_tests(testdir);
    write_header(hdr, mns, nmn);
    write_source(src, mns, nmn, first);
    return 0;
}

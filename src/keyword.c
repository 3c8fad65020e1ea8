/* keyword.c: the reserved-word table.  One lookup per identifier replaces
 * the string comparisons the parser and evaluator would otherwise make. */
#include "keyword.h"
#include "reg.h"
#include "encoder.h"
#include "sym.h"
#include <stdlib.h>
#include <string.h>

/* 32 for A-Z: c | upper_bit[c] is c in lower case */
static const unsigned char upper_bit[256] = {
    ['A'] = 32, ['B'] = 32, ['C'] = 32, ['D'] = 32, ['E'] = 32, ['F'] = 32, ['G'] = 32,
    ['H'] = 32, ['I'] = 32, ['J'] = 32, ['K'] = 32, ['L'] = 32, ['M'] = 32, ['N'] = 32,
    ['O'] = 32, ['P'] = 32, ['Q'] = 32, ['R'] = 32, ['S'] = 32, ['T'] = 32, ['U'] = 32,
    ['V'] = 32, ['W'] = 32, ['X'] = 32, ['Y'] = 32, ['Z'] = 32,
};

/* The first n <= 8 bytes of s as an integer (byte i at bits 8i), A-Z
 * folded to a-z eight at a time; bytes past n are 0. */
static inline uint64_t folded_word(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint64_t w = n ? u[0] : 0; /* unrolled: most words are 2 to 5 bytes */
    if (n > 1) w |= (uint64_t)u[1] << 8;
    if (n > 2) w |= (uint64_t)u[2] << 16;
    if (n > 3) w |= (uint64_t)u[3] << 24;
    if (n > 4) w |= (uint64_t)u[4] << 32;
    if (n > 5) w |= (uint64_t)u[5] << 40;
    if (n > 6) w |= (uint64_t)u[6] << 48;
    if (n > 7) w |= (uint64_t)u[7] << 56;
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t low7 = w & ~high;
    uint64_t ge_a = low7 + (0x80 - 'A') * ones; /* high bit: byte >= 'A' */
    uint64_t gt_z = low7 + (0x7F - 'Z') * ones; /* high bit: byte > 'Z' */
    uint64_t upper = (ge_a ^ gt_z) & ~w & high;  /* 'A'..'Z', ASCII only */
    return w | upper >> 2;
}

/* Names of up to 8 bytes hash their folded word (one multiply); longer
 * ones fold byte by byte (FNV-1a). */
static uint32_t kw_hash(const char *s, size_t n)
{
    if (n <= 8)
        return (uint32_t)((folded_word(s, n) * 0x9E3779B97F4A7C15u) >> 32);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        c |= upper_bit[c];
        h = (h ^ c) * 16777619u;
    }
    return h;
}

static bool same_word(const KwEntry *e, const char *s, size_t n)
{
    if (e->len != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        c |= upper_bit[c];
        if (c != (unsigned char)e->name[i])
            return false;
    }
    return true;
}

static void grow_to(KwTable *t, uint32_t cap)
{
    KwEntry *slots = xmalloc(cap * sizeof *slots);
    memset(slots, 0, cap * sizeof *slots);
    for (uint32_t i = 0; i < t->cap; i++) {
        KwEntry *e = &t->slots[i];
        if (!e->name)
            continue;
        uint32_t j = e->hash & (cap - 1);
        while (slots[j].name)
            j = (j + 1) & (cap - 1);
        slots[j] = *e;
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
}

void kw_add(KwTable *t, const char *name, KwKind kind, uint16_t id)
{
    /* at most a quarter full: a word that is no keyword (every label and
     * symbol) probes until an empty slot */
    if ((t->count + 1) * 4 > t->cap)
        grow_to(t, t->cap ? t->cap * 2 : 8192);
    size_t n = strlen(name);
    uint32_t h = kw_hash(name, n);
    uint32_t i = h & (t->cap - 1);
    while (t->slots[i].name && !same_word(&t->slots[i], name, n))
        i = (i + 1) & (t->cap - 1);
    KwEntry *e = &t->slots[i];
    if (!e->name) {
        e->name = name;
        e->hash = h;
        e->len = (uint8_t)n;
        e->word = n <= 8 ? folded_word(name, n) : 0;
        t->count++;
    }
    if (e->kw.kind == KW_NONE && kind != KW_PPWORD && kind != KW_ARGWORD) {
        e->kw.kind = (uint8_t)kind;
        e->kw.id = id;
    }
    if (kind == KW_PPWORD)
        e->kw.pp = (uint8_t)id;
    else if (kind == KW_ARGWORD)
        e->kw.arg |= (uint8_t)id; /* one ArgWord, and the ignored-OPTION bit */
    else if (kind == KW_MNEMONIC)
        e->kw.mnemonic = id;
    else if (kind == KW_DIRECTIVE)
        e->kw.directive = (uint8_t)(id + 1);
}

Keyword kw_lookup(const KwTable *t, const char *s, size_t n)
{
    Keyword none = {KW_NONE, 0, 0, 0, 0, 0};
    if (n == 0 || n > 255 || !t->cap)
        return none;
    if (n <= 8) { /* the common case: one folded word, compared whole */
        uint64_t w = folded_word(s, n);
        uint32_t h = (uint32_t)((w * 0x9E3779B97F4A7C15u) >> 32);
        uint32_t i = h & (t->cap - 1);
        while (t->slots[i].name) {
            if (t->slots[i].word == w && t->slots[i].len == n)
                return t->slots[i].kw;
            i = (i + 1) & (t->cap - 1);
        }
        return none;
    }
    uint32_t h = kw_hash(s, n);
    uint32_t i = h & (t->cap - 1);
    while (t->slots[i].name) {
        if (t->slots[i].hash == h && same_word(&t->slots[i], s, n))
            return t->slots[i].kw;
        i = (i + 1) & (t->cap - 1);
    }
    return none;
}

static const struct { const char *w; int size; } type_words[] = {
    {"byte", 1}, {"sbyte", 1 | SZ_SIGNED}, {"word", 2}, {"sword", 2 | SZ_SIGNED}, {"dword", 4},
    {"sdword", 4 | SZ_SIGNED}, {"fword", 6}, {"qword", 8}, {"sqword", 8 | SZ_SIGNED},
    {"tbyte", 10}, {"oword", 16}, {"real4", 4 | SZ_REAL}, {"real8", 8 | SZ_REAL},
    {"real10", 10 | SZ_REAL}, {"mmword", 8}, {"xmmword", 16}, {"ymmword", 32},
    {"zmmword", 64}, {"near", MT_NEAR}, {"near64", MT_NEAR}, {"proc", MT_NEAR},
    {"far", MT_NEAR}, {"near32", MT_NEAR}, {"far32", MT_NEAR}, {"near16", MT_NEAR},
    {"far16", MT_NEAR}, /* JWasm's distances */
};

static const struct { const char *w; Operator op; } operator_words[] = {
    {"offset", OPR_OFFSET}, {"imagerel", OPR_IMAGEREL}, {"sectionrel", OPR_SECTIONREL},
    {"seg", OPR_SEG}, {"low32", OPR_LOW32}, {"high32", OPR_HIGH32}, {"short", OPR_SHORT},
    {"high", OPR_HIGH}, {"low", OPR_LOW}, {"highword", OPR_HIGHWORD},
    {"lowword", OPR_LOWWORD}, {"sizeof", OPR_SIZEOF}, {"lengthof", OPR_LENGTHOF},
    {"size", OPR_SIZE}, {"length", OPR_LENGTH}, {"type", OPR_TYPE}, {"ptr", OPR_PTR},
    {"not", OPR_NOT}, {"mod", OPR_MOD}, {"shl", OPR_SHL}, {"shr", OPR_SHR},
    {"and", OPR_AND}, {"or", OPR_OR}, {"xor", OPR_XOR}, {"eq", OPR_EQ}, {"ne", OPR_NE},
    {"lt", OPR_LT}, {"le", OPR_LE}, {"gt", OPR_GT}, {"ge", OPR_GE}, {"dup", OPR_DUP},
    {"this", OPR_THIS}, {"opattr", OPR_OPATTR}, {".type", OPR_DOTTYPE}, {"mask", OPR_MASK},
    {"width", OPR_WIDTH}, {"bcst", OPR_BCST},
};

static const struct { const char *w; PPWord role; } pp_words[] = {
    {"if", PPW_IF}, {"ife", PPW_IFE}, {"if1", PPW_IF1}, {"if2", PPW_IF2}, {"ifb", PPW_IFB},
    {"ifnb", PPW_IFNB}, {"ifdef", PPW_IFDEF}, {"ifndef", PPW_IFNDEF}, {"ifidn", PPW_IFIDN},
    {"ifidni", PPW_IFIDNI}, {"ifdif", PPW_IFDIF}, {"ifdifi", PPW_IFDIFI},
    {"elseif", PPW_ELSEIF}, {"elseife", PPW_ELSEIFE}, {"elseif1", PPW_ELSEIF1},
    {"elseif2", PPW_ELSEIF2}, {"elseifb", PPW_ELSEIFB}, {"elseifnb", PPW_ELSEIFNB},
    {"elseifdef", PPW_ELSEIFDEF}, {"elseifndef", PPW_ELSEIFNDEF},
    {"elseifidn", PPW_ELSEIFIDN}, {"elseifidni", PPW_ELSEIFIDNI},
    {"elseifdif", PPW_ELSEIFDIF}, {"elseifdifi", PPW_ELSEIFDIFI},
    {"else", PPW_ELSE}, {"endif", PPW_ENDIF},
    {".err", PPW_ERR}, {".err1", PPW_ERR1}, {".err2", PPW_ERR2}, {".erre", PPW_ERRE},
    {".errnz", PPW_ERRNZ}, {".errb", PPW_ERRB}, {".errnb", PPW_ERRNB},
    {".errdef", PPW_ERRDEF}, {".errndef", PPW_ERRNDEF}, {".erridn", PPW_ERRIDN},
    {".erridni", PPW_ERRIDNI}, {".errdif", PPW_ERRDIF}, {".errdifi", PPW_ERRDIFI},
    {"macro", PPW_MACRO}, {"endm", PPW_ENDM}, {"exitm", PPW_EXITM}, {"goto", PPW_GOTO},
    {"purge", PPW_PURGE}, {"local", PPW_LOCAL},
    {"rept", PPW_REPT}, {"repeat", PPW_REPEAT}, {"for", PPW_FOR}, {"irp", PPW_IRP},
    {"forc", PPW_FORC}, {"irpc", PPW_IRPC}, {"while", PPW_WHILE},
    {"echo", PPW_ECHO}, {"out", PPW_OUT}, {"comment", PPW_COMMENT},
    {"equ", PPW_EQU}, {"textequ", PPW_TEXTEQU}, {"catstr", PPW_CATSTR},
    {"substr", PPW_SUBSTR}, {"instr", PPW_INSTR}, {"sizestr", PPW_SIZESTR},
};

static const struct { const char *w; ArgWord role; } arg_words[] = {
    {"casemap", AW_CASEMAP}, {"dotname", AW_DOTNAME}, {"nodotname", AW_NODOTNAME},
    {"frame", AW_FRAME}, {"win64", AW_WIN64}, {"prologue", AW_PROLOGUE},
    {"epilogue", AW_EPILOGUE}, {"proc", AW_PROC}, {"setif2", AW_SETIF2},
    {"dllimport", AW_DLLIMPORT}, {"stackbase", AW_STACKBASE},
    {"none", AW_NONE_WORD}, {"all", AW_ALL}, {"notpublic", AW_NOTPUBLIC}, {"auto", AW_AUTO},
    {"noauto", AW_NOAUTO}, {"prologuedef", AW_PROLOGUEDEF}, {"epiloguedef", AW_EPILOGUEDEF},
    {"public", AW_PUBLIC}, {"private", AW_PRIVATE}, {"export", AW_EXPORT},
    {"true", AW_TRUE}, {"false", AW_FALSE},
    {"para", AW_PARA}, {"page", AW_PAGE}, {"align", AW_ALIGN}, {"alias", AW_ALIAS},
    {"readonly", AW_READONLY}, {"execute", AW_EXECUTE}, {"read", AW_READ},
    {"write", AW_WRITE}, {"common", AW_COMMON}, {"stack", AW_STACK}, {"memory", AW_MEMORY},
    {"use64", AW_USE64}, {"flat", AW_FLAT}, {"nopage", AW_NOPAGE}, {"nocache", AW_NOCACHE},
    {"shared", AW_SHARED}, {"discard", AW_DISCARD}, {"info", AW_INFO},
    {"abs", AW_ABS}, {"near", AW_NEAR}, {"near64", AW_NEAR64}, {"far", AW_FAR},
    {"near32", AW_NEAR32}, {"far32", AW_FAR32}, {"near16", AW_NEAR16}, {"far16", AW_FAR16},
    {"c", AW_C}, {"syscall", AW_SYSCALL}, {"stdcall", AW_STDCALL}, {"pascal", AW_PASCAL},
    {"fortran", AW_FORTRAN}, {"basic", AW_BASIC}, {"fastcall", AW_FASTCALL},
    {"vectorcall", AW_VECTORCALL},
    {"req", AW_REQ}, {"label", AW_LABEL},
    {"@catstr", AW_AT_CATSTR}, {"@substr", AW_AT_SUBSTR}, {"@instr", AW_AT_INSTR},
    {"@sizestr", AW_AT_SIZESTR}, {"@environ", AW_AT_ENVIRON},
    {"uses", AW_USES}, {"vararg", AW_VARARG}, {"addr", AW_ADDR}, {"nothing", AW_NOTHING},
    {"code", AW_CODE}, {"assumes", AW_ASSUMES}, {"radix", AW_RADIX},
    {"listing", AW_LISTING}, {"cpu", AW_CPU},
    {"ends", AW_ENDS}, {"struct", AW_STRUCT}, {"struc", AW_STRUC}, {"union", AW_UNION},
    {"even", AW_EVEN}, {"nonunique", AW_NONUNIQUE}, {"proto", AW_PROTO},
    {"zero?", AW_ZERO_FLAG}, {"carry?", AW_CARRY_FLAG}, {"sign?", AW_SIGN_FLAG},
    {"parity?", AW_PARITY_FLAG}, {"overflow?", AW_OVERFLOW_FLAG}, {".if", AW_DOT_IF},
    {"endp", AW_ENDP},
    {"db", AW_DB}, {"dw", AW_DW}, {"dd", AW_DD}, {"df", AW_DF}, {"dq", AW_DQ}, {"dt", AW_DT},
};

/* OPTION items ml64 accepts that change nothing for a COFF object. */
static const char *const ignored_options[] = {
    "scoped", "noscoped", "ljmp", "noljmp", "m510", "nom510",
    "oldstructs", "nooldstructs", "oldmacros", "nooldmacros", "readonly", "noreadonly",
    "emulator", "noemulator", "nosignextend", "expr32", "expr16", "language",
    "segment", "offset", "nokeyword", "avxencoding", "evex",
};

int kw_distance_type(ArgWord w)
{
    switch (w) {
    case AW_NEAR: case AW_NEAR64: return 0xFF08;
    case AW_FAR: case AW_FAR32: return 0xFF06;
    case AW_NEAR32: return 0xFF04;
    case AW_NEAR16: return 0xFF02;
    case AW_FAR16: return 0xFF05;
    default: return 0;
    }
}

int kw_data_size(ArgWord w)
{
    static const int size[] = {1, 2, 4, 6, 8, 10}; /* DB DW DD DF DQ DT */
    return w >= AW_DB && w <= AW_DT ? size[w - AW_DB] : 0;
}

static const struct { const char *w; unsigned bits; } prefix_words[] = {
    {"lock", EPFX_LOCK}, {"rep", EPFX_REP}, {"repe", EPFX_REP | EPFX_REPE},
    {"repz", EPFX_REP | EPFX_REPE},
    {"repne", EPFX_REPNE}, {"repnz", EPFX_REPNE},
};

void kw_init(KwTable *t)
{
    memset(t, 0, sizeof *t);
    /* the table at its final size at once: every run builds it, and each
     * smaller table on the way was fresh pages to fault in */
    size_t words = (size_t)R_COUNT + 1 + ARRAY_LEN(prefix_words) + ARRAY_LEN(operator_words) +
                   (size_t)MN_COUNT + ARRAY_LEN(type_words) + ARRAY_LEN(pp_words) +
                   ARRAY_LEN(arg_words) + ARRAY_LEN(ignored_options) +
                   255; /* the directives parse_init_keywords adds (ids in a byte) */
    uint32_t cap = 8192;
    while (cap < words * 4)
        cap *= 2;
    grow_to(t, cap);
    /* st0..st7 are no reserved words (ml64 takes them as names: a LOCAL
     * st1 in the MASM64 SDK); x87 registers are spelled st and st(i).
     * Nor are dr4 and dr5 (ml64 14.12: `dr4 dq 2` is data). */
    for (int r = 1; r < R_COUNT; r++)
        if (reg_info[r].cls != RC_ST && r != R_DR4 && r != R_DR5)
            kw_add(t, reg_info[r].name, KW_REG, (uint16_t)r);
    kw_add(t, "st", KW_REG, (uint16_t)R_ST0);
    for (size_t i = 0; i < ARRAY_LEN(prefix_words); i++)
        kw_add(t, prefix_words[i].w, KW_PREFIX, (uint16_t)prefix_words[i].bits);
    for (size_t i = 0; i < ARRAY_LEN(operator_words); i++)
        kw_add(t, operator_words[i].w, KW_OPERATOR, (uint16_t)operator_words[i].op);
    for (int m = MN_NONE + 1; m < MN_COUNT; m++)
        kw_add(t, enc_mnemonic_name((Mnemonic)m), KW_MNEMONIC, (uint16_t)m);
    for (size_t i = 0; i < ARRAY_LEN(type_words); i++)
        kw_add(t, type_words[i].w, KW_TYPE, (uint16_t)type_words[i].size);
    for (size_t i = 0; i < ARRAY_LEN(pp_words); i++)
        kw_add(t, pp_words[i].w, KW_PPWORD, (uint16_t)pp_words[i].role);
    for (size_t i = 0; i < ARRAY_LEN(arg_words); i++)
        kw_add(t, arg_words[i].w, KW_ARGWORD, (uint16_t)arg_words[i].role);
    for (size_t i = 0; i < ARRAY_LEN(ignored_options); i++)
        kw_add(t, ignored_options[i], KW_ARGWORD, AW_OPTION_IGNORED);
}

void kw_free(KwTable *t)
{
    free(t->slots);
    memset(t, 0, sizeof *t);
}

/* keyword.c: unit tests of the keyword table (src/keyword.c,
 * include/keyword.h): every reserved word's roles. */
#include "unit.h"
#include "keyword.h"
#include "lexer.h"
#include "reg.h"
#include "encoder.h"
#include "sym.h"
#include <string.h>

#define S(lit) lit, sizeof lit - 1

/* kw_lookup: the primary role, and the secondary instruction/directive
 * roles of words that have several. */
void test_kw_lookup_roles(void)
{
    KwTable t;
    kw_init(&t);
    Keyword k = kw_lookup(&t, S("eax"));
    CHECK_EQ(k.kind, KW_REG);
    CHECK_EQ(k.id, R_EAX);
    k = kw_lookup(&t, S("rax"));
    CHECK_EQ(k.kind, KW_REG);
    CHECK_EQ(reg_size((Reg)k.id), 8);
    k = kw_lookup(&t, S("mov"));
    CHECK_EQ(k.kind, KW_MNEMONIC);
    CHECK_EQ(k.id, MN_MOV);
    CHECK_EQ(k.mnemonic, MN_MOV);
    k = kw_lookup(&t, S("lock"));
    CHECK_EQ(k.kind, KW_PREFIX);
    CHECK_EQ(k.id, EPFX_LOCK);
    CHECK_EQ(kw_lookup(&t, S("repz")).id, EPFX_REP | EPFX_REPE); /* repe spelling: CMPS/SCAS only */
    CHECK_EQ(kw_lookup(&t, S("repnz")).id, EPFX_REPNE);
    /* "and" is an operator first and also an instruction */
    k = kw_lookup(&t, S("and"));
    CHECK_EQ(k.kind, KW_OPERATOR);
    CHECK_EQ(k.id, OPR_AND);
    CHECK_EQ(k.mnemonic, MN_AND);
    k = kw_lookup(&t, S("offset"));
    CHECK_EQ(k.kind, KW_OPERATOR);
    CHECK_EQ(k.id, OPR_OFFSET);
    CHECK_EQ(k.mnemonic, 0);
    /* type words carry their size */
    CHECK_EQ(kw_lookup(&t, S("byte")).kind, KW_TYPE);
    CHECK_EQ(kw_lookup(&t, S("byte")).id, 1);
    CHECK_EQ(kw_lookup(&t, S("tbyte")).id, 10);
    CHECK_EQ(kw_lookup(&t, S("zmmword")).id, 64);
    CHECK_EQ(kw_lookup(&t, S("near")).id, MT_NEAR);
    /* a directive added later becomes a second role of a type word */
    kw_add(&t, "dword", KW_DIRECTIVE, 7);
    k = kw_lookup(&t, S("dword"));
    CHECK_EQ(k.kind, KW_TYPE);
    CHECK_EQ(k.id, 4);
    CHECK_EQ(k.directive, 8);
    /* the size code: signed and real type words say so */
    CHECK_EQ(kw_lookup(&t, S("sdword")).id, 4 | SZ_SIGNED);
    CHECK_EQ(kw_lookup(&t, S("real8")).id, 8 | SZ_REAL);
    CHECK_EQ(kw_lookup(&t, S("qword")).id, 8);
    /* preprocessor words: a role of their own, no primary kind */
    k = kw_lookup(&t, S("EndM"));
    CHECK_EQ(k.kind, KW_NONE);
    CHECK_EQ(k.pp, PPW_ENDM);
    CHECK_EQ(kw_lookup(&t, S("elseifdifi")).pp, PPW_ELSEIFDIFI);
    k = kw_lookup(&t, S("out"));
    CHECK_EQ(k.kind, KW_MNEMONIC);
    CHECK_EQ(k.pp, PPW_OUT);
    kw_add(&t, "local", KW_DIRECTIVE, 9); /* a directive added later is its kind */
    k = kw_lookup(&t, S("local"));
    CHECK_EQ(k.kind, KW_DIRECTIVE);
    CHECK_EQ(k.id, 9);
    CHECK_EQ(k.pp, PPW_LOCAL);
    kw_add(&t, ".code", KW_DIRECTIVE, 0);
    k = kw_lookup(&t, S(".CODE"));
    CHECK_EQ(k.kind, KW_DIRECTIVE);
    CHECK_EQ(k.directive, 1);
    kw_free(&t);
}

/* kw_lookup: case-insensitive, exact length, unknown and empty words. */
void test_kw_lookup_case_length(void)
{
    KwTable t;
    kw_init(&t);
    CHECK_EQ(kw_lookup(&t, S("MoV")).kind, KW_MNEMONIC);
    CHECK_EQ(kw_lookup(&t, S("EAX")).id, R_EAX);
    CHECK_EQ(kw_lookup(&t, "movx", 3).kind, KW_MNEMONIC); /* length, not NUL */
    CHECK_EQ(kw_lookup(&t, S("movx")).kind, KW_NONE);
    CHECK_EQ(kw_lookup(&t, S("ea")).kind, KW_NONE);
    CHECK_EQ(kw_lookup(&t, S("my_label")).kind, KW_NONE);
    CHECK_EQ(kw_lookup(&t, "", 0).kind, KW_NONE);
    static char longw[400];
    memset(longw, 'a', sizeof longw);
    CHECK_EQ(kw_lookup(&t, longw, sizeof longw).kind, KW_NONE);
    kw_free(&t);
}

/* kw_classify: identifiers get their roles, other tokens none. */
void test_kw_classify(void)
{
    KwTable t;
    kw_init(&t);
    Arena ar = {0};
    const char line[] = "mov eax, dword ptr foo[rbx+4]";
    LexResult r = lex_tokens(&ar, line, line + sizeof line - 1, 0);
    CHECK(r.ntoks > 8);
    kw_classify(&t, r.toks, r.ntoks);
    int regs = 0, types = 0, ops = 0, mnems = 0, plain = 0, nonid_kw = 0;
    for (int i = 0; i < r.ntoks; i++) {
        const Tok *k = &r.toks[i];
        if (k->kind != TK_ID) {
            nonid_kw += k->kw.kind != KW_NONE;
            continue;
        }
        switch (k->kw.kind) {
        case KW_REG: regs++; break;
        case KW_TYPE: types++; break;
        case KW_OPERATOR: ops++; break;
        case KW_MNEMONIC: mnems++; break;
        case KW_NONE: plain++; break;
        default: break;
        }
    }
    CHECK_EQ(mnems, 1);  /* mov */
    CHECK_EQ(regs, 2);   /* eax rbx */
    CHECK_EQ(types, 1);  /* dword */
    CHECK_EQ(ops, 1);    /* ptr */
    CHECK_EQ(plain, 1);  /* foo */
    CHECK_EQ(nonid_kw, 0);
    arena_free(&ar);
    kw_free(&t);
}

/* kw_lookup: the words directives take as arguments have an ArgWord role
 * of their own (Keyword.arg) beside any other role, and no primary kind
 * of their own: they stay identifiers elsewhere. */
void test_kw_lookup_arg_words(void)
{
    KwTable t;
    kw_init(&t);
    Keyword k = kw_lookup(&t, S("CaseMap"));
    CHECK_EQ(k.kind, KW_NONE);
    CHECK_EQ(kw_arg(k), AW_CASEMAP);
    CHECK(!kw_option_ignored(k));
    k = kw_lookup(&t, S("none"));
    CHECK_EQ(k.kind, KW_NONE);
    CHECK_EQ(kw_arg(k), AW_NONE_WORD);
    /* READONLY: a SEGMENT attribute and an OPTION item without effect */
    k = kw_lookup(&t, S("READONLY"));
    CHECK_EQ(kw_arg(k), AW_READONLY);
    CHECK(kw_option_ignored(k));
    /* OFFSET: an operator first, and an ignored OPTION item */
    k = kw_lookup(&t, S("offset"));
    CHECK_EQ(k.kind, KW_OPERATOR);
    CHECK_EQ(kw_arg(k), AW_NONE);
    CHECK(kw_option_ignored(k));
    CHECK(kw_option_ignored(kw_lookup(&t, S("nokeyword"))));
    CHECK(!kw_option_ignored(kw_lookup(&t, S("scope"))));
    /* PROC: a type (and, once the parser adds it, a directive) and an
     * OPTION item */
    k = kw_lookup(&t, S("proc"));
    CHECK_EQ(k.kind, KW_TYPE);
    CHECK_EQ(k.id, MT_NEAR);
    CHECK_EQ(kw_arg(k), AW_PROC);
    /* distances: one KW_TYPE id, told apart by their ArgWord */
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("near")))), 0xFF08);
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("near64")))), 0xFF08);
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("far")))), 0xFF06);
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("far32")))), 0xFF06);
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("near32")))), 0xFF04);
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("near16")))), 0xFF02);
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("far16")))), 0xFF05);
    CHECK_EQ(kw_distance_type(kw_arg(kw_lookup(&t, S("proc")))), 0);
    /* language types */
    CHECK(kw_is_langtype(kw_arg(kw_lookup(&t, S("C")))));
    CHECK(kw_is_langtype(kw_arg(kw_lookup(&t, S("vectorcall")))));
    CHECK(!kw_is_langtype(kw_arg(kw_lookup(&t, S("near")))));
    /* the data directives' size codes (their directive role comes from
     * the parser) */
    CHECK_EQ(kw_data_size(kw_arg(kw_lookup(&t, S("db")))), 1);
    CHECK_EQ(kw_data_size(kw_arg(kw_lookup(&t, S("DW")))), 2);
    CHECK_EQ(kw_data_size(kw_arg(kw_lookup(&t, S("dd")))), 4);
    CHECK_EQ(kw_data_size(kw_arg(kw_lookup(&t, S("df")))), 6);
    CHECK_EQ(kw_data_size(kw_arg(kw_lookup(&t, S("dq")))), 8);
    CHECK_EQ(kw_data_size(kw_arg(kw_lookup(&t, S("dt")))), 10);
    CHECK_EQ(kw_data_size(kw_arg(kw_lookup(&t, S("byte")))), 0);
    /* .IF flags keep their '?' */
    CHECK_EQ(kw_arg(kw_lookup(&t, S("Zero?"))), AW_ZERO_FLAG);
    CHECK_EQ(kw_arg(kw_lookup(&t, S("zero"))), AW_NONE);
    /* macro parameter kinds and the built-in macro functions */
    CHECK_EQ(kw_arg(kw_lookup(&t, S("Req"))), AW_REQ);
    CHECK_EQ(kw_arg(kw_lookup(&t, S("@CatStr"))), AW_AT_CATSTR);
    CHECK_EQ(kw_arg(kw_lookup(&t, S("@ENVIRON"))), AW_AT_ENVIRON);
    CHECK(AW_COUNT <= AW_MASK + 1); /* every ArgWord fits beside the flag */
    kw_free(&t);
}

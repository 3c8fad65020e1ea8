/* lexer.re: re2c source of the MASM tokenizer (the generated src/lexer.c
 * is committed; make regenerates it when re2c is installed).
 * Pipeline position: srcmgr text -> lexer -> preproc/parser.
 * Identifiers include @ $ ? _ and a leading dot for directives; a dot
 * right after an identifier, ']' or ')' is the member operator instead. */
#include "lexer.h"
#include "limit.h"
#include <string.h>

static bool is_id_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '_' || c == '@' || c == '$' ||
           c == '?';
}

/* Does the line start with a JWasm HLL directive whose condition may use
 * '<' as an operator (.IF, .ELSEIF, .WHILE, .UNTIL, .BREAK/.CONTINUE .IF)?
 * There a '<' opens no <...> and a ';' starts the comment, as in JWasm. */
static bool hll_condition_line(const char *p)
{
    static const char *const words[] = {"if", "elseif", "while", "until", "untilcxz",
                                        "break", "continue"};
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p++ != '.')
        return false;
    size_t n = 0;
    while (is_id_char((unsigned char)p[n]))
        n++;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t i = 0;
        while (i < n && words[k][i] && (p[i] | 32) == words[k][i])
            i++;
        if (i == n && !words[k][i])
            return true;
    }
    return false;
}

int lex_physical_line(const char *p, const char **code_end, const char **next)
{
    /* the bytes that matter outside a string and <...>; the rest is
     * skipped in a tight loop */
    static const unsigned char stop[256] = {
        [0] = 1, ['\n'] = 1, ['"'] = 1, ['\''] = 1, [';'] = 1, ['<'] = 1,
    };
    static const unsigned char angle_stop[256] = { /* the same inside <...> */
        [0] = 1, ['\n'] = 1, ['!'] = 1, ['<'] = 1, ['>'] = 1,
    };
    const char *end = NULL;
    const char *q = p;
    char quote = 0;
    int angle = 0;
    const char *last_gt = NULL;
    /* ml64 14.12 (measured): inside <...> a ';' is text and a quote
     * opens no string (<a";b> is 4 characters), so in
     * `IFIDN x,<">   ;; first char is "` the comment starts at the ";;".
     * A '<' with no '>' after it on the line (.IF a < b) opens nothing. */
    for (; *q && *q != '\n'; q++) {
        if (!quote) {
            const unsigned char *skip = angle ? angle_stop : stop;
            while (!skip[(unsigned char)*q])
                q++;
            if (!*q || *q == '\n')
                break;
        }
        if (quote) {
            if (*q == quote)
                quote = 0;
        } else if (angle) {
            if (*q == '!' && q[1] && q[1] != '\n')
                q++;
            else if (*q == '<')
                angle++;
            else if (*q == '>')
                angle--;
        } else if (*q == '<') {
            if (!last_gt) { /* the last '>' of the line, found once (from its end) */
                const char *r = q + strcspn(q, "\n");
                while (r > q + 1 && r[-1] != '>')
                    r--;
                last_gt = r > q + 1 && !hll_condition_line(p) ? r - 1 : q;
            }
            if (last_gt > q)
                angle = 1;
        } else if (*q == '"' || *q == '\'') {
            quote = *q;
        } else if (*q == ';' && !end) {
            end = q;
            /* keep scanning only to find the newline */
            while (*q && *q != '\n')
                q++;
            break;
        }
    }
    if (!end)
        end = q;
    *next = *q == '\n' ? q + 1 : q;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    *code_end = end;
    if (end > p && end[-1] == '\\')
        return '\\';
    if (end > p && end[-1] == ',')
        return ',';
    return 0;
}

/* Scan a <...> literal starting at p ('<'); returns the end (past '>') or
 * NULL if it does not close on this line. */
static const char *scan_angle(const char *p, const char *end)
{
    int depth = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '!' && q + 1 < end) {
            q++;
            continue;
        }
        if (*q == '"' || *q == '\'') {
            const char *c = memchr(q + 1, *q, (size_t)(end - q - 1));
            if (c) /* a quote without a partner is an ordinary character */
                q = c;
            continue;
        }
        if (*q == '<')
            depth++;
        else if (*q == '>' && --depth == 0)
            return q + 1;
    }
    return NULL;
}

/* What the lexer knows of the <...> literals of one line.  A '<' that
 * does not close is scanned to the line's end, so a line of many such
 * (a megabyte text macro of fuzzer bytes) cost its length squared; after
 * the first that fails, the '<'s that scan passed are matched with a
 * stack in one more pass and later looked up.  A '<' the scan did not
 * read (after '!' or inside quotes) is scanned anew; `budget` bounds the
 * bytes all scans of the line may read, against a line built to defeat
 * the memo. */
typedef struct {
    const char **at;    /* the '<'s of the last failed scan, in order */
    const char **close; /* the end of each one's literal, or NULL */
    size_t n, next, cap;
    size_t budget;
    bool over;          /* the budget ran out: the line is too complex */
} AngleMemo;

static void angle_memo_push(AngleMemo *m, Arena *a, const char *at)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        const char **at2 = arena_alloc_raw(a, cap * sizeof *at2);
        const char **cl2 = arena_alloc_raw(a, cap * sizeof *cl2);
        if (m->n) {
            memcpy(at2, m->at, m->n * sizeof *at2);
            memcpy(cl2, m->close, m->n * sizeof *cl2);
        }
        m->at = at2;
        m->close = cl2;
        m->cap = cap;
    }
    m->at[m->n] = at;
    m->close[m->n] = NULL;
    m->n++;
}

/* The same walk as scan_angle from a '<' that does not close, recording
 * where each '<' it reads closes (the stack holds indexes into m). */
static void angle_memo_build(AngleMemo *m, Arena *a, const char *p, const char *end)
{
    m->n = 0;
    m->next = 0;
    size_t *stack = NULL, depth = 0, cap = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '!' && q + 1 < end) {
            q++;
            continue;
        }
        if (*q == '"' || *q == '\'') {
            const char *c = memchr(q + 1, *q, (size_t)(end - q - 1));
            if (c)
                q = c;
            continue;
        }
        if (*q == '<') {
            if (depth == cap) {
                size_t *bigger = arena_alloc_raw(a, (cap ? cap * 2 : 64) * sizeof *bigger);
                if (depth)
                    memcpy(bigger, stack, depth * sizeof *stack);
                stack = bigger;
                cap = cap ? cap * 2 : 64;
            }
            stack[depth++] = m->n;
            angle_memo_push(m, a, q);
        } else if (*q == '>' && depth > 1) {
            m->close[stack[--depth]] = q + 1;
        }
    }
}

/* The end of the <...> literal opened at p, or NULL. */
static const char *angle_close(AngleMemo *m, Arena *a, const char *p, const char *end)
{
    while (m->next < m->n && m->at[m->next] < p)
        m->next++;
    if (m->next < m->n && m->at[m->next] == p)
        return m->close[m->next];
    size_t cost = (size_t)(end - p);
    if (m->budget < 2 * cost) {
        m->over = true;
        return NULL;
    }
    const char *close = scan_angle(p, end);
    if (close) {
        m->budget -= (size_t)(close - p);
        return close;
    }
    m->budget -= 2 * cost;
    angle_memo_build(m, a, p, end);
    return NULL;
}

/* Scan one token at p (p < end, not blank).  Returns the kind, sets *tend
 * and *op. */
static TokKind scan_token(const char *p, const char *end, const char **tend,
                          uint16_t *op, bool after_operand, unsigned flags, AngleMemo *am,
                          Arena *a)
{
    /* The scanner never reads at or past end: [p, end) is often a piece of
     * a longer text, or of a buffer whose following bytes are not set, so
     * it sees a NUL there instead (which ends every token). */
    const unsigned char *YYCURSOR = (const unsigned char *)p, *YYMARKER = YYCURSOR;
    const unsigned char *const lim = (const unsigned char *)end;
    const unsigned char *start = YYCURSOR;
    (void)YYMARKER;
    *op = 0;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:api = custom;
        re2c:api:style = free-form;
        re2c:define:YYPEEK = "(YYCURSOR < lim ? *YYCURSOR : 0)";
        re2c:define:YYSKIP = "++YYCURSOR;";
        re2c:define:YYBACKUP = "YYMARKER = YYCURSOR;";
        re2c:define:YYRESTORE = "YYCURSOR = YYMARKER;";

        idstart = [A-Za-z_@$?];
        idchar  = [A-Za-z0-9_@$?];
        digit   = [0-9];

        idstart idchar*              { *tend = (const char *)YYCURSOR; return TK_ID; }
        "." [A-Za-z_@$?0-9] idchar*  {
            if (after_operand) {
                *tend = p + 1; *op = '.'; return TK_PUNCT;
            }
            *tend = (const char *)YYCURSOR; return TK_ID;
        }
        digit+ "." digit* ([eE] [+-]? digit+)?  { *tend = (const char *)YYCURSOR; return TK_REAL; }
        digit idchar*                { *tend = (const char *)YYCURSOR; return TK_NUM; }
        ["] ([^"\x00\n] | ["]["])* ["]    { *tend = (const char *)YYCURSOR; return TK_STR; }
        ['] ([^'\x00\n] | ['][''])* [']    { *tend = (const char *)YYCURSOR; return TK_STR; }
        ["'] { *tend = NULL; return TK_STR; }
        "=="  { *tend = (const char *)YYCURSOR; *op = OP_EQ2; return TK_PUNCT; }
        "!="  { *tend = (const char *)YYCURSOR; *op = OP_NE2; return TK_PUNCT; }
        "<="  { *tend = (const char *)YYCURSOR; *op = OP_LE2; return TK_PUNCT; }
        ">="  { *tend = (const char *)YYCURSOR; *op = OP_GE2; return TK_PUNCT; }
        "&&"  { *tend = (const char *)YYCURSOR; *op = OP_AND2; return TK_PUNCT; }
        "||"  { *tend = (const char *)YYCURSOR; *op = OP_OR2; return TK_PUNCT; }
        "::"  { *tend = (const char *)YYCURSOR; *op = OP_COLON2; return TK_PUNCT; }
        "<"   {
            if (!(flags & LEX_NO_ANGLE)) {
                const char *close = angle_close(am, a, p, end);
                if (close) { *tend = close; return TK_ANGLE; }
            }
            *tend = (const char *)YYCURSOR; *op = '<'; return TK_PUNCT;
        }
        [-+*/()[\]{},:=!%&|>.~^#\\] { *tend = (const char *)YYCURSOR; *op = *start; return TK_PUNCT; }
        *     { *tend = (const char *)YYCURSOR; *op = *start; return TK_EOL; }
    */
}

/* What lex_tokens does with a byte where a token may start: skip a blank,
 * read an identifier (idstart idchar*, as the scanner's rule), take a
 * one-character punctuation mark that begins no longer token, or ':'
 * unless '::'; anything else goes to the scanner.  L_ID marks every
 * idchar. */
enum { L_BLANK = 1, L_ID = 2, L_IDSTART = 2 | 4, L_PUNCT = 8, L_COLON = 16 };
static const unsigned char start_class[256] = {
    [' '] = L_BLANK, ['\t'] = L_BLANK, ['\r'] = L_BLANK, ['\f'] = L_BLANK, ['\v'] = L_BLANK,
    ['A'] = L_IDSTART, ['B'] = L_IDSTART, ['C'] = L_IDSTART, ['D'] = L_IDSTART,
    ['E'] = L_IDSTART, ['F'] = L_IDSTART, ['G'] = L_IDSTART, ['H'] = L_IDSTART,
    ['I'] = L_IDSTART, ['J'] = L_IDSTART, ['K'] = L_IDSTART, ['L'] = L_IDSTART,
    ['M'] = L_IDSTART, ['N'] = L_IDSTART, ['O'] = L_IDSTART, ['P'] = L_IDSTART,
    ['Q'] = L_IDSTART, ['R'] = L_IDSTART, ['S'] = L_IDSTART, ['T'] = L_IDSTART,
    ['U'] = L_IDSTART, ['V'] = L_IDSTART, ['W'] = L_IDSTART, ['X'] = L_IDSTART,
    ['Y'] = L_IDSTART, ['Z'] = L_IDSTART, ['a'] = L_IDSTART, ['b'] = L_IDSTART,
    ['c'] = L_IDSTART, ['d'] = L_IDSTART, ['e'] = L_IDSTART, ['f'] = L_IDSTART,
    ['g'] = L_IDSTART, ['h'] = L_IDSTART, ['i'] = L_IDSTART, ['j'] = L_IDSTART,
    ['k'] = L_IDSTART, ['l'] = L_IDSTART, ['m'] = L_IDSTART, ['n'] = L_IDSTART,
    ['o'] = L_IDSTART, ['p'] = L_IDSTART, ['q'] = L_IDSTART, ['r'] = L_IDSTART,
    ['s'] = L_IDSTART, ['t'] = L_IDSTART, ['u'] = L_IDSTART, ['v'] = L_IDSTART,
    ['w'] = L_IDSTART, ['x'] = L_IDSTART, ['y'] = L_IDSTART, ['z'] = L_IDSTART,
    ['_'] = L_IDSTART, ['@'] = L_IDSTART, ['$'] = L_IDSTART, ['?'] = L_IDSTART,
    ['0'] = L_ID, ['1'] = L_ID, ['2'] = L_ID, ['3'] = L_ID, ['4'] = L_ID, ['5'] = L_ID,
    ['6'] = L_ID, ['7'] = L_ID, ['8'] = L_ID, ['9'] = L_ID, [','] = L_PUNCT,
    ['['] = L_PUNCT, [']'] = L_PUNCT, ['('] = L_PUNCT, [')'] = L_PUNCT, ['+'] = L_PUNCT,
    ['-'] = L_PUNCT, ['*'] = L_PUNCT, [':'] = L_COLON,
};

LexResult lex_tokens(Arena *a, const char *p, const char *end, unsigned flags)
{
    LexResult r = {NULL, 0, LEXERR_NONE, NULL};
    static const Keyword no_kw = {KW_NONE, 0, 0, 0, 0, 0};
    size_t cap = 16;
    Tok *toks = arena_alloc_raw(a, cap * sizeof *toks); /* every field is set */
    int n = 0;
    AngleMemo angles = {NULL, NULL, 0, 0, 0, ASM_MAX_ANGLE_SCAN + 32 * (size_t)(end - p), false};
    while (p < end) {
        unsigned cls = start_class[(unsigned char)*p];
        if (cls == L_BLANK) {
            p++;
            continue;
        }
        const char *tend;
        uint16_t op = 0;
        TokKind k;
        if (cls == L_IDSTART) {
            tend = p + 1;
            while (tend < end && (start_class[(unsigned char)*tend] & L_ID))
                tend++;
            k = TK_ID;
        } else if (cls == L_PUNCT || (cls == L_COLON && (p + 1 >= end || p[1] != ':'))) {
            tend = p + 1;
            op = (uint16_t)(unsigned char)*p;
            k = TK_PUNCT;
        } else {
            /* (only a '.' reads it: the member operator or a directive name) */
            bool after_operand = *p == '.' && n > 0 && p > toks[n - 1].p &&
                                 (is_id_char((unsigned char)p[-1]) || p[-1] == ']' ||
                                  p[-1] == ')');
            k = scan_token(p, end, &tend, &op, after_operand, flags, &angles, a);
            if (angles.over) {
                if (!r.error) {
                    r.error = LEXERR_TOO_MANY;
                    r.error_at = p;
                }
                break;
            }
        }
        if (k == TK_STR && !tend) {
            /* no token: every user of TK_STR may rely on both quotes */
            if (!r.error) {
                r.error = LEXERR_UNTERMINATED_STRING;
                r.error_at = p;
            }
            break;
        } else if (k == TK_EOL || tend > end) {
            if (!r.error) {
                r.error = LEXERR_BAD_CHAR;
                r.error_at = p;
            }
            p = tend > end ? end : tend;
            continue;
        }
        if ((size_t)n >= ASM_MAX_LINE_TOKENS) {
            if (!r.error) {
                r.error = LEXERR_TOO_MANY;
                r.error_at = p;
            }
            break;
        }
        if ((size_t)n + 1 >= cap) {
            toks = arena_grow(a, toks, (size_t)n * sizeof *toks, cap * sizeof *toks,
                              cap * 2 * sizeof *toks);
            cap *= 2;
        }
        toks[n].kind = (uint8_t)k;
        toks[n].op = op;
        toks[n].p = p;
        toks[n].len = (uint32_t)(tend - p);
        toks[n].kw = no_kw;
        n++;
        p = tend;
    }
    toks[n].kind = TK_EOL;
    toks[n].op = 0;
    toks[n].p = end;
    toks[n].len = 0;
    toks[n].kw = no_kw;
    r.toks = toks;
    r.ntoks = n;
    return r;
}

Tok *lex_label_line(Arena *a, const char *p, const char *end)
{
    static const Keyword no_kw = {KW_NONE, 0, 0, 0, 0, 0};
    while (p < end && start_class[(unsigned char)*p] == L_BLANK)
        p++;
    if (p >= end || start_class[(unsigned char)*p] != L_IDSTART)
        return NULL;
    const char *tend = p + 1;
    while (tend < end && (start_class[(unsigned char)*tend] & L_ID))
        tend++;
    if (tend + 1 != end || *tend != ':')
        return NULL; /* ("x::" is one more token: lex_tokens reads it) */
    Tok *toks = arena_alloc_raw(a, 16 * sizeof *toks); /* as lex_tokens */
    toks[0].kind = TK_ID;
    toks[0].op = 0;
    toks[0].p = p;
    toks[0].len = (uint32_t)(tend - p);
    toks[0].kw = no_kw;
    toks[1].kind = TK_PUNCT;
    toks[1].op = ':';
    toks[1].p = tend;
    toks[1].len = 1;
    toks[1].kw = no_kw;
    toks[2].kind = TK_EOL;
    toks[2].op = 0;
    toks[2].p = end;
    toks[2].len = 0;
    toks[2].kw = no_kw;
    return toks;
}

/* 1 + the value of a digit 0-9, a-z, A-Z (a is 10); 0 for any other byte */
static const unsigned char digit_tab[256] = {
    ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
    ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15,
    ['f'] = 16, ['g'] = 17, ['h'] = 18, ['i'] = 19, ['j'] = 20, ['k'] = 21, ['l'] = 22,
    ['m'] = 23, ['n'] = 24, ['o'] = 25, ['p'] = 26, ['q'] = 27, ['r'] = 28, ['s'] = 29,
    ['t'] = 30, ['u'] = 31, ['v'] = 32, ['w'] = 33, ['x'] = 34, ['y'] = 35, ['z'] = 36,
    ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16, ['G'] = 17,
    ['H'] = 18, ['I'] = 19, ['J'] = 20, ['K'] = 21, ['L'] = 22, ['M'] = 23, ['N'] = 24,
    ['O'] = 25, ['P'] = 26, ['Q'] = 27, ['R'] = 28, ['S'] = 29, ['T'] = 30, ['U'] = 31,
    ['V'] = 32, ['W'] = 33, ['X'] = 34, ['Y'] = 35, ['Z'] = 36,
};

bool lex_is_real_hex(const char *p, size_t n)
{
    return n > 1 && (p[n - 1] == 'r' || p[n - 1] == 'R');
}

/* MASM radix rules: a trailing h/o/q/t/y always decides; a trailing b or d
 * decides only when the default radix is not 16 (in hex they are digits,
 * as ml64 does it). */
bool lex_number(const char *p, size_t n, int radix, uint64_t *value)
{
    if (n == 0)
        return false;
    char last = p[n - 1];
    if (last >= 'A' && last <= 'Z')
        last = (char)(last + 32);
    int r = radix;
    size_t digits = n;
    switch (last) {
    case 'h': r = 16; digits--; break;
    case 'o': case 'q': r = 8; digits--; break;
    case 't': r = 10; digits--; break;
    case 'y': r = 2; digits--; break;
    case 'b': if (radix <= 11) { r = 2; digits--; } break;
    case 'd': if (radix <= 13) { r = 10; digits--; } break;
    default: break;
    }
    if (digits == 0)
        return false;
    uint64_t v = 0;
    for (size_t i = 0; i < digits; i++) {
        int d = digit_tab[(unsigned char)p[i]] - 1;
        if (d < 0 || d >= r)
            return false;
        v = v * (uint64_t)r + (uint64_t)d;
    }
    *value = v;
    return true;
}


/* dir_seg.c: sections and symbol-visibility directives.
 *
 *   .CODE [name] | .DATA | .DATA? | .CONST
 *   name SEGMENT [align] [READONLY] [combine] ['class'] [ALIAS(<'name'>)]
 *   name ENDS
 *   PUBLIC name {, name}      EXTERN name:type {, name:type}
 *   EXTERNDEF name:type       name PROTO [args]
 *   name PROC [attrs]  ...  name ENDP
 *   INCLUDE file | INCLUDELIB lib | END [entry] | OPTION ... | .RADIX n
 *
 * Simplified segments map to ml64's COFF sections: .code -> .text$mn,
 * .data -> .data, .data? -> .bss, .const -> .rdata (doc/sections.md). */
#include "stmt.h"
#include "dir_seg.h"
#include "predef.h"
#include "types.h"
#include "limit.h"
#include <ctype.h>
#include <string.h>
#include <stdio.h>

#define SCN_CODE 0x20u
#define SCN_IDATA 0x40u
#define SCN_UDATA 0x80u
#define SCN_INFO 0x200u
#define SCN_REMOVE 0x800u
#define SCN_DISCARD 0x02000000u
#define SCN_SHARED 0x10000000u
#define SCN_EXEC 0x20000000u
#define SCN_READ 0x40000000u
#define SCN_WRITE 0x80000000u

static Section *open_section(Asm *a, const char *name, uint32_t flags, uint32_t align,
                             bool code, bool bss)
{
    Section *s = sec_find(&a->secs, name);
    if (!s) {
        s = sec_new(&a->secs, name, flags, align, code, bss);
        s->sym = sym_intern(&a->syms, name, strlen(name), NULL);
        if (s->sym->kind == SYM_UNDEF)
            s->sym->kind = SYM_SEGMENT;
        s->sym->sec = s;
    }
    return s;
}

static bool simple_segment(Asm *a, Stmt *st, const char *name, uint32_t flags,
                           bool code, bool bss, const char *segname)
{
    const char *seg = code ? "_TEXT" : bss ? "_BSS" : (flags & SCN_WRITE) ? "_DATA" : "CONST";
    predef_set_curseg(a, seg);
    /* a procedure may switch sections and come back (CStr-style macros) */
    a->seg_depth = 0;
    /* as in ml64, the segment stays open under later SEGMENTs until its
     * own ENDS (`.code` ... `_TEXT ENDS`, `.code foo` ... `foo ENDS`) */
    a->simple_seg = segname ? segname : seg;
    a->cur = open_section(a, name, flags, 16, code, bss);
    (void)st;
    return true;
}

static const char *coff_name_for(Asm *a, const char *seg);

/* ml64 starts every object with the .code and .data sections, empty or
 * not, in that order (JWasm does the same with .text and .data). */
void dir_seg_defaults(Asm *a)
{
    open_section(a, ".text$mn", SCN_CODE | SCN_EXEC | SCN_READ, 16, true, false);
    open_section(a, ".data", SCN_IDATA | SCN_READ | SCN_WRITE, 16, false, false);
}

bool dir_code(Asm *a, Stmt *st)
{
    const char *name = ".text$mn", *segname = NULL;
    if (st->arg < st->ntoks) {
        if (st->toks[st->arg].kind != TK_ID || !stmt_end(a, st, st->arg + 1))
            return asm_syntax_error(a, &st->toks[st->arg]);
        segname = arena_strdup(&a->perm, tok_str(a, &st->toks[st->arg]));
        name = coff_name_for(a, segname); /* .code _text: .text$mn */
    }
    return simple_segment(a, st, name, SCN_CODE | SCN_EXEC | SCN_READ, true, false, segname);
}

bool dir_data_seg(Asm *a, Stmt *st)
{
    return stmt_end(a, st, st->arg) &&
           simple_segment(a, st, ".data", SCN_IDATA | SCN_READ | SCN_WRITE, false, false, NULL);
}

bool dir_data_q(Asm *a, Stmt *st)
{
    return stmt_end(a, st, st->arg) &&
           simple_segment(a, st, ".bss", SCN_UDATA | SCN_READ | SCN_WRITE, false, true, NULL);
}

bool dir_const(Asm *a, Stmt *st)
{
    return stmt_end(a, st, st->arg) &&
           simple_segment(a, st, ".rdata", SCN_IDATA | SCN_READ, false, false, NULL);
}

/* The alignment a SEGMENT attribute word names (BYTE WORD DWORD PARA
 * PAGE), or 0. */
static uint32_t align_word(const Tok *t)
{
    if (t->kind != TK_ID)
        return 0;
    if (t->kw.kind == KW_TYPE && (t->kw.id == 1 || t->kw.id == 2 || t->kw.id == 4))
        return t->kw.id; /* BYTE WORD DWORD, not their signed or real kin */
    ArgWord w = kw_arg(t->kw);
    return w == AW_PARA ? 16 : w == AW_PAGE ? 256 : 0;
}

/* ml64's COFF name of a segment: the part before the first '$' names the
 * section (_TEXT -> .text$mn, _DATA -> .data, CONST -> .rdata, _BSS ->
 * .bss, any case), the rest is kept: _TEXT$AB -> .text$mn$AB. */
static const char *coff_name_for(Asm *a, const char *seg)
{
    static const struct { const char *seg, *coff; } names[] = {
        {"_TEXT", ".text$mn"}, {"_DATA", ".data"}, {"CONST", ".rdata"}, {"_BSS", ".bss"},
    };
    size_t n = strcspn(seg, "$");
    for (size_t i = 0; i < ARRAY_LEN(names); i++) {
        size_t k = 0;
        while (k < n && names[i].seg[k] && (seg[k] | 0x20) == (names[i].seg[k] | 0x20))
            k++;
        if (k == n && !names[i].seg[k]) {
            size_t c = strlen(names[i].coff);
            char *out = arena_alloc(&a->perm, c + strlen(seg + n) + 1);
            memcpy(out, names[i].coff, c);
            strcpy(out + c, seg + n);
            return out;
        }
    }
    return seg;
}

/* name SEGMENT [align] [READONLY] [combine] ['class'] [ALIAS(...)] [flags] */
bool dir_segment(Asm *a, Stmt *st)
{
    const char *name = arena_strdup(&a->perm, tok_str(a, st->name));
    uint32_t align = 16;
    bool readonly = false, code = false, bss = false;
    uint32_t extra = 0;
    const char *alias = NULL;
    const char *cls = "";
    for (int i = st->arg; i < st->ntoks; i++) {
        const Tok *t = &st->toks[i];
        uint32_t al = align_word(t);
        if (al) {
            align = al;
            continue;
        }
        ArgWord w = tok_arg(t);
        if (t->kind == TK_STR) {
            cls = arena_strndup(&a->line, t->p + 1, t->len - 2);
        } else if (w == AW_ALIGN || w == AW_ALIAS) {
            bool is_align = w == AW_ALIGN;
            if (i + 3 >= st->ntoks + 1 || st->toks[i + 1].op != '(')
                return asm_syntax_error(a, t);
            int pos = i + 2;
            if (is_align) {
                int64_t v;
                int close = pos;
                while (close < st->ntoks && st->toks[close].op != ')')
                    close++;
                if (!expr_const(a, st->toks, &pos, close, &v))
                    return false;
                if (v < 1 || v > 8192 || (v & (v - 1))) {
                    diag_error(&a->diag, a->loc, E_BAD_SEG_ALIGN, (int)v);
                    return false;
                }
                align = (uint32_t)v;
                i = close;
            } else {
                const Tok *s = &st->toks[pos];
                if (s->kind == TK_ANGLE && s->len > 2 && (s->p[1] == '\'' || s->p[1] == '"'))
                    alias = arena_strndup(&a->perm, s->p + 2, s->len - 4);
                else if (s->kind == TK_STR)
                    alias = arena_strndup(&a->perm, s->p + 1, s->len - 2);
                else
                    return asm_syntax_error(a, s);
                i = pos + 1;
            }
        } else if (w == AW_READONLY) {
            readonly = true;
        } else if (w == AW_EXECUTE) {
            extra |= SCN_EXEC;
            code = true;
        } else if (w == AW_READ || w == AW_WRITE || w == AW_PUBLIC || w == AW_PRIVATE ||
                   w == AW_COMMON || w == AW_STACK || w == AW_MEMORY || w == AW_USE64 ||
                   w == AW_FLAT || w == AW_NOPAGE || w == AW_NOCACHE) {
            if (w == AW_WRITE)
                extra |= SCN_WRITE;
            if (w == AW_READ)
                readonly = true; /* ml64: READ without WRITE is read-only */
        } else if (w == AW_SHARED) {
            extra |= SCN_SHARED;
        } else if (w == AW_DISCARD) {
            extra |= SCN_DISCARD;
        } else if (w == AW_INFO) {
            extra |= SCN_INFO | SCN_REMOVE;
        } else {
            return asm_syntax_error(a, t);
        }
    }
    const char *coff = alias ? alias : coff_name_for(a, name);
    if (strstr(cls, "CODE") || strstr(cls, "code") || strncmp(coff, ".text$mn", 8) == 0)
        code = true;
    if (strncmp(coff, ".bss", 4) == 0 || strcmp(cls, "BSS") == 0)
        bss = true;
    if (strncmp(coff, ".rdata", 6) == 0)
        readonly = true;
    uint32_t flags = code ? SCN_CODE | SCN_EXEC | SCN_READ
                   : bss ? SCN_UDATA | SCN_READ | SCN_WRITE
                   : SCN_IDATA | SCN_READ | (readonly ? 0 : SCN_WRITE);
    if (code && readonly)
        flags &= ~SCN_WRITE;
    flags |= extra;
    if (a->seg_depth == (int)ARRAY_LEN(a->seg_stack)) {
        diag_error(&a->diag, a->loc, E_TOO_COMPLEX);
        return false;
    }
    Section *s = open_section(a, coff, flags, align, code, bss);
    Sym *segsym = sym_intern(&a->syms, name, strlen(name), NULL);
    if (segsym->kind == SYM_UNDEF) {
        segsym->kind = SYM_SEGMENT;
        segsym->sec = s;
    }
    /* a SEGMENT's class, for the listing's Segments table */
    if (segsym->kind == SYM_SEGMENT && !segsym->text)
        segsym->text = arena_strdup(&a->perm, cls);
    a->seg_stack[a->seg_depth].sec = a->cur;
    a->seg_stack[a->seg_depth].sym = segsym;
    a->seg_depth++;
    a->cur = s;
    predef_set_curseg(a, segsym->name);
    return true;
}

static bool same_name_nocase(const char *s, const Tok *t)
{
    size_t i = 0;
    for (; i < t->len && s[i]; i++)
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)t->p[i]))
            return false;
    return i == t->len && !s[i];
}

bool dir_ends(Asm *a, Stmt *st)
{
    if (a->seg_depth == 0 && a->simple_seg && same_name_nocase(a->simple_seg, st->name)) {
        a->simple_seg = NULL;
        a->cur = NULL;
        return stmt_end(a, st, st->arg);
    }
    if (a->seg_depth == 0) {
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, tok_str(a, st->name));
        return false;
    }
    Sym *open = a->seg_stack[a->seg_depth - 1].sym;
    if (open->len != st->name->len ||
        sym_find(&a->syms, st->name->p, st->name->len, NULL) != open) {
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, tok_str(a, st->name));
        return false;
    }
    a->seg_depth--;
    a->cur = a->seg_stack[a->seg_depth].sec;
    return stmt_end(a, st, st->arg);
}

void seg_end_of_pass(Asm *a)
{
    if (a->cur_proc) {
        diag_error(&a->diag, a->proc_loc, E_BLOCK_NESTING, a->cur_proc->name);
        a->cur_proc = NULL;
        a->proc = NULL;
        a->cur_frame = NULL;
    }
    if (a->seg_depth) {
        diag_error(&a->diag, a->loc, E_BLOCK_NESTING, a->seg_stack[a->seg_depth - 1].sym->name);
        a->seg_depth = 0;
    }
    if (!a->end_seen)
        diag_error(&a->diag, a->loc, E_END_REQUIRED);
}

/* Parse "name[:type]" for EXTERN/EXTERNDEF; returns the type code. */
static bool extern_type(Asm *a, Stmt *st, int *i, uint8_t *mt)
{
    *mt = MT_NONE;
    if (*i < st->ntoks && st->toks[*i].kind == TK_PUNCT && st->toks[*i].op == ':') {
        (*i)++;
        if (*i >= st->ntoks)
            return asm_syntax_error(a, &st->toks[*i]);
        const Tok *t = &st->toks[*i];
        ArgWord w = tok_arg(t);
        if (w == AW_ABS)
            *mt = MT_ABS;
        else if (w == AW_PROC || w == AW_NEAR || w == AW_FAR || w == AW_NEAR32 ||
                 w == AW_FAR32 || w == AW_NEAR16 || w == AW_FAR16) /* the last four: JWasm */
            *mt = MT_PROC;
        else {
            int size = expr_decl_type_size(a, t);
            if (!size) {
                Sym *ty = sym_find(&a->syms, t->p, t->len, NULL);
                if (!ty || ty->kind != SYM_TYPE)
                    return asm_syntax_error(a, t);
                if (ty->type && types_resolve(ty->type)->distance) {
                    *mt = MT_PROC; /* EXTERN x:pfn (pfn TYPEDEF NEAR) */
                    (*i)++;
                    return true;
                }
                size = (int)ty->value;
            }
            *mt = (uint8_t)size;
        }
        (*i)++;
    }
    return true;
}

static bool declare_extern(Asm *a, const Tok *name, uint8_t mt, bool externdef)
{
    Sym *s = sym_intern(&a->syms, name->p, name->len, NULL);
    if (s->kind == SYM_LABEL) {
        if (externdef) {
            s->is_public = true;
            return true;
        }
        diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
        return false;
    }
    if (s->kind != SYM_UNDEF && s->kind != SYM_EXTERN) {
        diag_error(&a->diag, a->loc, E_REDEFINITION, s->name);
        return false;
    }
    if (s->kind == SYM_UNDEF) {
        s->kind = SYM_EXTERN;
        s->mem_type = mt;
        s->is_externdef = externdef;
        s->loc = a->loc;
        sym_mark_defined(&a->syms, s);
    } else if (!externdef) {
        s->is_externdef = false;
    }
    return true;
}

static bool extern_list(Asm *a, Stmt *st, bool externdef)
{
    int i = st->arg;
    if (i >= st->ntoks)
        return asm_syntax_error(a, &st->toks[i]);
    while (i < st->ntoks) {
        /* optional language type before the name */
        const Tok *name = &st->toks[i];
        ArgWord lw = tok_arg(name);
        if ((lw == AW_C || lw == AW_STDCALL || lw == AW_SYSCALL || lw == AW_FASTCALL) &&
            i + 1 < st->ntoks && st->toks[i + 1].kind == TK_ID)
            name = &st->toks[++i];
        if (name->kind != TK_ID)
            return asm_syntax_error(a, name);
        i++;
        uint8_t mt;
        if (!extern_type(a, st, &i, &mt))
            return false;
        if (!declare_extern(a, name, mt, externdef))
            return false;
        if (!stmt_comma(a, st, &i))
            return false;
    }
    return true;
}

bool dir_extern(Asm *a, Stmt *st) { return extern_list(a, st, false); }
bool dir_externdef(Asm *a, Stmt *st) { return extern_list(a, st, true); }

bool dir_public(Asm *a, Stmt *st)
{
    int i = st->arg;
    if (i >= st->ntoks)
        return asm_syntax_error(a, &st->toks[i]);
    while (i < st->ntoks) {
        const Tok *t = &st->toks[i];
        if (t->kind != TK_ID)
            return asm_syntax_error(a, t);
        Sym *s = sym_intern(&a->syms, t->p, t->len, NULL);
        if (s->kind != SYM_UNDEF && s->kind != SYM_LABEL && s->kind != SYM_EXTERN &&
            s->kind != SYM_CONST) {
            diag_error(&a->diag, a->loc, E_CANNOT_PUBLIC, s->name);
            return false;
        }
        s->is_public = true;
        if (s->kind == SYM_UNDEF)
            s->loc = a->loc;
        sym_mark_defined(&a->syms, s); /* publics are ordered by first mention */
        i++;
        if (!stmt_comma(a, st, &i))
            return false;
    }
    return true;
}

/* ALTENTRY name (ml64): name, defined as name:: in the procedure, is a
 * public alternate entry, under the procedure's unwind data. */
bool dir_altentry(Asm *a, Stmt *st)
{
    int i = st->arg;
    if (i + 1 != st->ntoks || st->toks[i].kind != TK_ID)
        return asm_syntax_error(a, &st->toks[i < st->ntoks ? i : st->ntoks]);
    return dir_public(a, st);
}

/* The rest of the statement as a file or library name. */
static const char *name_arg(Asm *a, Stmt *st)
{
    if (st->arg >= st->ntoks) {
        asm_syntax_error(a, &st->toks[st->arg]);
        return NULL;
    }
    const Tok *f = &st->toks[st->arg];
    if (st->arg + 1 == st->ntoks && (f->kind == TK_STR || f->kind == TK_ANGLE))
        return arena_strndup(&a->line, f->p + 1, f->len - 2);
    const Tok *l = &st->toks[st->ntoks - 1];
    return arena_strndup(&a->line, f->p, (size_t)(l->p + l->len - f->p));
}

bool dir_includelib(Asm *a, Stmt *st)
{
    const char *lib = name_arg(a, st);
    if (!lib)
        return false;
    if (a->pass == 2) {
        bool quote = strchr(lib, ' ') != NULL;
        buf_printf(&a->drectve, quote ? "/DEFAULTLIB:\"%s\" " : "/DEFAULTLIB:%s ", lib); /* ml64 */
    }
    return true;
}

bool dir_include(Asm *a, Stmt *st)
{
    const char *file = name_arg(a, st);
    if (!file)
        return false;
    if (!pp_include(a, file)) {
        diag_fatal(&a->diag, a->loc, E_CANNOT_OPEN, file);
    }
    return true;
}

static bool comma(const Tok *t)
{
    return t->kind == TK_PUNCT && t->op == ',';
}

/* INCBIN <file> | "file" [, offset [, size]] (JWasm): the file's bytes
 * from offset, at most size of them, as data.  The file is searched as an
 * INCLUDE file is, and named in the dependency file (-MD). */
bool dir_incbin(Asm *a, Stmt *st)
{
    int i = st->arg;
    if (i >= st->ntoks || (st->toks[i].kind != TK_STR && st->toks[i].kind != TK_ANGLE))
        return asm_syntax_error(a, &st->toks[i < st->ntoks ? i : st->ntoks]);
    const Tok *f = &st->toks[i++];
    const char *file = arena_strndup(&a->line, f->p + 1, f->len - 2);
    int64_t off = 0, max = -1;
    if (i < st->ntoks && comma(&st->toks[i])) {
        i++;
        if (!expr_const(a, st->toks, &i, st->ntoks, &off))
            return false;
        if (i < st->ntoks && comma(&st->toks[i])) {
            i++;
            if (!expr_const(a, st->toks, &i, st->ntoks, &max))
                return false;
        }
    }
    if (!stmt_end(a, st, i))
        return false;
    Section *s = asm_section(a);
    if (!s)
        return false;
    uint32_t id = src_load_binary(&a->sm, file, a->loc.file);
    if (!id)
        diag_fatal(&a->diag, a->loc, E_CANNOT_OPEN, file);
    const SrcFile *sf = &a->sm.files[id];
    if (off < 0 || max < -1) {
        diag_error(&a->diag, a->loc, E_CONST_TOO_LARGE);
        return false;
    }
    size_t from = (uint64_t)off < sf->len ? (size_t)off : sf->len;
    size_t n = sf->len - from;
    if (max >= 0 && (uint64_t)max < n)
        n = (size_t)max;
    if (n > ASM_MAX_SECTION) {
        diag_error(&a->diag, a->loc, E_CONST_TOO_LARGE);
        return false;
    }
    if (n)
        sec_emit_bytes(&a->secs, s, sf->text + from, (uint32_t)n);
    return true;
}

/* END [label]: the label is the entry point, written as -entry:label to
 * .drectve and made public (a JWasm extension; ml64 rejects it in x64). */
bool dir_end(Asm *a, Stmt *st)
{
    int i = st->arg;
    if (i < st->ntoks) {
        const Tok *t = &st->toks[i];
        if (t->kind != TK_ID || !stmt_end(a, st, i + 1))
            return asm_syntax_error(a, t);
        Sym *s = asm_symbol_ref(a, t->p, t->len);
        s->is_public = true;
        s->used = true;
        if (a->pass == 2)
            buf_printf(&a->drectve, "-entry:%s ", s->name);
    }
    a->end_seen = true;
    pp_stop(a);
    return true;
}

bool dir_radix(Asm *a, Stmt *st)
{
    int pos = st->arg;
    if (pos >= st->ntoks)
        return asm_syntax_error(a, &st->toks[pos]);
    uint64_t v;
    const Tok *t = &st->toks[pos];
    if (t->kind != TK_NUM || !lex_number(t->p, t->len, 10, &v) || v < 2 || v > 16) {
        diag_error(&a->diag, a->loc, E_CONST_EXPECTED);
        return false;
    }
    a->radix = (int)v;
    return stmt_end(a, st, pos + 1);
}

bool dir_ignored(Asm *a, Stmt *st)
{
    (void)a;
    (void)st;
    return true;
}

bool dir_model(Asm *a, Stmt *st)
{
    diag_warning(&a->diag, a->loc, W_DIRECTIVE_IGNORED, ".MODEL");
    (void)st;
    return true;
}

static const DirDef directives[] = {
    {"segment", dir_segment, true, false, 0},
    {"ends", dir_ends, true, false, 0},
    {".code", dir_code, false, false, 0},
    {".data", dir_data_seg, false, false, 0},
    {".data?", dir_data_q, false, false, 0},
    {".const", dir_const, false, false, 0},
    {"public", dir_public, false, false, 0},
    {"altentry", dir_altentry, false, false, 0},
    {"extern", dir_extern, false, false, 0},
    {"extrn", dir_extern, false, false, 0},
    {"externdef", dir_externdef, false, false, 0},
    {"includelib", dir_includelib, false, false, 0},
    {"include", dir_include, false, false, 0},
    {"incbin", dir_incbin, false, false, 0},
    {"end", dir_end, false, false, 0},
    {".radix", dir_radix, false, false, 0},
    {".model", dir_model, false, false, 0},
    {".x64", dir_ignored, false, false, 0},
    {".x64p", dir_ignored, false, false, 0},
    {".686", dir_ignored, false, false, 0},
    {".686p", dir_ignored, false, false, 0},
    {".xmm", dir_ignored, false, false, 0},
    {".mmx", dir_ignored, false, false, 0},
    {".cref", dir_ignored, false, false, 0},
    {".nocref", dir_ignored, false, false, 0},
    {".xcref", dir_ignored, false, false, 0},
    {".alpha", dir_ignored, false, false, 0},
    {".seq", dir_ignored, false, false, 0},
    {".dosseg", dir_ignored, false, false, 0},
    {"dosseg", dir_ignored, false, false, 0},
};

const DirTable dir_seg_directives = {directives, ARRAY_LEN(directives)};

/* listing.c: writes the -Fl listing after the object bytes are final.
 * Each source line shows its section offset and bytes (10 per row,
 * continuation rows for the rest); relocated fields end with 'r';
 * diagnostics of that line follow it.  A symbol table closes the file. */
#include "listing.h"
#include "preproc.h"
#include "version.h"
#include "types.h"
#include "os.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BYTES_PER_ROW = 10 };

/* A position at the end of the current last fragment (sec_here): a
 * branch or alignment that may still grow is read after layout. */
static void capture(Asm *a, Section **sec, Frag **f, uint32_t *o)
{
    *sec = a->cur;
    sec_here(a->cur, f, o);
}

static uint32_t rec_pos(const Frag *f, uint32_t off)
{
    return sec_pos(f, off);
}

static void append(Asm *a, LstRec *after, LstRec *r)
{
    if (!after)
        after = a->lst_last;
    if (after) {
        r->next = after->next;
        after->next = r;
    } else {
        a->lst_first = r;
    }
    if (after == a->lst_last)
        a->lst_last = r;
}

/* A blank or comment-only line shows no address (as ml64). */
static bool blank_or_comment(const char *src, size_t len)
{
    size_t i = 0;
    while (i < len && (src[i] == ' ' || src[i] == '\t'))
        i++;
    return i == len || src[i] == ';';
}

void lst_begin_record(Asm *a, const PPLine *line)
{
    if (a->pass < 2 || !a->opt->listing || a->listing_off)
        return;
    LstRec *r = arena_alloc(&a->perm, sizeof *r);
    r->loc = line->loc;
    if (line->loc.exp)
        r->text = arena_strndup(&a->perm, line->text, line->len); /* as expanded */
    r->macros = a->lst_macros;
    /* a macro call (delivered without tokens) has no address either */
    r->list_only = line->list_only || (!line->ntoks && !blank_or_comment(line->text, line->len));
    r->subtitle = a->lst_subtitle;
    /* NAME EQU / = / TEXTEQU ...: the value is shown as "= value" */
    const Tok *t = line->toks;
    if (line->ntoks >= 2 && t[0].kind == TK_ID &&
        ((t[1].kind == TK_ID && t[1].kw.pp >= PPW_EQU && t[1].kw.pp <= PPW_SIZESTR) ||
         (t[1].kind == TK_PUNCT && t[1].op == '=')))
        r->equ_sym = sym_find(&a->syms, t[0].p, t[0].len, NULL);
    if (line->ntoks >= 2 && t[0].kind == TK_ID && tok_arg(&t[1]) == AW_ENDP)
        r->endp_sym = sym_find(&a->syms, t[0].p, t[0].len, NULL);
    capture(a, &r->sec0, &r->f0, &r->o0);
    append(a, NULL, r);
    a->lst_stmt = r;
}

/* "= 00000005" for a number, "= text" for a text macro, at the time of
 * the line (an '=' symbol may change later). */
static void note_equate(Asm *a, LstRec *r)
{
    Sym *s = r->equ_sym;
    if (!s)
        return;
    char v[64];
    if (s->kind == SYM_CONST || s->kind == SYM_ASSIGN) {
        uint64_t u = (uint64_t)s->value;
        if (u >> 32 && u >> 32 != 0xFFFFFFFFu)
            snprintf(v, sizeof v, "= %016llX", (unsigned long long)u);
        else
            snprintf(v, sizeof v, "= %08X", (unsigned)u);
    } else if (s->kind == SYM_TEXT && s->text) {
        snprintf(v, sizeof v, "= %.60s", s->text);
    } else {
        return;
    }
    r->equ = arena_strdup(&a->perm, v);
}

void lst_end_record(Asm *a)
{
    LstRec *r = a->lst_stmt;
    if (a->pass < 2 || !a->opt->listing || !r)
        return;
    if (r->next && r->next->generated && r->next->sec0 == r->sec0) {
        /* the line's own bytes end where its generated lines begin */
        r->sec1 = r->next->sec0;
        r->f1 = r->next->f0;
        r->o1 = r->next->o0;
    } else {
        capture(a, &r->sec1, &r->f1, &r->o1);
    }
    note_equate(a, r);
    a->lst_stmt = NULL;
}

LstRec *lst_current(Asm *a)
{
    return a->lst_stmt;
}

LstPos lst_here(Asm *a, Section *sec)
{
    LstPos p;
    p.sec = sec;
    sec_here(sec, &p.f, &p.o);
    (void)a;
    return p;
}

LstRec *lst_generated(Asm *a, LstRec *after, LstPos from, LstPos to,
                      const char *text, LstFmt fmt, const void *data)
{
    if (a->pass < 2 || !a->opt->listing)
        return NULL;
    LstRec *r = arena_alloc(&a->perm, sizeof *r);
    r->loc = a->loc;
    r->generated = true;
    r->sec0 = from.sec;
    r->f0 = from.f;
    r->o0 = from.o;
    r->sec1 = to.sec;
    r->f1 = to.f;
    r->o1 = to.o;
    r->text = text ? arena_strdup(&a->perm, text) : NULL;
    r->fmt = fmt;
    r->fmt_data = data;
    append(a, after, r);
    return r;
}

/* Text of line n of a file (without the newline). */
static const char *line_text(const SrcFile *f, uint32_t want, const char **cursor,
                             uint32_t *at, size_t *len)
{
    const char *p = *cursor;
    if (want < *at) {
        p = f->text;
        *at = 1;
    }
    while (*at < want && *p) {
        const char *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
        (*at)++;
    }
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    while (n && (p[n - 1] == '\r'))
        n--;
    *cursor = p;
    *len = n;
    return p;
}

static void mark_relocs(Section *s, uint8_t *marks)
{
    for (uint32_t i = 0; i < s->nrelocs; i++) {
        const Reloc *r = &s->relocs[i];
        int size = r->type == 1 ? 8 : r->type == 0xA ? 2 : 4;
        if (r->offset + (uint32_t)size <= s->image.len)
            marks[r->offset + (uint32_t)size - 1] = 1;
    }
}

typedef struct Cursor {
    uint32_t file;
    const char *p;
    uint32_t line;
} Cursor;

static void write_bytes(Buf *out, Section *s, uint8_t *marks, uint32_t from, uint32_t to,
                        const char *src, size_t srclen)
{
    uint32_t at = from;
    bool first = true;
    do {
        buf_printf(out, "%08X ", (unsigned)at);
        int col = 9;
        uint32_t row_end = MIN(to, at + BYTES_PER_ROW);
        for (; at < row_end; at++) {
            if (s->is_bss || at >= s->image.len)
                buf_str(out, "??");
            else
                buf_printf(out, "%02X", s->image.data[at]);
            col += 2;
            if (!s->is_bss && at < s->image.len && marks && marks[at]) {
                buf_u8(out, 'r');
                col++;
            }
        }
        if (first) {
            do {
                buf_u8(out, ' ');
                col++;
            } while (col < 34);
            buf_bytes(out, src, srclen);
            first = false;
        }
        buf_u8(out, '\n');
    } while (at < to);
}

/* A generated row in another section than the source line before it
 * (the .xdata and .pdata of a FRAME procedure) names that section:
 * "* .xdata: UNWIND_INFO ...", since its addresses are that section's. */
static void write_generated(Buf *out, const LstRec *r, uint8_t **marks, const Section *line_sec)
{
    Buf text = {0};
    buf_str(&text, "* ");
    if (r->sec1 && r->sec1 != line_sec)
        buf_printf(&text, "%s: ", r->sec1->name);
    if (r->fmt)
        r->fmt(r->fmt_data, &text);
    else if (r->text)
        buf_str(&text, r->text);
    Section *s = r->sec1;
    uint32_t from = s ? rec_pos(r->f0, r->o0) : 0;
    uint32_t to = s ? rec_pos(r->f1, r->o1) : 0;
    if (s && to > from)
        write_bytes(out, s, marks[s->number], from, to, (const char *)text.data, text.len);
    else
        buf_printf(out, "%08X %*s%.*s\n", (unsigned)from, 25, "", (int)text.len,
                   (const char *)text.data);
    buf_free(&text);
}

/* ---- pages ------------------------------------------------------------ */

/* ml64's page head: the assembler and date, the title (TITLE, /St, else
 * the source name) with "Page n - 1", the subtitle (SUBTITLE, /Ss), and
 * blank lines.  PAGE and a /Sp length start new pages (form feed). */
typedef struct Pager {
    Buf *out;
    const Asm *a;
    int page;
    int lines;            /* on this page */
    char date[16], time[16];
} Pager;

static void page_head(Pager *p, const char *what, const char *subtitle)
{
    if (p->page++)
        buf_u8(p->out, '\f');
    buf_printf(p->out, "asm %s - MASM-compatible x86-64 assembler   %s %s\n", ASM_VERSION,
               p->date, p->time);
    const char *title = p->a->lst_title ? p->a->lst_title : os_path_basename(p->a->src_name);
    buf_printf(p->out, "%-60s %s %d - 1\n", title, what, p->page);
    buf_printf(p->out, "%s\n\n", subtitle ? subtitle : "");
    p->lines = 4;
}

/* Before a listed line: a new page if PAGE asked for one or the page is
 * full (/Sp). */
static void page_line(Pager *p, const LstRec *r)
{
    int len = p->a->opt->list_page;
    if ((r && r->page) || (len >= 10 && p->lines >= len))
        page_head(p, "Page", r ? r->subtitle : NULL);
    p->lines++;
}

/* ---- symbol tables ---------------------------------------------------- */

/* "name . . . . ." to 32 columns: dots in the odd columns after the name,
 * as ml64 writes them. */
static void dotted(Buf *out, const char *name)
{
    size_t n = strlen(name);
    buf_str(out, name);
    for (size_t c = n; c < 32; c++)
        buf_u8(out, c > n && (c & 1) ? '.' : ' ');
}

static bool ci_less(const char *x, const char *y)
{
    for (;; x++, y++) {
        int a = (unsigned char)*x, b = (unsigned char)*y;
        if (a >= 'A' && a <= 'Z') a += 32;
        if (b >= 'A' && b <= 'Z') b += 32;
        if (a != b || !a)
            return a < b;
    }
}

static int cmp_sym(const void *x, const void *y)
{
    const Sym *a = *(Sym *const *)x, *b = *(Sym *const *)y;
    if (ci_less(a->name, b->name))
        return -1;
    if (ci_less(b->name, a->name))
        return 1;
    return strcmp(a->name, b->name);
}

/* The symbols, sorted by name (case-insensitive, as ml64). */
static Sym **sorted_syms(Asm *a, uint32_t *n)
{
    /* every slot: macros and text macros are not in the definition list */
    Sym **v = xmalloc(((size_t)a->syms.cap + 1) * sizeof *v);
    uint32_t k = 0;
    for (uint32_t i = 0; i < a->syms.cap; i++) {
        Sym *s = sym_slot(&a->syms, i);
        /* predefined @ names and generated ??nnnn labels are left out */
        if (s && s->kind != SYM_UNDEF && s->name[0] != '@' &&
            !(s->name[0] == '?' && s->name[1] == '?') && !s->scope && !s->in_proc &&
            !s->debug_only)
            v[k++] = s;
    }
    qsort(v, k, sizeof *v, cmp_sym);
    *n = k;
    return v;
}

static const char *size_name(uint8_t mt)
{
    switch (mt) {
    case 1: return "Byte";
    case 2: return "Word";
    case 4: return "DWord";
    case 6: return "FWord";
    case 8: return "QWord";
    case 10: return "TByte";
    case 16: return "XmmWord";
    case 32: return "YmmWord";
    case 64: return "ZmmWord";
    case MT_NEAR: return "L Near";
    default: return "L";
    }
}

static void table_head(Buf *out, const char *title, const char *cols)
{
    buf_printf(out, "\n\n%s\n\n                N a m e                 %s\n\n", title, cols);
}

static const Type *type_of(const Sym *s, int kind)
{
    const Type *t = s->kind == SYM_TYPE ? s->type : NULL;
    return t && t->kind == kind ? t : NULL;
}

static void field_type(Buf *out, const Field *f)
{
    if (f->type && f->type->name)
        buf_str(out, f->type->name);
    else
        buf_str(out, size_name((uint8_t)f->elem));
}

/* ml64's "Structures and Unions", "Records" and "Types" tables. */
static void write_types(Buf *out, Sym **v, uint32_t n)
{
    bool any = false;
    for (uint32_t i = 0; i < n; i++) {
        const Type *t = type_of(v[i], TY_STRUCT);
        t = t ? t : type_of(v[i], TY_UNION);
        if (!t)
            continue;
        if (!any)
            buf_str(out, "\n\nStructures and Unions:\n\n                N a m e                  Size\n"
                         "                                         Offset      Type\n\n");
        any = true;
        dotted(out, v[i]->name);
        buf_printf(out, "\t %08X\n", (unsigned)t->size);
        for (const Field *f = t->fields; f; f = f->next) {
            char name[80];
            snprintf(name, sizeof name, "  %.60s", f->name ? f->name : "");
            dotted(out, name);
            buf_printf(out, "\t %08X\t ", (unsigned)f->offset);
            field_type(out, f);
            buf_u8(out, '\n');
        }
    }
    any = false;
    for (uint32_t i = 0; i < n; i++) {
        const Type *t = type_of(v[i], TY_RECORD);
        if (!t)
            continue;
        if (!any)
            buf_str(out, "\n\nRecords:\n\n                N a m e                  Width     # fields\n"
                         "                                         Shift     Width     Mask      Initial\n\n");
        any = true;
        dotted(out, v[i]->name);
        buf_printf(out, "\t %08X      %08X\n", (unsigned)t->width, (unsigned)t->nfields);
        for (const Field *f = t->fields; f; f = f->next) {
            char name[80];
            snprintf(name, sizeof name, "  %.60s", f->name ? f->name : "");
            dotted(out, name);
            uint64_t mask = (f->size >= 64 ? ~0ull : ((1ull << f->size) - 1)) << f->offset;
            buf_printf(out, "\t %08X      %08X\t     %04llX     ", (unsigned)f->offset,
                       (unsigned)f->size, (unsigned long long)mask);
            if (f->rec_default)
                buf_printf(out, "%llXh\n", (unsigned long long)f->rec_default);
            else
                buf_str(out, "?\n");
        }
    }
    any = false;
    for (uint32_t i = 0; i < n; i++) {
        const Type *t = type_of(v[i], TY_TYPEDEF);
        if (!t)
            continue;
        if (!any)
            buf_str(out, "\n\nTypes:\n\n                N a m e                  Size     Attr\n\n");
        any = true;
        dotted(out, v[i]->name);
        buf_printf(out, "\t %08X     ", (unsigned)v[i]->value);
        if (t->is_ptr)
            buf_printf(out, "PTR %s", t->base && t->base->name ? t->base->name : "");
        else if (t->base && t->base->name)
            buf_str(out, t->base->name);
        else if (t->is_proto)
            buf_str(out, "PROTO");
        else
            buf_str(out, size_name((uint8_t)(t->dirsize & SZ_BYTES)));
        buf_u8(out, '\n');
    }
}

/* A procedure's parameters, LOCALs and labels, under it as ml64 lists
 * them: in source order (parameters and LOCALs of one line by distance
 * from the frame base).  All of them are collected once, grouped by
 * procedure. */
typedef struct Locals {
    Sym **v;
    uint32_t n;
} Locals;

static int cmp_local(const void *x, const void *y)
{
    const Sym *a = *(Sym *const *)x, *b = *(Sym *const *)y;
    uintptr_t pa = (uintptr_t)a->scope, pb = (uintptr_t)b->scope;
    if (pa != pb)
        return pa < pb ? -1 : 1;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    int64_t u = a->value < 0 ? -a->value : a->value, v = b->value < 0 ? -b->value : b->value;
    return u < v ? -1 : u > v;
}

static Locals collect_locals(const Asm *a)
{
    Locals l;
    l.v = xmalloc(((size_t)a->syms.cap + 1) * sizeof *l.v);
    l.n = 0;
    for (uint32_t i = 0; i < a->syms.cap; i++) {
        Sym *s = sym_slot(&a->syms, i);
        if (s && s->scope && (s->kind == SYM_STACK || s->kind == SYM_LABEL) &&
            !(s->name[0] == '?' && s->name[1] == '?') && !s->debug_only)
            l.v[l.n++] = s;
    }
    qsort(l.v, l.n, sizeof *l.v, cmp_local);
    return l;
}

static void write_locals(const Locals *l, Buf *out, const Sym *p)
{
    uint32_t lo = 0, hi = l->n; /* first entry of p's group */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)l->v[mid]->scope < (uintptr_t)p)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (uint32_t i = lo; i < l->n && l->v[i]->scope == p; i++) {
        const Sym *s = l->v[i];
        char name[80];
        snprintf(name, sizeof name, "  %.60s", s->name);
        dotted(out, name);
        if (s->kind == SYM_STACK) {
            int64_t off = s->value;
            const char *base = s->stack_base < R_COUNT ? reg_info[s->stack_base].name : "";
            buf_printf(out, "\t%s\t %s %c %08llX\n",
                       s->type && s->type->name ? s->type->name : size_name(s->mem_type), base,
                       off < 0 ? '-' : '+', (unsigned long long)(off < 0 ? -off : off));
        } else {
            buf_printf(out, "\t%s \t %08X %s\t\n",
                       s->mem_type == MT_NEAR ? "L" : size_name(s->mem_type),
                       (unsigned)sym_offset(s), s->sec ? s->sec->name : "");
        }
    }
}

/* ml64's "Length=" of a procedure: from its start to its ENDP line.  The
 * ENDP lines are collected once (ends), then looked up per procedure. */
typedef struct ProcEnds {
    const LstRec **v;
    uint32_t n;
} ProcEnds;

static ProcEnds proc_ends(const Asm *a)
{
    ProcEnds e = {NULL, 0};
    uint32_t cap = 0;
    for (const LstRec *r = a->lst_first; r; r = r->next)
        if (r->endp_sym && r->f0) {
            if (e.n == cap) {
                cap = cap ? cap * 2 : 16;
                e.v = xrealloc(e.v, cap * sizeof *e.v);
            }
            e.v[e.n++] = r;
        }
    return e;
}

static bool proc_length(const ProcEnds *e, const Sym *p, uint32_t *len)
{
    for (uint32_t i = 0; i < e->n; i++) {
        const LstRec *r = e->v[i];
        if (r->endp_sym == p && r->sec0 == p->sec) {
            uint32_t end = rec_pos(r->f0, r->o0), start = sym_offset(p);
            *len = end >= start ? end - start : 0;
            return true;
        }
    }
    return false;
}

static void write_symbols(Asm *a, Buf *out)
{
    uint32_t n;
    Sym **v = sorted_syms(a, &n);
    bool any = false;
    for (uint32_t i = 0; i < n; i++)
        if (v[i]->kind == SYM_MACRO) {
            if (!any)
                table_head(out, "Macros:", "Type");
            any = true;
            dotted(out, v[i]->name);
            buf_str(out, "\tProc\n");
        }
    write_types(out, v, n);
    ProcEnds ends = proc_ends(a);
    Locals locals = collect_locals(a);
    any = false;
    for (uint32_t i = 0; i < n; i++) {
        Sym *s = v[i];
        if (s->kind != SYM_SEGMENT || !s->text || !s->sec)
            continue; /* the SEGMENTs of the source, not .code/.data */
        if (!any)
            table_head(out, "Segments:", " Length   Align   Class");
        any = true;
        dotted(out, s->name);
        bool ro = !(s->sec->characteristics & 0x80000000u) && !(s->sec->characteristics & 0x20u);
        buf_printf(out, "\t %08X %-2u\t  '%s'\t%s\n", (unsigned)s->sec->size,
                   (unsigned)s->sec->align, s->text, ro ? " ReadOnly" : "");
    }
    any = false;
    for (uint32_t i = 0; i < n; i++) {
        Sym *s = v[i];
        if (s->kind != SYM_LABEL || !s->is_proc)
            continue;
        if (!any)
            table_head(out, "Procedures, parameters, and locals:", "Type     Value    Attr");
        any = true;
        dotted(out, s->name);
        buf_printf(out, "\tP \t %08X %s\t", (unsigned)sym_offset(s), s->sec ? s->sec->name : "");
        uint32_t len;
        if (proc_length(&ends, s, &len))
            buf_printf(out, "Length= %08X ", (unsigned)len);
        buf_str(out, s->is_public ? "Public\n" : "Private\n");
        write_locals(&locals, out, s);
    }
    table_head(out, "Symbols:", "Type     Value    Attr");
    for (uint32_t i = 0; i < n; i++) {
        Sym *s = v[i];
        switch ((SymKind)s->kind) {
        case SYM_LABEL:
            if (s->is_proc)
                continue;
            dotted(out, s->name);
            buf_printf(out, "\t%s\t %08X %s\t%s\n",
                       s->type && s->type->name ? s->type->name : size_name(s->mem_type),
                       (unsigned)sym_offset(s), s->sec ? s->sec->name : "",
                       s->is_public ? "Public" : "");
            break;
        case SYM_CONST:
        case SYM_ASSIGN:
            if (s->type)
                continue; /* a RECORD field: in the Records table */
            dotted(out, s->name);
            buf_printf(out, "\tNumber\t %08llXh   \n", (unsigned long long)s->value);
            break;
        case SYM_TEXT:
            dotted(out, s->name);
            buf_printf(out, "\tText   \t %s\n", s->text ? s->text : "");
            break;
        case SYM_EXTERN:
            dotted(out, s->name);
            buf_printf(out, "\t%s \t %08X External\n",
                       s->mem_type == MT_NEAR || s->mem_type == MT_PROC ? "L" : size_name(s->mem_type), 0u);
            break;
        case SYM_RELEQU:
            dotted(out, s->name);
            buf_printf(out, "\tEquate\t %s+%llXh\n", s->base ? s->base->name : "",
                       (unsigned long long)s->value);
            break;
        default:
            continue;
        }
    }
    free(v);
    free(ends.v);
    free(locals.v);
}

/* ---- the source lines --------------------------------------------------- */

static void line_range(const LstRec *r, uint32_t *from, uint32_t *to)
{
    Section *s = r->sec1;
    *from = *to = 0;
    if (s && r->sec0 == s) {
        *from = rec_pos(r->f0, r->o0);
        *to = rec_pos(r->f1, r->o1);
    } else if (s) {
        *from = *to = rec_pos(r->f1, r->o1);
    }
}

/* Whether a line of a macro expansion is left out, as ml64 does: with
 * .NOLISTMACRO all of them, with .LISTMACRO (the default) those that
 * generate no code or data.  A line that switches sections is kept, so
 * the listing's addresses can always be followed. */
static bool hidden(const LstRec *r)
{
    if (r->generated || !r->loc.exp || r->macros == LST_MACRO_ALL)
        return false;
    if (r->sec0 != r->sec1)
        return false;
    if (r->macros == LST_MACRO_NONE)
        return true;
    uint32_t from, to;
    line_range(r, &from, &to);
    return to <= from;
}

/* /Sl width: rows written from `from` on that are longer than width are
 * folded, the rest of the text on continuation rows at the source
 * column, as ml64 folds them. */
static void fold(Buf *out, size_t from, size_t width)
{
    enum { COL = 34 };
    size_t n = out->len - from;
    char *rows = xmalloc(n + 1);
    memcpy(rows, out->data + from, n);
    rows[n] = 0;
    out->len = from;
    for (char *p = rows; *p;) {
        char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        size_t k = MIN(len, width);
        buf_bytes(out, p, k);
        buf_u8(out, '\n');
        while (k < len) {
            size_t m = MIN(len - k, width - COL);
            buf_printf(out, "%*s%.*s\n", COL, "", (int)m, p + k);
            k += m;
        }
        p += len + (nl != NULL);
    }
    free(rows);
}

bool lst_write(Asm *a, const char *path)
{
    Buf out = {0};
    uint8_t **marks = xmalloc(((size_t)a->secs.count + 1) * sizeof *marks);
    for (Section *s = a->secs.first; s; s = s->next) {
        marks[s->number] = xmalloc(s->image.len + 1);
        memset(marks[s->number], 0, s->image.len + 1);
        mark_relocs(s, marks[s->number]);
    }
    Pager pg;
    memset(&pg, 0, sizeof pg);
    pg.out = &out;
    pg.a = a;
    os_date_time(pg.date, sizeof pg.date, pg.time, sizeof pg.time);
    page_head(&pg, "Page", a->lst_first ? a->lst_first->subtitle : NULL);
    Cursor cur = {0, NULL, 1};
    DiagMsg *msg = a->diag.head;
    const Section *line_sec = NULL;
    bool merging = false;          /* between a line and its merged_last */
    const LstRec *merged_last = NULL;
    for (LstRec *r = a->lst_first; r; r = r->next) {
        if (r->generated) {
            if (a->opt->list_generated) {
                page_line(&pg, NULL);
                write_generated(&out, r, marks, line_sec);
            }
            continue;
        }
        uint32_t from, to;
        line_range(r, &from, &to);
        Section *s = r->sec1;
        if (hidden(r)) {
            /* left out: no bytes, or bytes already shown on the line before
             * (a hidden line whose bytes could not go there is shown) */
            bool was_merged = merging;
            if (r == merged_last)
                merging = false;
            if (to <= from || was_merged)
                continue;
        }
        /* the bytes of hidden expansion lines that follow go on this line
         * (.NOLISTMACRO), so every byte is still listed once */
        merging = false;
        for (LstRec *h = r->next; h && !h->generated && hidden(h); h = h->next) {
            uint32_t hf, ht;
            line_range(h, &hf, &ht);
            if (ht <= hf)
                continue;
            if (h->sec1 != s || !s || hf != to)
                break;
            to = ht;
            merging = true;
            merged_last = h;
        }
        line_sec = r->sec1;
        const SrcFile *f = &a->sm.files[r->loc.file];
        if (cur.file != r->loc.file) {
            cur.file = r->loc.file;
            cur.p = f->text;
            cur.line = 1;
        }
        size_t len;
        const char *src;
        Buf shown = {0};
        if (r->text) {
            /* a macro expansion line, after substitution, with its level */
            buf_printf(&shown, "%6d  %s", pp_macro_depth(a, r->loc), r->text);
            src = (const char *)shown.data;
            len = shown.len;
        } else {
            src = line_text(f, r->loc.line, &cur.p, &cur.line, &len);
        }
        if (!a->opt->list_generated) {
            /* without -Sg a line shows the bytes generated for it too */
            for (LstRec *g = r->next; g && g->generated; g = g->next)
                if (g->sec1 == s && s && r->sec0 == s)
                    to = MAX(to, rec_pos(g->f1, g->o1));
        }
        page_line(&pg, r);
        size_t row = out.len;
        if (s && to > from)
            write_bytes(&out, s, marks[s->number], from, to, src, len);
        else if (r->equ)
            buf_printf(&out, " %-33s%.*s\n", r->equ, (int)len, src);
        else if (s && !r->list_only && !blank_or_comment(src, len))
            buf_printf(&out, "%08X %*s%.*s\n", (unsigned)from, 25, "", (int)len, src);
        else
            buf_printf(&out, "%*s%.*s\n", 34, "", (int)len, src);
        buf_free(&shown);
        if (a->opt->list_width >= 60)
            fold(&out, row, (size_t)a->opt->list_width);
        for (DiagMsg *m = msg; m; m = m->next)
            if (m->loc.file == r->loc.file && m->loc.line == r->loc.line)
                buf_printf(&out, "%s\n", m->text);
    }
    for (DiagMsg *m = msg; m; m = m->next)
        if (!m->loc.file)
            buf_printf(&out, "%s\n", m->text);
    if (!a->opt->no_symbols_in_listing) {
        page_head(&pg, "Symbols", NULL);
        write_symbols(a, &out);
    }
    buf_printf(&out, "\n\t%4d Warnings\n\t%4d Errors\n", a->diag.warnings, a->diag.errors);
    for (Section *s = a->secs.first; s; s = s->next)
        free(marks[s->number]);
    free(marks);
    bool ok = os_write_atomic(path, out.data ? out.data : (uint8_t *)"", out.len);
    buf_free(&out);
    return ok;
}

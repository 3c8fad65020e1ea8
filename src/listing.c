/* listing.c: writes the -Fl listing after the object bytes are final.
 * Each source line shows its section offset and bytes (10 per row,
 * continuation rows for the rest); relocated fields end with 'r';
 * diagnostics of that line follow it.  A symbol table closes the file. */
#include "listing.h"
#include "parser.h"
#include "os.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BYTES_PER_ROW = 10 };

/* A position at the end of the current last fragment.  Only DATA
 * fragments keep their size; a branch or alignment may still grow, so
 * its end is recorded as LST_FRAG_END and read after layout. */
#define LST_FRAG_END UINT32_MAX

static void capture(Asm *a, Section **sec, Frag **f, uint32_t *o)
{
    *sec = a->cur;
    *f = a->cur ? a->cur->last : NULL;
    *o = !*f ? 0 : (*f)->kind == FRAG_DATA ? (*f)->size : LST_FRAG_END;
}

static uint32_t rec_pos(const Frag *f, uint32_t off)
{
    return off == LST_FRAG_END ? f->addr + f->size : sec_pos(f, off);
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

void lst_begin_stmt(Asm *a, const PPLine *line)
{
    if (a->pass < 2 || !a->opt->listing || a->listing_off)
        return;
    LstRec *r = arena_alloc(&a->perm, sizeof *r);
    r->loc = line->loc;
    if (line->loc.exp)
        r->text = arena_strndup(&a->perm, line->text, line->len); /* as expanded */
    capture(a, &r->sec0, &r->f0, &r->o0);
    append(a, NULL, r);
    a->lst_stmt = r;
}

void lst_end_stmt(Asm *a)
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
    p.f = sec ? sec->last : NULL;
    p.o = !p.f ? 0 : p.f->kind == FRAG_DATA ? p.f->size : LST_FRAG_END;
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
        buf_printf(out, "%08X %*s%.*s\n", (unsigned)from, 24, "", (int)text.len,
                   (const char *)text.data);
    buf_free(&text);
}

static void write_symbols(Asm *a, Buf *out)
{
    buf_str(out, "\n\nSymbols:\n\n");
    buf_printf(out, "%-32s %-8s %-10s %s\n", "Name", "Type", "Value", "Attr");
    for (Sym *s = a->syms.first; s; s = s->next_def) {
        if ((s->name[0] == '@' && s->name[1] == '@') || s->debug_only)
            continue;
        const char *type = "";
        char value[32] = "";
        switch ((SymKind)s->kind) {
        case SYM_LABEL:
            type = s->is_proc ? "Proc" : s->mem_type == MT_NEAR ? "L Near" : "Data";
            snprintf(value, sizeof value, "%08X", (unsigned)sym_offset(s));
            break;
        case SYM_CONST:
        case SYM_ASSIGN:
            type = "Number";
            snprintf(value, sizeof value, "%llXh", (unsigned long long)s->value);
            break;
        case SYM_EXTERN: type = "External"; break;
        case SYM_RELEQU: type = "Equate"; break;
        default: continue;
        }
        buf_printf(out, "%-32s %-8s %-10s %s%s\n", s->name, type, value,
                   s->sec ? s->sec->name : "",
                   s->is_public ? " Public" : "");
    }
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
    buf_printf(&out, "asm listing of %s\n\n", a->src_name);
    Cursor cur = {0, NULL, 1};
    DiagMsg *msg = a->diag.head;
    const Section *line_sec = NULL;
    for (LstRec *r = a->lst_first; r; r = r->next) {
        if (r->generated) {
            if (a->opt->list_generated)
                write_generated(&out, r, marks, line_sec);
            continue;
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
        if (r->text) {
            src = r->text; /* a macro expansion line, shown after substitution */
            len = strlen(src);
        } else {
            src = line_text(f, r->loc.line, &cur.p, &cur.line, &len);
        }
        Section *s = r->sec1;
        uint32_t from = 0, to = 0;
        if (s && r->sec0 == s) {
            from = rec_pos(r->f0, r->o0);
            to = rec_pos(r->f1, r->o1);
        } else if (s) {
            from = to = rec_pos(r->f1, r->o1);
        }
        if (!a->opt->list_generated) {
            /* without -Sg a line shows the bytes generated for it too */
            for (LstRec *g = r->next; g && g->generated; g = g->next)
                if (g->sec1 == s && s && r->sec0 == s)
                    to = MAX(to, rec_pos(g->f1, g->o1));
        }
        if (s && to > from)
            write_bytes(&out, s, marks[s->number], from, to, src, len);
        else if (s)
            buf_printf(&out, "%08X %*s%.*s\n", (unsigned)from, 24, "", (int)len, src);
        else
            buf_printf(&out, "%*s%.*s\n", 34, "", (int)len, src);
        for (DiagMsg *m = msg; m; m = m->next)
            if (m->loc.file == r->loc.file && m->loc.line == r->loc.line)
                buf_printf(&out, "%s\n", m->text);
    }
    for (DiagMsg *m = msg; m; m = m->next)
        if (!m->loc.file)
            buf_printf(&out, "%s\n", m->text);
    write_symbols(a, &out);
    buf_printf(&out, "\n%d errors, %d warnings\n", a->diag.errors, a->diag.warnings);
    for (Section *s = a->secs.first; s; s = s->next)
        free(marks[s->number]);
    free(marks);
    bool ok = os_write_atomic(path, out.data ? out.data : (uint8_t *)"", out.len);
    buf_free(&out);
    return ok;
}

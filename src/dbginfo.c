/* dbginfo.c: collects line and procedure records in pass 2 and writes
 * the CodeView sections after layout (see dbginfo.h, doc/debuginfo.md). */
#include "dbginfo.h"
#include "codeview.h"
#include "hash.h"
#include "proc.h"
#include "unwind.h"
#include "types.h"
#include "os.h"
#include "reg.h"
#include "version.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


typedef struct DbgPos {
    Section *sec;
    Frag *f;           /* NULL: start of the section */
    uint32_t o;        /* offset in f, or SEC_FRAG_END: end of f after layout */
} DbgPos;

typedef struct DbgLine {
    DbgPos p0, p1;     /* start and end of the statement's bytes */
    uint32_t file, line;
    ProcInfo *proc_before; /* a->proc when the statement began */
    bool proc_start;   /* the PROC statement */
    bool padding_only; /* ALIGN/ORG: no line of its own (as ml64) */
} DbgLine;

typedef struct DbgProc {
    Sym *sym;
    ProcInfo *pi;
    DbgPos body;       /* first statement after the generated prologue */
    DbgPos end;        /* after ENDP */
    bool have_body, closed;
    uint32_t start, size; /* after layout */
} DbgProc;

typedef struct DbgInfo {
    DbgLine *lines;
    uint32_t nlines, cap_lines;
    DbgProc *procs;
    uint32_t nprocs, cap_procs;
    uint32_t nruns;    /* line contributions (their symbols' names) */
} DbgInfo;

static DbgPos here(Asm *a)
{
    DbgPos p = {a->cur, NULL, 0};
    sec_here(a->cur, &p.f, &p.o);
    return p;
}

static uint32_t pos_value(DbgPos p)
{
    return sec_pos(p.f, p.o);
}

static DbgInfo *info(Asm *a)
{
    if (!a->dbg) {
        a->dbg = xmalloc(sizeof *a->dbg);
        memset(a->dbg, 0, sizeof *a->dbg);
    }
    return a->dbg;
}

uint32_t dbg_stmt_record(Asm *a, const PPLine *line)
{
    if (a->pass < 2 || !a->opt->debug_info)
        return UINT32_MAX;
    DbgInfo *d = info(a);
    if (d->nprocs && !d->procs[d->nprocs - 1].closed && !d->procs[d->nprocs - 1].have_body &&
        a->proc && !a->proc->prologue_pending) {
        d->procs[d->nprocs - 1].body = here(a);
        d->procs[d->nprocs - 1].have_body = true;
    }
    if (d->nlines == d->cap_lines) {
        d->cap_lines = d->cap_lines ? d->cap_lines * 2 : 256;
        d->lines = xrealloc(d->lines, d->cap_lines * sizeof *d->lines);
    }
    DbgLine *l = &d->lines[d->nlines];
    memset(l, 0, sizeof *l);
    SrcLoc root = pp_root_loc(a, line->loc);
    l->file = root.file;
    l->line = root.line;
    l->p0 = here(a);
    l->proc_before = a->proc;
    return d->nlines++;
}

/* True if the statement between p0 and p1 added only ALIGN/ORG padding. */
static bool padding_only(DbgPos p0, DbgPos p1)
{
    if (!p0.sec || p0.sec != p1.sec)
        return false;
    const Frag *f = p0.f;
    if (f && f->kind == FRAG_DATA && p0.o != SEC_FRAG_END && f->size > p0.o)
        return false;
    bool pad = false;
    for (f = f ? f->next : p0.sec->first; f; f = f->next) {
        if ((f->kind == FRAG_DATA && f->size) || f->kind == FRAG_BRANCH || f->kind == FRAG_FILL)
            return false;
        pad = pad || f->kind == FRAG_ALIGN || f->kind == FRAG_ORG;
        if (f == p1.f)
            break;
    }
    return pad;
}

void dbg_stmt_close(Asm *a, uint32_t handle)
{
    DbgInfo *d = a->dbg;
    if (!d || handle >= d->nlines)
        return;
    DbgLine *l = &d->lines[handle];
    l->p1 = here(a);
    l->padding_only = padding_only(l->p0, l->p1);
    if (!l->proc_before && a->proc) {
        if (d->nprocs == d->cap_procs) {
            d->cap_procs = d->cap_procs ? d->cap_procs * 2 : 32;
            d->procs = xrealloc(d->procs, d->cap_procs * sizeof *d->procs);
        }
        DbgProc *p = &d->procs[d->nprocs++];
        memset(p, 0, sizeof *p);
        p->sym = a->proc->sym;
        p->pi = a->proc;
        l->proc_start = true;
    } else if (l->proc_before && !a->proc && d->nprocs) {
        DbgProc *p = &d->procs[d->nprocs - 1];
        if (p->pi == l->proc_before && !p->closed) {
            p->end = l->p1;
            p->closed = true;
        }
    }
}

void dbg_free(Asm *a)
{
    if (!a->dbg)
        return;
    free(a->dbg->lines);
    free(a->dbg->procs);
    free(a->dbg);
    a->dbg = NULL;
}

/* ---- paths ----------------------------------------------------------------- */

/* The absolute path, with the first matching /pathmap:from=to applied. */
static char *debug_path(Asm *a, const char *path)
{
    char *abs = os_abs_path(path);
    for (int i = 0; i < a->opt->npathmaps; i++) {
        const char *m = a->opt->pathmaps[i];
        const char *eq = strchr(m, '=');
        size_t n = (size_t)(eq - m);
        /* a trailing separator in from is optional */
        while (n > 1 && (m[n - 1] == '/' || m[n - 1] == '\\'))
            n--;
        bool match = strlen(abs) >= n;
        for (size_t k = 0; match && k < n; k++) {
            char x = abs[k], y = m[k];
            if (x == '\\') x = '/';
            if (y == '\\') y = '/';
            match = x == y;
        }
        if (match && (abs[n] == 0 || abs[n] == '/' || abs[n] == '\\')) {
            size_t tn = strlen(eq + 1), rest = strlen(abs + n);
            char *r = xmalloc(tn + rest + 1);
            memcpy(r, eq + 1, tn);
            memcpy(r + tn, abs + n, rest + 1);
            free(abs);
            return r;
        }
    }
    return abs;
}

/* ---- types ----------------------------------------------------------------- */

typedef struct TypeMap {
    CvTypes cv;
    const Type **types;
    uint32_t *index;
    uint32_t n, cap;
    int depth;          /* user_type recursion */
} TypeMap;

/* A scalar of the given size code (SZ_*). */
static uint32_t scalar_type(TypeMap *tm, int code)
{
    int size = code & 0xFF;
    bool real = code & SZ_REAL, sign = code & SZ_SIGNED;
    switch (size) {
    case 0: return CV_T_UCHAR;
    case 1: return sign ? CV_T_CHAR : CV_T_UCHAR;
    case 2: return sign ? CV_T_SHORT : CV_T_USHORT;
    case 4: return real ? CV_T_REAL32 : sign ? CV_T_LONG : CV_T_ULONG;
    case 8: return real ? CV_T_REAL64 : sign ? CV_T_INT8 : CV_T_UINT8;
    case 10: return CV_T_REAL80;
    case 16: return CV_T_UOCT;
    default: return cv_type_array(&tm->cv, CV_T_UCHAR, (uint32_t)size);
    }
}

static uint32_t user_type(TypeMap *tm, const Type *t);

static uint32_t field_type(TypeMap *tm, const Field *f)
{
    uint32_t elem = f->type ? user_type(tm, f->type) : scalar_type(tm, f->dirsize ? f->dirsize : (int)f->elem);
    return f->count > 1 ? cv_type_array(&tm->cv, elem, f->size) : elem;
}

static uint32_t make_user_type(TypeMap *tm, const Type *t)
{
    if (t->kind == TY_TYPEDEF) {
        if (t->is_ptr && t->pointee)
            return cv_type_pointer(&tm->cv, user_type(tm, t->pointee));
        if (t->is_ptr && t->pointee_dirsize)
            return cv_type_pointer(&tm->cv, scalar_type(tm, t->pointee_dirsize));
        if (t->is_ptr || t->is_proto)
            return CV_T_64PVOID;
        if (t->base)
            return user_type(tm, t->base);
        return scalar_type(tm, t->dirsize);
    }
    CvMember *m = xmalloc((t->nfields + 1) * sizeof *m);
    int n = 0;
    if (t->kind == TY_RECORD) {
        uint32_t base = scalar_type(tm, (int)t->size);
        for (const Field *f = t->fields; f; f = f->next) {
            m[n].name = f->name ? f->name : "";
            m[n].type = cv_type_bitfield(&tm->cv, base, (uint8_t)f->size, (uint8_t)f->offset);
            m[n].offset = 0;
            n++;
        }
    } else {
        for (const Field *f = t->fields; f; f = f->next) {
            m[n].name = f->name ? f->name : "";
            m[n].type = field_type(tm, f);
            m[n].offset = f->offset;
            n++;
        }
    }
    uint32_t r = cv_type_struct(&tm->cv, t->kind == TY_UNION, t->name ? t->name : "<unnamed-tag>",
                                t->size, m, n);
    free(m);
    return r;
}

static uint32_t user_type(TypeMap *tm, const Type *t)
{
    for (uint32_t i = 0; i < tm->n; i++)
        if (tm->types[i] == t)
            return tm->index[i];
    if (tm->depth > 64)
        return CV_T_UCHAR; /* no type nests this deep; never loop */
    tm->depth++;
    uint32_t r = make_user_type(tm, t);
    tm->depth--;
    if (tm->n == tm->cap) {
        tm->cap = tm->cap ? tm->cap * 2 : 16;
        tm->types = xrealloc(tm->types, tm->cap * sizeof *tm->types);
        tm->index = xrealloc(tm->index, tm->cap * sizeof *tm->index);
    }
    tm->types[tm->n] = t;
    tm->index[tm->n++] = r;
    return r;
}

/* The type of a data label or LOCAL: its user type or scalar, as an
 * array when it has more than one element. */
static uint32_t object_type(TypeMap *tm, const Type *t, int code, uint32_t count, uint32_t total)
{
    uint32_t elem = t ? user_type(tm, t) : scalar_type(tm, code);
    return count > 1 && total ? cv_type_array(&tm->cv, elem, total) : elem;
}

static uint32_t param_type(TypeMap *tm, const ParamDesc *p)
{
    if (p->is_ptr) /* `POINT PTR` knows its pointee, `PTR POINT` does not */
        return p->type ? cv_type_pointer(&tm->cv, user_type(tm, p->type)) : CV_T_64PVOID;
    if (p->type)
        return user_type(tm, p->type);
    return scalar_type(tm, p->size | (p->kind == PK_FLOAT ? SZ_REAL : 0) | (p->is_signed ? SZ_SIGNED : 0));
}

static uint32_t proc_type(TypeMap *tm, const ProcSig *sig)
{
    int n = sig ? sig->n : 0;
    uint32_t *args = xmalloc(((size_t)n + 1) * sizeof *args);
    for (int k = 0; k < n; k++)
        args[k] = sig->params[k].kind == PK_VARARG ? CV_T_NOTYPE : param_type(tm, &sig->params[k]);
    uint32_t r = cv_type_procedure(&tm->cv, CV_T_VOID, args, n);
    free(args);
    return r;
}

/* ---- lines ----------------------------------------------------------------- */

typedef struct LineEnt {
    uint32_t offset, file, line, seq;
} LineEnt;

static int cmp_ent(const void *x, const void *y)
{
    const LineEnt *a = x, *b = y;
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* A static symbol at the start of a run of lines, named as ml64 names its
 * one per section ($$000000, ...): each DEBUG_S_LINES subsection gets its
 * own, as llvm-readobj expects. */
static Sym *run_symbol(Asm *a, Section *s, uint32_t offset)
{
    char name[32];
    int len;
    Sym *sym;
    do {
        len = snprintf(name, sizeof name, "$$%06u", (unsigned)a->dbg->nruns++);
        sym = sym_intern(&a->syms, name, (size_t)len, NULL);
    } while (sym->kind != SYM_UNDEF);
    sym->kind = SYM_LABEL;
    sym->mem_type = MT_NEAR;
    sym->sec = s;
    sym->frag = s->first;   /* at address 0: the offset is the position */
    sym->frag_off = offset;
    sym->value = offset;
    sym->defined_this_pass = true;
    sym->debug_only = true;
    sym_mark_defined(&a->syms, sym);
    return sym;
}

static void section_lines(Asm *a, CvDebugS *d, Section *s, const uint32_t *file_ids)
{
    DbgInfo *di = a->dbg;
    LineEnt *e = xmalloc((di->nlines + 1) * sizeof *e);
    uint32_t n = 0;
    for (uint32_t i = 0; i < di->nlines; i++) {
        const DbgLine *l = &di->lines[i];
        if (l->p0.sec != s || !l->file)
            continue;
        uint32_t o0 = pos_value(l->p0);
        bool emitted = l->p1.sec == s && pos_value(l->p1) > o0 && !l->padding_only;
        if (!emitted && !l->proc_start)
            continue;
        e[n].offset = o0;
        e[n].file = l->file;
        e[n].line = l->line;
        e[n].seq = i;
        n++;
    }
    qsort(e, n, sizeof *e, cmp_ent);
    /* drop a line that repeats the one before it (a macro's lines) */
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        if (k == 0 || e[i].file != e[k - 1].file || e[i].line != e[k - 1].line)
            e[k++] = e[i];
    n = k;
    /* one contribution per run of lines from one file, up to the next run
     * (or the end of the section): LLVM's PDB reader ends each file block
     * at the end of its contribution */
    uint32_t *offs = xmalloc((n + 1) * sizeof *offs), *lines = xmalloc((n + 1) * sizeof *lines);
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        while (j < n && e[j].file == e[i].file) {
            offs[j - i] = e[j].offset - e[i].offset;
            lines[j - i] = e[j].line;
            j++;
        }
        uint32_t end = j < n ? e[j].offset : s->size;
        cv_sub_begin(d, CV_SUB_LINES);
        cv_lines_begin(d, run_symbol(a, s, e[i].offset), 0, end > e[i].offset ? end - e[i].offset : 0);
        cv_lines_block(d, file_ids[e[i].file], offs, lines, j - i);
        cv_sub_end(d);
        i = j;
    }
    free(offs);
    free(lines);
    free(e);
}

/* ---- symbols --------------------------------------------------------------- */

static int cv_reg(uint8_t base)
{
    return base == R_RBP ? CV_AMD64_RBP : CV_AMD64_RSP;
}

static bool is_data_label(const Sym *s)
{
    return s->kind == SYM_LABEL && !s->is_proc && s->mem_type != MT_NEAR && !s->scope &&
           !s->in_proc && s->name[0] != '@' && s->sec;
}

static bool is_code_label(const Sym *s)
{
    return s->kind == SYM_LABEL && !s->is_proc && s->mem_type == MT_NEAR && s->name[0] != '@' &&
           s->sec && (s->scope || s->in_proc);
}

/* A code label outside every PROC (ml64 lists these too). */
static bool is_top_code_label(const Sym *s)
{
    return s->kind == SYM_LABEL && !s->is_proc && s->mem_type == MT_NEAR && s->name[0] != '@' &&
           s->sec && s->sec->is_code && !s->scope && !s->in_proc && !s->debug_only;
}

/* The procedure a label inside a PROC belongs to. */
static int proc_of(const DbgInfo *di, const Sym *s)
{
    uint32_t off = sym_offset(s);
    for (uint32_t i = 0; i < di->nprocs; i++) {
        const DbgProc *p = &di->procs[i];
        if (s->scope ? s->scope == p->sym
                     : p->sym->sec == s->sec && off >= p->start && off <= p->start + p->size)
            return (int)i;
    }
    return -1;
}

static void proc_symbols(Asm *a, CvDebugS *d, TypeMap *tm, DbgProc *p, Sym **labels, uint32_t nlabels)
{
    ProcInfo *pi = p->pi;
    uint32_t dbg_start = p->have_body ? pos_value(p->body) - p->start : 0;
    for (UnwFrame *f = a->frames; f; f = f->next)
        if (f->proc == p->sym && f->prolog_end.set)
            dbg_start = unw_pos_offset(f->prolog_end) - p->start;
    if (dbg_start > p->size)
        dbg_start = p->size;
    cv_sym_proc(d, p->sym->is_public, p->sym->name, p->size, dbg_start, p->size,
                proc_type(tm, &pi->sig), p->sym, 0);
    int reg = pi->frame_reg ? CV_AMD64_RBP : CV_AMD64_RSP;
    uint32_t saved = 0;
    for (int k = 0; k < pi->nuses; k++)
        saved += reg_class(pi->uses[k]) == RC_XMM ? 16 : 8;
    cv_sym_frameproc(d, pi->localsize + pi->reserved, saved, reg);
    int nparams = pi->sig.n - (pi->sig.vararg ? 1 : 0);
    for (int k = 0; k < nparams; k++) {
        Sym *s = pi->param_syms[k];
        if (s && s->kind == SYM_STACK)
            cv_sym_regrel32(d, (int32_t)s->value, param_type(tm, &pi->sig.params[k]),
                            cv_reg(s->stack_base), s->name);
    }
    for (int k = 0; k < pi->nlocals; k++) {
        Sym *s = pi->locals[k];
        if (s && s->kind == SYM_STACK)
            cv_sym_regrel32(d, (int32_t)s->value,
                            object_type(tm, s->type, s->mem_type, s->count, s->total),
                            cv_reg(s->stack_base), s->name);
    }
    for (uint32_t k = 0; k < nlabels; k++)
        cv_sym_label(d, labels[k]->name, labels[k], 0);
    cv_sym_end(d);
}

static void symbols(Asm *a, CvDebugS *d, TypeMap *tm)
{
    DbgInfo *di = a->dbg;
    bool full = !a->opt->debug_lines_only;
    char *obj = debug_path(a, a->obj_path ? a->obj_path : a->src_name);
    cv_sub_begin(d, CV_SUB_SYMBOLS);
    cv_sym_objname(d, obj);
    free(obj);
    uint16_t ver[4] = {0, 0, 0, 0};
    const char *v = ASM_VERSION;
    for (int i = 0; i < 4 && *v; i++) {
        ver[i] = (uint16_t)strtoul(v, NULL, 10);
        while (*v && *v != '.')
            v++;
        if (*v)
            v++;
    }
    cv_sym_compile3(d, "asm " ASM_VERSION, ver);
    if (full) {
        for (Sym *s = a->syms.first; s; s = s->next_def) {
            if (s->kind == SYM_TYPE && s->type && s->type->name)
                cv_sym_udt(d, s->name, user_type(tm, s->type));
            else if (is_top_code_label(s))
                cv_sym_label(d, s->name, s, 0);
            else if (is_data_label(s))
                cv_sym_data(d, s->is_public, s->name,
                            object_type(tm, s->type,
                                        s->mem_type | (s->is_float_type ? SZ_REAL : 0) |
                                            (s->is_signed_type ? SZ_SIGNED : 0),
                                        s->count, s->total),
                            s, 0);
        }
        /* code labels grouped by procedure, in definition order */
        uint32_t nl = 0, cap = 0;
        Sym **lab = NULL;
        int *owner = NULL;
        for (Sym *s = a->syms.first; s; s = s->next_def) {
            if (!is_code_label(s))
                continue;
            int p = proc_of(di, s);
            if (p < 0)
                continue;
            if (nl == cap) {
                cap = cap ? cap * 2 : 32;
                lab = xrealloc(lab, cap * sizeof *lab);
                owner = xrealloc(owner, cap * sizeof *owner);
            }
            lab[nl] = s;
            owner[nl++] = p;
        }
        Sym **mine = xmalloc((nl + 1) * sizeof *mine);
        for (uint32_t i = 0; i < di->nprocs; i++) {
            uint32_t m = 0;
            for (uint32_t k = 0; k < nl; k++)
                if (owner[k] == (int)i)
                    mine[m++] = lab[k];
            if (di->procs[i].closed)
                proc_symbols(a, d, tm, &di->procs[i], mine, m);
        }
        free(mine);
        free(lab);
        free(owner);
    }
    cv_sub_end(d);
}

/* ---- the sections ---------------------------------------------------------- */

static Section *debug_section(Asm *a, const char *name, const Buf *data)
{
    Section *s = sec_new(&a->secs, name, 0x42000040, 1, false, false);
    s->sym = sym_intern(&a->syms, name, strlen(name), NULL);
    s->sym->kind = SYM_SEGMENT;
    s->sym->sec = s;
    sec_emit_bytes(&a->secs, s, data->data, data->len);
    return s;
}

void dbg_emit(Asm *a)
{
    if (!a->opt->debug_info)
        return;
    DbgInfo *di = info(a);
    for (uint32_t i = 0; i < di->nprocs; i++) {
        DbgProc *p = &di->procs[i];
        p->start = sym_offset(p->sym);
        uint32_t end = p->closed && p->end.sec == p->sym->sec ? pos_value(p->end) : p->start;
        p->size = end > p->start ? end - p->start : 0;
    }
    CvDebugS d;
    cv_debug_init(&d);
    TypeMap tm;
    memset(&tm, 0, sizeof tm);
    cv_types_init(&tm.cv);

    /* the string table: "" then every source path */
    uint32_t nfiles = a->sm.nfiles;
    uint32_t *name_off = xmalloc((nfiles + 1) * sizeof *name_off);
    uint32_t *file_id = xmalloc((nfiles + 1) * sizeof *file_id);
    cv_sub_begin(&d, CV_SUB_STRINGTABLE);
    size_t base = d.data.len;
    buf_u8(&d.data, 0);
    for (uint32_t f = 1; f < nfiles; f++) {
        char *p = debug_path(a, src_path(&a->sm, f));
        name_off[f] = (uint32_t)(d.data.len - base);
        buf_bytes(&d.data, p, strlen(p) + 1);
        free(p);
    }
    cv_sub_end(&d);
    cv_sub_begin(&d, CV_SUB_FILECHKSMS);
    for (uint32_t f = 1; f < nfiles; f++) {
        const SrcFile *sf = &a->sm.files[f];
        uint8_t sum[SHA256_BYTES];
        if (a->opt->checksum_kind == CV_CHK_MD5) {
            hash_md5(sf->text, sf->len, sum);
            file_id[f] = cv_checksum(&d, name_off[f], CV_CHK_MD5, sum, MD5_BYTES);
        } else {
            hash_sha256(sf->text, sf->len, sum);
            file_id[f] = cv_checksum(&d, name_off[f], CV_CHK_SHA256, sum, SHA256_BYTES);
        }
    }
    cv_sub_end(&d);
    for (Section *s = a->secs.first; s; s = s->next)
        if (s->is_code)
            section_lines(a, &d, s, file_id);
    symbols(a, &d, &tm);
    free(name_off);
    free(file_id);

    Section *ds = debug_section(a, ".debug$S", &d.data);
    static const SrcLoc none = {0, 0, 0};
    for (uint32_t i = 0; i < d.nrelocs; i++) {
        const CvReloc *r = &d.relocs[i];
        bool secrel = r->kind == CV_REL_SECREL;
        sec_emit_fixup(&a->secs, ds, r->offset, secrel ? 4 : 2, secrel ? FIX_SECREL : FIX_SECTION,
                       (Sym *)(uintptr_t)r->target, NULL, r->addend, 0, false, none);
    }
    if (!a->opt->debug_lines_only)
        debug_section(a, ".debug$T", &tm.cv.data);
    cv_debug_free(&d);
    cv_types_free(&tm.cv);
    free(tm.types);
    free(tm.index);
}

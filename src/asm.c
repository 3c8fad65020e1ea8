/* asm.c: one assembly run.  Owns the Asm state and runs the pipeline:
 * pass 1 (define symbols, estimate layout), pass 2 (emit fragments),
 * layout with branch relaxation, the check of every layout assumption,
 * fixup resolution, then the COFF object (written atomically, and only
 * without errors) and the listing.  Everything is freed at the end. */
#include "asmrun.h"
#include "asm.h"
#include "parser.h"
#include "memo.h"
#include "dir_seg.h"
#include "preproc.h"
#include "coff.h"
#include "listing.h"
#include "unwind.h"
#include "predef.h"
#include "dbginfo.h"
#include "os.h"
#include "limit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where messages about the run itself (not a source line) point. */
static const SrcLoc no_loc = {0, 0, 0};

static char *replace_ext(const char *path, const char *ext)
{
    const char *base = os_path_basename(path);
    const char *dot = strrchr(base, '.');
    size_t n = dot ? (size_t)(dot - base) : strlen(base);
    size_t e = strlen(ext);
    char *r = xmalloc(n + e + 1);
    memcpy(r, base, n);
    memcpy(r + n, ext, e + 1);
    return r;
}

bool asm_output_is_dir(const char *given)
{
    size_t n = given ? strlen(given) : 0;
    return n && (given[n - 1] == '/' || given[n - 1] == '\\' || os_is_directory(given));
}

/* -Fo may name a file or a directory. */
static char *output_name(const char *given, const char *src, const char *ext)
{
    if (!given || !*given)
        return replace_ext(src, ext);
    size_t n = strlen(given);
    if (asm_output_is_dir(given)) {
        char *base = replace_ext(src, ext);
        char *r = os_path_join(given, base);
        free(base);
        return r;
    }
    char *r = xmalloc(n + 1);
    memcpy(r, given, n + 1);
    return r;
}

static void define_cmdline(Asm *a)
{
    for (int i = 0; i < a->opt->ndefines; i++) {
        const Define *d = &a->opt->defines[i];
        Sym *s = sym_intern(&a->syms, d->name, strlen(d->name), NULL);
        if (s->kind != SYM_TEXT)
            a->text_macros++;
        s->kind = SYM_TEXT;
        memo_name_defined(a, d->name, strlen(d->name));
        s->text = arena_strdup(&a->perm, d->value ? d->value : "");
        s->defined_this_pass = true; /* IFDEF NAME is true in both passes */
    }
}

static void reset_sym(Sym *s, void *ctx)
{
    (void)ctx;
    if (s->kind == SYM_LABEL) {
        s->value = s->frag ? sym_offset(s) : s->value;
        s->frag = NULL;
    }
    /* pass 1's fragments are freed: an unnamed label it made ('$' in
     * x EQU $ + 4) keeps its position as a number, as named ones do */
    if (s->base && s->base->frag) {
        s->base->value = sym_offset(s->base);
        s->base->frag = NULL;
    }
    s->defined_this_pass = false;
}

static void begin_pass(Asm *a, int pass)
{
    a->pass = pass;
    a->diag.muted = pass == 1;
    sec_reset_pass(&a->secs);
    a->cur = NULL;
    a->cur_proc = NULL;
    a->radix = 10;
    a->anon_labels = 0;
    a->last_label = NULL;
    a->seg_depth = 0;
    a->simple_seg = NULL;
    a->end_seen = false;
    a->drectve.len = 0;
    a->frames = a->frames_last = a->cur_frame = NULL;
    a->aliases = NULL;
    a->listing_off = false;
    a->lst_macros = a->opt->list_all ? 2 : 0;
    a->lst_false_conds = a->opt->list_false_conds || a->opt->list_all;
    a->lst_title = a->opt->list_title;
    a->lst_subtitle = a->opt->list_subtitle;
    a->ctx_depth = 0;
    a->proc = NULL;
    memset(&a->lopt, 0, sizeof a->lopt);
    predef_begin_pass(a);
    memset(&a->last_insn, 0, sizeof a->last_insn);
    a->casemap = a->opt->casemap;
    a->syms.case_sensitive = a->casemap == CASEMAP_NONE;
}

static void check_assumptions(Asm *a)
{
    for (Assumption *as = a->assumptions; as; as = as->next) {
        int64_t now = (int64_t)sym_offset(as->a) - (as->b ? (int64_t)sym_offset(as->b) : 0);
        if (now != as->value)
            diag_error(&a->diag, as->loc, E_PHASE, as->a->name);
    }
}

static bool undefined_public(const Sym *s)
{
    return s->is_public && s->kind == SYM_UNDEF;
}

static void check_publics(Asm *a)
{
    /* the messages come in the table's order; first a look in creation
     * order (sequential in memory: no cache miss per symbol) whether
     * there is any */
    uint32_t k = 0;
    while (k < a->syms.count && !undefined_public(a->syms.all[k]))
        k++;
    if (k == a->syms.count)
        return;
    for (uint32_t i = 0; i < a->syms.cap; i++) {
        Sym *s = sym_slot(&a->syms, i);
        if (s && undefined_public(s))
            diag_error(&a->diag, s->loc, E_UNDEFINED, s->name);
    }
}

static void err_range(void *ctx, SrcLoc loc, int64_t v, int size)
{
    (void)v;
    (void)size;
    Asm *a = ctx;
    diag_error(&a->diag, loc, E_CONST_TOO_LARGE);
}

static void err_jump(void *ctx, SrcLoc loc, int64_t by)
{
    Asm *a = ctx;
    diag_error(&a->diag, loc, E_JUMP_TOO_FAR, (int)by);
}

static void err_reloc(void *ctx, SrcLoc loc, const char *what)
{
    Asm *a = ctx;
    diag_error(&a->diag, loc, E_COFF_RELOC, what);
}

/* Symbols of the object, in ml64's grouping: .file, sections, externals,
 * publics, statics; each group in definition order. */
typedef struct ObjSyms {
    CoffSymbol *v;
    uint32_t n, cap;
} ObjSyms;

static uint32_t add_sym(ObjSyms *o, CoffSymbol s)
{
    if (o->n == o->cap) {
        o->cap = o->cap ? o->cap * 2 : 64;
        o->v = xrealloc(o->v, o->cap * sizeof *o->v);
    }
    o->v[o->n] = s;
    return o->n++;
}

typedef struct SymVec {
    Sym **v;
    size_t n, cap;
} SymVec;

static void symvec_push(SymVec *sv, Sym *s)
{
    if (sv->n == sv->cap) {
        sv->cap = sv->cap ? sv->cap * 2 : 64;
        sv->v = xrealloc(sv->v, sv->cap * sizeof *sv->v);
    }
    sv->v[sv->n++] = s;
}

static bool emitted_static(const Sym *s)
{
    return s->kind == SYM_LABEL && !s->is_public && !s->scope && !s->in_proc &&
           s->name[0] != '@';
}

/* CASEMAP:ALL (-Cu) writes every name upper-cased. */
static const char *object_name(Asm *a, const char *name)
{
    if (a->casemap != CASEMAP_ALL)
        return name;
    char *u = arena_strdup(&a->perm, name);
    for (char *p = u; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
    return u;
}

static void collect_symbols(Asm *a, ObjSyms *o, const char *src)
{
    /* the base name only, so the object does not depend on the build
     * directory (JWasm stores the path as given) */
    CoffSymbol fs = {os_path_basename(src), 0, -2, 0, 103, COFFSYM_FILE, 0};
    add_sym(o, fs);
    for (Section *s = a->secs.first; s; s = s->next) {
        CoffSymbol cs = {s->name, 0, (int16_t)s->number, 0, 3, COFFSYM_SECTION, 0};
        s->sym->coff_index = (int32_t)add_sym(o, cs);
    }
    /* the externals, then the public symbols, then the static ones, each
     * in definition order: one walk of the symbol list (a cache miss a
     * symbol on a large input) keeps the other two kinds for after */
    SymVec later[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
    for (Sym *s = a->syms.first; s; s = s->next_def) {
        /* EXTERN is always emitted; EXTERNDEF and PROTO only when used */
        if (s->kind == SYM_EXTERN && (s->used || !s->is_externdef)) {
            /* PROTO'd externals are typed as functions, as JWasm does */
            /* a COMM variable is an external whose value is its size */
            CoffSymbol es = {object_name(a, s->cname ? s->cname : s->name),
                             s->is_comm ? s->total : 0, 0,
                             (uint16_t)(s->is_proto ? 0x20 : 0), 2, COFFSYM_PLAIN, 0};
            s->coff_index = (int32_t)add_sym(o, es);
        } else if (s->is_public && (s->kind == SYM_LABEL || s->kind == SYM_CONST)) {
            symvec_push(&later[0], s);
        } else if (emitted_static(s)) {
            symvec_push(&later[1], s);
        }
    }
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < later[pass].n; i++) {
            Sym *s = later[pass].v[i];
            /* /Zf: a code label is IMAGE_SYM_CLASS_LABEL, as ml64 writes it */
            bool label = a->opt->all_symbols && s->kind == SYM_LABEL &&
                         s->mem_type == MT_NEAR && !s->is_proc;
            uint8_t cls = pass == 0 ? 2 : label ? 6 : 3;
            CoffSymbol ls = {object_name(a, s->cname ? s->cname : s->name), 0, -1, 0, cls,
                             COFFSYM_PLAIN, 0};
            if (s->kind == SYM_LABEL) {
                ls.value = sym_offset(s);
                ls.section = (int16_t)s->sec->number;
                /* ml64 types as a function also a label defined inside a
                 * PROC at the PROC's offset (in whatever section: corert's
                 * `.const` pointer right at a procedure's start, ALTENTRY) */
                ls.type = s->is_proc || (s->def_proc && s->def_proc->kind == SYM_LABEL &&
                                         sym_offset(s->def_proc) == ls.value) ? 0x20 : 0;
            } else {
                ls.value = (uint32_t)s->value;
            }
            s->coff_index = (int32_t)add_sym(o, ls);
        }
    free(later[0].v);
    free(later[1].v);
    for (Alias *al = a->aliases; al; al = al->next) {
        Sym *t = al->target;
        if (t->coff_index < 0) {
            CoffSymbol ext = {object_name(a, t->name), 0, 0, 0, 2, COFFSYM_PLAIN, 0};
            t->coff_index = (int32_t)add_sym(o, ext);
        }
        /* IMAGE_SYM_CLASS_WEAK_EXTERNAL: the linker uses the target when
         * nothing defines the alias name */
        CoffSymbol w = {al->name, 0, 0, 0, 105, COFFSYM_WEAK, (uint32_t)t->coff_index};
        add_sym(o, w);
    }
}

static uint32_t align_bits(uint32_t align)
{
    uint32_t k = 1;
    while ((1u << (k - 1)) < align && k < 14)
        k++;
    return k << 20;
}

static void build_object(Asm *a, const ObjSyms *syms)
{
    CoffSection *cs = xmalloc(((size_t)a->secs.count + 1) * sizeof *cs);
    CoffReloc **rel = xmalloc(((size_t)a->secs.count + 1) * sizeof *rel);
    int i = 0;
    for (Section *s = a->secs.first; s; s = s->next, i++) {
        rel[i] = xmalloc((s->nrelocs + 1) * sizeof **rel);
        for (uint32_t k = 0; k < s->nrelocs; k++) {
            rel[i][k].offset = s->relocs[k].offset;
            rel[i][k].type = s->relocs[k].type;
            rel[i][k].symbol = (uint32_t)s->relocs[k].sym->coff_index;
        }
    }
    if (!a->opt->listing) { /* the listing is written from them later */
        sec_drop_frags(&a->secs);
        a->frames = a->frames_last = a->cur_frame = NULL;
    }
    i = 0;
    for (Section *s = a->secs.first; s; s = s->next, i++) {
        cs[i].name = s->name;
        cs[i].characteristics = s->characteristics | (s->align ? align_bits(s->align) : 0);
        cs[i].data = s->is_bss ? NULL : s->image.data;
        cs[i].size = s->size;
        cs[i].relocs = rel[i];
        cs[i].nrelocs = s->nrelocs;
    }
    CoffObject co = {cs, (uint32_t)a->secs.count, syms->v, syms->n};
    coff_write(&co, &a->object);
    for (int k = 0; k < i; k++)
        free(rel[k]);
    free(rel);
    free(cs);
}

static void add_drectve(Asm *a)
{
    if (!a->drectve.len)
        return;
    Section *s = sec_new(&a->secs, ".drectve", 0xA00, 0, false, false);
    s->sym = sym_intern(&a->syms, ".drectve", 8, NULL);
    s->sym->kind = SYM_SEGMENT;
    s->sym->sec = s;
    sec_emit_bytes(&a->secs, s, a->drectve.data, a->drectve.len);
}

/* The limits of include/limit.h on the final layout (branches grow). */
static void check_sizes(Asm *a)
{
    uint64_t total = 0;
    for (Section *s = a->secs.first; s; s = s->next) {
        if (s->size > ASM_MAX_SECTION)
            diag_fatal(&a->diag, a->loc, E_SECTION_TOO_LARGE, s->name,
                       (unsigned long)ASM_MAX_SECTION);
        total += s->size;
    }
    if (total > ASM_MAX_OUTPUT)
        diag_fatal(&a->diag, a->loc, E_OUTPUT_TOO_LARGE, (unsigned long)ASM_MAX_OUTPUT);
}

static void finish(Asm *a, const char *path)
{
    unw_emit(a);
    sec_layout(&a->secs);
    unw_patch(a);
    check_assumptions(a);
    unw_check(a);
    check_publics(a);
    add_drectve(a);
    dbg_emit(a);
    sec_layout(&a->secs);
    check_sizes(a);
    ObjSyms syms = {0};
    collect_symbols(a, &syms, path);
    ResolveCtx rc = {err_range, err_jump, err_reloc, a};
    sec_resolve(&a->secs, &rc);
    if (a->diag.errors == 0 && !a->opt->syntax_only)
        build_object(a, &syms);
    free(syms.v);
}

/* Append a file name to a make rule, escaped as gcc does: a space as
 * "\ ", '#' as "\#", '$' as "$$". */
static void dep_name(Buf *b, const char *name)
{
    for (const char *p = name; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '#')
            buf_u8(b, '\\');
        if (*p == '$')
            buf_u8(b, '$');
        buf_u8(b, (uint8_t)*p);
    }
}

/* -MD/-MMD: gcc's make format.  The target (the object, or -MT) depends on
 * the source and every file INCLUDE read; -MP adds an empty rule for each
 * included file so that deleting one does not break the build.  Written
 * after a successful assembly; a failed one removes it (as gcc). */
static bool write_depfile(Asm *a, const char *obj, bool ok)
{
    const Options *o = a->opt;
    char *name;
    if (o->dep_name && !asm_output_is_dir(o->dep_name)) {
        size_t n = strlen(o->dep_name);
        name = xmalloc(n + 1);
        memcpy(name, o->dep_name, n + 1);
    } else if (o->dep_name) {
        name = output_name(o->dep_name, obj, ".d");
    } else {
        /* next to the object, as gcc -MD puts x.d next to -o x.o */
        const char *base = os_path_basename(obj);
        const char *dot = strrchr(base, '.');
        size_t n = dot ? (size_t)(dot - obj) : strlen(obj);
        name = xmalloc(n + 3);
        memcpy(name, obj, n);
        memcpy(name + n, ".d", 3);
    }
    if (!ok) {
        os_remove(name);
        free(name);
        return true;
    }
    Buf b = {0};
    if (o->dep_target)
        buf_str(&b, o->dep_target); /* as written, as gcc -MT */
    else
        dep_name(&b, obj);
    buf_u8(&b, ':');
    for (uint32_t i = 1; i < a->sm.nfiles; i++) {
        buf_bytes(&b, " \\\n ", i == 1 ? 1 : 4);
        dep_name(&b, a->sm.files[i].path);
    }
    buf_u8(&b, '\n');
    for (uint32_t i = 2; o->dep_phony && i < a->sm.nfiles; i++) {
        buf_u8(&b, '\n');
        dep_name(&b, a->sm.files[i].path);
        buf_bytes(&b, ":\n", 2);
    }
    bool written = os_write_atomic(name, b.data, b.len);
    if (!written)
        diag_cmdline(E_CANNOT_WRITE, name);
    buf_free(&b);
    free(name);
    return written;
}

/* The main source: a file, or text given in memory (text != NULL). */
typedef struct MainSrc {
    const char *path;  /* file name, also used in messages */
    const char *text;  /* NULL: read path from disk */
    size_t len;
} MainSrc;

static void run(Asm *a, const MainSrc *src)
{
    const char *path = src->path;
    uint32_t main_file = src->text ? src_add_memory(&a->sm, path, src->text, src->len)
                                   : src_load(&a->sm, path, 0, false);
    if (!main_file)
        diag_fatal(&a->diag, no_loc, E_CANNOT_OPEN, path);
    define_cmdline(a);
    begin_pass(a, 1);
    dir_seg_defaults(a);
    parse_pass(a, main_file);
    sec_rescope_branches(&a->secs, &a->syms);
    sec_layout(&a->secs);
    sym_each(&a->syms, reset_sym, NULL);
    a->assumptions = NULL;
    define_cmdline(a);
    begin_pass(a, 2);
    parse_pass(a, main_file);
    finish(a, path);
}

static int assemble(const Options *opt, const MainSrc *src)
{
    const char *path = src->path;
    Asm *a = xmalloc(sizeof *a);
    memset(a, 0, sizeof *a);
    a->opt = opt;
    a->src_name = path;
    src_init(&a->sm);
    a->sm.incdirs = opt->incdirs;
    a->sm.nincdirs = opt->nincdirs;
    a->sm.no_env = opt->ignore_include_env;
    a->diag.sm = &a->sm;
    a->diag.arena = &a->perm;
    a->diag.error_limit = opt->error_limit;
    a->diag.warn_level = opt->warn_level;
    a->diag.warn_as_error = opt->warn_as_error;
    a->diag.caret = opt->diag_caret;
    a->diag.color = opt->diag_caret &&
                    (opt->diag_color > 0 || (opt->diag_color == 0 && os_stdout_is_terminal()));
    sym_init(&a->syms, &a->perm);
    kw_init(&a->kw);
    parse_init_keywords(a);
    a->secs.arena = &a->perm;
    pp_init(a, parse_exec_line);
    memo_init(a);
    /* /Zs and /EP write no object and leave an existing one alone (ml64) */
    bool no_obj = opt->object_in_memory || opt->syntax_only || opt->preprocess_only;
    char *obj = no_obj ? NULL : output_name(opt->obj_name, path, ".obj");
    char *lst = opt->listing ? output_name(opt->lst_name, path, ".lst") : NULL;
    if (obj)
        os_remove(obj);
    a->obj_path = obj;
    if (lst)
        os_remove(lst); /* a run that ends before pass 2 writes none */
    jmp_buf fatal;
    a->diag.fatal_jmp = &fatal;
    volatile int fatal_hit = 0;
    if (setjmp(fatal) == 0)
        run(a, src);
    else
        fatal_hit = 1;
    a->memo_note = NULL; /* a fatal error may have left a statement's note */
    a->diag.fatal_jmp = NULL;
    bool lst_failed = lst && a->pass == 2 && !lst_write(a, lst);
    if (lst_failed)
        diag_cmdline(E_CANNOT_WRITE, lst);
    /* a fatal error about the source (missing INCLUDE, -e limit) is an
     * ordinary failed assembly (1); I/O and memory failures give 2, and
     * so does a listing that cannot be written */
    bool wx_cmdline = opt->warn_as_error && opt->cmdline_warnings > 0;
    int status = (fatal_hit && !a->diag.fatal_in_source) || lst_failed ? 2
                 : a->diag.errors || wx_cmdline                        ? 1
                                                                       : 0;
    /* the object is written last: running out of memory before this
     * (in the listing, say) leaves none; with no file name it is built
     * and dropped (fuzzing) */
    /* the dependency file first: an object without it would look up to
     * date to make */
    if (opt->depfile && obj && !write_depfile(a, obj, status == 0) && status == 0)
        status = 2;
    if (status == 0 && obj && a->object.data &&
        !os_write_atomic(obj, a->object.data, a->object.len)) {
        diag_cmdline(E_CANNOT_WRITE, obj);
        status = 2;
    }
    if (status && obj)
        os_remove(obj);
    free(obj);
    free(lst);
    sec_free(&a->secs);
    sym_free(&a->syms);
    kw_free(&a->kw);
    enc_cache_free(&a->enc_cache);
    for (int i = 0; i < ASM_ITEM_BUFS; i++)
        buf_free(&a->item_bufs[i]);
    buf_free(&a->drectve);
    buf_free(&a->object);
    dbg_free(a);
    pp_free(a);
    memo_free(a);
    src_free(&a->sm);
    arena_free(&a->line);
    arena_free(&a->perm);
    free(a);
    return status;
}

int asm_assemble(const Options *opt, const char *path)
{
    MainSrc src = {path, NULL, 0};
    return assemble(opt, &src);
}

int asm_assemble_buffer(const Options *opt, const char *name, const char *text,
                        size_t len)
{
    MainSrc src = {name, text, len};
    return assemble(opt, &src);
}

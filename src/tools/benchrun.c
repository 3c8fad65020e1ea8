/* benchrun.c: the runner of `make bench`.  For each input written by
 * mkbench it runs ./asm on <base>.asm, GNU as on <base>.s and the lexer
 * floor (lexbench) on the MASM files, several times each, and prints a
 * markdown table of the fastest wall time, lines per second, peak RSS and
 * the ratios to GNU as; then the time ratios of the given size pairs (a
 * check of linearity: 2x the input should take about 2x the time).
 * The runs are interleaved: round k runs every input once, so a burst of
 * load on the shared machine slows one run of many inputs, not every run
 * of one input.  The fastest run of each is reported (the least disturbed
 * one, the usual estimate for wall time), the median next to it in the
 * linearity lines.  A POSIX tool (fork/exec/wait4), not part of the
 * assembler; nothing is asserted.
 *
 * asm's linearity is measured once more, paired: the two inputs of a pair
 * run back to back, RUNS times, and the median of the RUNS ratios is
 * printed first.  Why: on a shared VM the speed of the whole machine moves
 * by up to 2x for seconds at a time (the same struct-100k run took 0.14 s
 * and 0.30 s of user time minutes apart, on either CPU), and the fastest
 * runs of two inputs may come from different phases; two runs a few
 * hundred milliseconds apart mostly share one.
 *
 * With -w K every measured run of a program follows K unmeasured runs of
 * the same command (a warm-up, as hyperfine's --warmup), for every tool
 * alike.  Why: in a VM that returns free memory to its host (virtio-balloon
 * free page reporting; Firecracker does) a process pays a host fault for
 * each page it gets that was free for a while, and which pages it gets
 * depends on what ran just before: right after another tool freed hundreds
 * of MiB, asm's larger inputs measured up to 1.5x their time alone, which
 * is the machine's noise and not the program.  After a run of the same
 * command the memory it needs is the memory that run just freed.
 *
 *   benchrun -a ASM -g GAS -l LEXBENCH -o OUTDIR [-r RUNS] [-w WARMUPS]
 *            [-p SMALL,LARGE]... NAME=BASE...
 * <base>.lines holds the line count (mkbench's output); included files
 * <base>-inc<k>.inc are lexed too. */
#define _DEFAULT_SOURCE
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

enum { MAX_INPUTS = 64, MAX_RUNS = 15, MAX_ARGS = 80 };

typedef struct Measure {
    double t[MAX_RUNS], c[MAX_RUNS]; /* each run's wall and CPU time */
    int n;        /* runs so far */
    double secs;  /* fastest wall time (summarize) */
    double cpu;   /* fastest CPU time (user + system) */
    double secs_med, cpu_med; /* the medians */
    double rss;   /* peak RSS in MiB (largest of the runs) */
    bool ok;      /* every run exited with status 0 */
} Measure;

typedef struct Input {
    const char *name;
    const char *base;
    long lines;
    int runs;     /* of GNU as and the lexer: fewer for the largest inputs
                     (asm is run every round) */
    char *av[6], *gv[5], *lv[MAX_ARGS];
    Measure as_, gas, lex;
} Input;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Run argv once with stdout and stderr to /dev/null; wall time and
 * peak RSS (KiB) of the child.  Returns the exit status, -1 on a failure
 * to run. */
static int run_once(char *const argv[], double *secs, double *cpu, long *rss_kb)
{
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0)
        return -1;
    *secs = now() - t0;
    *cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    *rss_kb = ru.ru_maxrss;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The 1-minute load average (Linux /proc/loadavg), -1 if unknown. */
static double load_average(void)
{
    double l = -1;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf", &l) != 1)
            l = -1;
        fclose(f);
    }
    return l;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* One more run of argv into m, after `warmups` runs that are not kept. */
static void measure(Measure *m, char *const argv[], int warmups)
{
    long rss = 0;
    for (int w = 0; w < warmups; w++) {
        double secs, cpu;
        long ignored;
        (void)run_once(argv, &secs, &cpu, &ignored);
    }
    if (m->n == 0)
        m->ok = true;
    if (run_once(argv, &m->t[m->n], &m->c[m->n], &rss) != 0)
        m->ok = false;
    m->n++;
    if ((double)rss / 1024.0 > m->rss)
        m->rss = (double)rss / 1024.0;
}

/* The median of n sorted values. */
static double median(const double *v, int n)
{
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void summarize(Measure *m)
{
    if (m->n == 0)
        return;
    qsort(m->t, (size_t)m->n, sizeof m->t[0], cmp_double);
    qsort(m->c, (size_t)m->n, sizeof m->c[0], cmp_double);
    m->secs = m->t[0];
    m->cpu = m->c[0];
    m->secs_med = median(m->t, m->n);
    m->cpu_med = median(m->c, m->n);
}

static char *cat(const char *a, const char *b)
{
    size_t n = strlen(a), k = strlen(b);
    char *p = malloc(n + k + 1);
    if (!p) {
        perror("benchrun");
        exit(2);
    }
    memcpy(p, a, n);
    memcpy(p + n, b, k + 1);
    return p;
}

static long read_lines(const char *base)
{
    char *path = cat(base, ".lines");
    FILE *f = fopen(path, "r");
    long n = 0;
    if (!f || fscanf(f, "%ld", &n) != 1)
        fprintf(stderr, "benchrun: cannot read %s\n", path);
    if (f)
        fclose(f);
    free(path);
    return n;
}

/* The command lines of an input's three programs. */
static void prepare(Input *in, const char *asm_, const char *gas, const char *lex,
                    const char *outdir, int runs)
{
    in->runs = in->lines >= 500000 && runs > 3 ? 3 : runs;
    char *src = cat(in->base, ".asm"), *gsrc = cat(in->base, ".s");
    char *obj = cat(cat(outdir, "/bench-asm-"), cat(in->name, ".obj"));
    char *gobj = cat(cat(outdir, "/bench-gas-"), cat(in->name, ".o"));
    static char q[] = "-q", fo[] = "-Fo", o[] = "-o";
    char *av[] = {(char *)asm_, q, fo, obj, src, NULL};
    memcpy(in->av, av, sizeof av);
    char *gv[] = {(char *)gas, o, gobj, gsrc, NULL};
    memcpy(in->gv, gv, sizeof gv);
    /* the lexer floor: the main file and any included files */
    char **lv = in->lv;
    int n = 0;
    lv[n++] = (char *)lex;
    lv[n++] = src;
    for (int k = 1; n < MAX_ARGS - 1; k++) {
        char num[32];
        snprintf(num, sizeof num, "-inc%d.inc", k);
        char *inc = cat(in->base, num);
        if (access(inc, R_OK) != 0) {
            free(inc);
            break;
        }
        lv[n++] = inc;
    }
    lv[n] = NULL;
}

static void print_table(const Input *in, int n)
{
    printf("| input | lines | asm | lines/s | asm RSS | GNU as | as RSS | time asm/as "
           "| RSS asm/as | lexer alone |\n");
    printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < n; i++) {
        const Input *x = &in[i];
        printf("| %s%s | %ld | %.3f s | %.2fM | %.1f MiB | %.3f s%s | %.1f MiB | %.2f | %.2f "
               "| %.3f s |\n",
               x->name, x->as_.ok ? "" : " (asm FAILED)", x->lines, x->as_.secs,
               x->as_.secs > 0 ? (double)x->lines / x->as_.secs / 1e6 : 0.0, x->as_.rss,
               x->gas.secs, x->gas.ok ? "" : " (FAILED)", x->gas.rss,
               x->gas.secs > 0 ? x->as_.secs / x->gas.secs : 0.0,
               x->gas.rss > 0 ? x->as_.rss / x->gas.rss : 0.0, x->lex.secs);
    }
}

static const Input *find(const Input *in, int n, const char *name, size_t len)
{
    for (int i = 0; i < n; i++)
        if (strlen(in[i].name) == len && memcmp(in[i].name, name, len) == 0)
            return &in[i];
    return NULL;
}

/* The inputs of a pair "SMALL,LARGE"; false if either is unknown. */
static bool find_pair(const Input *in, int n, const char *pair, const Input **s,
                      const Input **l)
{
    const char *comma = strchr(pair, ',');
    *s = comma ? find(in, n, pair, (size_t)(comma - pair)) : NULL;
    *l = comma ? find(in, n, comma + 1, strlen(comma + 1)) : NULL;
    return *s && *l;
}

int main(int argc, char **argv)
{
    const char *asm_ = "./asm", *gas = "x86_64-w64-mingw32-as", *lex = "build/lexbench";
    const char *outdir = "build/bench";
    const char *pairs[MAX_INPUTS];
    int npairs = 0, runs = 5, warmups = 0, n = 0;
    Input in[MAX_INPUTS];
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] == '-' && a[1] && !a[2] && i + 1 < argc) {
            const char *v = argv[++i];
            switch (a[1]) {
            case 'a': asm_ = v; continue;
            case 'g': gas = v; continue;
            case 'l': lex = v; continue;
            case 'o': outdir = v; continue;
            case 'r': runs = atoi(v); continue;
            case 'w': warmups = atoi(v); continue;
            case 'p': if (npairs < MAX_INPUTS) pairs[npairs++] = v; continue;
            default: break;
            }
        }
        const char *eq = strchr(a, '=');
        if (!eq || n == MAX_INPUTS) {
            fprintf(stderr, "usage: benchrun -a ASM -g GAS -l LEXBENCH -o OUTDIR [-r RUNS] "
                            "[-w WARMUPS] [-p SMALL,LARGE]... NAME=BASE...\n");
            return 2;
        }
        memset(&in[n], 0, sizeof in[n]);
        char *name = malloc((size_t)(eq - a) + 1);
        if (!name)
            return 2;
        memcpy(name, a, (size_t)(eq - a));
        name[eq - a] = 0;
        in[n].name = name;
        in[n].base = eq + 1;
        in[n].lines = read_lines(eq + 1);
        n++;
    }
    if (runs < 1)
        runs = 1;
    if (runs > MAX_RUNS)
        runs = MAX_RUNS;
    if (warmups < 0)
        warmups = 0;
    for (int i = 0; i < n; i++)
        prepare(&in[i], asm_, gas, lex, outdir, runs);
    double load0 = load_average();
    for (int r = 0; r < runs; r++) {
        fprintf(stderr, "bench: round %d of %d\n", r + 1, runs);
        for (int i = 0; i < n; i++) {
            measure(&in[i].as_, in[i].av, warmups);
            if (r >= in[i].runs)
                continue;
            measure(&in[i].gas, in[i].gv, warmups);
            measure(&in[i].lex, in[i].lv, warmups);
        }
    }
    for (int i = 0; i < n; i++) {
        summarize(&in[i].as_);
        summarize(&in[i].gas);
        summarize(&in[i].lex);
        remove(in[i].av[3]);
        remove(in[i].gv[2]);
    }
    double load1 = load_average();
    print_table(in, n);
    if (warmups)
        printf("\nEach measured run followed %d unmeasured run%s of the same command "
               "(a warm-up, for every tool).\n", warmups, warmups == 1 ? "" : "s");
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (load0 >= 0 && load1 >= 0)
        printf("\nLoad average (1 min) at the start and the end of the runs: %.2f, %.2f "
               "(%ld CPUs)%s\n", load0, load1, cpus,
               load0 > cpus - 1 || load1 > cpus - 1
                   ? ": the machine was busy, so wall times include waiting for a CPU "
                     "and their ratios move by tenths from run to run; the CPU times "
                     "much less"
                   : "");
    /* asm's pairs once more, each as back-to-back runs of the smaller and
     * the larger input, `runs` times: the median of those ratios */
    double paired[MAX_INPUTS] = {0};
    for (int i = 0; i < npairs; i++) {
        const Input *s, *l;
        if (!find_pair(in, n, pairs[i], &s, &l))
            continue;
        fprintf(stderr, "bench: paired runs of %s\n", pairs[i]);
        Measure ms = {0}, ml = {0};
        double ratio[MAX_RUNS];
        for (int r = 0; r < runs; r++) {
            measure(&ms, s->av, warmups);
            measure(&ml, l->av, warmups);
            ratio[r] = ms.t[r] > 0 ? ml.t[r] / ms.t[r] : 0.0;
        }
        qsort(ratio, (size_t)runs, sizeof ratio[0], cmp_double);
        paired[i] = median(ratio, runs);
    }
    if (npairs)
        printf("\nLinearity (time of the larger input / time of the smaller; 2.00 is "
               "linear): for asm first the median of %d ratios of back-to-back runs of "
               "the two inputs (paired), then the ratio of the fastest runs of the table, "
               "of the fastest CPU times, of the peak RSS and of the median wall "
               "times; for GNU as the ratio of the fastest runs:\n\n", runs);
    for (int i = 0; i < npairs; i++) {
        const Input *s, *l;
        if (!find_pair(in, n, pairs[i], &s, &l) || s->as_.secs <= 0 || s->gas.secs <= 0) {
            fprintf(stderr, "benchrun: bad pair %s\n", pairs[i]);
            continue;
        }
        printf("- %s → %s (%.2fx the lines): asm paired %.2f (fastest %.2f, CPU %.2f, RSS "
               "%.2f, median %.2f), GNU as %.2f\n",
               s->name, l->name, (double)l->lines / (double)s->lines, paired[i],
               l->as_.secs / s->as_.secs, s->as_.cpu > 0 ? l->as_.cpu / s->as_.cpu : 0.0,
               s->as_.rss > 0 ? l->as_.rss / s->as_.rss : 0.0,
               s->as_.secs_med > 0 ? l->as_.secs_med / s->as_.secs_med : 0.0,
               l->gas.secs / s->gas.secs);
    }
    return 0;
}

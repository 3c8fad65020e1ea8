/* limit.h: the resource limits of one assembly run, in one place.  Going
 * over any of them is a located error (exit status 1, no object), never a
 * crash, a hang or unbounded memory.  Each can be lowered with -D at build
 * time; the fuzz target does so to keep every input fast.  No .c file. */
#ifndef ASM_LIMIT_H
#define ASM_LIMIT_H

/* Nested INCLUDEs, macro calls and repeat blocks together. */
#ifndef ASM_MAX_NESTING
#define ASM_MAX_NESTING 256
#endif

/* Iterations of one WHILE or REPT block. */
#ifndef ASM_MAX_ITERATIONS
#define ASM_MAX_ITERATIONS 1000000
#endif

/* Lines produced by macro and repeat expansions in one pass: bounds
 * nested loops and macros that call themselves more than once.  10M
 * lines take about 5 s (a macro that recursed twice per call reached 20M
 * in over 10 s and 800 MB: issue #17's fuzzing hour). */
#ifndef ASM_MAX_EXPANDED_LINES
#define ASM_MAX_EXPANDED_LINES 10000000L
#endif

/* Bytes of macro and repeat body lines in one pass: a WHILE that never
 * ends over long lines reached the line limit only after a minute (the
 * fuzzer: 3 KB lines, 10M of them); 128 MiB take about 4 s. */
#ifndef ASM_MAX_EXPANDED_BYTES
#define ASM_MAX_EXPANDED_BYTES (128uL << 20)
#endif

/* Instruction lines whose bytes the memo keeps (memo.h). */
#ifndef ASM_MEMO_ENTRIES
#define ASM_MEMO_ENTRIES 32768u
#endif

/* Macro calls in one pass (each keeps its arguments in memory). */
#ifndef ASM_MAX_MACRO_CALLS
#define ASM_MAX_MACRO_CALLS 1000000L
#endif

/* Text macro and macro function replacements in one line. */
#ifndef ASM_MAX_SUBSTITUTIONS
#define ASM_MAX_SUBSTITUTIONS 10000
#endif

/* Bytes copied by those replacements in one line (each copies the line),
 * beyond twice the line's own length. */
#ifndef ASM_MAX_SPLICE_BYTES
#define ASM_MAX_SPLICE_BYTES (2u << 20)
#endif

/* Bytes copied by text macro and macro function substitutions in one
 * pass, all lines together (the limit above is per line): a recursive
 * macro that substitutes a growing text macro in each of its lines copied
 * 9.4 GB in 17 s before another limit stopped it (issue #17's fuzzing
 * hour).  A 200k-line macro-heavy file copies about 14 MB. */
#ifndef ASM_MAX_SUBSTITUTED_BYTES
#define ASM_MAX_SUBSTITUTED_BYTES (512uL << 20)
#endif

/* Bytes in one text macro's value, and in all text macro definitions of
 * a run together (each definition keeps its text until the end). */
#ifndef ASM_MAX_TEXT_MACRO
#define ASM_MAX_TEXT_MACRO (1u << 20)
#endif
/* Bytes of all MACRO definitions of a run, with their bookkeeping: a
 * WHILE that defines a macro per iteration kept every definition (the
 * fuzzer: 2.5 GB before the expansion limits stopped it). */
#ifndef ASM_MAX_MACRO_BYTES
#define ASM_MAX_MACRO_BYTES (64uL << 20)
#endif

#ifndef ASM_MAX_TEXT_BYTES
#define ASM_MAX_TEXT_BYTES (256u << 20)
#endif

/* Tokens in one line (a 100 MB DB line would otherwise take gigabytes of
 * tokens; a million items are 2M tokens): a few hundred MB at most. */
#ifndef ASM_MAX_LINE_TOKENS
#define ASM_MAX_LINE_TOKENS (1u << 22)
#endif

/* Bytes the <...> scans of one line may read, beyond 32 times its length
 * (a literal that does not close is read to the line's end; see the
 * lexer's AngleMemo): a line past it is "statement too complex". */
#ifndef ASM_MAX_ANGLE_SCAN
#define ASM_MAX_ANGLE_SCAN (4u << 20)
#endif

/* Nesting of parentheses, brackets and unary operators in an expression. */
#ifndef ASM_MAX_EXPR_DEPTH
#define ASM_MAX_EXPR_DEPTH 512
#endif

/* Bytes in one section, and in all sections together (the object). */
#ifndef ASM_MAX_SECTION
#define ASM_MAX_SECTION 0x40000000u
#endif
#ifndef ASM_MAX_OUTPUT
#define ASM_MAX_OUTPUT 0x80000000u
#endif

#endif

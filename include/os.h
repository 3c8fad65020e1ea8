/* os.h: the only interface to the operating system (files, environment).
 * Layer L0; src/os.c is the one file with platform #ifdefs. */
#ifndef ASM_OS_H
#define ASM_OS_H
#include "base.h"

/* Read a whole file; the result is NUL-terminated (data[len] == 0);
 * free(*alloc) releases it (data may start inside it: base.h's
 * xmalloc_large).  Returns false if it cannot be opened or read. */
bool os_read_file(const char *path, char **data, size_t *len, void **alloc);

/* Write a unique temporary next to path (created exclusively, removed on
 * SIGINT/SIGTERM) and rename it over path, so a crash or a concurrent run
 * never leaves a partial file.  A device or FIFO at path is written in
 * place; anything else that is not a regular file is refused.  Returns
 * false on failure (and removes the temporary). */
bool os_write_atomic(const char *path, const void *data, size_t len);

/* Remove a regular file (or a link to one) if it exists; anything else,
 * such as /dev/null, is left alone. */
void os_remove(const char *path);

bool os_file_exists(const char *path); /* stat only: a FIFO is not opened */
bool os_is_directory(const char *path);
/* On a case-sensitive host, the existing path whose components equal
 * path's ignoring ASCII case (malloc'd), as Windows would open it; NULL
 * if there is none or on Windows. */
char *os_path_nocase(const char *path);
const char *os_getenv(const char *name);
/* Whether stdout is a terminal (diagnostics in colour). */
bool os_stdout_is_terminal(void);
/* Today as MM/DD/YY and hh:mm:ss (SOURCE_DATE_EPOCH if set, in UTC).
 * False if SOURCE_DATE_EPOCH is set but not a decimal number. */
bool os_date_time(char *date, size_t dn, char *time, size_t tn);

/* Path helpers; results are malloc'd. */
char *os_path_join(const char *dir, const char *name);
const char *os_path_basename(const char *path); /* points into path */
bool os_path_is_absolute(const char *path);
/* Absolute path with "." and ".." resolved (malloc'd). */
char *os_abs_path(const char *path);

#endif

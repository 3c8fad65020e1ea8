/* version.h: the assembler's version string. */
#ifndef ASM_VERSION_H
#define ASM_VERSION_H
#define ASM_VERSION "0.1.0"
#endif

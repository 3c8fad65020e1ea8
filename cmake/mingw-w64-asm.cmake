# mingw-w64-asm.cmake: a CMake toolchain file for Win64 programs built on
# Linux: C with MinGW-w64's gcc, MASM sources with asm (CMake's ASM_MASM
# language), linked by gcc.  Pass -DCMAKE_ASM_MASM_COMPILER=/path/to/asm
# when asm is not on PATH.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)

set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
if(NOT CMAKE_ASM_MASM_COMPILER)
  set(CMAKE_ASM_MASM_COMPILER asm)
endif()
set(CMAKE_ASM_MASM_FLAGS_INIT "-nologo")

# Header dependencies: asm writes gcc's make format (-MD -MT -MF), so both
# the Ninja and the Makefile generators rebuild an object when an INCLUDE
# file it read changes.
set(CMAKE_DEPFILE_FLAGS_ASM_MASM "-MD -MT <DEP_TARGET> -MF <DEP_FILE>")
set(CMAKE_ASM_MASM_DEPFILE_FORMAT gcc)
set(CMAKE_ASM_MASM_DEPENDS_USE_COMPILER TRUE)

set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)

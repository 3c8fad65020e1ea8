; Predefined symbols (values as JWasm -win64 gives them; @Version is not
; here, see text/version): @WordSize 8, @Cpu, @Model 7 (flat), @Interface,
; @CodeSize 0, @DataSize 0, @Line (the line it is on), @CurSeg (the
; current segment's name), @FileName (base name, upper case), @FileCur
; (the current file's path: contains the base name), @Date "MM/DD/YY" and
; @Time "hh:mm:ss" (8 characters each), @Environ of an unset variable
; (blank).  (Macro function arguments: text/nest.)
; CHECK: objdump -s -j .data
.data
    DB @WordSize, @Model, @Interface, @CodeSize, @DataSize
    DW @Cpu
    DW @Line                    ; 12
    DW @Line                    ; 13
IFIDN @CurSeg, <_DATA>
    DB 0Dh
ENDIF
IFIDN @FileName, <PREDEF>
    DB 1
ENDIF
pfc INSTR @FileCur, <predef.asm>
    DB pfc GT 0
ldate SIZESTR @Date
ltime SIZESTR @Time
d1  INSTR @Date, </>
d2  INSTR 4, @Date, </>
t1  INSTR @Time, <:>
t2  INSTR 4, @Time, <:>
lenv SIZESTR @Environ(ASM_REGRESS_NOSUCH_VARIABLE)
    DB ldate, ltime, d1, d2, t1, t2, lenv
.code
seg2 CATSTR @CurSeg
.data
IFIDN seg2, <_TEXT>
    DB 0Ch
ENDIF
END

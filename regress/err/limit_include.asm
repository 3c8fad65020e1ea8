; A file that includes itself stops at the nesting limit (256 levels of
; INCLUDE and macro calls together), reported once.
        INCLUDE limit_include.asm       ; FATAL A1007
END

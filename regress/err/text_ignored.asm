; OPTION items that change nothing for a 64-bit COFF object are accepted
; with warning A4902 (one per item, also in a list); .ALPHA .SEQ .DOSSEG
; are accepted silently, and so are DOTNAME/NODOTNAME, which are honoured
; (obj/lang/dotname).  Exit status 0, object written.
OPTION DOTNAME
OPTION NODOTNAME
OPTION SCOPED                   ; WARNING A4902
OPTION NOSCOPED                 ; WARNING A4902
OPTION LJMP                     ; WARNING A4902
OPTION EMULATOR                 ; WARNING A4902
OPTION NOSIGNEXTEND             ; WARNING A4902
OPTION OLDSTRUCTS               ; WARNING A4902
OPTION NOOLDMACROS              ; WARNING A4902
OPTION READONLY                 ; WARNING A4902
OPTION NOKEYWORD:<STR>          ; WARNING A4902
OPTION LJMP, NOREADONLY         ; WARNING A4902 ; WARNING A4902
OPTION CASEMAP:NONE, M510       ; WARNING A4902
.ALPHA
.SEQ
.DOSSEG
.data
    DB 1
END

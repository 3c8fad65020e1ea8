; A constant defined negatively (NEG_A EQU -10, NEG_B = -11) keeps its
; minus where it is used: `mov rcx, NEG_A' is the sign-extended imm32 form
; (48 C7 /0) as with the literal -10, not the imm64 one (48 B8+r) that a
; value written with bit 63 set gets (POS_C).  Also through a macro
; argument (the MASM64 SDK's invoke: GetStdHandle, STD_INPUT_HANDLE).
; CHECK: objdump -dr -M intel
NEG_A EQU -10
NEG_B = -11
POS_C EQU 0FFFFFFFFFFFFFFF6h
NEG_D EQU NEG_A * 2
NEG_E EQU 0 - 5
.code
 mov rcx, NEG_A
 mov rcx, NEG_B
 mov rcx, POS_C
 mov rcx, NEG_D
 mov rcx, NEG_E
 mov rcx, -NEG_A
 mov rcx, NEG_A + 1
 mov qword ptr [rax], NEG_A
passreg MACRO v
 mov rdx, v
ENDM
 passreg NEG_A
 passreg POS_C
NEG_B = NEG_B + 1
 mov rcx, NEG_B
END

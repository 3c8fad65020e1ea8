; Neither string operand has a size (ml64 14.12: A2023).
.code
  movs [rdi], [rsi] ; ERROR A2023
END

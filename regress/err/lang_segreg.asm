; es:, cs:, ss: and ds: overrides in 64-bit code (ml64 14.12: A2202).
.code
  lods byte ptr ds:[rsi] ; ERROR A2202
END

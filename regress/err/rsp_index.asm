; rsp written as a scaled index is A2032, as ml64 14.12 says; unscaled,
; [rax+rsp] takes rsp as the base (obj/ml64/rspbase).
; oracle: ml64 14.12 (wine ml64 /c rsp_index.asm)
.code
 mov eax, [rax+rsp*1]    ; ERROR A2032
 mov eax, [rsp*2+rax]    ; ERROR A2032
end

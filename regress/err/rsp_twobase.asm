; rsp (or esp) twice without a scale is two bases, A2029 as ml64 14.12
; says; with a scale on either it is rsp as an index, A2032 (rsp_index).
; oracle: ml64 14.12 (wine ml64 /c rsp_twobase.asm)
.code
 mov eax, [rsp+rsp]      ; ERROR A2029
 mov eax, [esp+esp]      ; ERROR A2029
 mov eax, [rsp][rsp]     ; ERROR A2029
 mov eax, [rsp+rsp*1]    ; ERROR A2032
 mov eax, [rsp*1+rsp]    ; ERROR A2032
end

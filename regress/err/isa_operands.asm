; Wrong operands for the instruction families of issue 14: A2070, as ml64
; gives for a known instruction whose operands no form takes.  ml64 14.12
; itself was checked on the lfs/lgs, vmrun and monitorx lines (A2070); it
; knows none of the other mnemonics (A2008 there), so those lines follow
; the same rule: wrong register class, wrong addressing, no such form.
; A general register of the wrong size is A2022, as `mov eax, bl`.
; (Known difference: ml64 says A2070 for `lgs eax, tbyte ptr [rax]`, where
; the encoder ranks the wrong memory size A2022.)
        .data
cfg     BYTE 64 DUP (0)
        .code
f1 PROC
        tileloadd  tmm1, [rip+64]               ; ERROR A2070
        tileloadd  tmm1, cfg                    ; ERROR A2070
        tilestored [rax+rcx*4], xmm1            ; ERROR A2070
        tilezero   xmm0                         ; ERROR A2070
        tdpbssd    tmm0, tmm1, xmm2             ; ERROR A2070
        tdpbssd    tmm1, tmm1, tmm2             ; ERROR A2070
        tileloadd  tmm1, [rax+xmm2*4]           ; ERROR A2070
        vp2intersectd k1, zmm1, zmm2            ; ERROR A2070
        vp2intersectq k3, ymm1, ymm2            ; ERROR A2070
        vp2intersectd k2 {k1}, zmm1, zmm2       ; ERROR A2070
        vp2intersectd xmm2, xmm1, xmm2          ; ERROR A2070
        movdir64b  rax, [ecx]                   ; ERROR A2070
        enqcmd     eax, [rcx]                   ; ERROR A2070
        enqcmds    ax, [rcx]                    ; ERROR A2070
        loadiwkey  xmm1, [rax]                  ; ERROR A2070
        encodekey128 rax, rcx                   ; ERROR A2022
        {vex} vaddph xmm1, xmm2, xmm3           ; ERROR A2070
        {vex} vpdpbusd zmm1, zmm2, zmm3         ; ERROR A2070
        {vex} vpdpbusd xmm1 {k1}, xmm2, xmm3    ; ERROR A2070
        vfmaddcph  zmm1, zmm1, zmm2             ; ERROR A2070
        cmpbexadd  [rax], rcx, edx              ; ERROR A2022
        aadd       eax, ecx                     ; ERROR A2070
        vmrun      rcx                          ; ERROR A2070
        monitorx   rax, ecx, edx                ; ERROR A2070
        lgs        eax, [eax], 1                ; ERROR A2070
        senduipi   eax                          ; ERROR A2022
        ret
f1 ENDP
END

; The same prefix twice: ml64 14.12 says A2008 at the mnemonic.
.code
        lock lock add [rax], eax        ; ERROR A2008
END

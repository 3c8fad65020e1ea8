; An EQU constant redefined with another value (ml64 14.12: A2005).
limit EQU 720
limit EQU 721 ; ERROR A2005
END

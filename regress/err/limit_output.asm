; Three sections of 1 GiB each: the object would be over 2 GiB.
s1 SEGMENT
        ORG 3FFFFFF0h
        DB ?
s1 ENDS
s2 SEGMENT
        ORG 3FFFFFF0h
        DB ?
s2 ENDS
s3 SEGMENT
        ORG 3FFFFFF0h
        DB ?
s3 ENDS
END                                     ; FATAL A1904

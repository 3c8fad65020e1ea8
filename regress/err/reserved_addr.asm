; ml64 14.12 reserves ADDR: no data name (issue 11).
.data
addr    dd      1                       ; ERROR A2008
END

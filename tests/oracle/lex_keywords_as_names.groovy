def m = [in: 1, class: 2, def: 3, if: 4]
[m.in, m.def, m['class'], m.if]

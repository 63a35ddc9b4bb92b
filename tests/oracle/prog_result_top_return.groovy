def x = 10
if (x > 5) return 'early'
'late'

def r = [:]
r.tab = 'a\tb'
r.nl = "x\ny"
r.octal = "\101\102"
r.unicode = '\u00e9t\u00e9'
r.dollar = "cost \$5"
r.quote = 'it\'s'
r.backslash = 'a\\b'
r.cont = "abc\
def"
r

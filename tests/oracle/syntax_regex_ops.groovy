// Syntax coverage (regex ops): parsed and run like Groovy's own parser
def m = 'abc123' =~ /(\d+)/
def ok = 'abc' ==~ /a.c/
def p = ~/b+/
def found = m ? m[0][1] : null
['abbc'.replaceAll(p, 'X'), ok, found, 'a-b'.split(/-/) as List]

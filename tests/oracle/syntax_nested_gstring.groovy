// Syntax coverage (nested gstring): parsed and run like Groovy's own parser
def a = true, b = 5
def s1 = "${a ? "x${b}" : 'y'}"
a = false
def s2 = "${a ? "x${b}" : 'y'}"
def m = [k: [l: 'v']]
[s1, s2, "$m.k.l", "${m.k.l.size()}", "a${"b${"c${b}"}"}"]

int a = 3.7
long b = 2.9d
double c = 5
float f = 1.1
String s = 42
String s2 = [1, 2]
BigDecimal bd = 3
Integer i = 7L
boolean t1 = 'x'
boolean t2 = ''
boolean t3 = []
def l = 'abc' as List
def arr = [1, 2] as String[]
[a, b, c, f, s, s2, bd, i, t1, t2, t3, l, arr.toList(), [a, b, c, f, bd, i].collect { it.getClass().simpleName }]

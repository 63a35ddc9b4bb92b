// Syntax coverage (casts): parsed and run like Groovy's own parser
int i = 5
long l = i
double d = 1.5
char c = 'x'
boolean b = 'nonempty'
byte by = 1
short sh = 2
float f = 1.5f
BigDecimal bd = 2.50
BigInteger bi = 12345678901234567890
[i, l, d, c, b, by, sh, f, bd, bi, (int) 3.7, (String) null]

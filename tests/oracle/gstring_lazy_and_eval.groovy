def x = 1
def eager = "x=${x}"
def lazy = "x=${-> x}"
def closureStr = "c=${ -> x * 10 }"
x = 2
def r = [eager.toString(), lazy.toString(), closureStr.toString()]
x = 3
r << lazy.toString()
def sb = new StringBuilder("v:")
sb << "${x + 1}"
r << sb.toString()
r << "${x}".size()
r << ("a" + "${x}").getClass().simpleName
r << "${'nested ' + "${x}"}"
r << "${[1, 2].collect { it * x }}"
r << "sum=${(1..x).sum()}, max=${[x, 9].max()}"
r

// method pointers whose name is computed: `.&"$name"` and `.&(expr)`
def s = 'abc'
def n = 'toUpperCase'
def up = s.&"$n"
def pre = 'to'
def low = 'ABC'.&(pre + 'LowerCase')
def greet(String who) { "hi $who" }
def verb = 'greet'
def hello = this.&"${verb}"
def sz = [1, 2, 3].&'size'
[up(), low(), hello('bob'), ['x', 'y'].collect(hello), sz()]

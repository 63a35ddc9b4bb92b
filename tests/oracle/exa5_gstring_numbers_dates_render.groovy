def bd = 1.50
def dbl = 2.0d
def fl = 0.1f
def big = 12345678901234567890
def l = 5L
def ch = 'x' as char
def arr = [1, 2] as int[]
def strs = ['a', null] as String[]
def range = 1..3
def emptyR = 1..<1
["$bd", "$dbl", "$fl", "$big", "$l", "$ch", "$arr", "$strs", "$range", "$emptyR", "${[bd, dbl, fl]}", "${[k: bd]}",
 "${1/3}", "${-0.0d}", "${1e-10}", "${100.0 / 3}", "${(byte) 7}", "${true}"]

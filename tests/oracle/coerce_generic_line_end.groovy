// a type with generics may end a line: the `>` closes the type, the newline ends the statement
def raw = ['b', 'a']
def names = raw as List<String>
def isMap = [k: 1] instanceof Map<String, Integer>
Map<String, List<Map<String, Integer>>> deep = [x: [[y: 1]]]
names.sort()
[names, isMap, deep.x[0].y]

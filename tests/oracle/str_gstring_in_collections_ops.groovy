def k = 'b'
def list = ['a', "${k}", 'c']
def r = []
r << list.contains('b')
r << list.indexOf('b')
r << list.collect { it.getClass().simpleName }
r << (list - 'b')
r << list.join('-')
r << list.sort(false)
r << list.unique(false).size()
r << ('b' in list)
r << list.any { it == 'b' }
r << list.findIndexOf { it == 'b' }
r << list*.toString().contains('b')
r << (["${k}": 1].containsKey('b'))
r << ([(k): 1].containsKey('b'))
r << (['x': 1] + ["${k}": 2]).keySet().collect { it.getClass().simpleName }
r

def x = 'outer'
def res = []
def adders = (1..3).collect { i -> { y -> i + y } }
res << adders.collect { it(10) }
[1, 2].each { a ->
  [10, 20].each { b ->
    res << a * b
  }
}
def fn = { it2 -> [1, 2].collect { it * it2 } }
res << fn(3)
def counter = { def c = 0; return { ++c } }()
counter(); counter()
res << counter()
res << [3, 4].collect { def x2 = it; x2 * 2 }
res << x
res

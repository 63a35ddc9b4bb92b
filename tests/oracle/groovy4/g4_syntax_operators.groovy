// Groovy 3+ syntax: !in, !instanceof, ===, !==, ?[, ?=, do/while, lambdas,
// method references. Groovy 2.4 rejects all of it; expected output written for Groovy 4.
def r = [:]
r.notIn = 4 !in [1, 2, 3]
r.notInstanceof = "x" !instanceof Integer
def a = [1]
def b = a
r.identical = a === b
r.notIdentical = a !== [1]
def n = null
r.safeIndex = n?[0]
def x = null
x ?= "dflt"
r.elvisAssign = x
def i = 0
do { i++ } while (i < 3)
r.doWhile = i
def sq = (v) -> v * v
r.lambda = sq(5)
r.methodRef = ["a", "b"].collect(String::toUpperCase)
r

// closure classes are numbered in the order Groovy generates them: an assignment's value
// before its target, the script body before the methods, nested classes depth first
def a = { 1 }
def m() { def i = { -> return { 4 } }; [i.getClass().name, i().getClass().name] }
def "odd name"() { def c = { 5 }; c.getClass().name }
def map = [:]
map[{ 6 }.getClass().name] = { 7 }
def r = [a.getClass().name, m(), map.keySet().toList(), map.values()*.getClass()*.name]
def nested = { p -> [{ q -> return { 8 } }, { 9 }] }
r << nested(1)*.getClass()*.name
r << nested(1)[0](2).getClass().name
r << [1, 2].collect { v -> return { v } }.collect { it.getClass().name }
def x
x = { 11 }
r << x.getClass().name
r

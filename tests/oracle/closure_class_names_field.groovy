// closures in `@Field` initialisers belong to the script class itself (`script$_closure1`,
// no method part) and are numbered before the script body's
import groovy.transform.Field
@Field def fc = { 2 }
@Field def fd = { -> return { 3 } }
def a = { 1 }
def m() { def c = { 5 }; c.getClass().name }
[a.getClass().name, fc.getClass().name, fd.getClass().name, fd.call().getClass().name, m()]

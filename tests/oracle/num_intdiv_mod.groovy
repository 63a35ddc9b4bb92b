println 7.intdiv(2)
println (-7).intdiv(2)
println 7.intdiv(-2)
println 7L.intdiv(2)
println 7 % 3
println (-7 % 3)
println 7 % -3
println 7.mod(3)
println (-7).mod(3)
println 10L % 4
println 10G % 4
println 7.5d % 2
println (-7.5d) % 2
try { 7.intdiv(0) } catch (e) { println e.class.name + ': ' + e.message }
try { 7 % 0 } catch (e) { println e.class.name + ': ' + e.message }
try { 7.5.intdiv(2) } catch (e) { println e.class.name + ': ' + e.message }
try { 7.5 % 2 } catch (e) { println e.class.name + ': ' + e.message }
'ok'

def r = []
r << Eval.me('1 + 2')
r << Eval.x(4, 'x * x')
r << Eval.xy('a', 'b', 'x + y')
r << Eval.xyz(1, 2, 3, '[x, y, z].sum()')
r << Eval.me('k', [1, 2], 'k.size()')
r << Eval.me('def f(n) { n < 2 ? n : f(n - 1) + f(n - 2) }; f(10)')
r << Eval.me('println "inside"; 5')
r << Eval.me('return { it * 2 }').call(21)
try { Eval.me('1 +') } catch (e) { r << e.getClass().name }
try { Eval.me('undefinedName') } catch (e) { r << e.getClass().name << e.message }
r << Eval.me('def c = { -> 1 }; c').getClass().name
r

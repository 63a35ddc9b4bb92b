def l = [3, 8, 12, 5]
println l.find { it > 5 }
println l.find { it > 50 }
println l.findAll { it > 4 }
println l.findResult { it > 7 ? it * 10 : null }
println l.findResults { it > 7 ? it * 10 : null }
println l.any { it > 10 }
println l.every { it > 2 }
println l.find()
println ([0, null, '', 'x'].find())
println ([0, null, '', 'x', [], [1]].findAll())
println ([].every { false })
println ([].any { true })
println ([1, 2].split { it > 1 })
println ([a: 1, b: 5].find { it.value > 2 })
println ([a: 1, b: 5].find { k, v -> v > 2 }.key)
println ([a: 1, b: 5].findAll { k, v -> v > 2 })
println ([a: 1, b: 5].any { k, v -> v > 4 })
println ([a: 1, b: 5].every { it.value > 0 })
println (l.grep { it > 5 })
println ([1, 'a', 2.0, null].grep(Number))
println (['ab', 'cd', 'ae'].grep(~/a./))
(1..10).find { it * it > 50 }

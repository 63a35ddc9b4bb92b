println ([1, 2, 2] as Set)
println (([3, 1] as SortedSet).toList())
println ([a: 1] as String)
println ([1, 2] as String)
println ('12' as Long).getClass().simpleName
println ((1..3) as List)
println((['b', 'a'] as String[]).sort().toList())
println ([1, 2].toArray().length)
println (Arrays.asList(1, 2, 3))
println ([1, 2, 3].asList().getClass().simpleName)
println (new ArrayList([3, 4]) << 5)
println (new LinkedHashMap([b: 1, a: 2]))
println(((Object[]) [1, 'a']).length)
'x'

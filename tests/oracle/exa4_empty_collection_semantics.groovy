def none = []
[none.every { it > 0 }, none.any { it > 0 }, none.sum(), none.sum(0), none.max(), none.join(','), none.collect { it }, none.find { true },
 none.findAll { true }, none.groupBy { it }, none.unique(), none.sort(), none.inject(5) { a, b -> a + b }, none.count { true }, none ? 'full' : 'empty',
 [:].collect { k, v -> k }, [:].findAll { true }, [:].every { false }, [:].any { true }, [:].max { it.value }, [:] ? 'full' : 'empty']

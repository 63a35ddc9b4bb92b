def pairs = [[1, 1], [1, 1L], [1, 1G], [1, 1.0], [1, 1.0d], [1L, 2L], [1G, 1.5], [1.5, 1.5d], [1.0f, 1]]
pairs.collect { a, b -> (a + b).getClass().simpleName + ':' + (a * b) }

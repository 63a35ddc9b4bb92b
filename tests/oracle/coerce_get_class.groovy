[1, 1L, 1G, 1.5, 1.5d, 1.5f, 'x', "${1}", [], [:], [1] as Set, 1..2, true, { it }].collect { it.getClass().name }

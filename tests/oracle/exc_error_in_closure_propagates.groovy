def r = []; try { [1, 2, 0].each { r << 10 / it } } catch (ArithmeticException e) { r << e.message }; try { [a: 1].collect { k, v -> v.nope() } } catch (MissingMethodException e) { r << e.method }; r

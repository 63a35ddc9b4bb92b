'abc'.toInteger()

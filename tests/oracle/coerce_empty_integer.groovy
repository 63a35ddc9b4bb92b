''.toInteger()

def r = [:]
r.toInteger = '42'.toInteger()
r.toLong = '9999999999'.toLong()
r.toBigDecimal = '1.50'.toBigDecimal()
r.toDouble = '2.5'.toDouble()
r.isNumber = ['7', ' 7', '1e3', '.5', '5.', '', '1_000', '0x10', '1L', 'abc'].collect { it.isNumber() }
r.isInteger = ['7', '7.0', '99999999999'].collect { it.isInteger() }
r.toBoolean = ['true', 'TRUE', 'y', '1', 'false', 'yes', 'no'].collect { it.toBoolean() }
r.numToInt = 7.9.toInteger()
r.dblToBig = 0.1d.toBigDecimal()
r

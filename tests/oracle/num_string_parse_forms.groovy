def r = []
r << Integer.parseInt('-42')
r << Integer.valueOf('7').getClass().simpleName
r << Long.parseLong('9000000000')
r << Double.parseDouble('1e3')
r << Double.valueOf('.5')
r << new BigDecimal('1.230')
r << new BigDecimal('-1E+2')
r << '3.14'.toDouble()
r << '3.14'.toFloat()
r << '42'.toBigInteger().getClass().simpleName
r << ' 42 '.trim().toLong()
r << '1,234'.replace(',', '').toInteger()
r << '12.50'.toBigDecimal() * 2
r << ('0042' as int)
r << '-0'.toInteger()
r << '+5'.toInteger()
r << Integer.parseInt('+5')
r << '1e2'.toDouble().toInteger()
r

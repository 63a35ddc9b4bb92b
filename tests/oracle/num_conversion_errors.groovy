def tryIt(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
tryIt { 'abc'.toInteger() }
tryIt { ''.toInteger() }
tryIt { '1.5'.toInteger() }
tryIt { 'x' as Integer }
tryIt { Integer.parseInt('12a') }
tryIt { Long.parseLong('') }
tryIt { new BigDecimal('1,5') }
tryIt { '9999999999'.toInteger() }
tryIt { ' 5'.toInteger() }
tryIt { Double.parseDouble('abc') }
tryIt { '12'.toBigInteger() + 1 }
tryIt { Integer.valueOf('-12') }
tryIt { '0x10' as Integer }
'ok'

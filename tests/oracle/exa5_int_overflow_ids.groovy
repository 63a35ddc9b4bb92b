def ids = ['2147483647', '2147483648', '-2147483648', '9223372036854775807', '12345678901234567890']
ids.collect { s ->
    def r = [s]
    try { r << Integer.parseInt(s) } catch (NumberFormatException e) { r << e.message }
    try { r << Long.parseLong(s) } catch (NumberFormatException e) { r << e.message }
    r << s.toBigInteger()
    r << (s.isInteger() ? 'int' : s.isLong() ? 'long' : 'big')
    r
}

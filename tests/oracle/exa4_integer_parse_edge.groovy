def inputs = ["42", " 42 ", "042", "+7", "-0", "4.0", "1e3", "", null, "9999999999", "0x1A"]
inputs.collect { s ->
    def r = []
    try { r << (s as Integer) } catch (e) { r << e.getClass().simpleName }
    try { r << s?.toInteger() } catch (e) { r << e.getClass().simpleName }
    try { r << (s?.isNumber() ? s.toBigDecimal() : null) } catch (e) { r << e.getClass().simpleName }
    try { r << Integer.parseInt(s) } catch (e) { r << e.getClass().simpleName }
    r
}

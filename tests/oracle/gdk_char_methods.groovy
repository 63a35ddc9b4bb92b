def r = []
r << Character.isDigit('5' as char)
r << Character.isLetter('x' as char)
r << Character.isWhitespace(' ' as char)
r << Character.isUpperCase('A' as char)
r << Character.toUpperCase('b' as char)
r << Character.getNumericValue('7' as char)
r << ('a' as char) + 1
r << (('a' as char) + 1 as char)
r << ('z' as char).toString()
r << 'abc'.chars.collect { it as int }
r << 'hello'.toCharArray().findAll { it in ['l', 'o'] }.size()
r << 'hello'.toCharArray().findAll { it == 'l' as char }.size()
r << ('A'..'E').collect { it }
r << 'a'.isNumber()
r << 'abc'.every { Character.isLetter(it as char) }
r << ((int) ('A' as char))
r << String.valueOf('x' as char)
r << ('x' as char).isLetter()
r

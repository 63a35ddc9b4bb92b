def s = 'aB3 _-é\tZ'
def cs = s.toCharArray()
[cs.collect { Character.isLetter(it) ? 'L' : Character.isDigit(it) ? 'D' : Character.isWhitespace(it) ? 'W' : 'O' }.join(''),
 Character.toUpperCase('x' as char), Character.getNumericValue('7' as char), ('a' as char) + 1,
 (char) 65, (int) ('A' as char), 'A'.next(), 'Az'.next(), ('a'..'e').join(''), String.valueOf(cs, 0, 3), new String(cs).size(),
 s.collect { it }.findAll { it ==~ /\w/ }.join(), 'x' as char == 'x', 'é'.codePointAt(0), Character.isLetterOrDigit('_' as char)]

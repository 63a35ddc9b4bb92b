def sb = new StringBuilder()
sb.append('abc').append(1).append(null).append(2.5)
println sb
println sb.length()
sb.insert(0, '>')
sb.reverse()
println sb
sb.delete(3, sb.length())
println sb.toString()
sb.deleteCharAt(0)
println sb
sb << 'x' << 5
println sb
println sb.indexOf('x')
println sb.charAt(0)
def sb2 = new StringBuilder('init')
sb2.replace(0, 2, 'XY')
println sb2
println sb2.toString() == 'XYit'
def sbuf = new StringBuffer()
['a', 'b'].each { sbuf.append(it).append(',') }
println sbuf.toString()[0..-2]
"$sb|$sb2"

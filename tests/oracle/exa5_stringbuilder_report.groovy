def sb = new StringBuilder()
sb << 'Issue ' << replica.key << '\n'
sb.append('Labels: ').append(replica.labels.join(', ')).append('\n')
replica.comments.eachWithIndex { c, i -> sb.append("${i + 1}. ").append(c.body).append('\n') }
sb.insert(0, '== ')
def len = sb.length()
sb.deleteCharAt(len - 1)
def idx = sb.indexOf('Labels')
sb.replace(idx, idx + 6, 'Tags')
[sb.toString(), len, sb.length(), sb.charAt(3), sb.reverse().toString().take(5), new StringBuilder('abc').deleteCharAt(1).toString()]

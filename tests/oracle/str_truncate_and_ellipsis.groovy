def trunc = { String s, int n -> s == null ? null : s.size() <= n ? s : s.take(n - 3) + '...' }
def words = { String s, int n -> s.tokenize().take(n).join(' ') + (s.tokenize().size() > n ? ' …' : '') }
[trunc('short', 10), trunc('exactly ten', 11), trunc('this is a long summary line', 12), trunc(null, 5), trunc('', 3),
 words('one two three four', 2), words('one', 2), 'abcdef'[0..<3], 'abcdef'[-3..-1], 'abc'.take(0), 'abc'.drop(1).take(1)]

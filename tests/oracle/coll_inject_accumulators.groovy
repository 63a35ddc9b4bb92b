def words = ['apple', 'bob', 'cat', 'apple', 'dog', 'cat', 'apple']
def freq = words.inject([:]) { m, w -> m[w] = (m[w] ?: 0) + 1; m }
def longest = words.inject('') { a, b -> b.size() > a.size() ? b : a }
def running = [1, 2, 3, 4].inject([]) { acc, v -> acc << (acc ? acc[-1] + v : v) }
def nested = [[1, 2], [3, 4]].inject(0) { s, pair -> s + pair.sum() }
def joined = words.unique(false).inject { a, b -> "$a|$b" }
def byLen = words.toSet().inject([:].withDefault { [] }) { m, w -> m[w.size()] << w; m }
[freq, longest, running, nested, joined.toString(), byLen.collectEntries { k, v -> [k, v.sort()] }.sort()]

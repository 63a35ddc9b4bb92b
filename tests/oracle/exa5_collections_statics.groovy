def labels = ['ui', 'backend', 'ui', 'api', 'ui', 'db']
def r = [:]
def sorted = new ArrayList(labels)
Collections.sort(sorted)
r.sorted = sorted
r.freq = Collections.frequency(labels, 'ui')
r.max = Collections.max(labels)
r.min = Collections.min(labels, { a, b -> b.size() <=> a.size() } as Comparator)
def rev = labels.clone()
Collections.reverse(rev)
r.rev = rev
r.copies = Collections.nCopies(3, '-').join('')
r.empty = [Collections.emptyList(), Collections.emptyMap(), Collections.singletonList(7), Collections.singleton('x')]
def sw = [1, 2, 3, 4]
Collections.swap(sw, 0, 3)
r.swapped = sw
r.disjoint = [Collections.disjoint(labels, ['x', 'y']), Collections.disjoint(labels, ['db'])]
def target = ['a']
Collections.addAll(target, 'b', 'c')
r.added = target
r.unmod = Collections.unmodifiableMap([k: 1]).k
r

def hist = [[f: 'status', to: 'Open'], [f: 'priority', to: 'High'], [f: 'status', to: 'In Progress'], [f: 'status', to: 'Done']]
def latest = hist.inject([:]) { m, h -> m[h.f] = h.to; m }
def path = hist.findAll { it.f == 'status' }*.to.inject { a, b -> "$a > $b" }
def longest = hist*.to.inject { a, b -> a.size() >= b.size() ? a : b }
[latest, path, path.getClass().simpleName, longest]

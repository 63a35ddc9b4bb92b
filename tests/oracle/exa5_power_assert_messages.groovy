def r = []
def t = { Closure c -> try { c(); r << 'passed' } catch (AssertionError e) { r << e.message } }
def issue = [key: 'SUP-1', labels: ['a', 'b'], points: 3]
t { assert issue.points > 5 }
t { assert issue.labels.contains('c') : 'label c required' }
t { assert issue.key == 'SUP-2' }
t { assert issue.labels.size() == 2 && issue.points == 3 }
t { def x = null; assert x?.size() }
t { assert [1, 2, 3].sum() == 7 }
r

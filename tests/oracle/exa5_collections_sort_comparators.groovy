def people = [[n: 'bob', age: 31], [n: 'Ann', age: 25], [n: 'cid', age: 31], [n: 'dee', age: 25]]
def l1 = new ArrayList(people)
Collections.sort(l1, { a, b -> a.age <=> b.age } as Comparator)
def l2 = new ArrayList(people)
l2.sort(Comparator.comparing { it.n.toLowerCase() })
def l3 = people.sort(false, { a, b -> b.age <=> a.age ?: a.n <=> b.n } as Comparator)
def names = people*.n
def ci = names.sort(false, String.CASE_INSENSITIVE_ORDER)
def natural = names.sort(false)
def rev = names.sort(false).reverse()
def cmpRev = names.sort(false, Collections.reverseOrder())
[l1*.n, l2*.n, l3*.n, ci, natural, rev, cmpRev, people.min { it.age }.n, people.max { it.age }.n, people*.n]

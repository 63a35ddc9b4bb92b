// String.CASE_INSENSITIVE_ORDER as a Comparator; Java's List.sort(Comparator) sorts in place and returns null
def names = ['b','A','c']
def r1 = names.sort(String.CASE_INSENSITIVE_ORDER)
def n2 = ['x','Y','a'].sort(false, String.CASE_INSENSITIVE_ORDER)
def n3 = ['x','Y','a'] as Set
def s3 = n3.sort(false, String.CASE_INSENSITIVE_ORDER)
def l4 = ['q','P','o']
Collections.sort(l4, String.CASE_INSENSITIVE_ORDER)
def u = ['a','A','b'].unique(String.CASE_INSENSITIVE_ORDER)
def t = ['Zeta','alpha'].toSorted(String.CASE_INSENSITIVE_ORDER)
[r1: r1, names: names, n2: n2, s3: s3, l4: l4, u: u, t: t, cmp: String.CASE_INSENSITIVE_ORDER.compare('a','B'), cls: String.CASE_INSENSITIVE_ORDER.getClass().name]

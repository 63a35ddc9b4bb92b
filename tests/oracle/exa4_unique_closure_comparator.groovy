def people = replica.comments*.author + [replica.reporter, replica.assignee]
def uniq = people.unique(false) { it.displayName }
def byEmailDomain = people.findAll { it.email }.unique(false) { a, b -> a.email.tokenize('@')[1].toLowerCase() <=> b.email.tokenize('@')[1].toLowerCase() }
def nums = [3, 1, 3, 2, 1]
def u = nums.unique(false)
[uniq*.displayName, byEmailDomain*.displayName, u, nums, nums.toUnique(), nums.unique(), nums]

def dates = replica.comments*.created
def newest = dates.max()
def oldest = dates.min()
def after = replica.comments.findAll { it.created > "2024-02-12" }*.id
def sameDay = dates.groupBy { it[0..9] }.findAll { k, v -> v.size() > 1 }.keySet()
def cutoff = "2024-02-12T10:30:00.000+0000"
[newest, oldest, after, sameDay, dates.count { it >= cutoff }, "2024-02-09" < "2024-02-10", "2024-2-9" < "2024-02-10"]

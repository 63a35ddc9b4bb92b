// page through a list the way REST-paging scripts do
def all = replica.comments + replica.comments.collect { it + [id: it.id + 100] }
def pageSize = 2
def start = 0
def pages = []
while (true) {
    def page = all.drop(start).take(pageSize)
    if (!page) break
    pages << page*.id
    start += pageSize
    if (start > 100) throw new IllegalStateException("runaway")
}
int i = 0
def acc = 0
while (i < all.size()) { acc += all[i++].id }
[pages, acc, i]

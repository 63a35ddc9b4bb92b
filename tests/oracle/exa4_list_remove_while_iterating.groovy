def labels = new ArrayList(replica.labels)
def removed = []
def it2 = labels.iterator()
while (it2.hasNext()) {
    def l = it2.next()
    if (l.trim().equalsIgnoreCase("backend")) { it2.remove(); removed << l }
}
def err = null
try {
    def copy = new ArrayList(replica.labels)
    copy.each { if (it == "Login") copy.remove(it) }
} catch (ConcurrentModificationException e) {
    err = e.getClass().simpleName
}
[labels, removed, err]

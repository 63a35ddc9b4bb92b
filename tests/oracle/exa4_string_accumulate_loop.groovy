def out = ""
def i = 0
for (c in replica.comments) {
    if (c.internal) continue
    out += (i++ > 0 ? "\n---\n" : "") + "#${c.id} ${c.body.readLines()[0]}"
}
def csv = ""
replica.attachments.eachWithIndex { a, idx ->
    csv += idx ? "," : ""
    csv += "\"${a.filename}\""
}
out += "\n(${i} public)"
[out, csv, out.class.simpleName, csv.count(',')]

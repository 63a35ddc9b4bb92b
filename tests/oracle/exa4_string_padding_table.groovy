def rows = replica.attachments.collect { a ->
    [a.filename.padRight(18), a.mimetype.padRight(26, '.'), (a.filesize.intdiv(1024) + " KB").padLeft(10)].join("|")
}
def header = "Name".center(18, '-') + "|" + "Type".center(26) + "|" + "Size".padLeft(10)
([header] + rows).join("\n")

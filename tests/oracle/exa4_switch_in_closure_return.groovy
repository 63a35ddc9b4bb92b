def classify = { att ->
    switch (att.mimetype) {
        case ~/image\/.*/:
            return att.filesize > 1024 * 1024 ? "large image" : "image"
        case "text/plain":
            if (att.filename.endsWith(".log")) return "log"
            return "text"
        default:
            break
    }
    "other"
}
def kinds = replica.attachments.collect(classify)
def counts = kinds.countBy { it }
[kinds, counts]

def atts = replica.attachments + [[id: 9004, filename: "b.png", filesize: 100, mimetype: "image/png", created: "2024-02-13T09:00:00.000+0000"]]
def byType = atts.groupBy { it.mimetype.tokenize('/')[0] }
def nested = atts.groupBy({ it.mimetype.tokenize('/')[0] }, { it.created.take(10) })
def sizes = byType.collectEntries { t, list -> [t, list*.filesize.sum()] }
def biggestPerType = byType.collectEntries { t, list -> [t, list.max { it.filesize }.filename] }
[byType.keySet() as List, nested.image.keySet() as List, sizes, biggestPerType, nested.collect { k, v -> "$k:${v.size()}" }]

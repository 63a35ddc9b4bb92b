import groovy.json.JsonOutput
def toAdf = { String text ->
    [type: "doc", version: 1, content: text.split(/\n{2,}/).collect { para ->
        [type: "paragraph", content: para.readLines().withIndex().collectMany { line, i ->
            i == 0 ? [[type: "text", text: line]] : [[type: "hardBreak"], [type: "text", text: line]]
        }]
    }]
}
def doc = toAdf("First line\nsecond line\n\nNew paragraph")
def json = JsonOutput.toJson(doc)
[doc.content.size(), doc.content[0].content*.type, json.size(), json.take(60)]

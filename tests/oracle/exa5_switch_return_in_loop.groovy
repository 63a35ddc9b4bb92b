def classify(List<Map> cs) {
    def out = []
    for (c in cs) {
        switch (c.type) {
            case 'skip':
                continue
            case 'stop':
                return out + ['stopped']
            case ~/note.*/:
                out << "n:${c.v}"
                break
            default:
                out << "?:${c.type}"
        }
        out << '|'
    }
    out
}
[classify([[type: 'note', v: 1], [type: 'skip'], [type: 'noteX', v: 2], [type: 'weird'], [type: 'stop'], [type: 'note', v: 3]]), classify([])]

def route = { Map t ->
    switch (t.kind?.toLowerCase()) {
        case ['bug', 'defect']:
            switch (t.sev) {
                case 1: return 'P1-bug'
                case 2..3: return 'P2-bug'
                default: return 'P3-bug'
            }
        case ~/feat.*/: return 'feature'
        case null: return 'no-kind'
        case { it.size() > 10 }: return 'long-kind'
        default: return "other:${t.kind}"
    }
}
[[kind: 'Bug', sev: 1], [kind: 'DEFECT', sev: 3], [kind: 'bug'], [kind: 'Feature Request'], [:], [kind: 'Infrastructure'], [kind: 'Chore']].collect(route)

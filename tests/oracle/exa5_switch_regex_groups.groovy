def parse(String s) {
    switch (s) {
        case ~/([A-Z]+)-(\d+)/:
            return [project: java.util.regex.Matcher.lastMatcher.group(1), num: java.util.regex.Matcher.lastMatcher.group(2) as int]
        case ~/#(\d+)/:
            return [gh: java.util.regex.Matcher.lastMatcher.group(1)]
        default:
            return null
    }
}
['SUP-42', '#17', 'none', 'ABC-007'].collect { parse(it) }

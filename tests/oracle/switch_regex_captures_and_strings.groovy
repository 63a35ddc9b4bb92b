def parse(s) {
  switch (s) {
    case ~/(?i)^fix(ed)?:.*/: return 'fix'
    case ~/^[A-Z]+-\d+$/: return 'key'
    case ~/.*\burgent\b.*/: return 'urgent'
    case '': return 'empty'
    case 'N/A': return 'na'
    default: return 'other'
  }
}
['Fixed: crash', 'fix: x', 'ABC-12', 'abc-12', 'very urgent now', 'urgently', '', 'N/A', 'n/a'].collect { parse(it) }

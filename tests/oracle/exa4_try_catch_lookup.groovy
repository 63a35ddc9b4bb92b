def teams = [Identity: 12, Payments: 7]
def lookupTeam(Map teams, String name) {
    if (!teams.containsKey(name)) throw new IllegalArgumentException("Unknown team: " + name)
    teams[name]
}
def results = ["Identity", "Search", null].collect { n ->
    try {
        lookupTeam(teams, n)
    } catch (IllegalArgumentException e) {
        println "warn: ${e.message}"
        -1
    } finally {
        println "looked up $n"
    }
}
def parsed = ["12", "x1", "", " 7 "].collect { s ->
    try { s.trim() as Integer } catch (NumberFormatException e) { e.getClass().simpleName }
}
[results, parsed]

// switch over a script enum, an enum used in a method above its declaration, and in closures
String label(Severity s) {
    switch (s) {
        case Severity.CRITICAL:
            return "page someone"
        case Severity.MAJOR:
        case Severity.MINOR:
            return "ticket"
        default:
            return "ignore"
    }
}

enum Severity { CRITICAL, MAJOR, MINOR, TRIVIAL }

def byName = Severity.values().collectEntries { [(it.name()): label(it)] }
def remote = replica.priority?.name?.toUpperCase()
def sev = Severity.values().find { it.name() == remote } ?: Severity.TRIVIAL
issue.priority = label(sev)
[byName, sev.name(), issue]

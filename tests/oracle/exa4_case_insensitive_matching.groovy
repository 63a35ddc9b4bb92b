def status = "  RESOLVED "
def norm = status.trim().toLowerCase()
def mapped = [resolved: "Done", "in progress": "In Progress"][norm]
def match = ["Resolved", "Closed"].find { it.equalsIgnoreCase(status.trim()) }
def viaRegex = status ==~ /(?i)\s*resolved\s*/
def containsAny = ["urgent", "blocker"].any { replica.labels*.toLowerCase()*.trim().contains(it) }
[mapped, match, viaRegex, containsAny, "Login".compareToIgnoreCase("LOGIN"), replica.labels.collect { it.toLowerCase().trim() }.toSet().size()]

def mapType(String remoteType) {
    switch (remoteType) {
        case "Bug":
        case "Defect":
            return "Bug"
        case ["Story", "User Story", "Feature"]:
            return "Story"
        case ~/(?i)epic.*/:
            return "Epic"
        case { it?.endsWith("Task") }:
            return "Task"
        default:
            return "Task"
    }
}
["Bug", "Defect", "User Story", "EPIC link", "Sub-Task", "Incident", null].collect { mapType(it) }

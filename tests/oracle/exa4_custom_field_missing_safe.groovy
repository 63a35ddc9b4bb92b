def cf = replica.customFields
def get = { String name -> cf[name]?.value }
def values = ["Story Points", "Nope", "Team", "Sprint"].collect { get(it) }
def team = cf."Team"?.value?.value ?: "Unassigned"
def nope = cf."Does Not Exist"?.value?.value ?: "default"
try {
    def boom = cf."Does Not Exist".value
    println "no exception"
} catch (NullPointerException e) {
    println "NPE: ${e.message}"
}
[values.size(), values[0], values[1], team, nope]

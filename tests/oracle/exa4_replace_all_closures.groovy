def desc = "Contact bob@partner.example or ANN@corp.example; ticket SUP-9 links DEV-12."
def masked = desc.replaceAll(/([\w.]+)@([\w.]+)/) { all, user, domain -> "${user[0]}***@${domain}" }
def linked = desc.replaceAll(/\b([A-Z]+)-(\d+)\b/) { m -> "[${m[0]}](https://jira.example/browse/${m[0]})" }
def upper = desc.replaceAll(/\b[a-z]{3}\b/) { it.toUpperCase() }
def first = desc.replaceFirst(/\d+/) { (it as int) * 10 }
[masked, linked, upper, first]

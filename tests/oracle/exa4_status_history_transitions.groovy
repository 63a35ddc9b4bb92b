def history = [
  [from: "Open", to: "In Progress", at: "2024-02-11T09:00"],
  [from: "In Progress", to: "Waiting", at: "2024-02-12T11:30"],
  [from: "Waiting", to: "In Progress", at: "2024-02-13T08:00"],
  [from: "In Progress", to: "Resolved", at: "2024-02-14T17:00"]
]
def toMin = { String t -> def (d, hm) = t.split('T'); def (h, m) = hm.split(':')*.toInteger(); d[-2..-1].toInteger() * 1440 + h * 60 + m }
def durations = [:].withDefault { 0 }
history.eachWithIndex { h, i ->
    if (i > 0) durations[history[i - 1].to] += toMin(h.at) - toMin(history[i - 1].at)
}
def path = [history[0].from] + history*.to
[durations, path.join(' > '), path.count('In Progress'), durations.max { it.value }.key]

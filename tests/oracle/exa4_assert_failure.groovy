def key = replica.key
assert key ==~ /[A-Z]+-\d+/
def points = replica.customFields."Story Points".value
assert points instanceof Integer : "points must be an Integer"
assert replica.labels.size() < 3 : "too many labels: ${replica.labels.size()}"
"unreachable"

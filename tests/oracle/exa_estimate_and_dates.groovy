def est = issue.estimate
def hours = est * 8
def days = (hours / 8).setScale(0, java.math.RoundingMode.CEILING)
def updated = replica.updated.tokenize('-')*.toInteger()
[hours, hours.class.name, days, est.scale(), updated, updated[0] > 2023, String.format('%dh', hours as int)]

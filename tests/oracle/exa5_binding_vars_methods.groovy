counter = 0
def bump() { counter++ }
labels = replica.labels.collect { it.toUpperCase() }
def readLabels() { labels.size() }
3.times { bump() }
issue.summary = "[${replica.key}] ${replica.summary}"
issue.labels = labels
def local = 'not a binding'
[counter, readLabels(), local]

def desc = replica.description ?: ''
def header = "Synced from ${replica.key} (${replica.priority?.name ?: 'n/a'})"
def body = [header, '-' * header.size(), desc ?: '_no description_'].join('\n')
def steps = issue.description.readLines().findAll { it ==~ /\d+\. .*/ }.collect { it.replaceFirst(/^\d+\. /, '') }
[body, steps, issue.description.split('\n').size(), header.padRight(40, '.').size()]

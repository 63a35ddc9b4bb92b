def desc = replica.description ?: ''
def refs = (desc =~ /CR-(\d+)/).collect { it[1] as Integer }
def steps = desc.readLines().findAll { it ==~ /^\d+\.\s.*/ }.collect { it.replaceFirst(/^\d+\.\s*/, '') }
def m = desc =~ /(?m)^Actual:\s*(.+)$/
def actual = m.find() ? m.group(1) : null
def errorCode = (desc =~ /error (\d{3})/) ? (desc =~ /error (\d{3})/)[0][1].toInteger() : -1
[refs, refs.max(), steps, actual, errorCode, desc.find(/CR-\d+/), desc.findAll(/\d+/).size()]

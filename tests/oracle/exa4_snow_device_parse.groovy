def info = [:]
replica.description.eachLine { line ->
    def m = line =~ /^(\w+(?: \w+)?):\s*(.*)$/
    if (m.matches()) info[m.group(1).toLowerCase().replace(' ', '_')] = m.group(2).trim()
}
def zd = (replica.description =~ /ZD#(\d+)/)
def zdId = zd ? zd[0][1].toLong() : null
def osVersion = info.os?.find(/[\d.]+/)
[info, zdId, osVersion, osVersion?.tokenize('.')?.collect { it as int }]

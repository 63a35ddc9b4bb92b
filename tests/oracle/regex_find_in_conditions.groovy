def keys = []
def texts = ['Fixes JIRA-12 and JIRA-7', 'no key here', 'See ABC-100']
texts.each { t ->
  def m = t =~ /([A-Z]+)-(\d+)/
  if (m) {
    keys << m.group(1) + '#' + m.group(2)
    while (m.find()) { keys << 'more:' + m.group() }
  } else {
    keys << 'none'
  }
}
def first = texts.collect { (it =~ /\d+/) ? (it =~ /\d+/)[0] : null }
[keys, first]

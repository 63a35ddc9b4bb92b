def cfs = [customfield_10010: [value: "A"], customfield_10020: [value: null], summary: [value: "x"], customfield_9: [value: 3]]
def custom = cfs.findAll { k, v -> k.startsWith('customfield_') && v.value != null }
def ids = custom.keySet().collect { (it - 'customfield_') as Integer }.sort()
def maxId = ids.max()
def renamed = custom.collectEntries { k, v -> ["cf" + k.split('_')[1], v.value] }
[ids, maxId, renamed, custom.size()]

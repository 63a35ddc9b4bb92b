def statusMap = ['To Do': 'Open', 'In Progress': 'Waiting for Support', 'Done': 'Resolved']
def reverse = statusMap.collectEntries { k, v -> [v, k] }
def local = reverse[replica.status.name]
def fallbacks = ['Waiting for Customer', 'Unknown'].collect { reverse.get(it, 'To Do') }
def all = statusMap.keySet() + reverse.keySet()
[local, fallbacks, all.size(), reverse.size(), statusMap.containsValue('Resolved'), reverse.find { k, v -> v == 'Done' }?.key]

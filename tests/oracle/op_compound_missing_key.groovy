def m = [:]
m.count += 1

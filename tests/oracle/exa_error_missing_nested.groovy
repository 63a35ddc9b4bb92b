def tier = replica.customFields."Customer Tier".value
def env = replica.customFields."Environment".value.child.value
println "$tier/$env"
def res = replica.resolution.name
'unreachable'

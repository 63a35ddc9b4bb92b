issue.customFields."Customer Tier".value = 'x'
println 'first ok'
issue.customFields."Not There".value = replica.customFields."Customer Tier".value
'unreachable'

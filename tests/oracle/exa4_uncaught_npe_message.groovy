// a typical failure: a field the remote side never sends
def tier = replica.customFields."Customer Tier".value.value
def env = replica.customFields."Environmnt".value
"unreachable ${tier} ${env}"

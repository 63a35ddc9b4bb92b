def café = 'au lait'
def ñ = 3
"$café ${ñ * 2}"

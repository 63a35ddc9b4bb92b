def comments = replica.comments
println "last: ${comments[-1].id}"
println "missing: ${comments[10]?.id}"
def arr = replica.key.split('-')
println "parts: ${arr[0]} ${arr[1]}"
arr[2]

println (double) 5
println((int) 7.9)
'ok'

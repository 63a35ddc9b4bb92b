println replica.labels
println replica.customFields."Story Points"
println([a: 1, b: [c: null, d: [1, 2]]])
println null
println "key=${replica.key}"
println 1.50
println 2.5d
println 10 / 4
println([1, 'two', 3.0, null, [x: 'y']])
println replica.fixVersions*.name
print "no newline"
print 42
println()
printf("%s has %d labels%n", replica.key, replica.labels.size())
printf("%-8s|%5.1f%n", ["ab", 3.14159] as Object[])
System.out.println("via System.out")
System.out.print("x")
System.out.println()
def sb = new StringBuilder("sb")
println sb
println([] as Set)
println 'a' as char
println(['k': 'v'].entrySet().first())
'done'

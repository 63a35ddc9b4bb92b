def k = replica.key            // SUP-142
def d = replica.description
[k[0], k[-1], k[0..2], k[4..-1], k[-3..-1], k.getAt(1), k[0..<3], d[0..4], d.readLines()[-1][-7..-1], k.reverse()[0..2].reverse(), k[2..0]]

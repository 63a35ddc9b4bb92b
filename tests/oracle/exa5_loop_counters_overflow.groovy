short s = 32767
s++
byte b = 127
b += 1
char c = 'y'
c++
c++
int i = 0
def steps = 0
for (int k = Integer.MAX_VALUE - 3; k > 0 && steps < 10; k++) { steps++ }
long checksum = 0
replica.key.each { ch -> checksum = (checksum * 131 + (ch as char)) % 1000000007L }
int wrap = 0
1000.times { wrap += 3000000 }
[s, b, c, steps, checksum, wrap, 3000000 * 1000, 3000000L * 1000]

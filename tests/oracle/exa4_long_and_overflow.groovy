def secs = replica.originalEstimate     // 28800
def ms = secs * 1000 * 1000 * 10
def msL = secs * 1000L * 1000 * 10
def big = 2147483647 + 1
def bigL = 2147483647L + 1
[ms, msL, big, bigL, Integer.MAX_VALUE * 2, (Integer.MAX_VALUE as long) * 2, 10000000000, 10000000000.class.simpleName, 3000000000.intValue(), 300 as byte]

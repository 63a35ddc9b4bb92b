// a script enum: constants, name(), ordinal(), toString, values(), valueOf, ==
enum Level { LOW, MEDIUM, HIGH }

def l = Level.valueOf("MEDIUM")
[
    l.name(), l.ordinal(), l.toString(), "${l}", l,
    Level.values().size(), Level.values()*.name(), Level.values().collect { it.ordinal() },
    l == Level.MEDIUM, l == Level.HIGH, l.is(Level.MEDIUM), l.equals(Level.MEDIUM),
    Level.LOW.name() + "/" + Level.HIGH,
    [Level.HIGH, Level.LOW].contains(Level.LOW),
    [(Level.LOW): 1][Level.LOW],
]

// comparisons, iteration, sorting, properties and string forms of script enum constants
enum Stage { NEW, ACTIVE, RESOLVED, CLOSED }

def order = []
for (s in Stage.values()) {
    order << s.name().toLowerCase()
}
def sorted = [Stage.CLOSED, Stage.NEW, Stage.RESOLVED].sort()
def byStage = Stage.values().collectEntries { [it, it.ordinal() * 10] }
[
    order, sorted, byStage,
    Stage.RESOLVED.compareTo(Stage.NEW), Stage.ACTIVE < Stage.CLOSED, Stage.NEW > Stage.ACTIVE,
    Stage.ACTIVE in [Stage.ACTIVE, Stage.NEW], Stage.CLOSED in [Stage.NEW],
    "stage ${Stage.NEW} -> ${Stage.ACTIVE.name().toLowerCase()}",
    Stage.valueOf("CLOSED").ordinal(),
    Stage.values().findAll { it.ordinal() % 2 == 0 }*.name(),
    Stage.NEW.hashCode() == Stage.NEW.hashCode(),
]

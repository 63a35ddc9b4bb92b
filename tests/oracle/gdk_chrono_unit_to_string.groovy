import java.time.temporal.ChronoUnit
import java.time.*
def r = []
r << ChronoUnit.DAYS.toString()
r << "${ChronoUnit.HOURS}"
r << ChronoUnit.MINUTES.name()
r << String.valueOf(ChronoUnit.MONTHS)
r << [ChronoUnit.DAYS, ChronoUnit.WEEKS].toString()
r << ChronoUnit.DAYS.between(LocalDate.of(2024,1,1), LocalDate.of(2024,3,1))
r << ChronoUnit.HALF_DAYS.toString()
println ChronoUnit.MILLIS
r

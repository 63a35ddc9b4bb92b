def t = java.time.LocalDateTime.of(2024, 3, 15, 10, 20, 30)
def z = java.time.ZonedDateTime.parse('2024-03-15T10:20:30Z')
[t.withNano(5).toString(), t.withSecond(1).toString(), t.withMinute(2).toString(), t.withHour(3).toString(),
 t.withDayOfMonth(4).toString(), t.toLocalDate().toString(), t.toLocalDate().atStartOfDay().toString(),
 z.withHour(23).toString(), z.toLocalDate().toString(), java.time.LocalDate.of(2024, 1, 31).atStartOfDay().toString()]

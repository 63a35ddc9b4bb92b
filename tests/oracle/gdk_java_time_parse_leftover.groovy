def r = []
try { java.time.LocalDate.parse('2024-01-01x') } catch (e) { r << e.message }
try { java.time.LocalDateTime.parse('2024-01-01T10:00:00Z') } catch (e) { r << e.message }
r << java.time.LocalDate.parse('2024-02-29').atStartOfDay().toString()
r

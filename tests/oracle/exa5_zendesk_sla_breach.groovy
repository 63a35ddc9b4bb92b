import java.time.*
def created = Instant.parse('2024-03-04T22:00:00Z')
def events = [[t: '2024-03-05T01:00:00Z', kind: 'reply'], [t: '2024-03-06T09:30:00Z', kind: 'reply'], [t: '2024-03-07T10:00:00Z', kind: 'solve']]
def targets = [firstReply: Duration.ofHours(4), resolution: Duration.ofHours(48)]
def firstReply = Duration.between(created, Instant.parse(events.find { it.kind == 'reply' }.t))
def resolution = Duration.between(created, Instant.parse(events.find { it.kind == 'solve' }.t))
[firstReply.toMinutes(), resolution.toHours(), firstReply.compareTo(targets.firstReply) <= 0, resolution > targets.resolution,
 resolution.minus(targets.resolution).toMinutes(), String.format('%dh %02dm', resolution.toHours(), resolution.toMinutes() % 60), targets.resolution.toString()]

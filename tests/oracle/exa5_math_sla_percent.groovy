def slas = [[name: 'response', target: 240, used: 180], [name: 'resolution', target: 2880, used: 3100], [name: 'update', target: 0, used: 10]]
slas.collect { s ->
    def pct = s.target ? Math.round(s.used * 100.0d / s.target) : -1
    def ratio = s.target ? (s.used / s.target) : null
    [s.name, pct, ratio, Math.min(100, pct), Math.ceil(s.used / 60.0d) as int, Math.max(0, s.target - s.used)]
}

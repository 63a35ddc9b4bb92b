def grade(s) {
    if (s >= 90) 'A'
    else if (s >= 80) 'B'
    else if (s >= 70) { 'C' }
    else 'F'
}
[95, 85, 75, 10].collect { grade(it) }

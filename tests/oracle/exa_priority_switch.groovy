def p
switch (replica.priority?.name) {
    case ['Highest', 'High']: p = 'P1'; break
    case 'Medium': p = 'P2'; break
    default: p = 'P3'
}
issue.priority = [name: p]
p

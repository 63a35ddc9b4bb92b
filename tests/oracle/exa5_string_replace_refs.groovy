def d = 'Ticket SUP-12 relates to SUP-7 and OPS-100'
[d.replaceAll(/([A-Z]+)-(\d+)/, '$2@$1'), d.replaceAll(/([A-Z]+)-(\d+)/) { all, p, n -> "${p.toLowerCase()}#${n.padLeft(4, '0')}" },
 d.replaceFirst(/SUP-\d+/, '[redacted]'), d.replace('SUP', 'HELP'), d.replaceAll('\\s+', ' '), 'a.b.c'.replace('.', '\\'),
 'cost: $5'.replaceAll(/\$(\d)/, 'USD $1'), 'x'.replaceAll(/x/, java.util.regex.Matcher.quoteReplacement('$1')),
 d.findAll(/[A-Z]+-\d+/), d.find(/(\w+)-(\d+)/) { m, p, n -> n as int }, (d =~ /OPS-(\d+)/)[0][1]]

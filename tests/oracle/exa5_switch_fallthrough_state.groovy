def out = []
['1', '2', '3', '6', '7', '8', 'x'].each { code ->
    def tags = []
    switch (code) {
        case '1':
            tags << 'new'
        case '2':
            tags << 'active'
            break
        case ['3', '4', '5']:
            tags << 'waiting'
            break
        case ~/[67]/:
            tags << 'resolved'
            if (code == '7') { tags << 'closed'; break }
        case '8':
            tags << 'cancel-path'
            break
        default:
            tags << 'unmapped'
    }
    out << "$code=${tags.join('+')}"
}
out

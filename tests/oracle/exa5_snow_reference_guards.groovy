def refs = [entity.assignment_group, entity.caller_id, null, [display_value: '', link: 'x'], [display_value: 'Eve']]
refs.collect { r ->
    def name = (r && r != '') ? (r.display_value ?: '(blank)') : '(none)'
    def link = r instanceof Map ? r.link?.tokenize('/')?.last() : null
    [name, link, r as boolean, r?.getClass()?.simpleName]
}

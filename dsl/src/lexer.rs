//! Lexer: a logos token enum plus a hand-written driver (GStrings, significant newlines,
//! slashy strings). Entry point: `lex`.

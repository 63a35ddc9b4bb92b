//! IR dumps of small fixtures (`fixtures/ir/*.groovy`): slots, cells, captures, bindings
//! and method groups as the resolver assigns them.

use syncscript_runtime::Engine;

#[test]
fn ir_fixtures() {
    insta::glob!("fixtures/ir/*.groovy", |path| {
        let text = std::fs::read_to_string(path).unwrap().replace("\r\n", "\n");
        let file = syncscript_dsl::SourceFile::new("fixture.groovy", text);
        let program = Engine::new().compile(&file).expect("fixture compiles");
        insta::assert_snapshot!(program.dump());
    });
}

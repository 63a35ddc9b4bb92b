//! Declarations: types (`Map<String, List<Integer>>`, `String[]`), modifiers and
//! annotations, variable declarations, methods, classes/interfaces/enums/traits and
//! imports (§9, §11).

use super::closure::is_ident_like;
use super::{PResult, Parser};
use crate::ast::{
    AstExpr, ClassDef, ClassKind, ClassMember, Ident, Import, MethodDef, Modifiers, Name, Stmt,
    TypeRef, VarDecl, VarDeclarator,
};
use crate::source::{Span, Spanned};
use crate::token::{Kw, Punct, TokenKind};

/// Whether `name` is a Java primitive type (or `void`).
pub(crate) fn is_primitive(name: &str) -> bool {
    matches!(
        name,
        "boolean" | "byte" | "char" | "short" | "int" | "long" | "float" | "double" | "void"
    )
}

/// Groovy's rule for telling `Type name` from a command expression `cmd arg`: the type is
/// a primitive or its last segment starts with an upper-case letter.
pub(crate) fn looks_like_type(ty: &TypeRef) -> bool {
    is_primitive(&ty.name)
        || ty
            .name
            .rsplit('.')
            .next()
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
}

const fn is_primitive_kw(k: Kw) -> bool {
    matches!(
        k,
        Kw::Boolean
            | Kw::Byte
            | Kw::Char
            | Kw::Short
            | Kw::Int
            | Kw::Long
            | Kw::Float
            | Kw::Double
            | Kw::Void
    )
}

/// Modifier keywords usable before a declaration (`default` only inside a class body).
pub(crate) const fn is_modifier(k: Kw) -> bool {
    matches!(
        k,
        Kw::Public
            | Kw::Private
            | Kw::Protected
            | Kw::Static
            | Kw::Final
            | Kw::Abstract
            | Kw::Synchronized
            | Kw::Transient
            | Kw::Volatile
            | Kw::Native
            | Kw::Strictfp
    )
}

/// What a declaration turned out to be.
pub(crate) enum Decl {
    Var(VarDecl),
    Multi(Vec<(Option<TypeRef>, Ident)>, AstExpr),
    Method(MethodDef),
    Class(ClassDef),
}

impl Decl {
    /// The statement form.
    pub(crate) fn into_stmt(self) -> Stmt {
        match self {
            Decl::Var(v) => Stmt::VarDecl(v),
            Decl::Multi(vars, init) => Stmt::MultiDecl {
                vars,
                init: Box::new(init),
            },
            Decl::Method(m) => Stmt::Method(Box::new(m)),
            Decl::Class(c) => Stmt::Class(Box::new(c)),
        }
    }
}

impl Parser {
    /// `type`: a dotted name, optional generic arguments, optional `[]` suffixes.
    pub(crate) fn type_ref(&mut self) -> PResult<TypeRef> {
        let start = self.start();
        // The first segment: an identifier's shared name is reused as is (no allocation
        // for the common one-word type); a keyword's text is borrowed until a name is
        // needed.
        let (first, first_kw): (Option<Name>, &'static str) = match self.tok() {
            Some(TokenKind::Ident) => (self.tok_name().cloned(), ""),
            Some(TokenKind::Keyword(k))
                if is_primitive_kw(k) || k == Kw::Def || self.nth_is_punct(1, Punct::Dot) =>
            {
                (None, k.as_str())
            }
            _ => return Err(self.expected("type")),
        };
        self.bump();
        let name: Name = if self.is_punct(Punct::Dot) && self.nth_key_name_str(1).is_some() {
            // A qualified name: joined in the parser's scratch text, then shared.
            let mut joined = std::mem::take(&mut self.joined);
            joined.clear();
            joined.push_str(first.as_deref().unwrap_or(first_kw));
            while self.is_punct(Punct::Dot) {
                let Some(seg) = self.nth_key_name_str(1) else {
                    break;
                };
                joined.push('.');
                joined.push_str(seg);
                self.bump();
                self.bump();
            }
            let name = self.shared_name(&joined);
            self.joined = joined;
            name
        } else {
            match first {
                Some(n) => n,
                None => self.kw_name(first_kw),
            }
        };
        let generics = if self.is_punct(Punct::Lt) {
            self.type_args()?.into_boxed_slice()
        } else {
            Box::default()
        };
        let mut array_dims = 0u8;
        while self.is_punct(Punct::LBracket) && self.nth_is_punct(1, Punct::RBracket) {
            self.bump();
            self.bump();
            array_dims = array_dims.saturating_add(1);
        }
        Ok(TypeRef {
            name,
            generics,
            array_dims,
            span: self.since(start),
        })
    }

    /// `< T, ? extends U, List<V> >` (also the diamond `<>`).
    fn type_args(&mut self) -> PResult<Vec<TypeRef>> {
        self.bump();
        let mut args = Vec::new();
        if self.is_punct(Punct::Gt) {
            self.bump();
            return Ok(args);
        }
        self.enter()?;
        let r = (|| {
            loop {
                self.skip_newlines();
                if self.is_punct(Punct::Question) {
                    let start = self.start();
                    self.bump();
                    self.skip_newlines();
                    let mut bound = Vec::new();
                    if self.eat_kw(Kw::Extends) || self.eat_kw(Kw::Super) {
                        self.skip_newlines();
                        bound.push(self.type_ref()?);
                    }
                    args.push(TypeRef {
                        name: "?".into(),
                        generics: bound.into_boxed_slice(),
                        array_dims: 0,
                        span: self.since(start),
                    });
                } else {
                    args.push(self.type_ref()?);
                }
                self.skip_newlines();
                if !self.eat_punct(Punct::Comma) {
                    break;
                }
            }
            self.skip_newlines();
            self.close_angle()
        })();
        self.leave();
        r.map(|()| args)
    }

    /// Consumes one `>`, splitting `>>` / `>>>` / `>=` tokens that close nested generics.
    fn close_angle(&mut self) -> PResult<()> {
        let span = self.span();
        let rest = match self.tok() {
            Some(TokenKind::Punct(Punct::Gt)) => {
                self.bump();
                return Ok(());
            }
            Some(TokenKind::Punct(Punct::Shr)) => Punct::Gt,
            Some(TokenKind::Punct(Punct::Ushr)) => Punct::Shr,
            Some(TokenKind::Punct(Punct::Ge)) => Punct::Assign,
            Some(TokenKind::Punct(Punct::ShrAssign)) => Punct::Ge,
            _ => return Err(self.expected("`>`")),
        };
        self.replace_current(TokenKind::Punct(rest), Span::new(span.start + 1, span.end));
        self.prev_end = span.start + 1;
        Ok(())
    }

    /// `<String, ?>` before a method name in `obj.<T>m()`.
    pub(crate) fn type_params_of_call(&mut self) -> PResult<()> {
        self.type_args().map(drop)
    }

    /// `<T, U extends Bound>` type parameter names.
    pub(crate) fn type_params(&mut self) -> PResult<Vec<Ident>> {
        let mut names = Vec::new();
        if !self.eat_punct(Punct::Lt) {
            return Ok(names);
        }
        loop {
            names.push(self.ident("type parameter")?);
            if self.eat_kw(Kw::Extends) {
                self.type_ref()?;
                while self.eat_punct(Punct::BitAnd) {
                    self.type_ref()?;
                }
            }
            if !self.eat_punct(Punct::Comma) {
                break;
            }
        }
        self.close_angle()?;
        Ok(names)
    }

    /// Modifier keywords and annotations in any order (`in_class` also accepts `default`).
    pub(crate) fn modifiers(&mut self, in_class: bool) -> PResult<Modifiers> {
        let mut m = Modifiers::default();
        loop {
            match self.tok() {
                Some(TokenKind::Keyword(k)) if is_modifier(k) || (in_class && k == Kw::Default) => {
                    m.keywords.push(Spanned::new(k, self.span()));
                    self.bump();
                    self.skip_newlines();
                }
                Some(TokenKind::Punct(Punct::At))
                    if !matches!(self.nth(1), Some(TokenKind::Keyword(Kw::Interface))) =>
                {
                    let a = self.annotation()?;
                    m.annotations.push(a);
                    self.skip_newlines();
                }
                _ => return Ok(m),
            }
        }
    }

    /// `@Name`, `@a.b.Name(args)`; the arguments are skipped.
    pub(crate) fn annotation(&mut self) -> PResult<Ident> {
        let start = self.start();
        self.bump();
        let mut name = self.ident("annotation name")?.node.to_string();
        while self.is_punct(Punct::Dot) {
            self.bump();
            name.push('.');
            name.push_str(&self.ident("annotation name")?.node);
        }
        let span = self.since(start);
        if self.is_punct(Punct::LParen) {
            self.skip_balanced()?;
        }
        Ok(Spanned::new(name.into(), span))
    }

    /// Skips a balanced `( … )` group.
    fn skip_balanced(&mut self) -> PResult<()> {
        let mut depth = 0usize;
        loop {
            match self.tok() {
                Some(TokenKind::Punct(Punct::LParen | Punct::LBracket | Punct::LBrace)) => {
                    depth += 1;
                }
                Some(TokenKind::Punct(Punct::RParen | Punct::RBracket | Punct::RBrace)) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.bump();
                        return Ok(());
                    }
                }
                None => return Err(self.expected("`)`")),
                _ => {}
            }
            self.bump();
        }
    }

    /// Whether a declaration starts at the cursor (statement level): `def`, `var x`,
    /// modifiers, annotations, a type keyword, or `Type name` by Groovy's upper-case rule.
    pub(crate) fn at_decl_start(&mut self) -> bool {
        match self.tok() {
            Some(TokenKind::Keyword(k)) => match k {
                Kw::Def | Kw::Class | Kw::Interface | Kw::Enum => true,
                Kw::Var | Kw::Trait | Kw::Record => {
                    matches!(self.nth(1), Some(TokenKind::Ident))
                        || (k == Kw::Var && self.nth_is_punct(1, Punct::LParen))
                }
                // `static.x`: a modifier word used as a name (Groovy's grammar allows it)
                k if is_modifier(k) => !self.nth_is_punct(1, Punct::Dot),
                k if is_primitive_kw(k) => {
                    if matches!(
                        self.nth(1),
                        Some(TokenKind::Punct(Punct::Dot | Punct::LParen))
                    ) {
                        return false;
                    }
                    self.look_ahead(|p| {
                        p.type_ref().is_ok()
                            && (is_ident_like(p.tok()) || matches!(p.tok(), Some(TokenKind::Str)))
                    })
                }
                _ => false,
            },
            Some(TokenKind::Punct(Punct::At)) => true,
            Some(TokenKind::Ident) => {
                if !matches!(
                    self.nth(1),
                    Some(
                        TokenKind::Ident
                            | TokenKind::Keyword(_)
                            | TokenKind::Punct(Punct::Lt | Punct::Dot | Punct::LBracket)
                    )
                ) {
                    return false;
                }
                if self.dotted_lowercase_ahead() {
                    return false;
                }
                self.look_ahead(|p| match p.type_ref() {
                    Ok(ty) if looks_like_type(&ty) => match p.tok() {
                        Some(t) if is_ident_like(Some(t)) => matches!(
                            p.nth(1),
                            None | Some(
                                TokenKind::Newline
                                    | TokenKind::Punct(
                                        Punct::Assign
                                            | Punct::Comma
                                            | Punct::Semi
                                            | Punct::RBrace
                                            | Punct::LParen
                                    )
                            )
                        ),
                        Some(TokenKind::Str) => p.nth_is_punct(1, Punct::LParen),
                        _ => false,
                    },
                    _ => false,
                })
            }
            _ => false,
        }
    }

    /// Whether the cursor is at a dotted name (`issue.summary`, `a.b.c`) whose last
    /// segment starts in lower case: `type_ref` would read exactly that name and
    /// [`looks_like_type`] reject it, so the statement is no declaration. Checked on the
    /// tokens, without building the name, because most statements start this way.
    fn dotted_lowercase_ahead(&self) -> bool {
        let mut i = 0;
        while self.nth_is_punct(i + 1, Punct::Dot) && self.nth_key_name_str(i + 2).is_some() {
            i += 2;
        }
        i > 0
            && !self
                .nth_key_name_str(i)
                .and_then(|s| s.chars().next())
                .is_some_and(char::is_uppercase)
    }

    /// A declaration after its modifiers: class, multiple assignment, method or variables.
    pub(crate) fn declaration(&mut self, modifiers: Modifiers) -> PResult<Decl> {
        let class_kind = match self.tok() {
            Some(TokenKind::Keyword(Kw::Class)) => Some(ClassKind::Class),
            Some(TokenKind::Keyword(Kw::Interface)) => Some(ClassKind::Interface),
            Some(TokenKind::Keyword(Kw::Enum)) => Some(ClassKind::Enum),
            Some(TokenKind::Keyword(Kw::Trait))
                if matches!(self.nth(1), Some(TokenKind::Ident)) =>
            {
                Some(ClassKind::Trait)
            }
            Some(TokenKind::Keyword(Kw::Record))
                if matches!(self.nth(1), Some(TokenKind::Ident)) =>
            {
                Some(ClassKind::Record)
            }
            Some(TokenKind::Punct(Punct::At))
                if matches!(self.nth(1), Some(TokenKind::Keyword(Kw::Interface))) =>
            {
                self.bump();
                Some(ClassKind::Annotation)
            }
            _ => None,
        };
        if let Some(kind) = class_kind {
            self.bump();
            return self.class_def(modifiers, kind).map(Decl::Class);
        }
        let dynamic = self.eat_kw(Kw::Def)
            || (self.is_kw(Kw::Var)
                && (is_ident_like(self.nth(1)) || self.nth_is_punct(1, Punct::LParen))
                && {
                    self.bump();
                    true
                });
        if dynamic {
            self.skip_newlines();
        }
        let loose = dynamic || !modifiers.keywords.is_empty() || !modifiers.annotations.is_empty();
        if loose && self.is_punct(Punct::LParen) {
            return self.multi_decl();
        }
        let type_params = self.type_params()?;
        let name_next = |p: &Parser| {
            matches!(
                p.nth(1),
                None | Some(
                    TokenKind::Newline
                        | TokenKind::Punct(
                            Punct::Assign
                                | Punct::Comma
                                | Punct::Semi
                                | Punct::RBrace
                                | Punct::LBrace
                        )
                )
            )
        };
        let is_name = is_ident_like(self.tok()) || matches!(self.tok(), Some(TokenKind::Str));
        let ty = if is_name && self.nth_is_punct(1, Punct::LParen)
            || (loose && is_ident_like(self.tok()) && name_next(self))
        {
            None
        } else {
            Some(self.type_ref()?)
        };
        let name = match self.tok() {
            Some(TokenKind::Str) if self.nth_is_punct(1, Punct::LParen) => {
                let n = Spanned::new(self.tok_name().cloned().unwrap_or_default(), self.span());
                self.bump();
                n
            }
            _ => self.ident("name")?,
        };
        if self.is_punct(Punct::LParen) {
            return self
                .method_rest(modifiers, type_params, ty, name)
                .map(Decl::Method);
        }
        let mut vars = vec![self.declarator_rest(name)?];
        while self.eat_punct(Punct::Comma) {
            self.skip_newlines();
            let name = self.ident("variable name")?;
            vars.push(self.declarator_rest(name)?);
        }
        Ok(Decl::Var(VarDecl {
            modifiers,
            ty: ty.map(Box::new),
            vars,
        }))
    }

    fn declarator_rest(&mut self, name: Ident) -> PResult<VarDeclarator> {
        let init = if self.eat_punct(Punct::Assign) {
            self.skip_newlines();
            Some(self.command_expr()?)
        } else {
            None
        };
        Ok(VarDeclarator { name, init })
    }

    /// `def (a, String b) = expr`.
    fn multi_decl(&mut self) -> PResult<Decl> {
        self.bump();
        let mut vars = Vec::new();
        loop {
            self.skip_newlines();
            let ty = if is_ident_like(self.nth(1))
                || !self.nth_is_punct(1, Punct::Comma) && !self.nth_is_punct(1, Punct::RParen)
            {
                Some(self.type_ref()?)
            } else {
                None
            };
            vars.push((ty, self.ident("variable name")?));
            self.skip_newlines();
            if !self.eat_punct(Punct::Comma) {
                break;
            }
        }
        if !self.eat_punct(Punct::RParen) {
            return Err(self.expected("`,` or `)`"));
        }
        self.expect_punct(Punct::Assign)?;
        self.skip_newlines();
        let init = self.command_expr()?;
        Ok(Decl::Multi(vars, init))
    }

    /// The rest of a method after its name: `(params) [throws T, …] [{ body }]`.
    pub(crate) fn method_rest(
        &mut self,
        modifiers: Modifiers,
        type_params: Vec<Ident>,
        ret: Option<TypeRef>,
        name: Ident,
    ) -> PResult<MethodDef> {
        self.expect_punct(Punct::LParen)?;
        let params = self.params(Punct::RParen)?;
        self.expect_punct(Punct::RParen)?;
        let mut throws = Vec::new();
        if self.is_newline() && matches!(self.nth(1), Some(TokenKind::Keyword(Kw::Throws))) {
            self.skip_newlines();
        }
        if self.eat_kw(Kw::Throws) {
            self.skip_newlines();
            throws.push(self.type_ref()?);
            while self.eat_punct(Punct::Comma) {
                self.skip_newlines();
                throws.push(self.type_ref()?);
            }
        }
        if self.is_kw(Kw::Default) {
            // annotation member default value
            self.bump();
            self.expr()?;
        }
        let body = if self.is_punct(Punct::LBrace)
            || (self.is_newline() && {
                let mut i = 0;
                while matches!(self.nth(i), Some(TokenKind::Newline)) {
                    i += 1;
                }
                self.nth_is_punct(i, Punct::LBrace)
            }) {
            self.skip_newlines();
            self.bump();
            self.enter()?;
            let b = self.block_body();
            self.leave();
            Some(b?)
        } else {
            None
        };
        Ok(MethodDef {
            modifiers,
            type_params,
            ret,
            name,
            params,
            throws,
            body,
        })
    }

    /// `class Name<T> extends A implements B, C { members }` after the kind keyword.
    fn class_def(&mut self, modifiers: Modifiers, kind: ClassKind) -> PResult<ClassDef> {
        let name = self.ident("class name")?;
        let type_params = self.type_params()?;
        let mut members = Vec::new();
        if kind == ClassKind::Record && self.is_punct(Punct::LParen) {
            self.bump();
            for p in self.params(Punct::RParen)? {
                let span = p.name.span;
                members.push(ClassMember::Field(Spanned::new(
                    VarDecl {
                        modifiers: Modifiers::default(),
                        ty: p.ty.map(Box::new),
                        vars: vec![VarDeclarator {
                            name: p.name,
                            init: p.default.map(|d| *d),
                        }],
                    },
                    span,
                )));
            }
            self.expect_punct(Punct::RParen)?;
        }
        let mut extends = Vec::new();
        let mut implements = Vec::new();
        loop {
            self.skip_newlines();
            let list = if self.eat_kw(Kw::Extends) {
                &mut extends
            } else if self.eat_kw(Kw::Implements) {
                &mut implements
            } else {
                break;
            };
            list.push(self.type_ref()?);
            while self.eat_punct(Punct::Comma) {
                self.skip_newlines();
                list.push(self.type_ref()?);
            }
        }
        if !self.is_punct(Punct::LBrace) {
            return Err(self.expected("`{`"));
        }
        let name_text = name.node.clone();
        members.extend(self.class_body_of(&name_text, kind == ClassKind::Enum)?);
        Ok(ClassDef {
            modifiers,
            kind,
            name,
            type_params,
            extends,
            implements,
            members,
        })
    }

    /// `{ members }` of an anonymous class.
    pub(crate) fn class_body(&mut self, class_name: &str) -> PResult<Vec<ClassMember>> {
        self.class_body_of(class_name, false)
    }

    fn class_body_of(&mut self, class_name: &str, is_enum: bool) -> PResult<Vec<ClassMember>> {
        self.expect_punct(Punct::LBrace)?;
        self.enter()?;
        let r = self.class_members(class_name, is_enum);
        self.leave();
        r
    }

    fn class_members(&mut self, class_name: &str, is_enum: bool) -> PResult<Vec<ClassMember>> {
        let mut members = Vec::new();
        if is_enum {
            self.enum_constants(&mut members)?;
        }
        loop {
            while self.is_newline() || self.is_punct(Punct::Semi) {
                self.bump();
            }
            if self.eat_punct(Punct::RBrace) {
                return Ok(members);
            }
            if self.at_end() {
                return Err(self.expected("`}`"));
            }
            match self.class_member(class_name) {
                Ok(m) => members.push(m),
                Err(_) => self.sync_stmt(),
            }
        }
    }

    fn enum_constants(&mut self, members: &mut Vec<ClassMember>) -> PResult<()> {
        self.skip_newlines();
        while is_ident_like(self.tok())
            && matches!(
                self.nth(1),
                None | Some(
                    TokenKind::Newline
                        | TokenKind::Punct(
                            Punct::Comma
                                | Punct::LParen
                                | Punct::Semi
                                | Punct::RBrace
                                | Punct::LBrace
                        )
                )
            )
        {
            let name = self.ident("enum constant")?;
            let args = if self.is_punct(Punct::LParen) {
                self.call_args()?
            } else {
                crate::ast::Args::default()
            };
            if self.is_punct(Punct::LBrace) {
                let n = name.node.clone();
                self.class_body(&n)?;
            }
            members.push(ClassMember::EnumConstant { name, args });
            self.skip_newlines();
            if !self.eat_punct(Punct::Comma) {
                break;
            }
            self.skip_newlines();
        }
        Ok(())
    }

    fn class_member(&mut self, class_name: &str) -> PResult<ClassMember> {
        let start = self.start();
        let modifiers = self.modifiers(true)?;
        if self.is_punct(Punct::LBrace) {
            self.bump();
            self.enter()?;
            let body = self.block_body();
            self.leave();
            let is_static = modifiers.keywords.iter().any(|k| k.node == Kw::Static);
            return Ok(ClassMember::Initializer {
                is_static,
                body: body?,
                span: self.since(start),
            });
        }
        if self.tok() == Some(TokenKind::Ident)
            && self.tok_name().is_some_and(|s| **s == *class_name)
            && self.nth_is_punct(1, Punct::LParen)
        {
            let name = self.ident("name")?;
            let m = self.method_rest(modifiers, Vec::new(), None, name)?;
            return Ok(ClassMember::Constructor(Spanned::new(m, self.since(start))));
        }
        Ok(match self.declaration(modifiers)? {
            Decl::Var(v) => ClassMember::Field(Spanned::new(v, self.since(start))),
            Decl::Method(m) => ClassMember::Method(Spanned::new(m, self.since(start))),
            Decl::Class(c) => ClassMember::Class(Spanned::new(c, self.since(start))),
            Decl::Multi(..) => return Err(self.expected("member declaration")),
        })
    }

    /// `import [static] a.b.C [.*] [as D]`.
    pub(crate) fn import(&mut self) -> PResult<Stmt> {
        self.bump();
        let is_static = self.eat_kw(Kw::Static);
        let mut path = std::mem::take(&mut self.joined);
        path.clear();
        let r = self.import_path(&mut path);
        let name = r.is_ok().then(|| self.shared_name(&path));
        self.joined = path;
        let (star, name) = (r?, name.unwrap_or_default());
        let alias = if self.eat_kw(Kw::As) {
            Some(self.ident("alias")?)
        } else {
            None
        };
        Ok(Stmt::Import(Import {
            path: name,
            is_static,
            star,
            alias,
        }))
    }

    /// The dotted path of an import, appended to `path` without a trailing `.*`; whether
    /// it ended in `.*`.
    fn import_path(&mut self, path: &mut String) -> PResult<bool> {
        let mut star = false;
        loop {
            if !path.is_empty() && self.is_punct(Punct::Star) {
                self.bump();
                star = true;
                path.pop();
                break;
            }
            let Some(seg) = self.nth_key_name_str(0) else {
                return Err(self.expected("name"));
            };
            path.push_str(seg);
            self.bump();
            if self.is_punct(Punct::Dot) {
                self.bump();
                path.push('.');
            } else {
                break;
            }
        }
        Ok(star)
    }

    /// `package a.b.c`.
    pub(crate) fn package(&mut self) -> PResult<Stmt> {
        self.bump();
        let mut path = String::new();
        loop {
            let Some(seg) = self.nth_key_name_str(0) else {
                return Err(self.expected("name"));
            };
            path.push_str(seg);
            self.bump();
            if !self.eat_punct(Punct::Dot) {
                break;
            }
            path.push('.');
        }
        Ok(Stmt::Package(path.into()))
    }
}

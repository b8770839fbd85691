//! The catalogs: every message the code asks for is in the English catalog, and every
//! shipped catalog is clean against it.

use std::path::Path;

/// Message ids named in the code: `tr!(t, "id"...)`, `.s("id")`, `tr.s("id")`.
fn ids_in_code(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_in_code(&path, out);
            continue;
        }
        // i18n.rs documents the macro with the example id "id"
        if path.extension().is_none_or(|x| x != "rs") || path.ends_with("i18n.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for marker in ["tr!(", ".s(\""] {
            let mut rest = text.as_str();
            while let Some(i) = rest.find(marker) {
                rest = &rest[i + marker.len()..];
                let literal = if marker == "tr!(" {
                    rest.split_once(',')
                        .and_then(|(_, r)| r.trim_start().strip_prefix('"'))
                } else {
                    Some(rest)
                };
                if let Some(lit) = literal
                    && let Some(end) = lit.find('"')
                {
                    let id = &lit[..end];
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                        out.push((id.to_string(), path.display().to_string()));
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_is_in_the_english_catalog() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ids = Vec::new();
    ids_in_code(&root.join("src"), &mut ids);
    assert!(ids.len() > 50, "found only {} ids", ids.len());
    let en = reachout::i18n::Tr::default();
    let missing: Vec<String> = ids
        .iter()
        .filter(|(id, _)| !en.has(id))
        .map(|(id, file)| format!("{id} ({file})"))
        .collect();
    assert!(missing.is_empty(), "not in i18n/en.ftl: {missing:?}");
}

#[test]
fn every_shipped_catalog_is_clean() {
    for lang in &reachout::i18n::LANGUAGES {
        let c = reachout::i18n::check_built_in(lang);
        let problems: Vec<String> = c.problems.iter().map(|d| d.short()).collect();
        assert!(problems.is_empty(), "{}: {problems:?}", lang.code);
    }
}

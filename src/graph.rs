//! A wizard as a graph for authors: Graphviz DOT or Mermaid.

use crate::wizard::{NodeKind, Wizard};
use std::fmt::Write as _;

/// Graphviz DOT: questions are boxes, outcomes rounded and filled; edges carry the
/// choice labels. Render with `dot -Tsvg`.
pub fn dot(w: &Wizard) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "digraph {} {{", dot_str(&w.id));
    let _ = writeln!(s, "  label={};", dot_str(&w.title));
    let _ = writeln!(s, "  rankdir=LR;");
    let _ = writeln!(s, "  node [fontname=\"sans-serif\"];");
    let _ = writeln!(s, "  edge [fontname=\"sans-serif\", fontsize=10];");
    for node in &w.nodes {
        match &node.kind {
            NodeKind::Question(q) => {
                let _ = writeln!(
                    s,
                    "  {} [shape=box, label={}];",
                    dot_str(&node.id),
                    dot_str(&format!("{}\n({})", q.text, node.id))
                );
            }
            NodeKind::Outcome(o) => {
                let _ = writeln!(
                    s,
                    "  {} [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f4e8\", label={}];",
                    dot_str(&node.id),
                    dot_str(&format!("{}\n({})", o.title, node.id))
                );
            }
        }
    }
    for node in &w.nodes {
        if let NodeKind::Question(q) = &node.kind {
            for c in &q.choices {
                let _ = writeln!(
                    s,
                    "  {} -> {} [label={}];",
                    dot_str(&node.id),
                    dot_str(&w.node(c.next).id),
                    dot_str(&c.label)
                );
            }
        }
    }
    s.push_str("}\n");
    s
}

/// A DOT quoted string: quotes and backslashes escaped, newlines as `\n`.
fn dot_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Mermaid flowchart. Node ids become `n0`, `n1`… because Mermaid reserves some words;
/// labels are quoted with Mermaid's entity escapes.
pub fn mermaid(w: &Wizard) -> String {
    let mut s = String::from("flowchart LR\n");
    for (i, node) in w.nodes.iter().enumerate() {
        match &node.kind {
            NodeKind::Question(q) => {
                let _ = writeln!(s, "  n{i}[\"{}\"]", mermaid_str(&q.text));
            }
            NodeKind::Outcome(o) => {
                let _ = writeln!(s, "  n{i}([\"{}\"])", mermaid_str(&o.title));
            }
        }
    }
    for (i, node) in w.nodes.iter().enumerate() {
        if let NodeKind::Question(q) = &node.kind {
            for c in &q.choices {
                let _ = writeln!(s, "  n{i} -->|\"{}\"| n{}", mermaid_str(&c.label), c.next);
            }
        }
    }
    s
}

fn mermaid_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '|' => out.push_str("#124;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(dot_str("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\nd\"");
        assert_eq!(
            mermaid_str("say \"hi\" | <b>"),
            "say #quot;hi#quot; #124; #lt;b#gt;"
        );
    }
}

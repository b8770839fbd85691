//! The graph of a wizard: its edges, and the reachability and cycle checks.

use super::*;

/// A choice that leads to a known node.
#[derive(Debug, Clone, Copy)]
pub(super) struct Edge {
    pub(super) choice: usize,
    pub(super) target: usize,
}

/// Every node's outgoing edges, in one allocation.
#[derive(Clone, Copy)]
pub(super) struct Graph<'a> {
    pub(super) edges: &'a [Edge],
    pub(super) start: &'a [usize],
}

impl<'a> Graph<'a> {
    pub(super) fn of(&self, node: usize) -> &'a [Edge] {
        &self.edges[self.start[node]..self.start[node + 1]]
    }

    pub(super) fn len(&self) -> usize {
        self.start.len() - 1
    }
}

/// Unreachable nodes (one pass from `start`) and cycles (one depth-first pass over all
/// nodes), both iterative so a deep tree cannot overflow the stack, and both linear:
/// every node and every edge is visited once, and a loop is described in constant time.
pub(super) fn check_graph(
    c: &mut Checker,
    ids: &Names,
    graph: Graph,
    start: usize,
    first_definition: &[bool],
) {
    let n = graph.len();
    let mut seen = vec![false; n];
    let mut stack = vec![start];
    seen[start] = true;
    while let Some(v) = stack.pop() {
        for e in graph.of(v) {
            if !seen[e.target] {
                seen[e.target] = true;
                stack.push(e.target);
            }
        }
    }
    for (i, reached) in seen.iter().enumerate() {
        // A repeated id is reported as such; calling its second copy unreachable is noise.
        if !reached && first_definition[i] {
            c.report(
                &At::top(Seg::Field("nodes")).push(Seg::Key(i)),
                format!(
                    "node {} cannot be reached from the start",
                    quote(ids.get(i))
                ),
                Some("point a choice at it, or delete it"),
            );
        }
    }

    // 0 = unvisited, 1 = on the current path, 2 = done
    let mut state = vec![0u8; n];
    // where a node on the current path sits in it (valid while its state is 1)
    let mut depth = vec![0usize; n];
    let mut path: Vec<(usize, usize)> = Vec::new(); // (node, next edge to try)
    for root in 0..n {
        if state[root] != 0 {
            continue;
        }
        state[root] = 1;
        depth[root] = 0;
        path.push((root, 0));
        while let Some(&mut (v, ref mut next)) = path.last_mut() {
            if let Some(&Edge { choice, target: t }) = graph.of(v).get(*next) {
                *next += 1;
                match state[t] {
                    0 => {
                        state[t] = 1;
                        depth[t] = path.len();
                        path.push((t, 0));
                    }
                    1 => {
                        let name = |(p, _): &(usize, usize)| ids.get(*p);
                        let lap = &path[depth[t]..];
                        let names: Vec<&str> = if lap.len() > 8 {
                            let mut v: Vec<&str> = lap[..3].iter().map(name).collect();
                            v.push("…");
                            v.extend(lap[lap.len() - 3..].iter().map(name));
                            v
                        } else {
                            lap.iter().map(name).collect()
                        };
                        c.report(
                            &At::top(Seg::Field("nodes")).push(Seg::Value(v)).field("choices").index(choice).field("next"),
                            format!("this choice leads back to {}, making a loop: {} → {}", quote(ids.get(t)), names.join(" → "), ids.get(t)),
                            Some("a wizard must always move forward; point the choice at a later node"),
                        );
                    }
                    _ => {}
                }
            } else {
                state[v] = 2;
                path.pop();
            }
        }
    }
}

//! One sort for the whole crate.
//!
//! Every `slice::sort*` call instantiates the standard library's sort for its
//! element type and comparison (3-5 KB of wasm each, half a dozen of them).
//! Here the standard sort runs once, on indices, behind a `dyn` comparison,
//! and each element type only pays for moving its elements into place.

use std::cmp::Ordering;

fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    // The index breaks ties, so the sort is stable.
    idx.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    idx
}

/// A stable sort of `v` by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let idx = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(idx.into_iter().filter_map(|i| slots[i].take()));
}

/// A stable sort of `v` in its natural order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Inserts `x` into the sorted, duplicate-free `v`; false if it was there.
pub fn insert_sorted<T: Ord>(v: &mut Vec<T>, x: T) -> bool {
    match v.binary_search(&x) {
        Ok(_) => false,
        Err(i) => {
            v.insert(i, x);
            true
        }
    }
}

/// A map from strings: a list sorted by key. In wasm much smaller than a
/// `HashMap` (whose table code is instantiated for each key and value type);
/// lookups are binary searches, and bulk changes sort once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrMap<V>(Vec<(String, V)>);

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        StrMap(Vec::new())
    }
}

impl<V> StrMap<V> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|e| e.0.as_str().cmp(key))
    }

    /// The map of `pairs`; a repeated key keeps `merge(first, later)`.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, V)>, merge: impl FnMut(&mut V, V)) -> Self {
        let mut m = StrMap::default();
        m.extend_with(pairs, merge);
        m
    }

    /// Adds `pairs`; where a key is present (or repeated), keeps
    /// `merge(present, new)`.
    pub fn extend_with(
        &mut self,
        pairs: impl IntoIterator<Item = (String, V)>,
        mut merge: impl FnMut(&mut V, V),
    ) {
        let before = self.0.len();
        self.0.extend(pairs);
        if self.0.len() == before {
            return; // nothing added: still sorted, nothing to merge
        }
        // Stable: for equal keys, what was here comes first.
        sort_by(&mut self.0, |a, b| a.0.cmp(&b.0));
        let mut out: Vec<(String, V)> = Vec::with_capacity(self.0.len());
        for (k, v) in self.0.drain(..) {
            match out.last_mut() {
                Some(last) if last.0 == k => merge(&mut last.1, v),
                _ => out.push((k, v)),
            }
        }
        self.0 = out;
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`.
    pub fn insert(&mut self, key: String, value: V) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&str, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        // A small linear congruential generator: many lengths and duplicates.
        let mut seed = 7u64;
        for len in 0..200usize {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (((seed >> 33) % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "length {len}");
            let mut natural = v.iter().rev().copied().collect::<Vec<_>>();
            sort(&mut natural);
            let mut expected = v.clone();
            expected.sort();
            assert_eq!(natural, expected);
        }
    }

    #[test]
    fn str_map_behaves_like_a_btree_map() {
        use std::collections::BTreeMap;
        let mut seed = 11u64;
        let mut ours = StrMap::default();
        let mut theirs = BTreeMap::new();
        for round in 0..300 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let key = format!("k{}", (seed >> 40) % 50);
            let v = (seed >> 20) % 1000;
            match round % 4 {
                0 | 1 => {
                    ours.insert(key.clone(), v);
                    theirs.insert(key, v);
                }
                2 => {
                    let batch: Vec<(String, u64)> = (0..5)
                        .map(|i| (format!("k{}", (v + i * 7) % 60), v + i))
                        .collect();
                    ours.extend_with(batch.clone(), |a, b| *a = (*a).max(b));
                    for (k, b) in batch {
                        let e = theirs.entry(k).or_insert(b);
                        *e = (*e).max(b);
                    }
                }
                _ => {
                    ours.retain(|_, x| x % 3 != v % 3);
                    theirs.retain(|_, x| *x % 3 != v % 3);
                }
            }
            assert_eq!(ours.len(), theirs.len());
            assert!(ours
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .eq(theirs.iter().map(|(k, v)| (k.clone(), *v))));
            for k in ["k1", "k7", "k49", "nope"] {
                assert_eq!(ours.get(k), theirs.get(k));
                assert_eq!(ours.contains_key(k), theirs.contains_key(k));
            }
        }
        let m = StrMap::from_pairs(
            [("b".to_string(), 1), ("a".to_string(), 2), ("b".to_string(), 3)],
            |a, b| *a = b,
        );
        assert_eq!(m.iter().collect::<Vec<_>>(), [("a", &2), ("b", &3)]);
    }

    #[test]
    fn inserts_once_in_order() {
        let mut v = Vec::new();
        for x in [5, 1, 9, 5, 3, 1, 7] {
            insert_sorted(&mut v, x);
        }
        assert_eq!(v, [1, 3, 5, 7, 9]);
        assert!(!insert_sorted(&mut v, 3));
        assert!(insert_sorted(&mut v, 4));
    }
}

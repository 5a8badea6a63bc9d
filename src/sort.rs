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

/// The candidate closest to `name` by edit distance (adjacent swaps count
/// as one edit, so `trian` finds `train`), if it is close enough to be a
/// likely typo.
func closestName(to name: String, among candidates: [String]) -> String? {
    let target = Array(name)
    let limit = max(1, min(3, target.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in Set(candidates) where candidate != name {
        let chars = Array(candidate)
        if abs(chars.count - target.count) > limit { continue }
        let d = editDistance(target, chars)
        if d <= limit, best.map({ d < $0.distance || (d == $0.distance && candidate < $0.name) }) ?? true {
            best = (candidate, d)
        }
    }
    return best?.name
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                d = min(d, previous2[j - 2] + 1)
            }
            current[j] = d
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
}

/// "Did you mean" suggestions by edit distance.
enum Suggestion {
    /// The candidate closest to `word`, if close enough to be a likely typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3 + 1))
        // Ties go to the candidate of the same length ("sqtr" is "sqrt", not "str").
        var best: (name: String, distance: Int, lengthGap: Int)?
        for c in candidates {
            let d = distance(word.lowercased(), c.lowercased())
            let gap = abs(c.count - word.count)
            guard d <= limit else { continue }
            if let b = best, (b.distance, b.lengthGap, b.name) <= (d, gap, c) { continue }
            best = (c, d, gap)
        }
        return best?.name
    }

    /// Damerau–Levenshtein (optimal string alignment) distance: a swap of two
    /// neighbours ("trian") counts as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a), t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { d[i][0] = i }
        for j in 0...t.count { d[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[s.count][t.count]
    }
}

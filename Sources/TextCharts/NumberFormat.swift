/// Short decimal labels for ticks and scales, computed from integers so a
/// tick at 0.3 reads `0.3`, never `0.30000000000000004`.
///
///     NumberFormat.short(0.012345)   // "0.0123"
///     NumberFormat.short(2.5e11)     // "2.5e11"
public enum NumberFormat {
    /// `x` with `digits` significant digits, plain between 1e-4 and 1e7,
    /// scientific outside; trailing zeros dropped.
    public static func short(_ x: Double, digits: Int = 3) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return "0" }
        let digits = max(1, min(digits, 15))
        var e = ChartMath.decade(x)
        let unit = e - digits + 1
        // Subnormals: scale in two steps so 10^unit does not underflow to 0.
        let scaled = unit < -300 ? abs(x) * 1e300 / ChartMath.pow10(unit + 300) : abs(x) / ChartMath.pow10(unit)
        var n = ChartMath.int(scaled) ?? 0
        var exponent = unit
        if n >= Int(ChartMath.pow10(digits)) { n /= 10; exponent += 1; e += 1 }
        while n % 10 == 0, exponent < 0 { n /= 10; exponent += 1 }
        let plain = e >= -4 && e < 7
        return (x < 0 ? "-" : "") + (plain ? fixed(n, exponent: exponent, decimals: max(0, -exponent)) : scientific(n, exponent: exponent))
    }

    /// The label of the value n x 10^exponent, plain with `decimals` digits
    /// after the point, or scientific.
    static func label(_ n: Int, exponent: Int, decimals: Int, scientific sci: Bool) -> String {
        if n == 0 { return sci ? "0" : fixed(0, exponent: 0, decimals: decimals) }
        let sign = n < 0 ? "-" : ""
        return sign + (sci ? scientific(abs(n), exponent: exponent) : fixed(abs(n), exponent: exponent, decimals: decimals))
    }

    /// n x 10^exponent with exactly `decimals` digits after the point (n >= 0).
    static func fixed(_ n: Int, exponent: Int, decimals: Int) -> String {
        var n = n
        var exponent = exponent
        // Bring the exponent to -decimals so the digits line up.
        while exponent > -decimals { n *= 10; exponent -= 1; if n > Int.max / 20 { break } }
        while exponent < -decimals { n /= 10; exponent += 1 }
        var digits = String(n)
        guard decimals > 0 else { return digits }
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let point = digits.index(digits.endIndex, offsetBy: -decimals)
        return String(digits[..<point]) + "." + String(digits[point...])
    }

    /// n x 10^exponent as `2.5e11` (n > 0).
    static func scientific(_ n: Int, exponent: Int) -> String {
        var n = n
        var exponent = exponent
        while n != 0, n % 10 == 0 { n /= 10; exponent += 1 }
        let digits = String(n)
        let power = exponent + digits.count - 1
        let mantissa = digits.count > 1 ? String(digits.prefix(1)) + "." + String(digits.dropFirst()) : digits
        return power == 0 ? mantissa : "\(mantissa)e\(power)"
    }
}

/// RFC 3492 Punycode: the Bootstring encoding that turns a Unicode label into the ASCII after `xn--`.
///
/// Only the transformation lives here; which labels may be encoded (IDNA) is `IDNA`'s business.
enum Punycode {
    // The parameter values RFC 3492 section 5 fixes for Punycode.
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700
    private static let initialBias = 72
    private static let initialN = 0x80
    /// RFC 3492 section 6.4 bounds every intermediate value, so a hostile label cannot overflow.
    private static let maxInt = Int(Int32.max)

    /// The Punycode form of `scalars`; `nil` only when the input is too long to encode in 32 bits.
    static func encode(_ scalars: [Unicode.Scalar]) -> String? {
        let codePoints = scalars.map { Int($0.value) }
        var output = codePoints.filter { $0 < initialN }.map { Character(Unicode.Scalar(UInt8($0))) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append("-") }

        var n = initialN
        var delta = 0
        var bias = initialBias
        while handled < codePoints.count {
            guard let m = codePoints.filter({ $0 >= n }).min() else { return nil }
            let (scaled, overflow) = (m - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow, scaled <= maxInt - delta else { return nil }
            delta += scaled
            n = m
            for c in codePoints {
                if c < n {
                    delta += 1
                    guard delta <= maxInt else { return nil }
                }
                guard c == n else { continue }
                var q = delta
                var k = base
                while true {
                    let t = threshold(k, bias)
                    if q < t { break }
                    output.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.append(digit(q))
                bias = adapt(delta, handled + 1, first: handled == basicCount)
                delta = 0
                handled += 1
            }
            delta += 1
            n += 1
        }
        return String(output)
    }

    /// The scalars a Punycode string stands for, or `nil` when it is not valid Punycode.
    static func decode(_ text: String) -> [Unicode.Scalar]? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // Basic code points come before the last '-'; a '-' with nothing before it is a digit (an invalid one).
        let split = bytes.lastIndex(of: UInt8(ascii: "-")).flatMap { $0 > 0 ? $0 : nil }
        var output: [Int] = split.map { bytes[..<$0].map(Int.init) } ?? []
        var index = split.map { $0 + 1 } ?? 0

        var n = initialN
        var i = 0
        var bias = initialBias
        while index < bytes.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard index < bytes.count, let value = digitValue(bytes[index]) else { return nil }
                index += 1
                let (product, overflow) = value.multipliedReportingOverflow(by: w)
                guard !overflow, product <= maxInt - i else { return nil }
                i += product
                let t = threshold(k, bias)
                if value < t { break }
                let (nextW, wOverflow) = w.multipliedReportingOverflow(by: base - t)
                guard !wOverflow, nextW <= maxInt else { return nil }
                w = nextW
                k += base
            }
            bias = adapt(i - oldI, output.count + 1, first: oldI == 0)
            guard i / (output.count + 1) <= maxInt - n else { return nil }
            n += i / (output.count + 1)
            i %= output.count + 1
            // Basic code points are written literally, never encoded as deltas.
            guard n >= initialN else { return nil }
            output.insert(n, at: i)
            i += 1
        }
        var scalars: [Unicode.Scalar] = []
        for value in output {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            scalars.append(scalar)
        }
        return scalars
    }

    private static func threshold(_ k: Int, _ bias: Int) -> Int {
        if k <= bias { return tMin }
        if k >= bias + tMax { return tMax }
        return k - bias
    }

    private static func adapt(_ delta: Int, _ count: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    /// `a`-`z` for 0-25, `0`-`9` for 26-35: lower case, as IDNA writes A-labels.
    private static func digit(_ value: Int) -> Character {
        let byte = value < 26 ? UInt8(ascii: "a") + UInt8(value) : UInt8(ascii: "0") + UInt8(value - 26)
        return Character(Unicode.Scalar(byte))
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0")) + 26
        default: nil
        }
    }
}

/// A size in binary units as operators write it for nginx: `250M`, `1G`, `512K`.
///
/// Each proxy spells it its own way (`250M` for nginx, `250MiB` for Caddy), so the same number
/// of bytes is allowed whichever proxy runs.
public struct ByteSize: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        case kibibytes = "K"
        case mebibytes = "M"
        case gibibytes = "G"

        var multiplier: Int {
            switch self {
            case .kibibytes: 1 << 10
            case .mebibytes: 1 << 20
            case .gibibytes: 1 << 30
            }
        }
    }

    public let amount: Int
    public let unit: Unit

    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    public init(parsing text: String) throws(ValueError) {
        let fix = "write a whole number and K, M or G (binary units), e.g. 250M"
        guard let last = text.last, let unit = Unit(rawValue: last.uppercased()) else {
            throw ValueError("\(quoted(text)) is not a size", fix: fix)
        }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.count <= 7, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let amount = Int(digits), amount > 0
        else {
            throw ValueError("\(quoted(text)) is not a size", fix: fix)
        }
        self.init(amount, unit)
    }

    public var bytes: Int { amount * unit.multiplier }

    /// `250M`, as written in the spec.
    public var description: String { "\(amount)\(unit.rawValue)" }

    /// What a proxy needs so uploads reach Sim's own limits (up to 220 MB, `CHAT_MAX_REQUEST_BYTES`).
    public static let proxyDefault = ByteSize(250, .mebibytes)
    public static let simLargestLimit = 220_000_000
}

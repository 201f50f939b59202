/// A CIDR block as a NetworkPolicy `ipBlock.cidr` takes it: an address with a prefix length.
///
/// An IPv4 block must be written with its host bits zero (`10.0.0.0/16`, not `10.0.3.7/16`): newer
/// API servers warn about the other form, and it usually means a typo in the prefix.
public struct CIDRBlock: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        let fix = "write a CIDR block such as 10.0.0.0/16"
        let range: NetworkRange
        do {
            range = try NetworkRange(text)
        } catch {
            throw ValueError("\(quoted(text)) is not a CIDR block", fix: fix)
        }
        let parts = range.value.split(separator: "/")
        guard parts.count == 2, let prefix = Int(parts[1]) else {
            throw ValueError("\(quoted(text)) has no prefix length", fix: fix)
        }
        if let address = try? IPv4Address(String(parts[0])) {
            let bits = address.octets.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let hostMask: UInt32 = prefix == 0 ? .max : prefix >= 32 ? 0 : (UInt32(1) << (32 - prefix)) - 1
            if bits & hostMask != 0 {
                let network = bits & ~hostMask
                let octets = [24, 16, 8, 0].map { String((network >> UInt32($0)) & 0xFF) }
                throw ValueError(
                    "\(quoted(text)) has host bits set", fix: "write \(octets.joined(separator: "."))/\(prefix)")
            }
        }
        value = range.value
    }

    public var description: String { value }
}

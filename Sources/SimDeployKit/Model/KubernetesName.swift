/// A Kubernetes object name (RFC 1123 label): lower-case letters, digits and '-', at most 63.
///
/// Namespaces, Secret names, StorageClasses, issuers and secret stores all take this form, and a
/// value of this type can go into a manifest or a shell command without quoting.
public struct KubernetesName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        let bytes = Array(text.utf8)
        let allowed = bytes.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-")
        }
        guard !bytes.isEmpty, bytes.count <= 63, allowed, bytes.first != UInt8(ascii: "-"),
            bytes.last != UInt8(ascii: "-")
        else {
            throw ValueError(
                "\(quoted(text)) is not a Kubernetes name",
                fix: "use lower-case letters, digits and '-' (at most 63), starting and ending with a letter or digit")
        }
        value = text
    }

    public var description: String { value }

    public static func < (lhs: KubernetesName, rhs: KubernetesName) -> Bool { lhs.value < rhs.value }
}

/// A `$NAME` or `${NAME…}` inside a value: what a linter checks against the keys defined earlier.
public struct VariableReference: Hashable, Sendable {
    /// Which substitution the reference asks for.
    public enum Form: String, Hashable, Sendable, CaseIterable {
        /// `$VAR` or `${VAR}`: the value, or empty (with a warning from Compose) when unset.
        case plain = ""
        /// `${VAR:?message}`: an error when unset or empty.
        case requiredNonEmpty = ":?"
        /// `${VAR?message}`: an error when unset.
        case required = "?"
        /// `${VAR:-default}`: the default when unset or empty.
        case defaultIfEmpty = ":-"
        /// `${VAR-default}`: the default when unset.
        case defaultIfUnset = "-"
        /// `${VAR:+alternative}`: the alternative when set and not empty, else empty.
        case alternativeIfNonEmpty = ":+"
        /// `${VAR+alternative}`: the alternative when set, else empty.
        case alternativeIfSet = "+"
    }

    public var name: String
    public var form: Form
    /// `${…}` rather than `$NAME`.
    public var isBraced: Bool
    /// Inside another reference's default, alternative or message (`B` in `${A:-${B}}`).
    public var isNested: Bool
    /// The default, alternative or message as written, before its own substitution; `nil` for `.plain`.
    public var argument: String?
    /// The byte offset of the `$` in the entry's `value`.
    public var valueOffset: Int
    /// Where the `$` is in the file (for a bare value: counted from 1:1 at its first character).
    public var position: SourcePosition
}

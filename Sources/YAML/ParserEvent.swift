/// One libyaml parse event, copied into Swift values so no C memory outlives the call that produced it.
enum ParserEvent {
    case streamStart
    case streamEnd
    case documentStart(Mark)
    case documentEnd
    case alias(anchor: String, mark: Mark)
    case scalar(Node.Scalar, anchor: String?)
    /// An empty sequence carrying the style and mark; items follow as events.
    case sequenceStart(Node.Sequence, anchor: String?)
    case sequenceEnd
    /// An empty mapping carrying the style and mark; keys and values follow as events.
    case mappingStart(Node.Mapping, anchor: String?)
    case mappingEnd
}

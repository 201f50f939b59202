internal import CYAML

/// libyaml's emitter writing into a Swift byte buffer, freed when the writer goes away.
final class EventWriter {
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let output = Output()

    init(_ options: Emitter.Options) throws(YAMLError) {
        emitter = .allocate(capacity: 1)
        guard yaml_emitter_initialize(emitter) == 1 else {
            emitter.deallocate()
            throw Self.error("out of memory while starting the YAML emitter")
        }
        yaml_emitter_set_output(
            emitter,
            { data, buffer, size in
                guard let data, let buffer else { return 0 }
                Unmanaged<Output>.fromOpaque(data).takeUnretainedValue().bytes
                    .append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, Unmanaged.passUnretained(output).toOpaque())
        // -1 turns off folding, so a long value stays on one line and diffs stay line-stable.
        yaml_emitter_set_width(emitter, Int32(clamping: options.width ?? -1))
        yaml_emitter_set_indent(emitter, Int32(clamping: options.indent))
        yaml_emitter_set_unicode(emitter, options.unicode ? 1 : 0)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    /// Everything written so far.
    var text: String { String(decoding: output.bytes, as: UTF8.self) }

    func startStream() throws(YAMLError) {
        try emit { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
    }

    func endStream() throws(YAMLError) {
        try emit { yaml_stream_end_event_initialize($0) }
    }

    /// Starts a document without `---`; libyaml still writes it before every document after the first.
    func startDocument() throws(YAMLError) {
        try emit { yaml_document_start_event_initialize($0, nil, nil, nil, 1) }
    }

    func endDocument() throws(YAMLError) {
        try emit { yaml_document_end_event_initialize($0, 1) }
    }

    func startSequence(flow: Bool) throws(YAMLError) {
        let style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
        try emit { yaml_sequence_start_event_initialize($0, nil, nil, 1, style) }
    }

    func endSequence() throws(YAMLError) {
        try emit { yaml_sequence_end_event_initialize($0) }
    }

    func startMapping(flow: Bool) throws(YAMLError) {
        let style = flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
        try emit { yaml_mapping_start_event_initialize($0, nil, nil, 1, style) }
    }

    func endMapping() throws(YAMLError) {
        try emit { yaml_mapping_end_event_initialize($0) }
    }

    func scalar(_ scalar: ScalarPresentation) throws(YAMLError) {
        // libyaml copies both strings into the event, so they only need to live through the call.
        let value = Array(scalar.text.utf8) + [0]
        let tag = scalar.tag.map { Array($0.utf8) + [0] }
        let implicit: Int32 = scalar.tag == nil ? 1 : 0
        let style = yaml_scalar_style_t(rawValue: scalar.style.rawValue)
        try emit { event in
            value.withUnsafeBufferPointer { value in
                withOptionalPointer(to: tag) { tag in
                    yaml_scalar_event_initialize(
                        event, nil, tag, value.baseAddress, Int32(clamping: value.count - 1), implicit, implicit, style)
                }
            }
        }
    }
}

private extension EventWriter {
    /// The bytes libyaml hands to the output callback.
    final class Output {
        var bytes: [UInt8] = []
    }

    static func error(_ problem: String) -> YAMLError {
        YAMLError(kind: .emitter, problem: problem, mark: Mark(line: 0, column: 0), fileName: "")
    }

    /// Builds an event with `initialize` and hands it to libyaml, which takes ownership of it.
    func emit(_ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32) throws(YAMLError) {
        var event = yaml_event_t()
        guard initialize(&event) == 1 else { throw Self.error("libyaml refused an event (out of memory?)") }
        guard yaml_emitter_emit(emitter, &event) == 1 else {
            throw Self.error(emitter.pointee.problem.map { String(cString: $0) } ?? "libyaml could not write the YAML")
        }
    }
}

/// Calls `body` with a pointer to `bytes`, or with `nil` when there are none.
private func withOptionalPointer<Result>(
    to bytes: [UInt8]?,
    _ body: (UnsafePointer<UInt8>?) -> Result
) -> Result {
    guard let bytes else { return body(nil) }
    return bytes.withUnsafeBufferPointer { body($0.baseAddress) }
}

internal import CYAML

/// libyaml's event parser over one UTF-8 buffer, freed when the reader goes away.
///
/// The buffer must stay valid for the reader's whole life; `Parser` guarantees that by parsing inside
/// `String.withUTF8`.
final class EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let source: SourceFile
    /// A byte to point libyaml at when the input is empty: it asserts on a null input pointer.
    private let placeholder: UnsafeMutablePointer<UInt8>

    init(_ input: UnsafeBufferPointer<UInt8>, source: SourceFile) throws(YAMLError) {
        self.source = source
        parser = .allocate(capacity: 1)
        placeholder = .allocate(capacity: 1)
        placeholder.initialize(to: 0)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            placeholder.deallocate()
            throw source.error(.syntax, "out of memory while starting the YAML parser", at: .start)
        }
        yaml_parser_set_input_string(parser, input.baseAddress ?? UnsafePointer(placeholder), input.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        placeholder.deallocate()
    }

    /// The next event, or the error libyaml reported instead.
    func next() throws(YAMLError) -> ParserEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw problem() }
        defer { yaml_event_delete(&event) }
        return ParserEvent(event)
    }
}

private extension EventReader {
    /// libyaml's last error as a located `YAMLError`.
    func problem() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown YAML error"
        switch state.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset and the offending character instead of a mark.
            let value = state.problem_value == -1 ? "" : " (U+\(hex(state.problem_value)))"
            return source.error(.syntax, problem + value, at: source.mark(atByteOffset: state.problem_offset))
        case YAML_MEMORY_ERROR:
            return source.error(.syntax, "out of memory while parsing YAML", at: Mark(state.problem_mark))
        default:
            return syntaxError(problem, at: Mark(state.problem_mark))
        }
    }

    /// A scanner or parser error, with a hint for tabs and without a context that only repeats the mark.
    func syntaxError(_ problem: String, at libyamlMark: Mark) -> YAMLError {
        let state = parser.pointee
        let mark = source.clamped(libyamlMark)
        var problem = problem
        if problem == "found character that cannot start any token" && source.character(at: mark) == "\t" {
            problem = "found a tab character that cannot start any token; indent with spaces"
        }
        let contextMark = Mark(state.context_mark)
        guard let context = state.context, contextMark != libyamlMark else {
            return source.error(.syntax, problem, at: mark)
        }
        return source.error(.syntax, problem, at: mark, context: String(cString: context), contextMark: contextMark)
    }

    func hex(_ value: Int32) -> String {
        let digits = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
        return String(repeating: "0", count: max(4 - digits.count, 0)) + digits
    }
}

extension Mark {
    /// A 1-based mark from libyaml's 0-based one.
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}

private extension ParserEvent {
    /// Copies what the tree builder needs out of a libyaml event.
    init(_ event: yaml_event_t) {
        let mark = Mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            self = .streamStart
        case YAML_DOCUMENT_START_EVENT:
            self = .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            self = .documentEnd
        case YAML_ALIAS_EVENT:
            self = .alias(anchor: string(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let style = Node.Scalar.Style(rawValue: data.style.rawValue) ?? .any
            let scalar = Node.Scalar(value, style: style, tag: string(data.tag), mark: mark)
            self = .scalar(scalar, anchor: string(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            let style: Node.Sequence.Style = data.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
            self = .sequenceStart(Node.Sequence([], style: style, mark: mark), anchor: string(data.anchor))
        case YAML_SEQUENCE_END_EVENT:
            self = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            let style: Node.Mapping.Style = data.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
            self = .mappingStart(Node.Mapping([], style: style, mark: mark), anchor: string(data.anchor))
        case YAML_MAPPING_END_EVENT:
            self = .mappingEnd
        default:
            self = .streamEnd  // YAML_STREAM_END_EVENT; libyaml never returns YAML_NO_EVENT on success.
        }
    }
}

private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
}

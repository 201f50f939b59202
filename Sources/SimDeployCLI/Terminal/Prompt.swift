#if canImport(Glibc)
    import Glibc
#endif

/// Asks a question on the terminal, showing the default, until the answer parses.
struct Prompt {
    let console: Console

    /// Returns the parsed answer; an empty answer takes `defaultValue`. End of input takes the default too.
    func ask<T>(_ question: String, default defaultValue: String, parse: (String) throws -> T) -> T? {
        while true {
            console.standardOutput("\(question) [\(defaultValue)]: ")
            guard let line = readLine(strippingNewline: true) else {
                console.out()
                return try? parse(defaultValue)
            }
            let answer = line.trimmingCharacters(in: " \t")
            do {
                return try parse(answer.isEmpty ? defaultValue : answer)
            } catch {
                console.err("  \(error)")
            }
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

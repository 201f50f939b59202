/// The records that describe the disk now, after a write that may have been interrupted.
///
/// A write commits its manifest in two steps: `manifest.pending.json` before the first output, then
/// `manifest.json` after the last. If the process died in between, each output is either the old
/// file or the new one. So a pending record is taken exactly for the files whose bytes match it, and
/// the committed record for every other file: the manifest is repaired file by file, and never
/// claims a write that did not happen.
enum ManifestRepair {
    static func records(
        manifest: Manifest?, pending: Manifest?, diskHash: (String) throws(DiagnosticError) -> String?
    ) throws(DiagnosticError) -> [String: Manifest.FileRecord] {
        var records = manifest?.files ?? [:]
        for (path, record) in pending?.files ?? [:] where records[path] != record {
            if try diskHash(path) == record.sha256 {
                records[path] = record
            }
        }
        return records
    }
}

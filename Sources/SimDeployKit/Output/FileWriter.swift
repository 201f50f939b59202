#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a crash leaves either the old file or the new one, never a mix.
///
/// A temp file is created in the same folder with the final mode from the start (`O_EXCL`, so no
/// other process can have it open), written, `fsync`ed, then renamed over the target and the folder
/// is synced. Foundation's atomic write is not used: it creates files 0644 and resets an existing
/// 0600 file to 0644, which would expose secrets between two writes.
public struct FileWriter: Sendable {
    private let faults: FaultInjector?

    public init(faults: FaultInjector? = nil) {
        self.faults = faults
    }

    public func write(_ contents: String, to path: String, mode: UInt16) throws(FileError) {
        try write(bytes: Array(contents.utf8), to: path, mode: mode)
    }

    /// Writes raw bytes: a backup must hold exactly what was on disk, even bytes that are not UTF-8.
    public func write(bytes: [UInt8], to path: String, mode: UInt16) throws(FileError) {
        let target = resolvingSymlink(path)
        let directory = parentDirectory(of: target)
        try makeDirectories(directory)
        let temp =
            "\(directory)/.\(baseName(of: target)).simdeploy-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw FileError(path: temp, operation: "create", errno: errno) }
        do throws(FileError) {
            let half = bytes.count / 2
            try writeAll(Array(bytes[..<half]), to: fd, path: temp)
            faults?.step()
            try writeAll(Array(bytes[half...]), to: fd, path: temp)
            // The umask may have removed bits at creation; set exactly what was asked.
            guard fchmod(fd, mode_t(mode)) == 0 else { throw FileError(path: temp, operation: "chmod", errno: errno) }
            guard fsync(fd) == 0 else { throw FileError(path: temp, operation: "fsync", errno: errno) }
            guard close(fd) == 0 else { throw FileError(path: temp, operation: "close", errno: errno) }
            faults?.step()
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard Glibc.rename(temp, target) == 0 else {
            let code = errno
            unlink(temp)
            throw FileError(path: target, operation: "rename", errno: code)
        }
        syncDirectory(directory)
        faults?.step()
    }

    /// Creates `path` (and missing parents) and sets its mode, tightening a folder that already exists.
    public func makeDirectory(_ path: String, mode: UInt16) throws(FileError) {
        try makeDirectories(path)
        guard chmod(path, mode_t(mode)) == 0 else { throw FileError(path: path, operation: "chmod", errno: errno) }
    }

    /// Renames a file or folder within one file system (atomic), then syncs the folder holding it.
    public func rename(_ path: String, to target: String) throws(FileError) {
        faults?.step()
        guard Glibc.rename(path, target) == 0 else { throw FileError(path: path, operation: "rename", errno: errno) }
        syncDirectory(parentDirectory(of: target))
    }

    /// Removes a file; one that is already gone is not an error.
    public func remove(_ path: String) throws(FileError) {
        faults?.step()
        guard unlink(path) == 0 || errno == ENOENT else {
            throw FileError(path: path, operation: "remove", errno: errno)
        }
        syncDirectory(parentDirectory(of: path))
    }

    /// Removes a folder simdeploy created (a backup set) with everything in it. Symlinks are removed,
    /// never followed.
    public func removeTree(_ path: String) throws(FileError) {
        let reader = FileReader()
        for name in try reader.list(path) {
            let child = "\(path)/\(name)"
            var info = stat()
            guard lstat(child, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                try removeTree(child)
            } else {
                try remove(child)
            }
        }
        guard rmdir(path) == 0 || errno == ENOENT else {
            throw FileError(path: path, operation: "remove folder", errno: errno)
        }
    }

    private func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "write", errno: errno)
            }
            offset += written
        }
    }

    /// Writing through a symlinked `.env` updates the file it points to instead of replacing the link.
    private func resolvingSymlink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let real = realpath(path, nil) else {
            return path
        }
        defer { free(real) }
        return String(cString: real)
    }

    private func makeDirectories(_ directory: String) throws(FileError) {
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/\(component)"
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw FileError(path: current, operation: "create folder", errno: errno)
            }
        }
    }

    private func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

func parentDirectory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

func baseName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
}

/// A file operation that failed, with the system's reason.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32

    public init(path: String, operation: String, errno code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        "cannot \(operation) \(path): \(String(cString: strerror(code)))"
    }
}

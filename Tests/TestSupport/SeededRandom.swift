import SimDeployKit

/// A deterministic `RandomSource` for golden files: the same seed gives the same secrets.
public final class SeededRandom: RandomSource, @unchecked Sendable {
    private var generator: SeededBytes

    public init(seed: UInt64 = 42) {
        generator = SeededBytes(seed: seed)
    }

    public func bytes(_ count: Int) throws(SecretError) -> [UInt8] {
        generator.bytes(count)
    }
}

/// A source that always fails, as OpenSSL would if its generator could not be seeded.
public struct FailingRandom: RandomSource {
    public init() {}

    public func bytes(_ count: Int) throws(SecretError) -> [UInt8] {
        throw .randomFailed(code: 0x2400_0064, reason: "error:24000064:random number generator::test failure")
    }
}

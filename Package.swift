// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "simdeploy",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "simdeploy", targets: ["simdeploy"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // System libraries: Debian's libyaml-dev and libssl-dev, found through pkg-config.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),

        // A YAML node tree with source marks, parsed and emitted through libyaml.
        .target(name: "YAML", dependencies: ["CYAML"]),
        // Docker Compose's dotenv dialect: a located parser and a value encoder. Foundation-free,
        // because `simdeploy lint` starts on this path and process start-up dominates small files.
        .target(name: "DotEnv"),
        // Model, spec loading, catalogue, secrets, renderers and file output. Never prints.
        // Compiled in (`PackageResources.<name>`), so an installed binary needs no files beside it:
        // the proxy templates, and helm/presets/, the one source of the per-cloud Helm defaults
        // (readable files an operator can copy).
        .target(
            name: "SimDeployKit",
            dependencies: ["YAML", "DotEnv", "COpenSSL"],
            resources: [
                .embedInCode("../../templates/Caddyfile.tmpl"),
                .embedInCode("../../templates/nginx-site.conf.tmpl"),
                .embedInCode("../../templates/nginx-bootstrap.conf.tmpl"),
                .embedInCode("../../helm/presets/aws.yaml"),
                .embedInCode("../../helm/presets/azure.yaml"),
                .embedInCode("../../helm/presets/gcp.yaml"),
                .embedInCode("../../helm/presets/generic.yaml"),
                .embedInCode("../../helm/presets/ingress-alb.yaml"),
                .embedInCode("../../helm/presets/ingress-application-gateway.yaml"),
                .embedInCode("../../helm/presets/ingress-gce.yaml"),
                .embedInCode("../../helm/presets/ingress-nginx.yaml"),
                .embedInCode("../../helm/presets/ingress-traefik.yaml"),
            ]
        ),
        // Commands, terminal I/O and exit codes.
        .target(
            name: "SimDeployCLI",
            dependencies: [
                "SimDeployKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "simdeploy", dependencies: ["SimDeployCLI"]),

        .target(name: "TestSupport", dependencies: ["SimDeployKit", "YAML", "DotEnv"], path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "DotEnvTests", dependencies: ["DotEnv", "TestSupport"]),
        .testTarget(
            name: "SimDeployKitTests",
            dependencies: ["SimDeployKit", "TestSupport"],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "SimDeployCLITests", dependencies: ["SimDeployCLI", "TestSupport"],
            exclude: ["Snapshots", "Golden", "Support"]),
    ]
)

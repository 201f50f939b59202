import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

/// Every proxy file of every scenario goes through the server that will read it: Caddy 2.11 and
/// Debian's 2.6 (`caddy validate`, formatting included), nginx 1.22 (`nginx -t` inside Debian's
/// stock http{} with certbot's real include files).
@Suite(
    "proxy configs pass the real servers",
    .enabled(if: Validators.arePresent, "validators not found; set SIMDEPLOY_SHARED"))
struct ProxyValidatorTests {
    static let proxyScenarios = ProxyRenderTests.proxyScenarios

    @Test("every rendered Caddyfile and nginx site passes its validator (strict)", arguments: proxyScenarios)
    func proxyFilesAreValid(_ name: String) throws {
        let (folder, plan) = try Scenarios.render(name)
        var checked = 0
        for planned in plan.files {
            let path = folder.file(planned.file.path).path
            if planned.file.path == CaddyRenderer.fileName {
                ValidatorIntegrationTests.expectValid(try Validators.run("caddy", ["--strict", path]))
                checked += 1
            } else if planned.file.path.hasPrefix("nginx/") {
                ValidatorIntegrationTests.expectValid(try Validators.run("nginx", ["--strict", path]))
                checked += 1
            }
        }
        #expect(checked == (plan.install.proxy.kind == .nginx ? 2 : 1), "\(name): no proxy file was checked")
    }

    @Test(
        "Caddy as a compose service: Docker Compose accepts the file with its caddy service (strict)",
        arguments: proxyScenarios.filter {
            (try? SpecLoader.load(Scenarios.spec($0)).install.proxy.runsInCompose) == true
        })
    func caddyServiceIsValid(_ name: String) throws {
        let (folder, _) = try Scenarios.render(name)
        let compose = folder.file(ComposeRenderer.fileName).path
        let env = folder.file(".env").path
        ValidatorIntegrationTests.expectValid(try Validators.run("compose", ["--strict", "--env-file", env, compose]))
    }
}

/// Renders an install without secret values, for the committed examples under `compose/`.
///
/// Secret lines come out empty (`ENCRYPTION_KEY=`), so an example can be published and diffed
/// without ever holding a key; `simdeploy generate` fills them on a real install.
public enum ExampleRender {
    public static func files(_ install: Install) throws(DiagnosticError) -> [RenderedFile] {
        var env = try EnvRenderer(plan: EnvPlan(install), secrets: [:], install: install).render(existing: nil).file
        env.path = "env.example"
        env.containsSecrets = false
        return [env] + (try Outputs.render(install))
    }
}

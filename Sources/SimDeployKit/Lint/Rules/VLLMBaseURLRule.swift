import DotEnv

/// `VLLM_BASE_URL` ending in `/v1`.
struct VLLMBaseURLRule: EnvRule {
    static let description = RuleDescription(
        identifier: "vllm-base-url", name: "vLLM base URL", kind: .sim,
        summary: "`VLLM_BASE_URL` ends in `/v1`.",
        rationale: """
            Sim appends `/v1` itself, so `http://vllm:8000/v1` sends requests to `/v1/v1/…` and every \
            call returns 404.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("VLLM_BASE_URL=↓http://vllm:8000/v1\n")
        ],
        nonTriggeringExamples: [
            Example("VLLM_BASE_URL=http://vllm:8000\n")
        ])

    func check(_ input: LintInput) -> [Finding] {
        guard let statement = input.statement(for: "VLLM_BASE_URL"), let value = input.literalValue(statement),
            value.hasSuffix("/v1") || value.hasSuffix("/v1/")
        else { return [] }
        return [
            Finding(
                "VLLM_BASE_URL ends in /v1, but Sim appends /v1 itself", at: statement.entry.valuePosition,
                hint: "remove the trailing /v1")
        ]
    }
}

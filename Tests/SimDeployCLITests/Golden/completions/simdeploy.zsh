#compdef simdeploy

__simdeploy_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__simdeploy_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __simdeploy_complete "${completions[@]:0:-1}"
    fi
}

__simdeploy_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_simdeploy() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'init:Create a new install: simdeploy.yaml, .env with fresh secrets, the compose file and the proxy config.'
            'generate:Re-render every file of an install from simdeploy.yaml and its .env.'
            'plan:Show what generate would do to each file, with a diff, and write nothing.'
            'upgrade:Pin a new Sim version and regenerate everything it needs.'
            'secrets:List the install'\''s secrets or rotate one.'
            'lint:Check .env files for syntax, dialect hazards and Sim configuration mistakes.'
            'explain:Explain a lint rule or a Sim environment variable.'
            'doctor:Preflight the host and the install folder: a checklist with the fix for each problem.'
            'verify:Check a deployed install from the outside: app, Socket.IO through the proxy, TLS, redirect, headers.'
            'graph:Draw the install from its spec: services, published ports, proxy routes, volumes and secrets.'
            'schema:Print the JSON Schema of simdeploy.yaml, for editor completion and validation.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        init|generate|plan|upgrade|secrets|lint|explain|doctor|verify|graph|schema|help)
            "_simdeploy_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_simdeploy_init() {
    local -i ret=1
    local -ar ___target=('compose' 'kubernetes')
    local -ar ___cloud=('aws' 'azure' 'gcp' 'generic')
    local -ar ___secret_mode=('existingSecret' 'inline' 'externalSecrets')
    local -ar ___proxy=('caddy' 'nginx' 'none')
    local -ar ___proxy_upstream=('host' 'compose')
    local -ar ___ollama=('none' 'gpu' 'cpu' 'external')
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        '--domain[Public host name; the URL becomes https\://<host>.]:host:'
        '--url[Public origin, e.g. https\://sim.example.com (instead of --domain).]:url:'
        '--target[Where Sim runs\: compose (Docker Compose) or kubernetes (the upstream Helm chart).]:target:{__simdeploy_complete "${___target[@]}"}'
        '--cloud[Kubernetes platform\: aws, azure, gcp or generic (picks the built-in Helm presets).]:cloud:{__simdeploy_complete "${___cloud[@]}"}'
        '--namespace[Kubernetes namespace of the release (default\: sim).]:name:'
        '--secret-mode[Kubernetes secrets\: existingSecret (a Secret manifest to apply; default), inline or externalSecrets.]:secret-mode:{__simdeploy_complete "${___secret_mode[@]}"}'
        '--secret-store[ClusterSecretStore of External Secrets Operator (with --secret-mode externalSecrets).]:name:'
        '--proxy[Reverse proxy\: caddy, nginx or none. Default\: caddy for https, none otherwise (and on Kubernetes).]:proxy:{__simdeploy_complete "${___proxy[@]}"}'
        '--proxy-upstream[Where the proxy runs\: host (installed on the Docker host) or compose (Caddy as a compose service).]:proxy-upstream:{__simdeploy_complete "${___proxy_upstream[@]}"}'
        '--acme-email[Address for ACME registration and certificate notices (Caddy, certbot).]:email:'
        '--ollama[Local models\: none, gpu, cpu or external.]:ollama:{__simdeploy_complete "${___ollama[@]}"}'
        '--ollama-url[URL of an external Ollama (with --ollama external).]:url:'
        '--version[Sim image tag to pin.]:tag:'
        '--name[Install name (compose project).]:name:'
        '--non-interactive[Never ask; take defaults for what the flags do not give.]'
        '--force[Overwrite an existing install (secrets in .env are kept).]'
        '--dry-run[Show what would be written, as a diff, and write nothing.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_generate() {
    local -i ret=1
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        '--dry-run[Print the plan and a unified diff (secrets redacted) and write nothing.]'
        '--check[Write nothing; exit 0 when every file is current, 1 when something would change.]'
        '--force[Replace files whose hand edits conflict with the new output (each is backed up first).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_plan() {
    local -i ret=1
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_upgrade() {
    local -i ret=1
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        '--to[Sim image tag to move to, e.g. v0.8.9.]:tag:'
        '--allow-downgrade[Allow moving to an older version (restore the matching database backup first).]'
        '--dry-run[Print the plan, the notes and the diff, and write nothing.]'
        '--force[Replace files whose hand edits conflict with the new output (each is backed up first).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_secrets() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:Name, users, rotation class and state of every secret; values only with --show.'
            'rotate:Replace one generated secret in .env with a fresh OpenSSL value.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|rotate)
            "_simdeploy_secrets_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_simdeploy_secrets_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        '--show[Also print each value.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_secrets_rotate() {
    local -i ret=1
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        ':name:'
        '--i-understand-data-loss[Rotate a data-bound secret anyway.]'
        '--dry-run[Say what would happen (diff redacted) and write nothing.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_lint() {
    local -i ret=1
    local -ar ___target=('compose' 'kubernetes')
    local -ar ___format=('text' 'json' 'github' 'sarif')
    local -ar ___severity=('error' 'warning')
    local -ar arg_specs=(
        '*:file:'
        '--target[Where the file is used, which decides the required keys.]:target:{__simdeploy_complete "${___target[@]}"}'
        '--spec[Read the target from this simdeploy.yaml.]:path:'
        '--format[Output format.]:format:{__simdeploy_complete "${___format[@]}"}'
        '--fix[Repair formatting findings in place (never a value Compose reads); keeps FILE.bak and the file mode.]'
        '*--disable[Turn a rule off; repeat it or separate ids with commas (all\: every rule).]:rule:'
        '*--enable[Turn a rule on, opt-in ones too; repeatable, commas allowed (all).]:rule:'
        '--severity[The least severe finding that fails the run.]:severity:{__simdeploy_complete "${___severity[@]}"}'
        '--config[Lint settings file (default\: ./.simdeploy-lint.yml when present).]:path:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_explain() {
    local -i ret=1
    local -ar arg_specs=(
        ':name:'
        '--list[List every lint rule.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_doctor() {
    local -i ret=1
    local -ar ___format=('text' 'json')
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        '--host[Check the machine too (resources, Docker, ports).]'
        '--no-host[Check the machine too (resources, Docker, ports).]'
        '--format[Output format\: text or json.]:format:{__simdeploy_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_verify() {
    local -i ret=1
    local -ar ___format=('text' 'json')
    local -ar arg_specs=(
        '--url[Public origin of the install, e.g. https\://sim.example.com. Default\: the url of simdeploy.yaml in --dir.]:url:'
        '--realtime-url[Origin of realtime'\''s own host, when it has one. Default\: the spec'\''s realtime host, else the app origin.]:url:'
        '--dir[Install folder.]:dir:'
        '--ca-file[PEM file of extra CA certificates to trust (a private CA).]:pem:'
        '--timeout[Seconds each request may take, connection included (1-300).]:seconds:'
        '--http-port[Port where the proxy serves plain HTTP and should redirect.]:port:'
        '--format[Output format\: text or json.]:format:{__simdeploy_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_graph() {
    local -i ret=1
    local -ar ___format=('mermaid' 'dot')
    local -ar arg_specs=(
        '--dir[Install folder.]:dir:'
        '--format[Output format\: mermaid or dot.]:format:{__simdeploy_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_schema() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_simdeploy_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _simdeploy ]]; then
    _simdeploy "${@}"
else
    compdef _simdeploy simdeploy
fi
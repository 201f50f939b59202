function __simdeploy_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __simdeploy_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __simdeploy_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __simdeploy_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __simdeploy_parse_tokens -S
    set -l unparsed_tokens (__simdeploy_tokens -pc)
    switch $unparsed_tokens[1]
    case 'simdeploy'
        __simdeploy_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'init'
            __simdeploy_parse_subcommand 0 'dir=' 'domain=' 'url=' 'target=' 'cloud=' 'namespace=' 'secret-mode=' 'secret-store=' 'proxy=' 'proxy-upstream=' 'acme-email=' 'ollama=' 'ollama-url=' 'version=' 'name=' 'non-interactive' 'force' 'dry-run' 'version' 'h/help'
        case 'generate'
            __simdeploy_parse_subcommand 0 'dir=' 'dry-run' 'check' 'force' 'version' 'h/help'
        case 'plan'
            __simdeploy_parse_subcommand 0 'dir=' 'version' 'h/help'
        case 'upgrade'
            __simdeploy_parse_subcommand 0 'dir=' 'to=' 'allow-downgrade' 'dry-run' 'force' 'version' 'h/help'
        case 'secrets'
            __simdeploy_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __simdeploy_parse_subcommand 0 'dir=' 'show' 'version' 'h/help'
            case 'rotate'
                __simdeploy_parse_subcommand 1 'dir=' 'i-understand-data-loss' 'dry-run' 'version' 'h/help'
            end
        case 'lint'
            __simdeploy_parse_subcommand -r 1 'target=' 'spec=' 'format=' 'fix' 'disable=+' 'enable=+' 'severity=' 'config=' 'version' 'h/help'
        case 'explain'
            __simdeploy_parse_subcommand 1 'list' 'version' 'h/help'
        case 'doctor'
            __simdeploy_parse_subcommand 0 'dir=' 'host' 'no-host' 'format=' 'version' 'h/help'
        case 'verify'
            __simdeploy_parse_subcommand 0 'url=' 'realtime-url=' 'dir=' 'ca-file=' 'timeout=' 'http-port=' 'format=' 'version' 'h/help'
        case 'graph'
            __simdeploy_parse_subcommand 0 'dir=' 'format=' 'version' 'h/help'
        case 'schema'
            __simdeploy_parse_subcommand 0 'version' 'h/help'
        case 'help'
            __simdeploy_parse_subcommand -r 1 'version'
        end
    end
end

function __simdeploy_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __simdeploy_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __simdeploy_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __simdeploy_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__simdeploy_tokens -p)
    if test -z "$(__simdeploy_tokens -t)"
        set -l index (count (__simdeploy_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'simdeploy' -f
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'init' -d 'Create a new install: simdeploy.yaml, .env with fresh secrets, the compose file and the proxy config.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'generate' -d 'Re-render every file of an install from simdeploy.yaml and its .env.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'plan' -d 'Show what generate would do to each file, with a diff, and write nothing.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'upgrade' -d 'Pin a new Sim version and regenerate everything it needs.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'secrets' -d 'List the install\'s secrets or rotate one.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'lint' -d 'Check .env files for syntax, dialect hazards and Sim configuration mistakes.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'explain' -d 'Explain a lint rule or a Sim environment variable.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'doctor' -d 'Preflight the host and the install folder: a checklist with the fix for each problem.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'verify' -d 'Check a deployed install from the outside: app, Socket.IO through the proxy, TLS, redirect, headers.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'graph' -d 'Draw the install from its spec: services, published ports, proxy routes, volumes and secrets.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'schema' -d 'Print the JSON Schema of simdeploy.yaml, for editor completion and validation.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" domain' -l 'domain' -d 'Public host name; the URL becomes https://<host>.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" url' -l 'url' -d 'Public origin, e.g. https://sim.example.com (instead of --domain).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" target' -l 'target' -d 'Where Sim runs: compose (Docker Compose) or kubernetes (the upstream Helm chart).' -rfka 'compose kubernetes'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" cloud' -l 'cloud' -d 'Kubernetes platform: aws, azure, gcp or generic (picks the built-in Helm presets).' -rfka 'aws azure gcp generic'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" namespace' -l 'namespace' -d 'Kubernetes namespace of the release (default: sim).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" secret-mode' -l 'secret-mode' -d 'Kubernetes secrets: existingSecret (a Secret manifest to apply; default), inline or externalSecrets.' -rfka 'existingSecret inline externalSecrets'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" secret-store' -l 'secret-store' -d 'ClusterSecretStore of External Secrets Operator (with --secret-mode externalSecrets).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" proxy' -l 'proxy' -d 'Reverse proxy: caddy, nginx or none. Default: caddy for https, none otherwise (and on Kubernetes).' -rfka 'caddy nginx none'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" proxy-upstream' -l 'proxy-upstream' -d 'Where the proxy runs: host (installed on the Docker host) or compose (Caddy as a compose service).' -rfka 'host compose'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" acme-email' -l 'acme-email' -d 'Address for ACME registration and certificate notices (Caddy, certbot).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" ollama' -l 'ollama' -d 'Local models: none, gpu, cpu or external.' -rfka 'none gpu cpu external'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" ollama-url' -l 'ollama-url' -d 'URL of an external Ollama (with --ollama external).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" version' -l 'version' -d 'Sim image tag to pin.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" name' -l 'name' -d 'Install name (compose project).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" non-interactive' -l 'non-interactive' -d 'Never ask; take defaults for what the flags do not give.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" force' -l 'force' -d 'Overwrite an existing install (secrets in .env are kept).'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" dry-run' -l 'dry-run' -d 'Show what would be written, as a diff, and write nothing.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy generate" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy generate" dry-run' -l 'dry-run' -d 'Print the plan and a unified diff (secrets redacted) and write nothing.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy generate" check' -l 'check' -d 'Write nothing; exit 0 when every file is current, 1 when something would change.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy generate" force' -l 'force' -d 'Replace files whose hand edits conflict with the new output (each is backed up first).'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy generate" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy plan" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy plan" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy upgrade" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy upgrade" to' -l 'to' -d 'Sim image tag to move to, e.g. v0.8.9.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy upgrade" allow-downgrade' -l 'allow-downgrade' -d 'Allow moving to an older version (restore the matching database backup first).'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy upgrade" dry-run' -l 'dry-run' -d 'Print the plan, the notes and the diff, and write nothing.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy upgrade" force' -l 'force' -d 'Replace files whose hand edits conflict with the new output (each is backed up first).'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy upgrade" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy upgrade" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy secrets" -eq 1' -fa 'list' -d 'Name, users, rotation class and state of every secret; values only with --show.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_positional "simdeploy secrets" -eq 1' -fa 'rotate' -d 'Replace one generated secret in .env with a fresh OpenSSL value.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets list" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets list" show' -l 'show' -d 'Also print each value.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets list" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets rotate" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets rotate" i-understand-data-loss' -l 'i-understand-data-loss' -d 'Rotate a data-bound secret anyway.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets rotate" dry-run' -l 'dry-run' -d 'Say what would happen (diff redacted) and write nothing.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets rotate" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy secrets rotate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" target' -l 'target' -d 'Where the file is used, which decides the required keys.' -rfka 'compose kubernetes'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" spec' -l 'spec' -d 'Read the target from this simdeploy.yaml.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" format' -l 'format' -d 'Output format.' -rfka 'text json github sarif'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" fix' -l 'fix' -d 'Repair formatting findings in place (never a value Compose reads); keeps FILE.bak and the file mode.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint"' -l 'disable' -d 'Turn a rule off; repeat it or separate ids with commas (all: every rule).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint"' -l 'enable' -d 'Turn a rule on, opt-in ones too; repeatable, commas allowed (all).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" severity' -l 'severity' -d 'The least severe finding that fails the run.' -rfka 'error warning'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" config' -l 'config' -d 'Lint settings file (default: ./.simdeploy-lint.yml when present).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy lint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy explain" list' -l 'list' -d 'List every lint rule.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy explain" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy doctor" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy doctor" host' -l 'host' -d 'Check the machine too (resources, Docker, ports).'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy doctor" no-host' -l 'no-host' -d 'Check the machine too (resources, Docker, ports).'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy doctor" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy doctor" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy doctor" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" url' -l 'url' -d 'Public origin of the install, e.g. https://sim.example.com. Default: the url of simdeploy.yaml in --dir.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" realtime-url' -l 'realtime-url' -d 'Origin of realtime\'s own host, when it has one. Default: the spec\'s realtime host, else the app origin.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" ca-file' -l 'ca-file' -d 'PEM file of extra CA certificates to trust (a private CA).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" timeout' -l 'timeout' -d 'Seconds each request may take, connection included (1-300).' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" http-port' -l 'http-port' -d 'Port where the proxy serves plain HTTP and should redirect.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy graph" dir' -l 'dir' -d 'Install folder.' -rfka ''
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy graph" format' -l 'format' -d 'Output format: mermaid or dot.' -rfka 'mermaid dot'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy graph" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy graph" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy schema" version' -l 'version' -d 'Show the version.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy schema" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'simdeploy' -n '__simdeploy_should_offer_completions_for_flags_or_options "simdeploy help" version' -l 'version' -d 'Show the version.'
import YAML

/// A small compose file built the way the renderers build theirs.
enum ComposeExample {
    static let node: Node = [
        "services": [
            "simstudio": [
                "image": "ghcr.io/simstudioai/simstudio:latest",
                "restart": "unless-stopped",
                "ports": ["3000:3000"],
                "environment": [
                    "DATABASE_URL": "postgresql://postgres:${POSTGRES_PASSWORD:?set it in .env}@db:5432/simstudio",
                    "DISABLE_REGISTRATION": "false",
                    "OLLAMA_URL": "http://ollama:11434",
                    "NODE_OPTIONS": "--max-old-space-size=4096",
                ],
                "depends_on": ["db": ["condition": "service_healthy"]],
                "healthcheck": [
                    "test": .flowSequence(["CMD", "wget", "--spider", "--quiet", "http://127.0.0.1:3000"]),
                    "interval": "90s",
                    "retries": 3,
                ],
                "read_only": false,
            ],
            "db": [
                "image": "pgvector/pgvector:pg17",
                "environment": ["POSTGRES_USER": "postgres", "POSTGRES_DB": "simstudio", "PGPORT": "5432"],
                "volumes": ["postgres_data:/var/lib/postgresql/data"],
                "command": .literal("postgres\n  -c max_connections=200\n"),
                "stop_grace_period": .null,
            ],
        ],
        "volumes": ["postgres_data": [:]],
    ]

    static let text = """
        services:
          simstudio:
            image: ghcr.io/simstudioai/simstudio:latest
            restart: unless-stopped
            ports:
            - 3000:3000
            environment:
              DATABASE_URL: postgresql://postgres:${POSTGRES_PASSWORD:?set it in .env}@db:5432/simstudio
              DISABLE_REGISTRATION: "false"
              OLLAMA_URL: http://ollama:11434
              NODE_OPTIONS: "--max-old-space-size=4096"
            depends_on:
              db:
                condition: service_healthy
            healthcheck:
              test: [CMD, wget, "--spider", "--quiet", "http://127.0.0.1:3000"]
              interval: 90s
              retries: 3
            read_only: false
          db:
            image: pgvector/pgvector:pg17
            environment:
              POSTGRES_USER: postgres
              POSTGRES_DB: simstudio
              PGPORT: "5432"
            volumes:
            - postgres_data:/var/lib/postgresql/data
            command: |
              postgres
                -c max_connections=200
            stop_grace_period: null
        volumes:
          postgres_data: {}

        """
}

# Writes a deterministic .env corpus of LINES lines: a realistic Sim header, then settings with a mix of
# plain, quoted, URL, referencing and single-quoted values, comments and blank lines, and one deliberate
# problem (trailing blank, lowercase key, duplicate) every 1,000 lines so every linter has something to say.
# Usage: awk -v LINES=10000 -f corpus.awk > corpus.env
function rand32() { seed = (seed * 16807) % 2147483647; return seed }
function hex(n,   s, i) { s = ""; for (i = 0; i < n; i++) s = s substr("0123456789abcdef", rand32() % 16 + 1, 1); return s }
BEGIN {
  seed = 20261129
  header[1] = "# Sim Studio environment (benchmark corpus)"
  header[2] = "NEXT_PUBLIC_APP_URL=https://sim.example.com"
  header[3] = "BETTER_AUTH_SECRET=" hex(64)
  header[4] = "ENCRYPTION_KEY=" hex(64)
  header[5] = "INTERNAL_API_SECRET=" hex(64)
  header[6] = "CRON_SECRET=" hex(64)
  header[7] = "API_ENCRYPTION_KEY=" hex(64)
  header[8] = "POSTGRES_PASSWORD=" hex(24)
  header[9] = "LOG_LEVEL=INFO"
  header[10] = "NEXT_TELEMETRY_DISABLED=1"
  header[11] = ""
  n = 0
  for (i = 1; i <= 11 && n < LINES; i++) { print header[i]; n++ }
  k = 0
  while (n < LINES) {
    n++
    if (n % 25 == 0) { print ""; continue }
    if (n % 10 == 0) { print "# settings group " n; continue }
    k++
    key = sprintf("APP_SETTING_%07d", k)
    if (n % 1000 == 501) { print key "=value" k "  "; continue }
    if (n % 1000 == 701) { print tolower(key) "=" k; continue }
    if (n % 1000 == 903) { print sprintf("APP_SETTING_%07d", k - 1) "=again"; continue }
    kind = rand32() % 6
    if (kind == 0) print key "=" hex(16)
    else if (kind == 1) print key "=\"quoted value " k "\""
    else if (kind == 2) print key "=https://host" k ".example.com/api"
    else if (kind == 3 && k > 1) print key "=${" sprintf("APP_SETTING_%07d", k - 1) "}/suffix"
    else if (kind == 4) print key "='literal $" k "'"
    else print key "=" k
  }
}

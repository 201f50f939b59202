#!/usr/bin/env bash
# Builds simdeploy as it ships and prints the binary's path: release, the Swift runtime, C++ runtime,
# libyaml and OpenSSL linked in from their static archives; only glibc (libc, libm) and libgcc_s stay
# shared, so name lookup (NSS) and the system's glibc keep working and no libssl3 or libyaml-0-2
# package is needed where it runs.
#
# Why: loading and relocating the shared libcrypto and libstdc++ was most of a small lint's time
# (7.0 ms whole process for 100 lines against 5.4 ms, bench/lint-bench.sh). The binary stays a
# position-independent executable: a non-PIE link saves about another millisecond but gives up
# address-space randomisation of the binary's own code, which a tool that holds secrets keeps.
#
# How: SwiftPM asks pkg-config how to link the CYAML and COpenSSL system-library targets. The .pc
# files written here put a folder holding only the static archives first on the search path, so the
# linker's -lssl, -lcrypto, -lyaml and -lstdc++ find the .a files. A separate build folder
# (.build/static) keeps the everyday `swift build -c release` untouched.
#
#   scripts/build-release.sh            # builds, prints .build/static/release/simdeploy
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"

scratch=.build/static
libs="$PWD/$scratch/static-libs"
mkdir -p "$libs"

archive() {
  local name="$1" dir="$2"
  [[ -f $dir/$name ]] || { echo "build-release: $dir/$name not found (apt-get install the -dev package)" >&2; exit 1; }
  ln -sf "$dir/$name" "$libs/$name"
}
archive libssl.a "$(pkg-config --variable=libdir openssl)"
archive libcrypto.a "$(pkg-config --variable=libdir openssl)"
archive libyaml.a "$(pkg-config --variable=libdir yaml-0.1)"
stdcpp="$(clang -print-file-name=libstdc++.a)"
archive libstdc++.a "$(dirname "$stdcpp")"

cat >"$libs/openssl.pc" <<EOF
Name: OpenSSL
Description: OpenSSL from its static archives (scripts/build-release.sh)
Version: $(pkg-config --modversion openssl)
Libs: -L$libs -lssl -lcrypto
Cflags: $(pkg-config --cflags openssl)
EOF
cat >"$libs/yaml-0.1.pc" <<EOF
Name: LibYAML
Description: libyaml from its static archive (scripts/build-release.sh)
Version: $(pkg-config --modversion yaml-0.1)
Libs: -L$libs -lyaml
Cflags: $(pkg-config --cflags yaml-0.1)
EOF

build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product simdeploy)
PKG_CONFIG_PATH="$libs" "${build[@]}" >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log" >&2; exit 1; }
binary="$("${build[@]}" --show-bin-path)/simdeploy"

# The promise above, checked: nothing but glibc and libgcc_s is loaded at run time.
shared="$(ldd "$binary" | awk '{print $1}' | grep -vE '^(linux-vdso\.so|/lib64/ld-linux|libc\.so|libm\.so|libgcc_s\.so)' || true)"
[[ -z $shared ]] || { echo "build-release: $binary still loads: $shared" >&2; exit 1; }
echo "$binary"

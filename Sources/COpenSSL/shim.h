#include <openssl/rand.h>
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

// Swift cannot call function-like macros, so the two `verify` needs are wrapped here.

/// Sends the host name in the TLS ClientHello (SNI), so a proxy serving several names picks the right certificate.
static inline long simdeploy_set_server_name(SSL *ssl, const char *name) {
    return SSL_set_tlsext_host_name(ssl, name);
}

/// Treats a peer that closes without close_notify as end of stream: many servers do, and the HTTP
/// layer detects truncation itself (Content-Length, chunked framing).
static inline void simdeploy_ignore_unexpected_eof(SSL_CTX *context) {
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
    SSL_CTX_set_options(context, SSL_OP_IGNORE_UNEXPECTED_EOF);
#endif
}

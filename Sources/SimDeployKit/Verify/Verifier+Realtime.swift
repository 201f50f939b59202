extension Verifier {
    static let pollingPath = "/socket.io/?EIO=4&transport=polling"
    static let websocketPath = "/socket.io/?EIO=4&transport=websocket"

    /// Sent for every way `/socket.io/` fails to reach realtime.
    static let routeFix =
        "route the /socket.io/ prefix to realtime on port 3002, query string included (Caddy: handle /socket.io/* { reverse_proxy ...:3002 }; nginx: location /socket.io/ { proxy_pass http://127.0.0.1:3002; })"
    static let realtimeDownFix =
        "the proxy cannot reach realtime: docker compose ps realtime; docker compose logs realtime"

    /// Engine.IO's long-polling handshake answers with an open packet, which only realtime sends.
    func polling(_ origin: PublicURL, _ session: inout Session) -> VerifyCheck {
        if let skip = session.skipIfUnreachable(origin, .socketIOPolling) { return skip }
        let response: HTTPResponse
        switch session.get(origin, Self.pollingPath) {
        case .failure(let error): return VerifyCheck(.socketIOPolling, .fail, error.description, fix: error.fix)
        case .success(let value): response = value
        }
        let line = Self.line(Self.pollingPath, response)
        if response.status == 200, let packet = EngineIOOpenPacket(response.bodyText) {
            let upgrades = packet.offersWebSocket ? "offers websocket" : "does not offer websocket"
            return VerifyCheck(.socketIOPolling, .pass, "\(line): realtime opened a session and \(upgrades)")
        }
        return Self.notRealtime(.socketIOPolling, line, response)
    }

    /// The websocket upgrade passes the proxy: `101`, the right `Sec-WebSocket-Accept`, then the open packet.
    func websocket(_ origin: PublicURL, _ session: inout Session) -> VerifyCheck {
        if let skip = session.skipIfUnreachable(origin, .websocket) { return skip }
        let handshake: WebSocketHandshake
        do {
            handshake = try WebSocketHandshake(random: random)
        } catch {
            return VerifyCheck(.websocket, .fail, error.description, fix: "check the OpenSSL installation (libcrypto)")
        }
        let response: HTTPResponse
        switch session.get(origin, Self.websocketPath, headers: handshake.headers) {
        case .failure(let error): return VerifyCheck(.websocket, .fail, error.description, fix: error.fix)
        case .success(let value): response = value
        }
        let line = "GET \(Self.websocketPath) with Upgrade: websocket → \(response.summary)"
        guard response.status == 101 else {
            if response.status == 400 || response.status == 426
                || (response.isSuccess && response.bodyText.hasPrefix("0{"))
            {
                return VerifyCheck(
                    .websocket, .fail, "\(line): realtime answered, but without the upgrade",
                    fix:
                        "pass the upgrade through the proxy (Caddy does by itself; nginx in location /socket.io/: proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection \"upgrade\";)"
                )
            }
            return Self.notRealtime(.websocket, line, response)
        }
        guard let expected = handshake.expectedAccept, response.header("Sec-WebSocket-Accept") == expected else {
            return VerifyCheck(
                .websocket, .fail, "\(line), but Sec-WebSocket-Accept does not match the key sent",
                fix:
                    "something between the browser and realtime rewrites the handshake; proxy /socket.io/ straight to realtime"
            )
        }
        guard let frame = WebSocketFrame.first(in: response.body), frame.isText,
            EngineIOOpenPacket(String(decoding: frame.payload, as: UTF8.self)) != nil
        else {
            return VerifyCheck(
                .websocket, .warn, "\(line), but no Engine.IO open packet followed within 3 s",
                fix:
                    "check that the proxy does not buffer the upgraded connection; until then browsers fall back to long-polling"
            )
        }
        return VerifyCheck(.websocket, .pass, "\(line) and realtime sent its open packet")
    }

    /// Realtime's `/health` is for the container health check only; through the proxy it should not answer.
    func realtimeHealth(_ origin: PublicURL, _ session: inout Session) -> VerifyCheck {
        if let skip = session.skipIfUnreachable(origin, .realtimeHealth) { return skip }
        let response: HTTPResponse
        switch session.get(origin, "/health") {
        case .failure(let error): return VerifyCheck(.realtimeHealth, .skip, "not checked: \(error)")
        case .success(let value): response = value
        }
        let isJSON = response.header("Content-Type")?.lowercased().contains("json") == true
        if response.isSuccess && isJSON {
            return VerifyCheck(
                .realtimeHealth, .warn, "\(Self.line("/health", response)): realtime's internal routes answer publicly",
                fix:
                    "send only /socket.io/ to realtime; its /health and /api/* routes are internal (a realtime host should answer 404 for everything else)"
            )
        }
        return VerifyCheck(.realtimeHealth, .pass, "\(Self.line("/health", response)): not realtime's")
    }

    /// The failure for a `/socket.io/` request that did not reach realtime, by what answered instead.
    private static func notRealtime(_ kind: VerifyCheck.Kind, _ line: String, _ response: HTTPResponse)
        -> VerifyCheck
    {
        if [502, 503, 504].contains(response.status) {
            return VerifyCheck(kind, .fail, "\(line): realtime is down or unreachable", fix: realtimeDownFix)
        }
        if response.status == 400, response.bodyText.hasPrefix("{") {
            return VerifyCheck(
                kind, .fail, "\(line): realtime refused the handshake: \(snippet(response))",
                fix: "check that the proxy passes the query string and realtime's ALLOWED_ORIGINS includes this origin")
        }
        let body = response.body.isEmpty ? "" : " (\(snippet(response)))"
        return VerifyCheck(
            kind, .fail, "\(line)\(body): not an Engine.IO answer, so the request did not reach realtime", fix: routeFix
        )
    }
}

#pragma once
// What keeps another web site out of naskah serve: a form posted from elsewhere (CSRF) lacks the token the page
// carries and has a foreign Origin; a site that makes its own name point at 127.0.0.1 (DNS rebinding) has a foreign
// Host. Nothing here knows HTTP beyond the headers' values, so that it is tested on its own.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::serve {

/// A random token of 32 bytes as 64 hex digits, from the system's random source: one per server run.
std::string random_token();

struct RequestHeaders {
  std::string_view method;  ///< "GET", "POST"
  std::string_view host;    ///< the Host header, "127.0.0.1:8080"
  std::optional<std::string_view> origin;  ///< the Origin header, when the browser sent one
  std::optional<std::string_view> token;   ///< the X-Naskah-Token header
};

class RequestGuard {
 public:
  /// `hosts`: the Host values the server answers to ("127.0.0.1:8080", "localhost:8080"); empty: any, for a server
  /// bound to another address, whose names the operator knows (docs/serve.md).
  RequestGuard(std::string token, std::vector<std::string> hosts);

  [[nodiscard]] const std::string& token() const { return token_; }

  /// Why the request is refused, in the user's language; nothing when it may go on. Every request needs a Host
  /// the server answers to; a POST needs the token, and an Origin, when there is one, of this server.
  [[nodiscard]] std::optional<std::string> refusal(const RequestHeaders& request) const;

 private:
  std::string token_;
  std::vector<std::string> hosts_;
};

/// The Host values of a server listening on loopback `host` at `port`: the address and localhost's names; empty
/// (any Host) for any other address.
std::vector<std::string> loopback_hosts(const std::string& host, int port);

}  // namespace naskah::serve

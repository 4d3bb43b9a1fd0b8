#include "request_guard.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <random>

#include "naskah/text/translate.hpp"

namespace naskah::serve {
namespace {

/// Equal, in a time that does not tell how much of the token a guess had right.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

}  // namespace

std::string random_token() {
  std::random_device source;  // /dev/urandom on Linux
  std::string token;
  for (int i = 0; i < 8; ++i) token += fmt::format("{:08x}", source());
  return token;
}

RequestGuard::RequestGuard(std::string token, std::vector<std::string> hosts)
    : token_(std::move(token)), hosts_(std::move(hosts)) {}

std::optional<std::string> RequestGuard::refusal(const RequestHeaders& request) const {
  if (!hosts_.empty() && std::find(hosts_.begin(), hosts_.end(), request.host) == hosts_.end()) {
    return text::tr("this server does not answer to the name \"{}\"", request.host);
  }
  if (request.method == "GET" || request.method == "HEAD") return std::nullopt;
  if (request.origin && *request.origin != fmt::format("http://{}", request.host)) {
    return text::tr("a form of another site (\"{}\") may not post here", *request.origin);
  }
  if (!request.token || !same_secret(*request.token, token_)) {
    return text::tr("the page is out of date or from elsewhere: reload it");
  }
  return std::nullopt;
}

std::vector<std::string> loopback_hosts(const std::string& host, int port) {
  if (host != "127.0.0.1" && host != "localhost" && host != "::1") return {};
  return {fmt::format("127.0.0.1:{}", port), fmt::format("localhost:{}", port), fmt::format("[::1]:{}", port)};
}

}  // namespace naskah::serve

// RequestGuard: a POST needs the page's token and, when the browser says where it comes from, this server's origin;
// a loopback server answers only to its own names.

#include <catch2/catch.hpp>

#include <set>

#include "../src/serve/request_guard.hpp"

using naskah::serve::RequestGuard;

TEST_CASE("the token is random, 64 hex digits, new for every server", "[serve]") {
  std::set<std::string> tokens;
  for (int i = 0; i < 20; ++i) {
    const std::string token = naskah::serve::random_token();
    CHECK(token.size() == 64);
    CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
    tokens.insert(token);
  }
  CHECK(tokens.size() == 20);
}

TEST_CASE("a post without the token, with another one, or from another origin is refused", "[serve]") {
  const RequestGuard guard("secret-token", naskah::serve::loopback_hosts("127.0.0.1", 8080));
  const std::string_view host = "127.0.0.1:8080";
  CHECK_FALSE(guard.refusal({"GET", host, std::nullopt, std::nullopt}));
  CHECK_FALSE(guard.refusal({"POST", host, std::nullopt, "secret-token"}));
  CHECK_FALSE(guard.refusal({"POST", "localhost:8080", "http://localhost:8080", "secret-token"}));

  CHECK(guard.refusal({"POST", host, std::nullopt, std::nullopt}) ==
        "the page is out of date or from elsewhere: reload it");
  CHECK(guard.refusal({"POST", host, std::nullopt, "secret-tokeN"}));
  CHECK(guard.refusal({"POST", host, std::nullopt, "secret"}));
  CHECK(guard.refusal({"POST", host, "http://evil.example", "secret-token"}) ==
        "a form of another site (\"http://evil.example\") may not post here");
  CHECK(guard.refusal({"POST", host, "null", "secret-token"}));
}

TEST_CASE("a loopback server answers only to its names: a rebound DNS name is refused, even for GET", "[serve]") {
  const RequestGuard guard("t", naskah::serve::loopback_hosts("127.0.0.1", 9000));
  CHECK_FALSE(guard.refusal({"GET", "127.0.0.1:9000", std::nullopt, std::nullopt}));
  CHECK_FALSE(guard.refusal({"GET", "[::1]:9000", std::nullopt, std::nullopt}));
  CHECK(guard.refusal({"GET", "evil.example:9000", std::nullopt, std::nullopt}) ==
        "this server does not answer to the name \"evil.example:9000\"");
  CHECK(guard.refusal({"GET", "127.0.0.1:9001", std::nullopt, std::nullopt}));
  // Bound elsewhere, the names are the operator's: any Host, the token and origin still checked.
  const RequestGuard office("t", naskah::serve::loopback_hosts("0.0.0.0", 9000));
  CHECK_FALSE(office.refusal({"GET", "naskah.bappeda.local", std::nullopt, std::nullopt}));
  CHECK(office.refusal({"POST", "naskah.bappeda.local", "http://evil.example", "t"}));
}

// ConnectionDeadline on real loopback sockets: a connection of the watched port is shut down once it is older than
// the limit, and nothing else is — not a younger connection, not the listening socket, not another port's
// connection, not a newer connection that took an old one's descriptor number.

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

#include "../src/serve/connection_deadline.hpp"

using namespace std::chrono_literals;
using naskah::serve::ConnectionDeadline;

namespace {

/// A loopback socket of the test's, closed with it.
struct Socket {
  int fd = -1;
  explicit Socket(int descriptor) : fd(descriptor) {}
  ~Socket() {
    if (fd >= 0) close(fd);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
};

sockaddr_in loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<in_port_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

/// A listening socket on a free loopback port.
struct Listener {
  Socket socket{::socket(AF_INET, SOCK_STREAM, 0)};
  int port = 0;
  Listener() {
    sockaddr_in address = loopback(0);
    REQUIRE(bind(socket.fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(listen(socket.fd, 8) == 0);
    socklen_t length = sizeof address;
    REQUIRE(getsockname(socket.fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    port = ntohs(address.sin_port);
  }
  /// A client connected to it, waiting to be accepted.
  [[nodiscard]] int connect_client() const {
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(port);
    REQUIRE(connect(client, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    return client;
  }
  /// The listener's side of the next connection.
  [[nodiscard]] int take() const {
    const int accepted = accept(socket.fd, nullptr, nullptr);
    REQUIRE(accepted >= 0);
    return accepted;
  }
  /// A client connected to it; `accepted` gets the listener's side.
  int connect_client(int& accepted) const {
    const int client = connect_client();
    accepted = take();
    return client;
  }
};

/// Whether the peer has ended the connection within `wait`: readable, with nothing to read.
bool ended(int client, std::chrono::milliseconds wait = 0ms) {
  pollfd entry{client, POLLIN, 0};
  if (poll(&entry, 1, static_cast<int>(wait.count())) != 1) return false;
  char byte = 0;
  return recv(client, &byte, 1, MSG_DONTWAIT) == 0;
}

}  // namespace

TEST_CASE("a connection older than the limit is shut down, a younger one and other sockets are not", "[serve]") {
  Listener listener, other;
  int accepted = -1, later = -1, elsewhere = -1;
  Socket client(listener.connect_client(accepted)), served(accepted);
  Socket other_client(other.connect_client(elsewhere)), other_served(elsewhere);
  ConnectionDeadline deadline(listener.port, 2s);
  const auto start = ConnectionDeadline::clock::now();

  CHECK(deadline.sweep(start) == 0);
  CHECK(deadline.sweep(start + 1s) == 0);
  CHECK_FALSE(ended(client.fd));

  Socket young_client(listener.connect_client(later)), young_served(later);
  CHECK(deadline.sweep(start + 2s) == 1);
  CHECK(ended(client.fd, 1000ms));
  CHECK_FALSE(ended(young_client.fd));
  CHECK_FALSE(ended(other_client.fd));
  CHECK(deadline.sweep(start + 3s) == 0);  // shut once, not counted again

  CHECK(deadline.sweep(start + 4s) == 1);  // the younger, at its own limit
  CHECK(ended(young_client.fd, 1000ms));
  CHECK_FALSE(ended(other_client.fd));
  int another = -1;  // the listening socket still takes connections
  Socket another_client(listener.connect_client(another)), another_served(another);
}

TEST_CASE("a descriptor number taken over by a newer connection starts its own time", "[serve]") {
  Listener listener;
  int first = -1;
  Socket first_client(listener.connect_client(first));
  ConnectionDeadline deadline(listener.port, 2s);
  const auto start = ConnectionDeadline::clock::now();
  CHECK(deadline.sweep(start) == 0);
  Socket second_client(listener.connect_client());
  close(first);
  Socket second_served(listener.take());
  REQUIRE(second_served.fd == first);  // the lowest free number, as the kernel gives it
  CHECK(deadline.sweep(start + 5s) == 0);
  CHECK_FALSE(ended(second_client.fd));
  CHECK(deadline.sweep(start + 7s) == 1);
  CHECK(ended(second_client.fd, 1000ms));
}

TEST_CASE("the watch's own thread shuts an old connection down, and stops when told", "[serve]") {
  Listener listener;
  int accepted = -1;
  Socket client(listener.connect_client(accepted)), served(accepted);
  ConnectionDeadline deadline(listener.port, 0s);
  deadline.start();
  CHECK(ended(client.fd, 3000ms));
  const auto asked = std::chrono::steady_clock::now();
  deadline.stop();
  CHECK(std::chrono::steady_clock::now() - asked < 500ms);
}

#pragma once
// naskah serve's HTTP side, on cpp-httplib: the page, the listing, and the page's requests (check, build, diff)
// handed to PlanService, each through the RequestGuard, within the size and time limits, on a BoundedPool.

#include <chrono>
#include <memory>
#include <string>

#include "plan_service.hpp"
#include "request_guard.hpp"

namespace httplib {
class Server;
}

namespace naskah::serve {

class ConnectionDeadline;

struct ServerSettings {
  std::string host = "127.0.0.1";
  int port = 8080;  ///< 0: any free port (the tests')
  std::size_t workers = 2;
  /// How long a connection may stay open, its request read and its answer written, before it is shut down.
  std::chrono::seconds request_timeout{60};
};

class PlanServer {
 public:
  PlanServer(PlanService& service, ServerSettings settings);
  ~PlanServer();
  PlanServer(const PlanServer&) = delete;
  PlanServer& operator=(const PlanServer&) = delete;

  /// Binds the address; false when it cannot be had. Then port() is the port bound.
  [[nodiscard]] bool bind();
  [[nodiscard]] int port() const { return port_; }
  /// Serves until stop() (from another thread or a signal's watcher).
  void run();
  void stop();

 private:
  void route();

  PlanService& service_;
  ServerSettings settings_;
  int port_ = 0;
  std::unique_ptr<RequestGuard> guard_;
  std::unique_ptr<httplib::Server> server_;
  std::unique_ptr<ConnectionDeadline> deadline_;
};

}  // namespace naskah::serve

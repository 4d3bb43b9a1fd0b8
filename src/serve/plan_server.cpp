#include "plan_server.hpp"

#include <httplib.h>

#include <fmt/format.h>

#include "bounded_pool.hpp"
#include "connection_deadline.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"
#include "serve_page.hpp"

namespace naskah::serve {
namespace {

/// The largest body the page sends: two plans of the largest size (a diff), and the fields around them.
constexpr std::size_t max_body_bytes = 2 * plan::max_plan_bytes + 64 * 1024;
/// How long a read or a write of a connection may stall before it is dropped, so that a stalled client frees its
/// worker; the largest upload at a modest office line still fits. A client that keeps sending a little never
/// stalls: the connection's deadline (ConnectionDeadline) ends it.
constexpr time_t stall_seconds = 10;
/// Connections waiting for a worker beyond those being served.
constexpr std::size_t waiting_connections = 64;

PlanForm form_of(const httplib::Request& request) {
  PlanForm form;
  for (const auto& [name, file] : request.files) form.set(name, {file.filename, file.content});
  for (const auto& [name, value] : request.params) form.set(name, {"", value});
  return form;
}

void answer(httplib::Response& response, Reply reply) {
  response.status = reply.status;
  if (!reply.file_name.empty()) {
    // Shown in the browser's viewer, and saved under this name.
    response.set_header("Content-Disposition", fmt::format("inline; filename=\"{}\"", reply.file_name));
  }
  response.set_content(std::move(reply.body), reply.content_type.c_str());
}

void refuse(httplib::Response& response, int status, const std::string& message) {
  response.status = status;
  response.set_content(fmt::format(R"({{"refused": {}}})", diag::json_quote(message)), "application/json");
}

std::optional<std::string> header(const httplib::Request& request, const char* name) {
  if (!request.has_header(name)) return std::nullopt;
  return request.get_header_value(name);
}

}  // namespace

PlanServer::PlanServer(PlanService& service, ServerSettings settings)
    : service_(service), settings_(std::move(settings)), server_(std::make_unique<httplib::Server>()) {}

PlanServer::~PlanServer() = default;

bool PlanServer::bind() {
  const std::size_t workers = std::max<std::size_t>(1, settings_.workers);
  server_->new_task_queue = [workers] { return new BoundedPool(workers, waiting_connections); };
  server_->set_payload_max_length(max_body_bytes);
  server_->set_read_timeout(stall_seconds, 0);
  server_->set_write_timeout(stall_seconds, 0);
  // One request a connection: an idle connection a browser keeps open never holds a worker, and a connection's age
  // is its request's, which the deadline bounds.
  server_->set_keep_alive_max_count(1);
  port_ = settings_.port == 0 ? server_->bind_to_any_port(settings_.host)
                              : (server_->bind_to_port(settings_.host, settings_.port) ? settings_.port : -1);
  if (port_ <= 0) return false;
  deadline_ = std::make_unique<ConnectionDeadline>(port_, settings_.request_timeout);
  guard_ = std::make_unique<RequestGuard>(random_token(), loopback_hosts(settings_.host, port_));
  route();
  return true;
}

void PlanServer::route() {
  server_->set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
    const std::string host = request.get_header_value("Host");
    const std::optional<std::string> origin = header(request, "Origin");
    const std::optional<std::string> token = header(request, "X-Naskah-Token");
    std::optional<std::string> refused = guard_->refusal({request.method, host, origin, token});
    if (!refused) return httplib::Server::HandlerResponse::Unhandled;
    refuse(response, 403, *refused);
    return httplib::Server::HandlerResponse::Handled;
  });
  server_->set_default_headers({{"X-Content-Type-Options", "nosniff"},
                                {"Cache-Control", "no-store"},
                                {"Content-Security-Policy",
                                 "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                                 "object-src 'self' blob:; frame-src 'self' blob:; frame-ancestors 'none'"}});
  server_->Get("/", [this](const httplib::Request&, httplib::Response& response) {
    std::string page(serve_page);
    const std::string mark = "{{token}}";
    page.replace(page.find(mark), mark.size(), guard_->token());
    response.set_content(page, "text/html; charset=utf-8");
  });
  // The page has no icon; said so, rather than a 404 in the browser's console.
  server_->Get("/favicon.ico", [](const httplib::Request&, httplib::Response& response) { response.status = 204; });
  server_->Get("/api/plans", [this](const httplib::Request&, httplib::Response& response) {
    response.set_content(service_.listing_json(), "application/json");
  });
  auto post = [this](const char* path, Reply (PlanService::*act)(const PlanForm&)) {
    server_->Post(path, [this, act](const httplib::Request& request, httplib::Response& response) {
      answer(response, (service_.*act)(form_of(request)));
    });
  };
  post("/api/check", &PlanService::check);
  post("/api/build", &PlanService::build);
  post("/api/diff", &PlanService::diff);
  server_->set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
    std::string what = "unknown";
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    // A bug of naskah's, not of the plan: said as naskah build says it, and the server goes on.
    refuse(response, 500, text::tr("internal error: {}", what));
  });
}

void PlanServer::run() {
  deadline_->start();
  server_->listen_after_bind();
  deadline_->stop();
}

void PlanServer::stop() { server_->stop(); }

}  // namespace naskah::serve

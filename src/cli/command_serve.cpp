// naskah serve: the page a planner opens in the browser to check, build and compare plans without the command line
// (docs/serve.md). The server is src/serve/'s; this file reads the options, opens the folder and runs it until
// Ctrl-C or SIGTERM.

#include <fmt/format.h>

#include <pthread.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <thread>

#include "command_line.hpp"
#include "commands.hpp"
#include "memory_settings.hpp"
#include "naskah/plan/whole_number.hpp"
#include "naskah/text/translate.hpp"
#include "plan_server.hpp"

namespace naskah::cli {
namespace {

constexpr std::string_view command_name = "serve";

/// HOST:PORT, [IPV6]:PORT or PORT alone (on loopback).
std::optional<serve::ServerSettings> listen_address(const std::string& text, serve::ServerSettings settings) {
  const std::size_t colon = text.rfind(':');
  std::string host = colon == std::string::npos ? settings.host : text.substr(0, colon);
  const std::string port = colon == std::string::npos ? text : text.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int number = -1;
  auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), number);
  if (host.empty() || error != std::errc() || end != port.data() + port.size() || number < 0 || number > 65535) {
    return std::nullopt;
  }
  settings.host = host;
  settings.port = number;
  return settings;
}

/// The page speaks Indonesian, and so do its messages, unless the user's LANGUAGE says another language.
void speak_indonesian() {
  if (std::getenv("LANGUAGE") != nullptr) return;
  setenv("LANGUAGE", "id", 1);
  const char* now = std::setlocale(LC_MESSAGES, nullptr);
  // gettext ignores LANGUAGE under the C locale, and only there.
  if (now == nullptr || std::string_view(now) == "C" || std::string_view(now) == "POSIX") {
    std::setlocale(LC_MESSAGES, "C.UTF-8");
  }
}

int run_serve(const ParsedArgs& args) {
  if (!args.operands().empty()) return usage_error(command_name, text::tr("the folder is given with --folder"));
  start_again_for_many_plans();  // its workers build plan after plan (memory_settings.hpp)
  serve::ServerSettings settings;
  settings.workers = std::max(1u, std::thread::hardware_concurrency());
  if (auto given = args.value("--listen")) {
    auto read = listen_address(*given, settings);
    if (!read) return usage_error(command_name, text::tr("--listen {}: give HOST:PORT, as 127.0.0.1:8080", *given));
    settings = *read;
  }
  if (auto given = args.value("--workers")) {
    const plan::Parsed<int> number = plan::parse_whole_number(*given, 1, 256);
    if (!number) return usage_error(command_name, text::tr("--workers {}: a number from 1 to 256", *given));
    settings.workers = static_cast<std::size_t>(*number.value);
  }
  if (auto given = args.value("--request-timeout")) {
    // Up to a day: a deadline, not a way to switch it off.
    const plan::Parsed<int> seconds = plan::parse_whole_number(*given, 1, 86400);
    if (!seconds) {
      return usage_error(command_name, text::tr("--request-timeout {}: a number of seconds from 1 to 86400", *given));
    }
    settings.request_timeout = std::chrono::seconds(*seconds.value);
  }
  const std::string folder = args.value("--folder").value_or(".");
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    return usage_error(command_name, text::tr("--folder {}: there is no such folder", folder));
  }
  speak_indonesian();

  // Ctrl-C and SIGTERM end the server: waited for on a thread of their own, blocked everywhere else.
  sigset_t stopping;
  sigemptyset(&stopping);
  sigaddset(&stopping, SIGINT);
  sigaddset(&stopping, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stopping, nullptr);

  serve::PlanService service{serve::ServedFolder(folder)};
  serve::PlanServer server(service, settings);
  if (!server.bind()) {
    std::cerr << text::tr("naskah serve: cannot listen on {}:{}", settings.host, settings.port) << "\n";
    return exit_usage;
  }
  const bool loopback = settings.host == "127.0.0.1" || settings.host == "localhost" || settings.host == "::1";
  const std::string shown_host = settings.host.find(':') != std::string::npos ? "[" + settings.host + "]" : settings.host;
  std::cout << text::tr("naskah serve: the plans of {} at http://{}:{}/ (Ctrl-C ends it)",
                        service.folder().path().string(), shown_host, server.port())
            << std::endl;
  if (!loopback) {
    std::cerr << text::tr("warning: listening on {}: every machine that reaches it can read and build the plans of "
                          "the folder (docs/serve.md)", settings.host)
              << std::endl;
  }
  std::atomic<bool> signalled{false};
  std::thread watcher([&] {
    int signal = 0;
    sigwait(&stopping, &signal);
    signalled = true;
    server.stop();
  });
  server.run();
  // Ended otherwise than by a signal (the socket failed): the watcher is woken as a signal would wake it.
  if (!signalled) pthread_kill(watcher.native_handle(), SIGTERM);
  watcher.join();
  return exit_ok;
}

}  // namespace

const CommandSpec& serve_command() {
  static const CommandSpec command{
      command_name,
      text::tr_mark(R"(usage: naskah serve [--listen 127.0.0.1:8080] [--folder PLANS] [--workers N] [--request-timeout SECONDS]

A page for the browser: choose a plan or spreadsheet of the folder or upload one, see what naskah check finds,
preview and download the RKT, PK or LKjIP as PDF or DOCX, compare two versions. Only this machine reaches it,
unless --listen names another address (docs/serve.md says what that opens).
)"),
      text::tr_mark(R"(Exit status: 0 ended by Ctrl-C or SIGTERM, 2 bad usage or an address that cannot be had.
Examples:
  naskah serve --folder rencana
  naskah serve --listen 127.0.0.1:9000 --folder /srv/naskah/rencana --workers 2
)"),
      {{nullptr,
        {{"--listen", text::tr_mark("HOST:PORT"),
          text::tr_mark("the address to listen on (default 127.0.0.1:8080: this machine only);\n"
                        "another is reached by every machine that can reach it"),
          ValueKind::text},
         {"--folder", text::tr_mark("DIR"), text::tr_mark("the folder of plans and spreadsheets offered (default: .)"),
          ValueKind::folder},
         {"--workers", text::tr_mark("N"), text::tr_mark("requests served at once (default: the number of cores)"),
          ValueKind::text},
         {"--request-timeout", text::tr_mark("SECONDS"),
          text::tr_mark("the longest a request may take, read, built and answered, before its connection is\n"
                        "closed (default 60)"),
          ValueKind::text}}}},
      ValueKind::none,
      run_serve};
  return command;
}

}  // namespace naskah::cli

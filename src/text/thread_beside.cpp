#include "naskah/text/thread_beside.hpp"

#include <sched.h>

#include <cerrno>
#include <system_error>

namespace naskah::text {
namespace {

/// What the thread receives: its work, and the cores to allow itself again once it runs.
struct Start {
  std::function<void()> work;
  cpu_set_t allowed;
  bool widen = false;
};

void* run(void* argument) {
  std::unique_ptr<Start> start(static_cast<Start*>(argument));
  if (start->widen) pthread_setaffinity_np(pthread_self(), sizeof start->allowed, &start->allowed);
  start->work();
  return nullptr;
}

/// Sets `attributes` to start the thread on a core the caller is not on, and `allowed` to the caller's cores;
/// true when it did.
bool elsewhere_than_here(pthread_attr_t& attributes, cpu_set_t& allowed) {
  CPU_ZERO(&allowed);
  const int here = sched_getcpu();
  if (here < 0 || sched_getaffinity(0, sizeof allowed, &allowed) != 0) return false;
  const cpu_set_t elsewhere = cores_besides(allowed, here);
  return CPU_COUNT(&elsewhere) > 0 && pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere) == 0;
}

}  // namespace

cpu_set_t cores_besides(const cpu_set_t& allowed, int here) {
  cpu_set_t besides = allowed;
  if (here >= 0 && here < CPU_SETSIZE) CPU_CLR(here, &besides);
  return besides;
}

ThreadBeside::ThreadBeside(std::function<void()> work) {
  auto start = std::make_unique<Start>();
  start->work = std::move(work);
  pthread_attr_t attributes;
  if (int failed = pthread_attr_init(&attributes); failed != 0) {
    throw std::system_error(failed, std::generic_category(), "pthread_attr_init");
  }
  start->widen = elsewhere_than_here(attributes, start->allowed);
  int failed = pthread_create(&id_, &attributes, run, start.get());
  pthread_attr_destroy(&attributes);
  if (failed != 0) throw std::system_error(failed, std::generic_category(), "pthread_create");
  start.release();  // run owns it now
  running_ = true;
}

ThreadBeside& ThreadBeside::operator=(ThreadBeside&& other) noexcept {
  if (this != &other) {
    join();
    id_ = other.id_;
    running_ = std::exchange(other.running_, false);
  }
  return *this;
}

void ThreadBeside::join() {
  if (!running_) return;
  pthread_join(id_, nullptr);
  running_ = false;
}

}  // namespace naskah::text

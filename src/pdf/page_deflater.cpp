#include "page_deflater.hpp"

#include <functional>

#include "deflate.hpp"
#include "haru_internals.hpp"
#include "naskah/text/task_thread.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::pdf {
namespace {

/// Pages waiting for the thread beside before the drawing thread waits for it in turn: a bound on the
/// uncompressed operators held (a landscape annex page has some ten kilobytes of them).
constexpr std::size_t most_waiting = 64;

/// Operators gathered before the thread beside is woken for them: waking it for every page cost more than it saved
/// when no core was idle (a batch of one plan at a time, 5 % slower), while a handful of an annex's pages at once
/// still leaves it most of the drawing to keep up with.
constexpr std::size_t bytes_to_send = 32 * 1024;

/// The process's thread that deflates pages beside the threads that draw them: made with the first page, kept.
text::TaskThread& deflating_thread() {
  static text::TaskThread thread;
  return thread;
}

}  // namespace

PageDeflater::~PageDeflater() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return in_flight_ == 0; });
}

void PageDeflater::add(HPDF_Page page, std::string operators, std::string name) {
  if (!beside_) {
    Job job{page, std::string(), std::move(name)};
    job.failed = !pdf::deflate(operators, job.bytes);
    put_in_place(job);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    unsent_bytes_ += operators.size();
    unsent_.push_back(&jobs_.emplace_back(Job{page, std::move(operators), std::move(name)}));  // a deque keeps it
  }
  // Past the bound, what is gathered goes at once: the drawing thread is about to wait for the oldest pages.
  if (unsent_bytes_ >= bytes_to_send || jobs_.size() > most_waiting) send();
  put_done_in_place(most_waiting);
}

void PageDeflater::send() {
  if (unsent_.empty()) return;
  std::vector<Job*> batch;
  {
    std::lock_guard lock(mutex_);
    batch.swap(unsent_);
    unsent_bytes_ = 0;
    in_flight_ += batch.size();
  }
  deflating_thread().run([this, batch = std::move(batch)] {
    for (Job* job : batch) deflate(*job);
  });
}

void PageDeflater::finish() {
  send();
  put_done_in_place(0);
}

void PageDeflater::deflate(Job& job) {
  thread_local std::string deflated;
  const bool failed = !pdf::deflate(job.bytes, deflated);
  job.bytes.swap(deflated);
  std::lock_guard lock(mutex_);
  job.failed = failed;
  job.done = true;
  --in_flight_;
  changed_.notify_all();  // under the lock: the deflater may be destroyed as soon as it is released
}

void PageDeflater::put_done_in_place(std::size_t most_left) {
  std::unique_lock lock(mutex_);
  while (!jobs_.empty()) {
    if (jobs_.size() > most_left) changed_.wait(lock, [this] { return jobs_.front().done; });
    if (!jobs_.front().done) return;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    put_in_place(job);
    lock.lock();
  }
}

void PageDeflater::put_in_place(Job& job) {
  const auto fail = [&] { haru_.check(HPDF_FAILD_TO_ALLOC_MEM, text::tr("compressing {}", job.name)); };
  if (job.failed) fail();
  // A memory stream of exactly the compressed size in place of libharu's, whose 4 KB buffers would hold a
  // page's two or three kilobytes with the rest unused, for every page until the file is saved.
  HPDF_Stream fitted = HPDF_MemStream_New(internals::object_memory(job.page), static_cast<HPDF_UINT>(job.bytes.size()));
  if (fitted == nullptr) fail();
  if (HPDF_Stream_Write(fitted, reinterpret_cast<const HPDF_BYTE*>(job.bytes.data()),
                        static_cast<HPDF_UINT>(job.bytes.size())) != HPDF_OK) {
    HPDF_Stream_Free(fitted);
    fail();
  }
  internals::replace_page_content(job.page, fitted);
}

}  // namespace naskah::pdf

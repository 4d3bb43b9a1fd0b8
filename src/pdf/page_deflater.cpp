#include "page_deflater.hpp"

#include "deflate.hpp"
#include "haru_internals.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::pdf {
namespace {

/// Pages waiting for the thread beside before the drawing thread waits for it in turn: a bound on the
/// uncompressed operators held (a landscape annex page has some ten kilobytes of them).
constexpr std::size_t most_waiting = 64;

}  // namespace

PageDeflater::~PageDeflater() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void PageDeflater::add(HPDF_Page page, std::string operators, std::string name) {
  if (!beside_) {
    Job job{page, std::string(), std::move(name)};
    job.failed = !deflate(operators, job.bytes);
    put_in_place(job);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    jobs_.push_back(Job{page, std::move(operators), std::move(name)});
  }
  changed_.notify_all();
  if (!thread_.joinable()) thread_ = text::ThreadBeside([this] { deflate_beside(); });
  put_done_in_place(false);
  std::unique_lock lock(mutex_);
  while (jobs_.size() > most_waiting) {
    changed_.wait(lock, [this] { return jobs_.front().done; });
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    --next_;
    lock.unlock();
    put_in_place(job);
    lock.lock();
  }
}

void PageDeflater::finish() { put_done_in_place(true); }

void PageDeflater::deflate_beside() {
  std::string deflated;
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [this] { return next_ < jobs_.size() || closing_; });
    if (next_ >= jobs_.size()) return;
    Job& job = jobs_[next_++];  // a deque keeps its other elements in place as its front is taken
    lock.unlock();
    const bool failed = !deflate(job.bytes, deflated);
    job.bytes.swap(deflated);
    lock.lock();
    job.failed = failed;
    job.done = true;
    changed_.notify_all();
  }
}

void PageDeflater::put_done_in_place(bool wait) {
  std::unique_lock lock(mutex_);
  while (!jobs_.empty()) {
    if (wait) changed_.wait(lock, [this] { return jobs_.front().done; });
    if (!jobs_.front().done) return;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    --next_;
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

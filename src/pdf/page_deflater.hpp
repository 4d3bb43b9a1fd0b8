#pragma once
// Internal to the PDF writer: each page's operators deflated and put in libharu's place for them. Drawing a page
// takes the thread that draws; deflating it took a fifth of that thread's time. The pages of a long sequence laid
// out ahead (the annex) are drawn last, one after the other, while the other core has nothing left to do: with a
// core to spare, the pages are deflated there, in the order drawn, and their compressed bytes put in place on the
// drawing thread (libharu is not to be called from two threads), as they come and at the latest before the file
// is saved. The bytes are the same either way. "There" is one thread for the whole process, made with the first
// page and kept: a thread (and its compressor's tables) made for each document cost a batch of one plan at a time
// a tenth of its time.

#include <hpdf.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "haru_document.hpp"

namespace naskah::pdf {

class PageDeflater {
 public:
  /// `beside`: deflate on the process's thread for it, else on the caller's. Errors are raised through `haru`,
  /// whose pages these are.
  PageDeflater(HaruDocument& haru, bool beside) : haru_(haru), beside_(beside) {}
  /// Waits for the pages still being deflated (when the document failed before it was finished).
  ~PageDeflater();
  PageDeflater(const PageDeflater&) = delete;
  PageDeflater& operator=(const PageDeflater&) = delete;

  /// The page's whole operators, to be deflated; `name` names the page in the error. Pages deflated meanwhile
  /// are put in place now. Throws PdfError when a page cannot be compressed or libharu cannot take its bytes.
  void add(HPDF_Page page, std::string operators, std::string name);

  /// Every page added put in place, waiting for those still being deflated. Throws as add().
  void finish();

 private:
  struct Job {
    HPDF_Page page = nullptr;
    std::string bytes;  ///< the operators, then what they deflated into
    std::string name;
    bool done = false;
    bool failed = false;
  };

  /// The jobs not yet given to the thread beside given to it, as one task.
  void send();
  /// On the thread beside: the job deflated.
  void deflate(Job& job);
  void put_in_place(Job& job);
  /// The jobs deflated at the front of the queue put in place, waiting for those still being deflated while more
  /// than `most_left` remain (0: every job).
  void put_done_in_place(std::size_t most_left);

  HaruDocument& haru_;
  bool beside_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Job> jobs_;        ///< in the order added, until put in place
  std::size_t in_flight_ = 0;  ///< jobs given to the thread beside and not yet deflated
  std::vector<Job*> unsent_;   ///< jobs added and not yet given to it (the drawing thread's alone)
  std::size_t unsent_bytes_ = 0;
};

}  // namespace naskah::pdf

#pragma once
/// Layout on a thread of its own while the calling thread passes each page on as soon as it comes: the PDF of one
/// page is drawn and compressed while the next is laid out, and on a machine with a core to spare a long document
/// takes little more than its layout. The roles are this way round for memory: what lasts — the PDF writer's
/// objects — is made by the calling thread, which reuses the memory the plan was read and composed in; layout's
/// pages are made on the other thread and freed as they are drawn. (The other way round, glibc gives the drawing
/// thread an arena of its own, and a 50,000-row plan peaked 40 % higher.)

#include <cstddef>
#include <functional>

#include "naskah/layout/page_sink.hpp"

namespace naskah::layout {

/// Runs lay_out(sink) on another thread; the pages it hands to that sink reach `next` on this thread, in the order
/// they came, at most `queued_pages` waiting at a time (layout waits when they are there). What either side
/// throws stops both and is rethrown here.
void lay_out_alongside(const std::function<void(PageSink&)>& lay_out, PageSink& next, std::size_t queued_pages = 8);

}  // namespace naskah::layout

#include "naskah/layout/lay_out_alongside.hpp"

#include "pages_from_thread.hpp"

namespace naskah::layout {

void lay_out_alongside(const std::function<void(PageSink&)>& lay_out, PageSink& next, std::size_t queued_pages) {
  detail::PagesFromThread pages(lay_out, queued_pages);
  pages.take_into(next);
}

}  // namespace naskah::layout

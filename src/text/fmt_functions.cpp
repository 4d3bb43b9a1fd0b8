// fmt's compiled functions (vformat, the locale's separators, throw_format_error, …), built into naskah from
// fmt's own definitions in <fmt/format-inl.h>, as fmt's library builds them. Debian 12 ships fmt as a shared
// library only, and libfmt.so would load libstdc++.so with it: each shared library costs every run of naskah its
// mapping and symbol look-ups before main (CMakeLists.txt, NASKAH_STATIC_DEPENDENCIES).
#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

// The templates format.h declares extern (explicit instantiation declarations) for char: defined here once.
template FMT_API auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template FMT_API auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;
template FMT_API locale_ref::locale_ref(const std::locale& loc);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;
template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API void buffer<char>::append(const char*, const char*);
template FMT_API void vformat_to(buffer<char>&, string_view, basic_format_args<FMT_BUFFER_CONTEXT(char)>,
                                 locale_ref);

}  // namespace detail
FMT_END_NAMESPACE

#pragma once
/// The result of reading one value from text: the value, or the reason it could not be read, phrased to
/// complete "… is not a valid X: <reason>".

#include <optional>
#include <string>
#include <utility>

namespace naskah::plan {

template <class T>
struct Parsed {
  std::optional<T> value;
  std::string error;

  static Parsed ok(T v) { return Parsed{std::move(v), {}}; }
  static Parsed fail(std::string why) { return Parsed{std::nullopt, std::move(why)}; }
  explicit operator bool() const { return value.has_value(); }
};

}  // namespace naskah::plan
